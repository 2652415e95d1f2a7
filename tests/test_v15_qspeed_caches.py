"""The quote finder's speed-ups keep its answers: each cache or shortcut gives what the
plain computation gives, and follows the data it was taken from when that changes."""

from __future__ import annotations

from newstui.extract.names import Entity, Registry
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.reading import ArticleReading
from newstui.extract.quotes.resolver import Resolver
from newstui.extract.quotes.spans import find_spans


def test_entity_tokens_follow_a_new_name() -> None:
    entity = Entity(name="Okonkwo", kind="unknown")
    assert entity.tokens == ["Okonkwo"]
    entity.name = "Adaeze Okonkwo"
    assert entity.tokens == ["Adaeze", "Okonkwo"]
    entity.name = "Lady Okonkwo"
    assert entity.tokens == ["Lady", "Okonkwo"]


def test_bare_surname_upgraded_by_the_registry_has_the_full_words() -> None:
    registry = Registry()
    bare = registry.add(["Vasquez"], "unknown")
    assert bare.tokens == ["Vasquez"]
    full = registry.add(["Marisol", "Vasquez"], "person")
    assert full is bare
    assert full.tokens == ["Marisol", "Vasquez"]
    assert registry.lookup("Marisol Vasquez") is bare


def test_entities_compare_by_their_fields_not_the_cache() -> None:
    read = Entity(name="Tamsin Ferris", kind="person")
    _ = read.tokens
    assert read == Entity(name="Tamsin Ferris", kind="person")
    assert "_split" not in repr(read)


def test_repeated_words_of_a_longer_span_are_marked() -> None:
    paragraphs = [
        "The mayor said: “We will rebuild the pier before the summer crowds return.”",
        "Nobody doubted the promise to “rebuild the pier before the summer” at all.",
        "Her rival answered: “the summer crowds rebuild before the pier” instead.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [span.repeat for span in spans] == [False, True, False]


def test_short_repeats_never_count() -> None:
    paragraphs = [
        "The coach said: “We played the long game and it paid off in the end.”",
        "It was, he added, “the long game” that won it.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [span.repeat for span in spans] == [False, False]


def test_apposition_at_the_paragraph_end_gives_a_role() -> None:
    paragraphs = ["“The nets came up empty,” said Ingrid Solberg, a fisherman"]
    _, masks = find_spans(paragraphs)
    reading = ArticleReading(paragraphs, masks, None)
    entity = reading.registry.lookup("Ingrid Solberg")
    assert entity is not None
    assert "fisherman" in entity.roles


def test_find_quotes_twice_gives_the_same_answer() -> None:
    paragraphs = [
        "Councillor Brennan Hale opened the meeting.",
        "“We will rebuild the pier before the summer,” Hale said.",
        "“Nobody will be left out,” he added.",
    ]
    first = find_quotes(paragraphs)
    assert [(q.text, q.speaker) for q in first] == [(q.text, q.speaker) for q in find_quotes(paragraphs)]
    assert [q.speaker for q in first] == ["Brennan Hale", "Brennan Hale"]


def test_clause_readings_asked_again_give_the_first_answer() -> None:
    paragraphs = [
        "When Okafor met the board, Lindqvist said the plan was sound.",
        "Citing Okafor and Lindqvist, she voted to go ahead.",
    ]
    _, masks = find_spans(paragraphs)
    res = Resolver(paragraphs, masks, None)
    okafor = paragraphs[0].index("Okafor")
    lindqvist = paragraphs[0].index("Lindqvist")
    cited = paragraphs[1].index("Lindqvist")
    for _ in range(2):  # the second round reads the cache
        assert res.subordinate(0, okafor) is True
        assert res.subordinate(0, lindqvist) is False
        assert res.participle_object(1, cited) is True
        assert res.participle_object(0, lindqvist) is False
    assert res.subordinate(0, okafor) == res._read_subordinate(0, okafor)
    assert res.participle_object(1, cited) == res._read_participle_object(1, cited)
