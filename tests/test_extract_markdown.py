"""The Markdown form of an Article (what the reader pane shows)."""

from __future__ import annotations

from datetime import UTC, datetime

from newstui.extract.markdown import to_markdown
from newstui.model import Article, Link, Section


def test_markdown_layout_and_footnotes() -> None:
    article = Article(
        headline="Headline here",
        byline="A. Writer",
        published=datetime(2025, 1, 2, 3, 4, tzinfo=UTC),
        lead="The standfirst.",
        sections=[
            Section(None, ["Intro cites the report and the report again.", "- not a list"], ["p", "p"]),
            Section(
                "Details",
                ["item one", "item two", "Quoted line one", "Quoted line two", "code  here"],
                ["li", "li", "blockquote", "blockquote", "pre"],
            ),
        ],
        links=[
            Link("the report", "https://r.example/1"),
            Link("the report", "https://r.example/1"),
            Link("item two", "https://r.example/2"),
        ],
    )
    assert to_markdown(article) == (
        "# Headline here\n\n"
        "*A. Writer · 2025-01-02 03:04 UTC*\n\n"
        "**The standfirst.**\n\n"
        "Intro cites the report [1] and the report [1] again.\n\n"
        "\\- not a list\n\n"
        "## Details\n\n"
        "- item one\n"
        "- item two [2]\n\n"
        "> Quoted line one\n>\n> Quoted line two\n\n"
        "```\ncode  here\n```\n\n"
        "[1]: https://r.example/1\n"
        "[2]: https://r.example/2\n"
    )


def test_feed_source_is_marked() -> None:
    out = to_markdown(Article(headline="H", source="feed", sections=[Section(None, ["x"])]))
    assert "*from the feed*" in out
