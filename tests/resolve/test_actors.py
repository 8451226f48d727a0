"""Actor registry: aliases, acronyms, transliterations, demonyms, fuzzy names, inference."""

from __future__ import annotations

import pytest

from sitreps.resolve.actors import ActorRegistry, get_registry
from sitreps.resolve.registry_data import ACTOR_TYPES


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return get_registry()


@pytest.mark.parametrize(
    ("mention", "expected"),
    [
        ("GUR", "ua-gur"),
        ("HUR", "ua-gur"),
        ("GUR (Main Intelligence Directorate)", "ua-gur"),
        ("Ukraine's military intelligence", "ua-gur"),
        ("Holovne upravlinnia rozvidky", "ua-gur"),
        ("Головне управління розвідки", "ua-gur"),
        ("the Security Service of Ukraine", "ua-sbu"),
        ("RSF", "sd-rsf"),
        ("the paramilitary Rapid Support Forces", "sd-rsf"),
        ("RSF fighters", "sd-rsf"),
        ("PMC Wagner", "ru-wagner"),
        ("Ansar Allah", "ye-houthis"),
        ("Rwanda-backed M23 rebels", "cd-m23"),
        ("the U.N.", "un"),
        ("Yemen's Houthis", "ye-houthis"),
        ("M23 rebel group", "cd-m23"),
        ("Doctors Without Borders", "msf"),
        ("ISWAP", "lakechad-iswap"),
        ("Islamic State West Africa Province", "lakechad-iswap"),  # not Central Africa's, the ADF
        ("Islamic State Central Africa Province", "cd-adf"),
        ("Boko Haram insurgents", "ng-jas"),
        ("the Nigerian army", "ng-armed-forces"),
        ("ISPR", "pk-armed-forces"),  # the army's press wing speaks for the army
        ("Baloch Liberation Army militants", "pk-bla"),
        ("the Pakistani Taliban", "pk-ttp"),
        ("Islamic State-Khorasan", "af-iskp"),
        ("CRPF", "in-crpf"),
        ("communist New People's Army rebels", "ph-npa"),
        ("Thai rangers", "th-armed-forces"),
        ("the Sinaloa cartel", "mx-sinaloa-cartel"),
        ("Los Choneros", "ec-los-choneros"),
        ("Venezuelan military", "ve-fanb"),
    ],
)
def test_aliases_and_acronyms(registry: ActorRegistry, mention: str, expected: str) -> None:
    found = registry.resolve(mention)
    assert found is not None and found.id == expected


@pytest.mark.parametrize("mention", ["Taliban", "AFP", "National Guard"])
def test_names_of_two_meanings_are_left_to_context(registry: ActorRegistry, mention: str) -> None:
    """Plain "Taliban" may be Afghanistan's or Pakistan's, "AFP" is mostly the news agency and
    "National Guard" mostly the US one: none of them is an alias of one registry record."""
    found = registry.resolve(mention)
    assert found is None or found.id not in {"af-taliban", "pk-ttp", "ph-armed-forces", "mx-guardia-nacional"}


def test_acronyms_only_match_in_capitals(registry: ActorRegistry) -> None:
    assert registry.resolve("WHO") is not None
    assert registry.resolve("who") is None


@pytest.mark.parametrize(
    ("mention", "expected_id", "expected_type", "country"),
    [
        ("Russian forces", "ru-armed-forces", "state_military", "Russia"),
        ("the Russian army", "ru-armed-forces", "state_military", "Russia"),
        ("Sudanese troops", "sd-saf", "state_military", "Sudan"),
        ("Israeli forces", "il-idf", "state_military", "Israel"),
        ("Russian soldiers", "ru-military-personnel", "military_personnel", "Russia"),
        ("Chadian troops", "td-armed-forces", "state_military", "Chad"),
        ("Sudan's army", "sd-saf", "state_military", "Sudan"),
        ("Kenyan police", "ke-police", "police", "Kenya"),
        ("Malian gendarmes", "ml-police", "police", "Mali"),
        ("French riot police", "fr-police", "police", "France"),
        ("Palestinian civilians", "ps-civilians", "civilians", "Palestinian Territory"),
        ("Ukraine", "ua-government", "government", "Ukraine"),
    ],
)
def test_demonym_and_generic_noun(
    registry: ActorRegistry, mention: str, expected_id: str, expected_type: str, country: str
) -> None:
    found = registry.resolve(mention)
    assert found is not None
    assert (found.id, found.type, found.country) == (expected_id, expected_type, country)


def test_personnel_have_their_armed_forces_as_parent(registry: ActorRegistry) -> None:
    soldiers = registry.resolve("Russian servicemen")
    assert soldiers is not None and soldiers.parent == "ru-armed-forces"


def test_civilians_take_the_context_country(registry: ActorRegistry) -> None:
    found = registry.resolve("protesters", context_countries=["Sudan"])
    assert found is not None and (found.id, found.country) == ("sd-civilians", "Sudan")
    alone = registry.resolve("residents")
    assert alone is not None and alone.type == "civilians" and alone.country is None
    # A quantifier or "unarmed"/"local" before the noun (data/en/actor_names.yaml) leaves it civilians.
    for phrase in ("local residents", "many villagers", "unarmed protesters"):
        qualified = registry.resolve(phrase, context_countries=["Sudan"])
        assert qualified is not None and qualified.id == "sd-civilians", phrase


@pytest.mark.parametrize(
    ("mention", "country", "expected_id"),
    [
        ("at least seven people", "Lebanon", "lb-civilians"),
        ("Five villagers", "Niger", "ne-civilians"),
        ("hundreds of protesters", "Georgia", "ge-civilians"),
        ("four Palestinians", "Israel", "ps-civilians"),
        ("more than 20 Russian soldiers", "Ukraine", "ru-military-personnel"),
        ("dozens of Kenyan police officers", "Somalia", "ke-police"),
    ],
)
def test_a_count_before_a_generic_noun_keeps_its_actor(registry: ActorRegistry, mention: str, country: str,
                                                        expected_id: str) -> None:
    """"Five villagers" are villagers, so the country's civilians, as "villagers" is; the figure only
    says how many (ACLED codes unnamed victims as the country's civilians)."""
    found = registry.resolve(mention, context_countries=[country])
    assert found is not None and found.id == expected_id, found


@pytest.mark.parametrize("mention", ["several of his allies", "six more rangers", "19 suspected cartel members",
                                     "at least seven", "hundreds"])
def test_a_count_before_another_noun_names_no_generic_actor(registry: ActorRegistry, mention: str) -> None:
    found = registry.resolve(mention, context_countries=["Mexico"])
    assert found is None or found.type != "civilians", found


def test_a_name_that_begins_with_a_figure_is_still_the_name(registry: ActorRegistry) -> None:
    found = registry.resolve("Three Brotherhood Alliance")
    assert found is not None and found.id == "mm-three-brotherhood"


def test_context_chooses_between_actors_sharing_an_acronym(registry: ActorRegistry) -> None:
    somali = registry.resolve("SNA", context_countries=["Somalia"])
    syrian = registry.resolve("SNA", context_countries=["Syria"])
    assert somali is not None and somali.id == "so-sna"
    assert syrian is not None and syrian.id == "sy-sna"


@pytest.mark.parametrize(
    ("mention", "expected"),
    [("Hezbolah", "lb-hezbollah"), ("Andrii Yusov", "person-andriy-yusov"), ("Yusov", "person-andriy-yusov")],
)
def test_fuzzy_names_and_surnames(registry: ActorRegistry, mention: str, expected: str) -> None:
    found = registry.resolve(mention)
    assert found is not None and found.id == expected


def test_not_an_actor(registry: ActorRegistry) -> None:
    assert registry.resolve("Tuesday") is None
    assert registry.resolve("the bridge") is None


@pytest.mark.parametrize(
    ("mention", "label", "expected_type", "country"),
    [
        ("47th Separate Mechanised Brigade", None, "state_military", "Ukraine"),
        ("Martyrs of Al-Aqsa Brigade", "ORG", "armed_group", "Ukraine"),
        ("Ministry of Interior of Chad", "ORG", "government", "Chad"),
        ("Popular Liberation Front", "ORG", "armed_group", "Ukraine"),
        ("Northern Resistance Movement", "ORG", "armed_group", "Ukraine"),
        ("Olena Kovalenko", "PERSON", "person", None),
        ("Olena Kovalenko", None, "person", None),
        ("Kyiv Independent news", "ORG", "media", None),
        ("Iranian-backed militias", "ORG", "armed_group", "Ukraine"),
        ("Chadian-sponsored gunmen", "ORG", "armed_group", "Ukraine"),  # a sponsor, not the actor's country
    ],
)
def test_unknown_actors_are_inferred(
    registry: ActorRegistry, mention: str, label: str | None, expected_type: str, country: str | None
) -> None:
    found = registry.infer(mention, context_countries=["Ukraine"], entity_label=label)
    assert not found.known
    assert found.id.startswith("new:")
    assert (found.type, found.country) == (expected_type, country)


def test_infer_returns_known_actors_unchanged(registry: ActorRegistry) -> None:
    assert registry.infer("HUR").id == "ua-gur"


def test_get_known_and_generic(registry: ActorRegistry) -> None:
    assert registry.get("ua-gur") is not None
    generic = registry.get("sd-civilians")
    assert generic is not None and generic.country == "Sudan"
    assert registry.get("zz-nothing") is None


def test_registry_data_is_consistent(registry: ActorRegistry) -> None:
    records = registry.all()
    ids = [r.id for r in records]
    assert len(ids) == len(set(ids)), "duplicate actor ids"
    for record in records:
        assert record.type in ACTOR_TYPES
        assert record.parent is None or registry.get(record.parent) is not None, record.id
        assert record.known
    countries = {r.country for r in records if r.country}
    assert len(countries) >= 15


@pytest.mark.parametrize(("phrase", "actor_id"), [
    ("Democratic Republic of the Congo army", "cd-fardc"),
    ("Central African Republic police", "cf-police"),
    ("Nigeria army", "ng-armed-forces"),
])
def test_a_generic_force_of_a_long_country_name_resolves(phrase: str, actor_id: str) -> None:
    # the country's name may be five words long; a two-word cap on it missed every longer name
    record = ActorRegistry.bundled().resolve(phrase)
    assert record is not None and record.id == actor_id
