"""Whether a fight word tells a sports contest: "the final, a fierce battle between two camp teams, ended 3-2".

Sports pages borrow the words of war ("battle", "clash", "fight"), and a story about refugees or soldiers
may tell a football match in them. The fight word is a contest when the thing it names or describes is a
match (its head: "the final, a fierce battle", "the derby was a battle") or its sides are teams or players
("a battle between two camp teams", "clashed with the visiting side's strikers"). Fans who clash with police
after a match stay a fight: fans are no team, and the match they came from is neither the fight's head nor
its side. The nouns are ``sport_contests`` and ``sport_sides`` of data/en/triggers.yaml. Round 24 wire
fiction (a Chadian refugee camp's football final told as a battle became an armed clash placed in Jeddah).
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words

LISTS = "triggers"
SENSE_LISTS = "extract_senses"
# The types whose words a sports page borrows: the fight of two armed sides.
FIGHT_TYPES = frozenset({"armed_clash"})
# How a fight word hangs on the match it describes: apposed ("the final, a fierce battle"), as the copula's
# complement ("the derby was a battle"), or as the subject whose copula describes the match.
DESCRIBED_DEPS = frozenset({"appos", "attr"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _side_prepositions() -> frozenset[str]:
    """The prepositions by which a fight word names its sides ("a battle between two teams", "clash with"):
    the list ``extract.encounter_sense`` reads for an encounter's sides."""
    return words(SENSE_LISTS, "fight_side_prepositions")


def sports_contest(head: Token, type_id: str) -> bool:
    """Whether fight word ``head`` of ``type_id`` names a match or has teams or players as its sides."""
    if type_id not in FIGHT_TYPES:
        return False
    contests, sides = words(LISTS, "sport_contests"), words(LISTS, "sport_sides")
    described = [head.head] if head.dep_ in DESCRIBED_DEPS else []
    described += [c for c in head.head.children if c.dep_ in SUBJECT_DEPS] if head.dep_ == "attr" else []
    if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in contests for t in described):
        return True
    side_prepositions = _side_prepositions()
    fought = [p for c in head.children if c.dep_ == "prep" and c.lower_ in side_prepositions
              for p in c.children if p.dep_ == "pobj"]
    fought += [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    fought += [conj for t in fought for conj in t.conjuncts]
    return bool(fought) and all(t.lemma_.lower() in sides for t in fought)
