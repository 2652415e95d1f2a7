"""A config saved with a UTF-8 byte-order mark (Notepad) is read as the text after it. The
line of a `[keys]` entry the app refuses (an unknown binding id, a clash) is looked up in the
file again: read with its mark, a `[keys]` header on the first line was no header, the entry
was found as a key of no table, and the error had no line to name. Real config files."""

from __future__ import annotations

from pathlib import Path

from newstui.config import key_id_problems, load_config

TEXT = '[keys]\nqiut = "ctrl+q"\n\n[[feeds]]\nurl = "https://a.example/feed.xml"\n'


def _unknown_binding_line(path: Path) -> int | None:
    (problem,) = key_id_problems(load_config(path), ["quit", "refresh"])
    return problem.line


def test_an_unknown_key_binding_names_its_line_in_a_config_with_a_byte_order_mark(tmp_path: Path) -> None:
    plain = tmp_path / "plain.toml"
    plain.write_text(TEXT, encoding="utf-8")
    marked = tmp_path / "marked.toml"
    marked.write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert _unknown_binding_line(plain) == 2
    assert _unknown_binding_line(marked) == 2
