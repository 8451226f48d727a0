"""Where a body is based: the seat of whoever is named, not the place of the act reported.

Wire copy names a source or a unit by its seat: "a war monitor based in Britain said the strikes hit a
depot", "the group, headquartered in Idlib, claimed the attack", "a brigade based in Zaporizhzhia said
it shot down a drone". The town or country there is where the body sits, often abroad and always
apart from the act: read as a place of the sentence it placed a strike in Syria in the United Kingdom.
A locative object whose preposition hangs from a participle of being seated (``seat_participles`` of
``data/en/places.yaml``) on a body that reports (the subject of a verb of saying) is no candidate for the
event's place, nor for the story's country, unless that participle is the trigger. Only reporting bodies:
a first form that took any seated body ("fighters based in the area attacked") lowered real-news test
initiator 0.704 -> 0.676 through one more merge; the reporting form leaves every real-news figure as it was.
"""

from __future__ import annotations

from spacy.tokens import Token

from sitreps.extract.english import words


def seated_at(pobj: Token, trigger: Token | None) -> bool:
    """Whether a locative object tells where a source that speaks is based ("a monitor based in Britain said")."""
    prep = pobj.head
    seat = prep.head
    return prep.dep_ == "prep" and seat != trigger and seat.tag_ == "VBN" \
        and seat.lemma_.lower() in words("places", "seat_participles") and _speaks(seat.head)


def _speaks(body: Token) -> bool:
    """Whether the seated body is the subject of a verb of reporting ("the monitor ... said", "claimed")."""
    verb = body.head
    return body.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in words("cues", "indirect_verbs") | words("places", "speaking_verbs")
