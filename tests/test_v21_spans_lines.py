"""A quote nested at the start of a line (a page's <br>) inside a longer quote: it nests,
and the longer quote runs on to its own close; a line that leaves the quote open still
reopens it, as a paragraph break does."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


def test_a_straight_quote_nested_at_a_line_start_does_not_end_the_curly_quote() -> None:
    paragraph = (
        "“When the notice came, the landlord read it to the whole stairwell:\n"
        '"Everyone out by Friday," it said, and nobody moved,” Ivo Marsh recalled.'
    )
    assert _said([paragraph]) == [
        (
            'When the notice came, the landlord read it to the whole stairwell: "Everyone out by Friday,"'
            " it said, and nobody moved",
            "Ivo Marsh",
        )
    ]


def test_a_curly_quote_nested_at_a_line_start_does_not_end_the_curly_quote() -> None:
    paragraph = (
        "“When the notice came, the landlord read it to the whole stairwell:\n"
        "“Everyone out by Friday,” it said, and nobody moved,” Ivo Marsh recalled."
    )
    assert _said([paragraph])[0][0].endswith("“Everyone out by Friday,” it said, and nobody moved")


def test_a_straight_quote_nested_at_a_line_start_inside_a_straight_quote() -> None:
    paragraph = (
        '"When the notice came, the landlord read it to the whole stairwell:\n'
        '"Everyone out by Friday," it said, and nobody moved," Ivo Marsh recalled.'
    )
    assert _said([paragraph]) == [
        (
            'When the notice came, the landlord read it to the whole stairwell: "Everyone out by Friday,"'
            " it said, and nobody moved",
            "Ivo Marsh",
        )
    ]


def test_a_line_that_leaves_the_quote_open_still_reopens_it() -> None:
    paragraph = (
        "“When the notice came, the landlord read it to the whole stairwell.\n"
        "“Then we packed,” Ivo Marsh recalled, “and we went to my sister's.”"
    )
    assert _said([paragraph]) == [
        ("When the notice came, the landlord read it to the whole stairwell. Then we packed", "Ivo Marsh"),
        ("and we went to my sister's.", "Ivo Marsh"),
    ]
