"""An undated page filed under a month (``/2024/03/slug``) gives that month, never a day (round 18)."""

from __future__ import annotations

import pytest

from sitreps.ingest.url_dates import url_month


@pytest.mark.parametrize(("url", "month"), [
    ("https://www.sahelvoice.example/2024/05/jnim-fighters-hit-army-post", "2024-05"),
    ("https://www.haitiinfo.example/2024/08/12-killed-as-gangs-attack-town", "2024-08"),
    ("https://www.yemenmonitor.example/news/2023/jun/houthi-shelling-kills-children", "2023-06"),
    ("https://www.kivutribune.example/2025/2/adf-rebels-kill-villagers", "2025-02"),
    # near misses: a URL with its day (url_day's), no month, an impossible month, digits in the query
    # or the host, a year alone, two different months, no URL
    ("https://www.sahelwire.example/2024/03/14/gunmen-kill-villagers", None),
    ("https://www.somaliwire.example/story/2024/al-shabaab-ambush", None),
    ("https://www.wire.example/2024/13/story", None),
    ("https://www.wire.example/?p=2024/08/story", None),
    ("https://news2024.example/08/story", None),
    ("https://www.wire.example/2023/11/roundup/2024/01/story", None),
    (None, None),
])
def test_the_month_a_url_files_its_page_under(url: str | None, month: str | None) -> None:
    assert url_month(url) == month
