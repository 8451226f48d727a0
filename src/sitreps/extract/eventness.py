"""Event-ness: is a trigger one specific incident, a background incident, or no event at all?

News names many events it does not report: classes and trends ("any battle",
"has been launching systematic attacks", "drone attacks over the past month"),
war-wide tolls ("the conflict has killed 14,000", "hundreds have been killed in air strikes":
``extract.vague_tallies``), fears and risks ("residents
fear a massacre"), absences ("no word on arrests"), causes a reaction answers
("in response to attacks by troops"), classifications of another act ("the deaths
constituted executions"), forces described by their position ("the troops deployed in the
north"), qualities of a thing ("battle-hardened units"), people named by what they went
through ("displaced families"), doers escaping after their act ("before fleeing"),
aftermaths ("the wounded constable was evacuated to hospital"), the terms of a deal or a
demand ("the accord demands the withdrawal of the rebels", ``extract.deal_content``), operations
to free the people an abduction took ("troops were deployed to free the hostages", ``extract.rescue``), people
held over a period ("the group has held two journalists hostage for a year", ``extract.held_state``), doers
named by a taking they did ("the gang behind the kidnapping", ``extract.taker_description``), states of
affairs taken rather than ground ("took control of the situation", ``extract.ground_object``), the start
of a period the sentence measures ("the first talks since the rebels launched their offensive") and
reporting frames ("in a statement"). None of these is a row an analyst should read. A specific
incident dated well before the news it comes with ("hostilities resumed in August 2023") is kept but flagged
``background``, so exports and digests can leave it out.

The readings live in modules of their own: ``extract.event_classes`` (classes, trends, tolls and the
start of a measured period), ``extract.unreported_acts`` (fears, conditions and words put to another
use) and ``extract.background`` (the mention's date against the article's); this module keeps the
verdict and the order the checks are asked in.

Relies on: the trigger's token in a parsed Doc and the mention built from it
(modality, time). Word lists, read by the modules named above: ``data/en/eventness.yaml``,
``care_prepositions`` in ``data/en/extract_incidents.yaml``.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from spacy.tokens import Token

from sitreps.extract.background import day_dated, is_background
from sitreps.extract.body_remit import names_a_remit
from sitreps.extract.captivity import is_captivity_state
from sitreps.extract.deal_content import is_deal_content, is_standing_deal
from sitreps.extract.event_classes import (
    is_aggregate_toll,
    is_generic,
    is_ongoing_class,
    is_period_start,
    is_recent_trend,
)
from sitreps.extract.generic_statements import (
    is_durative,
    is_page_line,
    is_running_total,
    is_split_tally,
    is_spread_tally,
    is_trend_course,
)
from sitreps.extract.ground_object import takes_no_ground
from sitreps.extract.held_state import is_held_state
from sitreps.extract.rescue import is_rescue_of_taken
from sitreps.extract.taker_description import is_taker_description
from sitreps.extract.taxonomy_schema import SPEECH_FAMILY
from sitreps.extract.unreported_acts import (
    is_answered_cause,
    is_care_aftermath,
    is_classification,
    is_conditional,
    is_escape,
    is_feared,
    is_position,
    is_quality,
    is_reporting_frame,
    is_status,
)
from sitreps.extract.vague_tallies import is_vague_tally
from sitreps.models import EventMention, Modality

# Acts said not to have happened are never an incident. Planned, threatened and hypothetical
# acts stay, flagged by their modality (PLOVER codes threats and plans; "said it would attack"
# is a threat); only a condition ("if ... would") or a fear takes an act out.
UNREAL = frozenset({Modality.NEGATED})


class Eventness(StrEnum):
    INCIDENT = "incident"
    BACKGROUND = "background"
    NOT_EVENT = "not_event"


def eventness(trigger: Token, family: str, mention: EventMention, reference: date | None,
              event_words: frozenset[int] = frozenset()) -> Eventness:
    """What the mention is: an incident, a background incident, or not an event.

    ``reference`` is the article's date (its publication date, else the latest
    day it dates an event to): background is measured against it. ``event_words``
    are the token indices of the article's other event words.
    """
    if is_reporting_frame(trigger, family) or is_page_line(trigger):
        return Eventness.NOT_EVENT
    if family != SPEECH_FAMILY:
        if mention.modality in UNREAL:
            return Eventness.NOT_EVENT
        if (is_generic(trigger) and not day_dated(mention)) or is_aggregate_toll(trigger) or is_feared(trigger) \
                or is_conditional(trigger) or is_recent_trend(trigger) or is_answered_cause(trigger) \
                or is_care_aftermath(trigger) or is_classification(trigger) or is_position(trigger, mention) \
                or is_quality(trigger) or is_status(trigger, mention) or is_escape(mention) \
                or is_deal_content(trigger, mention.type, family) or is_standing_deal(trigger, mention.type) \
                or is_rescue_of_taken(trigger, mention) or is_held_state(trigger, mention, event_words) \
                or is_captivity_state(trigger, mention) or names_a_remit(trigger) \
                or is_taker_description(trigger, mention, event_words) or takes_no_ground(trigger, mention) \
                or (is_ongoing_class(trigger, event_words) and not day_dated(mention)) \
                or (is_period_start(trigger) and not day_dated(mention)) \
                or is_running_total(trigger) or is_split_tally(trigger) or is_spread_tally(trigger) \
                or (is_durative(trigger) and not day_dated(mention)) \
                or (is_vague_tally(trigger) and not day_dated(mention)) \
                or (is_trend_course(trigger) and not day_dated(mention)):
            return Eventness.NOT_EVENT
    return Eventness.BACKGROUND if is_background(mention, reference) else Eventness.INCIDENT
