"""The fiction detection set covers every taxonomy type, and its scorer counts type sets as documented."""

from __future__ import annotations

from collections import Counter

from benchmark_scripts import load_script

from sitreps.extract.taxonomy import load_taxonomy

detection = load_script("benchmarks/detection.py")
# Batch 1 holds at least this many sentences per type and this many negatives (the round 11 brief).
PER_TYPE_BATCH1 = 3
NEGATIVES_BATCH1 = 30


def test_batch1_covers_every_type_three_times_and_has_negatives() -> None:
    items = detection.load("batch1")
    per_type = Counter(e["type"] for item in items for e in item["events"])
    assert {t for t in load_taxonomy().types if per_type[t] < PER_TYPE_BATCH1} == set()
    assert sum(not item["events"] for item in items) >= NEGATIVES_BATCH1


def test_every_gold_trigger_is_a_span_of_its_sentence_and_types_exist() -> None:
    types = set(load_taxonomy().types)
    for item in detection.load("all"):
        for event in item["events"]:
            assert event["type"] in types, item["id"]
            assert event["trigger"] in item["text"], item["id"]


def test_tally_counts_type_sets_once_per_sentence() -> None:
    items = [{"events": [{"type": "arrest"}]}, {"events": []}, {"events": [{"type": "threat"}]}]
    found = [{"arrest", "demand"}, {"armed_clash"}, set()]
    tallies = detection.tally(items, found)
    assert (tallies["arrest"].tp, tallies["demand"].fp, tallies["armed_clash"].fp, tallies["threat"].fn) == (1, 1, 1, 1)
