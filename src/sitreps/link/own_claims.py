"""A party's claim of its own act, for the event's modality: "the army said it killed 30 militants",
"Baku said it had taken control of 60 positions", "the group said its fighters ambushed a patrol".

ACLED codes such an act ``claimed`` when the party to it is the only source telling it (sitreps has
no such value; ``alleged`` is the nearest, and the real-news scorer accepts it for ``claimed``).
A mention keeps ``reported``, the sentence's own modality (the project gold codes "Hezbollah said it
fired 300 rockets" so); the event's consensus reads the mention's value as ``alleged`` and ranks it
after a ``reported`` that any other report of the act gives: an act the other side, a witness or the
writer also tells is reported (``link.consensus``).

The parse decides who did it before this: the actor resolver reads "it"/"they" of the speaker as
the speaker, so the claim's source and the event's initiator are the same words ("The Sudanese army
said it killed": initiator "The Sudanese army", source "The Sudanese army"), or the initiator is the
speaker's own side kept as words ("its fighters", "we"). A party telling the other side's act ("the
army said rebels attacked") or its own suffering ("it was attacked": the speaker is the target) has
another initiator, and a passage with no named source ("residents said") has no party speaking.

More ways a party tells its own act with no initiator in the speaker's words (round 12): its possessive
on the act or its means ("said its bombing of the camp killed 12", "its jets destroyed 14 targets");
an act with no doer at all whose victims are armed foes ("the army said 35 militants were killed in an
operation": a party does not tell its losses so); a state body telling what its country's forces did
("Turkey's defence ministry said Turkish jets struck"); and a claim of responsibility in another
sentence of an incident whose report names no doer or only unnamed ones ("Gunmen stormed a hotel,
officials said. The BLA claimed the attack"). An unnamed spokesman speaks for his side as a named one.
"""

from __future__ import annotations

from sitreps.attribute.lexicon import lexicon
from sitreps.extract.english import without_possessive
from sitreps.link.bare_bodies import bare_body_tells_own
from sitreps.link.described_parties import described_party
from sitreps.link.families import family_of
from sitreps.link.official_sides import official_side
from sitreps.link.party_voices import (
    STATE_BODIES,
    actor_words,
    bare,
    its_spokesman,
    of_another_state,
    one_state,
    points_back,
    spokesperson,
    told_only_by,
)
from sitreps.link.seat_speakers import speaker_record
from sitreps.link.unnamed_troops import countrys_soldiers, countrys_unnamed_force, unnamed_troops
from sitreps.models import ActorMention, Attribution, EventMention, Modality, Role, SourceKind, Span
from sitreps.resolve.registry_data import registered

# Families of armed acts a party claims (ACLED codes battles, strikes and attacks "claimed"); a
# police force's account of its arrests or organisers' of their march is how those are reported.
CLAIMABLE_FAMILIES = frozenset({"battle", "remote_violence", "violence_against_civilians"})
# A side's losses of men and ground that a party to the fight announces (round 22): "the army said 60 rebels
# surrendered to its troops", "the RSF commander defected to the army with 200 fighters, the army said". The
# doer is the other side, yet only the two sides tell such acts, each on its own word: ACLED codes them
# ``claimed`` whichever party tells them alone (the issue's "surrenders of the other side, defections it
# announces"); a witness, a monitor or the UN telling them too makes them reported (``told_only_by``).
CONCEDED_TYPES = frozenset({"surrender_capture", "defection", "desertion", "withdrawal"})
# Armed acts of the strategic family a party claims as the real-news gold's coders read them: "Ukraine's
# general staff said it downed 20 drones" (the issue's own example of ``claimed``), and the conceded acts above.
CLAIMABLE_TYPES = frozenset({"disrupted_weapons_use", "government_regains_territory",
                             "non_state_overtakes_territory"}) | CONCEDED_TYPES
# Acts a state body tells with no doer only of its own forces: "the ministry said air defences destroyed
# 15 drones" (no side tells the other's interceptions).
DOERLESS_OWN_TYPES = frozenset({"disrupted_weapons_use"})
# Sources that are no party speaking: nobody named, or anonymous people.
NO_PARTY = frozenset({SourceKind.NONE, SourceKind.ANONYMOUS})
# Sources that speak for a party by name: an organisation or a named official, never a witness, an
# outlet or an unnamed person. The new rules (a possessive, an agentless act, a responsibility claim)
# read no doer words, so they ask for a named party.
PARTY_KINDS = frozenset({SourceKind.ORGANISATION, SourceKind.NAMED_OFFICIAL})
# Who may claim an attack: a party's name is often read as a person's ("Al-Shabaab claimed ...").
CLAIMANT_KINDS = PARTY_KINDS | {SourceKind.NAMED_PERSON}
# Actor types (resolve/actors.py) of the forces whose acts a state (``party_voices.STATE_BODIES``) tells as
# its own. The police is left out: a police report of what the army did is how such acts are reported.
STATE_FORCES = frozenset({"state_military", "military_personnel"})
# Marks a quoted claim opens with ('"We repelled the attack," a spokesman said').
QUOTE_MARKS = "\"'“”‘’("


def claims_own_act(mention: EventMention) -> bool:
    """Whether the mention tells its act only as its doer's own claim (module docstring)."""
    attribution = mention.attribution
    if (mention.modality is not Modality.REPORTED or attribution is None or attribution.source is None
            or not _claimable(mention.type) or not attribution.evidence):
        return False
    if _doer_tells_alone(mention):
        return True  # "Pakistani Taliban say they attacked police post" over "spokesman Mohammad Khurasani said"
    if attribution.source_kind in NO_PARTY and not spokesperson(attribution):
        return False
    if _claims_responsibility(mention, attribution):
        return True  # in its sentence or another: "Houthis claim attack on tanker" over "... claimed responsibility"
    if mention.tellers and not told_only_by(mention, attribution):
        return False  # a witness, the other side or a monitor told it too: reported
    if not mention.tellers and not _within(attribution.evidence[0], mention.sentence):
        return False  # stored before tellers were kept: the source may speak of another act
    return (_own_act(mention, attribution) or (mention.type in CONCEDED_TYPES and _a_party(attribution))
            or bare_body_tells_own(mention, official_side(attribution, mention.tellers) or attribution,
                                   CLAIMABLE_TYPES))


def _claimable(event_type: str) -> bool:
    """Whether a party's own account of an act of this type is a claim (``CLAIMABLE_FAMILIES``, ``_TYPES``)."""
    return family_of(event_type) in CLAIMABLE_FAMILIES or event_type in CLAIMABLE_TYPES


def _doer_tells_alone(mention: EventMention) -> bool:
    """Whether a teller names the act's doer ("RSF says it repelled ...", "Colombian dissidents say they
    attacked ...": the headline's speaker is the initiator's words) and every other teller speaks for that
    side: the same registry party or state, "the group", the group's spokesman or leader ("the group's
    military spokesman", "the gang's leader"), or an official the article names without another side
    (the title that would say whose, "TTP spokesman Mohammad Khurasani", is not kept with the source)."""
    speakers = [t for t in mention.tellers if t.source_kind is not SourceKind.NONE and t.source]
    doers = [t for t in speakers if _names_doer(mention, t)]
    if not doers:
        return False
    victims = {w for a in mention.actors if a.role is Role.TARGET for w in actor_words(a)}
    return all(t in doers or any(_speaks_for(t, d, victims) for d in doers) for t in speakers)


def _names_doer(mention: EventMention, teller: Attribution) -> bool:
    """Whether the teller's words are an initiator's words, name the same registry party, or name a state's
    forces whose soldiers did it ("Army says troops killed 22 militants": an army of no stated country, or of
    the troops' own, tells what its troops did; a governor or a ministry of no stated country may be the
    other side's)."""
    source = bare(teller.source or "")
    known = speaker_record(teller.source or "")
    if not _a_party(teller, CLAIMANT_KINDS | {SourceKind.VAGUE}):
        return False
    for actor in mention.actors:
        if actor.role is not Role.INITIATOR:
            continue
        if (actor.evidence and bare(actor.evidence[0].text) == source) or (known.known and actor.actor_id == known.id):
            return True
        if known.type in STATE_FORCES and actor.actor_type in STATE_FORCES and known.country in (None, actor.country):
            return True
    return False


def _speaks_for(teller: Attribution, doer: Attribution, victims: set[str]) -> bool:
    """Whether ``teller`` speaks for the side ``doer`` names (``_doer_tells_alone``): another party the
    registry knows does not; an unnamed side's spokesman or leader ("the group's military spokesman",
    "its commander"), an official named without a side, or "the group" does."""
    if bare(teller.source or "") == bare(doer.source or "") or its_spokesman(teller, doer):
        return True
    if described_party(teller, doer, victims):
        return True  # "Paramilitary group says it ..." over "The Rapid Guard Forces said"
    speaker, other = speaker_record(doer.source or ""), speaker_record(teller.source or "")
    if other.known:
        return speaker.known and (other.id == speaker.id or one_state(speaker, other))
    lex = lexicon()
    words = (teller.source or "").split()
    lowered = [w.lower() for w in words]
    if lowered and lowered[0] in lex.own_side_words:
        return True
    if lowered and lowered[-1] in lex.spokesperson_nouns | lex.side_leader_nouns:
        side = {without_possessive(w) for w in lowered[:-1]}
        side |= {f"{w}s" for w in side}  # "a rebel spokesman" is of the rebels the act struck
        return not any(w[:1].isupper() for w in words[1:-1]) and not side & victims
    if teller.source_kind is SourceKind.NAMED_OFFICIAL:
        return True
    return points_back(teller, victims) and not of_another_state(teller, doer)


def _own_act(mention: EventMention, attribution: Attribution) -> bool:
    """Whether the act the source tells is its own: it or its side did it, by the parse or the registry."""
    source = bare(attribution.source or "")
    lex = lexicon()
    for actor in mention.actors:
        if actor.role is not Role.INITIATOR or not actor.evidence:
            continue
        words = actor.evidence[0].text.lower().split()
        if bare(actor.evidence[0].text) == source or (words and words[0] in lex.own_side_words) \
                or _its_own_ranks(words):
            return True
    if not _a_party(attribution):
        return False
    attribution = official_side(attribution, mention.tellers) or attribution  # "Turkish Defence Minister X said"
    if any(a.role is Role.INITIATOR for a in mention.actors):
        if _own_forces(mention, attribution) or countrys_unnamed_force(mention, attribution, STATE_BODIES):
            return True
        return _foes_struck(mention) and (
            unnamed_troops(mention, attribution) or countrys_soldiers(mention, attribution, STATE_FORCES))
    return _own_side_means(mention) or _foes_struck(mention) or _own_interception(mention, attribution)


def _its_own_ranks(words: list[str]) -> bool:
    """ "The group's fighters", "the movement's naval forces": the speaking party's ranks named through the
    noun an article refers back to it by (``own_party_nouns``), as "its fighters" names them."""
    lex = lexicon()
    if len(words) < 3 or words[0] not in lex.definite_determiners:
        return False
    owner = without_possessive(words[1])
    return owner != words[1] and owner in lex.own_party_nouns


def _own_interception(mention: EventMention, attribution: Attribution) -> bool:
    """A state's army, ministry or government telling an interception with no doer ("the defence ministry
    said air defences destroyed 15 drones"): its own (``DOERLESS_OWN_TYPES``); a police report is not."""
    return mention.type in DOERLESS_OWN_TYPES and speaker_record(attribution.source or "").type in STATE_BODIES


def _a_party(attribution: Attribution, kinds: frozenset[SourceKind] = PARTY_KINDS) -> bool:
    """Whether the source speaks for a party to armed acts: named, and no monitor, aid group or civilians."""
    if (attribution.source_kind not in kinds and not spokesperson(attribution)) or attribution.source is None:
        return False
    return speaker_record(attribution.source).type not in lexicon().non_party_types


def _own_forces(mention: EventMention, attribution: Attribution) -> bool:
    """A state's army, ministry or government telling what its own forces or its state did ("Turkey's defence
    ministry said Turkish jets struck 29 targets", "Egypt's army said Egyptian forces raided a hideout",
    "Israel strikes depot" over "the Israeli military said"), or
    a known armed group its own fighters' act: the doer is the speaker's side under another name."""
    speaker = speaker_record(attribution.source or "")
    for actor in mention.actors:
        if actor.role is not Role.INITIATOR:
            continue
        if speaker.known and speaker.type not in STATE_BODIES and actor.actor_id == speaker.id:
            return True
        if speaker.type in STATE_BODIES and speaker.country is not None \
                and actor.actor_type in STATE_FORCES | STATE_BODIES and actor.country == speaker.country:
            return True
    return False


def _own_side_means(mention: EventMention) -> bool:
    """ "Said its bombing of the camp killed 12", "said its jets destroyed 14 targets": the speaker's
    possessive on the act itself (the word before the trigger) or on the means it was done with."""
    own = lexicon().own_side_words
    before = mention.sentence.text[:mention.trigger.start - mention.sentence.start].lower().split()
    if before and before[-1].strip(QUOTE_MARKS) in own:
        return True
    return any(a.role is Role.INSTRUMENT and _first_word(a) in own for a in mention.actors)


def _foes_struck(mention: EventMention) -> bool:
    """An act with no doer whose victims are armed foes, not the speaker's own ("35 militants were
    killed"; "20 of its fighters were killed" is the speaker's loss, "nine soldiers and 14 rebels died"
    both sides')."""
    lex = lexicon()
    victims = [set(actor_words(a)) for a in mention.actors if a.role is Role.TARGET]
    if any(words & (lex.own_side_words | lex.force_nouns) for words in victims):
        return False
    return any(words & lex.foe_nouns for words in victims)


def _claims_responsibility(mention: EventMention, attribution: Attribution) -> bool:
    """A party's claim of the act told in another sentence ("The BLA claimed the attack"), when the
    report names no doer, only unnamed ones ("gunmen", "militants") or the claimant as its claim gives
    it (``extract.claimants``: "Al-Shabaab claimed responsibility for the attack" names the bombing's
    doer): a report naming the doer otherwise tells who did it ("fighters of the Arakan Army overran"),
    or tells another act merged with the claimed one ("security forces killed 16 of the hijackers")."""
    cue = attribution.evidence[0].text.lower()
    if (cue not in lexicon().responsibility_cues or not _a_party(attribution, CLAIMANT_KINDS)
            or attribution.source is None):
        return False
    claimant = bare(attribution.source)
    return all(_unnamed_doer(a) or (bool(a.evidence) and bare(a.evidence[0].text) == claimant)
               for a in mention.actors if a.role is Role.INITIATOR)


def _unnamed_doer(actor: ActorMention) -> bool:
    """ "Gunmen", "unidentified assailants": a foe noun the actor registry does not know, with no name in
    it (a capitalised word after the first, or an acronym: "Boko Haram militants", "JNIM fighters")."""
    text = actor.evidence[0].text if actor.evidence else actor.name
    words = text.split()
    if not words or words[-1].lower() not in lexicon().foe_nouns:
        return False
    if registered(actor.actor_id):
        return False  # a known group's fighters ("Al-Shabaab fighters")
    return not any(w[:1].isupper() for w in words[1:]) and not (len(words[0]) > 1 and words[0].isupper())


def _first_word(actor: ActorMention) -> str:
    words = actor_words(actor)
    return words[0] if words else ""


def _within(span: Span, sentence: Span) -> bool:
    """Whether ``span`` lies in ``sentence``: a source's cue elsewhere speaks of another telling."""
    return sentence.start <= span.start and span.end <= sentence.end
