"""Score quotes and claims against the attribution gold set (benchmarks/gold/attribution/).

``score(split)`` runs the spaCy pipeline and ``find_quotes``/``find_claims`` on
every gold article of a split and returns:

- quote detection precision, recall and F1 by span overlap (all quotes, and direct ones only);
- speaker accuracy on matched quotes (the names share a content word: "the ministry" matches
  "the Ministry of Defence", "Yusov" matches "Andriy Yusov");
- claim kind and source kind accuracy and macro-F1, each gold sentence compared with the
  predicted claim overlapping it most (a sentence with no claim counts as wrong).

``python -m sitreps.evaluate.attribution`` prints the table for both splits and the time the
attribution functions take per 1,000 sentences (the spaCy parse excluded).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitreps.annotate.nlp import load_nlp
from sitreps.attribute.claims import find_claims
from sitreps.attribute.modality import modality_of
from sitreps.attribute.quotes import find_quotes
from sitreps.errors import ConfigError
from sitreps.extract.english import words
from sitreps.models import Claim, Quote

GOLD_PATH = Path(__file__).resolve().parents[3] / "benchmarks" / "gold" / "attribution" / "articles.jsonl"
ATTRIBUTION_WORDS = "attribution_words"
MISSING = "(missing)"


def load_gold(split: str, path: Path = GOLD_PATH) -> list[dict[str, Any]]:
    """The gold articles of ``split`` ("dev", "heldout" or "all")."""
    if not path.exists():
        raise ConfigError(f"gold set not found at {path}; run from a sitreps source checkout")
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [a for a in articles if split == "all" or a["split"] == split]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _name_stopwords() -> frozenset[str]:
    """Words too common to show that two speaker names are the same."""
    return words(ATTRIBUTION_WORDS, "name_stopwords")


def same_speaker(gold: str | None, predicted: str | None) -> bool:
    """Whether two speaker names share a content word (case-insensitive)."""
    if not gold or not predicted:
        return gold == predicted

    stopwords = _name_stopwords()

    def content_words(name: str) -> set[str]:
        return {w.strip(".,’'").lower() for w in name.split()} - stopwords

    return bool(content_words(gold) & content_words(predicted))


@dataclass
class Tally:
    """Running counts for one split."""

    gold_quotes: int = 0
    predicted_quotes: int = 0
    matched_quotes: int = 0
    gold_direct: int = 0
    predicted_direct: int = 0
    matched_direct: int = 0
    right_speakers: int = 0
    kind_pairs: list[tuple[str, str]] = field(default_factory=list)
    source_pairs: list[tuple[str, str]] = field(default_factory=list)


def _score_quotes(tally: Tally, text: str, gold: list[dict[str, Any]], predicted: list[Quote]) -> None:
    free = list(predicted)
    for quote in gold:
        start = text.find(quote["text"])
        where = (start, start + len(quote["text"]))
        match = next((p for p in free if _overlaps(where, (p.text.start, p.text.end))), None)
        tally.gold_quotes += 1
        tally.gold_direct += quote["direct"]
        if match is None:
            continue
        free.remove(match)
        tally.matched_quotes += 1
        tally.matched_direct += quote["direct"] and match.direct
        tally.right_speakers += same_speaker(quote["speaker"], match.speaker)
    tally.predicted_quotes += len(predicted)
    tally.predicted_direct += sum(p.direct for p in predicted)


def _score_claims(tally: Tally, text: str, gold: list[dict[str, Any]], predicted: list[Claim]) -> None:
    for claim in gold:
        start = text.find(claim["sentence"])
        where = (start, start + len(claim["sentence"]))
        best = max(predicted, key=lambda p: _overlaps(where, (p.span.start, p.span.end)), default=None)
        if best is None or not _overlaps(where, (best.span.start, best.span.end)):
            tally.kind_pairs.append((claim["kind"], MISSING))
            tally.source_pairs.append((claim["source_kind"], MISSING))
            continue
        tally.kind_pairs.append((claim["kind"], best.kind.value))
        tally.source_pairs.append((claim["source_kind"], best.source_kind.value))


def _prf(matched: int, gold: int, predicted: int) -> tuple[float, float, float]:
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def macro_f1(pairs: Iterable[tuple[str, str]]) -> float:
    """Mean F1 over the gold labels (a missing prediction counts against its gold label)."""
    pairs = list(pairs)
    labels = sorted({g for g, _ in pairs})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        gold_n = sum(1 for g, _ in pairs if g == label)
        pred_n = sum(1 for _, p in pairs if p == label)
        scores.append(_prf(tp, gold_n, pred_n)[2])
    return sum(scores) / len(scores) if scores else 0.0


def _accuracy(pairs: list[tuple[str, str]]) -> float:
    return sum(g == p for g, p in pairs) / len(pairs) if pairs else 0.0


def score(split: str = "heldout") -> dict[str, float]:
    """Every attribution metric on one split of the gold set, as fractions in [0, 1]."""
    nlp = load_nlp()
    tally = Tally()
    articles = load_gold(split)
    for article, doc in zip(articles, nlp.pipe(a["text"] for a in articles), strict=True):
        quotes = find_quotes(doc)
        _score_quotes(tally, doc.text, article["quotes"], quotes)
        _score_claims(tally, doc.text, article["claims"], find_claims(doc, quotes))
    p, r, f = _prf(tally.matched_quotes, tally.gold_quotes, tally.predicted_quotes)
    dp, dr, df = _prf(tally.matched_direct, tally.gold_direct, tally.predicted_direct)
    return {
        "quote_precision": p, "quote_recall": r, "quote_f1": f,
        "direct_quote_precision": dp, "direct_quote_recall": dr, "direct_quote_f1": df,
        "speaker_accuracy": tally.right_speakers / tally.matched_quotes if tally.matched_quotes else 0.0,
        "claim_kind_accuracy": _accuracy(tally.kind_pairs),
        "claim_kind_macro_f1": macro_f1(tally.kind_pairs),
        "source_kind_accuracy": _accuracy(tally.source_pairs),
        "source_kind_macro_f1": macro_f1(tally.source_pairs),
    }


def ms_per_1000_sentences(split: str = "all", repeats: int = 3) -> float:
    """Milliseconds per 1,000 sentences of find_quotes, find_claims and modality_of (on every verb)."""
    nlp = load_nlp()
    docs = list(nlp.pipe(a["text"] for a in load_gold(split)))
    sentences = sum(len(list(doc.sents)) for doc in docs)
    started = time.perf_counter()
    for _ in range(repeats):
        for doc in docs:
            claims = find_claims(doc, find_quotes(doc))
            for token in doc:
                if token.pos_ == "VERB":
                    modality_of(token, None)
            del claims
    elapsed = (time.perf_counter() - started) / repeats
    return 1000 * elapsed / sentences * 1000


def main() -> None:
    """Print the metrics for the dev and heldout splits, and the speed."""
    results = {split: score(split) for split in ("dev", "heldout")}
    print(f"{'metric':<26}{'dev':>8}{'heldout':>9}")
    for metric in results["heldout"]:
        print(f"{metric:<26}{results['dev'][metric]:>8.3f}{results['heldout'][metric]:>9.3f}")
    print(f"{'ms per 1,000 sentences':<26}{ms_per_1000_sentences():>17.1f}")


if __name__ == "__main__":
    main()
