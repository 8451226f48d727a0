"""The ACLED CSV read back by pandas with ACLED's column list and dtypes; codes, vocabulary, --acled-only, OWASP."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from sitreps.export.acled import FORMULA_STARTS, acled_row, neutralise
from sitreps.export.codes import (
    civilian_targeting,
    crowd_tag,
    disorder_type,
    fatalities,
    geo_precision,
    inter_code,
    interaction_code,
    time_precision,
)
from sitreps.export.select import Selection, select_records
from sitreps.models import ActorMention, Count, DatePrecision, PlacePrecision, Role, Span
from sitreps.store import open_store

# ACLED's public export: its columns in its order, with the types ACLED documents for them
# (written for this test from ACLED's codebook; iso and geo_precision are nullable here because
# a sitreps row may have no country or no place, which an ACLED row always has).
ACLED_DTYPES = {
    "event_id_cnty": "string", "event_date": "string", "year": "int64", "time_precision": "int64",
    "disorder_type": "string", "event_type": "string", "sub_event_type": "string", "actor1": "string",
    "assoc_actor_1": "string", "inter1": "int64", "actor2": "string", "assoc_actor_2": "string", "inter2": "int64",
    "interaction": "int64", "civilian_targeting": "string", "iso": "Int64", "region": "string", "country": "string",
    "admin1": "string", "admin2": "string", "admin3": "string", "location": "string", "latitude": "float64",
    "longitude": "float64", "geo_precision": "Int64", "source": "string", "source_scale": "string",
    "notes": "string", "fatalities": "int64", "tags": "string", "timestamp": "int64",
}
DISORDER_TYPES = {"Political violence", "Demonstrations", "Strategic developments",
                  "Political violence; Demonstrations"}
ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                 "Middle East", "South Asia", "Southeast Asia", "East Asia", "Caucasus and Central Asia", "Europe",
                 "North America", "Central America", "South America", "Caribbean", "Oceania", "Antarctica"}


@pytest.fixture(scope="module")
def frame(export_db: str, tmp_path_factory: pytest.TempPathFactory,
          run_export: Callable[..., tuple[str, int, int]]) -> tuple[pd.DataFrame, int]:
    out = tmp_path_factory.mktemp("acled") / "events.csv"
    _, written, _ = run_export(export_db, "--format", "acled-csv", "--output", str(out))
    return pd.read_csv(out, dtype=ACLED_DTYPES, keep_default_na=False, na_values={"iso": [""],
                       "geo_precision": [""], "latitude": [""], "longitude": [""]}), written


def test_every_acled_column_in_acled_order_with_acled_dtypes(frame: tuple[pd.DataFrame, int]) -> None:
    table, written = frame
    assert list(table.columns[: len(ACLED_DTYPES)]) == list(ACLED_DTYPES)
    assert {"modality", "acled_status", "background", "confidence", "originators", "evidence"} <= set(table.columns)
    assert len(table) == written > 3
    dated = table["date_basis"] != "none"
    assert pd.to_datetime(table.loc[dated, "event_date"], format="%Y-%m-%d").notna().all()
    # An undated article's event has no date: the day sitreps ingested it is never exported as one.
    assert (table.loc[~dated, "event_date"] == "").all() and (table.loc[~dated, "year"] == 0).all()
    assert set(table["date_basis"]) <= {"stated", "lead", "published", "none"}


def test_acled_vocabulary(frame: tuple[pd.DataFrame, int]) -> None:
    table, _ = frame
    assert table["event_id_cnty"].str.fullmatch(r"[A-Z]{3}\d{1,8}").all()
    assert set(table["disorder_type"]) - {""} <= DISORDER_TYPES
    assert set(table["region"]) - {""} <= ACLED_REGIONS
    assert set(table["inter1"]) | set(table["inter2"]) <= set(range(9))
    assert set(table["civilian_targeting"]) <= {"", "Civilian targeting"}
    assert set(table["time_precision"]) <= {1, 2, 3} and set(table["geo_precision"].dropna()) <= {1, 2, 3}
    assert (table["admin2"] == "").all() and (table["source_scale"] == "").all()  # not known to sitreps: empty
    sudan = table[table["country"] == "Sudan"]
    assert not sudan.empty and (sudan["iso"] == 729).all() and (sudan["region"] == "Northern Africa").all()
    assert sudan["event_id_cnty"].str.startswith("SDN").all()
    typed = table[table["event_type"] != ""]
    assert (typed["disorder_type"] != "").all()
    vac = table[table["event_type"] == "Violence against civilians"]
    assert not vac.empty and (vac["civilian_targeting"] == "Civilian targeting").all()
    defection = table[table["sitreps_type"] == "defection"]
    assert (defection["sub_event_type"] == "Change to group/activity").any()


def test_each_row_says_what_it_is(frame: tuple[pd.DataFrame, int]) -> None:
    table, _ = frame
    codable = table["acled_status"] == "codable"
    assert codable.any()
    assert (table.loc[codable, "modality"].isin({"reported", "claimed"})).all()
    assert (table.loc[table["event_type"] == "", "acled_status"] == "no ACLED event type").all()
    assert table["modality"].isin({"reported", "alleged", "denied", "planned", "threatened", "hypothetical",
                                   "negated", "claimed"}).all()


def test_acled_only_keeps_the_codable_rows(export_db: str, frame: tuple[pd.DataFrame, int], tmp_path: Path,
                                          run_export: Callable[..., tuple[str, int, int]]) -> None:
    table, _ = frame
    out = tmp_path / "acled.csv"
    _, written, _ = run_export(export_db, "--format", "acled-csv", "--acled-only", "--output", str(out))
    only = pd.read_csv(out, dtype=ACLED_DTYPES, keep_default_na=False, na_values={"iso": [""],
                       "geo_precision": [""], "latitude": [""], "longitude": [""]})
    assert len(only) == written == int((table["acled_status"] == "codable").sum()) < len(table)
    assert set(only["acled_status"]) == {"codable"} and (only["event_type"] != "").all()


def test_csv_cells_that_would_be_formulas_are_neutralised(frame: tuple[pd.DataFrame, int]) -> None:
    table, _ = frame
    hostile = table[table["source"].str.contains("Kordofan")]
    assert not hostile.empty and hostile["source"].str.startswith("'@").all()
    for column in table.columns:
        if table[column].dtype == "string":
            assert not table[column].str.match(r"^[=+\-@\t\r]").any(), column
    for start in sorted(FORMULA_STARTS):
        assert neutralise(f"{start}SUM(A1)") == f"'{start}SUM(A1)"
    assert neutralise("Gunmen =attacked") == "Gunmen =attacked" and neutralise(-3) == -3


def _actor(name: str, actor_type: str | None) -> ActorMention:
    return ActorMention(role=Role.INITIATOR, name=name, actor_type=actor_type, evidence=[Span.of(name, 0, len(name))])


def test_acled_codes() -> None:
    assert inter_code(_actor("Sudanese Armed Forces", "state_military")) == 1
    assert inter_code(_actor("M23", "armed_group")) == 2
    assert inter_code(_actor("Wazalendo militia", "armed_group")) == 3
    assert inter_code(_actor("protesters", "civilians")) == 6
    assert inter_code(_actor("villagers", "civilians")) == 7
    assert inter_code(_actor("someone", None)) == 8 and inter_code(None) is None
    assert interaction_code(1, 2) == 12 and interaction_code(7, 2) == 27 and interaction_code(1, None) == 10
    assert interaction_code(None, None) is None
    assert [geo_precision(p) for p in PlacePrecision] == [1, 2, 3, 3, 3]
    assert [time_precision(p) for p in DatePrecision] == [1, 2, 3, 3, 3]
    counts = [Count(what="killed", value=None, low=30, high=40, evidence=[]),
              Count(what="killed", value=9, low=None, high=None, evidence=[]),
              Count(what="injured", value=99, low=None, high=None, evidence=[])]
    assert fatalities(counts) == 30 and fatalities([]) == 0
    assert disorder_type("Battles", "Armed clash") == "Political violence"
    assert disorder_type("Riots", "Violent demonstration") == "Demonstrations"
    assert disorder_type("Protests", "Excessive force against protesters") == "Political violence; Demonstrations"
    assert civilian_targeting("Explosions/Remote violence", "Political violence", 7) == "Civilian targeting"
    assert civilian_targeting("Battles", "Political violence", 2) == ""
    crowd = [Count(what="protesters", value=300, low=None, high=None, evidence=[])]
    assert crowd_tag("Protests", crowd) == "crowd size=300" and crowd_tag("Protests", []) == "crowd size=no report"
    assert crowd_tag("Battles", crowd) == ""


def test_acled_only_before_linking_keeps_codable_mentions(export_db: str) -> None:
    with open_store(export_db) as store:
        _, every, total = select_records(store, Selection(), source="mentions")
        _, codable, kept = select_records(store, Selection(acled_only=True), source="mentions")
        _, page, paged_total = select_records(store, Selection(acled_only=True), source="mentions", limit=2, offset=1)
    assert total == len(every) > kept == len(codable) > 2
    assert all(acled_row(r)["acled_status"] == "codable" for r in codable)
    assert paged_total == kept and [r.id for r in page] == [r.id for r in codable[1:3]]
