"""Version 19 (recall): a story set as <br><br>-separated runs in one block votes run by run.

Old and hand-made templates hold a whole story in one <td>, <p>, <div> or <font>, its
paragraphs set apart only by blank lines (<br><br>). As one block it cast one vote with its
length capped, so an unnamed box of a few short paragraphs elsewhere on the page (opening
hours, a contact note) outscored it and became the page's text (pages written for the tests).
"""

from __future__ import annotations

import textwrap

import pytest

from extract_helpers import body_text, story_beside_a_box
from newstui.extract import scoring
from newstui.extract.article import parse_html

_RUNS = (
    "The ferry company will add a late crossing on Fridays from May, its manager told the island council",
    "Islanders had asked for the extra sailing for years, saying the last boat left the mainland too early",
    "The new crossing will leave the harbour at ten at night and reach the island pier before eleven",
    "Fares will stay as they are for residents, though visitors will pay a small supplement after dark",
    "The council said it would review the timetable in the autumn, once the summer figures are known",
    "A deckhand said the crew welcomed the change, as long as the weather allowed the boat to sail",
)
_BOX = (
    "Reception is open from eight, every day, including holidays.",
    "Rooms are cleaned each morning, unless you ask us not to.",
    "The car park is free, and there is a charger for electric cars.",
    "Late arrivals, please ring the bell by the side door.",
)


def _page(story: str) -> str:
    return story_beside_a_box(
        "A late ferry on Fridays",
        story,
        _BOX,
        after_box="<div id='bottom'><a href='/about'>About the site</a></div>",
    )


def _runs() -> str:
    return "<br><br>".join(f"{run}." for run in _RUNS)


@pytest.mark.parametrize(
    "story",
    [
        f"<table><tr><td>{_runs()}</td></tr></table>",
        f"<table><tr><td><font size='2'>{_runs()}</font></td></tr></table>",
    ],
    ids=["cell", "font-in-cell"],
)
def test_a_story_of_runs_in_one_cell_beats_a_box_of_short_paragraphs(story: str) -> None:
    text = body_text(_page(story))
    assert "The ferry company will add a late crossing on Fridays" in text
    assert "A deckhand said the crew welcomed the change" in text
    assert "Reception is open from eight" not in text


def _vote(block_html: str) -> float:
    root = parse_html(f"<html><body><div id='host'>{block_html}</div></body></html>")
    candidates = scoring.score_paragraphs(root)
    host = root.get_element_by_id("host")
    return candidates[host].score - scoring.base_score(host).score


def test_each_run_after_a_blank_line_votes_as_a_paragraph_would() -> None:
    as_runs = _vote(f"<p>{_runs()}</p>")
    as_paragraphs = _vote("".join(f"<p>{run}.</p>" for run in _RUNS))
    assert as_runs == pytest.approx(as_paragraphs)
    # A paragraph set on one long line ends at a single <br> too.
    lines = [f"{run}, the weekly paper reported." for run in _RUNS]
    assert _vote(f"<p>{'<br>'.join(lines)}</p>") == pytest.approx(_vote("".join(f"<p>{line}</p>" for line in lines)))
    # A hard-wrapped paragraph (or an address) is one paragraph: a <br> after a short line is no paragraph break.
    joined = " ".join(f"{run}." for run in _RUNS)
    wrapped = _vote(f"<p>{'<br>'.join(textwrap.wrap(joined, 70))}</p>")
    assert wrapped == pytest.approx(_vote(f"<p>{joined}</p>"))
    assert as_runs > wrapped
