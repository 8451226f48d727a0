"""The sitreps event taxonomy: typed, validated access to ``data/taxonomy.yaml``.

The taxonomy is data (see the file's header for where its codes come from); this
module only reads and checks it, so that a typo in a mapping or a lexicon fails
at load time with a message naming the type and the field, not as a silently
wrong event record later. The extractor reads trigger lexicons and role slots
from here, and copies ``acled``/``plover``/``cameo`` into each EventMention.

``python -m sitreps.extract.taxonomy --markdown`` prints the reference tables
that docs/taxonomy.md is built from.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from sitreps.errors import ConfigError
from sitreps.models import AcledCode, PloverCode, Role
from sitreps.yaml_data import parse_yaml

BUNDLED_FILE = "taxonomy.yaml"
SUPPORTED_VERSION = 1

# The linking stage merges mentions only within one family: ACLED's six event types
# (strategic = Strategic developments) plus three for types ACLED does not code.
FAMILIES = frozenset(
    {
        "battle", "remote_violence", "violence_against_civilians", "protest", "riot", "strategic",
        "verbal", "material_cooperation", "coercion",
    }
)  # fmt: skip

# The family of speech acts, which report an event of their own ("denied the attack"); stages that read
# words or arguments of speech differently name it from here.
SPEECH_FAMILY = "verbal"

# What a Count may count: the fixed vocabulary gold sets and exports rely on.
COUNT_WHATS = frozenset(
    {
        "killed", "injured", "detained", "displaced", "defected", "exchanged", "surrendered",
        "abducted", "protesters", "persons", "combatants", "deserted", "mobilised", "evacuated",
    }
)  # fmt: skip

# Dependency slots a type's ``roles`` may name, besides ``prep_<word>``.
FIXED_SLOTS = frozenset({"subj", "obj", "agent", "subjpass", "poss", "mod"})
_PREP_SLOT = re.compile(r"prep_[a-z]+")
_CAMEO_CODE = re.compile(r"\d{2,4}")

# Slot -> role when a type does not say otherwise (the usual reading of an
# event verb or noun: "X attacked Y", "Y was attacked by X", "X's attack on Y",
# "a Russian attack", "the shelling of Y"); the extractor applies it through
# EventType.role_for.
DEFAULT_ROLES: Mapping[str, Role] = MappingProxyType(
    {
        "subj": Role.INITIATOR,
        "agent": Role.INITIATOR,
        "poss": Role.INITIATOR,
        "mod": Role.INITIATOR,
        "obj": Role.TARGET,
        "subjpass": Role.TARGET,
        "prep_against": Role.TARGET,
        "prep_on": Role.TARGET,
        "prep_of": Role.TARGET,
        "prep_with": Role.PARTICIPANT,
        "prep_to": Role.RECIPIENT,
    }
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _lemma_list(values: tuple[str, ...], *, single: bool) -> tuple[str, ...]:
    """Reject entries that can never match a lowercase spaCy lemma."""
    for value in values:
        if not value or value != value.strip() or value != value.lower():
            raise ValueError(f"{value!r} must be lowercase with no surrounding spaces")
        if single and " " in value:
            raise ValueError(f"{value!r} is several words: put it under phrases")
        if "  " in value:
            raise ValueError(f"{value!r} has a double space")
    return values


class Triggers(_Frozen):
    """The lemmas and lemma sequences that announce an event of one type."""

    verbs: tuple[str, ...] = ()
    nouns: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    @field_validator("verbs", "nouns", "exclude")
    @classmethod
    def _single_lemmas(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _lemma_list(values, single=True)

    @field_validator("phrases")
    @classmethod
    def _phrases(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _lemma_list(values, single=False)

    def lemmas(self) -> frozenset[str]:
        """Every single-lemma trigger, verbs and nouns together."""
        return frozenset(self.verbs) | frozenset(self.nouns)


class RetypeRule(_Frozen):
    """A re-typing the lexicon cannot make alone: "attacked a market" is an attack on civilians.

    The rule fires when the argument in ``role`` has one of ``lemmas`` among its
    words, or resolves to a registry actor of one of ``actor_types``; for ``instrument``
    the words of the whole trigger clause count ("fired missiles", "drones struck").
    A word of ``unless`` in the argument stops the rule ("soldiers and civilians"), and
    so does a word of ``unless_initiator`` in the initiator: who acted can veto what was
    done to whom ("armed thugs attacked demonstrators" is no excessive force by the state).
    A registry actor of one of ``unless_actor_types`` in ``role`` stops it too ("RSF troops
    took the town" names an armed group, whatever "troops" says).
    With ``object_class`` (``target`` only), the rule fires too when every noun the trigger takes
    (its object or passive subject and their conjuncts) is of that class of
    ``data/en/noun_classes.yaml`` ("seized a village chief and his sons": ``persons``, from WordNet),
    so no closed list of one article's words decides it.
    With ``prepositions`` (``instrument`` only), a word counts only when the trigger's own
    phrase reaches it through one of them ("arrested during a protest", not "arrested
    activists who had called for a protest" nor "arrested over a protest held last month").
    With ``unless_prepositions``, a word the trigger reaches through one of them does not count:
    "took the town from government troops" names who held it, not what was taken.
    """

    to: str
    role: Role
    lemmas: tuple[str, ...] = ()
    actor_types: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    unless_initiator: tuple[str, ...] = ()
    unless_actor_types: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    unless_prepositions: tuple[str, ...] = ()
    object_class: str | None = None

    @field_validator("lemmas", "unless", "unless_initiator", "prepositions", "unless_prepositions")
    @classmethod
    def _lemmas(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _lemma_list(values, single=True)

    @model_validator(mode="after")
    def _has_condition(self) -> RetypeRule:
        if not self.lemmas and not self.actor_types and not self.object_class:
            raise ValueError("a retype rule needs lemmas or actor_types, or an object_class")
        if self.object_class and self.role != Role.TARGET:
            raise ValueError("object_class applies to the target role only")
        if self.prepositions and self.role != Role.INSTRUMENT:
            raise ValueError("prepositions apply to the instrument role only")
        return self


class FatalRule(_Frozen):
    """A type the mention takes once its toll has dead: a protest broken up with a death is no
    longer an intervention but excessive force (ACLED's codebook), whatever word told the dispersal.

    A word of ``unless`` among the dead stops it: police killed by a crowd they dispersed make the
    toll the crowd's, not the force's.
    """

    to: str
    unless: tuple[str, ...] = ()

    @field_validator("unless")
    @classmethod
    def _lemmas(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _lemma_list(values, single=True)


class EventType(_Frozen):
    """One sitreps event type: its mappings, lexicon and argument slots."""

    id: str
    label: str
    family: str
    definition: str
    acled: AcledCode | None
    plover: PloverCode | None
    cameo: str | None
    note: str | None = None
    triggers: Triggers
    roles: dict[str, Role] = Field(default_factory=dict)
    counts: dict[Role, str] = Field(default_factory=dict)
    instruments: tuple[str, ...] = ()
    place_slots: tuple[str, ...] = ()
    retype: tuple[RetypeRule, ...] = ()
    fatal: FatalRule | None = None
    examples: tuple[str, ...] = Field(min_length=1)

    @field_validator("family")
    @classmethod
    def _family(cls, value: str) -> str:
        if value not in FAMILIES:
            raise ValueError(f"{value!r} is not one of {sorted(FAMILIES)}")
        return value

    @field_validator("roles", "place_slots")
    @classmethod
    def _slots(cls, value: Any) -> Any:
        for slot in value:
            if slot not in FIXED_SLOTS and not _PREP_SLOT.fullmatch(slot):
                raise ValueError(f"unknown slot {slot!r}: use {sorted(FIXED_SLOTS)} or prep_<word>")
        return value

    @field_validator("counts")
    @classmethod
    def _count_whats(cls, value: dict[Role, str]) -> dict[Role, str]:
        for what in value.values():
            if what not in COUNT_WHATS:
                raise ValueError(f"{what!r} is not one of {sorted(COUNT_WHATS)}")
        return value

    @field_validator("instruments")
    @classmethod
    def _instruments(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _lemma_list(values, single=True)

    def role_for(self, slot: str) -> Role | None:
        """The role a dependency slot fills for this type, falling back to DEFAULT_ROLES."""
        return self.roles.get(slot, DEFAULT_ROLES.get(slot))


class PloverType(_Frozen):
    """A PLOVER event type as the manual defines it: quad category and allowed modes."""

    category: str
    modes: tuple[str, ...] = ()


class Codes(_Frozen):
    """The reference vocabularies of ACLED, PLOVER and CAMEO that mappings are checked against."""

    acled: dict[str, tuple[str, ...]]
    plover: dict[str, PloverType]
    cameo_roots: dict[str, str]
    cameo_subcodes: dict[str, str] = Field(default_factory=dict)

    def cameo_name(self, code: str) -> str | None:
        """The CAMEO name of a root or listed sub-code, None when it is neither."""
        return self.cameo_subcodes.get(code) or self.cameo_roots.get(code)

    def mapping_problem(self, event_type: EventType) -> tuple[str, str] | None:
        """The first (field, problem) in a type's mappings, or None when they are valid."""
        acled = event_type.acled
        if acled and acled.sub_event_type not in self.acled.get(acled.event_type, ()):
            return "acled", f"{acled.event_type} / {acled.sub_event_type} is not an ACLED sub-event type"
        plover = event_type.plover
        if plover and plover.type not in self.plover:
            return "plover", f"{plover.type!r} is not one of the PLOVER types {sorted(self.plover)}"
        if plover and plover.mode is not None and plover.mode not in self.plover[plover.type].modes:
            allowed = list(self.plover[plover.type].modes)
            return "plover", f"mode {plover.mode!r} is not a {plover.type} mode {allowed}"
        cameo = event_type.cameo
        if cameo is not None and not (_CAMEO_CODE.fullmatch(cameo) and self.cameo_name(cameo)):
            return "cameo", f"{cameo!r} is neither a CAMEO root code nor listed under codes.cameo_subcodes"
        return None


class Taxonomy(_Frozen):
    """All sitreps event types by id, in file order, with the codes they map to."""

    version: int
    codes: Codes
    types: dict[str, EventType]

    def get(self, type_id: str) -> EventType:
        """The type with this id; ConfigError (listing the ids) when there is none."""
        try:
            return self.types[type_id]
        except KeyError:
            raise ConfigError(
                f"unknown event type {type_id!r}; known types: {', '.join(self.types)}"
            ) from None

    def __contains__(self, type_id: object) -> bool:
        return type_id in self.types


def _problem(source: str, where: str, problem: str) -> ConfigError:
    return ConfigError(f"{source}: {where}: {problem}. Fix this entry in the taxonomy file.")


def _first_error(error: ValidationError) -> tuple[str, str]:
    """The field path and message of a pydantic error, for a one-line ConfigError."""
    first = error.errors()[0]
    field = ".".join(str(part) for part in first["loc"]) or "(entry)"
    return field, first["msg"]


def _parse_type(source: str, type_id: str, raw: Any, codes: Codes) -> EventType:
    if not isinstance(raw, dict):
        raise _problem(source, f"type {type_id!r}", "expected a mapping of fields")
    try:
        event_type = EventType.model_validate({**raw, "id": type_id})
    except ValidationError as error:
        field, message = _first_error(error)
        raise _problem(source, f"type {type_id!r}, field {field!r}", message) from None
    found = codes.mapping_problem(event_type)
    if found:
        raise _problem(source, f"type {type_id!r}, field {found[0]!r}", found[1])
    return event_type


def parse_taxonomy(data: Any, source: str = "taxonomy") -> Taxonomy:
    """Validate already-loaded YAML data into a Taxonomy; ``source`` names it in errors."""
    if not isinstance(data, dict):
        raise _problem(source, "top level", "expected a mapping with version, codes and types")
    if data.get("version") != SUPPORTED_VERSION:
        raise _problem(
            source, "field 'version'", f"expected {SUPPORTED_VERSION}, got {data.get('version')!r}"
        )
    try:
        codes = Codes.model_validate(data.get("codes"))
    except ValidationError as error:
        field, message = _first_error(error)
        raise _problem(source, f"codes, field {field!r}", message) from None
    raw_types = data.get("types")
    if not isinstance(raw_types, dict) or not raw_types:
        raise _problem(source, "field 'types'", "expected a non-empty mapping of type id to type")
    types = {str(tid): _parse_type(source, str(tid), raw, codes) for tid, raw in raw_types.items()}
    for event_type in types.values():
        for rule in event_type.retype:
            if rule.to not in types or rule.to == event_type.id:
                raise _problem(source, f"type {event_type.id!r}, field 'retype'",
                               f"{rule.to!r} must be another type id of this taxonomy")
        if event_type.fatal is not None and event_type.fatal.to not in types:
            raise _problem(source, f"type {event_type.id!r}, field 'fatal'",
                           f"{event_type.fatal.to!r} must be a type id of this taxonomy")
    return Taxonomy(version=SUPPORTED_VERSION, codes=codes, types=types)


def _read_yaml(text: str, source: str) -> Any:
    try:
        return parse_yaml(text)
    except yaml.YAMLError as error:
        raise ConfigError(
            f"{source}: not valid YAML ({error}). Fix the syntax of the taxonomy file."
        ) from None


@lru_cache(maxsize=1)
def _bundled() -> Taxonomy:
    text = resources.files("sitreps").joinpath("data", BUNDLED_FILE).read_text(encoding="utf-8")
    return parse_taxonomy(_read_yaml(text, BUNDLED_FILE), BUNDLED_FILE)


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The taxonomy in ``path``, or the bundled one (read once per process) when None."""
    if path is None:
        return _bundled()
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(
            f"cannot read taxonomy file {path}: {error.strerror}. Pass an existing YAML file."
        ) from None
    return parse_taxonomy(_read_yaml(text, str(path)), str(path))


def _cell(value: str | None) -> str:
    """A markdown table cell: pipes escaped, empty values shown as a dash."""
    return value.replace("|", "\\|").replace("\n", " ") if value else "—"


def _mapping_cells(taxonomy: Taxonomy, event_type: EventType) -> list[str]:
    acled = event_type.acled
    plover = event_type.plover
    cameo = event_type.cameo
    return [
        _cell(f"{acled.event_type}: {acled.sub_event_type}" if acled else None),
        _cell(f"{plover.type} / {plover.mode or '—'}" if plover else None),
        _cell(f"{cameo} {taxonomy.codes.cameo_name(cameo)}" if cameo else None),
    ]


def _reference_table(taxonomy: Taxonomy) -> list[str]:
    lines = [
        "| id | label | family | definition | ACLED | PLOVER type / mode | CAMEO | example |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for event_type in taxonomy.types.values():
        cells = [
            f"`{event_type.id}`",
            _cell(event_type.label),
            event_type.family,
            _cell(event_type.definition),
            *_mapping_cells(taxonomy, event_type),
            _cell(event_type.examples[0]),
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _lexicon_table(taxonomy: Taxonomy) -> list[str]:
    lines = ["| id | verbs | nouns | phrases | vetoed by |", "| --- | --- | --- | --- | --- |"]
    for event_type in taxonomy.types.values():
        trig = event_type.triggers
        cells = [", ".join(words) for words in (trig.verbs, trig.nouns, trig.phrases, trig.exclude)]
        lines.append(f"| `{event_type.id}` | " + " | ".join(_cell(cell) for cell in cells) + " |")
    return lines


def to_markdown(taxonomy: Taxonomy) -> str:
    """The generated part of docs/taxonomy.md: reference table, lexicons, mapping notes."""
    lines = ["## Event types", "", *_reference_table(taxonomy), ""]
    lines += ["## Trigger lexicons", "", *_lexicon_table(taxonomy), ""]
    lines += ["## Mapping notes", ""]
    lines += [f"- `{t.id}`: {t.note}" for t in taxonomy.types.values() if t.note]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the taxonomy as markdown (``--markdown``) or a one-line coverage summary."""
    parser = argparse.ArgumentParser(prog="python -m sitreps.extract.taxonomy", description=main.__doc__)
    parser.add_argument("--markdown", action="store_true", help="print the reference tables")
    parser.add_argument("--file", type=Path, default=None, help="a taxonomy file other than the bundled one")
    args = parser.parse_args(argv)
    try:
        taxonomy = load_taxonomy(args.file)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if args.markdown:
        sys.stdout.write(to_markdown(taxonomy))
        return 0
    types = taxonomy.types.values()
    acled = {(t.acled.event_type, t.acled.sub_event_type) for t in types if t.acled}
    plover = {t.plover.type for t in types if t.plover}
    n_acled = sum(len(subs) for subs in taxonomy.codes.acled.values())
    print(
        f"{len(taxonomy.types)} types; ACLED sub-event types covered {len(acled)}/{n_acled}; "
        f"PLOVER types covered {len(plover)}/{len(taxonomy.codes.plover)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
