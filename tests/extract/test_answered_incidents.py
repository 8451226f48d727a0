"""An incident told with the response to it keeps the attacker first, however often the response is told.

"Militants attacked a police station ... Security forces killed nine militants ... shot dead two more":
the three sentences are one incident, and two of them name the security forces as doers; ACLED codes
the attacker as actor 1 (``extract.finished_incident.ranked_actors`` leaves out of its count the retellings
whose doer strikes the doer of one told before them). Every article and sentence here is fiction
written for these tests, in the style of wire copy.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, names_in

from sitreps.extract.answered import strikes_party
from sitreps.extract.finished_incident import ranked_actors
from sitreps.models import ActorMention, EventMention, Modality, Role, Span


@pytest.mark.parametrize(
    ("text", "attacker", "responder"),
    [
        ("Militants attacked a police station in Tank district on Wednesday night, officials said. "
         "Security forces killed nine militants in the gunfight that followed. "
         "Security forces shot dead two more militants as they fled toward the hills.", "Militants", "Security forces"),
        ("Jihadist fighters attacked a military camp at Boni in central Mali on Sunday, the army said. "
         "Soldiers killed 14 jihadists during the assault. "
         "Soldiers also shot dead six jihadists who tried to flee on motorbikes.", "Jihadist fighters", "Soldiers"),
        ("Gunmen attacked a border post in Kebbi state on Saturday, police said. "
         "Soldiers killed eight gunmen in the fighting. Soldiers killed three more gunmen near the river.",
         "Gunmen", "Soldiers"),
        ("Houthi fighters attacked government positions near Marib on Tuesday, a military source said. "
         "Government troops killed 12 Houthi fighters in the clashes. "
         "Government troops also killed four Houthi fighters at a nearby checkpoint.",
         "Houthi fighters", "Government troops"),
        ("Armed men attacked a gendarmerie post near Tera in western Niger on Monday, the ministry said. "
         "Gendarmes killed 12 of the armed men during the attack. "
         "Gendarmes shot dead three more armed men the next morning.", "Armed men", "Gendarmes"),
    ],
)
def test_the_attacker_leads_an_incident_whose_response_is_told_more(
        extract: Extract, text: str, attacker: str, responder: str) -> None:
    clashes = [m for m in extract(text) if m.type == "armed_clash"]
    assert len(clashes) == 1, [(m.type, m.trigger.text) for m in extract(text)]
    initiators = names_in(clashes[0], Role.INITIATOR)
    assert initiators[0] == attacker
    assert responder in initiators  # the responder is kept, ranked after


def test_one_side_told_twice_keeps_its_lead(extract: Extract) -> None:
    text = ("Russian troops shelled Kupiansk on Sunday, killing two civilians, the governor said. "
            "Russian forces also shelled a school in the town.")
    (shelling,) = [m for m in extract(text) if m.type == "shelling_missile_attack"]
    assert names_in(shelling, Role.INITIATOR)[0] == "Russian troops"


TEXT = ("Nigerian troops raided a bandit camp in the Tsafe forest on Thursday. Bandits killed two soldiers. "
        "Bandits also wounded four soldiers near the gate.")


def _mention(index: int, trigger: str, actors: list[tuple[Role, str]]) -> EventMention:
    start = TEXT.index(trigger)
    span = Span.of(TEXT, start, start + len(trigger))
    return EventMention(id=f"d:m{index}", type="armed_clash", acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=[ActorMention(role=role, name=name, evidence=[span])
                                               for role, name in actors],
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8)


def test_the_raiders_stay_first_when_the_raided_strike_back_twice() -> None:
    members = [
        _mention(0, "raided", [(Role.INITIATOR, "Nigerian troops"), (Role.TARGET, "bandit camp")]),
        _mention(1, "killed", [(Role.INITIATOR, "Bandits"), (Role.TARGET, "two soldiers")]),
        _mention(2, "wounded", [(Role.INITIATOR, "Bandits"), (Role.TARGET, "four soldiers")]),
    ]
    merged = members[0].model_copy(update={"actors": [a for m in members for a in m.actors]})
    ranked = ranked_actors(merged, members)
    # "soldiers" shares no word with "Nigerian troops" (two nouns of one side are not matched yet), so the
    # bandits' strikes are not yet known as answers, and the two tellings win.
    assert next(a.name for a in ranked if a.role is Role.INITIATOR) == "Bandits"
    members[1] = _mention(1, "killed", [(Role.INITIATOR, "Bandits"), (Role.TARGET, "two Nigerian troops")])
    members[2] = _mention(2, "wounded", [(Role.INITIATOR, "Bandits"), (Role.TARGET, "four troops")])
    merged = members[0].model_copy(update={"actors": [a for m in members for a in m.actors]})
    ranked = ranked_actors(merged, members)
    assert next(a.name for a in ranked if a.role is Role.INITIATOR) == "Nigerian troops"


def _actor(role: Role, name: str) -> ActorMention:
    return ActorMention(role=role, name=name, evidence=[Span.of(TEXT, 0, 8)])


@pytest.mark.parametrize(
    ("target", "doer", "expected"),
    [
        ("14 jihadists", "Jihadist fighters", True),
        ("nine of the militants", "Militants", True),
        ("three more armed men", "Armed men", True),
        ("Ukrainian troops", "Russian troops", False),  # two armies, one noun
        ("police station", "Police", False),  # a building names no doer's words all
        ("Security forces", "militants", False),
    ],
)
def test_which_targets_name_a_doer(target: str, doer: str, expected: bool) -> None:
    assert strikes_party(_actor(Role.TARGET, target), _actor(Role.INITIATOR, doer)) is expected
