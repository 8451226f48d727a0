"""Who owns the means of an attack did it: "struck by Houthi drones", "Turkish warplanes bombed".

Every sentence here is fiction written for these tests, in the style of wire copy from several conflicts.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract

from sitreps.models import EventMention, Role


def _initiators(events: list[EventMention]) -> list[tuple[str | None, str | None]]:
    return [(a.name, a.country) for m in events for a in m.actors if a.role is Role.INITIATOR]


@pytest.mark.parametrize(("text", "country"), [
    ("A fuel depot near the port was struck by Houthi drones early on Sunday, the coalition said.", "Yemen"),
    ("Turkish warplanes bombed Kurdish militant positions in northern Iraq on Friday.", "Turkey"),
    ("A Russian missile strike on a school in Sumy killed two teachers on Thursday, officials said.", "Russia"),
    ("Israeli jets pounded the outskirts of Khan Younis overnight, residents said.", "Israel"),
])
def test_the_owner_of_the_means_is_the_initiator(extract: Extract, text: str, country: str) -> None:
    assert country in [c for _, c in _initiators(extract(text))]


@pytest.mark.parametrize(("text", "country"), [
    ("Ukrainian officials said drones struck a market in the city of Kherson on Monday, killing three people.",
     "Ukraine"),
    ("A missile strike on a Russian air base in western Syria destroyed two aircraft on Tuesday.", "Russia"),
])
def test_a_party_named_elsewhere_is_no_owner(extract: Extract, text: str, country: str) -> None:
    assert country not in [c for _, c in _initiators(extract(text))]


def test_a_place_before_the_means_is_where_it_struck(extract: Extract) -> None:
    text = "At least nine herders were killed in northern Niger drone strikes on Sunday, a local official said."
    assert "Niger" not in [c for _, c in _initiators(extract(text))]


@pytest.mark.parametrize(("text", "owner"), [
    ("Government aircraft bombed rebel positions near the town of Kalo on Sunday, the army said.", "Government"),
    ("Army helicopters fired rockets at a column of insurgents outside Tawa on Thursday.", "Army"),
    ("Regime warplanes struck a crowded market in the northern town of Saraqeb, killing 11 civilians.", "Regime"),
    ("Junta jets bombed a monastery in the village of Letpan, killing at least eight people.", "Junta"),
    ("Militia drones hit a fuel depot on the edge of Port Verin overnight, officials said.", "Militia"),
])
def test_a_party_noun_before_the_means_is_its_owner(extract: Extract, text: str, owner: str) -> None:
    assert owner in [name for name, _ in _initiators(extract(text))]


@pytest.mark.parametrize("text", [
    "Unidentified aircraft bombed a camp for displaced people near Kurmuk on Friday.",
    "Night raids by attack helicopters killed four fighters near Loma.",
    "Cargo drones dropped supplies over the besieged city of Omar on Tuesday.",
])
def test_a_noun_of_no_party_before_the_means_names_no_owner(extract: Extract, text: str) -> None:
    assert [name for name, _ in _initiators(extract(text))] == []


@pytest.mark.parametrize("text", [
    "A military jet bombed the main market in the town of Kawlin on Tuesday, killing five civilians.",
    "Military aircraft struck a monastery near Tamu overnight, residents said.",
    "Military helicopters fired rockets at a column of trucks outside Derna on Thursday.",
    "Military drones hit a fuel depot near the village of Ouri on Sunday, a local official said.",
])
def test_an_adjective_of_the_forces_before_the_means_names_them(extract: Extract, text: str) -> None:
    """Round 27 (wire dev: "a military jet bombed the main market" had no initiator)."""
    assert "military" in [name.lower() for name, _ in _initiators(extract(text))]


@pytest.mark.parametrize("text", [
    "Heavy aircraft bombed a camp for displaced people near Kurmuk on Friday.",
    "Armed drones hit a fuel depot near the village of Ouri on Sunday, a local official said.",
])
def test_another_adjective_before_the_means_names_no_owner(extract: Extract, text: str) -> None:
    assert [name for name, _ in _initiators(extract(text))] == []
