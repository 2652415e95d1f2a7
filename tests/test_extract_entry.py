"""The feed-entry fallback and the full-text-in-feed decision."""

from __future__ import annotations

from datetime import UTC, datetime

from newstui.extract import article_from_entry
from newstui.extract.entry import FULL_TEXT_WORDS, has_full_text
from newstui.model import Item

WHEN = datetime(2025, 5, 1, 12, tzinfo=UTC)


def _item(content_html: str = "", summary: str = "", link: str | None = "https://site.example/a/story") -> Item:
    return Item(
        id=1,
        feed_id=1,
        feed_url="https://site.example/feed",
        feed_title="Site",
        title="  The entry title ",
        link=link,
        summary=summary,
        content_html=content_html,
        author="Jo Bloggs",
        published=WHEN,
    )


def test_from_content_html() -> None:
    html = (
        "<p>First paragraph of the entry with a <a href='/more'>relative link</a>.</p>"
        "<script>alert(1)</script><h2>A heading</h2><ul><li>one item</li><li>two item</li></ul>"
        "<figure><img src='/i.jpg' alt='pic'><figcaption>The caption</figcaption></figure>"
        "<p>Last words of the entry.</p><div class='share'>Share this: Twitter</div>"
    )
    article = article_from_entry(_item(html))
    assert article.source == "feed"
    assert article.headline == "The entry title"
    assert article.byline == "Jo Bloggs" and article.published == WHEN
    assert article.url == "https://site.example/a/story"
    assert [(s.heading, s.paragraphs, s.kinds) for s in article.sections] == [
        (None, ["First paragraph of the entry with a relative link."], ["p"]),
        ("A heading", ["one item", "two item", "Last words of the entry."], ["li", "li", "p"]),
    ]
    assert [(link.text, link.url) for link in article.links] == [("relative link", "https://site.example/more")]
    assert [(i.src, i.caption) for i in article.images] == [("https://site.example/i.jpg", "The caption")]


def test_from_summary_only() -> None:
    article = article_from_entry(_item(summary="One para.\n\nTwo  para."))
    assert article.sections[0].paragraphs == ["One para.", "Two para."]


def test_empty_entry_gives_empty_article() -> None:
    article = article_from_entry(_item())
    assert article.sections == [] and article.headline == "The entry title"


def test_full_text_decision() -> None:
    long = "<p>" + " ".join(["word"] * FULL_TEXT_WORDS) + " end.</p>"
    assert has_full_text(_item(long))
    assert not has_full_text(_item("<p>" + " ".join(["word"] * (FULL_TEXT_WORDS - 10)) + "</p>"))
    assert not has_full_text(_item(summary=" ".join(["word"] * 1000)))  # a summary is never the article
    assert not has_full_text(_item(long.replace(" end.</p>", " […]</p>")))
    assert not has_full_text(_item(long.replace(" end.</p>", " <a href='/x'>Continue reading</a></p>")))
    assert not has_full_text(_item(long + "<p>The post Big story appeared first on Site.</p>"))


def test_control_characters_and_surrogates_in_the_entry() -> None:
    article = article_from_entry(_item("<div>Text \x00\x01 with\x0b controls.<p>Paragraph \ud800 two.</p></div>"))
    assert [p.replace("?", "").replace("  ", " ") for p in article.sections[0].paragraphs] == [
        "Text with controls.",
        "Paragraph two.",
    ]
