"""Datelines are found in many styles, and plain sentences are not taken for one."""

import pytest

from sitreps.annotate.dateline import find_dateline


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Title line\n\nGOMA, Democratic Republic of Congo (Great Lakes Wire) — Twelve soldiers defected.",
         "GOMA, Democratic Republic of Congo"),
        ("Headline\n\nKHARTOUM, Feb 11 (Wire) - The army said it had retaken the bridge.", "KHARTOUM"),
        ("Headline\n\nKiev, Ukraine – In a daring defection, a lieutenant crossed over.", "Kiev, Ukraine"),
        ("Headline\n\nPORT-AU-PRINCE, Haiti, March 3, 2025 — Gangs attacked a police station.",
         "PORT-AU-PRINCE, Haiti"),
        ("Headline\n\nBAMAKO (Sahel Monitor) -- Jihadists ambushed a convoy.", "BAMAKO"),
        # A reprint's parenthesised dateline, and one alone on its line (with a date, or in capitals).
        ("Headline\n\n(KINSHASA) — Gunmen raided a clinic in Ituri.", "KINSHASA"),
        ("Headline\n\nTIRASPOL\n\nProtesters gathered outside the parliament.", "TIRASPOL"),
        ("Headline\n\nNiamey, Mar 4 (Sahel Monitor) Mar 4, 2023\n\nSoldiers repelled an attack.", "Niamey"),
        # Month names come from data/en/times.yaml ("Sept." and "September" by the shortest name); lower-case
        # particles from data/en/places.yaml.
        ("Headline\n\nBAB EL-MANDEB, Sept. 9 (Gulf Wire) — A tanker was struck.", "BAB EL-MANDEB"),
        ("Headline\n\nCiudad del Este, 14 September 2024 — Police raided a depot.", "Ciudad del Este"),
        # An agency alone in parentheses is a dateline without a place.
        ("Headline\n\n(AFP) – Rebels seized a border post near Kidal.", ""),
    ],
)
def test_datelines(text: str, place: str) -> None:
    dateline = find_dateline(text)
    assert dateline is not None
    assert text[dateline.place_start:dateline.place_end] == place
    assert text[dateline.end:].lstrip()[0].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe army said - without evidence - that it had won.",
        "Sudan: RSF shells El Fasher market\n\nThe paramilitary force shelled the market on Tuesday.",
        "Headline\n\nresidents of Goma — many of them displaced — fled again.",
        # A one-line heading in title case is not a dateline, nor a parenthesised aside.
        "Headline\n\nFighting Near Kidal\n\nRebels seized a border post.",
        "Headline\n\n(Updated twice) — Rebels seized a border post.",
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("Headline here\n\nRebels shelled the town of Kadugli on Monday, killing five civilians, army spokesman\n"
         "Colonel Ahmed Salih told reporters in Khartoum.\n",
         "Rebels shelled the town of Kadugli on Monday, killing five civilians, army spokesman\n"
         "Colonel Ahmed Salih told reporters in Khartoum."),
        ("Liveblog\n\n10:42 GMT\nRussian drones hit Kharkiv overnight\nOfficials said three people died.\n",
         "Russian drones hit Kharkiv overnight"),
        ("Title\n\nKiev, Ukraine – A lieutenant defected. He brought 11 soldiers with him.", "A lieutenant defected."),
        ("Russian officer defects to Ukraine\n\nKiev, Ukraine – A lieutenant defected.", "Kiev, Ukraine –"),
    ],
)
def test_sentence_boundaries(text: str, sentence: str) -> None:
    """Wrapped lines run on; headlines, short lines and datelines end a sentence."""
    from sitreps.annotate.nlp import load_nlp

    assert sentence in [s.text.strip() for s in load_nlp()(text).sents]
