"""Bad input never hangs or crashes: a clear ExtractError or a best-effort article."""

from __future__ import annotations

import contextlib

import pytest

from newstui.errors import ExtractError
from newstui.extract import extract_article

PARAS = "".join(
    f"<p>Paragraph {i} of a plain article has enough words in it, and a comma or two, to be scored as text.</p>"
    for i in range(6)
)
PAGE = f"<html><head><title>A plain article</title></head><body><div class='body'>{PARAS}</div></body></html>"


@pytest.mark.parametrize("html", [b"", "", b"   \n\t ", "   "])
def test_empty_input(html: str | bytes) -> None:
    with pytest.raises(ExtractError, match="empty"):
        extract_article(html)


@pytest.mark.parametrize(
    "data, what",
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4, "gzip"),
        (bytes(range(256)) * 40, "binary"),
    ],
)
def test_binary_input(data: bytes, what: str) -> None:
    with pytest.raises(ExtractError, match=what):
        extract_article(data)


def test_wrong_type() -> None:
    with pytest.raises(ExtractError, match="str or bytes"):
        extract_article(12345)  # type: ignore[arg-type]


def test_deeply_nested_divs() -> None:
    html = "<html><body>" + "<div>" * 50_000 + PARAS + "</div>" * 50_000 + "</body></html>"
    try:
        article = extract_article(html)
    except ExtractError as error:
        assert "no article" in str(error)
    else:
        assert article.sections


def test_deeply_nested_inline_and_lists() -> None:
    html = (
        "<html><body><div>"
        + PARAS
        + "<ul><li>" * 5_000
        + "deep"
        + "</li></ul>" * 5_000
        + "<b>" * 20_000
        + "x</div></body></html>"
    )
    article = extract_article(html)
    assert article.sections[0].paragraphs[0].startswith("Paragraph 0")


def test_enormous_input_is_cut_not_refused() -> None:
    filler = "<div class='x'><span>filler text</span></div>" * 200_000  # ~ 9 MB after the article
    article = extract_article(PAGE.replace("</body>", filler + "</body>").encode())
    assert article.sections[0].paragraphs[0].startswith("Paragraph 0")


def test_enormous_text_without_markup() -> None:
    with pytest.raises(ExtractError):
        extract_article(b"word " * 2_000_000)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><div class='body'>" + PARAS.replace("</p>", "") + "<table><tr><td>unclosed",
        "<<<>>><p>" + PARAS + "</b></i></div></div></span>",
        "<html><head><title>x</title><body><p>" + PARAS + "<p><div><p></html></html><body>",
        "<?xml version='1.0' encoding='utf-8'?>\n" + PAGE,
        "<!-- unclosed comment " + PAGE,
        PAGE.replace("<p>", "<p>\x00\x1b[31m", 1),
    ],
)
def test_broken_html_gives_best_effort(html: str) -> None:
    try:
        article = extract_article(html)
    except ExtractError as error:
        assert str(error)
        return
    for section in article.sections:
        for paragraph in section.paragraphs:
            assert "\x00" not in paragraph and "\x1b" not in paragraph


CP1252_PAGE = (
    "<html><head><meta charset='{charset}'><title>Café “quotes” — dashes</title></head><body><div class='body'>"
    + "<p>Le café de la gare sert des “croissants” depuis 1920 — et ça continue, dit le patron.</p>" * 4
    + "</div></body></html>"
)


@pytest.mark.parametrize("charset", ["windows-1252", "iso-8859-1", "latin1"])
def test_declared_single_byte_charsets(charset: str) -> None:
    data = CP1252_PAGE.format(charset=charset).encode("cp1252")
    article = extract_article(data)
    assert article.headline == "Café “quotes” — dashes"
    assert "“croissants” depuis 1920 — et ça" in article.sections[0].paragraphs[0]


def test_iso_8859_2() -> None:
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'>"
        "<title>Łódź otwiera nowy dworzec</title></head><body><div class='tekst'>"
        + (
            "<p>Nowy dworzec w Łodzi przyjął pierwszych pasażerów, "
            "a żółte tablice pokazują już rozkład jazdy pociągów.</p>"
        )
        * 4
        + "</div></body></html>"
    )
    article = extract_article(page.encode("iso-8859-2"))
    assert article.headline == "Łódź otwiera nowy dworzec"
    assert "żółte tablice" in article.sections[0].paragraphs[0]


def test_missing_charset_falls_back_to_windows_1252() -> None:
    data = CP1252_PAGE.replace("<meta charset='{charset}'>", "").encode("cp1252")
    article = extract_article(data)
    assert "“croissants”" in article.sections[0].paragraphs[0]


def test_wrong_charset_utf8_bytes_declared_latin1() -> None:
    data = CP1252_PAGE.format(charset="iso-8859-1").encode("utf-8")
    article = extract_article(data)
    assert "“croissants” depuis 1920 — et ça" in article.sections[0].paragraphs[0]


def test_wrong_charset_cp1252_bytes_declared_utf8() -> None:
    data = CP1252_PAGE.format(charset="utf-8").encode("cp1252")
    article = extract_article(data)
    assert "“croissants”" in article.sections[0].paragraphs[0]


@pytest.mark.parametrize(
    "bom, codec", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_byte_order_marks(bom: bytes, codec: str) -> None:
    data = bom + CP1252_PAGE.format(charset="windows-1252").encode(codec)
    assert "“croissants”" in extract_article(data).sections[0].paragraphs[0]


def test_unknown_charset_label() -> None:
    data = CP1252_PAGE.format(charset="x-no-such-charset").encode("utf-8")
    assert "“croissants”" in extract_article(data).sections[0].paragraphs[0]


def test_no_javascript_links_survive() -> None:
    html = PAGE.replace(
        "Paragraph 1 of",
        "Paragraph 1 <a href='javascript:alert(1)'>bad</a> <a href=' JaVaScRiPt:alert(2)'>worse</a>"
        " <a href='data:text/html,x'>data</a> <a href='vbscript:x'>vb</a> <a onclick='x()' href='/ok'>ok</a> of",
    )
    article = extract_article(html, "https://n.example/a/")
    assert [link.url for link in article.links] == ["https://n.example/ok"]


def test_markup_in_text_is_kept_as_text() -> None:
    html = PAGE.replace(
        "Paragraph 2 of", "Paragraph 2 [bold]not markup[/bold] &lt;script&gt;alert(1)&lt;/script&gt; of"
    )
    article = extract_article(html)
    assert "[bold]not markup[/bold] <script>alert(1)</script>" in article.sections[0].paragraphs[2]


def test_control_characters_inside_divs_readability_rewrites() -> None:
    # readability moves div text into new <p>s; lxml refuses to set text holding controls.
    html = (
        "<html><body><div class='story'>"
        + "<div>Text \x01 in a div \x0b that becomes a paragraph, long enough, with commas.<span>x</span></div>" * 5
        + "</div></body></html>"
    )
    article = extract_article(html.encode())
    assert article.sections[0].paragraphs[0].startswith("Text in a div that becomes a paragraph")


def test_truncated_and_corrupted_fixture_pages() -> None:
    """Seeded fuzz: every fixture cut short and with random bytes flipped gives an article or ExtractError."""
    import random
    from pathlib import Path

    rng = random.Random(4)
    for path in sorted((Path(__file__).parent / "data" / "pages").glob("*.html")):
        data = path.read_bytes()
        for _ in range(4):
            variant = bytearray(data[: rng.randint(0, len(data))])
            for _ in range(30 if variant else 0):
                variant[rng.randrange(len(variant))] = rng.randrange(256)
            with contextlib.suppress(ExtractError):
                extract_article(bytes(variant), "https://fuzz.example/a/b")
