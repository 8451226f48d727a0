"""Excess rows of two kinds of incident, by how the excess telling stands beside the kept row's (round 29).

The largest single cause of excess rows on every set is a row of one kind of incident (an air strike, a
withdrawal, a killing) that reports a gold event already reported by a row of another kind (the clash, the
raid, the riot): consolidation joins two kinds only when one word binds them or a listed part meets its host at
one town and day. These counts say which of those conditions the pairs fail, naming no article, sentence,
place or event: whether one anchor of the gold event holds both (a sentence that tells it beside another
incident), where the two tellings sit (one sentence, adjacent ones, the headline or lead against the body, a
quote), whether one's trigger lies in the other's evidence, whether each trigger is a noun or a verb, whether the
two share doers, place and day, how each row's type stands against the gold's, the link groups the two types
share, which rule of ``data/incident_kinds.yaml`` relates the two types at all, and for a part and the fight or
raid it may join, how each is placed and dated.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Span

from sitreps.annotate.nlp import load_nlp
from sitreps.evaluate.realnews_gold import GoldEvent
from sitreps.evaluate.realnews_match import Row
from sitreps.extract.agreement import days, nests, same_spot
from sitreps.extract.battle_strikes import RAID, battle_parts, part_refusal
from sitreps.extract.ground_fight import ground_fight
from sitreps.extract.incident_kinds import incident_kinds, type_kind
from sitreps.extract.incidents import LEAD_SENTENCES
from sitreps.extract.kinds_file import type_list, type_map
from sitreps.extract.retelling import NO_FOLD, Told, retell_refusal
from sitreps.link.families import groups_of
from sitreps.models import Document, EventMention, Place, Role, iter_spans

FIELD = "excess two kinds"
ASPECTS = ("anchors", "sentences", "quotes", "trigger in the other's evidence", "trigger words (excess / kept)",
           "doers", "place", "day", "types against gold (excess / kept)", "link groups", "rule relating the types",
           "a part and its fight or raid", "guard that refuses the later telling")
"""The aspects counted, each a field ``f"{FIELD}, {aspect}"`` of the kinds table, in this order."""


def kind_pair_kinds(excess: EventMention, kept: EventMention, rows: tuple[Row, Row], gold: GoldEvent,
                    article: str, document: Document | None) -> Counter[tuple[str, str]]:
    """One count per aspect for the excess telling ``excess`` (of row ``rows[0]``) beside the kept row's telling
    ``kept`` (of ``rows[1]``) of one gold event in ``article``."""
    told = _sentences(excess, kept, document)
    found = {
        "anchors": _anchors(excess, kept, gold.anchors.get(article, ()), document),
        "sentences": told[0],
        "quotes": told[1],
        "trigger in the other's evidence": _in_evidence(excess, kept),
        "trigger words (excess / kept)": told[2],
        "doers": _doers(excess, kept),
        "place": _place(excess.place, kept.place),
        "day": _day(excess, kept),
        "types against gold (excess / kept)": " / ".join(_against_gold(r, gold) for r in rows),
        "link groups": _link_groups(*(r.event.type for r in rows)),
        "rule relating the types": _rule(excess.type, kept.type),
        "a part and its fight or raid": _part_and_host(excess, kept),
        "guard that refuses the later telling": _refusal(excess, kept),
    }
    return Counter((f"{FIELD}, {aspect}", how) for aspect, how in found.items() if how)


def _tellings(mention: EventMention) -> list[tuple[int, int]]:
    """Each telling's trigger: the citing one and the retellings merged into the mention."""
    return [(s.start, s.end) for s in (mention.trigger, *mention.retellings)]


def _anchors(excess: EventMention, kept: EventMention, anchors: tuple[str, ...], document: Document | None) -> str:
    """Whether one anchor of the gold event holds a telling of each row (a sentence that tells the event and
    another incident beside it, or the event twice) or each row's tellings lie in anchors of their own."""
    if document is None:
        return "no document"
    ranges = [(start, start + len(a)) for a in anchors if (start := document.text.find(a)) >= 0]

    def held(mention: EventMention) -> set[int]:
        return {i for i, (a, b) in enumerate(ranges) for start, end in _tellings(mention) if start < b and a < end}
    return "one anchor holds both" if held(excess) & held(kept) else "anchors of their own"


@lru_cache(maxsize=4)
def _parsed(text: str) -> Doc:
    return load_nlp()(text)


def _sentences(excess: EventMention, kept: EventMention, document: Document | None) -> tuple[str, str, str]:
    """Of the closest pair of tellings (fewest sentences apart, then fewest characters): where the two sit,
    whether either is inside a direct quote, and the part of speech of each trigger."""
    if document is None:
        return ("no document",) * 3
    doc = _parsed(document.text)
    sentences = list(doc.sents)
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end_char if sentences else 0

    def index(start: int) -> int:
        return next((i for i, s in enumerate(sentences) if s.start_char <= start < s.end_char), len(sentences))

    pairs = [(abs(index(a[0]) - index(b[0])), abs(a[0] - b[0]), a, b)
             for a in _tellings(excess) for b in _tellings(kept)]
    apart, _, mine, theirs = min(pairs)
    in_lead = (mine[0] < lead_end, theirs[0] < lead_end)
    if apart == 0:
        where = "same sentence"
    elif all(in_lead):
        where = "both in the headline or lead"
    elif any(in_lead):
        where = "headline or lead against body"
    else:
        where = "adjacent in the body" if apart == 1 else f"{'2-3' if apart <= 3 else '4 or more'} apart in the body"
    quoted = [any(q.direct and q.text.start <= span[0] < q.text.end for q in document.quotes)
              for span in (mine, theirs)]
    quotes = {(False, False): "neither", (True, False): "excess inside a quote", (False, True): "kept inside a quote",
              (True, True): "both inside quotes"}[(quoted[0], quoted[1])]
    words = " / ".join(_word_class(doc.char_span(*span, alignment_mode="expand")) for span in (mine, theirs))
    return where, quotes, words


def _word_class(span: Span | None) -> str:
    if span is None or not len(span):
        return "unknown"
    pos = span.root.pos_
    return "noun" if pos in ("NOUN", "PROPN") else ("verb" if pos in ("VERB", "AUX") else "other")


def _evidence(mention: EventMention) -> list[tuple[int, int]]:
    """The spans a mention's fields cite (actors, counts, place, time), not its trigger or sentence."""
    fields: Iterable[object] = (mention.actors, mention.counts, mention.place, mention.time)
    return [(s.start, s.end) for value in fields for s in iter_spans(value)]


def _in_evidence(excess: EventMention, kept: EventMention) -> str:
    def inside(mention: EventMention, other: EventMention) -> bool:
        return any(a <= start < b for start, _ in _tellings(mention) for a, b in _evidence(other))
    return {(False, False): "neither", (True, False): "excess trigger in kept evidence",
            (False, True): "kept trigger in excess evidence", (True, True): "each in the other's"}[
        (inside(excess, kept), inside(kept, excess))]


def _named(mention: EventMention, role: Role) -> set[str]:
    return {a.actor_id or a.name.lower() for a in mention.actors if a.role is role}


def _doers(excess: EventMention, kept: EventMention) -> str:
    """Whether the two share a doer, name the other's doer as their victim (the raiders who withdrew, the side
    that answered), differ, or one names none."""
    mine, theirs = _named(excess, Role.INITIATOR), _named(kept, Role.INITIATOR)
    if mine & theirs:
        return "a doer shared"
    if mine & _named(kept, Role.TARGET) or theirs & _named(excess, Role.TARGET):
        return "one's doer the other's target"
    if not mine or not theirs:
        return "one names no doer"
    return "different doers"


def _place(first: Place | None, later: Place | None) -> str:
    if first is None or later is None:
        return "both unplaced" if first is later else "one unplaced"
    if same_spot(first, later) or (first.name and first.name == later.name):
        return "same place"
    if nests(first, later) or nests(later, first):
        return "one holds the other"
    return "apart"


def _day(excess: EventMention, kept: EventMention) -> str:
    first, later = days(excess.time), days(kept.time)
    if first is None or later is None:
        return "both undated" if first is later else "one undated"
    if first == later:
        return "same day" if first[0] == first[1] else "same span"
    return "overlap" if first[0] <= later[1] and later[0] <= first[1] else "apart"


def _against_gold(row: Row, gold: GoldEvent) -> str:
    ours = row.event.acled.sub_event_type if row.event.acled else None
    if ours == gold.sub_event_type:
        return "gold's"
    return "alternative" if ours in gold.sub_event_types else "other"


def _link_groups(first: str, later: str) -> str:
    shared = sorted(groups_of(first) & groups_of(later))
    return f"shared: {', '.join(shared)}" if shared else "none shared"


def _part_and_host(excess: EventMention, kept: EventMention) -> str | None:
    """For a strike or part and the fight or raid it may join (``battle_strikes``): which is told first and how
    each is placed and dated, what the guards that join them at the fight's town and day read; None for other
    pairs. On test (round 29) no such pair failed for a part told before its host."""
    joins = _joins()
    pair = next(((host, part) for host, part in ((kept, excess), (excess, kept))
                 if part.type in joins.get(host.type, frozenset())), None)
    if pair is None:
        return None
    host, part = pair
    host_day, part_day = days(host.time), days(part.time)
    day = "undated" if host_day is None else ("one day" if host_day[0] == host_day[1] else "a span")
    part_when = "undated" if part_day is None else ("its day" if part_day == host_day else "another day")
    return f"{'part told first' if part.trigger.start < host.trigger.start else 'host told first'}; host " \
           f"{_precision(host.place)}, {day}; part {_where(part.place, host.place)}, {part_when}"


def _refusal(excess: EventMention, kept: EventMention) -> str:
    """The first guard of ``retelling.can_retell`` the later told of the two fails against the earlier, each read
    as a finished row's telling with no sentence links (round 30): what keeps a part from its fight once the part
    tables relate them. A pair it passes was kept apart by what consolidation tries first (an opener, a
    round-up's item, a word chained "after", the order groups are tried in) or by linking."""
    first, later = sorted((excess, kept), key=lambda m: m.trigger.start)
    refusal = retell_refusal(first, Told(later))
    part = part_refusal(first, later) if refusal == NO_FOLD else None
    return f"{refusal} (part: {part})" if part else refusal or "none (order, opener, item or linking)"


def _precision(place: Place | None) -> str:
    return "unplaced" if place is None else f"placed {place.precision.value}"


def _where(place: Place | None, host: Place | None) -> str:
    if place is None:
        return "unplaced"
    if host is None:
        return f"placed {place.precision.value}"
    return _place(place, host).replace("same place", "at the host's place")


def _joins() -> dict[str, frozenset[str]]:
    fight = ground_fight()
    return {fight.becomes: fight.remote | battle_parts(), RAID: type_list("raid_parts"),
            **type_map("intervention_parts")}


def _rule(excess: str, kept: str) -> str:
    """The sections of ``data/incident_kinds.yaml`` under which one of the two types folds into the other."""
    kinds = incident_kinds()
    joins = _joins()
    sections = (("absorbed when bound", kinds.absorbs), ("absorbed when governed", kinds.absorbs_governed),
                ("absorbed in sequence", kinds.absorbs_sequenced),
                ("absorbed at one spot", type_map("absorbs_at_one_spot")),
                ("fought for ground", type_map("fought_for_ground")), ("a part at its town and day", joins))
    found = [name for name, table in sections
             if any(other in table.get(host, frozenset()) or other in table.get(type_kind(host), frozenset())
                    for host, other in ((excess, kept), (kept, excess)))]
    return " + ".join(found) or "none"
