"""Entries opened by a heading line (a topic page's item titles, a live blog's stamped headings, "Update:"
lines) are items of their own (extract.items), and an item lends its placeless mentions only its own places
(extract.item_places). Fiction written for round 18, with near misses that must stay one story."""

from __future__ import annotations

import spacy

from sitreps.extract.item_places import ItemScope, scoped
from sitreps.extract.items import item_of, item_starts
from sitreps.models import Place, PlacePrecision

NLP = spacy.blank("en")

# Five paraphrases of the layout: item titles with a place label, stamped headings longer than a short line,
# "Update:" lines, bold-style titles with no label, and a digest whose titles are questions-free phrases.
TOPIC = ("Sudan war: latest news\n\nEl Fasher: RSF shells displacement camp\nThe paramilitary force shelled the camp "
         "on Sunday, killing eleven people, a resistance committee said.\n\nOmdurman: Drone hits market\nA drone "
         "strike hit a crowded market on Monday, killing eight traders, volunteers said.")
STAMPED = ("Live: war in Ukraine\n\n17:40 - Four dead after guided bomb hits village near Kupiansk\nA guided bomb "
           "struck a street in the village on Tuesday, killing four people, the governor said.\n\n16:55 - Drones "
           "damage port infrastructure in the southern city of Odesa overnight\nDrones hit grain terminals in the "
           "port overnight, injuring a watchman, officials said.")
UPDATES = ("Middle East live\n\nUpdate: 21:10\nThe army said it killed a commander in an air strike on a building "
           "in Beirut on Friday evening.\n\nUpdate: 19:45\nRescuers said an air strike on a school in Nuseirat "
           "killed at least 15 people on Friday.")
BOLD = ("Myanmar in brief\n\nMonastery hit in air raid\nA junta jet bombed a monastery in Sagaing Region on "
        "Saturday, killing 17 villagers sheltering there, residents said.\n\nResistance seizes police post\n"
        "Fighters of a local defence force overran a police outpost in Kyaukme township on Sunday, they said.")
DIGEST = ("Sahel digest\n\nHerders killed near Bandiagara\nArmed men on motorbikes attacked a hamlet near "
          "Bandiagara on Wednesday, killing five herders, an official said.\n\nVolunteers' post attacked\n"
          "Unidentified assailants attacked a post of the volunteers on Thursday night, killing three of them.")
# Near misses: a wire story with one title-case sub-heading; a story whose short paragraphs all end on a
# full stop; a paragraph hard-wrapped at 70 columns whose first line ends without punctuation.
SUBHEAD = ("Suicide Bomber Kills 9 At Market\n\nMAIDUGURI, Nigeria (AP) - A suicide bomber blew herself up at a "
           "fish market in Konduga on Saturday, killing nine, officials said.\n\nWitnesses Describe Chaos\nThe "
           "explosion tore through stalls as traders were closing for the night, a witness said.")
SHORT = ("Two police officers shot dead in Kandahar\n\nGunmen shot dead two police officers at a checkpoint on "
         "Monday, officials said.\n\nThe attackers fled on a motorbike.\n\nNo group has claimed the killing so far.")
WRAPPED = ("Clashes in Tripoli\n\nArmed groups clashed overnight in the south of the Libyan capital near\n"
           "the old airport road, killing four people, medics said on Tuesday.\n\nThe fighting\n"
           "stopped at dawn after elders mediated between the two groups, residents said.")


def test_heading_lines_open_entries() -> None:
    for text, first, second in ((TOPIC, "camp on Sunday", "crowded market"), (STAMPED, "a street", "grain"),
                                (UPDATES, "Beirut", "Nuseirat"), (BOLD, "monastery in", "police outpost"),
                                (DIGEST, "a hamlet", "a post of")):
        doc = NLP(text)
        assert len(item_starts(doc)) == 2, text
        assert (item_of(doc, text.index(first)), item_of(doc, text.index(second))) == (1, 2), text


def test_one_sub_heading_short_paragraphs_and_wrapped_lines_open_nothing() -> None:
    for text in (SUBHEAD, SHORT, WRAPPED):
        assert item_starts(NLP(text)) == (), text


def _place(name: str, precision: PlacePrecision = PlacePrecision.EXACT) -> Place:
    return Place(text=name, name=name, lat=1.0, lon=1.0, country="XX", precision=precision, evidence=[])


def test_a_placeless_mention_takes_only_its_items_places() -> None:
    starts = (100, 200, 300)
    scope = ItemScope(starts)
    located = [(150, _place("Bandiagara"), True, 140), (320, _place("Tera"), True, 310)]
    assert [p.name for _, p, _, _ in scoped(scope, 170, located, None)] == ["Bandiagara"]
    assert scoped(scope, 250, located, None) == []  # the second item names no place: no neighbour's town
    country = _place("Burkina Faso", PlacePrecision.COUNTRY)
    assert [p.name for _, p, _, _ in scoped(scope, 250, located, country)] == ["Burkina Faso"]
    labelled = ItemScope(starts, {2: _place("Centre-Nord", PlacePrecision.REGION)})
    assert [p.name for _, p, _, _ in scoped(labelled, 250, located, country)] == ["Centre-Nord"]


def test_outside_items_every_place_is_the_storys() -> None:
    """Near misses: the headline and intro (item 0), and a page of one story, keep every located place."""
    located = [(150, _place("Bandiagara"), True, 140), (320, _place("Tera"), True, 310)]
    assert len(scoped(ItemScope((100, 200)), 50, located, None)) == 2
    assert len(scoped(ItemScope(), 250, located, None)) == 2
