"""A user theme file saved with a UTF-8 byte-order mark (Notepad writes one) loads, as a config
file with one does; a syntax error in such a file still names the file and its line.

The theme loader parsed the text with tomllib directly: the invisible mark before the first
key was "Invalid statement" at line 1, and the theme was skipped with an error the user could
not see the cause of in the file."""

from __future__ import annotations

from pathlib import Path

from newstui.ui import themes as T

ROOT = Path(__file__).resolve().parents[1]
DARK_TEXT = (ROOT / "themes" / "newstui-dark.toml").read_text(encoding="utf-8")


def _save_with_mark(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\ufeff".encode() + text.encode("utf-8"))


def test_a_theme_saved_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    _save_with_mark(user / "marked.toml", DARK_TEXT.replace('name = "newstui-dark"', 'name = "marked"'))
    themes, errors = T.load_themes(user)
    assert errors == []
    marked = {theme.name: theme for theme in themes}["marked"]
    assert marked.dark is True
    assert marked.source == str(user / "marked.toml")


def test_a_syntax_error_in_a_marked_theme_names_the_file_and_its_line(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    lines = DARK_TEXT.splitlines()
    wrong = next(n for n, line in enumerate(lines) if line.startswith("dark ="))
    lines[wrong] = "dark = = true"
    _save_with_mark(user / "typo.toml", "\n".join(lines) + "\n")
    _, errors = T.load_themes(user)
    assert len(errors) == 1
    assert errors[0].startswith(f"{user / 'typo.toml'}:{wrong + 1}: not valid TOML"), errors[0]
