"""The lead paragraph lends its day to the main incident it tells undated, but not a date long before the news:
"Troops have recaptured the port ... The town, where the first attacks were staged in October 2017, had since
become their headquarters" tells the town's history, not the day of the recapture (round 28, issue #13 "Dates";
two outlets' reports of one recapture were kept apart by the 2017 one of them took).

Stories written for these tests (fiction in the style of news).
"""

from __future__ import annotations

import pytest
from extract_helpers import run_dated

PUBLISHED = "2024-05-03"
STORIES = {
    # Mozambique-style: a recapture told undated, the town's history in the sentence after it
    "recaptured": "Port retaken from insurgents\n\nTroops have recaptured the northern port of Palma from insurgents, "
                  "the army says. The town, where the first attacks were staged in October 2019, had since last "
                  "year become the militants' headquarters.",
    # the lead's day told in the sentence after still dates it
    "seized": "Rebels take border town\n\nRebels have seized the border town of Kiwanja, residents say. The "
              "fighters entered the town on Tuesday after government troops withdrew.",
}


@pytest.fixture(scope="module")
def starts() -> dict[str, dict[str, str | None]]:
    told = run_dated(STORIES, PUBLISHED)
    return {name: {m.trigger.text: (m.time.start if m.time else None) for m in mentions}
            for name, mentions in told.items()}


def test_a_date_years_before_the_news_is_not_lent_to_the_lead(starts: dict[str, dict[str, str | None]]) -> None:
    assert starts["recaptured"].get("recaptured", "untold") is None, starts["recaptured"]


def test_the_lead_paragraphs_recent_day_is_still_lent(starts: dict[str, dict[str, str | None]]) -> None:
    assert starts["seized"].get("seized") == "2024-04-30", starts["seized"]
