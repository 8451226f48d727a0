"""A terse retelling's "killed" that the fuller one words as dead and hurt together.

A headline or a standfirst shortens: "Dozens of soldiers killed in attacks" where the body says
"dozens of soldiers had been killed or wounded", "14 police killed in ambush" where the lead says
"14 officers were killed or injured". The body's wording is the careful one: the figure counts
casualties, not deaths. When the retellings of one incident merge (``extract.consolidate``), a death
figure that states the same number as a combined casualty figure of the incident ("30 killed" of "more
than 30 killed or wounded": the bound word is what a headline drops first) is that figure misread, so it
is dropped and the casualty figure kept: a row then gives no death toll rather than a
wrong one. A death figure of its own ("three killed" beside "20 killed or wounded") is kept.

Within a sentence, "at least 20 soldiers were killed and wounded" gives the killing and the wounding one
figure: the dead and the hurt together, a casualty figure too (``shared_as_casualties``). Not when the
hurt died after ("three soldiers were wounded and later died": three dead), nor when each verb has its
own figure ("nine were killed and 40 wounded").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from sitreps.extract.agreement import interval
from sitreps.models import Count

KILLED = "killed"
INJURED = "injured"
# The kind of a figure of the dead and the hurt together (``extract.casualties``).
CASUALTIES = "casualties"


def without_combined_deaths(counts: Sequence[Count]) -> list[Count]:
    """``counts`` less a death figure that restates a casualty figure of the same incident."""
    combined = {interval(c)[0] for c in counts if c.what == CASUALTIES and _stated(c)}
    return [c for c in counts if not (c.what == KILLED and interval(c)[0] in combined)]


def _stated(count: Count) -> bool:
    """A figure the text gives ("dozens", "14"), not "no casualties" (zero, a death figure of its own)."""
    low, _ = interval(count)
    return low > 0


def shared_as_casualties(found: Sequence[tuple[Token, Count]]) -> list[tuple[Token, Count]]:
    """One sentence's figures, each with its casualty word, where a death figure whose very words a later
    injury word counts too ("20 soldiers were killed and wounded") becomes one casualty figure."""
    injured = {c.evidence[0].start: t.i for t, c in found if c.what == INJURED and c.evidence}
    out: list[tuple[Token, Count]] = []
    merged: set[int] = set()
    for token, count in found:
        start = count.evidence[0].start if count.evidence else None
        if count.what == KILLED and start is not None and injured.get(start, -1) > token.i:
            out.append((token, count.model_copy(update={"what": CASUALTIES})))
            merged.add(start)
        elif not (count.what == INJURED and start in merged):
            out.append((token, count))
    return out
