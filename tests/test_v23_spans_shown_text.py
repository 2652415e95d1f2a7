"""A quote's text is words the reader can find in the article: whatever marks the page
typed (curly, straight, „…“, «…», »…«, ``…'', ''…'', ″…″, 「…」, ‘…’, marks left as HTML
references), the quote's words are its paragraph's words as the page printed them, white
space and quote marks aside. Read marks (an HTML reference decoded, two apostrophes read
as one mark) decide where a quote starts and ends; they never change its words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import read_marks, read_marks_origins
from newstui.text import strip_control

_MARKS = "\"'`“”„‟«»‘’‚‛″′＂〝〞〟❝❞「」"
_MARK_RUN = re.compile("[" + re.escape(_MARKS) + "]+")
_SPACE_RUN = re.compile(r"\s+")
# The marks the page left as HTML references, as the tests below type them.
_MARK_REFERENCE = re.compile(r"&(?:quot|[lr]dquo|#822[01]);")


def _fold(text: str) -> str:
    """Text with its control characters and quote marks (typed, or left as references)
    gone, every run of white space one space: a quote's words over a line or paragraph break that reopens it with a
    mark are joined by one space."""
    text = _MARK_RUN.sub("", _MARK_REFERENCE.sub("", strip_control(text)))
    return _SPACE_RUN.sub(" ", text).strip()


def _assert_findable(paragraphs: list[str]) -> None:
    for quote in find_quotes(paragraphs):
        words = _fold(quote.text)
        # The paragraph the quote starts in, and those it may go on in.
        shown = _fold(" ".join(paragraphs[quote.paragraph :]))
        assert words in shown, (quote.text, paragraphs[quote.paragraph :])


def test_an_apostrophe_left_as_a_reference_stays_in_the_quote_as_printed() -> None:
    paragraphs = ["Tessa Lund said, &quot;We&#39;re going to rebuild the harbour this year,&quot; and left."]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["We&#39;re going to rebuild the harbour this year"]


def test_a_nested_reference_mark_stays_as_printed() -> None:
    paragraphs = ["&#8220;The clerk wrote &quot;closed&quot; on the door of the harbour office,&#8221; Pavel Orr said."]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["The clerk wrote &quot;closed&quot; on the door of the harbour office"]
    assert quotes[0].speaker == "Pavel Orr"


def test_two_apostrophes_nested_in_an_archive_quote_stay_as_printed() -> None:
    paragraphs = ["``The sign on the door said ''closed for the winter'' and nobody came,'' Pavel Orr said."]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["The sign on the door said ''closed for the winter'' and nobody came"]


def test_a_null_character_inside_a_quote_is_dropped_as_the_pane_drops_it() -> None:
    paragraphs = ["“We will rebuild the har\x00bour this very year,” Tessa Lund said."]
    quotes = find_quotes(paragraphs)
    assert [q.text for q in quotes] == ["We will rebuild the harbour this very year"]


_WORDS = st.sampled_from(
    [
        "we",
        "will",
        "rebuild",
        "the",
        "harbour",
        "Lund",
        "boats",
        "come",
        "back",
        "We&#39;re",
        "R&amp;D",
        "AT&T",
        "&quot;closed&quot;",
        "''winter''",
        "don't",
        "6'2\"",
        "55″",
        "港",
        "「港」",
        "‘nested’",
        "“inner”",
        '"straight"',
        "\x00",
        "\x1b[31m",
        "\n",
        "—",
        ",",
        ".",
    ]
)
_OPEN_CLOSE = st.sampled_from(
    [
        ("“", "”"),
        ('"', '"'),
        ("„", "“"),
        ("« ", " »"),
        ("»", "«"),
        ("``", "''"),
        ("''", "''"),
        ("″", "″"),
        ("「", "」"),
        ("‘", "’"),
        ("&quot;", "&quot;"),
        ("&#8220;", "&#8221;"),
        ("&ldquo;", "&rdquo;"),
        ("'", "'"),
        ("“", '"'),
        ('"', "”"),
        ("“", ""),
        ("", "”"),
    ]
)


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    pieces: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        before = " ".join(draw(st.lists(_WORDS, max_size=4)))
        inside = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=10)))
        opening, closing = draw(_OPEN_CLOSE)
        after = draw(st.sampled_from([", Tessa Lund said.", " she said.", ".", "", ", said Orr. ", " and left."]))
        pieces.append(f"{before} {opening}{inside}{closing}{after}")
    return " ".join(pieces)


@settings(max_examples=300, deadline=None)
@given(st.lists(_paragraph(), min_size=1, max_size=4))
def test_every_quote_is_findable_in_its_paragraph(paragraphs: list[str]) -> None:
    _assert_findable(paragraphs)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(_MARKS) + list("&#;quot8220aA .,\n\x00")), max_size=80))
def test_read_marks_origins_map_every_read_character_to_the_page(text: str) -> None:
    read = read_marks(text)
    origins = read_marks_origins(text)
    assert len(origins) == len(read) + 1
    assert origins[0] == 0 and origins[-1] == len(text)
    assert origins == sorted(origins)
    _assert_findable([text])
