"""Retraining the same-incident merger on a small slice of fiction (``train.merger``), and the pipeline
loading and using the model ``SITREPS_MERGER`` names: a model sure of every pair joins two incidents the
rules keep apart, but never two in towns far apart."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from same_incident_fiction import MEANWHILE

from sitreps.evaluate.single_text import incident_holding, incidents_of_texts
from sitreps.extract.pair_features import FEATURES
from sitreps.extract.same_incident import MERGER_ENV, Merger, merger, read_merger
from sitreps.train.merger import save_merger, train_merger
from sitreps.train.merger_data import fiction_stories, pairs_of

pytest.importorskip("sentence_transformers", reason="the merger's features need sitreps[embeddings]")

# Each article's two sentences tell two incidents the rules keep apart and no hard conflict holds apart (the
# merger learns only from pairs it may join); the protest's two are labelled one, as a coder who folds the
# mob's arson into the unrest it broke out in would.
TWO_TOLD = [
    "Soldiers shelled rebel positions in Kidal on Monday. Separately, unknown men abducted two aid workers, a local "
    "official said.",
    "An air strike hit a fuel depot in Hodeidah on Friday. In another incident, gunmen shot dead a shopkeeper, "
    "residents said.",
    "Militiamen attacked a farming village in Ituri on Wednesday, killing nine people. Elsewhere, soldiers arrested "
    "a local chief, the army said.",
]
ONE_TOLD = ("Police fired tear gas at students in Dhaka on Sunday. Elsewhere, a mob set fire to a police post, "
            "witnesses said.")
NO_PLACE_OF_ITS_OWN = ("Gunmen attacked a village in Zamfara on Tuesday, killing 20 people. Meanwhile, bandits "
                       "kidnapped 30 students, the police said.")
TOWNS_APART = MEANWHILE[3]


def _anchored(text: str, one: bool) -> tuple[str, dict[str, list[str]]]:
    """The article with its gold: its last two sentences as one event or as two."""
    body = text.split("\n\n")[-1]
    first, second = body.split(". ", 1)
    return text, ({"e1": [first, second]} if one else {"e1": [first], "e2": [second]})


@pytest.fixture(scope="module")
def retrained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    stories = fiction_stories([_anchored(t, one=False) for t in TWO_TOLD] + [_anchored(ONE_TOLD, one=True)])
    pairs = pairs_of(stories)
    assert len(pairs.labels) >= len(TWO_TOLD) and pairs.labels.sum() >= 1
    out = tmp_path_factory.mktemp("merger") / "merger.npz"
    chosen = train_merger(pairs, out)
    assert 0.5 <= chosen.threshold < 1.0
    return out


def test_retraining_gives_the_same_weights(retrained: Path, tmp_path: Path) -> None:
    stories = fiction_stories([_anchored(t, one=False) for t in TWO_TOLD] + [_anchored(ONE_TOLD, one=True)])
    again = tmp_path / "again.npz"
    train_merger(pairs_of(stories), again)
    assert np.array_equal(read_merger(again).weights, read_merger(retrained).weights)


def test_pipeline_loads_the_named_model(retrained: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(MERGER_ENV, str(retrained))
    loaded = merger()
    assert loaded is not None and loaded.weights.shape == (len(FEATURES),)
    assert np.array_equal(loaded.weights, read_merger(retrained).weights)
    [incidents] = incidents_of_texts([NO_PLACE_OF_ITS_OWN])
    assert incident_holding("attacked", NO_PLACE_OF_ITS_OWN, incidents) is not None


def test_a_sure_model_joins_but_never_across_towns(retrained: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    model = read_merger(retrained)
    sure = tmp_path / "sure.npz"
    save_merger(sure, Merger(model.mean, model.scale, np.zeros_like(model.weights), 20.0, model.threshold))
    texts = [NO_PLACE_OF_ITS_OWN, TOWNS_APART]
    monkeypatch.setenv(MERGER_ENV, "off")
    rules = incidents_of_texts(texts)
    monkeypatch.setenv(MERGER_ENV, str(sure))
    learned = incidents_of_texts(texts)
    apart = [incident_holding(w, NO_PLACE_OF_ITS_OWN, rules[0]) for w in ("attacked", "kidnapped")]
    joined = [incident_holding(w, NO_PLACE_OF_ITS_OWN, learned[0]) for w in ("attacked", "kidnapped")]
    assert None not in apart and apart[0] != apart[1]
    assert joined[0] is not None and joined[0] == joined[1]
    assert len(learned[0]) == len(rules[0]) - 1
    towns = [incident_holding(w, TOWNS_APART, learned[1]) for w in ("IED", "shot dead")]
    assert None not in towns and towns[0] != towns[1]
