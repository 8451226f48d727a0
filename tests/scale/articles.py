"""Short conflict reports written for these tests: varied actors, places, verbs and counts.

Combinations of invented sentences, so every article is a distinct document
(different text, different id) without copying any real report.
"""

from __future__ import annotations

from pathlib import Path

ACTORS = ("Government troops", "Rebel fighters", "A local militia", "Unidentified gunmen", "Security forces")
VERBS = ("attacked", "shelled", "raided", "ambushed", "seized")
TARGETS = ("a police post", "an army convoy", "a market", "a village", "a checkpoint")
PLACES = ("Goma", "Mogadishu", "Kharkiv", "Timbuktu", "Aden", "Mandalay")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def article(index: int) -> str:
    """The ``index``-th test article: a headline, a dated lead and a sourced follow-up."""
    actor = ACTORS[index % len(ACTORS)]
    verb = VERBS[(index // 2) % len(VERBS)]
    target = TARGETS[(index // 3) % len(TARGETS)]
    place = PLACES[index % len(PLACES)]
    day = DAYS[index % len(DAYS)]
    killed = 2 + index % 17
    return (
        f"Title: Report {index} from {place}\nPublished: 2025-03-{1 + index % 27:02d}\n\n"
        f"{actor} {verb} {target} near {place} on {day}, killing at least {killed} people, "
        f"local officials said.\n\n"
        f"\"We heard explosions for an hour,\" a resident told reporters. The attack was the "
        f"{index + 2}th of its kind in the area this year, according to a monitoring group.\n"
    )


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """``count`` article files in ``folder``; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(start, start + count):
        path = folder / f"report_{index:04d}.txt"
        path.write_text(article(index), encoding="utf-8")
        paths.append(path)
    return paths
