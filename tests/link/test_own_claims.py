"""A party's claim of its own act gives its event the modality alleged (ACLED's "claimed"), while the
mention keeps "reported"; any other report of the act keeps the event reported. Fiction written for
these tests, of several conflicts."""

from __future__ import annotations

import pytest
from processed import mentions_of

from sitreps.link.consensus import build_fields
from sitreps.link.contributions import Contribution, contributions_of, contributions_of_event
from sitreps.link.own_claims import claims_own_act
from sitreps.models import Event, EventMention, MentionRef, Modality

OWN_CLAIMS = [
    ("The Sudanese army said on Sunday that it had killed 40 fighters of the Rapid Support Forces in clashes "
     "near El Fasher.", "clashes"),
    ("Al-Shabaab said its fighters ambushed a Somali army convoy near Jowhar on Monday, killing 12 soldiers.",
     "ambushed"),
    ("JNIM said in a statement that it attacked a military post in Boulkessi on Saturday and killed 25 soldiers.",
     "attacked"),
    ("Israel's military said it struck a Hezbollah weapons depot in the southern Lebanese town of Nabatieh "
     "overnight.", "struck"),
]
NOT_OWN = [
    # the other side's act, told by a party
    ("Ukraine's military said Russian forces shelled Kherson overnight, killing two people.", "shelled"),
    # a police report of gunmen's attack
    ("Police said gunmen attacked a bus carrying miners near Beni on Tuesday, killing seven passengers.", "attacked"),
    # the speaker suffered the act
    ("The Nigerien army said it was attacked by militants at a checkpoint near Diffa on Sunday.", "attacked"),
    # the speaker's side repelled another's attack: the attack is the rebels'
    ("The ministry said its forces repelled an attack by rebels on the base in Goma.", "attack"),
]


def _mention(text: str, trigger: str) -> EventMention:
    return next(m for m in mentions_of(text) if m.trigger.text == trigger)


@pytest.mark.parametrize(("text", "trigger"), OWN_CLAIMS)
def test_a_party_telling_its_own_act_claims_it(text: str, trigger: str) -> None:
    mention = _mention(text, trigger)
    assert mention.modality is Modality.REPORTED  # the sentence's modality: the project gold codes it so
    assert claims_own_act(mention)


@pytest.mark.parametrize(("text", "trigger"), NOT_OWN)
def test_a_party_telling_another_act_claims_nothing(text: str, trigger: str) -> None:
    assert not any(claims_own_act(m) for m in mentions_of(text) if m.trigger.text == trigger)


def test_a_claim_confirmed_by_residents_stays_reported() -> None:
    text = ("Fighters of the Arakan Army overran a police outpost in Maungdaw on Sunday, residents said. "
            "The Arakan Army said it had captured the outpost.")
    (told,) = mentions_of(text)  # one incident, told by residents and claimed by its doer
    assert not claims_own_act(told)
    assert _fields([told])["modality"] == Modality.REPORTED.value


def test_the_event_of_a_claim_alone_is_alleged_and_of_a_confirmed_claim_reported() -> None:
    claimed = _mention(OWN_CLAIMS[3][0], "struck")
    (told,) = mentions_of("An Israeli air strike hit a weapons depot in Nabatieh overnight, residents said.")
    assert _fields([claimed])["modality"] == Modality.ALLEGED.value
    assert _fields([claimed, told])["modality"] == Modality.REPORTED.value
    assert _fields([told, claimed])["modality"] == Modality.REPORTED.value


def _fields(mentions: list[EventMention]) -> dict[str, object]:
    """The consensus of one event made of ``mentions`` (all of one article)."""
    contributions: list[Contribution] = [c for m in mentions for c in contributions_of(m)]
    refs = {m.id: MentionRef(mention_id=m.id, document_id="d", originator="d", outlet="Wire",
                          published_at="2025-03-04")
            for m in mentions}
    return {f.field: f.value for f in build_fields(contributions, refs)}


# Round 12: own acts told with no initiator that names the speaker (fiction of several conflicts).
UNNAMED_OWN_CLAIMS = [
    # an act with no doer whose victims are the speaker's armed foes
    ("Nigeria's army said on Tuesday that 35 Boko Haram fighters were killed during an operation in the "
     "Sambisa forest.", "killed"),
    ("Pakistan's military said eight militants were killed in an intelligence-based operation in North "
     "Waziristan on Sunday.", "killed"),
    ("The Burkinabe army said 27 terrorists were neutralised in air strikes near Djibo on Thursday.", "air strikes"),
    # the speaker's possessive on the act or on its means
    ("Colombia's defence ministry said its bombing of a dissident camp in Guaviare killed 12 rebels on Monday.",
     "bombing"),
    ("Turkey's defence ministry said its jets destroyed 14 PKK targets in northern Iraq overnight.", "destroyed"),
]
UNNAMED_NOT_OWN = [
    # civilians killed by bandits, told by the police: reported
    ("Kenyan police said six civilians were killed when bandits attacked a village in Marsabit county on Sunday.",
     "attacked"),
    # the speaker's own losses
    ("The Malian army said 11 soldiers were killed when militants ambushed a convoy near Gao on Tuesday.",
     "ambushed"),
    ("The Rapid Support Forces said 20 of their fighters were killed in clashes near Omdurman on Friday.",
     "clashes"),
    # foes killed, told by witnesses or a monitor: no party speaks
    ("Residents said at least 12 insurgents were killed in air strikes on a village near Kunduz on Friday.",
     "air strikes"),
    ("The United Nations said 30 fighters were killed in clashes in the south of Tripoli on Sunday.", "clashes"),
]


@pytest.mark.parametrize(("text", "trigger"), UNNAMED_OWN_CLAIMS)
def test_a_party_telling_its_act_without_naming_itself_claims_it(text: str, trigger: str) -> None:
    mention = _mention(text, trigger)
    assert mention.modality is Modality.REPORTED
    assert claims_own_act(mention)


@pytest.mark.parametrize(("text", "trigger"), UNNAMED_NOT_OWN)
def test_losses_and_independent_tellings_claim_nothing(text: str, trigger: str) -> None:
    assert not claims_own_act(_mention(text, trigger))


def test_a_claim_of_responsibility_in_another_sentence_claims_an_attack_by_unnamed_gunmen() -> None:
    text = ("Gunmen stormed a hotel in Quetta on Friday night, killing four guards, officials said. "
            "The Baloch Liberation Army claimed the attack in a message to reporters.")
    (told,) = [m for m in mentions_of(text) if m.type != "claim_responsibility"]
    assert claims_own_act(told)
    assert _fields([told])["modality"] == Modality.ALLEGED.value


def test_a_claim_of_responsibility_leaves_an_act_of_a_named_doer_reported() -> None:
    text = ("Security forces killed 16 hijackers at a railway station in Bolan on Wednesday, officials said. "
            "The Baloch Liberation Army claimed the attack on the train in a statement.")
    assert not claims_own_act(_mention(text, "killed"))


OWN_FORCES = [
    ("Turkey's defence ministry said Turkish jets struck 29 PKK targets in northern Iraq overnight.", "struck"),
    ("Egypt's army said Egyptian forces raided a militant hideout in North Sinai on Monday, killing 12 gunmen.",
     "killing"),
    ("Israel's military said Israeli aircraft hit a Hamas command centre in Khan Younis on Tuesday.", "hit"),
]
OTHER_FORCES = [
    ("Sudan's army said the Rapid Support Forces shelled El Obeid on Sunday, killing five civilians.", "shelled"),
    ("Azerbaijan's defence ministry said Armenian forces shelled its positions in Kalbajar overnight.", "shelled"),
]


@pytest.mark.parametrize(("text", "trigger"), OWN_FORCES)
def test_a_state_telling_what_its_forces_did_claims_it(text: str, trigger: str) -> None:
    assert claims_own_act(_mention(text, trigger))


@pytest.mark.parametrize(("text", "trigger"), OTHER_FORCES)
def test_a_state_telling_what_the_other_side_did_claims_nothing(text: str, trigger: str) -> None:
    assert not claims_own_act(_mention(text, trigger))


def test_losses_on_both_sides_told_by_a_party_claim_nothing() -> None:
    text = ("Nine soldiers and 14 rebels died in a firefight near the border town of Moyale on Tuesday, "
            "the regional government said.")
    assert not claims_own_act(_mention(text, "firefight"))


def test_an_unnamed_spokesman_quoting_his_side_claims_its_act() -> None:
    text = '"We repelled the attack and killed 15 terrorists," an army spokesman in Ouagadougou said on Wednesday.'
    assert claims_own_act(_mention(text, "repelled"))


@pytest.mark.parametrize(("text", "trigger"), [
    # the spokesman's side suffered the act
    ('"Our base was shelled by the rebels at dawn," a military spokesman in Goma said on Monday.', "shelled"),
    # an unnamed official is a source, not a party's voice
    ("Twenty militants were killed in an operation in Kunar on Sunday, an official said.", "killed"),
])
def test_an_unnamed_voice_telling_another_act_or_an_unnamed_official_claims_nothing(text: str, trigger: str) -> None:
    assert not claims_own_act(_mention(text, trigger))


def test_a_claim_of_responsibility_that_names_the_doer_claims_the_bombing() -> None:
    text = ("A car bomb exploded near a market in Baidoa on Sunday, killing eight people. "
            "Al-Shabaab claimed responsibility for the attack.")
    assert claims_own_act(_mention(text, "car bomb"))


def test_a_claimed_attack_whose_named_fighters_residents_saw_stays_reported() -> None:
    text = ("Al-Shabaab fighters stormed an army base in Bulo Burde on Sunday, killing nine soldiers, "
            "residents said. Al-Shabaab claimed the attack in a statement.")
    assert not claims_own_act(_mention(text, "killing"))


# Round 13: the party's claim told again by a headline or by "the group", across the sentences of one
# incident (``EventMention.tellers``); any other teller keeps the act reported. Fiction of several conflicts.
TOLD_AGAIN = [
    ("ELN says it bombed oil pipeline in Arauca\n\nBOGOTA - ELN guerrillas bombed the Cano Limon-Covenas oil "
     "pipeline in Arauca province on Sunday, the rebel group said in a statement.", "bombed"),
    ("Al-Shabaab says it overran base\n\nMOGADISHU - Al-Shabaab fighters overran a Somali army base near "
     "Awdheegle on Friday, the militant group said.", "overran"),
    ("Islamic State claims attack on Syrian army checkpoint\n\nBEIRUT - Islamic State militants attacked a "
     "Syrian army checkpoint near Palmyra on Tuesday, killing nine soldiers, the group said in a statement.",
     "attacked"),
    # the party's unnamed spokesman; a description with a name inside it ("al Qaeda-linked")
    ("Sudanese army says it retook bridge in Khartoum\n\nKHARTOUM - The Sudanese army recaptured a key bridge in "
     "central Khartoum from the Rapid Support Forces on Friday, an army spokesman said.", "recaptured"),
    ("JNIM says it overran army post near Djibo\n\nOUAGADOUGOU - JNIM fighters overran an army post near Djibo "
     "on Sunday, the al Qaeda-linked group said in a statement.", "overran"),
    # a claim of responsibility in the act's own sentence, under a headline in the writer's voice
    ("Houthis claim attack on tanker\n\nSANAA - Yemen's Houthis claimed responsibility on Tuesday for a missile "
     "attack on a Greek-owned oil tanker in the Red Sea.", "attack"),
]
TOLD_BY_OTHERS = [
    # the other side speaks of the same assault
    ("Army says it killed 30 rebels near Beni\n\nKINSHASA - Congolese troops killed 30 ADF rebels in an assault "
     "on their camp near Beni on Friday, the army said. The rebels said they had lost only three fighters in "
     "the assault.", "killed"),
    # a monitor tells the claimed attack too
    ("Islamic State claims attack on Syrian checkpoint\n\nBEIRUT - Islamic State militants attacked a Syrian army "
     "checkpoint near Palmyra on Tuesday, the group said. The Syrian Observatory for Human Rights said nine "
     "soldiers were killed in the attack.", "attacked"),
    # another party's spokesman
    ("Army says it killed 30 rebels near Beni\n\nKINSHASA - Congolese troops killed 30 ADF rebels in an assault "
     "on their camp near Beni on Friday, the army said. A rebel spokesman said they had lost only three "
     "fighters in the assault.", "killed"),
    # residents and hospital staff tell it, the doer's statement only adds its aim
    ("Rebels shell Goma suburb, killing five\n\nGOMA - Rebels shelled a suburb of Goma on Monday, killing five "
     "civilians, residents and hospital staff said.\n\nM23 said it had targeted army positions.", "shelled"),
]


def _incident_holding(text: str, word: str) -> EventMention:
    start = text.find(word)
    return next(m for m in mentions_of(text) if any(s.start <= start < s.end for s in (m.trigger, *m.retellings)))


@pytest.mark.parametrize(("text", "word"), TOLD_AGAIN)
def test_a_claim_told_again_by_its_headline_or_as_the_group_stays_claimed(text: str, word: str) -> None:
    incident = _incident_holding(text, word)
    assert len(incident.tellers) >= 2  # merged from the headline and the body
    assert claims_own_act(incident)
    assert _fields([incident])["modality"] == Modality.ALLEGED.value


@pytest.mark.parametrize(("text", "word"), TOLD_BY_OTHERS)
def test_a_claim_another_source_also_tells_is_reported(text: str, word: str) -> None:
    incident = _incident_holding(text, word)
    assert not claims_own_act(incident)
    assert _fields([incident])["modality"] == Modality.REPORTED.value


def test_a_merged_incident_keeps_the_source_of_each_sentence() -> None:
    text = TOLD_BY_OTHERS[1][0]
    incident = _incident_holding(text, "attacked")
    sources = [t.source for t in incident.tellers]
    assert sources[0] == "Islamic State" and "The Syrian Observatory for Human Rights" in sources
    assert all(text[e.start:e.end] == e.text for t in incident.tellers for e in t.evidence)


def test_a_stored_event_taken_apart_keeps_its_own_claim_ranked_after_a_report() -> None:
    # Linking a new article into stored events (or a reviewer's merge) rebuilds them from their candidates:
    # the claim must still rank after another outlet's report of the act, and stay the value of its own.
    claimed = _mention(OWN_CLAIMS[3][0], "struck")
    (told,) = mentions_of("An Israeli air strike hit a weapons depot in Nabatieh overnight, residents said.")
    refs = {m.id: MentionRef(mention_id=m.id, document_id=m.id, originator=m.id, outlet=f"Outlet {m.id}",
                             published_at="2025-03-04") for m in (claimed, told)}
    alone = build_fields(contributions_of(claimed), {claimed.id: refs[claimed.id]})
    stored = Event(id="ev_claim", type=claimed.type, acled=None, plover=None, cameo=None, fields=alone,
                   mentions=[refs[claimed.id]], n_documents=1, n_outlets=1, n_originators=1)
    reread = contributions_of_event(stored)
    assert any(c.own_claim for c in reread)
    joined = {f.field: f.value for f in build_fields([*reread, *contributions_of(told)], refs)}
    assert joined["modality"] == Modality.REPORTED.value
