"""The feed entry as an Article: the fallback when the page can't be fetched or has no
article, and the whole article when the feed already carries the full text."""

from __future__ import annotations

import re
from typing import Any

from newstui.extract.textutil import norm
from newstui.model import Article, Image, Item

FULL_TEXT_WORDS = 250
"""An entry whose content_html holds at least this many words of text is taken as the full article."""

# Feeds that carry only a teaser end it like this.
_TEASER_END = re.compile(
    r"(?:\[?(?:…|\.\.\.)\]?|\[&hellip;\]|continue reading\b.*|read more\b.*|read the full\b.*"
    r"|the post .{1,300} appeared first on .{1,120})\s*$",
    re.I,
)


def _fragment(html: str) -> Any:
    """Parse entry HTML into a <div>, or None; control characters and lone surrogates removed first."""
    import lxml.html
    from lxml import etree

    from newstui.extract.article import _XML_INVALID

    clean = _XML_INVALID.sub("", html.encode("utf-8", "replace").decode("utf-8"))
    try:
        return lxml.html.fragment_fromstring(clean, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def entry_text(item: Item) -> str:
    """Plain text of the entry's content_html (or its summary)."""
    if item.content_html.strip():
        root = _fragment(item.content_html)
        return norm(root.text_content()) if root is not None else norm(item.summary)
    return norm(item.summary)


def has_full_text(item: Item, min_words: int = FULL_TEXT_WORDS) -> bool:
    """True when the entry's content already is the article, so the page need not be fetched.

    The test: content_html (not the summary) holds at least `min_words` words
    and does not end like a teaser ('…', 'Continue reading', 'Read more',
    WordPress's 'The post … appeared first on …').
    """
    if not item.content_html.strip():
        return False
    text = entry_text(item)
    return len(text.split()) >= min_words and not _TEASER_END.search(text[-400:])


def article_from_entry(item: Item) -> Article:
    """Build an Article from the entry's content_html, else its summary; source='feed'."""
    from newstui.extract.article import build_sections, quotes_for
    from newstui.extract.furniture import trim
    from newstui.extract.walk import Block, walk

    blocks: list[Block] = []
    images: list[Image] = []
    if item.content_html.strip():
        import lxml.html

        from newstui.extract.article import _cleaner
        from newstui.extract.prune import prune

        root = _fragment(item.content_html)
        if root is not None:
            wrapper = lxml.html.Element("body")
            wrapper.append(root)
            prune(wrapper)
            _cleaner()(wrapper)
            blocks, images = walk(list(wrapper), item.link or item.feed_url)
    if not blocks and item.summary.strip():
        for chunk in re.split(r"\n\s*\n|\r\n\s*\r\n", item.summary):
            text = norm(chunk)
            if text:
                blocks.append(Block("p", text))
    headline = norm(item.title)
    # A feed's entry is its author's text, never all furniture: a short one ("Visible text
    # & more") the page rules would drop as a label is shown rather than nothing.
    blocks = trim(blocks, headline, item.author) or [b for b in blocks if b.text.casefold() != headline.casefold()]
    sections = build_sections(blocks)
    return Article(
        headline=headline,
        byline=norm(item.author) if item.author else None,
        published=item.published,
        sections=sections,
        quotes=quotes_for(sections),
        links=[link for block in blocks for link in block.links],
        images=images,
        lead=None,
        source="feed",
        url=item.link,
    )
