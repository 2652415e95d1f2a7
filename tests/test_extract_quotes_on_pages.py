"""Quotes and speakers on the fixture pages: depends on extract/quotes.py's find_quotes.

Each expected quote (by the start of its text) must be found with that speaker,
and each quote is placed at a section/paragraph whose text holds its start.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("newstui.extract.quotes")

from newstui.extract import extract_article  # noqa: E402

PAGES = Path(__file__).parent / "data" / "pages"
NAMES = sorted(p.stem for p in PAGES.glob("*.json") if "quotes" in json.loads(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", NAMES)
def test_quotes_on_page(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    article = extract_article((PAGES / f"{name}.html").read_bytes(), expected.get("url"))
    found = [(q.text, q.speaker) for q in article.quotes]
    for want in expected["quotes"]:
        matches = [speaker for text, speaker in found if text.startswith(want["text"])]
        assert matches, f"no quote starting {want['text']!r} in {found}"
        assert matches[0] == want["speaker"], (want, found)
    if not expected["quotes"]:
        assert found == []


@pytest.mark.parametrize("name", NAMES)
def test_quotes_are_placed_where_they_start(name: str) -> None:
    expected = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    article = extract_article((PAGES / f"{name}.html").read_bytes(), expected.get("url"))
    for quote in article.quotes:
        paragraph = article.sections[quote.section].paragraphs[quote.paragraph]
        assert quote.text.split()[0] in paragraph, (quote, paragraph)
