"""A terse retelling's "killed" that the fuller one words as dead and hurt together.

A headline or a standfirst shortens: "Dozens of soldiers killed in attacks" where the body says
"dozens of soldiers had been killed or wounded", "14 police killed in ambush" where the lead says
"14 officers were killed or injured". The body's wording is the careful one: the figure counts
casualties, not deaths. When the retellings of one incident merge (``extract.consolidate``), a death
figure that states the same number as a combined casualty figure of the incident ("30 killed" of "more
than 30 killed or wounded": the bound word is what a headline drops first) is that figure misread, so it
is dropped and the casualty figure kept: a row then gives no death toll rather than a
wrong one. A death figure of its own ("three killed" beside "20 killed or wounded") is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.extract.agreement import interval
from sitreps.models import Count

KILLED = "killed"
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
