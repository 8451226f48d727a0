"""Incidents only the headline has told so far, and the body words that tell them again.

A headline often names two incidents ("Fighting in Bakhmut as Russian jets strike Chasiv Yar", "Drone
strikes hit militants after attack on army post"). The body then tells each in turn, and two habits of
wire copy kept the headline's second incident a row of its own beside the body's telling of it:

- **An opener of another incident.** The body moves to the second incident with "Separately, ...",
  "Meanwhile, ..." or "In a separate incident, ...": separate from the incident told just before, not from
  the headline that announced it. So a word whose sentence opens a new incident may still retell an
  incident only the headline tells so far, where both name one and the same spot (a town, not a province
  or a country); ``extract.retelling.can_retell`` still asks the types, days, figures and sides to agree.
  Another town, another day or a wider place stays apart.
- **A cause chained by "after" in the headline.** "Y after X" keeps X apart from Y within the headline (one
  after the other). When the body then tells X as part of Y's incident (the attack on the post and the
  strikes that answered it as one fight, a word of X's own type among Y's body tellings), the headline's
  X is that incident too, not one of its own. Where the body tells X as an incident of its own (another day,
  a capture beside a retaliation on villages), X's body word is not among Y's and nothing changes.

Round 20, issue #13: own wire fiction (``benchmarks/gold/retellings/headline_r20.jsonl``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.agreement import same_spot
from sitreps.extract.kinds_file import type_list
from sitreps.models import EventMention, Modality

if TYPE_CHECKING:  # retelling imports this module
    from sitreps.extract.retelling import Told


def headline_only(told: Sequence[Told]) -> bool:
    """Whether every telling of an incident so far is in the headline."""
    return bool(told) and all(t.headline for t in told)


def hedge_below_headline(told: Sequence[Told]) -> bool:
    """Whether the body tells the incident with a hedge word ("A suspected drone strike killed 11", "Gunmen
    reportedly abducted 20 students", ``alleged_words``): then a flat headline ("Drone strike kills 11 at
    wedding") has only dropped the hedge, as headlines do, and vouches for nothing (round 23). A claim or an
    accusation below ("the Houthis claimed responsibility for the attack") is no hedge: its party's claim is
    read by ``link.own_claims``."""
    hedges = lexicon().alleged_words
    return any(not t.headline and t.mention.modality is Modality.ALLEGED
               and any(w.strip(".,;:\"'“”").lower() in hedges for w in t.mention.sentence.text.split())
               for t in told)


def summed_up(first: EventMention, later: Told, headline_told: bool) -> bool:
    """Whether a lead word of a type of no incident kind (a prisoner swap, an arrest, a statement) tells again
    the incident of its type only the headline has told so far (``headline_told``): the headline sums up the
    lead in fewer words and often names its sides loosely ("Yemen's warring parties swap prisoners", then "The
    Houthis and the government exchanged nearly 900 prisoners"), so the sides the lead names need not be
    the headline's. Deeper in the article another word of the type stays its own incident unless it shares a
    side or refers back; days, places, figures and sides must still agree. Round 21, issue #13: own fiction
    of prisoner swaps and arrests (tests/extract/test_headline_summaries.py)."""
    return (headline_told and later.lead and not later.headline and first.type == later.mention.type
            and first.type in type_list("headline_sums_up"))


def retold_after_opener(merged: EventMention, told: Sequence[Told], item: Told) -> Told:
    """``item`` as a plain telling (no opener of another incident) when its sentence opens a new incident but
    the incident it is tried against is told only by the headline, at the spot ``item`` names: the opener
    sets it apart from the body's incident before it, not from the headline's."""
    if item.fresh and not item.headline and headline_only(told) and same_spot(merged.place, item.mention.place):
        return replace(item, fresh=False)
    return item


def cause_told_in_body(earlier: Sequence[Told], later: Sequence[Told]) -> bool:
    """Whether ``later``, told only by the headline and chained there by "after" to words of ``earlier``, is
    told by the body as part of ``earlier``'s incident: only headline words chain the two, and a body word of
    ``earlier`` has a type one of ``later``'s tellings has."""
    if not headline_only(later):
        return False
    heads = frozenset(t.head for t in later)
    chaining = [t for t in earlier if t.sequenced & heads]
    types = {t.mention.type for t in later}
    return all(t.headline for t in chaining) and any(not t.headline and t.mention.type in types for t in earlier)
