"""A database filled once per session from bundled example articles plus a hostile text, and clients on it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest
from fastapi.testclient import TestClient
from serve_support import LOCAL_BASE_URL

from sitreps.serve import create_app

SUBSET = (
    "01_drc_defection_goma.txt",
    "02_sudan_el_fasher_drone_wire.txt",
    "03_sudan_el_fasher_drone_local.html",
    "05_mali_convoy_hostile.html",
    "21_kenya_protests_local.txt",
)
"""A defection, two reports of one drone strike (linking, coordinates), the hostile page, a protest story."""

HOSTILE_TEXT = """Title: Militia <script>alert("xss")</script> raid on Kidal market
Published: 2024-08-02
Outlet: Test <b>Wire</b>

KIDAL, Mali (Test Wire) — Gunmen attacked a market in Kidal on Thursday, killing five civilians, \
local officials said. <script>alert("xss")</script> A witness said <img src=x onerror=alert(2)> the \
attackers fled north. <a href="javascript:alert(3)">Read more</a>
"""
"""Written for this test: markup inside the text itself must be shown as text, never run."""


@pytest.fixture(scope="session")
def served_db(corpus_db: Callable[[Sequence[str], dict[str, str]], str]) -> str:
    """A processed, linked SQLite database shared by the serving tests (they only read it)."""
    return corpus_db(SUBSET, {"hostile_text.txt": HOSTILE_TEXT})


@pytest.fixture(scope="session")
def client(served_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(served_db), base_url=LOCAL_BASE_URL) as test_client:
        yield test_client


REGION_TEXT = """Title: Fighting reported across North Darfur
Published: 2024-09-03
Outlet: Sahel Ledger

Fighting reported across North Darfur

Armed clashes between the army and the RSF broke out in North Darfur on Monday, killing at least twelve \
fighters, a local monitoring group said.
"""
COUNTRY_TEXT = """Title: Aid convoy attacked in Chad
Published: 2024-09-05
Outlet: Lake Basin Post

Aid convoy attacked in Chad

Gunmen attacked an aid convoy in Chad on Wednesday, killing three drivers, the United Nations said in a \
statement. The organisation did not say where the attack took place.
"""
"""Written for these tests: places known only as a region (with a seat city) and only as a country."""


@pytest.fixture(scope="session")
def dashboard_db(corpus_db: Callable[[Sequence[str], dict[str, str]], str]) -> str:
    """The serving subset plus a region-level and a country-level event; the dashboard tests may write to it."""
    return corpus_db(SUBSET, {"region.txt": REGION_TEXT, "country.txt": COUNTRY_TEXT})


