"""A row placed at a region or a country takes the town the same story gives its incident elsewhere.

A lead often places its incident coarsely ("Gunmen killed 12 villagers in northwestern Nigeria")
and the headline or the next sentence names the town ("The attackers arrived in Gusau and opened
fire"), or a later retelling the consolidation kept apart names it. ACLED codes the finest place the
report gives the event, so a mention placed at a country, a region or an area of several countries
takes the one finer place the story names inside it for the same incident:

- another mention of the same incident kind, on agreeing days, with agreeing tolls;
- a place the headline or lead names after a locative preposition, for a mention told in the lead
  (the dateline, actors and where words were said are never such places);
- a place a sentence anywhere in the story gives the event's site: "The church is in the village of
  Essakane, near the town of Dori" for "gunmen killed 15 worshippers at a church in northern Burkina
  Faso" (a definite subject whose noun the event's sentence holds, a verb of being somewhere);
- the town named before a sentence telling the event at "the town" (:mod:`sitreps.extract.town_back`).

Not when the story names two or more such finer places, inside the coarse place or not (a round-up:
"In Nairobi ... In Kisumu ..."; "arrested in separate incidents" in two towns, one of them misplaced
abroad), nor from a sentence that opens another incident ("In a separate attack, ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_text
from sitreps.extract.agreement import figures_agree, names_its_province, nests, province_namesake, times_agree
from sitreps.extract.incident_kinds import incident_kinds
from sitreps.extract.incidents import opens_new_incident
from sitreps.extract.place_ranking import breadth, locate
from sitreps.extract.places import Range, locative_places
from sitreps.extract.said_from import said_from
from sitreps.extract.story_place import lead_sentences
from sitreps.extract.town_back import towns_pointed_back
from sitreps.extract.victim_figures import in_headline
from sitreps.language_data import word_list
from sitreps.models import EventMention, Place, PlacePrecision
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.normalise import fold

# Precisions a place must be finer than to refine a coarse one: a town or a district.
FINE = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})
# Clauses that describe a noun rather than tell the event: "fighters who held out in Mariupol".
DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})


def is_coarse(place: Place | None) -> bool:
    """A located place no finer than a region: the kind a town named elsewhere may refine.

    An approximate place counts only at a country ("northwestern Pakistan", a village placed at the
    country's middle): its country is sure. One placed at a province it was guessed from a name
    written nearby ("Sistan-Baluchistan" placed in Tehran province) may have the wrong province, so
    a town of that province says nothing of where it lies.
    """
    return place is not None and place.lat is not None and place.precision not in FINE \
        and place.precision is not PlacePrecision.UNKNOWN \
        and (not place.approximate or place.precision is PlacePrecision.COUNTRY)


def within(coarse: Place, fine: Place) -> bool:
    """Whether a town or district lies inside a coarse place: its country, its province, its area."""
    if fine.lat is None or fine.precision not in FINE or fine.approximate:
        return False
    if coarse.precision is PlacePrecision.COUNTRY:
        return coarse.country is not None and fine.country == coarse.country
    return nests(coarse, fine)


@dataclass(frozen=True)
class _Story:
    """What refining reads of one story: its parse, its mentions, its lead and the ranges to skip."""

    doc: Doc
    gazetteer: Gazetteer
    mentions: list[EventMention]
    lead: list[SpacySpan]
    excluded: list[Range]
    fresh: set[int]  # ids of the mentions whose sentence opens another incident
    sites: list[tuple[str, SpacySpan]]  # sentences saying where a thing is, with that thing's noun
    dateline: list[Range]  # the dateline alone: an actor's words may name the town ("residents of Beni")


def refine_coarse_places(doc: Doc, gazetteer: Gazetteer, mentions: list[EventMention],
                         excluded: Sequence[Range] = ()) -> list[EventMention]:
    """Give each coarsely placed event mention the one finer place its story names for it (module doc)."""
    if not any(m.acled is not None and (is_coarse(m.place) or _headline_namesake(doc, m)) for m in mentions):
        return mentions
    skipped = [*excluded, *((e.start, e.end) for m in mentions for a in m.actors for e in a.evidence)]
    story = _Story(doc, gazetteer, mentions, _lead_sentences(doc, skipped), skipped,
                   {id(m) for m in mentions if _fresh(doc, m)}, _site_sentences(doc),  # read once for all mentions
                   list(excluded))
    result = []
    for mention in mentions:
        place = mention.place
        finest = _finest(mention, place, story) if mention.acled is not None and is_coarse(place) \
            else _finer_than_namesake(mention, place, story)
        if place is None or finest is None:
            result.append(mention)
            continue
        note = f"{place.text} named for the event; the finer place its story gives it ({finest.text})"
        result.append(mention.model_copy(update={"place": finest.model_copy(update={"note": note})}))
    return result


def _finest(mention: EventMention, place: Place | None, story: _Story) -> Place | None:
    """The one town or district inside ``place`` the story gives the mention's incident, or None."""
    if place is None:
        return None
    doc, mentions = story.doc, story.mentions
    found = [p for other in mentions if _same_incident(mention, other, story.fresh)
             for p in [other.place] if p is not None and p.precision in FINE]
    if any(_lists(span) for p in found for e in p.evidence[:1]
           if (span := doc.char_span(e.start, e.end, alignment_mode="expand")) is not None):
        return None
    if any(s.start_char <= mention.trigger.start < s.end_char for s in story.lead):
        others = [(e.start, e.end) for other in mentions if other.place is not None and other is not mention
                  and not _same_incident(mention, other, story.fresh) for e in other.place.evidence]
        lead_places = _lead_places(doc, story.lead, story.gazetteer, place, [*story.excluded, *others])
        if lead_places is None:
            return None
        found += [p for p in lead_places if p.precision in FINE]
    found += [p for p in _site_places(mention, place, story) if p.precision in FINE]
    found += towns_pointed_back(doc, story.gazetteer, mention, [place.country] if place.country else [],
                                story.dateline)
    # a village or neighbourhood the gazetteer lacks, put at a unit's point, is no rival to the town it is
    # in or near: it can never be the answer (``within``)
    finest = _innermost([p for p in found if not p.approximate])
    return finest if finest is not None and within(place, finest) else None


def _headline_namesake(doc: Doc, mention: EventMention) -> bool:
    """Whether a headline's mention is placed at a town named as its province ("Bandits abduct dozens in
    Kaduna"): a headline names the province in fewer words, and the town may be no place of the event."""
    place = mention.place
    trigger = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    return place is not None and not place.approximate and names_its_province(place) \
        and trigger is not None and in_headline(trigger.root)


def _finer_than_namesake(mention: EventMention, place: Place | None, story: _Story) -> Place | None:
    """The one other town or district of the province a headline's namesake town names that the lead gives
    the incident: "in Kaduna" of the headline and "in Kauru Local Government Area of Kaduna State" of the
    lead are Kauru, as ACLED codes the finest place the report gives. Only the lead's places count (two
    towns of one province told apart below the headline, "Kharkiv" and "Chuhuiv", stay two incidents)."""
    if place is None or mention.acled is None or not _headline_namesake(story.doc, mention):
        return None
    others = [(e.start, e.end) for other in story.mentions if other.place is not None and other is not mention
              and not _same_incident(mention, other, story.fresh) for e in other.place.evidence]
    lead_places = _lead_places(story.doc, story.lead, story.gazetteer, place, [*story.excluded, *others])
    found = [p for p in lead_places or [] if p.precision in FINE and not p.approximate
             and province_namesake(place, p)]
    return _innermost(found)


def _lead_sentences(doc: Doc, excluded: Sequence[Range]) -> list[SpacySpan]:
    """The sentences story_place reads for the story's own place, less those opening another incident."""
    return [s for s in lead_sentences(doc, excluded) if not opens_new_incident(s.root)]


def _lead_places(doc: Doc, lead: Sequence[SpacySpan], gazetteer: Gazetteer, coarse: Place,
                 excluded: Sequence[Range]) -> list[Place] | None:
    """The places the lead names after a locative preposition for its scene; None when it lists several
    in one phrase ("in the cities of Marseille, Lyon and Pau"), a round-up of several incidents.

    Not where words were said, nor a place that describes a participant in a clause of its own
    ("fighters who held out in Mariupol"): that is where they were, not where the event is; nor a
    place inside ``excluded``, which holds the places of the story's other incidents ("after her
    arrest in Tehran").
    """
    text = doc_text(doc)
    countries = [coarse.country] if coarse.country else []
    phrases = [p for sentence in lead for p in locative_places(sentence, excluded)
               if not said_from(p) and not _describes(p)
               and not any(start < p.end_char and p.start_char < end for start, end in excluded)]
    if any(_lists(p) for p in phrases):
        return None
    return [place for p in phrases if (place := locate([p], text, gazetteer, countries)) is not None]


def _site_sentences(doc: Doc) -> list[tuple[str, SpacySpan]]:
    """Sentences that say where a thing already told is: a verb of being somewhere (``site_verbs``)
    with a subject that points back ("The church is in X", "The police station is located in X"),
    each with the subject's noun; not a sentence that opens another incident."""
    verbs, determiners = word_list("places", "site_verbs"), word_list("places", "anaphoric_determiners")
    found = []
    for sentence in doc.sents:
        for verb in [sentence.root, *(t for t in sentence.root.children if t.dep_ == "ccomp")]:
            if verb.lemma_.lower() in verbs and not opens_new_incident(verb):
                found += [(subject, sentence) for subject in _pointing_back(verb, determiners)]
    return found


def _pointing_back(verb: Token, determiners: Sequence[str]) -> list[str]:
    """The nouns of a verb's subjects that point back to a thing told before ("the church")."""
    return [subject.lemma_.lower() for subject in verb.children
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in determiners for c in subject.children)]



def _site_places(mention: EventMention, coarse: Place, story: _Story) -> list[Place]:
    """The places the story's site sentences give a thing the mention's own sentence names ("a church"
    ... "The church is in X"), each read alone; not where words were said."""
    sentence = story.doc.char_span(mention.sentence.start, mention.sentence.end, alignment_mode="expand")
    if sentence is None:
        return []
    nouns = {t.lemma_.lower() for t in sentence if t.pos_ == "NOUN"}
    text, countries = doc_text(story.doc), [coarse.country] if coarse.country else []
    return [place for noun, site in story.sites if noun in nouns
            for phrase in locative_places(site, story.excluded) if not said_from(phrase)
            if (place := locate([phrase], text, story.gazetteer, countries)) is not None]


def _describes(phrase: SpacySpan) -> bool:
    """Whether a phrase sits in a clause that describes a noun (a relative or participle clause)."""
    return any(t.dep_ in DESCRIBING_CLAUSES for t in phrase.root.ancestors)


def _lists(phrase: SpacySpan) -> bool:
    """Whether a place phrase names several places joined together ("Marseille, Lyon and Pau")."""
    return any(t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN") and t.head in phrase for t in phrase)


def _same_incident(mention: EventMention, other: EventMention, fresh: set[int]) -> bool:
    """Whether another mention may tell the same incident: a type of the same incident kind
    (``data/incident_kinds.yaml``, as consolidation reads it; a type of no kind only itself: "the fall
    of Mariupol" does not place a prisoner swap), agreeing days and tolls, and neither sentence
    announcing another incident (``fresh``: the ids of mentions whose sentence opens one)."""
    kind_of = incident_kinds().kind_of
    if other is mention or other.acled is None or mention.acled is None \
            or kind_of.get(other.type, other.type) != kind_of.get(mention.type, mention.type):
        return False
    if not times_agree(mention.time, other.time) or not figures_agree(mention, other, lead_total=False) \
            or not figures_agree(other, mention, lead_total=False):
        return False
    return id(mention) not in fresh and id(other) not in fresh


def _fresh(doc: Doc, mention: EventMention) -> bool:
    trigger = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    return trigger is not None and opens_new_incident(trigger.root)


def _innermost(places: Sequence[Place]) -> Place | None:
    """The one place the others hold or repeat; None when the story names two apart (a round-up)."""
    inner = [p for p in places if not any(nests(p, q) and fold(q.name or q.text) != fold(p.name or p.text)
                                           for q in places)]
    names = {fold(p.name or p.text) for p in inner}
    return min(inner, key=breadth) if len(names) == 1 else None
