"""Quote search reads only whole HTML references: a word after a bare "&" stays a word.

Schema 11 indexes a quote with its references read ("We&#39;re" → "We're"). Read by
`html.unescape`, which also takes the start of a word after a bare "&" for a legacy reference
without its ";" ("Arts&centre" → "Arts¢re", "notes&times" → "notes×"): the word "centre"
was then in no index, and typing it found nothing, where the quote was found before
schema 11. A reference is read only with its ";" now. Real SQLite file. Invented quotes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newstui.extract import find_quotes
from newstui.model import Article, ParsedItem, Section
from newstui.store import Store
from newstui.whosaid import index as qi


@pytest.mark.parametrize(
    ("paragraph", "typed"),
    [
        ("“We will open the Arts&centre again in May, once the roof is mended,” Orlo said.", "centre"),
        ("“Bring your field&notes to the hall on Friday, we will read them together,” Orlo said.", "notes"),
        ("“It&#39;s the last ferry of the season and it leaves at nine,” Orlo said.", "it's the last"),
    ],
)
def test_a_word_after_a_bare_ampersand_is_found(tmp_path: Path, paragraph: str, typed: str) -> None:
    with Store.open(tmp_path / "news.db") as store:
        store.upsert_items("http://hall.test/feed.xml", [ParsedItem("Hall", "http://hall.test/a", guid="hall")])
        [item] = store.items()
        quotes = find_quotes([paragraph])
        assert quotes
        store.save_article(item.id, Article("Hall", sections=[Section(None, [paragraph])], quotes=quotes), 1)
        assert len(qi.quotes(store, search=typed)) == 1
