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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from sitreps.annotate.doctext import ents_in
from sitreps.annotate.quantities import counting_lexicon
from sitreps.extract.across import beside_countries
from sitreps.extract.bearings import country_bearings, phrase_parts, stated_distance_km
from sitreps.extract.blamed_on import blamed_on
from sitreps.extract.capitals import owning_capital, story_capital
from sitreps.extract.carried_to import carried_to
from sitreps.extract.english import words
from sitreps.extract.memo import per_document
from sitreps.extract.phrase_extent import phrase_bounds
from sitreps.extract.placename import (
    PLACE_LABELS,
    apposed_name,
    bare_capital,
    capital_country,
    clause_units,
    context_units,
    hyphen_goes_on,
    is_place_word,
    kind_word,
    name_run,
    near_words,
    phrase_units,
    place_nouns,
    toponym_in,
    unlabelled_word,
    with_number,
)
from sitreps.extract.routes import route_end
from sitreps.extract.said_from import said_from
from sitreps.extract.seated import seated_at
from sitreps.models import Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.geomatch import GeoMatch
from sitreps.resolve.places import geo_precision

# A noun trigger's clause is its verb's: "a bomb went off near a van in Quetta".
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
# A locative inside a clause of its own below the trigger places that clause's act
# ("urged X to put pressure on Israel"), not the trigger's.
SUBORDINATE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "relcl"})
# Dependencies of a clause's own subject: a finite verb without one is no clause of its own.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# How far up the tree from the place word its preposition may be
# (toponym -> compound head -> pobj -> prep): 4 hops keeps "in the city of X".
MAX_HOPS_TO_TRIGGER = 4

Range = tuple[int, int]
# Gazetteer answers precise enough to call an unlabelled proper noun a place.
LOCAL_PRECISIONS = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT, PlacePrecision.REGION})
# A town told as a reference point farther than this ("200 km north of Ouagadougou") is no place of the
# event when it is told to be in a town or district (FAR_YIELDS_TO): 25 km is the tolerance for a town
# of the issue and of the real-news scorer, beyond which the reference town's point is wrong anyway.
FAR_REFERENCE_KM = 25.0
FAR_YIELDS_TO = frozenset({PlacePrecision.EXACT, PlacePrecision.DISTRICT})
# Precisions at which a place the event is only near yields to one it is in (see _near_town).
NEAR_YIELDS = frozenset({PlacePrecision.EXACT, PlacePrecision.COUNTRY})
# Entity labels of groups: a target so labelled is struck as a group, not a town (target_places).
ORGANISATION_LABELS = frozenset({"ORG", "NORP"})
# Finer first: the order in which locate() prefers a sentence's places.
PRECISION_RANK = {PlacePrecision.EXACT: 0, PlacePrecision.DISTRICT: 1, PlacePrecision.REGION: 2,
                  PlacePrecision.COUNTRY: 3, PlacePrecision.UNKNOWN: 4}


def breadth(place: Place) -> int:
    """How wide a place is, finer first: an area of no country ("the Sahel") is wider than a country,
    though both are "regions" to the gazetteer, so "a strike in the Sahel" told again as "the strike
    in Mali" keeps Mali."""
    wide = place.precision is PlacePrecision.REGION and not place.country
    return PRECISION_RANK[PlacePrecision.COUNTRY] + 1 if wide else PRECISION_RANK[place.precision]


def _is_relative(prep: Token) -> bool:
    """Whether "of"/"from" gives a distance or bearing from a place: "10 km from X", "north of X"."""
    if prep.lower_ not in words("places", "relative_prepositions"):
        return False
    near = near_words()
    # the unit written right before counts however the parse hangs it ("a village 60 km from X")
    before = prep.doc[prep.i - 1].lower_ if prep.i > 0 else ""
    return prep.head.lower_ in near.direction | near.distance or before in near.distance or any(
        c.lower_ in near.distance for c in prep.children)


def _contested(prep: Token) -> bool:
    """Whether "of" names the place fought over: "fought for control of Lalibela" happened at Lalibela.
    Only after a noun of control that is itself fought for ("under the control of the RSF" names a holder)."""
    noun = prep.head
    return prep.lower_ in words("places", "part_prepositions") \
        and noun.lemma_.lower() in words("places", "contest_nouns") \
        and noun.dep_ == "pobj" and noun.head.lower_ in words("places", "contest_prepositions")


def _dwellers_place(pobj: Token) -> bool:
    """Whether a place is where the people a noun names live or stand: "residents of Kharkiv", "witnesses
    in Gao". Such local people are told beside the act ("residents of Kharkiv said a glide bomb hit a
    building"), so their place counts however the tagger labels the name (it often calls a town a person
    or a body); where it is only the speakers' place it still ranks last (:func:`said_from`)."""
    prep = pobj.head
    return prep.dep_ == "prep" and prep.head.lemma_.lower() in words("places", "dweller_nouns")


def dwellers_phrase(phrase: SpacySpan) -> bool:
    """Whether a place phrase is where local people live or stand ("residents of Kharkiv"): :func:`_dwellers_place`."""
    return _dwellers_place(_object(phrase))


def _of_dwellers(prep: Token) -> bool:
    """Whether "of" tells where people live: "residents of Kharkiv", "villagers of Kadisau" are there."""
    return prep.lower_ in words("places", "part_prepositions") \
        and prep.head.lemma_.lower() in words("places", "dweller_nouns")


def locative_object(token: Token) -> Token | None:
    """The object of the locative preposition a word sits under, or None."""
    for _ in range(MAX_HOPS_TO_TRIGGER):
        locative = token.head.lower_ in words("places", "locative_prepositions") or _is_relative(token.head) \
            or _contested(token.head) or _of_dwellers(token.head)
        if token.dep_ == "pobj" and locative:
            return token
        if token.head == token or token.dep_ not in ("compound", "pobj", "nmod", "amod", "appos", "prep"):
            return None
        token = token.head
    return None


def scene(trigger: Token) -> Token:
    """The word whose clause sets the trigger's scene.

    A noun trigger's verb ("a bomb went off near a van in Quetta", "was stormed by rioters"); the main
    verb of a participle that tells the same act's outcome ("a strike hit a house in Nabatieh, killing three").
    """
    if trigger.dep_ in CLAUSE_DEPS and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "agent" and trigger.head.head.pos_ == "VERB":
        return trigger.head.head  # "a town hall in X was targeted by rioters": the passive verb's scene
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG" and not any(c.dep_ == "mark" for c in trigger.children):
        return trigger.head
    return trigger


def on_trigger_path(pobj: Token, trigger: Token) -> bool:
    """Whether the place's preposition hangs in the trigger's clause (not in a subordinate clause)."""
    attached = pobj.head.head
    anchor = scene(trigger)
    if attached in (trigger, anchor) or attached in trigger.ancestors:
        return True
    path: list[Token] = []
    for token in [attached, *attached.ancestors]:
        if token == anchor:
            return not any(t.dep_ in SUBORDINATE_DEPS and not _same_act(t) for t in path)
        path.append(token)
    return False


def _same_act(clause: Token) -> bool:
    """A "when"/"as" clause tells how the trigger's act happened: "killed when a drone hit a market near X";
    a participle of harm tells what it did: "drones struck Kharkiv region, hitting a depot in Chuhuiv";
    a past-tense verb with no subject and no marker of its own is the main verb of a reduced relative
    the parse hung below it ("Rockets fired from Gaza landed in Ashkelon": the rockets landed there)."""
    if clause.dep_ != "advcl":
        return False
    if _told_how(clause):
        return True
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return (clause.tag_ == "VBG" and _harms(clause)) or (
        clause.tag_ == "VBD" and not any(c.dep_ in SUBJECT_DEPS for c in clause.children))


def _told_how(clause: Token) -> bool:
    """Whether an adverbial clause is marked by a word of one act ("when", "as": ``same_act_markers``)."""
    return any(c.lower_ in words("places", "same_act_markers") for c in clause.children)


def _harms(verb: Token) -> bool:
    """Whether a verb tells harm done (the casualty verbs and ``affect_verbs``): "killing", "hitting"."""
    _, casualties = counting_lexicon()
    lemma = verb.lemma_.lower()
    return lemma in casualties or lemma in words("actor_roles", "affect_verbs")


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


def _under_of(appos: Token, pobj: Token) -> bool:
    """Whether an apposition hangs below the object through "of" phrases only ("the outskirts of the
    capital, X"); one below another preposition ("a vehicle in Tarmiyah (Salah al-Din)") is that
    preposition's own candidate."""
    for token in appos.ancestors:
        if token == pobj:
            return True
        if token.dep_ == "prep" and token.lower_ not in words("places", "part_prepositions"):
            return False
    return False


def _named_phrase(pobj: Token) -> SpacySpan | None:
    """The phrase of a locative object if it names a place, else an apposition's inside it.

    "the capital, Tripoli"; "the outskirts of the state capital, Culiacan" (the apposition hangs
    below the object's own "of" phrase, past the comma the phrase stops at); then a nameless place
    noun's named example ("in towns including Paletwa") or a road's first named end ("on the road
    between Gao and Ansongo", :mod:`sitreps.extract.routes`); last, a name the parse hung elsewhere
    right after a nameless place noun's comma ("near the state capital, Culiacan").
    """
    doc = pobj.doc
    opening = phrase_bounds(pobj)[0]
    for head in [pobj, *(t for t in pobj.subtree if t.dep_ == "appos" and _under_of(t, pobj))]:
        start, end = phrase_bounds(head)
        deep = head.dep_ == "appos" and head.head != pobj  # keep "the outskirts of" with the name: near it
        span = doc.char_span(opening if deep else start, end, alignment_mode="expand")
        span = with_number(span) if span is not None else None
        if span is not None and (toponym_in(span) is not None or capital_country(span) is not None
                                 or bare_capital(span)):
            return span
    example = _example(pobj) or route_end(pobj)
    if example is not None:
        return example
    span = doc.char_span(*phrase_bounds(pobj), alignment_mode="expand")
    name = apposed_name(span) if span is not None else None
    return doc[span.start:name.end] if span is not None and name is not None else None


def _example(pobj: Token) -> SpacySpan | None:
    """The first named example a nameless place noun gives: "in various towns including Paletwa of Chin
    State" happened in Paletwa, "in villages such as Kamianka" in Kamianka (ACLED codes the named one)."""
    if pobj.lemma_.lower() not in place_nouns():
        return None
    for prep in pobj.children:
        written = " ".join([*(c.lower_ for c in prep.children if c.i < prep.i), prep.lower_])
        if prep.dep_ != "prep" or written not in words("places", "example_prepositions"):
            continue
        for example in prep.children:
            span = pobj.doc.char_span(*phrase_bounds(example), alignment_mode="expand") \
                if example.dep_ == "pobj" else None
            if span is not None and toponym_in(span) is not None:
                return span
    return None


def locative_places(sentence: SpacySpan, excluded: Sequence[Range]) -> list[SpacySpan]:
    """Every named place phrase after a locative preposition in a sentence, in order, outside ``excluded``."""
    found = []
    for pobj in _candidates(sentence):
        span = _named_phrase(pobj)
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
        span = _named_phrase(pobj)
        if span is None or not _outside(span.start_char, span.end_char, pobj, excluded):
            continue  # "in the area", "near the border": no name, no place
        if belongs(span.start_char, span.end_char):
            phrases.append((pobj, span))
        elif _told_beside(pobj, trigger):
            lent.append(span)
    governed = sorted(((p, span) for p, span in phrases if on_trigger_path(p, trigger)),
                      key=lambda item: abs(item[0].i - trigger.i))
    named = [span for p, span in phrases if (any(e.label_ in PLACE_LABELS for e in ents_in(span)) or _dwellers_place(p))
             and trigger not in p.ancestors and (p, span) not in governed]
    return _struck_sites(trigger) + [span for _, span in governed] + named or lent


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
    "hospital", "village") places the act at the name it holds. The parse ties the object to this
    trigger, so no ownership test applies (a trigger inside the object's own modifiers, "a hospital
    crowded with displaced families", does not take it over).
    """
    anchor = scene(trigger)
    # "Artillery fired from Armenian positions hit the village of X": a verb joined to the scene's that
    # shares its subject tells the same act's next step, and its object is the site hit too
    joined = [c for c in anchor.children if c.dep_ == "conj" and c.pos_ == "VERB"
              and not any(g.dep_ in SUBJECT_DEPS for g in c.children)]
    # "a man was shot dead when settlers stormed the village of X": a "when"/"as" clause tells how the act
    # happened, and the site its verb names is where
    joined += [c for c in anchor.children if c.dep_ == "advcl" and c.pos_ == "VERB" and _told_how(c)]
    found = []
    for child in (c for verb in [anchor, *joined] for c in verb.children):
        if child.dep_ != "dobj" or child.lemma_.lower() not in place_nouns():
            continue
        span = _named_phrase(child)
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


def target_places(targets: Sequence[SpacySpan], gazetteer: Gazetteer, countries: Sequence[str]) -> list[SpacySpan]:
    """Targets that are themselves named places ("shelled the village of X", "struck Kharkiv").

    The tagger often labels a town it does not know as a person; a proper-noun
    target the gazetteer finds below country level counts as a place too, and so does a named
    target after a site preposition ("the strikes at Tinzaouatene"), which the gazetteer may lack.
    """
    found = []
    for span in targets:
        if capital_country(span) is not None:  # "attack on Ukraine's capital"
            found.append(span)
            continue
        name = toponym_in(span)
        if name is None or not is_place_word(span.root):
            continue
        settlement = _settlement(span.root)  # "the town of Orikhiv", "Debre Tabor, a town in Amhara"
        at_site = span.root.dep_ == "pobj" and span.root.head.lower_ in words("places", "site_prepositions")
        if settlement or at_site or any(e.label_ in PLACE_LABELS for e in ents_in(span)) or (
                span.root.pos_ == "PROPN" and _found_for(name, _lookup(span, name, gazetteer, countries),
                                                         gazetteer, countries)):
            found.append(span)
    return found


def _settlement(root: Token) -> bool:
    """Whether a target's head is a town by its own words: headed by a settlement noun ("the town of
    Orikhiv") or renamed by one in apposition ("Debre Tabor, a town in the Amhara region"), however the
    tagger labels the name (often an organisation, which alone would make it a group struck)."""
    settlements = unit_words().settlement
    return root.lemma_.lower() in settlements or any(
        c.dep_ == "appos" and c.lemma_.lower() in settlements for c in root.children)


def _found_for(name: SpacySpan, match: GeoMatch, gazetteer: Gazetteer, countries: Sequence[str]) -> bool:
    """Whether the gazetteer makes a target's proper name a place of the story.

    A name the tagger calls an organisation or a group counts only in or beside the story's countries:
    "battle Hamas in southern Gaza" is no strike on Hamm, Germany ("Hamas" in Lithuanian), nor "struck
    the PKK" one on Pakokku, Myanmar; "raided Tubas", tagged as a group, is the West Bank town.
    """
    if any(t.ent_type_ in ORGANISATION_LABELS for t in name) and not gazetteer.near_story(match.country, countries):
        return False
    return _found_locally(match)


def _found_locally(match: GeoMatch) -> bool:
    """Whether the gazetteer itself knows a name below country level (not a point borrowed from around it)."""
    return match.precision in LOCAL_PRECISIONS and not match.approximate


def locate(phrases: Sequence[SpacySpan], text: str, gazetteer: Gazetteer, countries: Sequence[str]) -> Place | None:
    """The event's place: the most precise of its candidate phrases, the earlier one on a tie.

    ACLED codes the most specific location a report gives: "shelled the town of Orikhiv in
    Zaporizhzhia region" is Orikhiv, "attacked Djibo in northern Burkina Faso" is Djibo.
    A place without a point ranks last.
    A town told only as a far reference point ("in Soum province, 200 km north of Ouagadougou") ranks
    after a town or district the event is said to be in.
    A town named only as a bearing ("a camp in the Hiran region north of the capital, Mogadishu")
    ranks after every place the event is said to be in: the event may lie hundreds of kilometres
    from it; so does the place a report was given from (:func:`said_from`: "officials in Kherson said
    ..."). Of two towns the gazetteer knows, the one the event is in beats the one it is near: "a
    town hall in Clichy-sous-Bois, in the eastern suburbs of Paris" is Clichy-sous-Bois. Last, a place
    named finer than its point (a town the gazetteer lacks, placed at the state the text names with
    it) beats a unit of the same precision: "battles in Rakhine State ... in towns including Paletwa
    of Chin State" is Paletwa, in Chin State. Of two towns of one precision, the one a phrase only says
    another lies in yields to that other ("Kauru, a town in southern Kaduna" is Kauru).
    """
    found = [(p, said_from(phrase), _bare_bearing(phrase), _is_near(phrase), _far_reference(phrase),
              _around_a_town(phrase))
             for phrase in phrases if (p := resolve_place(phrase, text, gazetteer, countries)) is not None]
    if not found:
        return None
    unplaced = len(PRECISION_RANK)
    placed_in = any(not far and p.lat is not None and p.precision in FAR_YIELDS_TO and not p.approximate
                    for p, _, _, _, far, _ in found)
    best = min(found, key=lambda f: (f[0].lat is None, f[1], f[2] or (f[4] and placed_in),
                                     PRECISION_RANK[f[0].precision] if f[0].lat is not None else unplaced,
                                     f[5], _near_town(f[0], f[3]), not f[0].approximate))
    return best[0]


def _around_a_town(phrase: SpacySpan) -> bool:
    """Whether the phrase only says where a named town lies: "Kauru, a town in southern Kaduna". The
    town is the event's place; the phrase around it, though a town too ("Kaduna"), yields to it."""
    root = _object(phrase)
    noun = root.head.head if root.dep_ == "pobj" else None
    return noun is not None and noun.dep_ == "appos" and noun.head.pos_ == "PROPN" \
        and noun.lemma_.lower() in unit_words().settlement


def _far_reference(phrase: SpacySpan) -> bool:
    """Whether the phrase names a town only as a reference point farther than FAR_REFERENCE_KM:
    "in Soum province, 200 km north of Ouagadougou" did not happen in or near Ouagadougou."""
    name = toponym_in(phrase)
    distance = stated_distance_km(name) if name is not None else None
    return distance is not None and distance > FAR_REFERENCE_KM


def _near_town(place: Place, near: bool) -> bool:
    """Whether a place is a known town or a country the event is only near: it yields to a place of
    the same precision the event is in ("strikes at X, near Algeria" is X, placed in the story's
    country). A village placed through its unit ("near the village of X in Y district") keeps its rank."""
    return near and place.precision in NEAR_YIELDS and not place.approximate


def _object(phrase: SpacySpan) -> Token:
    """The word that stands in the phrase's grammatical slot: the root, or for a name in apposition
    ("north of the capital, Mogadishu", or one the parse hung elsewhere) the noun it renames."""
    root = phrase.root
    if root.dep_ == "appos" and root.head.dep_ == "pobj":
        return root.head
    # "near the state capital, Culiacan" with the name hung elsewhere: the place noun holds the slot
    opening = next((t for t in phrase if t.dep_ == "pobj" and t.head.i < phrase.start), None)
    return opening if root.dep_ != "pobj" and opening is not None else root


def _bare_bearing(phrase: SpacySpan) -> bool:
    """Whether a phrase gives only a bearing from its place, with no distance: "north of X", not
    "10 km north of X" or "near X"."""
    root = _object(phrase)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in words("places", "relative_prepositions"):
        return False
    near = near_words()
    direction = prep.head
    if direction.lower_ not in near.direction:
        return False
    return not any(t.lower_ in near.distance or t.like_num for t in direction.subtree if t.i < direction.i)


def _lookup(phrase: SpacySpan, name: SpacySpan, gazetteer: Gazetteer, countries: Sequence[str],
            kind: str | None = None) -> GeoMatch:
    """The gazetteer's answer for a name, with the unit words and admin units around it; ``kind`` is
    a place noun written apart from the name ("Kherson and Zaporizhzhia regions")."""
    near, article = context_units(phrase, name)
    beside = beside_countries(phrase.sent, gazetteer)
    near = [unit for unit in near if unit not in beside]
    # "the capital's Hodan district": a part of the capital, wherever the gazetteer lacks it
    near = [capital for capital in [owning_capital(phrase, name, gazetteer, countries)] if capital] + near
    across = sorted(filter(None, {gazetteer.country_of(text) for text in beside}))
    # "strikes at X, near Algeria" in a story naming Mali and Algeria once each: X is in Mali
    countries = [c for c in countries if c not in across] + [c for c in countries if c in across]
    # "Gaza City's Shejaiya neighbourhood" in a story counted as Israel's: the town that holds it is
    # still sought in its own country, after the story's (a Lebanese "Tripoli's X" stays Lebanese)
    owners = [gazetteer.country_of(text) for text in phrase_units(phrase, name)]
    countries += [c for c in dict.fromkeys(owners) if c is not None and c not in countries and c not in across]
    return gazetteer.resolve(name.text, context_countries=countries, context_units=near, article_units=article,
                             kind=kind or kind_word(phrase, name), across=across,
                             clause_units=clause_units(phrase, name))


def _is_near(phrase: SpacySpan) -> bool:
    """Whether the phrase places the event relative to the named place rather than at it: near it,
    at its outskirts, at a distance or bearing from it, on a road to or from it."""
    near = near_words()
    root = _object(phrase)
    if root.lemma_.lower() in near.nouns or root.lower_ in near.nouns or route_end(root) is not None:
        return True  # "the outskirts of X", "the road between X and Y"
    if _name_placed_near(phrase, root):
        return True
    if root.dep_ != "pobj":
        return False
    prep = root.head
    return prep.lower_ in near.prepositions or _is_relative(prep)


def _name_placed_near(phrase: SpacySpan, root: Token) -> bool:
    """Whether the phrase's name sits, inside the phrase, after a "near" or a distance or bearing from it:
    "a base about 40 km north of Gao", "a village near Dori" are placed relative to the town, however
    the phrase opens (the outer place noun's own preposition says nothing of the town)."""
    name = toponym_in(phrase)
    if name is None or name.root == root:
        return False
    for token in [name.root, *name.root.ancestors]:
        if token == root:
            return False
        if token.dep_ == "pobj" and (token.head.lower_ in near_words().prepositions or _is_relative(token.head)):
            return True
    return False


def _lookup_name(phrase: SpacySpan, name: SpacySpan, gazetteer: Gazetteer, countries: Sequence[str],
                 kind: str | None) -> tuple[SpacySpan, GeoMatch]:
    """The name as the gazetteer knows it, and its answer: a longer name carried on by "of" that it
    knows whole ("eastern Democratic Republic of Congo" is the country, not a missing "Democratic
    Republic"), and a country's name at a site read as the story's town named after it ("in Benin")."""
    match = _lookup(phrase, name, gazetteer, countries, kind)
    longer = _of_name(name) if match.approximate or match.lat is None else None
    whole = _lookup(phrase, longer, gazetteer, countries, kind) if longer is not None else None
    if longer is not None and whole is not None and whole.lat is not None and not whole.approximate:
        name, match = longer, whole
    if match.precision is PlacePrecision.COUNTRY and not match.approximate and _at_site(phrase):
        match = gazetteer.town_named_for(name.text, countries) or match
    return name, match


def _of_name(name: SpacySpan) -> SpacySpan | None:
    """The name carried on by "of" ("Democratic Republic" + "of Congo", "of the Congo"), or None.

    The name rules join "of" only after place nouns ("the Gulf of Aden"); a country's formal name
    ("Democratic Republic of Congo", "Republic of Korea") is known by the gazetteer, not by a word list,
    so the longer name is only tried, and kept when the gazetteer knows it.
    """
    doc, after = name.doc, name.end
    if after >= len(doc) or doc[after].lower_ not in words("places", "part_prepositions"):
        return None
    after += 1
    if after < len(doc) and doc[after].lower_ in words("places", "definite_articles"):
        after += 1
    run = name_run(doc, after, len(doc))
    return doc[name.start:run.end] if run is not None else None


def _at_site(phrase: SpacySpan) -> bool:
    """Whether the phrase is where something happened ("in Benin"), not a way across a border ("into Benin")."""
    root = _object(phrase)
    return root.dep_ == "pobj" and root.head.lower_ in words("places", "site_prepositions")


def _part_bearings(phrase: SpacySpan, match: GeoMatch, gazetteer: Gazetteer) -> tuple[frozenset[str], ...]:
    """Which parts of its country a country-level answer lies in: its own words' bearings ("southern
    Lebanon", "southern and eastern Lebanon"), else, for a village the gazetteer lacks, those its
    sentence gives its country ("the village of X in northern Mali")."""
    own = phrase_parts(phrase)
    if own or not match.approximate or match.country is None:
        return own
    return (country_bearings(phrase.sent, match.country, gazetteer),)


@per_document  # asked again for each event mention of the sentence: the answer is the phrase's own
def resolve_place(phrase: SpacySpan, text: str, gazetteer: Gazetteer, countries: Sequence[str],
                  kind: str | None = None) -> Place | None:
    """A Place for a place phrase (None when it holds no name): resolved name, point, precision, ACLED code.

    ``kind`` is the place noun a list writes once for all its names ("in Yala and Pattani provinces").
    """
    name = toponym_in(phrase)
    capital = capital_country(phrase)
    if capital is None and name is None and bare_capital(phrase) and countries:
        capital = story_capital(countries, text, gazetteer)
    match = gazetteer.capital_of(capital) if capital is not None and name is None else None
    if match is None:
        if name is None or (kind_word(phrase, name) or "").lower() in words("places", "river_nouns"):
            return None  # "across the Dnipro river": a river, not the city of Dnipro
        name, match = _lookup_name(phrase, name, gazetteer, countries, kind)
        if match.approximate and unlabelled_word(name) and kind_word(phrase, name) is None \
                and locative_object(phrase.root) is None:
            return None  # "scrawled Vengeance": a capitalised word no gazetteer, tagger or preposition calls a place
        if match.respelt and match.country:  # "Koumbri in northern Burkina Faso" is not Koubri near the capital
            match = gazetteer.respelt_within(match, name.text, country_bearings(phrase.sent, match.country, gazetteer))
        match = gazetteer.country_part(match, *_part_bearings(phrase, match, gazetteer))
    near = _is_near(phrase)
    has_point = match.lat is not None and match.lon is not None
    note = match.note
    if near and has_point:
        note = f"near {match.name}" + (f"; {note}" if note else "")
    # A name the parse cut off its phrase ("in Let" + "Yet Kone") is evidence too.
    written = phrase.doc[phrase.start:max(phrase.end, name.end)] if name is not None else phrase
    return Place(
        text=written.text,
        name=match.name,
        lat=match.lat,
        lon=match.lon,
        country=match.country,
        admin1=match.admin1,
        precision=match.precision,
        note=note,
        evidence=[Span.of(text, written.start_char, written.end_char)],
        geo_precision=geo_precision(match.precision, has_point=has_point, near=near),
        approximate=match.approximate or None,
    )
