"""Language detection, including the short-text rule (the set the threshold was chosen on)."""

from __future__ import annotations

import pytest

from sitreps.ingest.language import detect_language, status_for
from sitreps.models import DocumentStatus

SHORT_ENGLISH = [
    "Shelling reported near the river port",
    "Protesters clash with police in the capital",
    "Airstrike kills 4 in Idlib",
    "On 3 March 2024, militants attacked a checkpoint in Borno. 2 fatalities.",
    "Ceasefire talks stall",
    "Drone strike hits Kharkiv",
    "Al-Shabaab ambush in Lower Shabelle",
    "Rebels seize town",
    "M23 advances on Goma",
    "Troops withdraw",
    "Explosion in Mogadishu market",
    "Clashes between FARDC and ADF",
    "Sudan: RSF shells El Fasher",
    "Kiev, Ukraine",
    "Mali junta extends transition",
    "Houthis target tanker off Hodeidah",
    "Gunmen kill 5 in Kaduna",
    "ELN bombs pipeline in Arauca",
    "Strikes on Rafah",
]
SHORT_FOREIGN = [
    ("Des affrontements ont éclaté à Bamako", "fr"),
    ("Le gouvernement dément", "fr"),
    ("Обстрел Харькова", "ru"),
    ("В Донецке прогремел взрыв", "ru"),
    ("Обстріл Харкова триває", "uk"),
    ("Enfrentamientos en la frontera", "es"),
    ("Angriff auf Kiew", "de"),
    ("قصف على غزة", "ar"),
]


@pytest.mark.parametrize("text", SHORT_ENGLISH)
def test_short_english_defaults_to_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("text", "language"), SHORT_FOREIGN)
def test_short_foreign_text_is_recognised(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_long_text_uses_the_full_classifier() -> None:
    portuguese = (
        "As forças armadas anunciaram nesta quinta-feira que os confrontos na fronteira norte deixaram "
        "pelo menos doze mortos, entre eles quatro civis, segundo um comunicado do ministério da defesa. "
        "A organização humanitária local pediu um cessar-fogo imediato."
    )
    assert detect_language(portuguese) == "pt"


def test_status_follows_language() -> None:
    assert status_for("en") == (DocumentStatus.PENDING, None)
    status, reason = status_for("uk")
    assert status is DocumentStatus.UNSUPPORTED
    assert reason == "language 'uk' is not supported yet; stored, not processed"
