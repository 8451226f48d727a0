"""The taxonomy as markdown: the generated reference tables of docs/taxonomy.md.

Rendering is separate from reading and checking the file: it needs only the validated
models (``extract/taxonomy_schema.py``), and ``python -m sitreps.extract.taxonomy --markdown``
prints what it renders, which tests/extract/test_taxonomy.py compares with docs/taxonomy.md.
"""

from __future__ import annotations

from sitreps.extract.taxonomy_schema import EventType, Taxonomy


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
