"""Shared builders of feed documents for the tests that serve feeds from a loopback server:
the RSS 2.0 envelope every test wraps its own items in."""

from __future__ import annotations


def rss_document(
    items: str, *, title: str, channel: str = "", declaration: str = '<?xml version="1.0"?>', attributes: str = ""
) -> bytes:
    """An RSS 2.0 document: `declaration`, then <rss version="2.0"`attributes`> (namespaces, with
    their leading space), the channel's `title`, its other elements (`channel`: link, description)
    and the `items` markup, each test's own."""
    return (
        f'{declaration}<rss version="2.0"{attributes}><channel><title>{title}</title>{channel}{items}</channel></rss>'
    ).encode()
