"""Review of version 20's headline rules: headlines they must not take apart or set aside.

Pages and titles written for these tests (no data set).
"""

from __future__ import annotations

import subprocess
import sys

from extract_helpers import headline_of

URL = "https://capewatch.example/stories/lighthouse.html"
STORY = (
    "<p>Two lighthouse keepers moved back into the station on the northern cape this week, the first"
    " people to live there since the light was automated forty years ago, the trust said.</p>"
    "<p>The keepers will guide visitors through the tower during the summer and look after the"
    " old fog signal, which the trust restored last winter with money from a local appeal.</p>"
)


def test_a_headline_ending_on_the_sites_place_name_keeps_it() -> None:
    # '_unglued_motto' serves a motto glued on with no space ('HeadlineMotto | Motto'); a local
    # site named after its place ends many headlines on that name, set off by a space as words are.
    # (Before: 'Lighthouse keepers return to the', the place cut off.)
    title = "Lighthouse keepers return to the Northern Cape"
    assert headline_of(f"<title>{title} | Northern Cape</title>", f"<div>{STORY}</div>", URL) == title


HEBREW_STORY = (
    "<p>גשם כבד ירד היום בתל אביב, בירושלים, בחיפה ובבאר שבע, והשירות המטאורולוגי הזהיר מפני הצפות"
    " בדרכים הראשיות של הערים.</p>"
    "<p>בעיריות אמרו כי צוותי חירום פרוסים בשכונות הנמוכות, וכי בתי הספר ייפתחו כרגיל מחר בבוקר אם"
    " הגשם ייחלש בלילה.</p>"
    "<p>החזאים צופים כי הגשם ימשיך עד סוף השבוע, וכי הטמפרטורות ירדו בכמה מעלות ביחס לממוצע של העונה.</p>"
)


def test_a_headline_in_a_script_without_capitals_listing_places_is_no_keyword_list() -> None:
    # 'is_keyword_list' reads a title with no capital as keywords: no headline is written without
    # one. A script with no capitals at all (Hebrew, Arabic) writes every headline so; a headline
    # listing four cities between commas is still the story's, not the masthead h1 over it.
    # (Before: the masthead 'עיתון הדרום והצפון היומי'.)
    title = "גשם כבד בתל אביב, ירושלים, חיפה, באר שבע ואילת"
    headline = headline_of(
        f"<title>{title}</title>", f"<h1>עיתון הדרום והצפון היומי</h1><div>{HEBREW_STORY}</div>", URL
    )
    assert headline == title


_TAIL_RUNNER = r"""
import time
from newstui.extract.headline import _shown_head
title = "Harbour news today" + " - harbour" * 40_000
start = time.process_time()
assert _shown_head(title, "Harbour news tonight") == title
assert _shown_head("Harbour news today (2026/4)", "Harbour news today") == "Harbour news today"
print(time.process_time() - start)
"""


def test_cutting_a_title_to_the_heading_shown_is_linear_in_its_separators() -> None:
    # A title of 40,000 ' - ' parts (hostile, or a keyword-stuffed page): each separator compared
    # the whole title before it again, quadratic (about 25 s for 20,000). A hang bound, in a child.
    done = subprocess.run([sys.executable, "-c", _TAIL_RUNNER], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout) < 5.0
