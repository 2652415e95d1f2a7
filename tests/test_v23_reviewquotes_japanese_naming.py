"""Review of v23's Japanese quoting particle ('「…」と述べた' marks speech): と also
joins a name or title to the verb that gives it ('「…」と題した講演', a lecture titled;
'「…」と名付けた', named; '「…」と称する', called) or means "as" / "together with"
('「…」として', '「…」とともに'); those marks hold a name, not words said, as 「…」という
and と呼ぶ already do not. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes


@pytest.mark.parametrize(
    "text",
    [
        "教授は「未来の港と漁業」と題した講演を行った。",
        "町はこの広場を「みなとの森公園」と名付けた。",
        "町はこの広場を「みなとの森公園」と名づけた。",
        "彼は自らを「港町の守り神」と称している。",
        "市は「港の未来を守る計画」として新しい予算を発表した。",
        "市は「港の未来を守る計画」とともに予算を発表した。",
    ],
)
def test_a_name_or_title_before_the_particle_is_no_quote(text: str) -> None:
    assert find_quotes([text]) == []


@pytest.mark.parametrize("text", ["田中首相は「来年も続けたい」と述べた。", "田中氏は「港を守りたい」と話した。"])
def test_words_said_before_the_particle_stay_quotes(text: str) -> None:
    assert [q.text for q in find_quotes([text])] == [text.split("「")[1].split("」")[0]]
