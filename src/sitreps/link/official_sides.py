"""Whom a named official speaks for: the title his attribution carries after its cue ("Turkish Defence
Minister" of "Turkish Defence Minister Yasar Guler said", ``attribute.official_titles``), read as the
source (round 21, issue #13 "Scope of modality").

The actor registry does not know officials by name, so ``link.own_claims`` read "Yasar Guler" as no
state and his account of Turkish strikes as no party's own; his title names the state or body he speaks
for, as "Turkey's defence ministry said" would. A title naming no country ("the regional governor")
names no party the registry can match, so it changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.models import Attribution, SourceKind


def official_side(attribution: Attribution, tellers: Sequence[Attribution] = ()) -> Attribution | None:
    """The attribution of a named official's title as an organisation's, or None without a title. The
    title may come with another sentence that names him (``tellers``): "Defence Minister Yasar Guler
    said" in the lead, "Guler said" further down."""
    if attribution.source_kind is not SourceKind.NAMED_OFFICIAL:
        return None
    titled = next((t for t in (attribution, *tellers)
                   if t.source == attribution.source and t.source_kind is SourceKind.NAMED_OFFICIAL
                   and len(t.evidence) > 1), None)
    if titled is None:
        return None
    return Attribution(source=titled.evidence[1].text, source_kind=SourceKind.ORGANISATION,
                       evidence=attribution.evidence)
