"""HTTP fetching for feeds and web pages: one httpx client, limits, retries, size caps.

`Fetcher` is generic (feeds and article pages both use it). It follows redirects itself
so it can report a permanent move and name a loop, decodes gzip/deflate/brotli itself
so the size cap applies to the *decoded* bytes chunk by chunk (a gzip bomb is cut off
after `max_bytes`, never inflated whole), and retries 429/503 within a time budget.

The modules: `fetcher` (`Fetcher`, `FetchResult`), `decoding` (content encodings),
`headers` (private headers and validators), `proxies` (httpx mounts), `failures`
(transport errors in words).
"""

from newstui.feeds.fetch.fetcher import (
    PERMANENT_REDIRECTS,
    PROJECT_URL,
    REDIRECT_STATUSES,
    RETRY_STATUSES,
    TRANSPORTS,
    Fetcher,
    FetchResult,
    ServerBusy,
    UnsendableRequest,
    default_user_agent,
)
from newstui.feeds.fetch.headers import same_site, sendable_validator
from newstui.feeds.fetch.proxies import proxy_mounts

__all__ = [
    "PERMANENT_REDIRECTS",
    "PROJECT_URL",
    "REDIRECT_STATUSES",
    "RETRY_STATUSES",
    "TRANSPORTS",
    "FetchResult",
    "Fetcher",
    "ServerBusy",
    "UnsendableRequest",
    "default_user_agent",
    "proxy_mounts",
    "same_site",
    "sendable_validator",
]
