"""Who a source speaks for when its name is a capital city: "Moscow said its air defences downed 30 drones",
"Baku said it had taken control of 60 positions", "Khartoum said the army recaptured Singa". Newswires
name a state by its seat of power; the actor registry knows the state, not the city, so a capital as a
source would read as an unknown party and its own forces' acts as another side's. Only a source that is
the capital's name alone stands for the state ("residents of Baku", "Kyiv's mayor" are not the state),
and only capitals of the states ``link.actors.capital_words`` keeps (none whose name is an English word).
"""

from __future__ import annotations

from sitreps.country_table import country_name
from sitreps.link.actors import capital_words
from sitreps.link.mouthpieces import mouthpiece_party
from sitreps.resolve.actors import get_registry
from sitreps.resolve.normalise import fold
from sitreps.resolve.registry_data import ActorRecord, held_capitals


def speaker_record(source: str) -> ActorRecord:
    """The registry's reading of a source, a capital's name read as its state (module docstring), or as the
    authority that holds it where that is another (``held_capitals``: "Sanaa said" is the Houthis, as the
    extractor's ``actors._seat_of_power`` reads the same capital as a doer). A party's mouthpiece ("the
    army's spokesman") is read as the party (``link.mouthpieces``)."""
    party = mouthpiece_party(source)
    if party is not None:
        return speaker_record(party)
    registry = get_registry()
    holder = registry.get(held_capitals().get(fold(source), ""))
    if holder is not None:
        return holder
    country = _capital_country(source)
    if country is not None:
        record = registry.resolve(country)
        if record is not None:
            return record
    return registry.infer(source)


def _capital_country(source: str) -> str | None:
    """The country whose capital ``source`` names alone ("Moscow", "the Kremlin" is the registry's)."""
    words = source.split()
    if len(words) != 1:
        return None
    code = capital_words().get(fold(words[0]))
    if code is None or (fold(words[0]).endswith("s") and fold(words[0])[:-1] in capital_words()):
        return None  # "Moscows": the possessive spelling capital_words keeps for minted slugs
    return country_name(code)
