"""Version 20 (recall): a story cut into parts of about one length is joined even when the winner is not the longest.

Transcripts and long reports on old templates are set as rows of one layout table (or blocks
of one kind), a part per row with a label row between ('Continued'). The scorer picks the part
with the most votes, which need not be the longest; a sibling part a little longer than the
winner was read as another story or a comment thread, and only one part of the story was kept
(pages written for the tests).
"""

from __future__ import annotations

from extract_helpers import body_text


def _chatty(part: int) -> str:
    # Many short paragraphs with commas: the most votes, not the most text.
    return "".join(
        f"<p>REPORTER: Part {part}, question {n}: so, the ferry, the bridge, or neither, in your view?</p>"
        f"<p>MAYOR: In part {part}, answer {n}: well, the ferry, for now, and then, perhaps, the bridge.</p>"
        for n in range(12)
    )


def _long(part: int) -> str:
    # Fewer, longer paragraphs: more text, fewer votes.
    return "".join(
        f"<p>MAYOR: Part {part}, reply {n}: the ferry service runs every twenty minutes through the day and "
        "the council has no plan to cut it while the bridge is still being argued over in the courts and "
        "the funding for it has not been found by anyone who has looked at the sums closely.</p>"
        for n in range(9)
    )


def _page(parts: list[str]) -> str:
    rows = "<tr><td><font>Continued</font></td></tr>".join(
        f"<tr><td width='350'>{part}</td><td width='100'><img src='/x.gif'></td></tr>" for part in parts
    )
    menu = "".join(f"<a href='/t/{n}'>Topic {n}</a><br>" for n in range(10))
    return (
        "<html><head><title>The mayor on the ferry</title></head><body>"
        f"<table><tr><td width='120'>{menu}</td><td><h1>The mayor on the ferry</h1>"
        f"<table>{rows}</table></td></tr></table></body></html>"
    )


def test_all_parts_of_a_transcript_in_table_rows_are_kept() -> None:
    text = body_text(_page([_long(1), _chatty(2), _long(3)]))
    assert "Part 1, reply 0" in text
    assert "Part 2, question 5" in text
    assert "Part 3, reply 3" in text
    assert "Topic 4" not in text


def test_a_much_longer_block_beside_the_story_stays_out() -> None:
    # A sibling far longer than the winner is another story (or a thread), as before.
    other = "".join(
        f"<p>Part 9 note {n} the harbour museum opens its new hall to visitors next month and the "
        "curators say the old ferry bell will hang in the entrance where children can ring it once "
        "a day at noon as the crews did for a hundred years before the service was cut back.</p>"
        for n in range(24)
    )
    text = body_text(_page([_chatty(1), _chatty(2), other]))
    assert "Part 1, question 0" in text
    assert "Part 9, reply 0" not in text
