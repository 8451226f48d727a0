"""Where: the place phrase an event is located at, resolved through the gazetteer.

The dateline is where a story was filed, so toponyms inside it are never
candidates, nor are the event's actors ("Ukrainian troops", "defected to
Ukraine"). A phrase after a locative preposition on the trigger's path wins
("near the village of Robotyne", "in Maungdaw township (Rakhine)"), whether or
not the tagger recognised the name; otherwise the nearest toponym entity after a
locative preposition anywhere in the sentence. A phrase is a place only when it
holds a name (:mod:`sitreps.extract.placename`): "the area", "villages", "the
Fano conflict" are never geocoded. "near X", "10 km from X", "north of X" and
"the outskirts of X" place the event at X with ACLED geo_precision 2.

This module finds the phrases; :mod:`sitreps.extract.place_lookup` resolves one through the gazetteer,
:mod:`sitreps.extract.place_ranking` picks the event's place among them, and
:mod:`sitreps.extract.target_places` tells which targets are places.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.doctext import ents_in
from sitreps.extract.blamed_on import blamed_on
from sitreps.extract.carried_to import carried_to
from sitreps.extract.english import words
from sitreps.extract.locatives import dwellers_place, locative_object
from sitreps.extract.name_runs import hyphen_goes_on
from sitreps.extract.named_phrase import named_phrase
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.extract.place_words import PLACE_LABELS, is_place_word, place_nouns
from sitreps.extract.placename import toponym_in
from sitreps.extract.routes import is_route
from sitreps.extract.seated import seated_at
from sitreps.extract.trigger_scene import SUBJECT_DEPS, on_trigger_path, scene, told_how

Range = tuple[int, int]


def _candidates(sentence: SpacySpan, trigger: Token | None = None) -> list[Token]:
    """Objects of locative prepositions whose phrase holds a place word, but for where something was
    said: "the governor said on Telegram", "the minister told reporters in Geneva" (unless the saying is
    the event itself, ``trigger``), where casualties were carried, whom an act is blamed on, and where a
    body is based ("a monitor based in Britain")."""
    found: list[Token] = []
    for token in sentence:
        pobj = locative_object(token) if is_place_word(token) else None
        if pobj is not None and pobj not in found and not _where_said(pobj, trigger) \
                and not carried_to(pobj, trigger) and not blamed_on(pobj) and not seated_at(pobj, trigger) \
                and not any(_one_word(pobj, other) for other in found):
            found.append(pobj)
    return found


def _one_word(token: Token, other: Token) -> bool:
    """Whether two tokens are parts of one hyphenated word: the parse may make both "al" and "Ain" of
    "Ras al-Ain" objects of "in", but the second is no place of its own."""
    low, high = sorted((token.i, other.i))
    return all(hyphen_goes_on(token.doc, i) for i in range(low + 1, high, 2)) and (high - low) % 2 == 0


def _where_said(pobj: Token, trigger: Token | None) -> bool:
    """Whether a locative after a verb of reporting tells where or through what it was said ("said on
    Telegram", "told reporters in Geneva"); one written before it sets the scene of what is reported
    ("In Montreuil, it was reported that youths attacked shops")."""
    verb = pobj.head.head
    return verb != trigger and pobj.i > verb.i and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower() in words("cues", "indirect_verbs")


def _outside(start: int, end: int, pobj: Token, excluded: Sequence[Range]) -> bool:
    """Whether a place phrase avoids the excluded ranges.

    A range that holds the phrase's own preposition is a noun phrase with a locative modifier
    ("rebels in Kidal" as an actor): the place inside it still places the event. So does a range
    that is the locative's own object when a place noun heads it (an actor taken from "on the
    outskirts of X").
    """
    prep = pobj.head.idx
    return not any(s < end and start < e and not s < prep < e and not _headed_by_place_noun(pobj, s, e)
                   for s, e in excluded)


def _headed_by_place_noun(pobj: Token, start: int, end: int) -> bool:
    """An "actor" headed by a place noun ("the outskirts of the state capital") is the place itself."""
    span = pobj.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root == pobj and pobj.lemma_.lower() in place_nouns()


def locative_places(sentence: SpacySpan, excluded: Sequence[Range]) -> list[SpacySpan]:
    """Every named place phrase after a locative preposition in a sentence, in order, outside ``excluded``."""
    found = []
    for pobj in _candidates(sentence):
        span = named_phrase(pobj)
        if span is not None and _outside(span.start_char, span.end_char, pobj, excluded):
            found.append(span)
    return found


def place_phrases(sentence: SpacySpan, trigger: Token, excluded: Sequence[Range],
                  belongs: Callable[[int, int], bool]) -> list[SpacySpan]:
    """Named place phrases the event may have happened at, the likeliest first.

    Locatives in the trigger's clause, nearest first, then place entities after a locative
    preposition elsewhere in the sentence (not in the trigger's own subordinate clauses).
    ``excluded`` are character ranges not to use (dateline, actors);
    ``belongs`` tells whether a range is this trigger's rather than another event's.
    """
    phrases, lent = [], []
    for pobj in _candidates(sentence, trigger):
        span = named_phrase(pobj)
        if span is None or not _outside(span.start_char, span.end_char, pobj, excluded):
            continue  # "in the area", "near the border": no name, no place
        if belongs(span.start_char, span.end_char):
            phrases.append((pobj, span))
        elif _told_beside(pobj, trigger):
            lent.append(span)
    governed = sorted(((p, span) for p, span in phrases if on_trigger_path(p, trigger)),
                      key=lambda item: abs(item[0].i - trigger.i))
    named = [span for p, span in phrases
             if _labelled(p, span) and trigger not in p.ancestors and (p, span) not in governed]
    return _struck_sites(trigger) + [span for _, span in governed] + named or lent


def unlabelled_places(sentence: SpacySpan, trigger: Token, excluded: Sequence[Range],
                      belongs: Callable[[int, int], bool]) -> list[SpacySpan]:
    """Proper names after a locative preposition elsewhere in the trigger's sentence that the tagger did not
    label a place ("The road outside Rueso was the scene of an attack, when a bomb killed two rangers", with
    Rueso read as an organisation): :func:`place_phrases` leaves them out, since only the gazetteer can tell
    such a name from a body's (:mod:`sitreps.extract.target_places`, ``home_places``)."""
    found = []
    for pobj in _candidates(sentence, trigger):
        span = named_phrase(pobj)
        if span is not None and pobj.pos_ == "PROPN" and not _labelled(pobj, span) and trigger not in pobj.ancestors \
                and not on_trigger_path(pobj, trigger) and _outside(span.start_char, span.end_char, pobj, excluded) \
                and belongs(span.start_char, span.end_char):
            found.append(span)
    return found


def _labelled(pobj: Token, span: SpacySpan) -> bool:
    """Whether the tagger or the dwellers' words make a locative's phrase a place ("in Kidal", "residents of X")."""
    return any(e.label_ in PLACE_LABELS for e in ents_in(span)) or dwellers_place(pobj)


def _told_beside(pobj: Token, trigger: Token) -> bool:
    """Whether a place another event of the sentence holds is where the trigger's act happened too.

    An act told as done during, at or right after another ("detained after a rally in the city of
    Valencia", "arrested 14 people following a demonstration in Mandalay") happened where that one
    did when the sentence gives it no place of its own: the other event's noun hangs from the
    trigger's clause through one of ``companion_prepositions``, with no clause or coordinated verb
    between. "Arrested over a bombing in Quetta" says nothing of where the arrest was.
    """
    if not on_trigger_path(pobj, trigger):
        return False
    anchors = (trigger, scene(trigger))
    for token in pobj.head.ancestors:
        if token.dep_ == "conj":
            return False
        if token.dep_ == "prep" and token.head in anchors:
            return token.lower_ in words("places", "companion_prepositions")
    return False


def _struck_sites(trigger: Token) -> list[SpacySpan]:
    """A named site the act hit: "shelled a Kharkiv school", "an airstrike hit a Gaza City hospital".

    The direct object of the trigger's scene verb (:func:`scene`) headed by a place noun ("school",
    "hospital", "village") or a road named by its ends ("blocked the road between X and Y": near X, as
    :mod:`sitreps.extract.routes` reads "on the road between") places the act at the name it holds; so does
    the object of the verb the scene is joined after when it shares that verb's subject. The parse ties the
    object to this trigger, so no ownership test applies (a trigger inside the object's own modifiers, "a hospital
    crowded with displaced families", does not take it over).
    """
    anchor = scene(trigger)
    # "Artillery fired from Armenian positions hit the village of X": a verb joined to the scene's that
    # shares its subject tells the same act's next step, and its object is the site hit too
    joined = [c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    # and read back: "bandits blocked the road between X and Y and abducted 14 passengers" (round 29)
    own_subject = any(g.dep_ in SUBJECT_DEPS for g in anchor.children)
    if anchor.dep_ == "conj" and anchor.head.pos_ == "VERB" and not own_subject:
        joined.append(anchor.head)
    # "a man was shot dead when settlers stormed the village of X": a "when"/"as" clause tells how the act
    # happened, and the site its verb names is where
    joined += [c for c in anchor.children if c.dep_ == "advcl" and c.pos_ == "VERB" and told_how(c)]
    found = []
    for child in (c for verb in [anchor, *joined] for c in verb.children):
        # a road named by its ends is a site too: "bandits blocked the road between X and Y and abducted ..."
        if child.dep_ != "dobj" or not (child.lemma_.lower() in place_nouns() or is_route(child)):
            continue
        span = named_phrase(child)
        if span is not None:
            found.append(span)
    return found


def slot_places(heads: Sequence[Token]) -> list[SpacySpan]:
    """Named place slots ("the town of Boulkessi" of "seized control of ...")."""
    found = []
    for head in heads:
        start, end = phrase_bounds(head)
        span = head.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and toponym_in(span) is not None:
            found.append(span)
    return found


def conjoined_objects(trigger: Token) -> list[SpacySpan]:
    """The objects of the verb a trigger is co-ordinated with: "stormed the village of X and killed
    four civilians" happened in X, since co-ordinated acts of one clause share their scene; so does
    the verb whose outcome a participle tells ("raided Tubas, killing two men")."""
    head = trigger.head
    participle = trigger.dep_ == "advcl" and scene(trigger) == head
    if not (trigger.dep_ == "conj" or participle) or head.pos_ != "VERB":
        return []
    found = []
    for child in head.children:
        if child.dep_ == "dobj":
            start, end = phrase_bounds(child)
            span = trigger.doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                found.append(span)
    return found
