"""One party's telling of an act, for the event's modality: the sentences of one article that a claim's
or an allegation's party alone tells are that claim, not other reports of the act.

A party's claim or accusation is often told by more than one mention of an article: the act and the
fight it was part of in one sentence ("Fano fighters seized the town after heavy fighting, a spokesman
for the militia said"), or the headline's plain "Armenia says Azerbaijani troops opened fire" over the
body's "the Armenian defence ministry accused Azerbaijani forces of opening fire". Each such mention is
``reported`` by its own words, and a ``reported`` value ranks before the claim's ``alleged``
(``link.consensus``) as though a witness or another side had told the act. This module gives such a
mention of the event the modality of the claim or allegation, when every named voice that tells it
speaks for the claim's party (``link.own_claims.same_party``); another outlet's report that only quotes
that party is no independent telling either. A mention told in the writer's voice alone, or by anyone
else, stays an independent report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from sitreps.link.party_voices import same_party
from sitreps.models import EventMention, Modality, SourceKind

if TYPE_CHECKING:
    from sitreps.link.contributions import Contribution

MODALITY_FIELD = "modality"


def voices_of(mention: EventMention) -> tuple[str, ...]:
    """The named sources telling a mention: its attribution's and every teller's, the writer left out."""
    tellers = [mention.attribution, *mention.tellers] if mention.attribution is not None else mention.tellers
    names = [t.source for t in tellers if t.source and t.source_kind is not SourceKind.NONE]
    return tuple(dict.fromkeys(names))


def one_telling(contributions: Sequence[Contribution]) -> list[Contribution]:
    """The contributions with each ``reported`` modality that a claim's or an allegation's own party alone
    tells given that claim's modality (module docstring)."""
    anchors = [c for c in contributions
               if c.field == MODALITY_FIELD and c.value == Modality.ALLEGED.value and c.voices]
    if not anchors:
        return list(contributions)
    out = []
    for c in contributions:
        if c.field == MODALITY_FIELD and c.value == Modality.REPORTED.value and c.voices:
            anchor = next((a for a in anchors if _same_voices(c.voices, a.voices)), None)
            if anchor is not None:
                c = replace(c, value=anchor.value, label=anchor.label, own_claim=anchor.own_claim)
        out.append(c)
    return out


def _same_voices(voices: tuple[str, ...], party: tuple[str, ...]) -> bool:
    """Whether every voice speaks for a party among ``party``'s voices."""
    return all(any(same_party(v, p) for p in party) for v in voices)
