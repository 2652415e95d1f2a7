"""`newstui` with no command: config problems are reported before the app starts."""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.__main__ import main
from newstui.config import load_config
from newstui.ui.app import NewsApp
from ui_helpers import app_for, build_store, write_config


def test_unknown_key_id_stops_the_launch_with_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_path = write_config(tmp_path / "config.toml", keys={"items.bookmrk": "x"})
    assert main(["--config", str(config_path), "--db", str(tmp_path / "news.db")]) == 2
    err = capsys.readouterr().err
    assert str(config_path) in err
    assert 'keys."items.bookmrk"' in err and "did you mean 'items.bookmark'" in err  # names the key, suggests the id


def test_refresh_on_start_follows_refresh_minutes(tmp_path: Path) -> None:
    off = load_config(write_config(tmp_path / "off.toml", refresh_minutes=0))
    on = load_config(write_config(tmp_path / "on.toml", refresh_minutes=15))
    assert NewsApp(off, tmp_path / "a.db").refresh_on_start is False
    assert NewsApp(on, tmp_path / "b.db").refresh_on_start is True
    assert NewsApp(off, tmp_path / "c.db", refresh_on_start=True).refresh_on_start is True


async def test_unknown_theme_falls_back_with_a_notice(tmp_path: Path) -> None:
    config_path = write_config(tmp_path / "config.toml", theme="newstui-drak")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.theme == "newstui-dark"
        messages = [n.message for n in app._notifications]
        assert any("newstui-drak" in m and "newstui-dark" in m for m in messages)
    assert load_config(config_path).general.theme == "newstui-drak"  # the fallback is not written back


async def test_broken_user_theme_is_named(tmp_path: Path, isolated_dirs: Path) -> None:
    themes = isolated_dirs / "config" / "newstui" / "themes"
    themes.mkdir(parents=True)
    (themes / "mine.toml").write_text('name = "mine"\nprimary = "not a colour"\n', encoding="utf-8")
    config_path = write_config(tmp_path / "config.toml", theme="mine")
    db = tmp_path / "news.db"
    build_store(db, load_config(config_path))
    app = app_for(config_path, db)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "newstui-dark"
        messages = [n.message for n in app._notifications]
        assert any("mine.toml" in m for m in messages)


async def test_no_feeds_says_where_to_add_them(tmp_path: Path) -> None:
    config_path = tmp_path / "config.toml"
    config_path.write_text("[general]\nrefresh_minutes = 0\n", encoding="utf-8")
    app = app_for(config_path, tmp_path / "news.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        from newstui.ui.widgets.item_list import ItemList

        items = app.screen.query_one(ItemList)
        lines = [items.render_line(y).text for y in range(1, 8)]
        shown = " ".join(line.strip() for line in lines if line.strip())
        assert "newstui add URL" in shown
        # The path may break over lines where it has no space: join those pieces back.
        assert str(config_path) in shown.replace(" ", "")
        # Every line of the hint keeps the indent.
        assert all(line.startswith("  ") for line in lines)


def test_corrupted_database_is_named_before_the_app_starts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config_path = write_config(tmp_path / "config.toml")
    db = tmp_path / "news.db"
    db.write_bytes(b"this is not a database, it is a shopping list\n" * 100)
    assert main(["--config", str(config_path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert str(db) in err
    assert db.read_bytes().startswith(b"this is not a database")  # never overwritten
