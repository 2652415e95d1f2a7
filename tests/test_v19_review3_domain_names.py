"""Review of version 19's bare-domain cut: a product named with a dot ('Node.js', 'ASP.NET') is no site's domain.

A title's outer part that is a domain ('capenews.example.au', 'Booking.com') names a site and is
cut; a software name written like one, with a file extension or an upper-case ending, is the
story's subject and stays. Pages written for these tests (no data set), read with no address.
"""

from __future__ import annotations

import pytest

from extract_helpers import head_body_page
from newstui.extract import extract_article

STORY = (
    "<p>The new release of the runtime ships a test runner of its own, the maintainers said, so"
    " projects no longer need a separate package to run their tests.</p><p>The runner reads the"
    " same files as before and prints a summary at the end, which the maintainers hope will make"
    " the switch painless.</p>"
)


def _headline(title: str) -> str:
    page = head_body_page(f"<title>{title}</title>", f"<div class='col'>{STORY}</div>")
    return extract_article(page.encode()).headline


@pytest.mark.parametrize("name", ["Node.js", "Vue.js", "ASP.NET"])
def test_a_dotted_product_name_before_a_dash_stays(name: str) -> None:
    title = f"{name} - A test runner of its own lands in the new release"
    # (Before: the name was cut as a site's domain.)
    assert _headline(title) == title


@pytest.mark.parametrize("domain", ["devnews.example", "Booking.com"])
def test_a_domain_before_a_dash_is_still_cut(domain: str) -> None:
    title = f"{domain} - A test runner of its own lands in the new release"
    assert _headline(title) == "A test runner of its own lands in the new release"
