"""The flow's leftovers: the arrows in the quote sidebar, U after m, a browser failure said
once, and hosts written in punycode (`xn--…`) shown as people read them."""

from __future__ import annotations

from textual.widgets import OptionList

from newstui.ui.hosts import readable_url
from ui_helpers import Seeded, make_app, open_guid, press, row_with_guid, running


async def test_left_in_the_quotes_steps_back_as_q(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (120, 40)) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")
        assert screen.open_item is not None
        screen.quote_sidebar.focus()
        await press(pilot, "left")
        assert screen.open_item is None  # it did nothing
        assert app.focused is screen.item_list


async def test_right_on_a_quote_shows_it_in_the_article(seeded: Seeded) -> None:
    app = make_app(seeded)
    async with running(app, (50, 20)) as pilot:
        screen = app.main_screen
        await open_guid(app, pilot, "world-0")
        await press(pilot, "s")  # under 60 columns the quotes take the screen
        assert app.focused is screen.quote_sidebar
        await press(pilot, "right")
        assert app.focused is screen.article_view  # as Enter on a quote
        assert screen.open_item is not None


async def test_u_after_m_takes_the_m_back(seeded: Seeded) -> None:
    app = make_app(seeded, mark_read_on_open=False)
    async with running(app, (120, 40)) as pilot:
        screen = app.main_screen
        items = screen.item_list
        items.select_row(row_with_guid(items, "world-1"))
        await press(pilot, "m")
        item = items.current_item
        assert item is not None and item.read
        await press(pilot, "U")
        item = items.current_item
        assert item is not None and not item.read  # "Nothing to undo." before
        assert "Undone" in screen.status.notice
        await press(pilot, "U")
        assert screen.status.notice == "Nothing to undo."


async def test_a_browser_failure_is_said_once(seeded: Seeded, tmp_path) -> None:  # type: ignore[no-untyped-def]
    app = make_app(seeded, browser=(str(tmp_path / "no-such-browser"), "%u"))
    async with running(app, (120, 40)) as pilot:
        await press(pilot, "o")
        assert app.main_screen.status.notice.startswith("Could not open the link: ")
        assert not [n for n in app._notifications if "Could not open" in n.message]  # no toast saying it again


def test_a_punycode_host_reads_in_its_script_unless_it_mixes_scripts() -> None:
    assert readable_url("https://xn--bcher-kva.example/feed") == "https://bücher.example/feed"
    assert readable_url("https://u:secret@XN--E1AFMKFD.xn--p1ai/rss") == "https://u:***@пример.рф/rss"
    # A Cyrillic "а" among Latin letters passes for apple.test: kept in punycode, as browsers do.
    assert readable_url("https://xn--pple-43d.test/") == "https://xn--pple-43d.test/"
    assert readable_url("https://xn--zz.test/x\x1b[2J") == "https://xn--zz.test/x"  # not punycode; no control sequence


async def test_a_feed_without_a_title_is_listed_by_its_readable_host(seeded: Seeded) -> None:
    with seeded.config_path.open("a", encoding="utf-8") as config:
        config.write('\n[[feeds]]\nurl = "http://xn--bcher-kva.test/feed.xml"\n')
    app = make_app(seeded)
    async with running(app, (120, 40)) as pilot:
        screen = app.main_screen
        labels = [str(option.prompt) for option in screen.feed_list._options]
        assert any("bücher.test" in label for label in labels)
        assert not any("xn--" in label for label in labels)
        screen.feed_list.focus()
        feed_list: OptionList = screen.feed_list
        feed_list.highlighted = next(i for i, label in enumerate(labels) if "bücher.test" in label)
        await press(pilot, "o")  # the feed gives no web page: said with its readable address
        assert "http://bücher.test/feed.xml" in screen.status.notice
