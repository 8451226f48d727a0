"""What a row *is*: its modality, whether it is background, and whether ACLED would code it.

Kept in one place because other stages decide what these read: attribution owns
``modality`` (it may add values such as ``claimed``), and event-ness detection sets
``background`` on mentions (an incident dated well before the news) and on linked
events (every report of it is background). Everything else in the export package
asks these functions, never the models directly.
"""

from __future__ import annotations

from collections.abc import Sequence

from sitreps.export.codes import export_codes
from sitreps.models import AcledCode, Event, EventMention, Modality

CODABLE = "codable"
"""The ``acled_status`` of a row ACLED would code; any other value says why it would not."""


def mention_background(mention: EventMention) -> bool:
    """Whether the mention is background to the article's news."""
    return mention.background


def event_background(event: Event) -> bool:
    """Whether a linked event is background (every report of it is)."""
    return event.background


def event_modality(event: Event, mentions: Sequence[EventMention]) -> str:
    """The consensus modality of a linked event (its ``modality`` field), else its first report's."""
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
