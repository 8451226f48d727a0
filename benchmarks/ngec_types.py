"""How often the rules extractor's main event agrees with the PLOVER label of an NGEC synthetic story.

A broad, noisy check of typing on stories sitreps was not written against: the 4,500
synthetic stories of ``../shared/training/ngec-synthetic`` (read its README) carry one PLOVER
type and mode each, taken from the headline they were prompted from. The script draws a fixed,
seeded sample (the same stories every run: up to ``--per-label`` of each type/mode pair), runs
the RULES extractor over them (the learned model trains on cuts of these stories, so only the
rules are a fair check here), takes each story's main event (the first mention in the text
that is news, not background) and prints, per label, how often its PLOVER type agrees, how
often any mention of the story has that type, how often the mode agrees where both have one,
and the commonest confusions. The baseline printed with it is the agreement that naming every
story's main event the sample's commonest PLOVER type would get.

The labels are noisy (a story about a strike after a ceasefire is labelled by its headline only)
and sitreps types conflict events, not every PLOVER type (statements, for instance, have no
PLOVER code), so the figures say where typing confuses two kinds of event in general, not
how right it is.

Besides the per-label figures it prints a confusion table of PLOVER types (story label by main
event's type) and, for the conflict types whose modes sitreps tells apart (``--modes``: ASSAULT,
PROTEST, COERCE, MOBILIZE, RETREAT by default), a table of story mode by main event's mode, so a
word list that types too eagerly shows as a column that fills across rows. ``--examples N``
prints, for the commonest confusions, the main event's trigger and sentence of up to N stories
(synthetic text, never shown as fact), to find the general cause before changing a rule.

    nice python benchmarks/ngec_types.py [--stories PATH.zip] [--per-label 4] [--seed 13]
        [--labels ASSAULT,PROTEST] [--modes ASSAULT,PROTEST] [--examples 2]
"""

from __future__ import annotations

import argparse
import csv
import io
import random
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sitreps import pipeline
from sitreps.ingest import document_id
from sitreps.models import Document, DocumentStatus, EventMention

STORIES = Path(__file__).resolve().parents[1] / ".." / "shared" / "training" / "ngec-synthetic" / \
    "gpt_synthetic_events_2023-10-19_19.csv.zip"
# A few hundred stories in about a minute of one core: 4 of each of the 88 type/mode pairs.
PER_LABEL = 4
SEED = 13
CONFUSIONS_SHOWN = 40
# Two spellings of the stories' labels differ from PLOVER's own (data/taxonomy.yaml codes.plover).
MODE_SPELLINGS = {"primative": "primitive", "sieze": "seize"}
NO_EVENT = "(none)"
# The PLOVER types whose modes the taxonomy maps to different sitreps types (ACLED sub-types): the
# mode table is printed for these.
MODED_TYPES = ("ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "RETREAT")
# Confusion-table cells are counts; a column is shown when some story's main event has that type.
CELL_WIDTH = 6
# The sentence of an example is cut to this many characters.
EXAMPLE_CHARS = 220


@dataclass(frozen=True)
class Story:
    """One synthetic story and its PLOVER label."""

    text: str
    label: str
    mode: str | None

    @property
    def key(self) -> str:
        return f"{self.label}/{self.mode}" if self.mode else self.label


@dataclass(frozen=True)
class Outcome:
    """What the rules made of one story: the main event's PLOVER type/mode and sitreps type, and every type."""

    story: Story
    main_type: str | None
    main_mode: str | None
    main_id: str | None
    all_types: frozenset[str]
    trigger: str = ""
    sentence: str = ""


def read_stories(path: Path) -> list[Story]:
    """Every story of the zipped CSV, its mode spelt as PLOVER spells it."""
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.endswith(".csv"))
        with archive.open(name) as raw:
            rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))
    stories = []
    for row in rows:
        mode = row["mode"].strip().lower() or None
        stories.append(Story(text=row["text"], label=row["label"].strip(),
                             mode=MODE_SPELLINGS.get(mode, mode) if mode else None))
    return stories


def sample(stories: Sequence[Story], per_label: int, seed: int, labels: set[str] | None) -> list[Story]:
    """Up to ``per_label`` stories of each type/mode pair, drawn with ``seed``, in a fixed order."""
    groups: dict[str, list[Story]] = defaultdict(list)
    for story in stories:
        if labels is None or story.label in labels:
            groups[story.key].append(story)
    rng = random.Random(seed)
    return [s for key in sorted(groups) for s in rng.sample(groups[key], min(per_label, len(groups[key])))]


def _main_mention(mentions: Iterable[EventMention]) -> EventMention | None:
    news = [m for m in mentions if not m.background] or list(mentions)
    return min(news, key=lambda m: m.trigger.start, default=None)


def run(stories: Sequence[Story]) -> list[Outcome]:
    """The rules extractor's reading of each story."""
    documents = [Document(id=document_id(s.text), text=s.text, language="en", status=DocumentStatus.PENDING)
                 for s in stories]
    outcomes = []
    for story, document in zip(stories, pipeline.process(documents, extractor="rules"), strict=True):
        main = _main_mention(document.events)
        plover = main.plover if main is not None else None
        outcomes.append(Outcome(story=story, main_type=plover.type if plover else None,
                                main_mode=plover.mode if plover else None, main_id=main.type if main else None,
                                all_types=frozenset(m.plover.type for m in document.events if m.plover),
                                trigger=main.trigger.text if main else "",
                                sentence=main.sentence.text if main else ""))
    return outcomes


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "  -  "


def report(outcomes: Sequence[Outcome]) -> str:
    """Per-label agreement, the totals against the commonest-type baseline, and the commonest confusions."""
    by_label: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_label[outcome.story.label].append(outcome)
    lines = [f"{'label':10} {'n':>4} {'main':>6} {'any':>6} {'mode':>6} {'none':>6}"]
    for label in sorted(by_label):
        lines.append(_row(label, by_label[label]))
    lines.append(_row("ALL", outcomes))
    predicted = Counter(o.main_type for o in outcomes if o.main_type)
    if predicted:
        common, _ = predicted.most_common(1)[0]
        agree = sum(o.story.label == common for o in outcomes)
        lines.append(f"baseline: every main event {common}: main {_share(agree, len(outcomes))}")
    lines.append("\nconfusions (story label -> main event: PLOVER type/mode [sitreps type]; "
                 "a mode counts where both name one):")
    confusions = Counter(
        (o.story.key, f"{o.main_type or NO_EVENT}/{o.main_mode or '-'} [{o.main_id or '-'}]")
        for o in outcomes if _confused(o))
    for (label, got), count in confusions.most_common(CONFUSIONS_SHOWN):
        lines.append(f"{count:4}  {label:28} -> {got}")
    return "\n".join(lines)


def _table(pairs: Sequence[tuple[str, str]], title: str) -> str:
    """A confusion table: one row per story label, one column per predicted label, counts in the cells."""
    rows = sorted({label for label, _ in pairs})
    columns = sorted({got for _, got in pairs})
    counts = Counter(pairs)
    width = max((len(r) for r in rows), default=len(title))
    header = " ".join(f"{c[:CELL_WIDTH]:>{CELL_WIDTH}}" for c in columns)
    lines = [f"{title:{width}} {header}"]
    for row in rows:
        cells = " ".join(f"{counts[(row, c)] or '.':>{CELL_WIDTH}}" for c in columns)
        lines.append(f"{row:{width}} {cells}")
    return "\n".join(lines)


def confusion_tables(outcomes: Sequence[Outcome], moded: Sequence[str]) -> str:
    """The type table (story label by main type) and, per type of ``moded``, its mode table (story
    mode by main event's type/mode, for stories of that label)."""
    parts = ["PLOVER types (rows: story label; columns: main event's type, cut to 6 letters):",
             _table([(o.story.label, o.main_type or NO_EVENT) for o in outcomes], "label")]
    for label in moded:
        pairs = [(o.story.mode or "-", _mode_column(o, label)) for o in outcomes if o.story.label == label]
        if pairs:
            parts += [f"\n{label} modes (rows: story mode; columns: main event's mode, or its type in lower case):",
                      _table(pairs, "mode")]
    return "\n".join(parts)


def _mode_column(outcome: Outcome, label: str) -> str:
    """The main event's mode where its type is the story's (its sitreps type where the mapping names no
    mode: ASSAULT without a mode is an armed clash or an attack on civilians), else its type in lower case."""
    if outcome.main_type == label:
        return outcome.main_mode or outcome.main_id or "-"
    return (outcome.main_type or NO_EVENT).lower()


def examples(outcomes: Sequence[Outcome], per_confusion: int) -> str:
    """For each confusion, commonest first, the trigger and sentence of up to ``per_confusion`` stories."""
    groups: dict[tuple[str, str], list[Outcome]] = defaultdict(list)
    for o in outcomes:
        if _confused(o):
            groups[(o.story.key, f"{o.main_type or NO_EVENT}/{o.main_mode or '-'} [{o.main_id or '-'}]")].append(o)
    lines = ["examples (synthetic stories; the main event's trigger in brackets):"]
    for (label, got), group in sorted(groups.items(), key=lambda item: -len(item[1]))[:CONFUSIONS_SHOWN]:
        lines.append(f"{label} -> {got}")
        for o in group[:per_confusion]:
            lines.append(f"    [{o.trigger}] {' '.join(o.sentence.split())[:EXAMPLE_CHARS]}")
    return "\n".join(lines)


def _confused(outcome: Outcome) -> bool:
    """A different type, or the same type in a different mode where both name one."""
    story = outcome.story
    return outcome.main_type != story.label or bool(story.mode and outcome.main_mode
                                                     and outcome.main_mode != story.mode)


def _row(label: str, outcomes: Sequence[Outcome]) -> str:
    main = sum(o.main_type == o.story.label for o in outcomes)
    anywhere = sum(o.story.label in o.all_types for o in outcomes)
    moded = [o for o in outcomes if o.story.mode and o.main_type == o.story.label and o.main_mode]
    mode = sum(o.main_mode == o.story.mode for o in moded)
    none = sum(o.main_id is None for o in outcomes)
    return (f"{label:10} {len(outcomes):4} {_share(main, len(outcomes)):>6} {_share(anywhere, len(outcomes)):>6} "
            f"{_share(mode, len(moded)):>6} {_share(none, len(outcomes)):>6}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=STORIES, help="the zipped story CSV")
    parser.add_argument("--per-label", type=int, default=PER_LABEL, help="stories per type/mode pair")
    parser.add_argument("--seed", type=int, default=SEED, help="the sample's seed")
    parser.add_argument("--labels", default=None, help="comma-separated PLOVER types to keep (default all)")
    parser.add_argument("--modes", default=",".join(MODED_TYPES),
                        help="comma-separated PLOVER types whose mode table is printed")
    parser.add_argument("--examples", type=int, default=0, help="stories shown per confusion (default none)")
    args = parser.parse_args()
    if not args.stories.is_file():
        parser.error(f"no story file at {args.stories} (see ../shared/training/README.md)")
    labels = set(args.labels.split(",")) if args.labels else None
    stories = sample(read_stories(args.stories), args.per_label, args.seed, labels)
    print(f"{len(stories)} stories (seed {args.seed}, up to {args.per_label} per type/mode), rules extractor\n")
    outcomes = run(stories)
    print(report(outcomes))
    print("\n" + confusion_tables(outcomes, [m for m in args.modes.split(",") if m]))
    if args.examples:
        print("\n" + examples(outcomes, args.examples))


if __name__ == "__main__":
    main()
