"""Finding event triggers: lemmas and lemma phrases from the taxonomy's lexicons.

A trigger is the word or phrase that says an event happened ("defected",
"shelling", "carried out a special operation"). The lexicons are data
(``data/taxonomy.yaml``); this module only matches them against spaCy tokens.

``TriggerFinder`` proposes the candidates (the lemma triggers, with the words that may be one: no date,
no inner word of a name, no noun describing another; and the phrase triggers, through a Matcher of the
phrases an article can match) and chooses the most specific for each token. The record of a trigger is
``extract.trigger_match``; the phrases' patterns and the word a phrase stands on, ``extract.trigger_phrases``;
the rules that drop a chosen trigger for what the others say, ``extract.dropped_triggers``.
"""

from __future__ import annotations

from spacy.errors import MatchPatternError
from spacy.matcher import Matcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span, Token

from sitreps.annotate.doctext import entity_at
from sitreps.annotate.quantities import counting_lexicon, group_nouns
from sitreps.errors import ConfigError
from sitreps.extract.armed_verbs import armed_verb
from sitreps.extract.crowd_verbs import crowd_verb
from sitreps.extract.dropped_triggers import _object_of_trigger, _protest_purpose, _retold, _weapon_stopped
from sitreps.extract.encounter_sense import no_fight_encounter
from sitreps.extract.exchange_sense import trades_no_people
from sitreps.extract.headline_verbs import noun_told_as_verb
from sitreps.extract.lone_flight import lone_flight
from sitreps.extract.memo import per_document
from sitreps.extract.nouns import is_abstract
from sitreps.extract.person_verbs import acts_on_person, mistagged_verb
from sitreps.extract.senses import describes_strikers, harm_families, other_protest_sense, sensed_type
from sitreps.extract.sport_sense import sports_contest
from sitreps.extract.taxonomy_schema import EventType, Taxonomy
from sitreps.extract.trigger_match import NOUN_TAGS, VERB_TAGS, TriggerMatch
from sitreps.extract.trigger_phrases import OBJECT_SLOT, _phrase_anchors, _phrase_head, _phrase_pattern, _reproach
from sitreps.extract.unhappened import one_of_many
from sitreps.extract.veto_words import contest_of_words, near_words
from sitreps.extract.weapon_subjects import weapon_subject_type
from sitreps.language_data import word_list, word_table

# Phrases are more specific than single lemmas ("air strike" over "strike"),
# verbs more often assert an event than nouns ("the war" is background).
KIND_RANK = {"phrase": 0, "verb": 1, "noun": 2}
# Phrase Matchers kept, one per set of phrases an article can match (most articles can match none or
# a few, so a few hundred sets cover a corpus); the cache is emptied when full, a Matcher of a few
# phrases taking well under a millisecond to build again.
MATCHER_CACHE_SIZE = 512
# Words inside these entities name a date, not an event: "March" (the month).
DATE_ENTITIES = frozenset({"DATE", "TIME"})
# Inner words of these entities are part of a name: "Popular Mobilization Forces",
# "People's Liberation Front" (the name's last word may still be an event: "Clashes").
NAME_ENTITIES = frozenset({"ORG", "NORP", "GPE", "LOC", "FAC", "PERSON", "WORK_OF_ART", "LAW", "PRODUCT"})
# A sentence with this share of capitalised words (of those over 3 letters; 0.8 leaves
# a sentence that opens with a long name as prose) is a title-case headline, where the
# tagger's entities are unreliable ("Rebels Seize Key Town" tags "Seize Key Town" PERSON).
TITLE_CASE_SHARE = 0.8
# A noun trigger that modifies another noun describes it ("protest organisers",
# "displacement camp", "attack helicopter"); it does not report an event.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Types whose past participle describing a noun tells a state, not an act: "sexually abused a detained woman",
# "beat a detained man to death" (a detainee; the arrest, if told, is told elsewhere). Round 14, notes-style gold.
STATE_PARTICIPLE_TYPES = frozenset({"arrest"})
PARTICIPLE_MODIFIER = ("amod", "VBN")  # spaCy's English dependency label and tag of "a [detained] man"
# A nominal gerund's possessive doer ("the army's recapturing of the base"); its suffix and the
# prepositions of its object are English words (data/en/triggers.yaml).
GERUND_DEPS = frozenset({"poss"})


class TriggerFinder:
    """Matches every type's trigger lexicon against a parsed document."""

    def __init__(self, taxonomy: Taxonomy, vocab_doc: Doc) -> None:
        self._verbs: dict[str, list[EventType]] = {}
        self._nouns: dict[str, list[EventType]] = {}
        self._types: dict[str, EventType] = {}
        self._person_verbs = _person_verbs(taxonomy)
        self._vocab = vocab_doc.vocab
        self._gerund_suffix = word_list("triggers", "gerund_suffix")[0]
        self._gerund_prepositions = frozenset(word_list("triggers", "gerund_prepositions"))
        # Every phrase in taxonomy order, with the lemmas a match needs: the Matcher tries each of its
        # patterns at every token, so it is given only the phrases whose lemmas all occur in the doc.
        self._phrases: list[tuple[str, frozenset[str], list[dict[str, object]]]] = []
        self._matchers: dict[tuple[int, ...], Matcher] = {}
        for event_type in taxonomy.types.values():
            self._types[event_type.id] = event_type
            for lemma in event_type.triggers.verbs:
                self._verbs.setdefault(lemma, []).append(event_type)
            for lemma in event_type.triggers.nouns:
                self._nouns.setdefault(lemma, []).append(event_type)
            self._phrases.extend((event_type.id, frozenset(phrase.split()) - {OBJECT_SLOT}, _phrase_pattern(phrase))
                                 for phrase in event_type.triggers.phrases)
        # Checked once here, so the per-article Matchers skip spaCy's check of every pattern they are given
        # (it was a third of building them, repeated for each new set of phrases).
        for type_id, _, pattern in self._phrases:
            if errors := validate_token_pattern(pattern):
                raise MatchPatternError(type_id, {0: errors})
        self._anchors = _phrase_anchors(self._phrases)

    def knows(self, lemma: str) -> bool:
        """Whether any type's lexicon holds ``lemma`` as a verb or noun trigger."""
        return lemma in self._verbs or lemma in self._nouns

    def type_by_id(self, type_id: str) -> EventType:
        """The event type with this id (the ids the taxonomy loader validated)."""
        return self._types[type_id]

    def find(self, doc: Doc) -> list[TriggerMatch]:
        """All non-overlapping triggers in ``doc``, the most specific winning each token."""
        candidates = self._phrase_matches(doc) + self._lemma_matches(doc)
        candidates.sort(key=lambda m: (KIND_RANK[m.kind], -(m.end - m.start), m.start))
        taken: set[int] = set()
        chosen: list[TriggerMatch] = []
        for match in candidates:
            tokens = set(range(match.start, match.end))
            if tokens & taken or self._vetoed(match):
                continue
            taken |= tokens
            chosen.append(match)
        heads = {m.head.i: m for m in chosen}
        kept = [m for m in chosen if not _object_of_trigger(m, heads) and not _retold(m, chosen)
                and not _weapon_stopped(m, chosen) and not _protest_purpose(m, heads) and not one_of_many(m.head)]
        return sorted(kept, key=lambda m: m.start)

    def _phrase_matches(self, doc: Doc) -> list[TriggerMatch]:
        found: list[TriggerMatch] = []
        matcher = self._matcher_for(doc)
        if matcher is None:
            return found
        for match_id, start, end in matcher(doc):
            event_type = self._types[doc.vocab.strings[match_id]]
            span = doc[start:end]
            head = _phrase_head(span)
            if head.i != span.root.i and _reproach(span.root):
                continue
            found.append(TriggerMatch(event_type, head, start, end, "phrase"))
        return found

    def _matcher_for(self, doc: Doc) -> Matcher | None:
        """A Matcher of the phrases whose every lemma is in ``doc``, in taxonomy order, so it finds what
        one Matcher of all phrases would, in the same order, at a fraction of the cost (the phrase
        Matcher took a fifth of the extraction time); None when no phrase can match. Kept per set of
        phrases: articles share them."""
        lemmas = {token.lemma_ for token in doc}
        # only the phrases one of whose words the doc holds can match: those are checked, in taxonomy order
        maybe = sorted({i for lemma in lemmas.intersection(self._anchors) for i in self._anchors[lemma]})
        chosen = tuple(i for i in maybe if self._phrases[i][1] <= lemmas)
        if not chosen:
            return None
        matcher = self._matchers.get(chosen)
        if matcher is None:
            if len(self._matchers) >= MATCHER_CACHE_SIZE:
                self._matchers.clear()
            matcher = Matcher(self._vocab, validate=False)  # every pattern was checked in __init__
            for index in chosen:
                type_id, _, pattern = self._phrases[index]
                matcher.add(type_id, [pattern])
            self._matchers[chosen] = matcher
        return matcher

    def _lemma_matches(self, doc: Doc) -> list[TriggerMatch]:
        found: list[TriggerMatch] = []
        for token in doc:
            lemma = token.lemma_.lower()
            if _in_name(token):
                continue
            if (token.pos_ in VERB_TAGS or noun_told_as_verb(token)) and lemma in self._verbs:
                if (token.dep_, token.tag_) == PARTICIPLE_MODIFIER and \
                        self._verbs[lemma][0].id in STATE_PARTICIPLE_TYPES:
                    continue
                found.extend(TriggerMatch(t, token, token.i, token.i + 1, "verb") for t in self._verbs[lemma][:1])
            elif (person_verb := self._person_verb(token)) is not None:
                found.append(TriggerMatch(self._person_verbs[person_verb], token, token.i, token.i + 1, "verb"))
            elif (armed := armed_verb(token) or crowd_verb(token) or weapon_subject_type(token)) is not None:
                found.append(TriggerMatch(self._types[armed], token, token.i, token.i + 1, "verb"))
            elif token.pos_ in NOUN_TAGS and lemma in self._nouns and _reports_event(token):
                found.extend(TriggerMatch(t, token, token.i, token.i + 1, "noun") for t in self._nouns[lemma][:1])
            elif token.pos_ == "NOUN" and (verb := self._gerund_verb(token)) is not None:
                found.extend(TriggerMatch(t, token, token.i, token.i + 1, "noun") for t in self._verbs[verb][:1])
            elif (sensed := sensed_type(token, self._harms)) is not None:  # "students blocked the highway"
                found.append(TriggerMatch(self._types[sensed[0]], token, token.i, sensed[1], "verb"))
        return found

    def _harms(self, lemma: str) -> bool:
        """Whether the verb lexicon gives ``lemma`` a type of a violent family (``harm_families``)."""
        return any(t.family in harm_families() for t in self._verbs.get(lemma, ()))

    def _person_verb(self, token: Token) -> str | None:
        """The verb of ``person_object_verbs`` (data/en/triggers.yaml) a token tells acting on a person, or None:
        a verb whose patient is a person ("shot a pharmacist"), or a past form the tagger took for a
        noun before its person object ("gunmen on a motorbike shot dead a shopkeeper")."""
        if token.pos_ in VERB_TAGS and token.lemma_.lower() in self._person_verbs:
            return token.lemma_.lower() if acts_on_person(token) else None
        verb = mistagged_verb(token)
        return verb if verb in self._person_verbs else None

    def _gerund_verb(self, noun: Token) -> str | None:
        """The trigger verb a nominal gerund stands for ("the retaking of the town": retake), or None.

        spaCy lemmatises a gerund used as a noun to itself ("retaking"), so the verb lexicon never
        sees it. Only a gerund that takes an object through "of" or has a possessive doer names the
        verb's event ("the storming of the prison"); one that only describes another noun ("rallying
        cry", "marching orders") or acts on an abstraction ("the merging of close combat and deep
        strikes": WordNet's abstract nouns, ``extract.nouns``) never does."""
        lemma = noun.lemma_.lower()
        suffix = self._gerund_suffix
        if not lemma.endswith(suffix) or lemma in self._nouns or not _reports_event(noun):
            return None
        if not any(c.dep_ in GERUND_DEPS or self._concrete_object(c) for c in noun.children):
            return None
        stem = lemma[:-len(suffix)]
        forms = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
        return next((form for form in forms if form in self._verbs), None)

    def _concrete_object(self, preposition: Token) -> bool:
        """A gerund's "of" phrase whose noun is a person, group, place or thing, not an abstraction
        ("the retaking of the town"; not "the merging of close combat and deep strikes")."""
        return preposition.dep_ == "prep" and preposition.lower_ in self._gerund_prepositions and any(
            o.dep_ == "pobj" and not is_abstract(o) for o in preposition.children)

    @staticmethod
    def _vetoed(match: TriggerMatch) -> bool:
        """True when a dependent of the head is one of the type's excluded lemmas, or a protest word is told
        in its other sense ("the ministry protested the arrest": ``extract.senses.other_protest_sense``), or
        one person flees ("forcing the president to flee": ``extract.lone_flight``), or "exchange" trades no
        people ("a heated exchange": ``extract.exchange_sense``), or "encounter" names no fight ("her first
        encounter with the minister": ``extract.encounter_sense``), or a participle describes
        strikers ("striking teachers": ``extract.senses.describes_strikers``), or a fight word tells a sports
        match ("the final, a fierce battle between two teams": ``extract.sport_sense``) or a contest of words
        ("a battle of statements": ``extract.veto_words.contest_of_words``)."""
        head, type_id = match.head, match.event_type.id
        if other_protest_sense(head, type_id) or lone_flight(head, type_id) or describes_strikers(head) \
                or trades_no_people(head, type_id) or no_fight_encounter(head, type_id) \
                or sports_contest(head, type_id) or contest_of_words(head, match.event_type.family):
            return True
        exclude = match.event_type.triggers.exclude
        if not exclude:
            return False
        return any(t.lemma_.lower() in exclude for t in near_words(match.head))


def _person_verbs(taxonomy: Taxonomy) -> dict[str, EventType]:
    """``person_object_verbs`` of data/en/triggers.yaml, each verb with its taxonomy type."""
    table = word_table("triggers", "person_object_verbs")
    unknown = sorted(str(t) for t in table.values() if str(t) not in taxonomy.types)
    if unknown:
        raise ConfigError(f"triggers.yaml person_object_verbs names unknown event types: {', '.join(unknown)}")
    return {str(lemma): taxonomy.types[str(type_id)] for lemma, type_id in table.items()}


def _reports_event(noun: Token) -> bool:
    """A noun trigger reports an event unless it modifies another noun or names the people involved.

    "protesters", "hostages" and "a mob" are participants, not events: the event is
    told by the verb or noun they attach to ("protesters marched", "a mob lynched").
    """
    persons, _ = counting_lexicon()
    if noun.lemma_.lower() in persons or noun.lemma_.lower() in group_nouns():
        return False
    modifier = noun.dep_ in MODIFIER_DEPS and noun.head.pos_ in NOUN_TAGS
    return not modifier or title_case(noun.sent)  # title case parses verbs as nouns: "Clashes Erupt"


def _in_name(token: Token) -> bool:
    """Whether a word is part of a date or an inner word of a name, rather than a possible trigger."""
    if token.ent_type_ in DATE_ENTITIES:
        return True
    if token.ent_type_ not in NAME_ENTITIES or title_case(token.sent):
        return False
    entity = entity_at(token)
    return entity is not None and token.i < entity.end - 1


@per_document  # asked for every word of a name in the sentence
def title_case(sentence: Span) -> bool:
    """Whether ``sentence`` is a title-case headline (see ``TITLE_CASE_SHARE``)."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and sum(t.is_title for t in words) >= TITLE_CASE_SHARE * len(words)
