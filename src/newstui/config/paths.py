"""Where newstui keeps its files. Pure: computes paths, creates nothing.

platformdirs honours XDG_CONFIG_HOME / XDG_DATA_HOME / XDG_CACHE_HOME on Linux.
The database lives in the *data* dir, not the cache dir: it holds bookmarks.
"""

from __future__ import annotations

from pathlib import Path

APP_NAME = "newstui"


def config_dir() -> Path:
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False)


def config_file() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def database_file() -> Path:
    return data_dir() / "newstui.db"


def cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False)
