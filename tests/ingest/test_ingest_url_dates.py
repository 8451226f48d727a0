"""An article without a stated publication date is dated by its URL's day or a "Published on" line."""

from __future__ import annotations

import pytest

from sitreps.ingest.dates import published_or_url, stated_publication
from sitreps.ingest.plaintext import parse_text
from sitreps.ingest.url_dates import url_day
from sitreps.models import DatePrecision


@pytest.mark.parametrize(("url", "day"), [
    ("https://www.sahelwire.example/2024/03/14/gunmen-kill-villagers-in-tillaberi", "2024-03-14"),
    ("https://www.dailynews.example/world/2023/jun/07/drone-strike-hits-market", "2023-06-07"),
    ("https://www.frontierpost.example/12-Jan-2025/police-fire-tear-gas", "2025-01-12"),
    ("https://www.andesnews.example/articles/88231/20221004/eln-attack-arauca", "2022-10-04"),
    ("https://www.kivupost.example/news/2023-11-21-m23-shells-sake", "2023-11-21"),
    ("https://www.yementimes.example/news/2024/Feb/27/saudi-shelling-saada", "2024-02-27"),
    ("https://www.wire.example/world/Colombia-Ambush-20231109-0014.html", "2023-11-09"),
    ("https://eng.news.example/2024/3/6/7783", "2024-03-06"),
    # near misses: a month and a slug's number, a month alone, an id, an impossible day, two days,
    # digits in the host or the query, no URL
    ("https://www.haitiinfo.example/2024/08/12-killed-as-gangs-attack-town", None),
    ("https://www.haitiinfo.example/2024/08/gangs-attack-town", None),
    ("https://www.somaliwire.example/story/20231345/al-shabaab-ambush", None),
    ("https://www.wire.example/2023/02/30/story", None),
    ("https://www.wire.example/2024-03-06/roundup/2024-03-07", None),
    ("https://news20240101.example/story?day=2024-01-01", None),
    ("http://time.example/5517634/united-states-airstrike", None),
    (None, None),
])
def test_the_day_a_url_files_its_page_under(url: str | None, day: str | None) -> None:
    assert url_day(url) == day


def test_a_stated_publication_date_wins_over_the_url() -> None:
    assert published_or_url("2024-05-03", "https://x.example/2024/05/01/story") == ("2024-05-03", DatePrecision.DAY)
    assert published_or_url(None, "https://x.example/2024/05/01/story") == ("2024-05-01", DatePrecision.DAY)
    assert published_or_url(None, "https://x.example/story") == (None, DatePrecision.UNKNOWN)


@pytest.mark.parametrize(("body", "said"), [
    ("Published on 12 March 2024\n\nTaliban fighters exchanged fire with border troops.", "12 March 2024"),
    ("Updated: 5 February 2025 14:32 GMT\n\nM23 rebels captured the town.", "5 February 2025 14:32 GMT"),
    ("By a staff reporter\nPosted: 2023-04-02\n\nGunmen attacked a bus.", "2023-04-02"),
    # near misses: a sentence opening with "Published", a weekday the clock would date, a month only,
    # a date line below the top
    ("Published reports said on Monday that troops had killed 40 militants in 2024.", None),
    ("Updated on Monday\n\nGunmen attacked a bus.", None),
    ("Published: June 2023\n\nGunmen attacked a bus.", None),
    ("Gunmen attacked a bus.\n\nProtesters marched.\n\nPublished on 12 March 2024", None),
])
def test_a_publication_line_at_the_top_of_the_body(body: str, said: str | None) -> None:
    assert stated_publication(body) == said


def test_a_text_file_without_a_published_header_takes_its_top_line() -> None:
    text = "Title: Rebels seize town\n\nPublished on 12 March 2024\n\nRebels seized the town on Sunday.\n"
    article = parse_text(text, source="x.txt", raw=text.encode())
    assert article.published == "12 March 2024"
    assert "Published on 12 March 2024" in article.text  # the line stays text: offsets never shift
    headed = parse_text("Title: T\nPublished: 2024-03-13\n\n" + text.split("\n\n", 1)[1], source="y.txt", raw=b"")
    assert headed.published == "2024-03-13"
