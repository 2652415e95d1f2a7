"""Page → Article. Cheap to import: lxml loads on the first call.

Public API: `extract_article`, `find_quotes`, `article_from_entry`, `EXTRACTOR_VERSION`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newstui.model import Article, Item, Quote

EXTRACTOR_VERSION = 26
"""Bumped whenever the extractor's output changes; kept per stored article (mirrors article.EXTRACTOR_VERSION)."""


def extract_article(html: str | bytes, url: str | None = None, *, charset: str | None = None) -> Article:
    """Extract the article of a web page (see `newstui.extract.article.extract_article`)."""
    from newstui.extract.article import extract_article as extract

    return extract(html, url, charset=charset)


def find_quotes(paragraphs: list[str]) -> list[Quote]:
    """Direct quotes and their speakers in plain-text paragraphs (see `newstui.extract.quotes`)."""
    from newstui.extract.quotes import find_quotes as find

    return find(paragraphs)


def article_from_entry(item: Item) -> Article:
    """The feed entry's own content as an Article with source='feed' (see `newstui.extract.entry`)."""
    from newstui.extract.entry import article_from_entry as from_entry

    return from_entry(item)


__all__ = ["EXTRACTOR_VERSION", "extract_article", "find_quotes", "article_from_entry"]
