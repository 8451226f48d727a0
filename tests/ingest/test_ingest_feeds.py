"""RSS and Atom: one document per entry, HTML stripped, feed title as outlet."""

from __future__ import annotations

from pathlib import Path

from sitreps.ingest import read_paths

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"


def test_rss_entries_become_documents() -> None:
    batch = read_paths([FIXTURES / "feed.rss"])
    assert [item.document.title for item in batch.items] == [
        "Ceasefire violations reported along northern line",
        "Port reopens to grain ships",
    ]
    first, second = (item.document for item in batch.items)
    assert first.outlet == "Frontline Wire"
    assert first.url == "https://frontline-wire.example/2024/04/02/ceasefire-violations"
    assert first.published_at == "2024-04-02T13:45:00+00:00"
    assert first.text.startswith(f"{first.title}\n\nMonitors recorded 45 ceasefire violations")
    assert "denied access to two villages" in first.text
    assert "feed-script" not in first.text and "<p>" not in first.text
    assert second.text.endswith("harbour officials said.")
    assert "<p>" not in second.text
    assert first.source_path == f"{FIXTURES / 'feed.rss'}:entry 1"


def test_entry_without_body_is_a_failure_and_the_rest_go_on() -> None:
    batch = read_paths([FIXTURES / "feed.rss"])
    assert len(batch.failures) == 1
    assert batch.failures[0].source.endswith("feed.rss:entry 3")
    assert "no content or summary" in batch.failures[0].reason


def test_entries_share_the_feed_raw_bytes() -> None:
    batch = read_paths([FIXTURES / "feed.rss"])
    assert all(item.raw == (FIXTURES / "feed.rss").read_bytes() for item in batch.items)
    assert len({item.document.raw_sha256 for item in batch.items}) == 1


def test_atom_entry() -> None:
    [item] = read_paths([FIXTURES / "feed.atom"]).items
    assert item.document.outlet == "Sahel Monitor"
    assert item.document.url == "https://sahel-monitor.example/convoy-ambushed"
    assert item.document.published_at == "2024-05-09T18:20:00+00:00"
    assert item.document.text.endswith("killing four soldiers, the army said.")


def test_xml_that_is_not_a_feed_fails(tmp_path: Path) -> None:
    path = tmp_path / "config.xml"
    path.write_text('<?xml version="1.0"?><settings><option name="a">1</option></settings>')
    batch = read_paths([path])
    assert not batch.items
    assert "no feed entries found" in batch.failures[0].reason
