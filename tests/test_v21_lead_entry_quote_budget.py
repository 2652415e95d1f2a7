"""Version 21: the quotes of a feed's own entry (an item shown from its feed text) are found
under a CPU budget as a page's are. A page's quote finder shares the page's 1.5 s; an
entry's ran with none, so a hostile entry (thousands of quoted lines in one paragraph)
could hold a worker for minutes. Out of time, the entry keeps its text without quotes.
The budget is set to nothing here so that any quote search runs out at once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from newstui.extract import article_from_entry, budget
from newstui.model import Item

_HTML = (
    "<p>The ferry service resumed on Monday after a week of storms.</p>"
    "<p>“We have waited long enough for the boats to come back to the island,” said Ada Kent, who runs the shop.</p>"
)


def _item() -> Item:
    return Item(
        id=1,
        feed_id=1,
        feed_url="https://isles.example/feed",
        feed_title="Isles",
        title="Ferries return",
        link="https://isles.example/ferries",
        summary="",
        content_html=_HTML,
        author=None,
        published=datetime(2026, 3, 2, 9, tzinfo=UTC),
    )


def test_an_entry_s_quotes_are_found_with_time_to_spare() -> None:
    article = article_from_entry(_item())
    assert [(q.speaker, q.text[:12]) for q in article.quotes] == [("Ada Kent", "We have wait")]


def test_an_entry_whose_quotes_run_out_of_time_keeps_its_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget, "SECONDS", 0.0)
    article = article_from_entry(_item())
    assert article.quotes == []
    assert any("Ada Kent" in p for section in article.sections for p in section.paragraphs)
