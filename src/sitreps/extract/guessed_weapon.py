"""A guessed air strike gives way to a retelling that names the weapon: "Strikes hit Kharkiv. Russian missiles
hit residential buildings", "Russian forces struck the city overnight. The missiles hit homes".

The lexicon types the bare word "strike" (verb or noun) an air strike, its commonest sense; yet a strike names
no weapon, and the incident kinds rank the air strike before the missile, so the guess of a headline or lead
outranked the missile the body names (round 21, issue #13: ACLED codes the means). A mention of the guessed
type whose own sentence names nothing that flies (``air_weapon_words`` of data/en/incidents.yaml) takes, when
merged with a retelling of a named ground weapon (``named_over_guessed_air``), that retelling's type. A strike
told with its aircraft ("jets struck", "an air strike") is no guess and keeps its type.

Relies on: the mentions' types and sentence texts only.
"""

from __future__ import annotations

import re

from sitreps.language_data import word_list
from sitreps.models import EventMention

GUESSED_TYPE = "air_drone_strike"
LISTS = "incidents"
WORD = re.compile(r"[\w-]+")


def named_weapon_type(first: EventMention, later: EventMention) -> str | None:
    """The named weapon's type when one of two merged tellings guessed an air strike and the other names a
    ground weapon; else None."""
    for guess, named in ((first, later), (later, first)):
        if guess.type == GUESSED_TYPE and named.type in word_list(LISTS, "named_over_guessed_air") \
                and not _names_aircraft(guess):
            return named.type
    return None


def _names_aircraft(mention: EventMention) -> bool:
    """Whether a mention's sentence names something that flies ("drones", "jets", "an air strike")."""
    words = set(word_list(LISTS, "air_weapon_words"))
    return any(w in words for w in WORD.findall(mention.sentence.text.lower()))
