"""Review of qlabel and names3: the texts a paragraph brings in ("issued a statement") and
the recordings it attributes ("a recording attributed to …") are read with one bisected
look at the paragraph's mentions each, not a scan from its first mention: a long paragraph
of many such phrases stays linear. Invented text."""

from __future__ import annotations

import time

from newstui.extract.quotes import find_quotes


def test_many_texts_brought_in_in_one_paragraph_stay_linear() -> None:
    big = " ".join(f"Mayor Lina Berk{i % 50} issued a statement on day {i}." for i in range(40_000))
    start = time.process_time()
    quotes = find_quotes([big, "“We will keep fighting for every family,” the statement said."])
    assert time.process_time() - start < 6  # was 13 s, quadratic
    assert [q.speaker for q in quotes] == ["Lina Berk49"]


def test_many_recordings_in_one_paragraph_stay_linear() -> None:
    big = " ".join(
        f"An audio recording attributed to Omar Tal{i % 50} surfaced and Karim Had{i % 50} spoke."
        for i in range(20_000)
    )
    start = time.process_time()
    quotes = find_quotes([big, "“Our fight will go on until the end,” the speaker said."])
    assert time.process_time() - start < 5  # was 11 s, quadratic
    assert [q.speaker for q in quotes] == ["Omar Tal49"]
