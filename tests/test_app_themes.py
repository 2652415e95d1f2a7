"""Themes in the running app: a theme Textual refuses is never applied, saved, or a crash at
start; saving a choice never blocks the UI, even when the config file stays locked."""

from __future__ import annotations

import fcntl
import threading
import time
from pathlib import Path

import pytest

import newstui.ui.app as app_module
from newstui.config import load_config
from newstui.ui import themes as T
from newstui.ui.app import NewsApp
from ui_helpers import app_for, build_store, running, settle, write_config

SIZE = (120, 40)
ROOT = Path(__file__).resolve().parents[1]
DARK_TEXT = (ROOT / "themes" / "newstui-dark.toml").read_text(encoding="utf-8")
# Parses as a colour value ("auto" = contrasting text), but Textual refuses it for a background.
BAD_TEXT = DARK_TEXT.replace('"newstui-dark"', '"badbg"').replace(
    'block-cursor-background = "#2f4a63"', 'block-cursor-background = "auto 40%"'
)


@pytest.fixture
def user_themes(isolated_dirs: Path) -> Path:
    themes = isolated_dirs / "config" / "newstui" / "themes"
    themes.mkdir(parents=True)
    (themes / "badbg.toml").write_text(BAD_TEXT, encoding="utf-8")
    (themes / "goodbg.toml").write_text(DARK_TEXT.replace('"newstui-dark"', '"goodbg"'), encoding="utf-8")
    return themes


def messages(app: NewsApp) -> list[str]:
    return [n.message for n in app._notifications]


async def pick(pilot, name: str) -> float:  # type: ignore[no-untyped-def]
    """Pick a theme in the theme picker; returns when Enter was pressed (time.monotonic())."""
    await pilot.press("t")
    await pilot.pause()
    await pilot.press(*name)
    await pilot.pause(0.3)
    chosen = time.monotonic()
    await pilot.press("enter")
    return chosen


def test_the_bad_theme_loads_but_the_check_names_the_variable(user_themes: Path) -> None:
    themes, errors = T.load_themes(user_themes)
    assert errors == [] and "badbg" in [t.name for t in themes]  # each value alone is fine
    config = load_config(write_config(user_themes.parent / "config.toml"))
    app = NewsApp(config, user_themes.parent / "news.db")
    problem = app.theme_problem("badbg")
    assert problem is not None
    assert str(user_themes / "badbg.toml") in problem
    assert "block-cursor-background" in problem and "auto 40%" in problem and "background" in problem
    assert app.theme_problem("goodbg") is None


def test_every_bundled_theme_passes_the_check(tmp_path: Path) -> None:
    app = NewsApp(load_config(write_config(tmp_path / "config.toml")), tmp_path / "news.db")
    for theme in T.load_themes(None)[0]:
        assert T.theme_problem(app, theme) is None, theme.name


async def test_a_configured_theme_textual_refuses_starts_on_the_default(user_themes: Path, tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", theme="badbg")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    for _ in range(2):  # and again: no crash loop
        app = app_for(config_path, db)
        async with running(app, SIZE):
            assert app.theme == T.DEFAULT_THEME
            assert any(
                "badbg.toml" in m and "block-cursor-background" in m and "newstui-dark" in m for m in messages(app)
            )
        assert app.return_code in (0, None)
    assert load_config(config_path).general.theme == "badbg"  # the user's file is left alone


async def test_picking_a_theme_textual_refuses_keeps_the_old_one_unsaved(user_themes: Path, tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", theme="goodbg")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with running(app, SIZE) as pilot:
        assert app.theme == "goodbg"
        await pick(pilot, "badbg")
        await settle(pilot)
        assert app.theme == "goodbg"
        assert any("badbg" in m and "block-cursor-background" in m for m in messages(app))
        assert not any("saved" in m for m in messages(app))
        assert load_config(config_path).general.theme == "goodbg"
        # The app still works and a good pick is still saved.
        await pick(pilot, "newstui-paper")
        await settle(pilot)
        assert app.theme == "newstui-paper"
    assert load_config(config_path).general.theme == "newstui-paper"


def test_deeply_nested_theme_file_is_named_not_a_recursion_error(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    user.mkdir()
    (user / "deep.toml").write_text("name = " + "[" * 100_000, encoding="utf-8")
    (user / "deeptable.toml").write_text("x = " + "{a = " * 100_000, encoding="utf-8")
    themes, errors = T.load_themes(user)
    assert len(errors) == 2
    assert all("nested too deeply" in e for e in errors)
    assert errors[0].startswith(str(user / "deep.toml")) and errors[1].startswith(str(user / "deeptable.toml"))
    assert T.DEFAULT_THEME in [t.name for t in themes]


async def test_theme_save_never_blocks_the_ui_on_a_locked_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(app_module, "SAVE_THEME_SECONDS", 0.5)
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    # Another program holds the config file's lock (as `newstui add` does while it edits).
    holder = open(config_path, "rb")  # noqa: SIM115 - closed below
    fcntl.flock(holder.fileno(), fcntl.LOCK_EX)
    # Released 8 s after the pick whatever happens, so a UI blocked on the lock (the old code) gets
    # out; the bounds below sit well under 8 s, so a loaded machine's slow frames never fail them.
    release = threading.Timer(8, holder.close)
    try:
        app = app_for(config_path, db)
        async with running(app, SIZE) as pilot:
            await pilot.press("t")
            await pilot.pause()
            await pilot.press(*"newstui-paper")
            await pilot.pause(0.3)
            release.start()
            started = time.monotonic()
            await pilot.press("enter")
            await pilot.pause(0.2)
            assert time.monotonic() - started < 6, "the UI waited for the config file's lock"
            assert app.theme == "newstui-paper"
            for _ in range(60):  # the worker gives up waiting after SAVE_THEME_SECONDS
                await pilot.pause(0.1)
                if any("not saved" in m for m in messages(app)):
                    break
            assert time.monotonic() - started < 7, messages(app)
            assert any("not saved" in m and "locked" in m for m in messages(app))
            assert load_config(config_path).general.theme == "newstui-dark"
            # Once the lock is released the save goes through, and the user is told.
            release.cancel()
            holder.close()
            for _ in range(50):
                await pilot.pause(0.1)
                if any(m.startswith("Theme newstui-paper saved") for m in messages(app)):
                    break
            assert load_config(config_path).general.theme == "newstui-paper"
            assert any(m.startswith("Theme newstui-paper saved") for m in messages(app))
    finally:
        release.cancel()
        holder.close()
