"""Version 23: a name right after a quote, then a long apposition (two roles joined by
"and", each with a body's full name) and the speech verb, names the speaker. The
apposition was read up to 120 characters; one of 140 or more fell through, and the quote
went on with an earlier speaker. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes

EARLIER = "“The ferry must run all winter,” said Tom Reed, who skippers the night boat."


def test_a_name_then_two_joined_roles_then_the_verb() -> None:
    text = (
        "“The levy keeps the harbour budget in balance for a decade,” Leonie Amsel, director of the "
        "Northfield Harbour Policy Centre and a lecturer at the Eastern School of Maritime Economics and "
        "Public Affairs, said of the plan."
    )
    assert [q.speaker for q in find_quotes([EARLIER, text])] == ["Tom Reed", "Leonie Amsel"]


def test_a_clause_after_the_name_still_names_nobody() -> None:
    """A semicolon between the name and the verb ends the apposition, however short."""
    text = "“The levy keeps the harbour budget in balance,” Leonie Amsel; her deputy said nothing."
    assert "Leonie Amsel" not in [q.speaker for q in find_quotes([EARLIER, text])]
