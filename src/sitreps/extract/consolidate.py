"""Incidents within one article: the mentions that tell one incident become one mention.

Articles tell their main incident several times: "Drone attack kills two in X" in
the headline, "Russian drones struck X overnight" in the lead, "our city was hit
again" in a quote. Each retelling is a mention; an analyst wants one row. A later
mention joins the first earlier incident it can be a retelling of: a type of the
same kind (``data/incident_kinds.yaml``), no disagreement on place, day or
initiator, and figures that agree (``extract.agreement``: a district of the town is
the town; "at least 12" and 14 agree, 24 and 52 do not; the lead's "three killed"
holds a later "two children were killed"). A sentence that opens a new incident ("Separately, ...", "Meanwhile
in X", ``data/en/incidents.yaml``) starts a new one unless it refers back.

The merged mention is cited by its richest retelling (the lead that gives actors,
place and day over a terse headline), lists the others' triggers as ``retellings``,
and takes the most specific value of each field: the weapon's type over a bare
attack, the day over the month, the town over the country, the narrowest figure.

This module decides which incidents a mention is tried against and in what order; whether one pair can be
one incident is ``extract.retelling``, the field merge ``extract.merged_fields``, the finished incident
(its time, most-told type, citing retelling and ranked actors) ``extract.finished_incident``, and the kinds
of incident ``extract.incident_kinds`` (split so in round 24).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from sitreps.extract.agreement import (
    days,
    figures_agree,
    reaches_bound,
    same_sides,
    same_spot,
)
from sitreps.extract.battle_strikes import fight_share
from sitreps.extract.fight_for_ground import fight_for_ground
from sitreps.extract.finished_incident import finished_incident
from sitreps.extract.headline_tellings import (
    cause_told_in_body,
    headline_only,
    hedge_below_headline,
    retold_after_opener,
)
from sitreps.extract.incident_kinds import incident_kinds, type_kind
from sitreps.extract.incident_time import stated_apart
from sitreps.extract.kinds_file import type_list
from sitreps.extract.merged_fields import Retype, merge_tellings
from sitreps.extract.protest_sides import one_protest_in_sequence
from sitreps.extract.retelling import Told, can_retell
from sitreps.models import (
    EventMention,
    Modality,
    Role,
)
from sitreps.resolve.normalise import fold


def _outcome_of(first: EventMention, later: Told) -> bool:
    """Whether two words chained by "after"/"before" in one sentence are one incident all the same: one
    is an attack that absorbs the other so (``absorbs_when_sequenced``: the destruction done to its
    victims, the raiders' or a side's leaving) and the two name no different doers or victims ("12 people were
    burned alive after their shelters were set on fire"). "Protesters set fire to a police station after police
    shot a teenager" names two doers: two incidents. Doers named by their act ("before the raiders withdrew")
    are the incident's own (round 29), and a side that gave ground after a fight may be either side of it
    (``ground_giving_types``: "fighting raged for hours before the soldiers withdrew")."""
    absorbs = incident_kinds().absorbs_sequenced
    mention = later.mention
    folds = any(other in absorbs.get(host, frozenset())
                for host, other in ((first.type, mention.type), (mention.type, first.type)))
    return folds and (same_sides(first, mention) or later.nearest or _gave_ground_as_a_side(first, mention))


def _gave_ground_as_a_side(first: EventMention, later: EventMention) -> bool:
    """Whether ``later`` gives ground and its doers are among ``first``'s sides (doers or those done to)."""
    def named(mention: EventMention, roles: tuple[Role, ...]) -> set[str]:
        return {a.actor_id or a.name.lower() for a in mention.actors if a.role in roles}
    doers = named(later, (Role.INITIATOR,))
    return later.type in type_list("ground_giving_types") and bool(doers) \
        and doers <= named(first, (Role.INITIATOR, Role.TARGET))


@dataclass(frozen=True)
class _Group:
    """An incident being built: its merged mention, the retellings told so far, whether the lead tells it."""

    merged: EventMention
    told: list[Told]
    in_lead: bool

    @property
    def heads(self) -> frozenset[int]:
        return frozenset(t.head for t in self.told)

    def headline_only(self, towns_below: frozenset[str]) -> bool:
        """Whether only the headline tells it so far and no sentence below the headline names its place
        (``towns_below``, folded names): once the lead tells "artillery shelled Kherson", the headline's
        "Kherson" is that town, not the province."""
        place = self.merged.place
        return all(t.headline for t in self.told) and not (place is not None and fold(place.name or place.text)
                                                           in towns_below)

    @property
    def left(self) -> str | None:
        """The place a word of leaving among its retellings names, the first such."""
        return next((t.left for t in self.told if t.left), None)


def _named_type(item: Told, partners: Sequence[Told]) -> str | None:
    """Of a verb and the noun bound to it, the noun's type: a word that names the weapon or the act
    ("a roadside bomb struck") is surer than the type guessed from a general verb."""
    kinds = incident_kinds()
    # The bare word of a kind ("attack") names nothing: its catch-all type never decides.
    nouns = [t for t in (item, *partners) if t.nominal and t.mention.type not in kinds.catch_all]
    verbs = [t for t in (item, *partners) if not t.nominal]
    named = nouns[0].mention.type if nouns and verbs else None
    return named if named and kinds.kind_of.get(named) in kinds.named_by_noun else None


def consolidate(told: Sequence[Told], retype: Retype) -> list[EventMention]:
    """Merge each mention into the first earlier incident it can retell, in text order.

    ``retype`` gives a mention the codes of another type id (the merged
    incident's most specific type).
    """
    groups: list[_Group] = []
    below = frozenset(fold(t.mention.place.name or t.mention.place.text) for t in told
                      if not t.headline and t.mention.place is not None)
    by_head = {t.head: t for t in told}
    for item in told:
        clause = _as_its_clause(item, by_head)
        for index in _tried_order(groups, item):
            group = groups[index]
            probe = clause if group.merged.type != item.mention.type and _another_day(group.merged, clause.mention) \
                else item
            bound = bool(item.bound & group.heads)  # sentence_links is symmetric
            if (_other_item(group.told[0], item) and not _refers_across(group.merged, item.mention, item.anaphoric)) \
                    or item.apart & group.heads:
                continue
            if item.sequenced & group.heads:
                if not (_outcome_of(group.merged, item)
                        or one_protest_in_sequence(group.merged, item.mention)
                        or fight_for_ground(group.merged, item.mention)):
                    continue  # "shelled the town after rebels attacked a post": one after the other
                bound = True
            if not bound and _days_stated_apart(group.told, item.mention):
                continue
            if probe is not item and not bound and not can_retell(
                    _as_told(group, item.mention), retold_after_opener(group.merged, group.told, probe), group.in_lead,
                    bound, group.left, group.headline_only(below), headline_only(group.told)):
                continue  # at its clause's town and day it is another incident
            if can_retell(_as_told(group, item.mention), retold_after_opener(group.merged, group.told, item),
                          group.in_lead, bound,
                          group.left, group.headline_only(below), headline_only(group.told)):
                named = _named_type(item, [t for t in group.told if t.head in item.bound])
                told_apart = not (item.anaphoric or bound)
                total = told_apart and (not figures_agree(group.merged, item.mention, group.in_lead)
                                        or reaches_bound(group.merged, item.mention))
                part = told_apart and not total and not figures_agree(group.merged, item.mention, lead_total=False)
                total, part = fight_share(group.merged, item.mention, total, part)
                groups[index] = _Group(merge_tellings(group.merged, item.mention, retype, named, later_total=total,
                                              later_part=part),
                                       [*group.told, item], group.in_lead or item.lead)
                break
        else:
            groups.append(_Group(item.mention, [item], item.lead))
    return [finished_incident(_hedged(g.merged, g.told), [t.mention for t in g.told], retype) if len(g.told) > 1
            else g.merged for g in _joined(groups, retype, below)]


def _as_its_clause(item: Told, by_head: dict[int, Told]) -> Told:
    """A word with no place of its own bound to a later word of its sentence that has one ("a roadside bomb
    struck a police van in Bannu on Tuesday": the bomb and the strike are one act), as told at that word's
    place, and its day when it states none. Against an incident of another type told before on another day
    (``_another_day``) it must join both as it is and as so told: it joined a gun battle of the sentence
    before, at another town the day before, before the word it is bound to was reached. Only a veto: tried
    against every incident, or let join by the borrowed place, it cost one real-news test event; against
    incidents of its own type, two dev places (a bomb kept from the weekend's bombings joined them later).
    Round 24, issue #13 (wire part m)."""
    if item.mention.place is not None or item.anaphoric:
        return item
    partner = next((by_head[h] for h in sorted(item.bound - item.sequenced) if h > item.head and h in by_head
                    and by_head[h].mention.place is not None), None)
    if partner is None:
        return item
    update: dict[str, object] = {"place": partner.mention.place}
    if item.mention.time is None:
        update["time"] = partner.mention.time
    return replace(item, mention=item.mention.model_copy(update=update))


def _another_day(first: EventMention, later: EventMention) -> bool:
    """Both state a single day and the days differ ("late on Monday", "on Tuesday morning")."""
    a, b = days(first.time), days(later.time)
    return a is not None and b is not None and a[0] == a[1] and b[0] == b[1] and a != b


def _as_told(group: _Group, mention: EventMention) -> EventMention:
    """The incident as the killing it absorbed told it: a demonstration that absorbed the killing bound to its
    word (``absorbs_when_governed``: "a farmer was shot and killed at a sit-in") is still that killing to a
    later "the farmer was killed by a stray bullet". Only a killing (the ``victims`` types, who was hit) that
    the incident's kind absorbs when governed is read so: a change of territory that took in the fight for its
    town is no host of every later clash. Sides, place, day and figures stay the incident's."""
    kinds = incident_kinds()
    hosts = (group.merged.type, type_kind(group.merged.type))
    absorbed = frozenset().union(*(kinds.absorbs_governed.get(h, frozenset()) for h in hosts)) & kinds.victims
    if mention.type not in kinds.victims or type_kind(group.merged.type) == type_kind(mention.type):
        return group.merged
    told = next((t.mention.type for t in group.told if t.mention.type in absorbed), None)
    return group.merged if told is None else group.merged.model_copy(update={"type": told})


def _tried_order(groups: Sequence[_Group], item: Told) -> list[int]:
    """The order in which the incidents so far are tried for a word. The incident it is bound to first:
    "burning ... murdered" joins the burning it caused; then those of its own item of a round-up ("the
    attack" in an item is that item's attack). A pronoun's incident is the one told last ("He was
    reportedly arrested" after the lawyer's arrest)."""
    return sorted(range(len(groups)), key=lambda i: (not item.bound & groups[i].heads,
                                                     _other_item(groups[i].told[0], item),
                                                     -max(groups[i].heads) if item.nearest else i))


def _other_item(first: Told, later: Told) -> bool:
    """Whether ``later`` is told in another item of a round-up or live blog than the incident ``first`` opened
    (``extract.items``): each item is another incident unless it refers back. What the headline and intro tell
    (item 0) may still be any item's incident."""
    return first.item > 0 and later.item != first.item


def _refers_across(first: EventMention, later: EventMention, anaphoric: bool) -> bool:
    """Whether a word of a later item of a round-up or live blog goes on with the incident an earlier item
    told: it refers back ("the assault"), or it names the same town on the same stated day (a live blog's
    next entry on the drones that hit the column of the assault told in the entry before)."""
    day = days(first.time)
    return anaphoric or (same_spot(first.place, later.place) and day is not None and day == days(later.time))


def _days_stated_apart(told: Sequence[Told], mention: EventMention) -> bool:
    """Whether a retelling of the incident states, in its own sentence, another single day than the
    mention's own sentence does. The merged mention alone cannot say: it keeps the first telling's sentence
    (an undated headline) and the finest time of all, so a lead's "on Tuesday" and a body's "On Monday an
    explosive device hit a truck" met as an undated headline and a Monday, a day apart, and joined."""
    return any(stated_apart(t.mention, mention) for t in told)


def _hedged(merged: EventMention, told: Sequence[Told]) -> EventMention:
    """An incident its article introduces as alleged stays alleged when only retellings that refer back
    to it ("a suspected missile attack ..., the latest assault in their campaign", "the attack") tell
    it plainly: they presuppose the incident the hedge is about, they do not vouch for it. A plan or a
    threat a later retelling reports as done is another matter: that retelling is the news. A headline over a
    hedged telling vouches for nothing either (``headline_tellings.hedge_below_headline``)."""
    hedged_lead = hedge_below_headline(told)
    asserting = [t.mention.modality for t in told if not t.anaphoric and not (t.headline and hedged_lead)]
    if merged.modality is Modality.REPORTED and asserting and all(m is Modality.ALLEGED for m in asserting):
        return merged.model_copy(update={"modality": Modality.ALLEGED})
    return merged


def _joined(groups: list[_Group], retype: Retype, below: frozenset[str]) -> list[_Group]:
    """Incidents that became retellings of an earlier one once a bound word joined them ("agreement"
    folded into "ceasefire" after an earlier "ceasefire" started its own): one more pass, group by group. A
    group bound to a word of the earlier incident is tried as bound: a word told before its partner of one
    sentence joined an incident ("ordered" of "ordered the withdrawal of troops from Avdiivka town", the
    withdrawal joining the capture of the town) follows the partner (round 20, issue #13)."""
    joined: list[_Group] = []
    for group in groups:
        whole = Told(group.merged, anaphoric=any(t.anaphoric for t in group.told), fresh=group.told[0].fresh,
                     opening_place=group.told[0].opening_place, lead=group.in_lead, left=group.left,
                     headline=all(t.headline for t in group.told), item=group.told[0].item)
        heads = group.heads
        for index, earlier in enumerate(joined):
            if (_other_item(earlier.told[0], whole)
                    and not _refers_across(earlier.merged, group.merged, group.told[0].anaphoric)) \
                    or any(t.apart & heads for t in earlier.told) \
                    or (any(t.sequenced & heads for t in earlier.told)
                        and not cause_told_in_body(earlier.told, group.told)) \
                    or any(_days_stated_apart(earlier.told, t.mention) for t in group.told) or not can_retell(
                    earlier.merged, whole, earlier.in_lead, any(t.bound & heads for t in earlier.told),
                    first_left=earlier.left, first_headline=earlier.headline_only(below),
                    headline_told=headline_only(earlier.told)):
                continue
            joined[index] = _Group(merge_tellings(earlier.merged, group.merged, retype), [*earlier.told, *group.told],
                                   earlier.in_lead or group.in_lead)
            break
        else:
            joined.append(group)
    return joined
