"""The place of events whose own sentences name none: the story's, as an ACLED coder would give it.

An event told without a place ("At least 12 people were killed") takes the place of the story
around it (:func:`inherit_places`). When no event of the story has a point, the story itself
still places them (:func:`story_place`): the finest place its headline and lead put inside the
story's country ("the confrontation occurred ... on the outskirts of the state capital,
Culiacan"), else that country.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from sitreps.annotate.doctext import doc_ents, doc_text
from sitreps.extract.credit_line import is_credit_line
from sitreps.extract.item_places import ItemScope, Located, scoped
from sitreps.extract.place_ranking import PRECISION_RANK, locate
from sitreps.extract.place_words import PLACE_LABELS
from sitreps.extract.places import Range, locative_places
from sitreps.extract.said_from import said_at
from sitreps.extract.seated import seated_at
from sitreps.models import EventMention, Place, PlacePrecision, Span
from sitreps.resolve.gazetteer import Gazetteer
from sitreps.resolve.geoindex import demonyms
from sitreps.resolve.normalise import fold
from sitreps.resolve.places import geo_precision

# How many sentences open a story, its headline included, when the dateline is left out: the
# headline and the lead an ACLED coder reads for an event's place (the headline, the lead and the
# sentence after it, which often says where "the confrontation occurred"). Chosen by judgement.
LEAD_SENTENCES = 4

NOT_NAMED_NOTE = "not named in its sentence"
"""How the note of a place lent by another sentence begins; linking reads it (``link.inherited_places``)."""


def story_place(doc: Doc, gazetteer: Gazetteer, mentions: Sequence[EventMention],
                excluded: Sequence[Range] = ()) -> Place | None:
    """The story's own place, for events whose story gives none of them a place.

    ACLED places every event at least at its country (geo_precision 3). The story's country is the
    one its place names belong to more often than to any other; on a tie ("Russia accused Ukraine
    of shelling the town") there is none. Names inside ``excluded`` (the dateline) or inside an
    actor of ``mentions`` ("defected to Ukraine") and peoples ("Ukrainian troops") say who, not
    where, and are not counted. A place finer than that country which the headline or lead puts
    inside it is the story's place (:func:`lead_place`); else the country, its evidence the first
    name of the country.
    """
    excluded = [*excluded, *((e.start, e.end) for m in mentions for a in m.actors for e in a.evidence)]
    found = _story_country(doc, gazetteer, excluded)
    if found is None:
        return None
    country, written = found
    lead = lead_place(doc, gazetteer, country, excluded)
    if lead is not None:
        return lead
    match = gazetteer.resolve(country)
    if match.precision is not PlacePrecision.COUNTRY or match.lat is None:
        return None
    return Place(text=written.text, name=match.name, lat=match.lat, lon=match.lon, country=match.country,
                 precision=match.precision, note="no place named for the event; the story's country",
                 evidence=[Span.of(doc_text(doc), written.start_char, written.end_char)],
                 geo_precision=geo_precision(match.precision, has_point=True))


def lead_sentences(doc: Doc, excluded: Sequence[Range]) -> list[SpacySpan]:
    """The sentences that open the story (``LEAD_SENTENCES``), those wholly inside ``excluded`` (the
    dateline) and credit lines ("By our correspondent in Mopti": where the reporter sits) left out."""
    sentences = [s for s in doc.sents if not is_credit_line(s)
                 and not any(start <= s.start_char and s.end_char <= end for start, end in excluded)]
    return sentences[:LEAD_SENTENCES]


def lead_place(doc: Doc, gazetteer: Gazetteer, country: str, excluded: Sequence[Range]) -> Place | None:
    """The finest located place the headline and lead name after a locative preposition inside ``country``.

    Only a place the gazetteer puts in the story's country counts ("in the northern state of
    Sinaloa, on the outskirts of the state capital, Culiacan" is Culiacan; a venue abroad is not
    the story's place), and only one finer than the country; the most precise wins, the earlier on
    a tie (:func:`sitreps.extract.place_ranking.locate`).
    """
    text = doc_text(doc)
    phrases = [p for sentence in lead_sentences(doc, excluded) for p in locative_places(sentence, excluded)]
    located = [(p, locate([p], text, gazetteer, [country])) for p in phrases]
    inside = [(p, place) for p, place in located if _finer_inside(place, country)]
    # one phrase inside is its own best place: locating it again would only repeat the lookup
    place = inside[0][1] if len(inside) == 1 else locate([p for p, _ in inside], text, gazetteer, [country])
    if place is None:
        return None
    note = f"no place named for the event; the place the story's lead names ({place.note or place.name})"
    return place.model_copy(update={"note": note})


def _finer_inside(place: Place | None, country: str) -> bool:
    return place is not None and place.lat is not None and place.country == country \
        and PRECISION_RANK[place.precision] < PRECISION_RANK[PlacePrecision.COUNTRY]


def _story_country(doc: Doc, gazetteer: Gazetteer, excluded: Sequence[Range]) -> tuple[str, SpacySpan] | None:
    """The country the story's place names belong to most often, with its first name; None on a tie.
    Places words were said from count only when no other name places the story (an envoy's capital
    is not the story's country; "residents in Gao said" still places a story that names nothing else)."""
    peoples = demonyms()
    first: dict[str, SpacySpan] = {}
    counts: Counter[str] = Counter()
    spoken: Counter[str] = Counter()  # places words were said from ("condemned in Washington"): weighed last
    for entity in doc_ents(doc):
        if fold(entity.text) in peoples or seated_at(entity.root, None) or any(
                entity.start_char < end and start < entity.end_char for start, end in excluded):
            continue  # a body's seat ("a monitor based in Britain") places no story at all
        country = _country_named(entity, gazetteer)
        if country is not None:
            (spoken if said_at(entity) else counts)[country] += 1
            first.setdefault(country, entity)
    ranked = (counts or spoken).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0], first[ranked[0][0]]


def _country_named(entity: SpacySpan, gazetteer: Gazetteer) -> str | None:
    """The country an entity of the story places it in, or None.

    A place entity's country; a country's name whatever the small tagger calls it ("Mali needs
    help" as a person); the name of one country's state it calls an organisation ("the Sinaloa
    prosecutor"). A possessive's owner speaks for an entity the tagger ran on ("Balochistan's Bolan").
    """
    owner = next((entity.doc[entity.start:t.i] for t in entity if t.tag_ == "POS" and t.i > entity.start), entity)
    for text in dict.fromkeys((entity.text, owner.text)):
        if entity.label_ in PLACE_LABELS or gazetteer.names_country(text):
            country = gazetteer.country_of(text)
        else:
            country = gazetteer.state_country(text)
        if country is not None:
            return country
    return None


def inherit_places(mentions: list[EventMention], fallback: Place | None = None,
                   scope: ItemScope | None = None) -> list[EventMention]:
    """Give each mention without a located place the place of the story around it, as an ACLED coder would.

    A sentence such as "At least 12 people were killed" tells its event's place only through the
    sentences before it: the mention takes the place of the nearest earlier mention that has a
    point (else the nearest later one), with a note saying so; a place of its own that could not be
    located ("Tripoli" with no country anywhere) yields to it likewise. The point, precision and
    geo_precision are that place's; its evidence stays where the place is written. Only events with
    an ACLED code inherit (an analyst maps those); statements and demands keep what they name.
    When no mention has a point, ``fallback`` (the story's country, :func:`story_place`) is the
    place written before them all. First, a name the story places in several ways takes its finest
    placing everywhere (:func:`one_place_per_name`). On a page of several items (``scope``) a mention of
    an item takes a place of its own item only (:func:`sitreps.extract.item_places.scoped`).
    """
    mentions = one_place_per_name(at_home_per_name(mentions))
    # in the text's order: incidents come as grouping left them (a raid the headline retells may come before
    # the lead's attack), and "the nearest earlier place" is the nearest in the text
    located: list[Located] = sorted(((m.trigger.start, m.place, m.acled is not None, m.sentence.start)
                                     for m in mentions if m.place is not None and m.place.lat is not None),
                                    key=lambda entry: entry[0])
    if not located and fallback is not None:
        located = [(-1, fallback, True, -1)]
    if not located:
        return mentions
    result = []
    for mention in mentions:
        own = mention.place
        candidates = scoped(scope, mention.trigger.start, located, fallback) if scope else located
        if (own is not None and own.lat is not None) or mention.acled is None or not candidates:
            result.append(mention)
            continue
        usable = _sources(mention, candidates, fallback)
        before = [p for start, p in usable if start <= mention.trigger.start]
        source = before[-1] if before else next(p for start, p in usable if start > mention.trigger.start)
        why = NOT_NAMED_NOTE if own is None else f"{own.text!r} could not be located"
        note = f"{why}; {_where(source, fallback, scope)} ({source.text})"
        result.append(mention.model_copy(update={"place": source.model_copy(update={"note": note})}))
    return result


def _where(source: Place, fallback: Place | None, scope: ItemScope | None) -> str:
    """Which of the story's places a placeless mention took, for its note."""
    if scope is not None and source in scope.labels.values():
        return "the label of its item"
    if source is fallback:
        return "the story's country" if source.precision is PlacePrecision.COUNTRY else "the story's lead"
    return "the story's place written earlier or later"


# The precisions of a place the gazetteer lacks that the text put inside a named admin unit.
_UNIT_PRECISIONS = (PlacePrecision.REGION, PlacePrecision.DISTRICT)


def _sources(mention: EventMention, located: Sequence[Located], fallback: Place | None) -> list[tuple[int, Place]]:
    """The located places a placeless mention may take: those of mapped events, and those of other
    reports of its own sentence ("In the capital, Abuja, marchers say hired
    thugs attacked them"); when none is left, the story's own place (``fallback``), else all of them.

    A statement's place in another sentence is where it was said ("told a press conference in
    Islamabad"), not where the story's incidents happened: an older bombing told after it in a Quetta
    story was put in Islamabad (round 17), an ambush in Niger at the US envoy's news conference in
    Washington (round 23).
    """
    usable = [(start, place) for start, place, mapped, sentence in located
              if mapped or sentence == mention.sentence.start]
    if not usable and fallback is not None:
        usable = [(-1, fallback)]
    return usable or [(start, place) for start, place, _, _ in located]


def _may_lend(donor: Place, own: Place) -> bool:
    """Whether ``donor`` is a strictly finer placing of ``own``'s name that does not contradict it.

    A name the text put inside a unit ("the town of Palma in Cabo Delgado province", placed in the
    province because the gazetteer lacks it) stays in that unit's country: a bare retelling of the
    name that the gazetteer reads as a namesake abroad (Mallorca's Palma) is the weaker reading.
    Only a country-level fallback may move to another country the story names.
    """
    finer = PRECISION_RANK[donor.precision] < PRECISION_RANK[own.precision]
    return finer and (own.precision is PlacePrecision.COUNTRY or donor.country == own.country)


def at_home_per_name(mentions: list[EventMention]) -> list[EventMention]:
    """Keep a name the text placed inside a unit of one country out of a namesake abroad elsewhere.

    "The town of Palma in Cabo Delgado province" is placed in the province (the gazetteer lacks it);
    "the attack on Palma" two paragraphs on names it bare and the gazetteer reads Mallorca's Palma.
    One name is one place in a story, and the sentence that wrote the unit with it is the better
    evidence: the bare mention takes that placing. Only a placing inside a unit (region or district
    precision) lends, and only to a mention in another country.
    """
    in_unit = {fold(m.place.name): m.place for m in mentions if m.place is not None and m.place.name
               and m.place.approximate and m.place.precision in _UNIT_PRECISIONS}
    result = []
    for mention in mentions:
        own = mention.place
        home = in_unit.get(fold(own.name)) if own is not None and own.name and not own.approximate else None
        if own is None or home is None or home.country == own.country:
            result.append(mention)
        else:
            result.append(_placed_as(mention, own, home))
    return result


def one_place_per_name(mentions: list[EventMention]) -> list[EventMention]:
    """Give a place the gazetteer lacks the finest point the story gives the same name elsewhere.

    One name means one place within a story ("one sense per discourse"). A village the gazetteer
    lacks is placed through what its own sentence names with it: its district, a border ("close to
    the Somali border"), the story's country. A later sentence that names it bare ("last year a bomb
    killed three officers at X") has lost that context and falls back to a country's middle, or to
    another country the story names. Such a mention takes the placing of the same name that is
    strictly finer (district before region before country), keeping its own words as evidence; a
    tie keeps each answer, since two villages of one name may lie in two provinces.
    """
    finest: dict[str, Place] = {}
    for mention in mentions:
        place = mention.place
        if place is None or place.lat is None or place.name is None:
            continue
        key = fold(place.name)
        best = finest.get(key)
        if best is None or PRECISION_RANK[place.precision] < PRECISION_RANK[best.precision]:
            finest[key] = place
    result = []
    for mention in mentions:
        own = mention.place
        donor = finest.get(fold(own.name)) if own is not None and own.approximate and own.name else None
        if own is None or donor is None or not _may_lend(donor, own):
            result.append(mention)
        else:
            result.append(_placed_as(mention, own, donor))
    return result


def _placed_as(mention: EventMention, own: Place, donor: Place) -> EventMention:
    """``mention`` with the story's placing of the same name, keeping its own words as evidence."""
    note = f"{own.name} placed as the story places it elsewhere ({donor.note or donor.name})"
    place = donor.model_copy(update={"text": own.text, "evidence": own.evidence, "note": note})
    return mention.model_copy(update={"place": place})
