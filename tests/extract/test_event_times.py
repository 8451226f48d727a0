"""Which time an event mention takes: its own, its sentence's, its lead's, else before publication (fiction)."""

from __future__ import annotations

import pytest

from sitreps import pipeline
from sitreps.annotate.nlp import load_nlp
from sitreps.extract.time_clauses import sequence_offset
from sitreps.extract.times import BEFORE_PUBLICATION_NOTE, ONGOING_NOTE, UNPUBLISHED_PAST_NOTE
from sitreps.ingest import document_id
from sitreps.models import DatePrecision, Document, DocumentStatus, EventMention

PUBLISHED = "2024-05-03"  # a Friday
UNDATED_TEXTS = ("undated", "unpublished")  # articles with no publication date

SENTENCE = ("Curfew extended in northern town\n\n"
            "More than 30 villagers were killed in an attack by gunmen on a market near Kidal on Monday, "
            "a local official said.")
LEAD = ("Gunmen seize bus on desert highway\n\n"
        "Armed men stopped a bus near Gao and took 40 passengers hostage. The assault began on Tuesday "
        "afternoon, a regional governor said.\n\n"
        "Separately, soldiers arrested two smugglers in Menaka.")
SPOKEN = ("Rocket kills 12 children on football pitch on Saturday\n\n"
          "The militia denied on Wednesday that its fighters fired the rocket that killed 12 children "
          "in the border town.")
AGE = ("Police shoot protester\n\n"
       "A 17-year-old protester was shot dead by police in the port city on Thursday, his family said.")
REPORTED = ("Militia fighters raid displacement camp\n\n"
            "Militia fighters raided a camp for displaced people in the east of the province, killing "
            "at least nine people, aid workers said.\n\n"
            "Separately, police arrested three traders in the provincial capital.")
SEQUENCED = ("Troops surround minister's residence\n\n"
             "Troops surrounded the residence of the defence minister in the capital. The deployment "
             "came after fighters loyal to him overran an army base in the north.")
UNDATED = ("Soldiers surround vice president's home\n\n"
           "JUBA (Wire) - Soldiers surrounded the residence of the vice president in Juba on Wednesday, "
           "March 5, 2025.\n\n"
           "His deputy was arrested on Tuesday in connection with clashes in the north.")
ANAPHORIC = ("Navy downs drone off the coast\n\n"
             "Port authorities reopened the harbour after a week of closures.\n\n"
             "Meanwhile Wednesday, the navy said its patrol boat shot down an armed drone that morning "
             "off the northern coast.")
NOUN = ("Unrest spreads in farming district\n\n"
        "In the north, one man was killed in clashes between herders and farmers near the river.")
PARAGRAPH = ("Tension rises on northern border\n\n"
             "Villagers along the northern border have moved their herds south.\n\n"
             "Militants fired 40 rockets at border towns on Tuesday, the army said. Most of the rockets "
             "were intercepted, but a warehouse was set on fire.\n\n"
             "In a separate incident, gunmen shot dead two shepherds near the fence.")
AFTERMATH = ("Market toll rises\n\n"
             "Farmers returned to their fields after the rains.\n\n"
             "The regional health office raised the death toll from the shelling of the market to 24 on "
             "Thursday.")
COMPLEMENT = ("Governor speaks on convoy\n\n"
              "Traffic resumed on the main road north of the city.\n\n"
              "The governor confirmed on Thursday that the attack on the convoy killed nine soldiers.")
FOLLOWING = ("Soldiers surround minister's home\n\n"
             "Rain fell across the region overnight.\n\n"
             "Soldiers surrounded the home of the defence minister on Wednesday following the arrest of "
             "two of his aides.")
ONGOING = ("Fighting rages in the hills\n\n"
           "Rain fell across the region overnight.\n\n"
           "Fierce fighting is raging in the hills north of the town, residents said.")
INVOLVED = ("General speaks on train siege\n\n"
            "Traffic resumed on the main road north of the city.\n\n"
            "The general confirmed on Wednesday that all 20 gunmen involved in the attack on the train "
            "had been killed.")
REACTION = ("Envoy condemns village killings\n\n"
            "Traffic resumed on the main road north of the city.\n\n"
            "The envoy on Tuesday condemned the massacre of 12 villagers in the hills.")
PARTICIPLE = ("Opposition leader held\n\n"
              "Rain fell across the region overnight.\n\n"
              "An opposition leader was arrested after taking part in a rally in the port city.")
UNPUBLISHED = ("Gunmen raid river depot\n\n"
               "Police on Sunday, June 8, 2025, reopened the road to the river depot.\n\n"
               "Gunmen looted the fuel store and burned two lorries, a watchman said. Talks will resume in July.")
LATER = ("Villagers flee hill raids\n\n"
         "Rain fell across the region overnight.\n\n"
         "Gunmen on motorbikes killed seven farmers near the village on Sunday, residents said. Soldiers "
         "detained several young men in the village two days later.\n\n"
         "A week later, troops arrested a local chief in the market.")
PREVIOUS = ("Convoy ambushed on northern highway\n\n"
            "Rain fell across the region overnight.\n\n"
            "Police said on Wednesday that gunmen had ambushed a fuel convoy on the northern highway "
            "the previous day, killing two drivers.")
RETOLD = ("Troops surround minister's home\n\n"
          "Troops surrounded the home of the interior minister in the capital on Wednesday following the arrest "
          "of two of his aides. The arrests came after gunmen loyal to him attacked a checkpoint in the north.\n\n"
          "One of the aides was arrested on Tuesday at the airport, his lawyer said.")
REPORTING = ("Governor visits wounded\n\n"
             "Traffic resumed on the main road north of the city.\n\n"
             "The governor on Monday visited the wounded in hospital, saying the attack on the market had "
             "shocked the province.\n\n"
             "The rebels on Friday rejected the report, claiming the bombing of the bridge was carried out by the "
             "army.\n\n"
             "Police on Tuesday raided a warehouse in the port, saying they had seized 200 rifles.")
POSSESSIVE = ("Market toll rises\n\n"
              "Farmers returned to their fields after the rains.\n\n"
              "The death toll from Monday's bombing of a market in the northern town rose to 31, officials said.")
NIGHT_OF = ("Village raided\n\n"
            "Farmers returned to their fields after the rains.\n\n"
            "Gunmen attacked the village on the night of March 3, residents said.")
LATER_IN_DAY = ("Rebels shell northern town\n\n"
                "Farmers returned to their fields after the rains.\n\n"
                "Rebels shelled the northern town of Kesso on Tuesday, killing four. Later in the day, soldiers "
                "arrested two suspects in the market.")
CLOCK = ("Gunmen kill six in market attack\n\n"
         "Farmers returned to their fields after the rains.\n\n"
         "Gunmen attacked a market in Kesso on Tuesday, killing six people, police said. Police arrested three "
         "suspects at around 4 pm near the bus station.\n\n"
         "Soldiers detained two smugglers on Wednesday at around 9 pm in the port.")
TEXTS = {"clock": CLOCK, "later_in_day": LATER_IN_DAY, "night_of": NIGHT_OF, "possessive": POSSESSIVE, "retold": RETOLD,
         "reporting": REPORTING,
         "later": LATER, "previous": PREVIOUS, "unpublished": UNPUBLISHED, "sentence": SENTENCE, "lead": LEAD,
         "spoken": SPOKEN, "age": AGE,
         "reported": REPORTED,
         "sequenced": SEQUENCED, "undated": UNDATED, "anaphoric": ANAPHORIC, "noun": NOUN,
         "paragraph": PARAGRAPH, "aftermath": AFTERMATH, "complement": COMPLEMENT,
         "following": FOLLOWING, "ongoing": ONGOING, "involved": INVOLVED, "reaction": REACTION,
         "participle": PARTICIPLE}


@pytest.fixture(scope="module")
def events() -> dict[str, list[EventMention]]:
    """Every text processed once; all but the undated wire story published on a Friday."""
    documents = [Document(id=document_id(text), text=text, published_at=None if name in UNDATED_TEXTS else PUBLISHED,
                          language="en", status=DocumentStatus.PENDING) for name, text in TEXTS.items()]
    return {name: d.events for name, d in zip(TEXTS, pipeline.process(documents), strict=True)}


def _told(mentions: list[EventMention], trigger: str) -> EventMention:
    found = [m for m in mentions if m.trigger.text == trigger or any(r.text == trigger for r in m.retellings)]
    assert found, [(m.trigger.text, m.time) for m in mentions]
    return found[0]


def _day(mention: EventMention) -> tuple[str | None, DatePrecision]:
    assert mention.time is not None, mention.trigger.text
    return mention.time.start, mention.time.precision


def test_a_time_said_once_in_a_sentence_dates_each_event_in_it(events: dict[str, list[EventMention]]) -> None:
    for mention in events["sentence"]:
        if mention.type != "other_strategic_development":
            assert _day(mention) == ("2024-04-29", DatePrecision.DAY), mention.trigger.text


def test_the_lead_dates_its_incident_once(events: dict[str, list[EventMention]]) -> None:
    hostage = _told(events["lead"], "took 40 passengers hostage")  # the idiom with its object inside
    assert _day(hostage) == ("2024-04-30", DatePrecision.DAY)
    arrest = _told(events["lead"], "arrested")  # a later paragraph: another incident, not the lead's day
    assert arrest.time is not None and arrest.time.start is None
    headline = _told(events["lead"], "seize")  # headlines tell past news in the present tense
    assert _day(headline) == ("2024-04-30", DatePrecision.DAY)


def test_when_something_was_said_is_not_when_it_happened(events: dict[str, list[EventMention]]) -> None:
    strikes = [m for m in events["spoken"] if m.type != "denial"]
    assert [_day(m) for m in strikes] == [("2024-04-27", DatePrecision.DAY)]  # one incident, the headline's day
    denial = _told(events["spoken"], "denied")
    assert _day(denial) == ("2024-05-01", DatePrecision.DAY)  # the speech act itself is dated by its own time


def test_an_age_is_not_a_time(events: dict[str, list[EventMention]]) -> None:
    shooting = _told(events["age"], "shot dead")
    assert _day(shooting) == ("2024-05-02", DatePrecision.DAY)
    assert shooting.time is not None and [e.text for e in shooting.time.evidence] == ["on Thursday"]


def test_an_undated_event_is_placed_before_publication_not_on_a_guessed_day(
        events: dict[str, list[EventMention]]) -> None:
    for trigger in ("killing", "arrested"):  # the lead's and a later paragraph's: no day is stated for either
        mention = _told(events["reported"], trigger)
        assert mention.time is not None and (mention.time.start, mention.time.end, mention.time.note) == (
            None, PUBLISHED, BEFORE_PUBLICATION_NOTE)


def test_an_event_set_before_another_is_not_given_the_lead_date(events: dict[str, list[EventMention]]) -> None:
    overrun = _told(events["sequenced"], "overran")
    assert overrun.time is not None and overrun.time.start is None


def test_an_undated_article_reads_weekdays_against_its_latest_full_date(
        events: dict[str, list[EventMention]]) -> None:
    arrest = _told(events["undated"], "arrested")
    assert _day(arrest) == ("2025-03-04", DatePrecision.DAY)
    assert arrest.time is not None and "2025-03-05" in (arrest.time.note or "")


def test_a_time_pointing_back_takes_the_day_its_sentence_states(events: dict[str, list[EventMention]]) -> None:
    downed = _told(events["anaphoric"], "shot down")  # "that morning" is Wednesday's, the day said
    assert _day(downed) == ("2024-05-01", DatePrecision.DAY)


@pytest.mark.parametrize(("text", "trigger"), [("noun", "clashes"), ("participle", "rally")])
def test_a_noun_trigger_takes_the_tense_of_the_verb_above_it(
        events: dict[str, list[EventMention]], text: str, trigger: str) -> None:
    mention = _told(events[text], trigger)  # "was killed in clashes", "was arrested after taking part in a rally"
    assert mention.time is not None and (mention.time.start, mention.time.end, mention.time.note) == (
        None, PUBLISHED, BEFORE_PUBLICATION_NOTE)


def test_a_day_told_once_dates_the_rest_of_its_paragraph(events: dict[str, list[EventMention]]) -> None:
    for trigger in ("intercepted", "set on fire"):  # the sentence after "fired ... on Tuesday"
        assert _day(_told(events["paragraph"], trigger)) == ("2024-04-30", DatePrecision.DAY), trigger
    shot = _told(events["paragraph"], "shot dead")  # a new paragraph: not carried
    assert shot.time is not None and shot.time.start is None


@pytest.mark.parametrize(("text", "trigger"), [("aftermath", "shelling"), ("complement", "attack"),
                                               ("involved", "attack"), ("reaction", "massacre")])
def test_a_time_of_the_clause_above_an_event_noun_is_not_its_own(
        events: dict[str, list[EventMention]], text: str, trigger: str) -> None:
    mention = _told(events[text], trigger)  # the toll was raised, the attack confirmed, on Thursday
    assert mention.time is not None and (mention.time.start, mention.time.end) == (None, PUBLISHED)


def test_an_event_set_before_a_dated_one_does_not_take_its_day(events: dict[str, list[EventMention]]) -> None:
    arrest = _told(events["following"], "arrest")  # Wednesday is when the home was surrounded
    assert arrest.time is None or arrest.time.start is None


def test_an_event_told_as_going_on_runs_up_to_publication(events: dict[str, list[EventMention]]) -> None:
    fighting = _told(events["ongoing"], "fighting")
    assert fighting.time is not None and (fighting.time.start, fighting.time.end, fighting.time.note) == (
        None, PUBLISHED, ONGOING_NOTE)



OFFSETS = {  # one story each, so that no two events of a story merge
    "offensive": "Truce holds in the hills\n\nRebel leaders agreed to a truce on Wednesday, a day after "
                 "government forces launched an offensive on their positions.",
    "suicide bomber": "Army leaves border town\n\nThe army withdrew from the border town on Saturday, three "
                      "days after a suicide bomber killed 14 soldiers at a checkpoint.",
    "airstrike": "Villagers flee valley\n\nVillagers fled the valley on Monday, two days before an airstrike "
                 "hit a militia camp nearby.",
}


@pytest.fixture(scope="module")
def offsets() -> dict[str, list[EventMention]]:
    """Stories published on a Friday whose events are set a stated span from a dated one."""
    documents = [Document(id=document_id(text), text=text, published_at=PUBLISHED, language="en",
                          status=DocumentStatus.PENDING) for text in OFFSETS.values()]
    return {name: d.events for name, d in zip(OFFSETS, pipeline.process(documents), strict=True)}


@pytest.mark.parametrize(("trigger", "day"), [("offensive", "2024-04-30"), ("suicide bomber", "2024-04-24"),
                                              ("airstrike", "2024-05-01")])
def test_an_event_a_stated_span_from_a_dated_one_takes_the_shifted_day(
        offsets: dict[str, list[EventMention]], trigger: str, day: str) -> None:
    mention = _told(offsets[trigger], trigger)  # Wednesday 1 May less a day, Saturday 27 April less three,
    assert _day(mention) == (day, DatePrecision.DAY)  # Monday 29 April plus two
    assert mention.time is not None and mention.time.note and "the day its sentence states" in mention.time.note


@pytest.mark.parametrize(("sentence", "trigger", "days"), [
    ("Traders closed their shops on Thursday, several days after gunmen attacked the market.", "attacked", None),
    ("Traders closed their shops on Thursday after gunmen attacked the market.", "attacked", None),
    ("Traders closed their shops on Thursday, two weeks after gunmen attacked the market.", "attacked", -14),
    ("Gunmen attacked the market on Thursday, a day before traders closed their shops.", "closed", 1),
])
def test_only_a_counted_span_sets_an_offset(sentence: str, trigger: str, days: int | None) -> None:
    doc = load_nlp()(sentence)
    offset = sequence_offset(next(t for t in doc if t.text == trigger))
    assert (offset.days if offset else None) == days  # "several days" says no number of days


def test_a_past_event_of_an_unpublished_article_is_marked_past_without_a_day(
        events: dict[str, list[EventMention]]) -> None:
    looted = _told(events["unpublished"], "looted")
    assert looted.time is not None and (looted.time.start, looted.time.end, looted.time.note) == (
        None, None, UNPUBLISHED_PAST_NOTE)
    assert [s.text for s in looted.time.evidence] == ["looted"]


def test_a_span_after_a_day_told_before_it_shifts_that_day(events: dict[str, list[EventMention]]) -> None:
    detained = _told(events["later"], "detained")  # Sunday 28 April, two days on
    assert _day(detained) == ("2024-04-30", DatePrecision.DAY)
    assert detained.time is not None and [s.text for s in detained.time.evidence] == ["two days later", "on Sunday"]
    chief = _told(events["later"], "arrested")  # a new paragraph: no day told before it there
    assert chief.time is not None and chief.time.start is None


def test_the_previous_day_counts_back_from_the_day_the_sentence_states(
        events: dict[str, list[EventMention]]) -> None:
    ambush = next(m for m in events["previous"] if m.sentence.text.startswith("Police said"))  # said 1 May
    assert _day(ambush) == ("2024-04-30", DatePrecision.DAY)
    assert ambush.time is not None and [s.text for s in ambush.time.evidence] == ["the previous day", "on Wednesday"]


def test_an_incident_told_twice_takes_the_day_a_retelling_states_over_one_carried_from_the_lead(
        events: dict[str, list[EventMention]]) -> None:
    # "The arrests" takes the lead's Wednesday, which the lead gives the surrounding, not the arrest;
    # "was arrested on Tuesday" states the arrest's own day.
    arrest = _told(events["retold"], "arrested")
    assert _day(arrest) == ("2024-04-30", DatePrecision.DAY)
    assert arrest.time is not None and [e.text for e in arrest.time.evidence] == ["on Tuesday"]


def test_a_time_of_a_clause_that_reports_with_saying_dates_the_speaker_not_the_event_reported(
        events: dict[str, list[EventMention]]) -> None:
    for trigger in ("attack", "bombing"):
        mention = _told(events["reporting"], trigger)
        assert mention.time is not None and mention.time.start is None, trigger
    seized = _told(events["reporting"], "seized")  # a verb the speaker tells of itself keeps the clause's day
    assert _day(seized) == ("2024-04-30", DatePrecision.DAY)


def test_a_possessive_time_dates_the_noun_it_qualifies(events: dict[str, list[EventMention]]) -> None:
    bombing = _told(events["possessive"], "bombing")  # "the toll from Monday's bombing": "from" is not the time's
    assert _day(bombing) == ("2024-04-29", DatePrecision.DAY)


def test_a_date_inside_words_the_resolver_does_not_read_still_dates(events: dict[str, list[EventMention]]) -> None:
    attack = _told(events["night_of"], "attacked")  # spaCy's DATE entity: "the night of March 3"
    assert _day(attack) == ("2024-03-03", DatePrecision.DAY)


def test_later_in_the_day_takes_the_day_told_before_it(events: dict[str, list[EventMention]]) -> None:
    arrest = _told(events["later_in_day"], "arrested")  # "Later in the day" points back to Tuesday
    assert _day(arrest) == ("2024-04-30", DatePrecision.DAY)


def test_a_clock_time_does_not_keep_an_event_from_the_day_told_before(events: dict[str, list[EventMention]]) -> None:
    arrest = _told(events["clock"], "arrested")  # "at around 4 pm": the paragraph's Tuesday
    assert _day(arrest) == ("2024-04-30", DatePrecision.DAY)
    smugglers = _told(events["clock"], "detained")  # near miss: its own day beside its clock time
    assert _day(smugglers) == ("2024-05-01", DatePrecision.DAY)
