"""Content-Encoding (gzip, deflate, brotli) undone chunk by chunk, so a size cap applies to the decoded bytes."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, Protocol

from newstui.errors import FetchError

# Decoded bytes handed out per step when inflating: bounds memory per chunk.
_DECODE_STEP = 64 * 1024


class Decoder(Protocol):
    """The decoder of one content encoding: bytes in, decoded bytes out in bounded pieces."""

    def feed(self, data: bytes) -> Iterator[bytes]: ...

    def finish(self) -> Iterator[bytes]: ...

    @property
    def unfinished(self) -> bool: ...


class _ZlibDecoder:
    """gzip or deflate, inflated at most `_DECODE_STEP` bytes at a time."""

    def __init__(self, url: str, name: str) -> None:
        self.url = url
        self.name = name
        self.gzip = name in ("gzip", "x-gzip")
        self._first = True
        self._fed = False
        self._obj = self._new(zlib.MAX_WBITS | 16 if self.gzip else zlib.MAX_WBITS)

    @staticmethod
    def _new(wbits: int) -> Any:
        return zlib.decompressobj(wbits)

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._fed = self._fed or bool(data)
        try:
            if self._first and not self.gzip and data:
                self._first = False
                # "deflate" should be zlib-wrapped, but some servers send raw deflate.
                probe = zlib.decompressobj(zlib.MAX_WBITS)
                try:
                    probe.decompress(data[:2])
                except zlib.error:
                    self._obj = self._new(-zlib.MAX_WBITS)
            while data:
                out = self._obj.decompress(data, _DECODE_STEP)
                if out:
                    yield out
                if self._obj.eof:
                    rest = self._obj.unused_data
                    if self.gzip and rest.strip(b"\x00"):
                        # Another gzip member follows (concatenated gzip is valid).
                        self._obj = self._new(zlib.MAX_WBITS | 16)
                        data = rest
                        continue
                    return
                data = self._obj.unconsumed_tail
        except zlib.error as error:
            raise FetchError(self.url, f"could not decode the {self.name}-encoded body: {error}") from None

    @property
    def unfinished(self) -> bool:
        """Whether data came but the stream (or its gzip trailer) has not ended."""
        return self._fed and not self._obj.eof

    def finish(self) -> Iterator[bytes]:
        try:
            out = self._obj.flush()
        except zlib.error as error:
            raise FetchError(self.url, f"could not decode the {self.name}-encoded body: {error}") from None
        if out:
            yield out


class _BrotliDecoder:
    def __init__(self, url: str) -> None:
        import brotli

        self.url = url
        self._brotli = brotli
        self._obj = brotli.Decompressor()
        self._fed = False

    def feed(self, data: bytes) -> Iterator[bytes]:
        self._fed = self._fed or bool(data)
        try:
            out = self._obj.process(data, output_buffer_limit=_DECODE_STEP)
            if out:
                yield out
            # Drain what the limit held back, with empty input as the API requires.
            while not self._obj.can_accept_more_data():
                out = self._obj.process(b"", output_buffer_limit=_DECODE_STEP)
                if not out:
                    break
                yield out
        except self._brotli.error as error:
            raise FetchError(self.url, f"could not decode the br-encoded body: {error}") from None

    @property
    def unfinished(self) -> bool:
        """Whether data came but the stream has not ended (known from brotli 1.1 on)."""
        finished = getattr(self._obj, "is_finished", None)
        return self._fed and finished is not None and not finished()

    def finish(self) -> Iterator[bytes]:
        return iter(())


def unfinished_encoding(decoders: list[Decoder], names: list[str]) -> str | None:
    """The name of the first content encoding whose stream the body ended inside, or None.

    Such a body was cut short (a dropped connection, a proxy's limit, a server that died
    while writing) or its server leaves the stream's last bytes out. It is read as far as
    it goes, as browsers read it (failing it would stop feeds that work today); when the
    document then does not parse, the cut download, not "malformed XML", is the fault to tell.
    """
    return next((name for decoder, name in zip(decoders, names, strict=True) if decoder.unfinished), None)


def decoder_for(url: str, name: str) -> Decoder:
    """The decoder of the content encoding `name`; a FetchError naming `url` when there is none."""
    if name in ("gzip", "x-gzip", "deflate"):
        return _ZlibDecoder(url, name)
    if name == "br":
        try:
            return _BrotliDecoder(url)
        except ImportError:
            raise FetchError(url, "the body is brotli-encoded but the brotli package is not installed") from None
    raise FetchError(url, f"unsupported content encoding {name!r}")


def decode_all(decoders: list[Decoder], data: bytes) -> Iterator[bytes]:
    """`data` put through every decoder in turn (the first undoes the last encoding applied)."""
    if not decoders:
        if data:
            yield data
        return
    first, rest = decoders[0], decoders[1:]
    for piece in first.feed(data):
        yield from decode_all(rest, piece)


def finish_all(decoders: list[Decoder]) -> Iterator[bytes]:
    """What the decoders still hold at the end of the body, put through the ones after them."""
    for i, decoder in enumerate(decoders):
        for piece in decoder.finish():
            yield from decode_all(decoders[i + 1 :], piece)
