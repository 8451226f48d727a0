"""Air strikes or shelling that back a ground fight told in the same sentence are the armed clash.

ACLED codes remote violence where one side strikes from afar and no ground fight is reported: a
sentence that tells two armed sides fighting ("clashes raged ... as warplanes carried out air
strikes", "troops backed by drone strikes clashed with rebels") tells an armed clash in which one
side had air or artillery support. Consolidation merges the fight word and the strike word of one
sentence into one incident and types it by the weapon (a weapon beats a bare "attack"); the
retype rules type "battled" by the jets its clause names. Both are right for an attack and wrong
for a fight, which this step puts back. Strikes told in a sentence of their own, or merged with a
fight told elsewhere in the article, keep their types.

Relies on: the article's merged incidents with their ``retellings`` (``extract.consolidate``) and
the document they were read from. The types come from ``ground_fight`` in
``data/incident_kinds.yaml``, the fight words from ``ground_fight_words`` in ``data/en/triggers.yaml``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from sitreps.errors import ConfigError
from sitreps.extract.english import words
from sitreps.extract.kinds_file import kinds_data
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.models import EventMention, Span

LISTS = "triggers"
# A participle that modifies a noun names no fight of its own ("five wars fought since 2008", spaCy's
# English label of a reduced relative clause) unless it names the side fought (the parse also hangs
# "troops backed by drone strikes clashed with rebels" so): an object, or a phrase of ``side_prepositions``.
REDUCED_RELATIVE_DEP = "acl"
OBJECT_DEP = "dobj"
PREPOSITION_DEP = "prep"


@dataclass(frozen=True)
class GroundFight:
    """``ground_fight`` of ``data/incident_kinds.yaml``: the remote types a ground fight overrides."""

    remote: frozenset[str]
    becomes: str


@lru_cache(maxsize=1)
def ground_fight() -> GroundFight:
    """The ``ground_fight`` section of ``data/incident_kinds.yaml``, read once."""
    try:
        section = kinds_data()["ground_fight"]
        return GroundFight(remote=frozenset(section["remote"]), becomes=str(section["becomes"]))
    except (KeyError, TypeError) as error:
        raise ConfigError(f"data/incident_kinds.yaml: 'ground_fight' needs remote and becomes ({error})") from error


@lru_cache(maxsize=1)
def _means_lexicon() -> tuple[frozenset[str], tuple[str, ...]]:
    """The single lemmas and the phrases of the remote types' lexicons (data/taxonomy.yaml): the words
    that name a strike ("air strikes", "shelled", "bombardment"), not a bare "attack"."""
    kinds = [load_taxonomy().get(type_id).triggers for type_id in sorted(ground_fight().remote)]
    return (frozenset(w for t in kinds for w in (*t.verbs, *t.nouns)),
            tuple(phrase for t in kinds for phrase in t.phrases))


@dataclass(frozen=True)
class _Telling:
    """One word that tells the incident: its sentence, and whether it tells a ground fight or names a strike."""

    sentence: int
    fight: bool
    strike: bool


def _telling(doc: Doc, span: Span) -> _Telling | None:
    words_of = doc.char_span(span.start, span.end, alignment_mode="expand")
    if words_of is None or not len(words_of):
        return None
    root = words_of.root
    sides = any(c.dep_ == OBJECT_DEP or (c.dep_ == PREPOSITION_DEP and c.lower_ in words(LISTS, "side_prepositions"))
                for c in root.children)
    fight = root.lemma_.lower() in words(LISTS, "ground_fight_words") and (root.dep_ != REDUCED_RELATIVE_DEP or sides)
    single, phrases = _means_lexicon()
    lemmas = [t.lemma_.lower() for t in words_of]
    strike = bool(single & set(lemmas)) or any(phrase in " ".join(lemmas) for phrase in phrases)
    return _Telling(root.sent.start, fight, strike)


def fought_on_ground(mention: EventMention, doc: Doc) -> bool:
    """Whether the incident is told by one fight word only (its clause's weapon retyped it), or a fight
    word retells it in a sentence whose strike word retells it too. A fight told in one sentence and a
    strike in another ("fierce battles over the past days ... army bombardment stopped them"), or a
    fight beside a bare "attack", are no proof that the strike backed a ground fight."""
    told = [found for span in (mention.trigger, *mention.retellings) if (found := _telling(doc, span))]
    if len(told) == 1:
        return told[0].fight
    return bool({t.sentence for t in told if t.fight} & {t.sentence for t in told if t.strike})


def with_ground_fights(mentions: Sequence[EventMention], doc: Doc,
                       retype: Callable[[EventMention, str], EventMention]) -> list[EventMention]:
    """The incidents, strikes that backed a ground fight of their sentence retyped as the clash."""
    rules = ground_fight()
    return [retype(m, rules.becomes) if m.type in rules.remote and fought_on_ground(m, doc) else m
            for m in mentions]
