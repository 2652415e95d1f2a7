"""An ordinary SQL error whose words say "malformed" (malformed JSON in a stored value) is no
damage to the file: only SQLite's own corruption codes, or their words when it gives no code."""

from __future__ import annotations

import sqlite3

import pytest

from newstui.store.damage import is_damage


def _error_of(sql: str) -> sqlite3.Error:
    conn = sqlite3.connect(":memory:")
    try:
        with pytest.raises(sqlite3.Error) as caught:
            conn.execute(sql).fetchall()
    finally:
        conn.close()
    return caught.value


def test_malformed_json_is_no_damage() -> None:
    error = _error_of("SELECT json('{not json')")
    assert "malformed" in str(error)
    assert not is_damage(error)


def test_corruption_words_without_a_code_are_damage() -> None:
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
