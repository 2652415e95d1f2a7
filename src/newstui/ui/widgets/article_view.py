"""The reader pane: an `Article` laid out with its structure, quotes and numbered links.

Every string of the article is data: it goes into `Content(...)` and gets styles by
offset, never through markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from itertools import islice
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.selection import Selection
from textual.widget import Widget
from textual.widgets import Static

from newstui.model import Article, Enclosure, Link, Quote
from newstui.text import one_line, strip_control
from newstui.ui import bindings
from newstui.ui.keys import key_display
from newstui.ui.wrap import SEPARATOR, has_long_word, separated_lines, wrap_link, wrap_spans

WORDS_PER_MINUTE = 230
LINK_LOOKAHEAD = 6
"""How many links ahead a paragraph may place its markers (links whose text is not found are skipped)."""


def reading_minutes(article: Article) -> int:
    words = sum(len(p.split()) for s in article.sections for p in s.paragraphs)
    return max(1, round(words / WORDS_PER_MINUTE))


def format_date(when: datetime | None) -> str:
    return when.strftime("%-d %b %Y, %H:%M") if when is not None else ""


class Block(Static):
    """One paragraph, heading or line of the article."""

    DEFAULT_CSS = """
    Block { width: 1fr; height: auto; }
    """

    heading_text = ""
    """A heading's plain text (for the status line when [ or ] reach it)."""


class ParagraphBlock(Block):
    """A paragraph of the text. A word wider than the pane (a bare link, a path) was cut by
    the text wrap wherever the width ran out, mid-name ("exam" / "ple.org"); a paragraph that
    holds one is laid out here instead, at each width, broken at spaces and inside the long
    word only where a reader splits a link (after a "/", before a "?", "&" or "#": `wrap_spans`).
    Its styles (quotes, link markers) follow the text; a selection copies the text as written."""

    def __init__(self, text: Content, *, classes: str | None = None) -> None:
        super().__init__(text, classes=classes)
        self.text = text
        """The paragraph as written (the shown content may have line breaks laid out in it)."""
        self._spans: list[tuple[int, int]] | None = None
        """The lines laid out here, as offsets into `text`; None while Textual wraps it."""
        self._width = 0

    def on_resize(self) -> None:
        width = self.content_region.width
        if not width or width == self._width:
            return
        self._width = width
        if self.styles.text_wrap == "nowrap":
            return  # preformatted text keeps its own lines (and scrolls sideways)
        if has_long_word(self.text.plain, width):
            self._spans = wrap_spans(self.text.plain, width)
            self.update(Content("\n").join(self.text[start:end] for start, end in self._spans))
        elif self._spans is not None:
            self._spans = None
            self.update(self.text)

    def line_of(self, offset: int, width: int) -> int:
        """The line (from 0) of the paragraph laid out at `width` that shows the text's
        character at `offset`."""
        if self._spans is None or width != self._width:
            return len(Content(self.text.plain[:offset] + "x").wrap(width)) - 1
        return max(0, bisect_right([start for start, _ in self._spans], offset) - 1)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as written: the line breaks laid out here are not in it."""
        if self._spans is None:
            return super().get_selection(selection)
        text = self.text.plain
        start = 0 if selection.start is None else self._offset(selection.start.y, selection.start.x)
        end = len(text) if selection.end is None else self._offset(selection.end.y, selection.end.x)
        return text[start:end], "\n"

    def _offset(self, line: int, column: int) -> int:
        spans = self._spans or [(0, len(self.text.plain))]
        first, last = spans[min(max(line, 0), len(spans) - 1)]
        return min(first + max(column, 0), last)


class MetaLine(Block):
    """Byline · date · feed · reading time: lines break between the pieces, so a piece
    such as "1 min read" never splits over two lines (a piece wider than the pane still wraps).
    A separator ends the line it follows and never begins one: a line that opens with "·"
    reads as a stray mark, not as the next piece of a list."""

    SEPARATOR = SEPARATOR

    def __init__(self, parts: list[str], *, classes: str | None = None) -> None:
        self.parts = [one_line(part) for part in parts if part.strip()]
        super().__init__(Content(self.SEPARATOR.join(self.parts)), classes=classes)
        self._width = 0

    def lines(self, width: int) -> list[str]:
        """The pieces laid out in lines at most `width` cells wide, where they fit."""
        return separated_lines(self.parts, width, self.SEPARATOR)

    def on_resize(self) -> None:
        width = self.content_region.width or self.size.width
        if width and width != self._width:
            self._width = width
            self.update(Content("\n".join(self.lines(width))))


class Placeholder(Block):
    """The empty pane's words, or the preview of the highlighted item (no article open): its
    whole title, then its feed · date, laid out again at each width so that line breaks
    between its pieces, as the meta line does (the text wrap split the date, or began a line
    with "·")."""

    def __init__(self, content: Content) -> None:
        super().__init__(content, classes="placeholder")
        self._preview: tuple[str, list[str], str] | None = None
        self._width = 0

    def show_preview(self, title: str, about: list[str], key: str) -> None:
        """Show an item's title, the facts `about` it and the key that opens it."""
        self._preview = (one_line(title), [one_line(part) for part in about if part.strip()], key)
        self._lay_out()

    def on_resize(self) -> None:
        if self.content_region.width != self._width:
            self._lay_out()

    def _lay_out(self) -> None:
        if self._preview is None:
            return
        width = self._width = self.content_region.width
        title, about, key = self._preview
        lines = separated_lines(about, width) if width else [SEPARATOR.join(about)]
        self.update(
            Content.assemble(
                (title, "bold $foreground"),
                "\n",
                ("\n".join(lines), "$text-muted"),
                "\n\n",
                (f"{key} opens it", "$text-muted italic"),
            )
        )


class SourceLine(Block):
    """ "Source: <url>" under the article. The URL is one long word to the text wrap, which cut
    it wherever the width ran out, mid-name; here it breaks after a "/" or before a "?", "&"
    or "#" (`wrap_link`), as a reader splits a link, so each line is a readable part of it.
    Nothing is left out: a selection, and o, still get the whole URL."""

    def __init__(self, url: str, *, classes: str | None = None) -> None:
        self.url = one_line(url)
        super().__init__(Content.styled(f"Source: {self.url}", "$text-muted"), classes=classes)
        self._width = 0

    def on_resize(self) -> None:
        width = self.content_region.width or self.size.width
        if width and width != self._width:
            self._width = width
            lines = wrap_link("Source:", self.url, width)
            self.update(Content.styled("\n".join(lines), "$text-muted"))

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text without the line breaks laid out here: a selection of the
        lines copies the URL whole, as one string a browser takes."""
        found = super().get_selection(selection)
        if found is None:
            return None
        text, ending = found
        return text.replace("Source:\n", "Source: ").replace("\n", ""), ending


@dataclass(frozen=True)
class _Place:
    """Where the reader is, in terms that survive rewrapping: a block, the fraction of it
    above the view, and lines of the gap before it (negative) when the view starts there."""

    block: Widget
    into: float
    gap: int = 0

    def offset(self) -> int:
        """The scroll offset of this place in the block's layout now."""
        region = self.block.virtual_region
        return round(region.y + self.into * region.height) + self.gap


@dataclass(frozen=True)
class _Layout:
    """The shown blocks and their regions at one width."""

    width: int
    blocks: list[Widget]
    regions: list[Region]

    def place(self, y: float) -> _Place | None:
        """The place at scroll offset `y` (None at the top, or before any layout)."""
        if y <= 0 or not self.blocks:
            return None
        index = bisect_right([region.y for region in self.regions], y) - 1
        if index < 0:
            return _Place(self.blocks[0], 0.0, round(y - self.regions[0].y))
        region = self.regions[index]
        if y < region.bottom or index + 1 == len(self.blocks):
            return _Place(self.blocks[index], (y - region.y) / max(1, region.height))
        # In the margin after a block: kept as lines before the next one.
        return _Place(self.blocks[index + 1], 0.0, round(y - self.regions[index + 1].y))


TEXT_MEASURE = 84
"""The widest an article's line gets (app.tcss: `#article Block`'s max-width)."""


class ArticleView(VerticalScroll, can_focus=True):
    """Shows one article; `show()` replaces it. Sections and quotes can be scrolled to."""

    BINDINGS: ClassVar[list[BindingType]] = bindings.ARTICLE.bindings

    def __init__(
        self, *, keymap: Mapping[str, str] | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.keymap: Mapping[str, str] = keymap or {}
        """The config's `[keys]`: the keys the article names ("E to play") are the user's."""
        self.article: Article | None = None
        self.item_id: int | None = None
        self.notice: str | None = None
        self._paragraphs: dict[tuple[int, int], ParagraphBlock] = {}
        self._heading_blocks: list[Block] = []
        self._section: int | None = None
        """The heading [ or ] last went to (-1: the top)…"""
        self._section_scroll = 0.0
        """…and the scroll offset it left: any other offset means the reader scrolled away."""
        self.enclosures: tuple[Enclosure, ...] = ()
        self._placeholder: Placeholder | None = None
        """The empty pane's block, while the pane is empty (`show(None)`)."""
        self._layout = _Layout(0, [], [])
        """The blocks as last laid out: where the reader was when a resize (or `s`) rewraps
        the text."""
        self._reading_y = 0.0
        """The scroll offset at that width (one the layout's change clamped is not kept)."""
        self._pinned: _Place | None = None
        """Where the reader was when a resize could not scroll back so far (a wider pane,
        a shorter text): the next resize goes back there while the view stays at the end."""

    def compose(self) -> ComposeResult:
        yield Placeholder(Content("Choose an item and press Enter to read it."))

    def show(
        self,
        article: Article | None,
        *,
        item_id: int | None = None,
        feed_title: str = "",
        notice: str | None = None,
        keep_position: bool = False,
        enclosures: tuple[Enclosure, ...] = (),
        placeholder: str | Content | None = None,
    ) -> None:
        """Lay out an article (None: the empty pane, saying `placeholder` or how to open one).
        `keep_position` keeps the scroll offset.

        `enclosures`, the item's attachments, are listed under the headline.
        """
        self.article = article
        self.enclosures = enclosures if article is not None else ()
        self.item_id = item_id
        self.notice = notice
        y = self.scroll_y
        empty = Content(placeholder) if isinstance(placeholder, str) else placeholder
        self._placeholder = Placeholder(empty or Content("Choose an item and press Enter to read it."))
        blocks: list[Block] = [self._placeholder]
        self._paragraphs = {}
        self._heading_blocks = []
        self._section = None
        if article is not None:
            self._placeholder = None
            blocks = list(self._blocks(article, feed_title, notice))
        with self.app.batch_update():
            self.remove_children()
            self.mount_all(blocks)
        if keep_position:
            self.call_after_refresh(self.scroll_to, y=y, animate=False)
        else:
            self.scroll_home(animate=False)
        self.call_after_refresh(self._note_layout)

    def show_preview(self, title: str, about: list[str], *, closing: bool = False) -> None:
        """With no article open: the highlighted item's whole title and the facts `about` it
        (feed, date), for a list column too narrow to show them; the pane otherwise only said
        how to open an item. Updated in place as the cursor moves (nothing is remounted).
        `closing`: the article shown is being closed, and the preview replaces it."""
        if not closing and (self.article is not None or self.item_id is not None):
            return
        key = key_display(self.app, self.keymap, "items.open", "enter")
        placeholders = list(self.query(".placeholder").results(Placeholder))
        if not (len(placeholders) == 1 and len(self.children) == 1):
            # A new one, mounted now: a placeholder looked up after show() could be the one
            # being removed (children leave the DOM a moment later), and the preview was lost.
            self.show(None)
            placeholders = [self._placeholder] if self._placeholder is not None else []
        for placeholder in placeholders:
            placeholder.show_preview(title, about, key)

    def set_notice(self, notice: str | None) -> None:
        """Change the notice line above the article without relaying it out."""
        self.notice = notice
        for block in self.query(".notice").results(Block):
            block.update(Content(notice or ""))
            block.display = bool(notice)
        self.call_after_refresh(self._note_layout)

    # -- the reading place across a resize -------------------------------------------------------
    # The text rewraps at a new width, so the same scroll offset shows another paragraph: the
    # block at the top of the view (and how far into it) is what the reader keeps.

    def _note_layout(self, tries: int = 20) -> None:
        width = self.size.width
        if not width:
            return
        blocks = [block for block in self.children if block.display]
        if blocks and not blocks[-1].virtual_region.height and tries:
            self.call_after_refresh(self._note_layout, tries - 1)  # not laid out yet
            return
        self._layout = _Layout(width, blocks, [block.virtual_region for block in blocks])
        self._reading_y = self.scroll_y

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.size.width == self._layout.width:
            self._reading_y = new_value
            if self._pinned is not None and new_value < self.max_scroll_y:
                self._pinned = None  # the reader scrolled back up: the place is here now

    def on_resize(self, event: events.Resize) -> None:
        del event
        # Where the text fills the pane (below the measure), its lines ended against the
        # scrollbar at 80 and 120 columns: `-fills` keeps a column between them (app.tcss).
        self.set_class(self.scrollable_content_region.width <= TEXT_MEASURE, "-fills")
        if not self.size.width or self.size.width == self._layout.width:
            return
        place = self._layout.place(self._reading_y)
        if self._pinned is not None and self._pinned.block.parent is self:
            place = self._pinned
        if place is None:
            self.call_after_refresh(self._note_layout)
        else:
            self.call_after_refresh(self._back_to, place, 2)

    def _back_to(self, place: _Place, passes: int) -> None:
        """Scroll back to `place`; twice, as the meta line rewraps itself a frame after the
        others."""
        if place.block.parent is not self:
            return  # another article since
        wanted = place.offset()
        self.scroll_to(y=wanted, animate=False, immediate=True)
        if passes > 1:
            self.call_after_refresh(self._back_to, place, passes - 1)
            return
        self._note_layout()
        self._pinned = place if self.scroll_y < wanted else None

    # -- layout ----------------------------------------------------------------------------

    def _blocks(self, article: Article, feed_title: str, notice: str | None) -> Iterator[Block]:
        notice_block = Block(Content(notice or ""), classes="notice")
        notice_block.display = bool(notice)
        yield notice_block
        yield Block(Content(one_line(article.headline) or "(untitled)"), classes="headline")
        meta = [one_line(part) for part in (article.byline or "", format_date(article.published), feed_title) if part]
        meta.append(f"{reading_minutes(article)} min read")
        if article.source == "feed":
            meta.append("from the feed")
        yield MetaLine(meta, classes="meta")
        if self.enclosures:
            yield self._attachments_block()
        lead = strip_control(article.lead or "").strip()
        first = next((p for section in article.sections for p in section.paragraphs), "")
        if lead and " ".join(lead.split()) != " ".join(strip_control(first).split()):
            # Pages often repeat their standfirst as the first paragraph: show it once.
            yield ParagraphBlock(Content(lead), classes="lead")
        links = _LinkPlacer(article.links)
        starting = _quotes_by_paragraph(article.quotes)
        running: list[str] = []
        for s_index, section in enumerate(article.sections):
            if section.heading:
                heading = Block(Content(one_line(section.heading)), classes="heading")
                heading.heading_text = one_line(section.heading)
                self._heading_blocks.append(heading)
                yield heading
            for p_index, text in enumerate(section.paragraphs):
                kind = section.kind(p_index)
                quotes = starting.get((s_index, p_index), [])
                body, running = paragraph_content(text, quotes, links, running)
                if kind == "li":
                    body = Content.assemble(("• ", "$article-heading"), body)
                block = ParagraphBlock(body, classes=f"para -{kind}")
                self._paragraphs[(s_index, p_index)] = block
                yield block
        if article.links:
            links_heading = Block(
                Content.assemble("Links", (f"  ({self._links_key()} lists them to open one)", "$text-muted not bold")),
                classes="heading links-heading",
            )
            links_heading.heading_text = "Links"
            self._heading_blocks.append(links_heading)
            yield links_heading
            for number, link in enumerate(article.links, 1):
                yield Block(
                    Content.assemble(
                        (f"[{number}] ", "$link-number"),
                        Content(one_line(link.text) + " — " if link.text.strip() else ""),
                        (one_line(link.url), "underline $text-muted"),
                    ),
                    classes="footnote",
                )
        if article.url:
            yield SourceLine(article.url, classes="meta")

    def _attachments_block(self) -> Block:
        """'Attachments (E to play or download)' and one line per enclosure: type, size, file name."""
        from newstui.ui.screens.enclosures import describe

        key = key_display(self.app, self.keymap, "items.enclosures", "E")
        lines: list[Content] = [
            Content.assemble(("Attachments", "bold"), (f"  ({key} to play or download)", "$text-muted"))
        ]
        for number, enclosure in enumerate(self.enclosures, 1):
            name = one_line(enclosure.url.rsplit("/", 1)[-1])[:80]
            lines.append(Content.assemble((f"[{number}] ", "$link-number"), Content(f"{describe(enclosure)}  {name}")))
        return Block(Content("\n").join(lines), classes="attachments")

    def _links_key(self) -> str:
        """The key that lists the links now (the config may rebind it)."""
        return key_display(self.app, self.keymap, "article.links", "l")

    # -- navigation ----------------------------------------------------------------------------

    def _headings(self) -> list[Block]:
        return self._heading_blocks

    def _section_now(self) -> int:
        """Which section the reader is in: the heading [ or ] went to, while the view has
        not been scrolled since; else the last heading at or above the top of the view
        (-1: the top, before any heading; len(headings): the end, when scrolled to the
        bottom). Heading positions, not scroll offsets: in a tall window the view
        cannot scroll so far that each heading reaches the top."""
        headings = self._headings()
        if self._section is not None and self.scroll_y == self._section_scroll:
            return self._section
        if self.scroll_y > 0 and self.scroll_y >= self.max_scroll_y:
            return len(headings)
        current = -1
        for index, block in enumerate(headings):
            if block.virtual_region.y <= self.scroll_y:
                current = index
        return current

    def _go_to_section(self, index: int) -> str:
        """Scroll to heading `index` (-1: the top) and flash it; returns its text."""
        self.scroll_to(y=0 if index < 0 else self._headings()[index].virtual_region.y, animate=False, immediate=True)
        self._section = index
        self._section_scroll = self.scroll_y
        if index < 0:
            return "the top"
        block = self._headings()[index]
        block.add_class("-flash")
        self.set_timer(0.8, lambda: block.remove_class("-flash"))
        return f"{block.heading_text} ({index + 1}/{len(self._headings())})"

    def next_section(self) -> str | None:
        """Go to the next section heading; its text, or None at the last one."""
        current = self._section_now()
        if self.article is None or current + 1 >= len(self._headings()):
            return None
        return self._go_to_section(current + 1)

    def previous_section(self) -> str | None:
        """Go to the previous section heading (the top before the first); None at the top."""
        current = self._section_now()
        if self.article is None or current < 0:
            return None
        headings = self._headings()
        jumped = self._section is not None and self.scroll_y == self._section_scroll
        if current < len(headings) and not jumped and self.scroll_y > headings[current].virtual_region.y:
            return self._go_to_section(current)  # scrolled into a section: back to its heading first
        return self._go_to_section(min(current, len(headings)) - 1)

    def quote_laid_out(self, quote: Quote) -> bool:
        """Whether the paragraph holding the quote has its place yet (True when the article
        has no such paragraph: nothing to wait for)."""
        block = self._paragraphs.get((quote.section, quote.paragraph))
        if block is None:
            return True
        region = block.virtual_region
        return region.height > 0 and self.virtual_size.height >= region.bottom

    def scroll_to_quote(self, quote: Quote) -> bool:
        """Scroll so the line where the quote starts is at the top (a line of its paragraph
        above it; the paragraph's top when the quote has no text, or is not found) and
        flash the paragraph: in a paragraph taller than the pane its top left the quote
        below the screen."""
        block = self._paragraphs.get((quote.section, quote.paragraph))
        if block is None:
            return False
        line = _line_of(block, quote.text.strip())
        self.scroll_to(y=block.virtual_region.y + (block.styles.padding.top + line - 1 if line else 0), animate=False)
        block.add_class("-flash")
        self.set_timer(1.2, lambda: block.remove_class("-flash"))
        return True


def _line_of(block: ParagraphBlock, needle: str) -> int:
    """The line of the block, as laid out at its width, where the quote `needle` starts (0
    when not found). Its text is looked for as the highlight looks for it (`quote_place`)."""
    width = block.content_region.width
    if not needle or width <= 0:
        return 0
    place = quote_place(_Paragraph(block.text.plain), needle)
    if place is None:
        return 0
    return block.line_of(place[0], width)


def _quotes_by_paragraph(quotes: list[Quote]) -> dict[tuple[int, int], list[Quote]]:
    """The quotes by the (section, paragraph) they start in."""
    found: dict[tuple[int, int], list[Quote]] = {}
    for quote in quotes:
        found.setdefault((quote.section, quote.paragraph), []).append(quote)
    return found


class _LinkPlacer:
    """Places footnote numbers after link texts, in reading order."""

    def __init__(self, links: list[Link]) -> None:
        self.links = links
        self.next = 0

    def place(self, text: str) -> list[tuple[int, int]]:
        """(end offset in text, link number) for the links found in this paragraph, in order."""
        found: list[tuple[int, int]] = []
        position = 0
        index = self.next
        while index < len(self.links) and index < self.next + LINK_LOOKAHEAD:
            link_text = self.links[index].text.strip()
            at = text.find(link_text, position) if link_text else -1
            if at >= 0:
                position = at + len(link_text)
                found.append((position, index + 1))
                self.next = index + 1
                index = self.next
            else:
                index += 1
        return found


# Quote marks in every form a page types them. The quote finder reads nested and look-alike
# marks (‛…’, ″…″, ''…'') as plain ones and collapses white space, so a quote's text can show
# other marks and spaces than its paragraph: both are compared with each run of white space
# as one space and each one or two marks as one ".
_MARK_CHARS = "\"'`“”„‟«»‘’‚‛″′＂〝〞〟❝❞"
_PIECES = re.compile(r"\s+|[" + re.escape(_MARK_CHARS) + "]{1,2}")
_OPENING_MARKS = re.compile("[" + re.escape(_MARK_CHARS) + "]{1,2}$")
_CLOSING_MARKS = re.compile(",?[" + re.escape(_MARK_CHARS) + "]{1,2}")


def _replaced(text: str, pieces: re.Pattern[str], by: Callable[[str], str]) -> tuple[str, list[int], list[int]]:
    """`text` with each match of `pieces` replaced by one character (`by(match)`), and per
    character of the result where its source starts and ends in `text`."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for m in pieces.finditer(text):
        out.append(text[at : m.start()])
        starts.extend(range(at, m.start()))
        ends.extend(range(at + 1, m.start() + 1))
        out.append(by(m.group()))
        starts.append(m.start())
        ends.append(m.end())
        at = m.end()
    out.append(text[at:])
    starts.extend(range(at, len(text)))
    ends.extend(range(at + 1, len(text) + 1))
    return "".join(out), starts, ends


def _folded(text: str) -> tuple[str, list[int], list[int]]:
    """`text` with its white space and marks folded (see above), and per character of the
    result where its source starts and ends in `text`."""
    return _replaced(text, _PIECES, lambda piece: " " if piece[0].isspace() else '"')


_TO_STRAIGHT = str.maketrans(dict.fromkeys(_MARK_CHARS, '"'))
_SPACE_RUN = re.compile(r"\s+")
_MARK_PAIR = re.compile('""')


@lru_cache(maxsize=512)
def _fold(text: str) -> str:
    """`_folded(text)`'s text alone, by quicker means (most paragraphs hold no quote looked for)."""
    return _MARK_PAIR.sub('"', _SPACE_RUN.sub(" ", text.translate(_TO_STRAIGHT)))


class _Paragraph:
    """A paragraph's plain text, folded on first need (most quotes are found as they are)."""

    def __init__(self, clean: str) -> None:
        self.clean = clean
        self._folded: tuple[str, list[int], list[int]] | None = None
        self._fold: str | None = None
        self._reopened: tuple[str, list[int], list[int], list[int]] | None = None

    def places(self, needle: str) -> Iterator[tuple[int, int]]:
        """Where `needle` stands, first to last: as it is, else with marks and spaces folded."""
        at = self.clean.find(needle)
        if at >= 0:
            while at >= 0:
                yield at, at + len(needle)
                at = self.clean.find(needle, at + 1)
            return
        key = _fold(needle)
        if self._fold is None:
            self._fold = _fold(self.clean)
        at = self._fold.find(key) if key else -1
        if at < 0:
            yield from self._reopened_places(key)
            return
        if self._folded is None:
            self._folded = _folded(self.clean)
        _, starts, ends = self._folded
        while at >= 0:
            yield starts[at], ends[at + len(key) - 1]
            at = self._fold.find(key, at + 1)

    def _reopened_places(self, key: str) -> Iterator[tuple[int, int]]:
        """Where the folded `key` stands with each mark that reopens a quote after a line
        break read as a space, as the finder joins the quote's parts ('“We will rebuild.⏎
        “And the boats will come back,”' is one quote, "We will rebuild. And the boats…")."""
        if "\n" not in self.clean or not key:
            return
        if self._reopened is None:  # once per paragraph, however many quotes look
            joined, origins = _reopenings_dropped(self.clean)
            self._reopened = (*_folded(joined), origins)
        folded, starts, ends, origins = self._reopened
        at = folded.find(key)
        while at >= 0:
            yield origins[starts[at]], origins[ends[at + len(key) - 1] - 1] + 1
            at = folded.find(key, at + 1)


_REOPENING = re.compile("[^\\S\n]*\n\\s*[" + re.escape(_MARK_CHARS) + "]{1,2}(?=\\w)")
"""A line break and the mark that reopens the quote on the next line."""


def _reopenings_dropped(text: str) -> tuple[str, list[int]]:
    """`text` with each line break that reopens a quote (`_REOPENING`) as one space, and
    per character of the result its place in `text`."""
    joined, origins, _ = _replaced(text, _REOPENING, lambda _: " ")
    return joined, origins


_OCCURRENCES = 8
"""Places of a quote's words tried in one paragraph, looking for the one in quote marks."""


def _with_marks(clean: str, start: int, end: int) -> tuple[int, int]:
    """`start`–`end` widened over the quote marks at both ends (and the comma the text dropped)."""
    opening = _OPENING_MARKS.search(clean, max(0, start - 2), start)
    if opening is not None:
        start = opening.start()
    closing = _CLOSING_MARKS.match(clean, end)
    if closing is not None:
        end = closing.end()
    return start, end


def _best_place(paragraph: _Paragraph, needle: str, taken: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """The place of `needle` (widened over its marks) and where its words start: the first
    one in quote marks and not highlighted yet, else the first. Words a paragraph also
    says outside the quote ('Fans sang we will stay, and she told them, “we will stay”')
    are not the quote."""
    first = None
    for start, end in islice(paragraph.places(needle), _OCCURRENCES):
        wide = _with_marks(paragraph.clean, start, end)
        if first is None:
            first = (*wide, start)
        if wide[0] < start and not any(a < wide[1] and wide[0] < b for a, b in taken):
            return (*wide, start)
    return first


def quote_place(
    paragraph: _Paragraph, needle: str, taken: list[tuple[int, int]] | None = None
) -> tuple[int, int] | None:
    """Where the quote `needle` (its text as the finder gives it) stands in the paragraph,
    its quote marks (and a comma the text dropped) included; a quote running over several
    paragraphs is found by its head and runs to the paragraph's end. None when the
    paragraph does not hold it. Of several places, the first in quote marks and not in
    `taken` (the quotes highlighted already)."""
    found = _best_place(paragraph, needle, taken or [])
    if found is not None:
        return found[0], found[1]
    head = _best_place(paragraph, needle[:60], taken or [])
    return None if head is None else (head[0], len(paragraph.clean))


_LEADING_MARKS = re.compile("[" + re.escape(_MARK_CHARS) + "]{1,2}\\s*")


def _rest_after(needle: str, part: str) -> str:
    """The words of `needle` (folded) after `part`, its words in one paragraph; "" when
    `needle` does not start with them."""
    key, head = _fold(needle).strip(), _fold(part).strip()
    return key[len(head) :].strip() if key.startswith(head) else ""


def paragraph_content(
    text: str, quotes: list[Quote], links: _LinkPlacer, running: list[str] | None = None
) -> tuple[Content, list[str]]:
    """A paragraph with its quotes highlighted and its links numbered, all from plain text.

    `quotes` are the quotes that start in it; `running` the words still to come of quotes
    from the paragraph before that ran to its end. Also returns the words still to come
    of quotes that run on past this paragraph: a quote over paragraphs is highlighted in
    each that goes on with it (opening with a mark, as the finder reads it), and a quote
    is never looked for in a later paragraph that merely repeats its words."""
    clean = strip_control(text).strip()
    content = Content(clean)
    paragraph = _Paragraph(clean)
    taken: list[tuple[int, int]] = []
    goes_on: list[str] = []
    reopened = _LEADING_MARKS.match(clean)
    for rest in running or []:
        if reopened is None or not rest:
            continue
        body = clean[reopened.end() :]
        whole = next(iter(paragraph.places(rest)), None)
        if whole is not None and whole[0] == reopened.end():
            taken.append((0, _with_marks(clean, whole[0], whole[1])[1]))
        elif _rest_after(rest, body) or _fold(rest).strip() == _fold(body).strip():
            taken.append((0, len(clean)))
            goes_on.append(_rest_after(rest, body))
    for quote in quotes:
        needle = quote.text.strip()
        if not needle:
            continue
        found = _best_place(paragraph, needle, taken)
        if found is None:
            head = _best_place(paragraph, needle[:60], taken)
            if head is None:
                continue
            found = head[0], len(clean), head[2]
            goes_on.append(_rest_after(needle, clean[head[2] :]))
        taken.append((found[0], found[1]))
    for place in taken:
        content = content.stylize("$quote-text italic", *place)
    placed = links.place(clean)
    if not placed:
        return content, [rest for rest in goes_on if rest]
    pieces = content.divide([end for end, _ in placed])
    parts: list[Content | tuple[str, str]] = []
    for piece, (_, number) in zip(pieces, placed, strict=False):  # one piece more than places
        parts += [piece, (f"[{number}]", "$link-number")]
    parts += pieces[len(placed) :]
    return Content.assemble(*parts), [rest for rest in goes_on if rest]
