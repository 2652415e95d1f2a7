"""Library errors a hostile server or page can still raise, told as one clean line.

The fetcher and the extractor turn what they expect into `NewstuiError`s. What
slips past them (a redirect to a `javascript:` URL that httpx refuses, a port
out of range, a charset Python knows but cannot decode text with, a page nested
deeper than the parser's recursion limit) is caught by the commands that take a
URL from the user, with this narrow list of types; anything else is a bug and
keeps its traceback.
"""

from __future__ import annotations

from newstui.text import one_line


def input_errors() -> tuple[type[Exception], ...]:
    """The exception types `newstui add` and `newstui extract` report for a URL or page.

    Called in an `except` clause, so httpx is imported only when something failed.
    """
    import httpx

    return (httpx.InvalidURL, UnicodeError, LookupError, RecursionError, OverflowError, ValueError)


def is_bug(error: BaseException) -> bool:
    """A KeyError or IndexError is a LookupError too, but a bug in newstui: re-raise it."""
    return isinstance(error, (KeyError, IndexError))


def describe(error: BaseException) -> str:
    """What went wrong, on one control-free line."""
    if isinstance(error, RecursionError):
        return "the page is nested too deeply to read"
    text = one_line(str(error))
    if type(error).__name__ == "InvalidURL":  # httpx's, e.g. for a redirect to javascript:
        return f"invalid URL ({text})"
    if isinstance(error, LookupError):  # codecs: a charset that is not a text encoding
        return f"unusable character encoding ({text})"
    return text or type(error).__name__
