from pathlib import Path

from newstui.config import paths


def test_paths_follow_xdg_variables(isolated_dirs: Path) -> None:
    assert paths.config_file() == isolated_dirs / "config" / "newstui" / "config.toml"
    assert paths.database_file() == isolated_dirs / "data" / "newstui" / "newstui.db"
    assert paths.cache_dir() == isolated_dirs / "cache" / "newstui"
    assert paths.user_themes_dir() == isolated_dirs / "config" / "newstui" / "themes"


def test_paths_create_nothing(isolated_dirs: Path) -> None:
    paths.config_file()
    paths.database_file()
    assert not (isolated_dirs / "config" / "newstui").exists()
    assert not (isolated_dirs / "data" / "newstui").exists()
