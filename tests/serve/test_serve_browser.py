"""The dashboard in a real browser (Playwright driving Debian's Chromium): click through, filter, and
make sure a hostile article runs nothing. Skipped only when /usr/bin/chromium is absent.

Set SITREPS_SCREENSHOTS=docs/screenshots to refresh the screenshots in the docs while it runs.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_support import CHROMIUM, chromium_context, running_server

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="no /usr/bin/chromium: apt-get install chromium")


class Watch:
    """Dialogs and console errors a page produced: both must stay empty."""

    def __init__(self, page: Any) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture(scope="module")
def browser_page(served_db: str) -> Iterator[tuple[Any, str, Watch]]:
    from playwright.sync_api import sync_playwright

    with running_server(served_db) as base, sync_playwright() as playwright, chromium_context(playwright) as context:
        page = context.new_page()
        yield page, base, Watch(page)


def _shot(page: Any, name: str) -> None:
    folder = os.environ.get("SITREPS_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def test_event_table_sorts_filters_and_searches(browser_page: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser_page
    page.goto(f"{base}/events")
    rows = page.locator("#event-table tbody tr")
    assert rows.count() > 5
    _shot(page, "events")
    header = page.locator("#event-table th", has_text="Type")
    header.click()
    assert header.get_attribute("aria-sort") == "ascending"
    types = page.locator("#event-table tbody tr td:nth-child(2)").all_inner_texts()
    assert types == sorted(types, key=str.lower)
    header.click()
    assert header.get_attribute("aria-sort") == "descending"
    page.select_option("select[name=type]", "air_drone_strike")
    page.click("#apply-filters")
    page.wait_for_url("**type=air_drone_strike**")
    assert set(page.locator("#event-table tbody tr td:nth-child(2)").all_inner_texts()) == {"air drone strike"}
    page.goto(f"{base}/events")
    page.fill("input[name=q]", "Goma")
    page.click("#apply-filters")
    page.wait_for_url("**q=Goma**")
    assert 0 < page.locator("#event-table tbody tr").count() < rows.count() + 1
    assert not watch.dialogs and not watch.errors


def test_event_page_links_to_the_highlighted_article(browser_page: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser_page
    page.goto(f"{base}/events?type=air_drone_strike&country=Sudan")
    page.locator("#event-table a.row-link").first.click()
    page.wait_for_url("**/events/ev_*")
    assert page.locator("#field-table tbody tr").count() >= 2
    _shot(page, "event")
    page.locator("a.report-link").first.click()
    page.wait_for_url("**/documents/*#m-*")
    fragment = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{fragment}']").count() == 1
    assert page.locator("#article-text mark.ev").count() > 3
    assert page.locator("#article-text .tag").first.inner_text().startswith("E")
    _shot(page, "article")
    assert not watch.dialogs and not watch.errors


def test_hostile_articles_run_nothing(browser_page: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser_page
    for query in ("Kidal", "Kayes"):
        page.goto(f"{base}/documents?q={query}")
        page.locator("#document-table a").first.click()
        page.wait_for_url("**/documents/*")
        page.wait_for_timeout(300)
        text = page.inner_text("#article-text")
        if query == "Kidal":
            assert '<script>alert("xss")</script>' in text and "<img src=x onerror=alert(2)>" in text
            assert "<script>" in page.inner_text("#doc-title")
            _shot(page, "hostile-article")
        assert page.locator("#article-text script, #article-text img, #article-text a[href^=javascript]").count() == 0
    assert not watch.dialogs, watch.dialogs
    assert not watch.errors, watch.errors


def test_other_pages_render(browser_page: tuple[Any, str, Watch]) -> None:
    page, base, watch = browser_page
    for name in ("documents", "actors", "claims", "docs"):
        page.goto(f"{base}/{name}")
        assert page.locator("main h1").count() == 1
        _shot(page, name)
    assert not watch.dialogs and not watch.errors
