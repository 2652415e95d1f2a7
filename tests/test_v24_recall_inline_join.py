"""Version 24 (recall): a possessive or a contraction after a link ending in a full stop and an
apostrophe stays on its word.

'<a>U.S.’</a>s' is the possessive 'U.S.’s', as a reader sees it: the apostrophe after an
abbreviation's full stop is no closing quote, so no space goes before the 's'. A closing quote
after a sentence's stop still gets its space before the next word ('again,’</span><span>said').
(Pages written for the tests.)
"""

from __future__ import annotations

import pytest

from extract_helpers import dredging_paragraphs


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ('<a href="/tag/us">U.S.’</a>s', "the U.S.’s envoy"),
        ("<b>Harbour Co.’</b>s", "the Harbour Co.’s envoy"),
        ('<a href="/tag/uk">U.K.’</a>d', "the U.K.’d envoy"),
    ],
)
def test_a_possessive_after_an_abbreviation_link_stays_on_its_word(markup: str, expected: str) -> None:
    found = dredging_paragraphs(
        f"<p>Then the {markup} envoy said the dredgers could start in March if the weather held "
        "and the barges were free from the work on the northern locks.</p>"
    )
    assert any(expected in p for p in found), found


def test_a_word_after_a_closing_single_quote_is_still_spaced() -> None:
    found = dredging_paragraphs(
        "<p><span>‘We will dredge it in the spring.’</span><span>said the engineer, who has run "
        "the works on the lower channel for eleven years and knows every sandbank.</span></p>"
    )
    assert any("in the spring.’ said the engineer" in p for p in found), found
