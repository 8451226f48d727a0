"""Damage and clashes in an article about unrest are the unrest (extract.unrest).

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract

from sitreps.extract.unrest import in_unrest
from sitreps.models import ActorMention, EventMention, Modality, Role, Span

TEXT = "Protesters marched in Velora. Shops were set on fire. Police clashed with the crowd."


def _mention(type_id: str, trigger: str, actors: tuple[tuple[Role, str, str | None], ...] = (),
             background: bool = False) -> EventMention:
    start = TEXT.index(trigger)
    span = Span.of(TEXT, start, start + len(trigger))
    return EventMention(id=f"d:{type_id}", type=type_id, acled=None, plover=None, cameo=None, trigger=span,
                        sentence=span, actors=[ActorMention(role=role, name=name, actor_type=kind, evidence=[span])
                                               for role, name, kind in actors],
                        counts=[], place=None, time=None, modality=Modality.REPORTED, attribution=None,
                        confidence=0.8, background=background)


def _types(*mentions: EventMention) -> list[str]:
    return [m.type for m in in_unrest(mentions, lambda m, type_id: m.model_copy(update={"type": type_id}))]


PROTEST = _mention("peaceful_protest", "marched", ((Role.INITIATOR, "Protesters", "civilians"),))
POLICE = (Role.TARGET, "police", "police")


def test_arson_in_an_article_about_a_protest_is_the_crowds_violence() -> None:
    assert _types(PROTEST, _mention("looting_property_destruction", "set on fire")) == \
        ["peaceful_protest", "violent_demonstration"]


def test_a_clash_with_police_during_a_protest_is_a_violent_demonstration() -> None:
    assert _types(PROTEST, _mention("armed_clash", "clashed", (POLICE,)))[1] == "violent_demonstration"


def test_arson_by_an_armed_group_keeps_its_type() -> None:
    militia = (Role.INITIATOR, "CODECO militiamen", None)
    assert _types(PROTEST, _mention("looting_property_destruction", "set on fire", (militia,)))[1] == \
        "looting_property_destruction"


def test_a_clash_of_police_with_gunmen_stays_a_clash() -> None:
    gunmen = (Role.INITIATOR, "unidentified gunmen", None)
    assert _types(PROTEST, _mention("armed_clash", "clashed", (POLICE, gunmen)))[1] == "armed_clash"


def test_a_new_name_the_registry_typed_by_default_is_no_armed_side() -> None:
    students = (Role.INITIATOR, "students", "armed_group")  # ActorRegistry.infer's default type
    assert _types(PROTEST, _mention("armed_clash", "clashed", (POLICE, students)))[1] == "violent_demonstration"


def test_a_clash_without_the_states_forces_is_left_alone() -> None:
    assert _types(PROTEST, _mention("armed_clash", "clashed"))[1] == "armed_clash"


def test_without_unrest_of_the_day_nothing_changes() -> None:
    old_protest = PROTEST.model_copy(update={"background": True})
    arson = _mention("looting_property_destruction", "set on fire")
    assert _types(arson) == ["looting_property_destruction"]
    assert _types(old_protest, arson) == ["peaceful_protest", "looting_property_destruction"]


def test_a_riot_article_types_its_burnt_police_posts_as_the_riot(extract: Extract) -> None:
    text = ("Protesters clash with police in Korvany as fuel price anger spreads\n\n"
            "Thousands of protesters marched through the centre of Korvany on Tuesday against a rise in fuel "
            "prices, and police fired tear gas to disperse them. Separately, two police posts in the northern "
            "town of Dunmore were set on fire on Wednesday, officials said.")
    types = {m.trigger.text: m.type for m in extract(text)}
    assert types.get("set on fire") == "violent_demonstration", types


def test_soldiers_torching_a_village_stay_property_destruction(extract: Extract) -> None:
    text = ("Soldiers torch homes in Marsk village\n\n"
            "Soldiers torched dozens of homes in the village of Marsk on Sunday, residents said. The army "
            "denied the report. In the capital, students held a peaceful march on Monday to demand an inquiry.")
    types = {m.trigger.text: m.type for m in extract(text)}
    assert "looting_property_destruction" in types.values(), types
    assert "violent_demonstration" not in types.values(), types
