"""A title (and a summary, a feed title) is read from at most 4 characters of markup per
character kept (cleaning._bounded_text): a 10 MB "title" is not decoded whole. That cut is
made in the markup, before tags and entities are decoded, so it must not split a reference
("&#82" alone decodes to a stray "R") or a tag ("</" is left as text), and a text cut there
ends in "…" even when it is under the 1,000 characters a title keeps."""

from __future__ import annotations

from newstui.feeds.parse import parse_feed
from newstui.feeds.parse.cleaning import MAX_TITLE


def title_of(markup: str) -> str:
    body = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>'
        f"<item><title><![CDATA[{markup}]]></title><link>http://harbour.test/1</link></item>"
        "</channel></rss>"
    ).encode()
    return parse_feed(body, "http://harbour.test/feed.rss").items[0].title


READ = MAX_TITLE * 4  # markup read for a title


def test_a_reference_cut_by_the_markup_limit_is_left_out() -> None:
    markup = "<i></i>" * 569 + "Harbour news &#82;ecords of the week"
    assert len(markup.split("&#82;")[0]) + len("&#82") == READ  # the cut falls inside "&#82;"
    assert title_of(markup) == "Harbour news…"  # was "Harbour news R"


def test_a_named_entity_cut_by_the_markup_limit_is_left_out() -> None:
    markup = "<i></i>" * 569 + "Quay and pier &amp; dock"
    cut = markup[:READ]
    assert cut.endswith("&am")
    assert title_of(markup) == "Quay and pier…"


def test_a_tag_cut_by_the_markup_limit_is_left_out() -> None:
    markup = "Ferry times " + "<i></i>" * 600 + "and more"
    assert markup[:READ].endswith("<i></")
    assert title_of(markup) == "Ferry times…"  # was "Ferry times </"


def test_a_short_text_of_long_markup_ends_in_an_ellipsis_and_an_uncut_one_does_not() -> None:
    assert title_of("Tide tables " + "<b></b>" * 700) == "Tide tables…"
    assert title_of("Tide tables " + "<b></b>" * 500) == "Tide tables"  # all read: nothing cut
    assert title_of("Tide &amp; <b>wind</b> tables") == "Tide & wind tables"
