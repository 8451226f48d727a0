"""What a row *is*: its modality, whether it is background, and whether ACLED would code it.

Kept in one place because two other stages are changing what these read: the
attribution stage owns ``modality`` (it may add values such as ``claimed``), and
event-ness detection is adding a ``background`` flag to mentions and events. Until
a model carries that flag, nothing is background. Everything else in the export
package asks these functions, never the models directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.export.codes import export_codes
from sitreps.models import AcledCode, Event, EventMention, Modality

CODABLE = "codable"
"""The ``acled_status`` of a row ACLED would code; any other value says why it would not."""


def mention_background(mention: EventMention) -> bool:
    """Whether the mention is background to the article's news (False while models have no flag)."""
    return bool(getattr(mention, "background", False))


def event_background(event: Event, mentions: Sequence[EventMention]) -> bool:
    """A linked event is background when it says so, else when every report of it is background."""
    flag = getattr(event, "background", None)
    if flag is not None:
        return bool(flag)
    return bool(mentions) and all(mention_background(m) for m in mentions)


def event_modality(event: Event, mentions: Sequence[EventMention]) -> str:
    """The consensus modality of a linked event (its ``modality`` field), else its first report's."""
    own = getattr(event, "modality", None)
    if own is not None:
        return str(getattr(own, "value", own))
    consensus = next((f.value for f in event.fields if f.field == "modality"), None)
    if consensus is not None:
        return str(consensus)
    return mentions[0].modality.value if mentions else Modality.REPORTED.value


def acled_status(acled: AcledCode | None, modality: str, background: bool) -> str:
    """``codable``, or the reason ACLED would not code the row (no ACLED type, modality, background)."""
    if acled is None:
        return "no ACLED event type"
    if modality not in export_codes().acled_modalities:
        return f"modality {modality}"
    if background:
        return "background"
    return CODABLE
