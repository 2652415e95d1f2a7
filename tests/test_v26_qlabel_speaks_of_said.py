"""First-person words that name the carried speaker as somebody who said something are
somebody else's (found on real news, labelled by hand: /work/devsets/quotes_real). A story
quotes Roe, reports what Dee said, then quotes on with no attribution: "“It was a shock
for me when Dee said so on television.”" The words answer Dee ("Dee said", "Dee told" in
the third person, as "Dee has" and "Dee was" already were), so they are not Dee's; they go
back to the one quoted last, unless the quote names that one too."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(paragraphs)]


def test_a_quote_naming_the_carried_speaker_saying_goes_back_to_the_last_one_quoted() -> None:
    assert _said(
        [
            "“The deal was signed in good faith,” said Anton Reiss, the former lobbyist.",
            "This contradicts statements by Governor Clara Voss, who said Reiss never raised the matter with her.",
            "“It was a shock for me when Governor Voss said on television that I never spoke to her.”",
        ]
    ) == [
        ("The deal was signed in good faith", "Anton Reiss"),
        ("It was a shock for me when Governor Voss said on television that I never spoke to her.", "Anton Reiss"),
    ]


def test_a_quote_naming_both_is_nobodys_named() -> None:
    said = _said(
        [
            "“The deal was signed in good faith,” said Anton Reiss, the former lobbyist.",
            "This contradicts statements by Governor Clara Voss, who said Reiss never raised the matter with her.",
            "“I was there when Reiss told the room, and I heard Voss said nothing.”",
        ]
    )
    assert said[-1] == ("I was there when Reiss told the room, and I heard Voss said nothing.", None)


def test_a_quote_about_somebody_else_still_goes_on_with_its_speaker() -> None:
    assert _said(
        [
            "Governor Clara Voss defended the budget on Tuesday.",
            "“We kept every promise,” Voss said.",
            "“When Reiss said we would fail, I knew we had to prove him wrong.”",
        ]
    )[-1] == ("When Reiss said we would fail, I knew we had to prove him wrong.", "Clara Voss")
