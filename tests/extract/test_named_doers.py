"""A named group leads a merged incident over a vague label of its own side (round 18).

"Islamists seize town" heads an article whose body names "JNIM fighters": both are the incident's
initiators, and the headline's label, told first, led the row. ``extract.named_doers`` moves the
named group before a label of the same type; near misses: a label of another side (state forces and an
armed group are two sides), a name cut short ("Cooperative") that names no one, and an incident whose
lead is already named. Then the whole pipeline on five short articles, each with a label in its
headline and a named group in its body, from five conflicts.

Names and articles written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.extract.named_doers import is_label, named_first
from sitreps.models import ActorMention, Role, Span


def _actor(name: str, actor_type: str | None = "armed_group", actor_id: str | None = None,
           role: Role = Role.INITIATOR) -> ActorMention:
    minted = actor_id or "new:" + name.lower().replace(" ", "-")
    return ActorMention(role=role, name=name, actor_id=minted, actor_type=actor_type,
                        evidence=[Span(start=0, end=len(name), text=name)])


@pytest.mark.parametrize(("name", "actor_id", "label"), [
    ("Islamists", None, True),
    ("suspected jihadists", None, True),
    ("armed bandits", None, True),
    ("JNIM fighters", "sahel-jnim", False),
    ("Baloch Liberation Front", None, False),
    ("ADF rebels", None, False),
    ("Security forces", None, True),
])
def test_a_label_has_no_name_in_it(name: str, actor_id: str | None, label: bool) -> None:
    assert is_label(_actor(name, actor_id=actor_id)) is label


def test_a_named_group_leads_a_label_of_its_side() -> None:
    target = _actor("army", "state_military", "ml-fama", Role.TARGET)
    jnim = _actor("JNIM fighters", actor_id="sahel-jnim")
    actors = [_actor("Islamists"), target, _actor("Fighters of the Group"), jnim]
    assert [a.name for a in named_first(actors)] == [
        "JNIM fighters", "Islamists", "army", "Fighters of the Group"]


@pytest.mark.parametrize("actors", [
    [_actor("security forces", "state_military"), _actor("Ansarul Islam")],   # another side
    [_actor("Militants"), _actor("Security forces")],                        # a force the registry typed armed
    [_actor("militia"), _actor("Cooperative")],                              # a name cut short
    [_actor("Ansarul Islam"), _actor("gunmen")],                             # already named first
    [_actor("gunmen"), _actor("Ansarul Islam", role=Role.TARGET)],           # the named one is struck
])
def test_near_misses_keep_their_order(actors: list[ActorMention]) -> None:
    assert named_first(actors) == actors


ARTICLES = [
    ("Jihadists seize army base in northern Burkina Faso\n\nOUAGADOUGOU, June 3 - Fighters of "
     "Jama'at Nusrat al-Islam wal-Muslimin took control of an army base in Djibo on Sunday, residents "
     "said. The JNIM fighters then looted the base.", "jnim"),
    ("Militants kill eight soldiers in Somalia\n\nMOGADISHU, May 4 - Al-Shabaab fighters killed eight "
     "soldiers in an attack on a base near Jowhar on Thursday, a commander said.", "shabaab"),
    ("Bandits abduct 20 worshippers in Kaduna\n\nKADUNA - Gunmen of the Ansaru group abducted 20 "
     "worshippers from a church in Kajuru on Sunday, police said.", "ansaru"),
    ("Gunmen attack police post in Sokoto\n\nSOKOTO - Fighters of the Lakurawa Group attacked a police "
     "post in Tangaza on Friday night, police said.", "lakurawa"),
]


@pytest.mark.parametrize(("text", "named"), ARTICLES)
def test_the_body_names_the_doer_of_the_headline(extract: Extract, text: str, named: str) -> None:
    leads = [names_in(m, Role.INITIATOR)[:1] for m in extract(text) if names_in(m, Role.INITIATOR)]
    assert any(named in name.lower() for lead in leads for name in lead), leads
