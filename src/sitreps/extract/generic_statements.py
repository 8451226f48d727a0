"""Statements about many acts or a whole war, and page lines that are no report: never one incident.

Round 16d found that the headline's incident absorbs later mentions of its kind whose place or day is
unknown, and that gates on the merge hurt real news; round 17 reads the cue upstream, on the mention
itself, so such a statement gives no mention to absorb or to become a row:
- a running total ("the attacks have killed more than 600 civilians", "the fighting has killed tens of
  thousands", "a five-decade war that killed 450,000", "the ADF have killed 6,000 since 2014"): a killing
  word in the perfect whose subject is a war or a plural of acts or that runs since a year, or in a
  relative clause on a war word; the subject's own event word goes too;
- a round-up's tally ("On Saturday, bombs exploded in Isulan and Tacurong ... The attacks killed nine
  people"): "the" and a plural act, the subject of a killing word, in a sentence that names no place,
  right after a sentence that names several: the toll is the sum over incidents ACLED codes apart, so
  no one of them may take it;
- a round-up's toll spread over a number of units (round 24): "Russian attacks killed four civilians in
  three southern regions" before the story tells each town's dead;
- a durative act ("the rebels have been launching attacks on bases since January"): the perfect
  progressive with "since", many acts over a period;
- a war's course (round 23b): a fight word as the subject of a verb of growth in the present perfect or
  progressive ("fighting has intensified in the region since last year", "clashes are escalating"): how
  the war goes, not one fight; "fighting intensified around the airport on Tuesday" tells the day's fight;
- a line that links to another story ("Also read: Army offers bounty ...") or a section heading of a
  few words with no verb ("Fighting", "Kidnappings").

Relies on: spaCy's tags and dependency parse; word lists in ``data/en/eventness.yaml``
(``aggregate_subjects``, ``link_line_openers``, ``since_markers``, ``anaphoric_determiners``,
``locative_prepositions``) and the counting lexicon's killing words.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitreps.annotate.dateline import body_start
from sitreps.annotate.doctext import doc_text
from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.english import phrases, words
from sitreps.extract.governing_verb import governing_verb
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.normalise import fold

LISTS = "eventness"
# A section heading is a line of at most this many words with no verb ("Fighting", "Attacks in the
# north"); a headline or a caption is longer and is read as the body is.
HEADING_WORDS = 4
# The digits of a year ("since 2014").
YEAR_DIGITS = 4
# Entity labels of a place: a round-up names two or more of them in the sentence before its tally.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# How many distinct places make the sentence before a tally a round-up of incidents told apart.
ROUND_UP_PLACES = 2
# Present-tense tags of an auxiliary: "has intensified", "are escalating" run up to now.
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
# Tags of a verb that is not a participle used as a noun: a heading's "Fighting" is tagged VBG or NN.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" for c in verb.children)


def present_perfect(verb: Token) -> bool:
    """ "has/have killed": a count that runs up to now. The past perfect ("Clashes in the town on April 2
    had killed four people") tells one earlier incident's toll, so it is no running total."""
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "have" and c.tag_ in PRESENT_TAGS
               for c in verb.children)


def _is_running_total(verb: Token) -> bool:
    """A killing word that counts over a war or many acts: in the perfect with a war word or a plural
    act as its subject ("the attacks have killed"), or in a relative clause on a war word ("a war that
    killed 450,000"). "The attacks killed nine people" in the simple past stays one incident's toll."""
    _, casualties = counting_lexicon()
    if verb.lemma_.lower() not in casualties or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = words(LISTS, "aggregate_subjects")
    if verb.dep_ == "relcl" and verb.head.lemma_.lower() in subjects:
        return True
    if not present_perfect(verb) or _since_a_day(verb):
        return False
    return _since_a_year(verb) or any(
        c.dep_ == "nsubj" and (c.lower_ in subjects or c.lemma_.lower() in subjects) for c in verb.children)


def _since_phrases(verb: Token) -> list[Token]:
    markers = words(LISTS, "since_markers")
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ in markers]


def _since_a_day(verb: Token) -> bool:
    """A "since" phrase on the verb that names no year ("has killed 40 people since Monday"): the toll of
    one fight that runs over a few days, which ACLED codes, not a count over a war."""
    return any(not any(t.like_num and len(t.text) == YEAR_DIGITS for t in c.subtree) for c in _since_phrases(verb))


def _since_a_year(verb: Token) -> bool:
    """A "since" phrase on the verb that names a year ("have killed more than 6,000 civilians since
    2014"): a tally over years, whoever its subject; "since Sunday" may be one incident's toll."""
    return any(any(t.like_num and len(t.text) == YEAR_DIGITS for t in c.subtree) for c in _since_phrases(verb))


def is_running_total(trigger: Token) -> bool:
    """The killing word of a running total, or the war or acts it counts over as its subject."""
    if _is_running_total(trigger):
        return True
    return trigger.dep_ == "nsubj" and _is_running_total(trigger.head)


def places_named(sentence: Span) -> set[str]:
    """The places a sentence (or a clause of one) names: its place entities, proper nouns joined to one by
    "and" or a comma, and proper nouns after a preposition of place (the small model labels only some towns of a list:
    "in Songkhla, Narathiwat and Yala", "a health centre in Oicha and a farm near Eringeti")."""
    named = {e.text.lower() for e in sentence.ents if e.label_ in PLACE_LABELS}
    locatives = words(LISTS, "locative_prepositions")
    listed = {t.lower_ for t in sentence if t.tag_ == "NNP" and (
        (t.dep_ == "conj" and t.head.ent_type_ in PLACE_LABELS)
        or (t.dep_ == "pobj" and t.head.lower_ in locatives))}
    return named | listed


def _tally_subject(trigger: Token) -> Token | None:
    """The plural act a tally's killing word counts: the trigger itself ("The attacks" of "The attacks
    killed nine"), or the subject of the trigger when the trigger is the killing word."""
    _, casualties = counting_lexicon()
    if trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in casualties:
        return trigger
    if trigger.lemma_.lower() in casualties:
        return next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    return None


def is_split_tally(trigger: Token) -> bool:
    """"The attacks killed nine people" after a sentence that tells acts in several places: a definite
    plural act with no number, the subject of a killing word, in a sentence that names no place."""
    subject = _tally_subject(trigger)
    if subject is None or subject.tag_ not in ("NNS", "NNPS"):
        return False
    anaphoric = words(LISTS, "anaphoric_determiners")
    if not any(c.dep_ == "det" and c.lower_ in anaphoric for c in subject.children) \
            or any(c.dep_ == "nummod" for c in subject.children):
        return False
    sentence = trigger.sent
    if places_named(sentence) or sentence.start == 0:
        return False
    return len(places_named(trigger.doc[sentence.start - 1].sent)) >= ROUND_UP_PLACES


def _counted_units(preposition: Token) -> bool:
    """"in three southern regions", "across two provinces": a preposition of spread whose object is a
    counted plural of admin units (``spread_prepositions`` of data/en/places.yaml)."""
    units = unit_words()
    return preposition.lower_ in words("places", "spread_prepositions") and any(
        o.dep_ == "pobj" and o.tag_ == "NNS" and fold(o.lemma_) in units.region | units.district
        and any(c.dep_ == "nummod" and c.like_num for c in o.children) for o in preposition.children)


def is_spread_tally(trigger: Token) -> bool:
    """A round-up's toll over a number of units: "Russian attacks killed four civilians in three southern
    regions", "Air strikes killed 11 people across three provinces", "killed nine soldiers in separate attacks
    in two states"; or several acts killing "across" a place ("Shelling and glide bombs kill four across
    southern Ukraine", ``wide_prepositions``). The killing word (or the act that is its subject) tells the
    sum of incidents that the story then tells town by town, each with its own toll: no one of them may
    take it (round 24)."""
    _, casualties = counting_lexicon()
    verb = trigger if trigger.lemma_.lower() in casualties else trigger.head if (
        trigger.dep_ == "nsubj" and trigger.head.lemma_.lower() in casualties) else None
    if verb is None:
        return False
    if any(t.dep_ == "prep" and _counted_units(t) and governing_verb(t) == verb for t in verb.subtree):
        return True
    return _many_acts(verb) and any(c.dep_ == "prep" and c.lower_ in words("places", "wide_prepositions")
                                    for c in verb.children)


def _many_acts(verb: Token) -> bool:
    """A killing word whose subject is several acts: a plural ("strikes") or acts joined ("Shelling and glide
    bombs"), "Shelling and glide bombs kill four across southern Ukraine"."""
    return any(c.dep_ == "nsubj" and (c.tag_ in ("NNS", "NNPS") or any(g.dep_ == "conj" for g in c.children))
               for c in verb.children)


def is_durative(trigger: Token) -> bool:
    """Many acts over a period: the perfect progressive ("have been attacking", "has been launching
    attacks") with a "since" phrase or clause on its verb."""
    verb = governing_verb(trigger)
    if verb.tag_ != "VBG" or not any(c.dep_ == "aux" and c.lower_ == "been" for c in verb.children) \
            or not _perfect(verb):
        return False
    markers = words(LISTS, "since_markers")
    return any(c.lower_ in markers and c.dep_ in ("prep", "mark") for t in verb.children for c in (t, *t.children))


def is_trend_course(trigger: Token) -> bool:
    """A fight word whose verb tells the war's course up to now: the subject of a verb of growth
    (``trend_verbs`` in data/en/triggers.yaml) in the present perfect ("has intensified") or the present
    progressive ("are escalating"). The caller keeps a day-dated one: the day's fight."""
    verb = trigger.head
    if trigger.dep_ != "nsubj" or verb.lemma_.lower() not in words("triggers", "trend_verbs"):
        return False
    present = any(c.dep_ == "aux" and c.tag_ in PRESENT_TAGS for c in verb.children)
    return present and (verb.tag_ == "VBG" or _perfect(verb))


def _line_of(trigger: Token) -> tuple[int, str]:
    """The offset and text of the line of the page that holds the trigger."""
    text = doc_text(trigger.doc)
    start = text.rfind("\n", 0, trigger.idx) + 1
    end = text.find("\n", trigger.idx)
    return start, text[start:end if end >= 0 else len(text)]


def is_page_line(trigger: Token) -> bool:
    """A line that links to another story ("Also read: ...") or a body heading of a few words and no
    finite verb ("Fighting"): the page's furniture, not a report of this article's incident."""
    start, line = _line_of(trigger)
    lowered = line.strip().lower()
    if lowered.startswith(phrases(LISTS, "link_line_openers")):
        return True
    if start < body_start(doc_text(trigger.doc)) or len(lowered.split()) > HEADING_WORDS:
        return False
    if lowered.endswith((".", "!", "?", ":")):
        return False
    end = start + len(line)
    return not any(t.tag_ in FINITE_TAGS for t in trigger.doc if start <= t.idx < end)
