"""`download_dir = ""` is its documented default ("unset: your Downloads folder"), so writing it
out is no error (it was refused as "must not be empty"); other strings still may not be empty."""

from __future__ import annotations

import pytest

from newstui.config.load import parse_config
from newstui.errors import ConfigError


def test_an_empty_download_dir_is_the_default() -> None:
    config = parse_config('[general]\ndownload_dir = ""\n', "config.toml")
    assert config.general.download_dir == ""


def test_an_empty_theme_is_still_refused() -> None:
    with pytest.raises(ConfigError, match="must not be empty"):
        parse_config('[general]\ntheme = ""\n', "config.toml")
