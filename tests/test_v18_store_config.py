"""Config files next to other newstui processes and other users: a config another user owns
is named as such (chmod cannot help the user there), and an edit's clean-up of killed
edits' files never breaks a starter config another newstui is putting in place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cli_helpers import newstui
from newstui.errors import ConfigError
from newstui.model import FeedConfig

FEED = "https://feeds.example/news.xml"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_a_config_another_user_owns_names_the_owner_not_chmod(tmp_path: Path) -> None:
    """`sudo newstui add …` once, and the config belongs to root: `chmod u+w` cannot help the
    user, who is told whose it is. (Here root plays the user and uid 65534 the owner.)"""
    from newstui.config.edit import add_feed

    config = tmp_path / "config.toml"
    config.write_text(f'[[feeds]]\nurl = "{FEED}"\n', encoding="utf-8")
    config.chmod(0o444)
    os.chown(config, 65534, -1)
    with pytest.raises(ConfigError) as refused:
        add_feed(config, FeedConfig("https://other.example/feed.xml"))
    message = str(refused.value)
    assert "belongs to" in message and "not to you" in message and "chown" in message, message
    assert "chmod" not in message, message
    assert config.read_text(encoding="utf-8") == f'[[feeds]]\nurl = "{FEED}"\n'


def test_a_starter_config_whose_new_file_another_edit_removed_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two first runs at once: this one has written its starter file beside the config when
    another newstui writes its own starter config and edits it (`newstui add`), and that
    edit's clean-up removes this one's new file before it is linked into place. (Before:
    "cannot write the starter config: No such file or directory".)"""
    from newstui.config import starter

    config = tmp_path / "config.toml"
    real = starter.write_synced

    def then_another_newstui_adds_a_feed(path: Path, text: str) -> None:
        real(path, text)
        done = newstui("--config", str(config), "add", "--no-check", "https://other.example/feed.xml", cwd=tmp_path)
        assert done.returncode == 0, done.stderr

    monkeypatch.setattr(starter, "write_synced", then_another_newstui_adds_a_feed)
    assert starter.ensure_config(config) is False  # the other newstui wrote it
    assert "https://other.example/feed.xml" in config.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".config.toml.*"))
