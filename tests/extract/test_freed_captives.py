"""A taking told in a clause on the people a verb of freeing frees is the release, not a capture
(``extract.captivity``): "the rebels released six soldiers they had captured" frees the soldiers; no ground
was taken. The verb of freeing is the release's trigger, so its subject and object are its sides.

Every sentence here is fiction written for these tests, in the styles of wire copy and local papers.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in, only

from sitreps.models import Role

RELEASE = "prisoner_exchange"
TAKINGS = frozenset({"non_state_overtakes_territory", "government_regains_territory", "surrender_capture"})


@pytest.mark.parametrize(("text", "captor", "freed"), [
    ("The ELN released six soldiers it had captured in Arauca, the church mediators said.", "ELN", "soldiers"),
    ("Al-Shabaab freed four Kenyan police officers it had seized near Mandera last year, elders said.",
     "Al-Shabaab", "police officers"),
    ("M23 rebels handed over 20 government soldiers they had captured to the Red Cross in Goma on Friday.",
     "M23", "soldiers"),
    ("The Houthis released nine crew members they seized from a cargo ship in the Red Sea last year.",
     "Houthis", "crew members"),
    ("Separatist fighters freed two policemen they had captured during a raid near Bamenda, a priest said.",
     "fighters", "policemen"),
])
def test_the_release_is_the_event(extract: Extract, text: str, captor: str, freed: str) -> None:
    events = extract(text)
    assert not [m for m in events if m.type in TAKINGS], [(m.type, m.trigger.text) for m in events]
    release = only(events, RELEASE)
    sides = names_in(release, Role.PARTICIPANT)
    assert any(captor in name for name in sides) and any(freed in name for name in sides), release.actors


@pytest.mark.parametrize(("text", "kind"), [
    ("Troops captured 12 rebel fighters near the border on Sunday, the army said.", "surrender_capture"),
    ("Rebels released a video of soldiers they had captured near Arauca.", None),
    ("The army handed over the base it had captured to allied militias on Monday.", None),
])
def test_a_taking_with_nobody_freed_is_no_release(extract: Extract, text: str, kind: str | None) -> None:
    """Near misses: a plain capture of fighters, a video about the captured, a base handed over."""
    events = extract(text)
    assert not [m for m in events if m.type == RELEASE], [(m.type, m.trigger.text) for m in events]
    if kind is not None:
        assert any(m.type == kind for m in events), [(m.type, m.trigger.text) for m in events]
