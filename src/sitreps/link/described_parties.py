"""A party described in one telling and named in another: "Paramilitary group says it shot down army warplane"
over "The Rapid Guard Forces said in a statement on Telegram that its fighters had shot down ...", "Rebels say
they seized Kimo" over "the M-27 group said". Headlines, and a lead's first mention, describe the party by what
it is; the body names it. The description is no other voice telling the act, so the named party is still the
only one telling it (round 23, issue #13 "Scope of modality").

A description here is a source the actor registry does not know whose words after the first are all lower-case
("Paramilitary group", "Islamist militants", "Army"): it names no one. It is the named party when the registry
types both alike as an armed side (an armed group, or a state's army) of no different country, and neither is
the act's victims ("Rebels said" after the army told of killing rebels is the other side speaking).
"""

from __future__ import annotations

from sitreps.attribute.lexicon import lexicon
from sitreps.link.seat_speakers import speaker_record
from sitreps.models import Attribution, SourceKind

# Registry types (resolve/actors.py) of the armed sides a description names by kind: "rebels", "a jihadist group",
# "the paramilitaries" are armed groups, "army" a state's military. Others (civilians, officials, a government,
# the police) are told by description as witnesses and sources, not as the party claiming an act.
ARMED_SIDES = frozenset({"armed_group", "state_military"})
# Sources that can speak for a party by name or by description (a party's name is often read as a person's).
PARTY_KINDS = frozenset({SourceKind.ORGANISATION, SourceKind.NAMED_OFFICIAL, SourceKind.NAMED_PERSON})


def described_party(one: Attribution, other: Attribution, victims: set[str]) -> bool:
    """Whether one of two tellings describes the armed side the other names or describes (module docstring)."""
    return any(_describes(a, b, victims) for a, b in ((one, other), (other, one)))


def _describes(description: Attribution, party: Attribution, victims: set[str]) -> bool:
    if description.source_kind is not SourceKind.ORGANISATION or party.source_kind not in PARTY_KINDS:
        return False
    words, party_words = (description.source or "").split(), (party.source or "").split()
    lex = lexicon()
    if not words or not party_words or any(w[:1].isupper() for w in words[1:]) \
            or words[-1].lower() not in lex.armed_description_heads:
        return False
    if {w.lower() for w in words + party_words} - lex.definite_determiners - lex.indefinite_determiners & victims:
        return False
    described, named = speaker_record(description.source or ""), speaker_record(party.source or "")
    if described.known or described.type not in ARMED_SIDES or named.type != described.type:
        return False
    if not (named.known or _armed_name(party_words)):
        return False
    return described.country is None or named.country in (None, described.country)


def _armed_name(words: list[str]) -> bool:
    """Whether an unregistered source reads as an armed side's name: its head is a name ("The Rapid Guard
    Forces", "the Kivu Patriotic Front") or an armed noun after a name ("the M-27 rebel group"). The registry
    types any unknown name as an armed group; "A UN monitoring mission" or "Local officials" is none."""
    head = words[-1]
    named = any(w[:1].isupper() for w in words[1:]) or (len(words) > 1 and words[0][:1].isupper())
    return named and (head[:1].isupper() or head.lower() in lexicon().armed_description_heads)
