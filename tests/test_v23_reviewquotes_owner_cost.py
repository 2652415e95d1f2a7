"""Review of v23's possessive owner of words (`_owner_of_words`): a sentence opening on a
person's words and listing thousands of quoted titles ("Prell’s statement listed “…”,
“…”, … before Lindqvist told the crowd, “…”") ran the rule's searches from the noun to
each title's mark: quadratic work, as v23 had just removed for the head patterns. The
test counts the characters the rule's patterns run over. Invented text."""

from __future__ import annotations

import pytest

from cost_helpers import CountingPattern
from newstui.extract.quotes import attribution, find_quotes


def _work(monkeypatch: pytest.MonkeyPatch, titles: int) -> int:
    counter = [0]
    with monkeypatch.context() as patched:
        for name in ("_THAT", "_ANOTHER_ACTS"):
            if hasattr(attribution, name):
                patched.setattr(attribution, name, CountingPattern(getattr(attribution, name), counter))
        listed = ", ".join(f"“Harbour Lights Number {k}”" for k in range(titles))
        paragraph = (
            f"Prell’s statement listed {listed} before Mara Lindqvist, its conductor, told the crowd, "
            "“We will sing again on the quay next spring for the whole town.”"
        )
        found = find_quotes(["Dana Prell sings in the quay choir.", paragraph])
    assert [q.speaker for q in found] == ["Mara Lindqvist"]
    return counter[0]


def test_the_owner_rule_reads_a_long_list_of_titles_in_linear_work(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _work(monkeypatch, 200), _work(monkeypatch, 400)
    assert large <= 2.5 * max(small, 1)
