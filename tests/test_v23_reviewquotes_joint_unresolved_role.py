"""Review of v23's names joined before a role ("“…,” Ann Toll and the mayor said"): when
the role refers to nobody the article named ("the harbour master", "her husband"), the
named people still speak, as they did before v23 and as `_role_joined_before` says for
the other order; the quote lost its speaker. Invented text."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes

INTRO = "Mayor Dana Prell met the harbour board on Monday. Ann Toll chairs the board."


@pytest.mark.parametrize("role", ["the harbour master", "her husband", "the mayor’s spokesman"])
def test_a_name_joined_to_a_role_of_nobody_named_still_speaks(role: str) -> None:
    text = f"“We will rebuild the pier before the winter storms,” Ann Toll and {role} said."
    assert find_quotes([INTRO, text])[0].speaker == "Ann Toll"


def test_a_role_the_article_named_speaks_with_the_name() -> None:
    text = "“We will rebuild the pier before the winter storms,” Ann Toll and the mayor said."
    assert find_quotes([INTRO, text])[0].speaker == "Ann Toll and Dana Prell"
