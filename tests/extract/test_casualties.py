"""Casualty figures: the victim slot of each casualty word, what never counts, and whose figure it is.

Sentences written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.annotate.nlp import load_nlp
from sitreps.extract.casualties import casualty_counts
from sitreps.models import EventMention


def _figures(mentions: list[EventMention], what: str) -> list[tuple[int | None, int | None]]:
    return [(c.value, c.low) for m in mentions for c in m.counts if c.what == what]


@pytest.mark.parametrize(("text", "killed"), [
    # the subject of "die"; an explicit "one"
    ("One soldier died and four others were wounded when a roadside bomb hit their patrol near Gao on Monday.",
     (1, 1)),
    # several subjects of "lose their lives" add up, definite ones included in a list
    ("Gunmen stormed the village of Kuru on Sunday, and the driver, a teacher and two farmers lost their lives.",
     (4, 4)),
    # a named victim is one
    ("Hassan Diallo, a local councillor, was shot dead by unknown gunmen in Mopti on Friday.", (1, 1)),
    # the "of" phrase of a death noun
    ("Militants attacked a checkpoint in Tillaberi, leading to the deaths of three gendarmes.", (3, 3)),
    # the number scopes over coordinated victims
    ("At least 9 children and young women were killed when shells hit a school in Tawila on Monday.",
     (9, 9)),
    # the active subject of "kill" is the killer, not the victims
    ("Three gunmen killed a police officer in Quetta on Sunday.", (1, 1)),
    # a toll's verb tells its figure
    ("A car bomb exploded at a checkpoint in Mogadishu on Saturday; the death toll has risen to at least 45.",
     (45, 45)),
    # joined verbs share the passive subject, never the killers
    ("Three soldiers were ambushed and killed near Menaka on Monday.", (3, 3)),
    # victims the parse hangs on the opening place ("In Tamale, an elderly farmer"): still one
    ("In Tamale, an elderly farmer, about 60 years old, was killed in a clash between herders and villagers.",
     (1, 1)),
    ("In Rangamati, Karim Uddin, a leader of the farmers' union at Hill Tracts College and a teacher at the "
     "village school, was killed in a clash with police.", (1, 1)),
    # deaths told by the manner of killing
    ("Three farmers were hacked to death by raiders near the village of Dogo on Tuesday.", (3, 3)),
    ("Gunmen burned alive six villagers in Kuru on Sunday, residents said.", (6, 6)),
    ("At least 12 people were burned alive in their shelters when militiamen raided the camp.", (12, 12)),
    # the dead an object complement describes
    ("A car bomb left 14 people dead in the market of Baidoa on Friday.", (14, 14)),
    # a headline drops the article and the auxiliary: the bare noun is one victim
    ("Soldier killed in ambush near Menaka\n\nThe ambush on the road to Anderamboukane happened on Monday, "
     "the army said.", (1, 1)),
    ("Rebels deny commander killed in air strike\n\nThe air strike hit a camp near Kidal on Sunday.", (1, 1)),
    # a participle describing its noun: the noun is the victim
    ("Police found a farmer killed in the raid on Dogo village on Tuesday.", (1, 1)),
    # "since" on another word, a period in the simple past: one incident's toll
    ("It was the deadliest attack since the conflict began, killing 40 people in the market of Kamo.",
     (40, 40)),
    ("Five people were killed in Kamo this week when a shell hit their house, medics said.", (5, 5)),
    # "martyred", as outlets of South Asia and the Middle East tell soldiers' and civilians' deaths
    ("Four soldiers were martyred when militants attacked a checkpoint in North Waziristan on Tuesday, the "
     "army said.", (4, 4)),
    # "several dozen" is at least 36, not "several"
    ("A jet struck a rebel camp near Kidal on Saturday, killing several dozen fighters.", (None, 36)),
])
def test_the_victims_of_a_casualty_word(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


def test_nobody_killed_is_zero(extract: Extract) -> None:
    mentions = extract("Police said nobody was killed when a car bomb exploded outside the ministry on Tuesday.")
    assert _figures(mentions, "killed") == [(0, 0)]


@pytest.mark.parametrize("text", [
    "Gunmen stormed a bus station in Jos on Sunday, killing and injuring 30 people.",
    "Rebels killed and wounded 14 soldiers in an ambush near Beni on Friday.",
])
def test_two_casualty_verbs_sharing_their_victims_are_one_figure(extract: Extract, text: str) -> None:
    mentions = extract(text)
    assert _figures(mentions, "killed") == []
    assert _figures(mentions, "injured") == []
    assert len(_figures(mentions, "casualties")) == 1


def test_each_casualty_verb_with_its_own_victims_keeps_its_figure(extract: Extract) -> None:
    mentions = extract("Shelling hit Kamo on Monday; at least 32 people had been killed and more than 200 "
                       "wounded, officials said.")
    assert _figures(mentions, "killed") == [(32, 32)]
    assert _figures(mentions, "injured") == [(None, 200)]


def test_killed_or_wounded_is_one_figure_of_casualties(extract: Extract) -> None:
    mentions = extract("The army said dozens of rebels had been killed or wounded in fighting near Idlib on Saturday.")
    assert _figures(mentions, "killed") == []
    assert _figures(mentions, "casualties") == [(None, 24)]


@pytest.mark.parametrize("text", [
    # a question, not a number
    "Officials did not say how many people were killed in the shelling of Kharkiv on Monday.",
    # a tally over a series of raids
    "A drone strike hit a wedding in Maro on Sunday, the latest in a series of raids that have claimed 40 lives.",
    # a tally over a war
    "Troops shelled Kamo on Monday; more than 2,000 people have been killed in the war, the UN says.",
    # a tally over a period
    "Militiamen attacked a camp near Bor on Friday; more than 300 people have been killed in the state since January.",
    # a tally from a starting point, or up to now over a period
    "A shell hit a clinic in Kamo on Monday; more than 4,000 people have been killed in the region since "
    "the fighting began.",
    "Gunmen raided a market in Dara on Friday; nearly 500 civilians have been killed in the province this "
    "year, the UN said.",
    # the killers of a joined "killed" are no victims
    "Three gunmen stormed the village of Dara on Sunday and killed before fleeing into the forest.",
    # a unit's number
    "Clashes erupted in Tripoli on Monday, and 444 Brigade fighters were killed, residents said.",
    # a sentence to death is no killing; burning cars kills nobody
    "A military court in Gao sentenced three rebels to death on Monday.",
    "Rioters burned 12 cars and a police post in Sarn overnight.",
    # a hyphenated measure
    "A mortar round hit a two-storey house in Kadugli on Sunday, officials said.",
    # another incident: the place where someone was killed before
    "In Saint-Rive, the town where a student was killed last week, protesters torched cars on Thursday.",
    # another incident: what the clashes followed
    "Clashes broke out in the capital late on Monday after the killing of a militia commander.",
    # another incident: what a protest is about
    "Hundreds of students rioted in Sarn on Friday over the death of a classmate in police custody.",
])
def test_what_is_never_the_incidents_death_toll(extract: Extract, text: str) -> None:
    # a killing told as its own event keeps its own figure; no other event may take it
    figures = [f for m in extract(text) if "kill" not in m.trigger.text.lower() for f in _figures([m], "killed")]
    assert figures == [], figures


@pytest.mark.parametrize("text", [
    "Militiamen burned houses in the village of Loda on Thursday. More than 300 civilians have been killed in "
    "the province this year.",
    "The insurgency has killed 4,000 soldiers since 2019, the defence ministry in Maiduguri said.",
    "Gunmen raided a market in Dara on Friday; nearly 500 civilians have been killed in the province this "
    "year, the UN said.",
    "At least 2,000 people have been killed across the country in recent months, a monitoring group said.",
])
def test_a_tally_told_as_a_killing_is_no_toll_of_that_killing(extract: Extract, text: str) -> None:
    """A tally over a war or a period told by the killing verb itself ("300 civilians have been killed in
    the province this year") is no incident: the verb's victims are counted as persons, never deaths."""
    assert _figures(extract(text), "killed") == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Gunmen killed 12 villagers in Kuru on Sunday, residents said.", (12, 12)),
    # a present perfect with no period is one incident's news
    ("Soldiers have killed 15 militants in an operation near Buni Yadi, the army said on Monday.", (15, 15)),
    ("The strike on the market in Kamo killed nine people, the first deaths in the town since the truce.",
     (9, 9)),
])
def test_an_incidents_killing_keeps_its_own_figure(extract: Extract, text: str, killed: tuple[int, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


def test_the_figure_goes_to_the_trigger_whose_clause_tells_it(extract: Extract) -> None:
    mentions = extract("The war has killed more than 14,000 people since 2020, and on Monday an airstrike hit "
                       "a market in Kabo, killing seven.")
    by_trigger = {m.trigger.text: _figures([m], "killed") for m in mentions}
    assert [f for f in by_trigger.values() if f] == [[(7, 7)]]
    assert by_trigger.get("airstrike") == [(7, 7)]


@pytest.mark.parametrize(("text", "killed"), [
    # a person's body, whoever finds it
    ("Rescuers pulled the bodies of six children from the rubble after an airstrike hit the school in Idlib "
     "on Tuesday.", (6, 6)),
    ("The bodies of three soldiers were found near Kidal on Sunday, a day after jihadists ambushed their patrol.",
     (3, 3)),
    # bodies a verb of finding takes
    ("Police recovered 14 bodies from a mass grave near Tula after gunmen attacked the village last week.",
     (14, 14)),
])
def test_bodies_found_are_deaths(extract: Extract, text: str, killed: tuple[int, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize("text", [
    # bodies that are institutions, and the body of a convoy
    "Gunmen attacked a market in Kano on Monday, and the two bodies that oversee security blamed each other.",
    "Militants ambushed the main body of the convoy near Bama on Friday, the army said.",
])
def test_bodies_of_no_person_are_no_deaths(extract: Extract, text: str) -> None:
    assert _figures(extract(text), "killed") == []


@pytest.mark.parametrize("text", [
    # a present-perfect tally told through a reporting verb ("have been reported killed ... so far")
    "So far, four people have been reported killed in the clashes, with incidents in three cities.",
    "Eleven people have been confirmed dead so far after the riots spread to the port, police said.",
    # a tally over the days before
    "The army said dozens of its soldiers were killed in battles with the rebels near Hama over the previous "
    "few days.",
    "Air strikes on the province killed 40 people in the past 24 hours, the health ministry said.",
])
def test_tallies_told_through_a_verb_or_over_days_are_no_toll(extract: Extract, text: str) -> None:
    assert _figures(extract(text), "killed") == []


@pytest.mark.parametrize(("text", "killed"), [
    # the same words, one incident: a simple past, a perfect without a period
    ("Four people were reported killed in the clashes in the port city on Monday.", (4, 4)),
    ("Twelve soldiers have been reported killed in the ambush near Kidal, the army said.", (12, 12)),
])
def test_one_incidents_toll_told_through_a_verb_stays(extract: Extract, text: str, killed: tuple[int, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


def test_bodies_received_with_the_wounded_are_the_dead_alone(extract: Extract) -> None:
    mentions = extract("A drone struck a bus station in Dara on Wednesday, and the town hospital received 12 bodies "
                       "and more than 30 wounded.")
    assert _figures(mentions, "killed") == [(12, 12)]


@pytest.mark.parametrize("text", [
    "A mob lynched three men suspected of stealing goats near Jos on Friday, police said.",
    "Villagers beat to death two suspected cattle thieves in Kaduna on Sunday, police said.",
    "The army said in a statement that seven soldiers had been killed in the ambush near Gao.",
])
def test_the_victims_of_a_toll_are_not_counted_twice(extract: Extract, text: str) -> None:
    counts = [c for m in extract(text) for c in m.counts]
    assert [c.what for c in counts] == ["killed"], [(c.what, c.value) for c in counts]


def test_the_attackers_head_count_stays_beside_the_toll(extract: Extract) -> None:
    counts = [(c.what, c.value) for m in extract("Some 300 fighters attacked the army base at Tessit on Sunday, "
                                                 "killing 12 soldiers.") for c in m.counts]
    assert sorted(counts) == [("killed", 12), ("persons", 300)]


@pytest.mark.parametrize(("text", "owner", "other"), [
    ("Soldiers killed five rebels in an ambush near Beni on Sunday and captured two of their commanders.",
     "ambush", "captured"),
    ("Marines killed eight pirates in a gunfight off the coast of Eyl and seized their skiff.", "gunfight", "seized"),
    ("Rebels killed 14 soldiers in an attack on a base near Djibo and captured the town of Arbinda.",
     "attack", "captured"),
])
def test_the_toll_goes_to_the_incident_not_to_an_act_joined_after_it(extract: Extract, text: str, owner: str,
                                                                      other: str) -> None:
    # the joined act is a mention of its own without the toll, or a part of the incident folded into it
    # (commanders captured in the ambush: a battle part, round 12c)
    by_trigger = {m.trigger.text: _figures([m], "killed") for m in extract(text)}
    assert by_trigger[owner] and not by_trigger.get(other), by_trigger


@pytest.mark.parametrize(("text", "owner"), [
    # the killing joined to the act that is the incident, and a toll in the clause of its incident
    ("Gunmen stormed the village of Dara on Sunday and killed 12 people.", "killed"),
    # the fight for the town is the capture (round 20, extract.fight_for_ground): one incident holds the toll
    ("Troops captured the town of Kamo on Monday after fighting that killed 20 fighters.", "captured"),
])
def test_a_toll_told_with_its_own_incident_stays_there(extract: Extract, text: str, owner: str) -> None:
    by_trigger = {m.trigger.text: _figures([m], "killed") for m in extract(text)}
    assert [t for t, f in by_trigger.items() if f] == [owner], by_trigger


def test_a_raid_takes_the_toll_told_with_it(extract: Extract) -> None:
    by_trigger = {m.trigger.text: _figures([m], "killed") for m in extract(
        "Iraqi special forces killed an Islamic State commander and three aides in a night raid in the hills and "
        "captured two suspects.")}
    assert by_trigger.get("raid") == [(4, 4)] and not by_trigger.get("captured"), by_trigger


@pytest.mark.parametrize(("text", "what", "value"), [
    # headline grammar the parser reads as a noun phrase ("... bus stop wounds 38")
    ("Grenade attack at Bujumbura bus stop wounds 38", "injured", 38),
    ("Bomb blast at Maiduguri cattle market wounds 21", "injured", 21),
    ("Car bomb at Baghdad army checkpoint wounds 30", "injured", 30),
])
def test_a_headlines_casualty_noun_takes_the_number_after_it(extract: Extract, text: str, what: str,
                                                             value: int) -> None:
    assert _figures(extract(text), what) == [(value, value)]


@pytest.mark.parametrize("text", [
    # the same words in prose, or a number that counts another noun
    "Doctors treated the wounds 38 patients suffered in the blast at the Bujumbura bus stop.",
    "Deaths 12 years on: families of the Beslan victims gather at the school",
])
def test_a_number_after_a_casualty_noun_outside_headline_grammar_is_none(text: str) -> None:
    doc = load_nlp()(text)
    assert [c.value for s in doc.sents for _, c in casualty_counts(s, text)] == []


@pytest.mark.parametrize(("text", "killed"), [
    # a qualifier before "a dozen", "a hundred" keeps the figure a lower bound
    ("More than a dozen people were killed when a bomb tore through a bus station in Quetta on Sunday.",
     (None, 12)),
    ("Militiamen raided the camp at Kalma on Friday, killing over a hundred displaced people, aid workers said.",
     (None, 100)),
    # near miss: "a dozen" alone is twelve
    ("A dozen soldiers were killed in an ambush near Menaka on Monday.", (12, 12)),
])
def test_qualified_multiples(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # a toll a verb puts at, raises or revises to a figure
    ("A suicide bomber struck a mosque in Peshawar on Friday; hospital officials put the death toll at 27.",
     (27, 27)),
    ("Rebels shelled the market in Kamo on Tuesday, and the governor later revised the toll to 14.", (14, 14)),
    # a group counted by its "of" phrase: "a family of six" is six, not one
    ("An air strike on a house in Rafah on Tuesday killed a family of six, medics said.", (6, 6)),
    ("Gunmen killed a group of 12 farmers near Bokkos on Saturday, police said.", (12, 12)),
    # near miss: "a mother of three" is one woman
    ("Gunmen shot dead a mother of three in her home in Jos on Sunday, police said.", (1, 1)),
])
def test_tolls_as_objects_and_counted_groups(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # "dead" hung on the verb before its object: the object is the dead
    ("Gunmen shot dead a farmer in his home near Jos on Sunday, police said.", (1, 1)),
    ("Unknown assailants shot dead two traders at a market in Mubi on Friday.", (2, 2)),
])
def test_shot_dead_counts_the_object(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # a list of some of the dead tells a lower bound of the toll
    ("Gunmen attacked a village in Zamfara state on Sunday. The dead included four children, police said.",
     (None, 4)),
    ("Rebels shelled the town of Kamo on Tuesday. Among the dead were three aid workers.", (None, 3)),
])
def test_some_of_the_dead_is_a_lower_bound(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


def test_the_toll_wins_over_some_of_the_dead(extract: Extract) -> None:
    """Near miss: with the toll told, the partial list backs it and the row keeps the toll."""
    mentions = extract("An air strike hit a market in Idlib on Monday, killing 12 people. Among the dead were "
                       "three children.")
    assert (12, 12) in _figures(mentions, "killed")


@pytest.mark.parametrize(("text", "killed"), [
    # a reflexive victim is the attacker himself, one more dead
    ("A suicide bomber killed himself and seven others at a checkpoint in Mogadishu on Monday.", (8, 8)),
    ("A gunman killed three worshippers and himself at a mosque in Kano on Friday, police said.", (4, 4)),
])
def test_a_reflexive_victim_is_one(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # victims of an untold number make the figure a lower bound
    ("Five soldiers and an unknown number of militants were killed in clashes near Palma on Tuesday.", (None, 5)),
    ("Two policemen and an undisclosed number of attackers died in the gunfight in Bannu on Sunday.", (None, 2)),
])
def test_an_untold_number_makes_a_lower_bound(extract: Extract, text: str, killed: tuple[int | None, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize("text", [
    # "no casualties" tells that nobody died
    "No casualties were reported after rebels shelled the town of Kamo on Monday.",
    "Militants fired rockets at the base near Kidal on Sunday but caused no casualties, the army said.",
])
def test_no_casualties_is_no_death(extract: Extract, text: str) -> None:
    assert _figures(extract(text), "killed") == [(0, 0)]


@pytest.mark.parametrize("text", [
    # near misses: casualties of no stated number, or counted, are not deaths
    "Rebels shelled the town of Kamo on Monday, causing heavy casualties.",
    "Rebels shelled the town of Kamo on Monday, causing dozens of casualties.",
])
def test_casualties_are_not_deaths(extract: Extract, text: str) -> None:
    assert _figures(extract(text), "killed") == []


@pytest.mark.parametrize(("text", "killed"), [
    # the dead of both sides, subjects of "die": the conjunct just before the verb is a victim too
    ("Nine soldiers and 14 rebels died in a firefight near the border town of Kamsar on Tuesday, the regional "
     "government said.", (23, 23)),
    ("A nurse and four children died when a barrel bomb hit a clinic in the market town of Dabbat on Saturday, "
     "medics said.", (5, 5)),
    ("Four policemen and two militiamen perished when fighters overran a checkpoint outside Lokori on Thursday.",
     (6, 6)),
    ("Three villagers and a priest were killed when gunmen raided the hamlet of Ntoro overnight, police said.",
     (4, 4)),
])
def test_victims_of_both_sides_joined_before_the_verb_add_up(extract: Extract, text: str,
                                                             killed: tuple[int, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]


@pytest.mark.parametrize(("text", "killed"), [
    # a conjunct followed by a casualty word of its own tells that word's figure, not this one's
    ("Mortar rounds hit the camp at Dabbat; 11 people died and 40 wounded were taken to hospital.", (11, 11)),
    ("A suicide bomber struck a wedding in Jalalabad, leaving 16 dead and 52 injured, officials said.", (16, 16)),
    ("Shelling hit Kamo on Monday; at least 32 people had been killed and more than 200 wounded, officials said.",
     (32, 32)),
])
def test_a_conjunct_with_its_own_casualty_word_keeps_its_figure(extract: Extract, text: str,
                                                                 killed: tuple[int, int]) -> None:
    assert _figures(extract(text), "killed") == [killed]
