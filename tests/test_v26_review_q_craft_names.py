"""Review of names3: a team's or ship's name run into a person's after "the" is split even
when the name scan left the run's first word (a place) out of the name it read ("the
Chicago Grey Sox Ann Kerr" read as "Grey Sox Ann Kerr"); a title the scan left out
("the Sultan Haji Omar Ali") keeps the rest one person's name. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

_QUOTE = "“We will keep the harbour open all winter,”"


def test_a_place_word_left_out_of_the_run_still_splits_off_the_person() -> None:
    paras = ["Skipper for the Chicago Grey Sox Ann Kerr was blunt on Monday.", f"{_QUOTE} Kerr said."]
    assert speakers(paras) == ["Ann Kerr"]


def test_a_title_left_out_keeps_the_whole_name() -> None:
    paras = ["The Sultan Haji Omar Ali spoke on Monday.", f"{_QUOTE} Ali said."]
    assert speakers(paras) == ["Haji Omar Ali"]
