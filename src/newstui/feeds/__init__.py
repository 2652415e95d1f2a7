"""Feeds: HTTP and its transport, feed parsing (RSS/Atom/JSON Feed), discovery, OPML,
the refresh pipeline, the article-page pass, enclosure downloads and the notify hook.

Nothing is imported here: httpx and feedparser load only when a fetch or parse needs them.
"""
