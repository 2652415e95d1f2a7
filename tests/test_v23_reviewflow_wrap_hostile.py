"""Review of version 23's line breaking (ui/wrap.py) on hostile text. A name wider than the
line was cut one line at a time, measuring and copying all the rest of it for each line:
quadratic in its length, on the UI loop at every resize (the Source URL) and every cursor
move (a feed title in the preview). A 100 KB feed link or title with no separator took
seconds to minutes. Each must now be laid out well inside the page's CPU budget, whole."""

from __future__ import annotations

from newstui.extract import budget
from newstui.ui.wrap import separated_lines, wrap_link, wrap_words

_LONG = 100_000


def _in_budget(lay_out: object) -> list[str]:
    assert callable(lay_out)
    with budget.deadline(budget.SECONDS):
        lines = lay_out()
        budget.check()  # raises "too large/complex" once the time is up
    assert isinstance(lines, list)
    return lines


def test_a_huge_link_with_no_separator_is_broken_in_time_and_kept_whole() -> None:
    url = "https://ferry.example/" + "q" * _LONG
    lines = _in_budget(lambda: wrap_link("Source:", url, 12))
    assert lines[0] == "Source:"
    assert "".join(lines[1:]) == url
    assert all(len(line) <= 12 for line in lines)


def test_a_huge_slug_of_hyphens_is_broken_in_time_after_its_hyphens() -> None:
    url = "https://ferry.example/" + "dock-" * (_LONG // 5)
    lines = _in_budget(lambda: wrap_link("Source:", url, 12))
    assert "".join(lines[1:]) == url
    assert all(line[-1] in "-/." for line in lines[1:-1])


def test_a_huge_wide_character_title_is_wrapped_in_time_within_the_width() -> None:
    from rich.cells import cell_len

    title = "港" * _LONG
    lines = _in_budget(lambda: separated_lines([title, "25 Nov 2026"], 11))
    assert "".join(lines).startswith(title)
    assert all(cell_len(line) <= 11 for line in lines)


def test_a_huge_word_of_zero_width_characters_and_letters_is_wrapped_in_time() -> None:
    word = ("\u200bq" * (_LONG // 2)) + "."
    lines = _in_budget(lambda: wrap_words(word, 9))
    assert "".join(lines) == word
