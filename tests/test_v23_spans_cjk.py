"""Chinese and Japanese quotes in corner brackets 「…」: words are not set apart by
spaces there, so a quote's length is read from its characters (two to a word), a full
stop, question or exclamation mark of the full-width kind (。？！) closes a sentence, and
the Japanese quoting particle と after the marks ('「…」と述べた') says the words were
spoken. A name in brackets inside a sentence is still a term."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _texts(paragraphs: list[str]) -> list[str]:
    return [q.text for q in find_quotes(paragraphs)]


def test_a_chinese_sentence_in_corner_brackets_is_a_quote() -> None:
    paragraphs = ["港务局局长周明在会上表示：「我们会在今年夏天之前把码头全部修好。」他没有回答其他问题。"]
    assert _texts(paragraphs) == ["我们会在今年夏天之前把码头全部修好。"]


def test_a_japanese_quote_before_the_quoting_particle_is_a_quote() -> None:
    paragraphs = ["港湾局の佐藤局長は「来年の春までに新しい桟橋を完成させたい」と述べた。"]
    assert _texts(paragraphs) == ["来年の春までに新しい桟橋を完成させたい"]


def test_a_japanese_exclamation_alone_in_its_paragraph_is_a_quote() -> None:
    paragraphs = ["「港は必ず戻ってくる！」", "漁師たちは拍手で応えた。"]
    assert _texts(paragraphs) == ["港は必ず戻ってくる！"]


def test_a_short_name_in_corner_brackets_stays_a_term() -> None:
    # 「海風」 names a boat; 「という」 after the marks names a thing ("a plan called …").
    paragraphs = [
        "漁船「海風」は昨日の朝に港を出た。",
        "市は「新港計画」という案を発表した。",
    ]
    assert _texts(paragraphs) == []
