"""Who did it and to whom: victims are never doers, abstractions and munitions are nobody, event nouns
carry their doer, outlets only report.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.actor_checks import is_media, without_fragments
from sitreps.extract.actors import is_actor_like
from sitreps.extract.arguments import trigger_slots
from sitreps.extract.implied_actors import IMPLIED_FLAG
from sitreps.extract.nouns import is_abstract, is_actor_noun, is_munition
from sitreps.models import ActorMention, EventMention, Role, Span

VIOLENT_FAMILIES_TYPES = {"air_drone_strike", "shelling_missile_attack", "armed_clash", "attack_on_civilians",
                          "remote_explosive", "violent_demonstration", "mob_violence"}


def names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name for m in events if m.type in VIOLENT_FAMILIES_TYPES for a in m.actors if a.role == role]


def everyone(events: list[EventMention]) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role != Role.INSTRUMENT]


@pytest.mark.parametrize(("text", "victims"), [
    ("More than 30 civilians killed in rebel drone strike on Malvo market", "civilians"),
    ("Twelve farmers were killed in an attack by gunmen near Dorva on Thursday.", "farmers"),
    ("Nine herders killed in northern Tessa drone strikes\n\nNine herders were killed on Sunday.", "herders"),
    ("Four fishermen died in a militia attack on the lakeside village of Osso.", "fishermen"),
])
def test_victims_are_targets_never_initiators(extract: Extract, text: str, victims: str) -> None:
    events = extract(text)
    assert not any(victims in name for name in names(events, Role.INITIATOR)), events
    assert any(victims in name for name in names(events, Role.TARGET)), events


@pytest.mark.parametrize(("text", "doer"), [
    ("A new Russian drone strike killed four people in the village of Pelyn on Sunday.", "Russian"),
    ("A militia attack killed 14 villagers near Dorva on Friday, officials said.", "militia"),
    ("Six soldiers were killed in a Rhadan Liberation Front ambush on Monday.", "Rhadan Liberation Front"),
    ("More than 30 civilians killed in rebel drone strike on Malvo market", "rebel"),
])
def test_an_event_noun_names_its_doer(extract: Extract, text: str, doer: str) -> None:
    assert doer in names(extract(text), Role.INITIATOR)


@pytest.mark.parametrize(("text", "nobody"), [
    ("The Free Hills Army claimed responsibility for the bombing of a bus depot in Tarn.", "responsibility"),
    ("Gunmen attacked a police post in Kessa, an assault that claimed six lives.", "lives"),
    ("Rebels bombarded Varn with dozens of shells overnight.", "shells"),
    ("Militants shelled the outskirts of Varn with more than 200 on Tuesday.", "200"),
])
def test_abstractions_munitions_and_figures_are_no_target(extract: Extract, text: str, nobody: str) -> None:
    events = extract(text)
    assert events and not any(nobody in name for name in everyone(events)), events


def test_a_munition_fired_in_a_strike_is_its_instrument(extract: Extract) -> None:
    events = extract("Rebels bombarded Varn with dozens of shells overnight.")
    assert any("shells" in name for name in names(events, Role.INSTRUMENT)), events


@pytest.mark.parametrize(("name", "media"), [
    ("AP", True), ("Reuters", True), ("state media", True), ("local TV", True),
    ("army", False), ("Free Hills Army", False), ("protesters", False),
    ("a TV network", True), ("the local radio station", True),
    ("insurgent network", False), ("a smuggling network", False), ("the terror network", False),
])
def test_outlets_are_media(name: str, media: bool) -> None:
    assert is_media(name) is media


@pytest.mark.parametrize(("text", "doer"), [
    ("Police believe the weekend bombings in Varno were organised by an insurgent network.", "insurgent network"),
    ("Officials said the ambush on the convoy was carried out by a militant network based in the hills.",
     "militant network"),
    ("A trafficking network kidnapped four aid workers near the border town of Mesk, police said.",
     "trafficking network"),
])
def test_an_armed_network_is_a_doer_not_an_outlet(extract: Extract, text: str, doer: str) -> None:
    initiators = [a.name for m in extract(text) for a in m.actors if a.role == Role.INITIATOR]
    assert any(doer in name for name in initiators), initiators


@pytest.mark.parametrize(("sentence", "word", "abstract", "actor", "munition"), [
    ("The group claimed responsibility.", "responsibility", True, False, False),
    ("Security forces opened fire.", "forces", False, True, False),
    ("The deal collapsed.", "deal", True, False, False),
    ("Soldiers fired shells at the market.", "market", False, False, False),
    ("Soldiers fired shells at the market.", "shells", False, False, True),
    ("The militia withdrew.", "militia", False, True, False),
])
def test_noun_classes(sentence: str, word: str, abstract: bool, actor: bool, munition: bool) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == word)
    assert (is_abstract(token), is_actor_noun(token), is_munition(token)) == (abstract, actor, munition)


def actor(role: Role, name: str, actor_id: str | None = None) -> ActorMention:
    return ActorMention(role=role, name=name, actor_id=actor_id, evidence=[Span(start=0, end=len(name), text=name)])


def test_a_word_run_of_another_actor_adds_nothing() -> None:
    bare = actor(Role.INITIATOR, "Anglophone", "new:anglophone")
    full = actor(Role.INITIATOR, "Anglophone separatists", "new:anglophone-separatists")
    russian = actor(Role.INITIATOR, "Russian", "ru-armed-forces")
    operators = actor(Role.INITIATOR, "Russian drone operators", "new:russian-drone-operators")
    victims = actor(Role.TARGET, "Anglophone", "new:anglophone")
    kept = without_fragments([bare, full, russian, operators, victims])
    assert kept == [full, russian, operators, victims]


@pytest.mark.parametrize(("text", "target"), [
    ("The Kordan military said on Thursday it had killed 24 militants in an airstrike near Varn.", "24 militants"),
    ("A suspected missile attack by the Red Hand rebels damaged a cargo ship in the gulf on Monday.", "cargo ship"),
    ("Yesterday two smaller bomb attacks targeted security officers in Tessa province.", "security officers"),
    ("A drone strike on the village of Osso killed at least 21 civilians on Sunday.", "at least 21 civilians"),
])
def test_what_an_event_harmed_is_its_target(extract: Extract, text: str, target: str) -> None:
    assert target in names(extract(text), Role.TARGET)


@pytest.mark.parametrize(("text", "initiator", "actor_id"), [
    ("Baku said on Tuesday it had taken control of more than 60 military positions in the region.", "Baku",
     "az-government"),
    ("Kyiv launched a drone attack on a refinery in Tuapse, Moscow said.", "Kyiv", "ua-government"),
])
def test_a_capital_that_acts_is_its_government(extract: Extract, text: str, initiator: str, actor_id: str) -> None:
    found = [(a.name, a.actor_id) for m in extract(text) for a in m.actors if a.role == Role.INITIATOR]
    assert (initiator, actor_id) in found, found


def test_a_struck_capital_stays_a_place(extract: Extract) -> None:
    found = [a.actor_id for m in extract("Russian missiles struck Kyiv overnight.") for a in m.actors
             if a.role == Role.TARGET]
    assert found and "ua-government" not in found, found


@pytest.mark.parametrize(("headline", "place"), [
    ("Border Town Ambush Leaves Three Soldiers Dead", "Border Town"),
    ("Northern Market Bombing Kills Eight Traders", "Northern Market"),
])
def test_a_title_case_headline_names_no_doer_by_its_capitals(extract: Extract, headline: str, place: str) -> None:
    events = extract(headline)
    assert events and place not in names(events, Role.INITIATOR), events


def all_names(events: list[EventMention], role: Role) -> list[str]:
    return [a.name for m in events for a in m.actors if a.role == role]


@pytest.mark.parametrize(("sentence", "trigger", "victim"), [
    ("One guard died and five others were severely injured.", "injured", "guard"),
    ("Two porters perished and three were hurt in the ambush.", "hurt", "porters"),
    ("Hundreds of Kordani soldiers ‘captured’ in chaotic withdrawal from river town", "captured", "Hundreds"),
    ("Two journalists ‘detained’ at border crossing", "detained", "journalists"),
])
def test_who_a_verb_happens_to_is_never_its_doer(sentence: str, trigger: str, victim: str) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == trigger)
    doers = [s.head.text for s in trigger_slots(token) if s.name in ("subj", "agent", "poss", "mod")]
    assert victim not in doers, doers


def test_a_perfect_verb_keeps_its_subject_as_doer(extract: Extract) -> None:
    events = extract("Rebels have seized the town of Kessa after days of fighting, residents said.")
    assert any("Rebels" in name for name in all_names(events, Role.INITIATOR)), events


@pytest.mark.parametrize(("text", "person"), [
    ("Kolvan's arrest on Tuesday set off protests across the capital, Varn.", "Kolvan"),
    ("Supporters gathered outside the court after the journalist Mira Osei's abduction in Dorva.", "Mira Osei"),
])
def test_the_possessor_of_an_arrest_is_who_was_arrested(extract: Extract, text: str, person: str) -> None:
    events = extract(text)
    assert not any(person in name for name in all_names(events, Role.INITIATOR)), events


def test_the_possessor_of_an_arrest_of_someone_made_it(extract: Extract) -> None:
    events = extract("The army's arrest of opposition leader Kolvan in Varn drew wide condemnation on Friday.")
    assert any("army" in name for name in all_names(events, Role.INITIATOR)), events



@pytest.mark.parametrize("text", [
    "Thousands joined anti-government protests in Varn on Sunday.",
    "Pro-European protests continue in Kessa for a ninth night.",
])
def test_a_stance_word_is_no_doer(extract: Extract, text: str) -> None:
    """Only the crowd the protest implies (``extract.implied_actors``) does it, never the stance word."""
    events = extract(text)
    named = [a.name for m in events for a in m.actors if a.role == Role.INITIATOR and a.review_flag != IMPLIED_FLAG]
    assert events and not named, events


def test_a_stance_word_stays_in_a_named_doer(extract: Extract) -> None:
    events = extract("A pro-government militia attacked the village of Osso.")
    assert "pro-government militia" in all_names(events, Role.INITIATOR), events


@pytest.mark.parametrize("text", [
    "The port of Varn was recaptured by government troops on Sunday.",
    "The hill town of Kessa was retaken by the army after a week of fighting.",
])
def test_a_retaken_town_is_where_not_whom(extract: Extract, text: str) -> None:
    events = extract(text)
    taken = [m for m in events if m.type == "government_regains_territory"]
    assert taken and not any(a.role == Role.TARGET for m in taken for a in m.actors), events


@pytest.mark.parametrize(("text", "who"), [
    ("Two farmers survived the ambush near Dorva.", "Two farmers"),
    ("Residents hoping to evade air strikes crowded into the hospital.", "Residents"),
    ("Kordan's foreign ministry denounced the bombing of the refinery.", "foreign ministry"),
    ("Aid groups mourned the killing of five nurses in Varn.", "Aid groups"),
])
def test_who_survives_or_condemns_an_event_did_not_do_it(extract: Extract, text: str, who: str) -> None:
    events = extract(text)
    assert any(m.type in VIOLENT_FAMILIES_TYPES for m in events), events
    assert not any(who in name for name in names(events, Role.INITIATOR)), events


def test_who_launches_an_event_did_it(extract: Extract) -> None:
    events = extract("Rebels launched an attack on the army base at Tessa on Friday.")
    assert "Rebels" in names(events, Role.INITIATOR), events


def test_the_police_a_riot_faced_are_its_target(extract: Extract) -> None:
    events = extract("Youths threw stones at riot police in Kessa on Friday.")
    riot = [m for m in events if m.type == "violent_demonstration"]
    assert riot and [a.name for a in riot[0].actors if a.role == Role.TARGET] == ["riot police"], events
    assert names(riot, Role.INITIATOR) == ["Youths"], events


@pytest.mark.parametrize(("sentence", "word", "actor"), [
    ("Kordan's forces launched a string of drone raids on the Varnish capital.", "string", False),
    ("Officers of the Varnish army fired on the crowd.", "Officers", True),
    ("A convoy of the Kordan Liberation Front was ambushed.", "convoy", True),
])
def test_an_actor_is_named_in_its_own_phrase(sentence: str, word: str, actor: bool) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == word)
    assert is_actor_like(token) is actor


@pytest.mark.parametrize(("sentence", "trigger", "doer"), [
    ("On Monday, Kordan launched hundreds of airstrikes in southern Varnia, killing nearly 500 people.",
     "airstrikes", "Kordan"),
    ("The militia carried out dozens of attacks on villages near Osso.", "attacks", "militia"),
    ("The attack was carried out by the Kordan Liberation Front, officials said.", "attack", "Front"),
])
def test_the_verb_of_a_counted_or_passive_event_names_its_doer(sentence: str, trigger: str, doer: str) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == trigger)
    assert doer in [s.head.text for s in trigger_slots(token) if s.name == "subj"]


def test_a_figure_of_events_is_not_their_doer() -> None:
    token = next(t for t in load_nlp()("Kordan launched hundreds of airstrikes on Varnia.") if t.text == "airstrikes")
    assert "hundreds" not in [s.head.text for s in trigger_slots(token)]


@pytest.mark.parametrize(("text", "target"), [
    ("The Kordan Front launched more than 100 rockets toward Varnia on Monday, the military said.", "Varnia"),
    ("Militants fired mortars at an army base near Osso.", "army base"),
])
def test_what_remote_fire_is_aimed_at_is_its_target(extract: Extract, text: str, target: str) -> None:
    assert target in names(extract(text), Role.TARGET)


@pytest.mark.parametrize(("text", "doer"), [
    ("General Amir Khan said 21 train passengers were killed by terrorists before the operation.", "terrorists"),
    ("Two shopkeepers were shot dead by a sniper in Dorva on Tuesday.", "sniper"),
])
def test_any_person_can_be_a_doer(extract: Extract, text: str, doer: str) -> None:
    assert any(doer in name for name in names(extract(text), Role.INITIATOR))


@pytest.mark.parametrize(("sentence", "trigger", "source", "doer"), [
    ("The airstrike, confirmed by Kordani military officials, hit a pharmacy.", "airstrike", "officials", None),
    ("An attack claimed by the Kordan Front killed six.", "attack", None, "Front"),
    ("A landmine planted by Front dissidents killed two soldiers.", "landmine", None, "dissidents"),
])
def test_who_confirms_an_event_is_its_source_not_its_doer(sentence: str, trigger: str, source: str | None,
                                                          doer: str | None) -> None:
    token = next(t for t in load_nlp()(sentence) if t.text == trigger)
    agents = [s.head.text for s in trigger_slots(token) if s.name == "agent"]
    assert source not in agents
    assert doer is None or doer in agents


def test_an_actor_coordinated_with_an_act_is_named_alone(extract: Extract) -> None:
    events = extract("The night brought clashes with riot police and 48 arrests in Varn.")
    found = [a.name for m in events for a in m.actors if a.role == Role.TARGET]
    assert "riot police" in found and not any("arrests" in name for name in found), events


def test_who_was_repelled_after_attacking_did_the_attack(extract: Extract) -> None:
    events = extract("Rebels were repelled by the army after attacking the garrison at Varn.")
    attacks = [m for m in events if m.trigger.text == "attacking"]
    assert attacks and "Rebels" in names(attacks, Role.INITIATOR), events
