"""The bundled taxonomy covers every code it must, its lexicon is made of real lemmas,
and a broken taxonomy file fails loudly with a message naming the type and field."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from sitreps.annotate.nlp import load_nlp
from sitreps.errors import ConfigError
from sitreps.extract.taxonomy import (
    COUNT_WHATS,
    FAMILIES,
    EventType,
    Taxonomy,
    load_taxonomy,
    main,
    to_markdown,
)
from sitreps.models import Role

DOC = Path(__file__).resolve().parents[2] / "docs" / "taxonomy.md"

# The 25 ACLED sub-event types by event type (ACLED codebook), written out here so the
# test does not trust the file's own codes section.
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}  # fmt: skip
FIXED_IDS = [
    "armed_clash", "government_regains_territory", "non_state_overtakes_territory", "chemical_weapon",
    "air_drone_strike", "suicide_bomb", "shelling_missile_attack", "remote_explosive", "grenade",
    "sexual_violence", "attack_on_civilians", "abduction", "peaceful_protest", "protest_with_intervention",
    "excessive_force_against_protesters", "violent_demonstration", "mob_violence", "agreement", "arrest",
    "change_to_group_activity", "disrupted_weapons_use", "base_established",
    "looting_property_destruction", "non_violent_territory_transfer", "other_strategic_development",
    "defection", "surrender_capture", "prisoner_exchange", "desertion", "mobilisation", "statement",
    "accusation", "denial", "call_for_investigation", "offer_of_support", "special_operation", "ceasefire",
    "negotiation", "sanctions", "aid_delivery", "displacement", "threat", "demand", "cooperation",
    "withdrawal", "concession", "rejection",
]  # fmt: skip


@pytest.fixture(scope="module")
def taxonomy() -> Taxonomy:
    return load_taxonomy()


def _bundled_data() -> dict[str, Any]:
    path = Path(__file__).resolve().parents[2] / "src" / "sitreps" / "data" / "taxonomy.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_exactly_the_fixed_ids(taxonomy: Taxonomy) -> None:
    assert len(FIXED_IDS) == 47
    assert set(taxonomy.types) == set(FIXED_IDS)


def test_every_acled_sub_event_type_is_covered(taxonomy: Taxonomy) -> None:
    covered = {(t.acled.event_type, t.acled.sub_event_type) for t in taxonomy.types.values() if t.acled}
    expected = {(event, sub) for event, subs in ACLED.items() for sub in subs}
    assert len(expected) == 25
    assert covered == expected
    assert {event: set(subs) for event, subs in taxonomy.codes.acled.items()} == ACLED


def test_every_plover_type_is_reached(taxonomy: Taxonomy) -> None:
    reached = {t.plover.type for t in taxonomy.types.values() if t.plover}
    assert reached == PLOVER
    assert set(taxonomy.codes.plover) == PLOVER


def test_cameo_has_twenty_roots(taxonomy: Taxonomy) -> None:
    assert sorted(taxonomy.codes.cameo_roots) == [f"{n:02d}" for n in range(1, 21)]


def test_defection_is_mapped_as_specified(taxonomy: Taxonomy) -> None:
    defection = taxonomy.get("defection")
    assert defection.acled is not None
    assert (defection.acled.event_type, defection.acled.sub_event_type) == (
        "Strategic developments",
        "Change to group/activity",
    )
    assert defection.plover is not None and defection.plover.mode is not None
    assert defection.note, "PLOVER has no defection type: the choice must be justified"
    assert defection.counts == {Role.INITIATOR: "defected"}
    assert defection.role_for("prep_to") is Role.RECIPIENT


def test_roles_fall_back_to_defaults(taxonomy: Taxonomy) -> None:
    mobilisation = taxonomy.get("mobilisation")
    assert mobilisation.role_for("obj") is Role.PARTICIPANT
    assert mobilisation.role_for("subj") is Role.INITIATOR
    assert mobilisation.role_for("prep_into") is None


def test_every_type_has_triggers_and_a_family(taxonomy: Taxonomy) -> None:
    for event_type in taxonomy.types.values():
        trig = event_type.triggers
        assert trig.verbs or trig.nouns or trig.phrases, event_type.id
        assert event_type.family in FAMILIES
        assert set(event_type.counts.values()) <= COUNT_WHATS


def _matches(event_type: EventType, lemmas: list[str]) -> bool:
    """True when a single-lemma or phrase trigger of the type occurs in the lemma list."""
    if event_type.triggers.lemmas() & set(lemmas):
        return True
    joined = f" {' '.join(lemmas)} "
    return any(f" {phrase} " in joined for phrase in event_type.triggers.phrases)


def test_each_example_is_matched_by_its_own_lexicon(taxonomy: Taxonomy) -> None:
    """Runs the real lemmatiser: a trigger typed as an inflected form or misspelt fails here."""
    nlp = load_nlp()
    unmatched = []
    for event_type in taxonomy.types.values():
        for doc in nlp.pipe(event_type.examples):
            if not _matches(event_type, [token.lemma_.lower() for token in doc]):
                unmatched.append((event_type.id, doc.text))
    assert unmatched == []


def test_single_word_triggers_are_their_own_lemma(taxonomy: Taxonomy) -> None:
    """Each verb and noun trigger, put in a frame where it inflects, lemmatises back to itself."""
    nlp = load_nlp()
    frames = {"verbs": "Yesterday they will {} it.", "nouns": "The {} was reported."}
    wrong = []
    for event_type in taxonomy.types.values():
        for kind, frame in frames.items():
            for lemma in getattr(event_type.triggers, kind):
                doc = nlp(frame.format(lemma))
                if lemma not in {token.lemma_.lower() for token in doc}:
                    wrong.append((event_type.id, kind, lemma))
    assert wrong == []


def test_get_unknown_type_raises(taxonomy: Taxonomy) -> None:
    assert "defection" in taxonomy
    with pytest.raises(ConfigError, match="unknown event type 'coup_attempt'"):
        taxonomy.get("coup_attempt")


def test_bundled_taxonomy_is_loaded_once() -> None:
    assert load_taxonomy() is load_taxonomy()


def _write(tmp_path: Path, data: dict[str, Any]) -> Path:
    path = tmp_path / "taxonomy.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_an_unchanged_copy_loads(tmp_path: Path, taxonomy: Taxonomy) -> None:
    assert load_taxonomy(_write(tmp_path, _bundled_data())) == taxonomy


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("family", "violence", r"type 'defection', field 'family'"),
        ("acled", {"event_type": "Battles", "sub_event_type": "Defection"}, r"field 'acled'.*not an ACLED"),
        ("plover", {"type": "DEFECT", "mode": None}, r"field 'plover'.*not one of the PLOVER types"),
        ("plover", {"type": "RETREAT", "mode": "flee"}, r"field 'plover'.*mode 'flee'"),
        ("cameo", "999", r"field 'cameo'"),
        ("roles", {"subject": "initiator"}, r"field 'roles'.*unknown slot 'subject'"),
        ("roles", {"subj": "perpetrator"}, r"field 'roles.subj'"),
        ("counts", {"initiator": "defectors"}, r"field 'counts'.*'defectors'"),
        ("triggers", {"verbs": ["Defect"]}, r"field 'triggers.verbs'.*lowercase"),
        ("triggers", {"nouns": ["switch side"]}, r"field 'triggers.nouns'.*phrases"),
        ("examples", [], r"field 'examples'"),
        ("colour", "red", r"field 'colour'"),
    ],
)
def test_a_broken_type_names_type_and_field(tmp_path: Path, field: str, value: object, message: str) -> None:
    data = _bundled_data()
    data["types"]["defection"][field] = value
    with pytest.raises(ConfigError, match=message):
        load_taxonomy(_write(tmp_path, data))


def test_a_broken_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        load_taxonomy(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("types: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_taxonomy(bad)
    data = _bundled_data()
    data["version"] = 2
    with pytest.raises(ConfigError, match="'version'"):
        load_taxonomy(_write(tmp_path, data))


def test_markdown_lists_every_type_and_the_doc_is_current(taxonomy: Taxonomy) -> None:
    markdown = to_markdown(taxonomy)
    for type_id in FIXED_IDS:
        assert f"| `{type_id}` |" in markdown
    assert markdown in DOC.read_text(encoding="utf-8"), (
        "docs/taxonomy.md is stale: regenerate its tables with python -m sitreps.extract.taxonomy --markdown"
    )


def test_main_prints_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--markdown"]) == 0
    assert "| `defection` |" in capsys.readouterr().out
    assert main(["--file", "/nonexistent/taxonomy.yaml"]) == 1
