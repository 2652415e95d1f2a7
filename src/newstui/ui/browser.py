"""Which web browser opens a link, and whether it takes over the terminal.

`webbrowser` picks a browser from `$BROWSER` and what is installed. A graphical
browser starts in the background; a terminal one (lynx, w3m, elinks, or any
`$BROWSER` command webbrowser does not know) runs in the foreground and needs the
terminal, so the app suspends itself while it runs, as newsboat does.
"""

from __future__ import annotations

import webbrowser

from newstui.text import clean_url

NO_BROWSER = "no web browser found (set the BROWSER environment variable)"


def find_browser() -> webbrowser.BaseBrowser | None:
    """The browser `webbrowser` would use, or None when there is none.

    Can take a moment (it looks through PATH and may ask xdg-settings): call from a worker.
    """
    try:
        return webbrowser.get()
    except webbrowser.Error:
        return None


def runs_in_terminal(browser: webbrowser.BaseBrowser) -> bool:
    """True when the browser draws in this terminal and waits until it is closed."""
    if isinstance(browser, webbrowser.BackgroundBrowser):
        return False
    if isinstance(browser, webbrowser.GenericBrowser):
        return True  # a command webbrowser waits for: lynx, w3m, a $BROWSER script
    if isinstance(browser, webbrowser.UnixBrowser):
        return not browser.background and not browser.redirect_stdout  # elinks
    return False


def open_in_browser(browser: webbrowser.BaseBrowser, url: str, *, wait: float = 3.0) -> bool:
    """Open the URL; True when the browser took it. Blocks (a terminal browser until it is closed).

    A background (graphical) launcher such as xdg-open is started here rather than by
    `webbrowser`, which calls one that has already exited a failure even when it
    worked, and lets its chatter to stdout and stderr into the app's screen.

    `url` must be the string `text.clean_url` returned, the one the user was shown:
    anything else (controls, bidi characters, another scheme, surrounding spaces)
    raises ValueError and no browser is started.
    """
    if clean_url(url) != url:
        raise ValueError("not opened: not a plain http(s) URL")
    if not isinstance(browser, webbrowser.BackgroundBrowser):
        return bool(browser.open(url))
    import subprocess

    command = [browser.name] + [arg.replace("%s", url) for arg in browser.args]
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,
        )
    except OSError:
        return False
    try:
        return process.wait(timeout=wait) == 0
    except subprocess.TimeoutExpired:
        return True  # still running: the browser itself, started in the background
