"""The sitreps event taxonomy: typed, validated access to ``data/taxonomy.yaml``.

The taxonomy is data (see the file's header for where its codes come from); this
module only reads and checks it, so that a typo in a mapping or a lexicon fails
at load time with a message naming the type and the field, not as a silently
wrong event record later. The extractor reads trigger lexicons and role slots
from here, and copies ``acled``/``plover``/``cameo`` into each EventMention.

This module is the loader and the command line: the models a file is validated
into, with the fixed vocabularies they check against, are in
``extract/taxonomy_schema.py``, and the markdown tables in
``extract/taxonomy_markdown.py``.

``python -m sitreps.extract.taxonomy --markdown`` prints the reference tables
that docs/taxonomy.md is built from.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from sitreps.errors import ConfigError
from sitreps.extract.taxonomy_markdown import to_markdown
from sitreps.extract.taxonomy_schema import Codes, EventType, Taxonomy
from sitreps.yaml_data import parse_yaml

BUNDLED_FILE = "taxonomy.yaml"
SUPPORTED_VERSION = 1


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
