"""What a taxonomy entry may say: the typed, validated models of ``data/taxonomy.yaml``.

Each model checks its own fields (a lemma that is not lowercase, a slot the extractor does
not know, a family or count outside the fixed vocabularies), and ``Codes`` checks a type's
ACLED, PLOVER and CAMEO mappings against the reference vocabularies the file carries. The
extractor, the retype and fatal rules and the trigger matcher work with these models; they
sit apart from reading the file (``extract/taxonomy.py``) and from rendering it as markdown
(``extract/taxonomy_markdown.py``) so that a stage needing the shape of an event type imports
no loader, and the fixed vocabularies (families, count kinds, slots) are named in one place.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from sitreps.errors import ConfigError
from sitreps.models import AcledCode, PloverCode, Role

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
    toll the crowd's, not the force's. A rule with ``when`` needs one of its words among the dead (the
    dead being villagers makes a one-sided shooting an attack on civilians), and one with ``unless_roles``
    fires only where the act names no actor in those roles (a named target has its own ``retype`` rules);
    the trigger words of ``unless_trigger`` keep their type (a clash that kills civilians caught between two
    sides is still a clash).
    """

    to: str
    unless: tuple[str, ...] = ()
    when: tuple[str, ...] = ()
    unless_roles: tuple[Role, ...] = ()
    unless_trigger: tuple[str, ...] = ()

    @field_validator("unless", "when", "unless_trigger")
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

