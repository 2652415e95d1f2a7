"""A big page's unseen texts are read before pruning: the second opinion is decided without a fresh parse."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest

from newstui.extract import article, extract_article

STORY = [
    f"Paragraph {n} of the lighthouse story: the keepers' trust voted on Monday to reopen the tower to "
    "visitors in spring, once the iron stair has been repainted and the lamp room made safe."
    for n in range(30)
]

# An inline data blob of the kind modern news pages carry in their body: far more
# characters than the story, none of them shown.
BLOB = '<script type="application/json">{"state": "' + "q7" * 40_000 + '"}</script>'


def _page(story_html: str) -> bytes:
    return (
        "<html><head><title>Lighthouse</title></head><body><h1>Lighthouse</h1>"
        f"{story_html}{BLOB}<noscript><p>Turn on scripts to see the map.</p>"
        "<template><p>Row template</p></template></noscript></body></html>"
    ).encode()


@pytest.fixture
def parses_by_extract(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """The number of times `_extract` itself parses the page (other modules' parses not counted)."""
    calls: list[int] = []
    real = article.parse_html

    def counted(text: str) -> object:
        if sys._getframe(1).f_code.co_name == "_extract":
            calls.append(1)
        return real(text)

    monkeypatch.setattr(article, "parse_html", counted)
    yield calls


def test_the_first_tree_gives_the_visible_count_a_fresh_parse_gives() -> None:
    html = _page("".join(f"<p>{s}</p>" for s in STORY[:4])).decode()
    root = article.parse_html(html)
    early = article._visible_from(article._collapsed_chars(article._body_text(root)), article._unseen_texts(root))
    assert early == article._visible_chars(article.parse_html(html))
    # The blob, the map notice and the row template are unseen; the template counts twice
    # (inside the noscript too), as it always has.
    assert early == len("Lighthouse" + "".join(STORY[:4])) - len("Row template")


def test_a_big_page_with_a_real_first_pass_is_parsed_once(parses_by_extract: list[int]) -> None:
    # The story keeps far under WEAK_SHARE of the body's text with the blob counted,
    # and far over it without: no second opinion, and no second parse to find that out.
    html = _page("<article>" + "".join(f"<p>{s}</p>" for s in STORY[:8]) + "</article>")
    assert len(html) > article.EARLY_UNSEEN_CHARS
    text = " ".join(p for s in extract_article(html).sections for p in s.paragraphs)
    assert STORY[0] in text and STORY[7] in text
    assert len(parses_by_extract) == 1


def test_a_page_weak_only_by_its_whitespace_is_parsed_once(parses_by_extract: list[int]) -> None:
    # A template indenting every line: the body's raw text is mostly whitespace, and the
    # first pass keeps under WEAK_SHARE of it; collapsed, the text is the story's, which
    # the first pass kept. No fresh tree is needed to see that.
    indent = "\n" + " " * 4_000
    story = indent.join(f"<p>{s}</p>" for s in STORY[:8])
    html = (
        "<html><head><title>Lighthouse</title></head><body><h1>Lighthouse</h1>"
        f"{indent}<article>{indent}{story}{indent}</article>{indent}</body></html>"
    ).encode()
    assert len(html) < article.EARLY_UNSEEN_CHARS
    text = " ".join(p for s in extract_article(html).sections for p in s.paragraphs)
    assert STORY[0] in text and STORY[7] in text
    assert len(parses_by_extract) == 1


def test_a_small_page_keeps_the_fresh_parse(parses_by_extract: list[int]) -> None:
    # Under EARLY_UNSEEN_CHARS the unseen texts are not read up front: the few small
    # pages whose first pass looks weak pay one more parse for the exact count.
    small_blob = '<script type="application/json">{"state": "' + "q7" * 4_000 + '"}</script>'
    html = (
        "<html><head><title>Lighthouse</title></head><body><h1>Lighthouse</h1>"
        f"<article><p>{STORY[0]}</p><p>{STORY[1]}</p></article>{small_blob}</body></html>"
    ).encode()
    assert STORY[1] in " ".join(p for s in extract_article(html).sections for p in s.paragraphs)
    assert len(parses_by_extract) == 2


def test_a_big_page_whose_first_pass_is_weak_still_gets_its_second_opinion(parses_by_extract: list[int]) -> None:
    # The story's wrapper carries a furniture word; the first pass keeps only a notice
    # (long enough that no retry runs), and the light second pass, on a fresh tree,
    # brings the story back.
    story = "".join(f"<p>{s}</p>" for s in STORY)
    html = _page(
        "<div class='notice'><p>The trust's office is open from ten to four on weekdays, and on Sunday "
        "afternoons in the summer, for tickets, guided walks and lost property. Groups of more than "
        "twelve are asked to book a week ahead, and dogs on leads are welcome on the lower gallery.</p></div>"
        f"<div class='related-reading'>{story}</div>"
    )
    text = " ".join(p for s in extract_article(html).sections for p in s.paragraphs)
    assert STORY[0] in text and STORY[29] in text
    assert len(parses_by_extract) == 2  # the first tree, and the fresh one the second opinion reads
