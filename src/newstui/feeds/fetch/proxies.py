"""Proxies (the config's, or the environment's with curl's NO_PROXY rules) as httpx mounts."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from newstui.errors import FetchError
from newstui.feeds.fetch.failures import one_line


def proxy_mounts(proxy: str) -> dict[str, Any]:
    """httpx mounts for `proxy` (see Fetcher): a proxy transport per pattern, None = direct.

    Direct requests (None) use the client's own transport, the lean one.
    """
    import httpx

    if proxy == "none":
        return {}
    if proxy:
        targets: dict[str, str | None] = {"all://": proxy}
    else:
        targets = _environment_proxies()
    mounts: dict[str, Any] = {}
    for pattern, url in targets.items():
        if url is None:
            mounts[pattern] = None
            continue
        try:
            mounts[pattern] = httpx.AsyncHTTPTransport(proxy=httpx.Proxy(url))
        except ImportError:
            raise FetchError(_redact(url), "a SOCKS proxy needs the 'socksio' package") from None
        except (ValueError, httpx.InvalidURL) as error:
            raise FetchError(_redact(url), f"not a usable proxy URL: {one_line(error)}") from None
    return mounts


def _environment_proxies() -> dict[str, str | None]:
    """The environment's proxies as httpx mount patterns: proxy URL, or None to go direct.

    HTTP_PROXY, HTTPS_PROXY and ALL_PROXY (either case; on macOS and Windows urllib
    also reads the system's settings) give the proxy of each scheme; a value without
    a scheme is an http:// proxy. NO_PROXY lists what goes direct, as curl reads it:
    "*" is everything, an IP address that address, a host name that host and its
    subdomains (a leading dot changes nothing), a pattern with "://" is an httpx one.
    """
    import ipaddress
    from urllib.request import getproxies

    import httpx

    found = getproxies()
    patterns: dict[str, str | None] = {}
    for scheme in ("http", "https", "all"):
        proxy = found.get(scheme, "").strip()
        if proxy:
            patterns[f"{scheme}://"] = proxy if "://" in proxy else f"http://{proxy}"
    if not patterns:
        return {}
    for entry in found.get("no", "").split(","):
        host = entry.strip()
        if host == "*":
            return {}
        if not host:
            continue
        try:
            address = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            # httpx's patterns: "*name" is name and *.name.
            pattern = host if "://" in host else "all://*" + host.lstrip("*.")
        else:
            pattern = f"all://[{address}]" if address.version == 6 else f"all://{address}"
        try:
            httpx.URL(pattern)  # as httpx.AsyncClient will read it (raising there)
        except httpx.InvalidURL as error:
            raise FetchError("NO_PROXY", f"{host!r} is not a host, address or URL: {one_line(error)}") from None
        patterns[pattern] = None
    return patterns


def _redact(url: str) -> str:
    """`url` without a password, for messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    port = f":{parts.port}" if parts.port else ""
    return parts._replace(netloc=f"{parts.username}:***@{parts.hostname}{port}").geturl()
