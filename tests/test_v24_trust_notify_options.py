"""A hostile feed's item title never becomes an option of the user's notify command.

`notify_command` runs without a shell, but an argument that is only `%t` takes the first new
title as it is: a title such as "--file=/home/me/.ssh/id_ed25519" was read as an option by the
command (a notification tool that attaches a file, a mailer that reads a header file). An
argument the substitution made start with "-" (the template did not) now starts with a space.
A real refresh from a loopback server; the command is a real process that records its
arguments. Invented feed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cli_helpers import newstui_on
from httpserver import TestServer
from newstui.feeds.notify import notify_arguments
from newstui.model import Item

RSS = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>Allotments</title>'
    b"<item><title>--output=/tmp/allotment-owned</title><guid>plot-1</guid></item>"
    b"<item><title>-v</title><guid>plot-2</guid></item></channel></rss>"
)

RECORDER = "import json, sys; open(sys.argv[1], 'w').write(json.dumps(sys.argv[2:]))"


def test_a_title_starting_with_a_dash_is_no_option(tmp_path: Path, http_server: TestServer) -> None:
    url = http_server.add_route("/plots.xml", (200, {"Content-Type": "application/rss+xml"}, RSS))
    said = tmp_path / "argv.json"
    command = [sys.executable, "-c", RECORDER, str(said), "%t", "%n", "-u", "low"]
    config = tmp_path / "config.toml"
    config.write_text(
        f'[general]\nnotify_command = {json.dumps(command)}\n\n[[feeds]]\nurl = "{url}"\n', encoding="utf-8"
    )
    done = newstui_on(config, tmp_path / "news.db", "refresh")
    assert done.returncode == 0, done.stderr
    titles, count, *rest = json.loads(said.read_text(encoding="utf-8"))
    assert not titles.startswith("-"), titles
    assert titles.strip().split("\n")[0].lstrip() in ("--output=/tmp/allotment-owned", "-v")  # still shown
    assert count == "2" and rest == ["-u", "low"]  # the user's own options stay as written


def test_only_what_the_substitution_put_first_is_guarded() -> None:
    items = [Item(id=1, feed_id=1, feed_url="u", feed_title="F", title="-5 degrees on the plots tonight")]
    assert notify_arguments(["%t", "New: %t", "--title=%t", "%n"], items) == [
        " -5 degrees on the plots tonight",
        "New: -5 degrees on the plots tonight",
        "--title=-5 degrees on the plots tonight",
        "1",
    ]
