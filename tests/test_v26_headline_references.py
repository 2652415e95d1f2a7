"""Version 26: a title or quote escaped twice is read as the rest of newstui reads text.

The extractor's headline (`unescape_twice_escaped`), the story links (`stories.normalise`) and
quote search (`index.search_text`) read only whole HTML references, ending in ";": a bare "&"
before a word ("field&notes", "Arts&centre") is those words, not a legacy reference missing its
";" ("field¬es", "Arts¢re"), which `html.unescape` alone would read.

Pages, titles and quotes written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of
from newstui.whosaid.index import search_text
from newstui.whosaid.stories import normalise, shingles

URL = "https://pierpost.example/2026/field-notes"
STORY = (
    "<article><p>The volunteers who count seabirds on the north pier handed their season's notebooks"
    " to the county archive on Friday, twelve summers of pencilled tallies in all.</p>"
    "<p>The archive plans to scan the pages over the winter and put them online in the spring, a"
    " spokeswoman for the county said.</p></article>"
)


def test_a_twice_escaped_headline_keeps_a_bare_ampersand_before_a_word() -> None:
    # The template escaped '&amp;' twice ('&amp;amp;' in the source, '&amp;' once parsed), and
    # wrote 'field&notes' as the brand spells it. Before: 'Q&A: the pier's field¬es go to the archive'.
    head = "<title>Q&amp;amp;A: the pier's field&amp;notes go to the archive</title>"
    assert headline_of(head, STORY, URL) == "Q&A: the pier's field&notes go to the archive"


def test_a_quote_is_split_into_the_words_search_reads() -> None:
    quote = "We&#39;re keeping the field&notes of every summer at Arts&centre, all of them"
    assert normalise(quote) == normalise(search_text(quote) or quote)
    # Before: 'field¬es' → 'field', 'es'; 'Arts¢re' → 'arts', 're'.
    assert normalise(quote) == [
        "were",
        "keeping",
        "the",
        "field",
        "notes",
        "of",
        "every",
        "summer",
        "at",
        "arts",
        "centre",
        "all",
        "of",
        "them",
    ]


def test_two_outlets_printing_a_quote_with_and_without_a_reference_share_its_shingles() -> None:
    # One page escaped the brand's '&' twice, the other printed it as is. Before: the plain one
    # read 'field¬es', and the two shared no shingle holding the word.
    escaped = "We&#39;re keeping the field&amp;notes of every summer at the county archive"
    plain = "We're keeping the field&notes of every summer at the county archive"
    assert shingles(escaped) == shingles(plain)
