"""The map, the timeline, facets, downloads, the article's event selector and review, in a real browser
(Playwright driving Debian's Chromium) over a database with exact-, region- and country-level events
(and a district-level one, set by a reviewer's edit).

Skipped only when /usr/bin/chromium is absent. SITREPS_SCREENSHOTS=docs/screenshots refreshes the
screenshots in the docs while it runs. The review tests write to the database (and undo), so they run last.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from browser_support import CHROMIUM, chromium_context, running_server
from test_serve_browser import Watch, _shot

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install chromium")
READY_TIMEOUT_MS = 20_000
"""The map loads 750 KB of borders and draws them: about a second here; 20 s leaves room for a loaded CI."""


@pytest.fixture(scope="module")
def browser(dashboard_db: str) -> Iterator[tuple[Any, str, Watch]]:
    from playwright.sync_api import sync_playwright

    with running_server(dashboard_db) as base, sync_playwright() as playwright, \
            chromium_context(playwright) as context:
        page = context.new_page()
        yield page, base, Watch(page)


def _total(page: Any) -> int:
    return int(re.search(r"of (\d+)", page.locator("p.pager").first.inner_text()).group(1))  # type: ignore[union-attr]


def test_map_shows_every_precision_filters_and_clicks_through(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    page.goto(f"{base}/map")
    page.wait_for_selector("#map[data-ready=true]", timeout=READY_TIMEOUT_MS)
    assert page.locator("path.country").count() > 200  # Natural Earth's countries, drawn offline
    points = page.locator(".marker.p-exact").count() + page.locator(".marker-cluster").count()
    assert points >= 1
    assert page.locator("path.area.p-region").count() >= 1
    assert page.locator("path.area.p-country").count() >= 1
    assert page.locator("#family-legend li").count() >= 2
    _shot(page, "map")
    page.goto(f"{base}/map?country=td")  # Chad, by its ISO code: only the country-level convoy attack
    page.wait_for_selector("#map[data-ready=true]", timeout=READY_TIMEOUT_MS)
    assert page.locator("path.area.p-country").count() >= 1
    assert page.locator("path.area.p-region").count() == 0 and page.locator(".marker").count() == 0
    page.locator("path.area.p-country").first.dispatch_event("click")
    page.wait_for_url("**/events/ev_*")
    assert "Chad" in page.locator("dl.facts").inner_text()
    assert not watch.dialogs and not watch.errors, watch.errors


def test_timeline_brush_filters_the_table(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    page.goto(f"{base}/events")
    page.wait_for_selector("#timeline-chart[data-ready=true]", timeout=READY_TIMEOUT_MS)
    everything = _total(page)
    _shot(page, "events")
    box = page.locator("#timeline-chart .u-over").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + box["width"] * 0.55, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.99, y, steps=8)
    page.mouse.up()
    page.wait_for_url("**since=**")
    since = re.search(r"since=([\d-]+)", page.url).group(1)  # type: ignore[union-attr]
    until = re.search(r"until=([\d-]+)", page.url).group(1)  # type: ignore[union-attr]
    dates = page.locator("#event-table tbody tr td:nth-child(1)").all_inner_texts()
    assert 0 < _total(page) < everything
    assert all(since <= d <= until for d in dates if d)
    page.goto(f"{base}/timeline")
    page.wait_for_selector("#timeline-chart[data-ready=true]", timeout=READY_TIMEOUT_MS)
    assert page.locator("#timeline-chart .u-legend").count() == 1
    _shot(page, "timeline")
    page.locator("#timeline-units a", has_text="week").click()
    page.wait_for_url("**unit=week**")
    page.wait_for_selector("#timeline-chart[data-ready=true]", timeout=READY_TIMEOUT_MS)
    starts = page.locator("#bucket-table tbody td:first-child").all_inner_texts()
    assert starts and all(date.fromisoformat(d).weekday() == 0 for d in starts)  # weeks start on Monday
    assert not watch.dialogs and not watch.errors, watch.errors


def test_facets_and_downloads(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    page.goto(f"{base}/events")
    facet = page.locator("section[data-facet=country] li a").first
    expected = int(facet.locator("xpath=..").locator(".count").inner_text())
    facet.click()
    page.wait_for_url("**country=**")
    assert _total(page) == expected
    with page.expect_download() as info:
        page.locator("a.download", has_text="acled-csv").click()
    with open(info.value.path(), encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == expected
    for link in page.locator("a.download").all():
        assert page.request.get(base + link.get_attribute("href")).status == 200
    assert not watch.dialogs and not watch.errors, watch.errors


def test_article_view_shows_one_event_at_a_time(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    page.goto(f"{base}/events?type=air_drone_strike")
    page.locator("#event-table a.row-link").first.click()
    page.locator("a.report-link").first.click()
    page.wait_for_url("**/documents/**")
    assert page.locator("#event-legend li").count() >= 2
    assert page.locator("#article-text mark.c0").count() >= 1
    page.select_option("#event-select", "E2")
    chosen = page.locator("#article-text mark.ev.chosen")
    assert chosen.count() >= 1
    assert all("E2" in (m.get_attribute("data-ev") or "").split() for m in chosen.all())
    assert page.locator("li.mention.dimmed").count() == page.locator("li.mention").count() - 1
    _shot(page, "article")
    assert not watch.dialogs and not watch.errors, watch.errors


def test_edit_a_place_from_the_dashboard_and_see_a_district_on_the_map(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    event_id = page.request.get(f"{base}/api/events?type=armed_clash&limit=1").json()["events"][0]["id"]
    page.goto(f"{base}/events/{event_id}")
    page.select_option("#edit-form select[name=field]", "place")
    page.fill("#edit-form input[name=value]", "Izium district")
    page.fill("#review-reason", "the district, not the town")
    with page.expect_navigation():
        page.click("#edit-form button")
    assert "Izium district" in page.locator("dl.facts").inner_text()
    page.goto(f"{base}/map?country=ua")
    page.wait_for_selector("#map[data-ready=true]", timeout=READY_TIMEOUT_MS)
    district = page.locator(".marker.p-district")
    assert district.count() == 1
    district.dispatch_event("click")
    page.wait_for_url(f"**/events/{event_id}")
    page.goto(f"{base}/review")
    row = page.locator("#review-table tbody tr.active")
    assert "place: Izium district" in row.inner_text()
    page.click("button[data-undo]")
    page.wait_for_selector("#review-table tbody tr.undone")
    restored = page.request.get(f"{base}/api/events/{event_id}").json()
    assert (restored["place"] or {}).get("name") != "Izium district"
    assert not watch.dialogs and not watch.errors, watch.errors


def test_merge_and_undo_from_the_dashboard(browser: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser
    events = page.request.get(f"{base}/api/events?type=armed_clash&limit=2").json()["events"]
    first, second = (e["id"] for e in events)
    before = page.request.get(f"{base}/api/events").json()["total"]
    page.goto(f"{base}/events/{first}")
    page.fill("#review-author", "Dana")
    page.fill("#review-reason", "one clash told twice")
    page.fill("#merge-form input[name=other]", second)
    with page.expect_navigation():
        page.click("#merge-form button")
    assert re.search(r"/events/ev_\w+$", page.url)
    assert page.request.get(f"{base}/api/events").json()["total"] == before - 1
    page.goto(f"{base}/review")
    row = page.locator("#review-table tbody tr.active")
    assert row.count() == 1 and "Dana" in row.inner_text() and "one clash told twice" in row.inner_text()
    _shot(page, "review")
    page.click("button[data-undo]")
    page.wait_for_selector("#review-table tbody tr.undone >> nth=1")
    assert page.request.get(f"{base}/api/events").json()["total"] == before
    page.goto(f"{base}/events/{first}")
    page.fill("#review-reason", "typo")
    page.fill("#merge-form input[name=other]", "ev_0000000000000000")
    page.click("#merge-form button")
    page.wait_for_selector("#review-result.error")
    assert "no event with id" in page.locator("#review-result").inner_text()
    assert not watch.dialogs
