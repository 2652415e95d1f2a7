"""Review of the v20 quote-span rules: bounded cost on hostile paragraphs, and the
look-ahead for an attributed quote leaving the scan under way as it was."""

from __future__ import annotations

import json
import subprocess
import sys

from newstui.extract.quotes.spans import find_spans

# A hang bound, measured as the child's CPU time: the paragraphs below take milliseconds.
MAX_SECONDS = 10.0

_RUNNER = r"""
import json, sys, time
from newstui.extract.quotes import find_quotes
PARAGRAPHS = {
    "24 sentences opening a quote, none closed": " ".join(f"“Step {k} is next." for k in range(24)),
    "60 unclosed quotes cut by attributions": " ".join(f"“Step {k} is next, she said." for k in range(60)),
}
results = {}
for name, paragraph in PARAGRAPHS.items():
    start = time.process_time()
    find_quotes(["A plain opening paragraph of the story.", paragraph])
    results[name] = time.process_time() - start
print(json.dumps(results))
"""


def test_open_quotes_in_one_paragraph_cost_no_more_than_a_scan_each() -> None:
    """Each look-ahead for an attributed quote ran the scanner, which looked ahead again:
    a paragraph of n sentences opening a quote cost about 3ⁿ scans (24: hours)."""
    try:
        done = subprocess.run([sys.executable, "-c", _RUNNER], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        raise AssertionError("the quote finder hung on a paragraph of open quotes") from None
    assert done.returncode == 0, done.stderr[-3000:]
    for name, seconds in json.loads(done.stdout).items():
        assert seconds < MAX_SECONDS, (name, seconds)


def test_a_look_ahead_leaves_the_open_quote_family_alone() -> None:
    """A « quote holding a “…” quote with its attribution goes on in the next paragraph
    that reopens with «: the look-ahead's own scan once took the “ family for the open
    quote's, and the « paragraph read as a new quote."""
    paragraphs = [
        "«We left at dawn. “Go,” Jo said, and we ran as fast as we could through the dark woods "
        "toward the river and the waiting boats.",
        "«The boats were gone when we got there,» she said.",
    ]
    spans, _ = find_spans(paragraphs)
    assert [(span.para, span.close_para) for span in spans] == [(0, 1)]
    assert spans[0].parts[1] == "The boats were gone when we got there,"
