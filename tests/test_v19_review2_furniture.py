"""Review of the v19 closing follow-us rule (`_channel_prompt`): a story's own last paragraph
that opens on 'Like' as a preposition, or that tells the reader what a law or a firm will do
with their e-mail, is the story, not a prompt. Invented pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from extract_helpers import body_text

STORY = (
    "<p>The harbour committee met on Tuesday evening to decide the fate of the old wooden pier, "
    "which has stood at the end of Mill Lane since the town first built a quay for its boats.</p>"
    "<p>Engineers told the members that the timber piles had rotted below the waterline and that "
    "repairs would cost more than a new structure, a view most residents at the meeting shared.</p>"
    "<p>The chair promised a final vote in spring, once the council had published the "
    "survey and heard from the fishing families who still moor their boats beside the pier.</p>"
)


def page(after: str, *, before: str = "") -> bytes:
    return (
        "<html><head><title>Pier vote delayed</title></head><body>"
        f"<article><h1>Pier vote delayed</h1>{before}{STORY}{after}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "last",
    [
        # 'Like' as a preposition opening the sentence, a channel in it: no call at all.
        "Like many families on the quay, the Morrows watched the meeting on the council's YouTube "
        "stream and left before the vote was put off.",
        # A story telling readers what a new rule does with their e-mail: the reader is addressed
        # but nobody asks them to follow anything.
        "From April the rules oblige any shop that wants to get your address onto a mailing list to "
        "ask first before the newsletters start.",
        # A story's closing remark about a channel, addressing nobody but naming 'us' in a phrase.
        "Like most of us, the harbour master first heard of the closure on Facebook, from a photograph "
        "a fisherman posted at dawn.",
    ],
)
def test_a_storys_last_paragraph_naming_a_channel_stays(last: str) -> None:
    text = body_text(page(f"<p>{last}</p>"))
    assert last[:40] in text


def test_a_closing_prompt_opening_on_a_call_still_goes() -> None:
    text = body_text(page("<p>Follow the Coast Herald on WhatsApp for the day's news.</p>"))
    assert "fishing families who still moor" in text
    assert "WhatsApp" not in text


def test_a_like_us_prompt_still_goes() -> None:
    text = body_text(page("<p>Like us on Facebook to get our stories in your feed.</p>"))
    assert "fishing families who still moor" in text
    assert "Like us" not in text


def test_a_paragraph_of_many_tool_words_does_not_hang_the_extractor() -> None:
    """Hostile input: the tool-strip pattern read the space between two labels with either of
    its two optional-space runs, so a paragraph (under 200 characters) of 32 'Share's and a
    last other word took 2^32 tries to refuse: hours, inside one regex call the extraction's
    time budget cannot stop (22 took 1.7 s and failed the page as too complex; each more
    doubled it). Run in a child process, given a minute where it now takes well under a
    second."""
    paragraph = "Share " * 32 + "now"
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); from extract_helpers import body_text; "
        f"print('kept' if {paragraph[:30]!r} in body_text(sys.stdin.buffer.read()) else 'dropped')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(Path(__file__).parent)],
        input=page("", before=f"<p>{paragraph}</p>"),
        capture_output=True,
        timeout=60,
        check=True,
    )
    assert done.stdout.strip() == b"kept"


def test_a_line_of_results_with_linked_team_names_stays() -> None:
    """A sports story's results line, the clubs linked to their pages and the games split by
    bars, is at least half link text in four short items: the bar-menu rule took it for a
    section menu. Menus name sections; most items of this line carry a score."""
    clubs = [
        ("Ashford", "2-1", "Benton"),
        ("Carrow", "0-0", "Dunmore"),
        ("Elmside", "3-2", "Fairley"),
        ("Glenby", "1-4", "Hartwell"),
    ]
    results = " | ".join(
        f'<a href="/clubs/{a.lower()}">{a}</a> {score} <a href="/clubs/{b.lower()}">{b}</a>' for a, score, b in clubs
    )
    first, rest = STORY.split("</p>", 1)
    html = f"<html><body><article><h1>Cup round</h1>{first}</p><p>{results}</p>{rest}</article></body></html>"
    text = body_text(html.encode())
    assert "Carrow 0-0 Dunmore" in text
    assert "fishing families who still moor" in text
