"""Encodings users actually have: UTF-8 with and without BOM, UTF-16, legacy code pages; and junk."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sitreps.ingest import read_paths
from sitreps.models import DocumentStatus

RUSSIAN = (
    "Обстрел пригорода продолжался всю ночь\n\n"
    "Местные власти сообщили, что в результате ночного обстрела пострадали несколько жилых домов, "
    "а также школа. По словам главы администрации, погибших нет, ранены трое мирных жителей."
)
FRENCH = (
    "Des affrontements éclatent près de la frontière\n\n"
    "Les forces armées ont annoncé jeudi que des affrontements avaient éclaté près de la frontière, "
    "à proximité d'un village où s'étaient réfugiées des centaines de familles déplacées. Élysée a réagi."
)
ENGLISH = "Bridge damaged in strike\n\nA road bridge was damaged in a missile strike, officials said."


def _ingest(tmp_path: Path, name: str, data: bytes) -> tuple[list, list]:
    path = tmp_path / name
    path.write_bytes(data)
    batch = read_paths([path])
    return batch.items, batch.failures


def test_cp1251_russian_is_decoded_and_stored_as_unsupported(tmp_path: Path) -> None:
    items, failures = _ingest(tmp_path, "ru.txt", RUSSIAN.encode("cp1251"))
    assert not failures
    document = items[0].document
    assert document.text == RUSSIAN
    assert document.language == "ru"
    assert document.status is DocumentStatus.UNSUPPORTED
    assert document.status_reason == "language 'ru' is not supported yet; stored, not processed"
    assert items[0].raw == RUSSIAN.encode("cp1251")


@pytest.mark.parametrize("encoding", ["latin-1", "cp1252"])
def test_legacy_western_encodings_give_correct_accents(tmp_path: Path, encoding: str) -> None:
    items, failures = _ingest(tmp_path, "fr.txt", FRENCH.encode(encoding))
    assert not failures
    assert items[0].document.text == FRENCH
    assert items[0].document.language == "fr"


@pytest.mark.parametrize(
    "data",
    [
        ENGLISH.encode("utf-16"),
        codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"),
        codecs.BOM_UTF8 + ENGLISH.encode("utf-8"),
        ENGLISH.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-16-le-bom", "utf-16-be-bom", "utf-8-bom", "crlf"],
)
def test_unicode_variants_decode_to_the_same_text(tmp_path: Path, data: bytes) -> None:
    items, failures = _ingest(tmp_path, "en.txt", data)
    assert not failures
    assert items[0].document.text == ENGLISH
    assert items[0].document.title == "Bridge damaged in strike"


def test_text_is_nfc(tmp_path: Path) -> None:
    decomposed = "Cafe\u0301 shelled\n\nThe cafe\u0301 on the square was hit by shelling, its owner said."
    items, _ = _ingest(tmp_path, "nfd.txt", decomposed.encode("utf-8"))
    assert items[0].document.text.startswith("Café shelled")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_files_fail(tmp_path: Path, data: bytes) -> None:
    items, failures = _ingest(tmp_path, "empty.txt", data)
    assert not items
    assert failures[0].reason.startswith("empty file")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n\x00\x01\x02binary", bytes(range(256)) * 20, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"],
    ids=["pdf", "all-bytes", "png"],
)
def test_binary_files_fail(tmp_path: Path, data: bytes) -> None:
    items, failures = _ingest(tmp_path, "thing.txt", data)
    assert not items
    assert failures[0].reason.startswith("binary file, not text: ")


DASHED = (
    "Ceasefire holds \u2014 for now\n\n"
    "The ceasefire held overnight \u2014 the first quiet night in weeks \u2014 residents said. "
    "\u201cWe slept,\u201d one told reporters in the market. Officials in Zaporizhzhia \u2014 "
    "where shelling was heaviest \u2014 said repairs had begun on the water station.\n"
)


def test_utf8_with_a_few_bad_bytes_is_utf8_with_replacement_and_a_warning(tmp_path: Path) -> None:
    data = (DASHED + DASHED.split("\n\n", 1)[1] * 2).encode("utf-8")  # 22 dashes and quotes
    broken = data[:40] + b"\xff\xfe" + data[40:90] + b"\xc3" + data[90:]  # two damaged spots
    path = tmp_path / "damaged.txt"
    path.write_bytes(broken)
    batch = read_paths([path])
    assert not batch.failures
    text = batch.items[0].document.text
    assert "\u2014" in text and "\u0152" not in text  # dashes intact: not decoded as a code page
    assert text.count("\ufffd") == 3  # 0xff, 0xfe and the lone 0xc3
    [notice] = batch.notices
    assert notice.source == str(path)
    assert notice.message.startswith("3 invalid UTF-8 byte sequence(s) replaced")


def test_a_legacy_file_is_still_not_mistaken_for_damaged_utf8(tmp_path: Path) -> None:
    items, failures = _ingest(tmp_path, "fr.txt", FRENCH.encode("cp1252"))
    assert not failures and items[0].document.text == FRENCH


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_detected(tmp_path: Path, encoding: str) -> None:
    items, failures = _ingest(tmp_path, "wide.txt", DASHED.encode(encoding))
    assert not failures, failures
    assert items[0].document.text == DASHED.strip()


def test_binary_with_nul_bytes_is_still_binary(tmp_path: Path) -> None:
    _, failures = _ingest(tmp_path, "image.txt", bytes(range(256)) * 8)
    assert failures and "binary file" in failures[0].reason
