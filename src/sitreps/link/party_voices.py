"""Whether two voices in an article speak for one party: the same words, one state's two bodies ("Israel"
and "the Israeli military"), the party's unnamed spokesman, "the group" or "the statement" pointing back at
the party named before. ``own_claims`` asks it whether a party is the only one telling its act, and
``one_telling`` whether two tellings are one party's.

A definite description that names another country is that country's body, not the party named before
("the Palestinian health ministry" after "the Israeli military").
"""

from __future__ import annotations

from functools import cache

from sitreps.attribute.lexicon import lexicon
from sitreps.language_data import word_list
from sitreps.link.described_parties import described_party
from sitreps.link.seat_speakers import speaker_record
from sitreps.models import ActorMention, Attribution, EventMention, Role, SourceKind
from sitreps.resolve.registry_data import ActorRecord

# Actor types (resolve/actors.py) of a state speaking through its army, ministries or spies. The police is
# left out: a police report of what the army did is how such acts are reported.
STATE_BODIES = frozenset({"state_military", "government", "intelligence_service"})
# The English word lists of data/en/link_words.yaml.
LINK_WORDS = "link_words"


@cache
def _owner_endings() -> tuple[str, ...]:
    """Possessive endings that make a source's word its owner ("the British navy's UKMTO agency", "the group's
    media office"), straight and curly (``data/en/link_words.yaml``)."""
    return word_list(LINK_WORDS, "owner_endings")


def told_only_by(mention: EventMention, party: Attribution) -> bool:
    """Whether every sentence telling the incident is the party's or the writer's own (a headline or lead
    that states the party's claim flatly: "Army kills 40 rebels in Darfur" over "the army said it killed
    40"): no witness, official of another side, monitor or outlet told it. The party speaks again by its
    name, by another name the actor registry knows for it, through another body of its state, through its
    spokesman ("an army spokesman" of "the Sudanese army") or as "the group" (``points_back``)."""
    speaker = speaker_record(party.source or "")
    victims = {w for a in mention.actors if a.role is Role.TARGET for w in actor_words(a)}
    for teller in mention.tellers:
        if teller.source_kind is SourceKind.NONE or teller.source is None:
            continue  # the writer's voice
        if bare(teller.source) == bare(party.source or ""):
            continue
        other = speaker_record(teller.source)
        if described_party(teller, party, victims):
            continue  # "Paramilitary group says" over "The Rapid Guard Forces said" (link.described_parties)
        if speaker.known and other.known:
            if other.id == speaker.id or one_state(speaker, other):
                continue
            return False  # another party the registry knows
        if not ((points_back(teller, victims) and not of_another_state(teller, party))
                or its_spokesman(teller, party)):
            return False  # residents, an unnamed source, a monitor, another state's ministry
    return True


def points_back(teller: Attribution, victims: set[str]) -> bool:
    """ "The group", "the al Qaeda-linked group", "the military", "the statement", "it": an organisation's definite
    description whose noun names no one, its statement told again, or a pronoun points back at the party named before,
    unless its noun is the act's victims' ("the rebels said" after the army told of killing rebels is the other
    side speaking)."""
    words = (teller.source or "").split()
    if _its_statement(words) or _pronoun(words):
        return True
    if teller.source_kind is not SourceKind.ORGANISATION or len(words) < 2:
        return False
    owners = [i for i, w in enumerate(words) if w.endswith(_owner_endings())]
    if owners and (owners != [1] or not words[1].islower()):
        return False  # "the British navy's UKMTO agency" names whose it is; "the group's media office" points back
    head = words[-1]
    return words[0].lower() in lexicon().definite_determiners and head.islower() and head not in victims


def _pronoun(words: list[str]) -> bool:
    """ "It said": a body told again by a pronoun alone (``body_pronouns``) is the body named before it (round 23);
    the source readers leave it vague, as though nobody in particular spoke."""
    return len(words) == 1 and words[0].lower() in lexicon().body_pronouns


def of_another_state(teller: Attribution, party: Attribution) -> bool:
    """ "The Palestinian health ministry" after "the Israeli military": a definite description that names a
    country in its own words is that country's body, not the party named before (round 21)."""
    own, party_country = speaker_record(teller.source or "").country, speaker_record(party.source or "").country
    return own is not None and party_country is not None and own != party_country


def _its_statement(words: list[str]) -> bool:
    """ "The statement", "the communique": a party's published word told again with a definite article points
    back at the party named with it before (``own_word_nouns``), whatever kind the source reads as."""
    lex = lexicon()
    return len(words) == 2 and words[0].lower() in lex.definite_determiners and words[1].lower() in lex.own_word_nouns


def its_spokesman(teller: Attribution, party: Attribution) -> bool:
    """ "An army spokesman" of "the Sudanese army", "a spokesman": an unnamed spokesman whose other words
    are all the party's speaks for it."""
    if not spokesperson(teller):
        return False
    lex = lexicon()
    words = set((teller.source or "").lower().split()) - lex.spokesperson_nouns - lex.definite_determiners
    words -= lex.indefinite_determiners
    return words <= set((party.source or "").lower().split())


def one_state(speaker: ActorRecord, other: ActorRecord) -> bool:
    """Two bodies of one state ("Israel" and "the Israeli military"): one party speaking twice."""
    return (speaker.type in STATE_BODIES and other.type in STATE_BODIES and speaker.country is not None
            and speaker.country == other.country)


def spokesperson(attribution: Attribution) -> bool:
    """An unnamed spokesman speaks for his party ("an army spokesman said"), unlike an unnamed source."""
    words = (attribution.source or "").lower().split()
    return attribution.source_kind is SourceKind.ANONYMOUS and bool(set(words) & lexicon().spokesperson_nouns)


def actor_words(actor: ActorMention) -> list[str]:
    return actor.evidence[0].text.lower().split() if actor.evidence else actor.name.lower().split()


def bare(phrase: str) -> str:
    """A phrase lower-cased without its leading definite determiner ("The Houthis" = "Houthis")."""
    words = phrase.lower().split()
    if words and words[0] in lexicon().definite_determiners:
        words = words[1:]
    return " ".join(words)


def same_party(voice: str, party: str) -> bool:
    """Whether a named voice speaks for ``party``: the same words, the same party or state the registry
    knows ("Armenia" and "the Armenian defence ministry"), or the party's unnamed spokesman ("a spokesman"
    of "Fano militia")."""
    if bare(voice) == bare(party):
        return True
    speaker, other = speaker_record(party), speaker_record(voice)
    if one_state(speaker, other):
        return True
    if speaker.known and other.known:
        return other.id == speaker.id
    teller = Attribution(source=voice, source_kind=SourceKind.ANONYMOUS, evidence=[])
    return its_spokesman(teller, Attribution(source=party, source_kind=SourceKind.ORGANISATION, evidence=[]))
