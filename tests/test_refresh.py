"""The refresh pipeline: real config file, real SQLite store, real loopback server."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import feeds_config as write_config
from feed_builders import rss_document
from httpserver import Request, Response, TestServer, refused_url
from newstui.config import Config, load_config
from newstui.errors import ConfigError
from newstui.feeds.refresh import ProgressEvent, RefreshSummary, refresh_feeds
from newstui.model import ItemFilter
from newstui.store import Store

FAST = {"timeout": 5.0, "backoff": 0.01, "max_retry_wait": 1.0}


async def run(config: Config, store: Store, **kwargs: object) -> RefreshSummary:
    kwargs.setdefault("fetcher_options", FAST)
    kwargs.setdefault("workers", 0)
    return await refresh_feeds(config, store, **kwargs)  # type: ignore[arg-type]


async def test_refresh_stores_items_of_every_feed(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    urls = [http_server.url(f"feeds/{n}") for n in ("rss2.xml", "rss1.rdf", "atom.xml")]
    config = write_config(tmp_path / "config.toml", urls)
    summary = await run(config, store, workers=2)  # the real process pool
    assert summary.ok == 3 and summary.failed == []
    assert summary.new_items == 3 + 2 + 2
    assert summary.new_by_feed == {urls[0]: 3, urls[1]: 2, urls[2]: 2}
    titles = {i.title for i in store.items(limit=50)}
    assert {"Council approves new bridge & tunnel", "First RDF item", "Hello world"} <= titles
    feed = store.feed(urls[0])
    assert feed is not None and feed.title == "The Daily & Weekly" and feed.last_status == 200


async def test_second_refresh_is_all_304s_and_writes_no_items(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    urls = [http_server.url("feeds/rss2.xml"), http_server.url("feeds/atom.xml")]
    config = write_config(tmp_path / "config.toml", urls)
    await run(config, store)
    store.set_read([i.id for i in store.items()], True)
    summary = await run(config, store)
    assert summary.ok == 2 and summary.not_modified == 2 and summary.new_items == 0
    for url in urls:
        sent = http_server.requests_for(url.removeprefix(http_server.base))[-1]
        assert "if-none-match" in sent.headers  # the stored ETag went back
    assert store.count_items(ItemFilter("unread")) == 0  # nothing was rewritten


async def test_failures_are_reported_and_never_stop_the_others(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    http_server.add_route("/gone", (404, {}, b"no"))
    http_server.add_route("/broken", (500, {}, b"oops"))
    http_server.add_route("/slow", Response(body=b"<rss/>", delay=5))
    dead = refused_url()
    good = http_server.url("feeds/rss2.xml")
    page = http_server.url("feeds/page.html")
    urls = [http_server.url("gone"), http_server.url("broken"), http_server.url("slow"), dead, page, good]
    config = write_config(tmp_path / "config.toml", urls)
    # 2 s: the slow feed (5 s) still times out; 0.5 s timed out the 404 too on a loaded machine.
    summary = await run(config, store, fetcher_options={**FAST, "timeout": 2.0, "total_timeout": 2.0})
    assert summary.ok == 1
    errors = {f.url: f.error for f in summary.failed}
    assert set(errors) == set(urls) - {good}
    assert errors[http_server.url("gone")] == "HTTP 404 Not Found"
    assert errors[dead] == "connection refused"
    assert "web page" in errors[page]
    assert "took longer" in errors[http_server.url("slow")] or "timed out" in errors[http_server.url("slow")]
    assert summary.new_items == 3
    stored = store.feed(http_server.url("gone"))
    assert stored is not None and stored.last_status == 404 and stored.last_error == "HTTP 404 Not Found"


async def test_429_then_ok_within_the_budget(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    calls: list[Request] = []
    body = (Path(__file__).parent / "data" / "feeds" / "rss1.rdf").read_bytes()

    def busy_once(request: Request) -> Response:
        calls.append(request)
        return Response(429, {"Retry-After": "0"}, b"") if len(calls) == 1 else Response(200, {}, body)

    url = http_server.add_route("/busy", busy_once)
    summary = await run(write_config(tmp_path / "config.toml", [url]), store)
    assert summary.ok == 1 and summary.new_items == 2 and len(calls) == 2


async def test_permanent_redirect_moves_the_stored_feed(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    old = http_server.add_route("/old-feed", (301, {"Location": "/feeds/atom.xml"}, b""))
    new = http_server.url("feeds/atom.xml")
    config = write_config(tmp_path / "config.toml", [old])
    events: list[ProgressEvent] = []
    summary = await run(config, store, progress=events.append)
    assert summary.moved == [(old, new)]
    assert events[-1].moved_to == new
    feed = store.feed(new)
    assert feed is not None and feed.url == new and feed.total == 2
    # The next refresh asks the new URL directly (the config still names the old one).
    before = len(http_server.requests_for("/old-feed"))
    again = await run(config, store)
    assert again.moved == [] and again.ok == 1 and again.not_modified == 1
    assert len(http_server.requests_for("/old-feed")) == before


async def test_redirect_loop_fails_that_feed(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    http_server.add_route("/loop-a", (302, {"Location": "/loop-b"}, b""))
    http_server.add_route("/loop-b", (302, {"Location": "/loop-a"}, b""))
    config = write_config(tmp_path / "config.toml", [http_server.url("loop-a"), http_server.url("feeds/rss1.rdf")])
    summary = await run(config, store)
    assert summary.ok == 1
    assert summary.failed[0].error.startswith("redirect loop")


async def test_duplicate_guids_count_once(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    url = http_server.url("feeds/duplicates.xml")
    summary = await run(write_config(tmp_path / "config.toml", [url]), store)
    assert summary.new_items == 3
    assert store.count_items(ItemFilter("feed", url)) == 3


async def test_malformed_feed_keeps_items_and_records_the_error(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    url = http_server.url("feeds/malformed.xml")
    summary = await run(write_config(tmp_path / "config.toml", [url]), store, workers=2)
    assert summary.ok == 1 and summary.failed == []
    assert summary.warnings[0].url == url and "line 8" in summary.warnings[0].error
    assert store.count_items(ItemFilter("feed", url)) >= 2
    feed = store.feed(url)
    assert feed is not None and feed.last_error and "mismatched tag" in feed.last_error


async def test_gzip_and_brotli_feeds(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    import gzip

    import brotli

    body = (Path(__file__).parent / "data" / "feeds" / "rss2.xml").read_bytes()
    gz = http_server.add_route("/gz.xml", (200, {"Content-Encoding": "gzip"}, gzip.compress(body)))
    br = http_server.add_route("/br.xml", (200, {"Content-Encoding": "br"}, brotli.compress(body)))
    summary = await run(write_config(tmp_path / "config.toml", [gz, br]), store)
    assert summary.ok == 2 and summary.new_by_feed == {gz: 3, br: 3}


async def test_only_refreshes_the_named_feed(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    urls = [http_server.url("feeds/rss2.xml"), http_server.url("feeds/rss1.rdf")]
    config = write_config(tmp_path / "config.toml", urls)
    summary = await run(config, store, only=urls[1])
    assert summary.total == 1 and summary.new_by_feed == {urls[1]: 2}
    assert http_server.requests_for("/feeds/rss2.xml") == []
    with pytest.raises(ConfigError, match="no feed http://elsewhere.test/feed in the config"):
        await run(config, store, only="http://elsewhere.test/feed")


async def test_progress_counts_every_feed(http_server: TestServer, store: Store, tmp_path: Path) -> None:
    urls = [http_server.url(f"feeds/{n}") for n in ("rss2.xml", "rss1.rdf", "atom.xml")] + [refused_url()]
    events: list[ProgressEvent] = []
    await run(write_config(tmp_path / "config.toml", urls), store, progress=events.append)
    assert [e.done for e in events] == [1, 2, 3, 4]
    assert {e.total for e in events} == {4}
    assert {e.url for e in events} == set(urls)
    failed = [e for e in events if not e.ok]
    assert len(failed) == 1 and failed[0].error == "connection refused"


async def test_no_feeds_is_fine(store: Store, tmp_path: Path) -> None:
    summary = await run(write_config(tmp_path / "config.toml", []), store, workers=2)
    assert (summary.total, summary.ok, summary.new_items) == (0, 0, 0)


async def test_many_feeds_are_written_in_batches(
    http_server: TestServer, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newstui.feeds.refresh as refresh

    monkeypatch.setattr(refresh, "BATCH_FEEDS", 3)
    batches: list[int] = []
    apply = store.apply_updates

    def counting(updates):  # type: ignore[no-untyped-def]
        batches.append(len(updates))
        return apply(updates)

    monkeypatch.setattr(store, "apply_updates", counting)
    for i in range(10):
        http_server.add_route(f"/f{i}.xml", (200, {}, _one_item_feed(i)))
    urls = [http_server.url(f"f{i}.xml") for i in range(10)]
    summary = await run(write_config(tmp_path / "config.toml", urls), store, workers=2)
    assert summary.ok == 10 and summary.new_items == 10
    # Every transaction holds at most BATCH_FEEDS feeds, however fast the feeds came in.
    assert sum(batches) == 10 and max(batches) <= 3 and len(batches) == 4
    assert store.count_items() == 10


def _one_item_feed(i: int) -> bytes:
    return rss_document(
        f"<item><title>Item {i}</title><guid>g{i}</guid><link>https://f.example/{i}</link></item>",
        title=f"F{i}",
        declaration="",
    )


async def test_a_redirect_onto_another_subscribed_feed_is_an_error_never_a_merge(
    http_server: TestServer, store: Store, tmp_path: Path
) -> None:
    bank = http_server.url("feeds/atom.xml")
    (tmp_path / "config.toml").write_text(
        f'[[feeds]]\nurl = "{bank}"\ntitle = "My Bank News"\n\n[[feeds]]\nurl = "{http_server.url("spoof")}"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path / "config.toml")
    await run(config, store)
    before = store.feed(bank)
    assert before is not None and before.total == 2
    # Now the other feed moves, permanently, onto the bank's URL; another one lands there by a 302.
    spoof = http_server.add_route("/spoof", (301, {"Location": "/feeds/atom.xml"}, b""))
    hop = http_server.add_route("/hop", (302, {"Location": bank}, b""))
    (tmp_path / "config2.toml").write_text(
        (tmp_path / "config.toml").read_text(encoding="utf-8") + f'\n[[feeds]]\nurl = "{hop}"\n', encoding="utf-8"
    )
    config = load_config(tmp_path / "config2.toml")
    summary = await run(config, store)
    errors = {f.url: f.error for f in summary.failed}
    assert errors == {
        spoof: f"redirects to {bank}, which is another subscribed feed",
        hop: f"redirects to {bank}, which is another subscribed feed",
    }
    assert summary.moved == []
    after = store.feed(bank)
    assert after is not None and (after.id, after.title, after.total) == (before.id, "My Bank News", 2)
    spoofed = store.feed(spoof)
    assert spoofed is not None and spoofed.id != before.id and spoofed.url == spoof and spoofed.total == 0
    assert store.count_items(ItemFilter("feed", bank)) == 2


async def test_a_failed_batch_write_fails_its_feeds_and_the_rest_is_saved(
    http_server: TestServer, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newstui.feeds.refresh as refresh

    monkeypatch.setattr(refresh, "BATCH_FEEDS", 1)  # one feed per batch, written in the background
    for i in range(6):
        body = _one_item_feed(i).replace(b"Item 3", b"Poison") if i == 3 else _one_item_feed(i)
        http_server.add_route(f"/f{i}.xml", (200, {}, body))
    urls = [http_server.url(f"f{i}.xml") for i in range(6)]
    # A real SQLite failure for one item (as a full disk or a corrupt page would give).
    store._conn.execute(
        "CREATE TEMP TRIGGER poison BEFORE INSERT ON items WHEN new.title = 'Poison'"
        " BEGIN SELECT RAISE(ABORT, 'disk I/O error (test)'); END"
    )
    summary = await run(write_config(tmp_path / "config.toml", urls), store)
    assert summary.ok == 5 and summary.new_items == 5
    assert [f.url for f in summary.failed] == [urls[3]] and summary.not_saved == summary.failed
    assert "could not be saved" in summary.failed[0].error and "disk I/O error (test)" in summary.failed[0].error
    assert store.count_items() == 5
    assert store.count_items(ItemFilter("feed", urls[3])) == 0
