"""Recall: text the extractor used to lose, on pages written for these tests."""

from __future__ import annotations

from newstui.extract import extract_article

SENTENCES = [
    f"Paragraph {n} of the story says the council met on Tuesday, and the ferry plan passed after a long debate."
    for n in range(8)
]


def _body_text(html: str | bytes) -> str:
    article = extract_article(html if isinstance(html, bytes) else html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


def test_mojibake_control_character_does_not_swallow_the_rest_of_the_page() -> None:
    # General pattern: a UTF-8 page double-decoded by its CMS carries 'ï\x80\x98' (an
    # icon font's private-use character); U+0098 once started a terminal "string" that
    # ran to the end of the page, so everything after the first icon was lost.
    icon = '<svg><g id="icon-\u00ef\u0080\u0098-2"><path d="M0 0"/></g></svg>'
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><title>Ferry plan</title></head><body>{icon}<article>{body}</article></body></html>"
    text = _body_text(html)
    assert all(s in text for s in SENTENCES)


def test_terminal_sequences_in_page_text_still_go_whole() -> None:
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><body><article><p>Start \x9d52;c;aGVsbG8=\x07 end of it all, said the council today.</p>{body}</article></body></html>"
    text = _body_text(html)
    assert "52;c" not in text and "aGVsbG8" not in text


def test_minified_script_is_not_a_tag_with_hundreds_of_attributes() -> None:
    # General pattern: minified JavaScript holds 'a<b' comparisons followed by long
    # runs of code; counted as a start tag they looked like a tag with hundreds of
    # attributes, and the whole page was refused as hostile.
    code = "if(a<d))return " + " ".join(f"v{i}=w{i}" for i in range(400)) + ";"
    body = "".join(f"<p>{s}</p>" for s in SENTENCES)
    html = f"<html><head><script>{code}</script></head><body><!-- x<y {code} --><article>{body}</article></body></html>"
    text = _body_text(html)
    assert all(s in text for s in SENTENCES)


def test_a_real_tag_with_too_many_attributes_after_a_script_is_still_refused() -> None:
    import pytest

    from newstui.errors import ExtractError

    hostile = "<p " + " ".join(f"a{i}='v'" for i in range(400)) + ">x</p>"
    html = f"<html><head><script>if(a<b)go()</script></head><body>{hostile}<p>{SENTENCES[0]}</p></body></html>"
    with pytest.raises(ExtractError, match="400 attributes"):
        extract_article(html.encode())
