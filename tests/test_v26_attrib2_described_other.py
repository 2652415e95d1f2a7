"""Version 26: a quote opening on "He"/"She" whose tail's pronoun resolves to the man
(woman) the sentence before is about keeps him when that sentence names another man
after him: the quote's "He" can be that other man, so the speaker who talks of a third
person is no reason to pass over the subject for an earlier speaker. A quote about the
person the story describes, with nobody else named, still goes to the earlier speaker.
Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_he_named_after_the_subject_keeps_the_subject() -> None:
    paragraphs = [
        "Two brothers were mending a fence by the road, and both said they would not vote for Mr. Hollis.",
        "One of them, Carl Benning, 64, said the candidate had lied about the mill. “I know a liar when I "
        "see one,” Mr. Benning said.",
        "The other, his brother Owen Benning, 52, cited Mr. Hollis's temper as a danger. “He's all bluster "
        "and no sense,” he said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Carl Benning"), (2, "Owen Benning")]


def test_he_about_the_subject_alone_still_goes_to_the_earlier_speaker() -> None:
    paragraphs = [
        "“The valley trusts him,” said Carl Benning, a farmer who has known the governor for decades.",
        "Governor Amos Hale grew up in the valley and worked the mines before he ran for office.",
        "“He learned the trade and never forgot it,” he said.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(0, "Carl Benning"), (2, "Carl Benning")]
