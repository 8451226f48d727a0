"""Where words were said: the place of a report's speaker is not the place of what it reports.

"Officials in Kherson said Russian forces shelled Beryslav", "Speaking in Kyiv, the governor said
troops shelled Nikopol", "The minister told a news conference in Islamabad that militants ambushed
a patrol in Bannu": the first place of each sentence is where the speaker sat. ACLED codes the
place of the act, so such a place ranks after every place the act is said to be at. It is not
dropped: when it is the sentence's only place ("Residents in Gao said the town was shelled"), the
speaker is most often where it happened.

Relies on: the dependency parse. Gives: :func:`said_from`, read by ``extract.place_ranking.locate``.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.extract.english import words

# The dependencies a place's phrase may climb through to reach the verb that governs it: nouns and
# the prepositions and appositions between them ("a news conference in Islamabad", "officials of the
# regional administration in Kherson"). Any other relation (a clause) means the verb governs more
# than the phrase, so it is not the place of the words.
NOUN_PATH_DEPS = frozenset({"pobj", "prep", "compound", "appos", "amod", "nmod", "poss", "conj", "dobj",
                            "nsubj", "nsubjpass", "agent"})


def said_from(phrase: SpacySpan) -> bool:
    """Whether a place phrase tells where a report was given rather than where its act happened.

    The phrase climbs through nouns and prepositions to the first verb; it is the place of the words
    when that verb is one of speaking and the phrase is inside its speaker or its own locative, or,
    for a verb whose object is the audience ("told reporters in Geneva"), inside that object.
    """
    token = phrase.root
    while token.head != token:
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            return _speaks(head, token)
        if token.dep_ not in NOUN_PATH_DEPS:
            return False
        token = head
    return False


def said_at(phrase: SpacySpan) -> bool:
    """Whether a place phrase is the locative of a verb of speaking ("condemned in Washington", "at a
    news conference in Geneva"): where words were said, not who said them ("Niger's army said")."""
    token = phrase.root
    while token.head != token:
        head = token.head
        if head.pos_ in ("VERB", "AUX"):
            return token.dep_ == "prep" and _speaks(head, token)
        if token.dep_ not in NOUN_PATH_DEPS:
            return False
        token = head
    return False


def _speaks(verb: Token, child: Token) -> bool:
    """Whether ``child`` hangs from a verb of speaking as its speaker, its locative or its audience."""
    lemma = verb.lemma_.lower()
    speaking = lemma in words("cues", "indirect_verbs") | words("places", "speaking_verbs")
    if not speaking:
        return False
    if child.dep_ in words("places", "speaker_dependencies"):
        return True
    return child.dep_ == "dobj" and lemma in words("places", "audience_verbs")
