"""Cross-outlet B-cubed reads the rows, never the order the store returned them in."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from sitreps.evaluate.realnews_gold import GoldEvent, GoldSet
from sitreps.evaluate.realnews_match import Row, RowMention
from sitreps.evaluate.realnews_scores import _bcubed
from sitreps.models import Event, EventMention, Span

SENTENCE = "Gunmen attacked a ferry near Lorn on Sunday."


def _gold_set() -> GoldSet:
    event = GoldEvent(id="F", articles=("a/1.txt", "b/2.txt"), acled_codes=True, sub_event_types=frozenset({"Attack"}),
                      sub_event_type="Attack", event_date=None, date_precision=None, place=None, fatalities=None,
                      initiator_terms=None, target_terms=None, modality="reported", anchors={}, description="")
    return GoldSet(folder=Path("."), articles={"a/1.txt": Path("a"), "b/2.txt": Path("b")}, events=[event], neutral={})


def _report(article: str) -> RowMention:
    span = Span(start=0, end=len(SENTENCE), text=SENTENCE)
    mention = EventMention(id=f"m-{article}", type="attack_on_civilians", acled=None, plover=None, cameo=None,
                           trigger=Span(start=7, end=15, text="attacked"), sentence=span, confidence=0.9)
    return RowMention(article=article, mention=mention, gold_ids=frozenset({"F"}), neutral=False)


def _row(event_id: str, *articles: str) -> Row:
    return Row(event=Event.model_construct(id=event_id), mentions=[_report(a) for a in articles])


def test_a_tie_between_two_rows_of_one_article_is_decided_the_same_in_any_order() -> None:
    # article a tells the event in two rows of one report each; one of them is linked with article b
    rows = [_row("e-linked", "a/1.txt", "b/2.txt"), _row("e-alone", "a/1.txt")]
    figures = {_bcubed(list(order), _gold_set()) for order in permutations(rows)}
    assert len(figures) == 1


def test_a_row_holding_more_of_an_articles_reports_takes_them() -> None:
    rows = [_row("e-alone", "a/1.txt", "a/1.txt"), _row("e-other", "a/1.txt", "b/2.txt")]
    precision, recall, _ = _bcubed(rows, _gold_set())
    assert recall == 0.5 and precision == 1.0  # a's two reports sit apart from b's one
