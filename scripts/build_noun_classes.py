"""Build ``src/sitreps/data/en/noun_classes.yaml`` from a WordNet 3.0 database (run by hand, not at run time).

An actor phrase is headed by a person, a group or an organisation, and the target of an attack is
one of those or a physical thing (a market, a ship, a house); "responsibility", "deal", "plans" or
"six lives" are neither. WordNet's lexicographer files say which class each sense of a noun is in;
its senses are ordered by frequency. This script keeps the common nouns (those with a sense tagged
in the SemCor corpus) and writes two lists:

- ``abstract``: none of the first ``SENSES_READ`` senses is a person, group, artifact, place,
  object, animal, body, plant, food, substance or possession;
- ``munitions``: the first sense is a weapon or its ammunition (hyponyms of ``MUNITION_ROOTS``);
- ``persons``: the first sense is a person (lexicographer file noun.person: "terrorist", "assailant",
  "hostage"), so the noun heads a phrase about people whoever did or suffered the event;
- ``untagged_persons``: nouns no SemCor sense is tagged for, whose every sense read is a person
  ("councillor", "schoolteacher", "unionist", "pharmacist"): rarer in general text than in news of
  who was shot or taken, and read only where a person must be told from a thing (extract.person_verbs);
- ``mixed_plurals``: irregular plurals (WordNet's ``noun.exc``) with an abstract reading and another
  that is not ("bases": basis or base; "axes": axis or axe), so that a lemmatiser's pick of the
  abstract one does not make "rebel bases" nobody;
- ``regions``: the first sense is a stretch of land or a division of one (a hyponym of ``REGION_ROOTS``:
  "district", "town", "outskirts", "province") and no early sense a person: "battles rocked districts
  across the city" says where the fighting was, not whom it struck.

Usage: python scripts/build_noun_classes.py /usr/share/wordnet  (Debian package ``wordnet-base``).
"""

from __future__ import annotations

import sys
from pathlib import Path

# Senses read per noun: WordNet orders senses by frequency; the first three cover the usual news
# readings ("deal": agreement, transaction, quantity) without reaching rare ones ("deal": a plank).
SENSES_READ = 3
# Lexicographer files (lexnames(5WN)) whose senses can be an actor or a struck thing.
CONCRETE_FILES = frozenset({3, 5, 6, 8, 13, 14, 15, 17, 18, 20, 21, 27})
# Nouns whose first sense roots the munitions: what is fired, dropped or detonated.
MUNITION_ROOTS = ("weapon", "weaponry", "ammunition", "projectile", "missile", "bomb", "explosive_device")
# The lexicographer file of persons (noun.person).
PERSON_FILE = 18
# The lexicographer file of places (noun.location).
LOCATION_FILE = 15
# Nouns whose first sense roots the regions: land and its divisions, not points or built places.
REGION_ROOTS = ("geographical_area", "district", "area")
# Places that are built, tended or held, and so can be struck, vandalised or seized like a thing: "shelled
# the encampment", "raided the premises", "desecrated a cemetery", "a health center", "the state" (its
# government). Read off the list this script printed without them.
HELD_PLACES = frozenset({"encampment", "premises", "campus", "seat", "state", "commonwealth", "confederacy",
                         "protectorate", "reservation", "center", "centre", "cemetery", "churchyard", "graveyard",
                         "site", "park", "playground", "oilfield", "junkyard", "scrapheap", "hangout", "lair"})
# Nouns whose group reading names a side in conflict news ("the opposition", "the resistance",
# "world powers") although WordNet lists it after the first senses: never abstract.
GROUP_READINGS = frozenset({"opposition", "resistance", "power"})
# Words YAML 1.1 reads as booleans or null in a flow list: written quoted.
YAML_RESERVED = frozenset({"yes", "no", "on", "off", "true", "false", "y", "n", "null", "~"})
HEADER = """\
# Common English nouns by what they can name, derived from WordNet 3.0 by
# scripts/build_noun_classes.py (WordNet 3.0 Copyright 2006 by Princeton University; licence in
# data/en/WORDNET-LICENSE). Read by sitreps.extract.nouns.
# abstract: nouns none of whose usual senses is a person, group, place or physical thing.
# munitions: nouns whose usual sense is a weapon or its ammunition.
# persons: nouns whose usual sense is a person.
# regions: nouns whose usual sense is a stretch of land or a division of one.
# mixed_plurals: irregular plurals with an abstract reading and another that is not.
# untagged_persons: nouns outside SemCor's tagged senses whose every usual sense is a person.
"""


def read_synsets(root: Path) -> dict[str, tuple[int, list[str]]]:
    """Synset offset -> (lexicographer file number, hypernym offsets)."""
    synsets: dict[str, tuple[int, list[str]]] = {}
    for line in (root / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = int(fields[3], 16)
        at = 4 + 2 * words
        pointers = int(fields[at])
        hypernyms = [fields[at + 2 + 4 * i] for i in range(pointers) if fields[at + 1 + 4 * i] in ("@", "@i")]
        synsets[fields[0]] = (int(fields[1]), hypernyms)
    return synsets


def read_index(root: Path) -> dict[str, tuple[int, list[str]]]:
    """Lemma -> (tagged sense count, synset offsets by frequency)."""
    index: dict[str, tuple[int, list[str]]] = {}
    for line in (root / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        senses = int(fields[2])
        index[fields[0]] = (int(fields[5 + int(fields[3])]), fields[-senses:])
    return index


def descends(offset: str, roots: set[str], synsets: dict[str, tuple[int, list[str]]]) -> bool:
    seen: set[str] = set()
    stack = [offset]
    while stack:
        current = stack.pop()
        if current in roots:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(synsets[current][1])
    return False


def common_words(root: Path) -> dict[str, set[str]]:
    """Synset offset -> the words it spells in lower case: a common noun's sense, not a name ("China")."""
    words: dict[str, set[str]] = {}
    for line in (root / "data.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split(" | ")[0].split()
            words[fields[0]] = {w for w in fields[4:4 + 2 * int(fields[3], 16):2] if w.islower()}
    return words


def is_region(offsets: list[str], roots: set[str], synsets: dict[str, tuple[int, list[str]]]) -> bool:
    """The first sense is a stretch of land (see ``regions`` above) and no early sense a person."""
    first = offsets[0]
    if synsets[first][0] != LOCATION_FILE or any(synsets[o][0] == PERSON_FILE for o in offsets[:SENSES_READ]):
        return False
    return descends(first, roots, synsets)


def mixed_plurals(root: Path, abstract: set[str], index: dict[str, tuple[int, list[str]]]) -> list[str]:
    """Irregular plurals one of whose singulars is abstract and another a known noun that is not."""
    mixed = []
    for line in (root / "noun.exc").read_text(encoding="latin-1").splitlines():
        plural, *singulars = line.split()
        known = [w for w in singulars if w in index]
        if plural.isalpha() and any(w in abstract for w in known) and any(w not in abstract for w in known):
            mixed.append(plural)
    return sorted(mixed)


def flow(words: list[str]) -> str:
    """A YAML flow list of ``words``, quoting those YAML 1.1 reads as booleans or null ("yes", "no", "on"):
    bare, "yes" would load as True and never match a word."""
    return "[" + ", ".join(f'"{w}"' if w.lower() in YAML_RESERVED else w for w in words) + "]"


def main(root: Path) -> None:
    synsets, index = read_synsets(root), read_index(root)
    roots = {index[word][1][0] for word in MUNITION_ROOTS}
    region_roots = {index[word][1][0] for word in REGION_ROOTS}
    common = common_words(root)
    abstract, munitions, persons, regions, untagged_persons = [], [], [], [], []
    for lemma, (tagged, offsets) in sorted(index.items()):
        if not tagged and lemma.isalpha() and lemma in common[offsets[0]] and \
                all(synsets[o][0] == PERSON_FILE for o in offsets[:SENSES_READ]):
            untagged_persons.append(lemma)
        if not tagged or not lemma.isalpha():
            continue
        if synsets[offsets[0]][0] == PERSON_FILE:
            persons.append(lemma)
        if lemma in common[offsets[0]] and lemma not in HELD_PLACES and is_region(offsets, region_roots, synsets):
            regions.append(lemma)
        if lemma in GROUP_READINGS:
            continue
        if all(synsets[o][0] not in CONCRETE_FILES for o in offsets[:SENSES_READ]):
            abstract.append(lemma)
        elif descends(offsets[0], roots, synsets):
            munitions.append(lemma)
    out = Path(__file__).resolve().parents[1] / "src/sitreps/data/en/noun_classes.yaml"
    lines = [HEADER, f"abstract: {flow(abstract)}", f"munitions: {flow(munitions)}",
             f"persons: {flow(persons)}", f"regions: {flow(regions)}",
             f"mixed_plurals: {flow(mixed_plurals(root, set(abstract), index))}",
             f"untagged_persons: {flow(untagged_persons)}", ""]
    out.write_text("\n".join(lines), encoding="utf-8")
    print(f"{out}: {len(abstract)} abstract, {len(munitions)} munitions, {len(persons)} persons, "
          f"{len(regions)} regions, {len(untagged_persons)} untagged persons")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
