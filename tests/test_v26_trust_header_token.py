"""One definition of what an HTTP header's name may be (an RFC 9110 token): the config's
`headers` tables and the headers code hands the fetcher are checked by the same function,
so a name the config accepts is one the fetcher sends, and one it refuses is refused there
too. Version 25 wrote the token twice (a regex in `config.load`, a set in
`feeds.fetch.headers`): two lists to keep alike by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from httpserver import TestServer
from newstui.config import load_config
from newstui.errors import ConfigError
from newstui.feeds.fetch import Fetcher
from newstui.feeds.fetch import headers as fetch_headers


def _config_accepts(tmp_path: Path, name: str) -> bool:
    path = tmp_path / "config.toml"
    quoted = name.replace("\\", "\\\\").replace('"', '\\"')
    path.write_text(
        f'[[feeds]]\nurl = "https://harbour.example/feed"\nheaders = {{ "{quoted}" = "on" }}\n', encoding="utf-8"
    )
    try:
        load_config(path)
    except ConfigError as error:
        assert "not a valid HTTP header name" in str(error), str(error)
        return False
    return True


def test_the_config_checks_header_names_with_the_fetchers_own_definition(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The config asks `headers.is_header_name`: a change to the definition is one change."""
    monkeypatch.setattr(fetch_headers, "is_header_name", lambda name: name != "X-Harbour")
    assert not _config_accepts(tmp_path, "X-Harbour")
    assert _config_accepts(tmp_path, "X-Quay")


def test_config_and_fetcher_agree_on_every_character(tmp_path: Path) -> None:
    for code in [*range(0x21, 0x7F), 0xE9, 0x2010, 0x00A0]:
        name = f"X{chr(code)}Tide"
        accepted = _config_accepts(tmp_path, name)
        assert accepted == (fetch_headers.header_fault(name, "on") is None), repr(name)


async def test_a_name_the_config_accepts_reaches_the_server(http_server: TestServer, tmp_path: Path) -> None:
    url = http_server.add_route("/tide.xml", lambda _: (200, {"Content-Type": "text/plain"}, b"ok"))
    assert _config_accepts(tmp_path, "X~Tide!Table")
    async with Fetcher() as fetcher:
        await fetcher.fetch(url, headers=(("X~Tide!Table", "spring"),))
    (request,) = http_server.requests_for("/tide.xml")
    assert request.headers.get("x~tide!table") == "spring"
