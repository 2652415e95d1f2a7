"""A quote mark's HTML reference standing as a word of its own (white space before it,
no word after it) is the code itself, named in a text about HTML ('a quote mark is
written &quot; or &#34;.'), not a twice-escaped mark: it opens no quote that would run
over the paragraph's real one."""

from __future__ import annotations

import pytest

from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.spans import read_marks


@pytest.mark.parametrize(
    "prose",
    [
        "In a web page a quote mark may be written &quot; or &#34;.",
        "The bug showed every quote mark on the site as &quot;, and readers wrote in.",
        "Its editor turned each apostrophe into &#39; and each dash into a box.",
    ],
)
def test_a_reference_named_in_prose_opens_no_quote(prose: str) -> None:
    paragraph = prose + " “We fixed it within the hour,” Tessa Lund said."
    assert [(q.text, q.speaker) for q in find_quotes([paragraph])] == [("We fixed it within the hour", "Tessa Lund")]


def test_twice_escaped_marks_at_words_are_still_read() -> None:
    assert read_marks("Lund said, &quot;We go,&quot; and &#8220;&#39;Tis done.&#8221;") == (
        'Lund said, "We go," and “\'Tis done.”'
    )
