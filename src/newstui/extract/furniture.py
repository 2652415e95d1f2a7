"""Text-level furniture rules: what to drop at the start, the end and in the middle.

Generic patterns only (menus, breadcrumbs, share prompts, 'Related', copyright
lines, tag lists), never strings of one site.
"""

from __future__ import annotations

import re

from newstui.extract.textutil import comparable
from newstui.extract.walk import Block

_I = re.I
_LEAD = re.compile(
    r"^(?:home|menu|search|skip to (?:main )?content|advertisement|ad|listen(?: to (?:this )?(?:article|story))?"
    r"|\d+\s*min(?:ute)?s?(?: read| listen)?|share|print|email|save|comments?|follow|"
    r"(?:updated|published|posted|last updated|first published)\b.{0,60}|"
    r"(?:photo|image|video|illustration|file photo)s?:.{0,80}|"
    r"by\s+[^.!?]{1,70})$",
    _I,
)
_TAIL = re.compile(
    r"^(?:exit mobile version|share(?: this| the)?(?: article| story| post| page)?(?: (?:on|via) \w+)?\s*:?|"
    r"share on .{0,30}|like this:?|like loading\.*|loading\.*|"
    r"related(?: (?:posts?|articles?|stories|content|coverage|topics|reading|news|links))?\s*:?.{0,120}|"
    r"read (?:more|next|also)\b.{0,160}|see also\b.{0,160}|also read\b.{0,160}|"
    r"more (?:from|on|about|stories|news|articles)\b.{0,120}|"
    r"you (?:may|might) (?:also )?(?:like|enjoy|be interested)\b.{0,120}|recommended\b.{0,80}|"
    r"(?:tags?|topics?|categories|category|filed under|keywords|posted in)\s*:?.{0,200}|"
    r"(?:©|\(c\)|copyright)\s.{0,200}|.{0,80}\ball rights reserved\b.{0,80}|"
    r"click here\b.{0,200}|sign up\b.{0,200}|subscribe\b.{0,200}|follow us\b.{0,120}|"
    r"advertisement|sponsored(?: content)?|\d+\s+comments?|comments?|leave a (?:comment|reply)|"
    r"print|email|back to top|top of page|(?:previous|next) (?:post|article|story)\b.{0,160}|"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|x)(?:\s*[|,·•/]?\s*"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|x))+)$",
    _I,
)
_MIDDLE = re.compile(
    r"^(?:advertisement|ad|sponsored|story continues (?:below|after) (?:the )?(?:advertisement|ad)|"
    r"scroll to continue(?: with content)?|continue reading(?: below)?|skip advert(?:isement)?)$",
    _I,
)
_MIDDLE_PROMO = re.compile(
    r"^(?:sign up (?:for|to)\b|subscribe (?:to|for|now)\b|get (?:our|the) .{0,40}newsletter|download (?:our|the) .{0,20}app\b|"
    r"follow us on\b|click here to\b|(?:photo|image|picture|video|graphic)s?(?: credit)?\s*:|credit\s*:)",
    _I,
)
_MIDDLE_LINKED = re.compile(r"^(?:read (?:more|also|next)|also read|related|see also|watch|listen|more)\b\s*[:|-]", _I)
_BREADCRUMB = re.compile(r"[›»>/|]")
_TERMINAL = re.compile(r"[.!?…:][\"'”’»)\]]?$")
_DATE_LINE = re.compile(
    r"^(?:\w+,?\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|^(?:\w+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}",
    _I,
)


# 'Jane Doe is a reporter for …', 'This article was originally published at …'.
_BIO = re.compile(
    r"^(?!(?:The|This|That|He|She|It|They)\b)[A-Z][\w'’.-]+\s(?:(?:[A-Z][\w'’.-]+|di|de|da|del|van|von|der|den|le|la|al|bin|el|du|dos)\s){0,4}is\s(?:a|an|the)\s[^.]{0,80}?\b(?i:reporter|correspondent|"
    r"editor|writer|journalist|columnist|contributor|producer|author|freelancer?|critic|analyst)\b"
    r"|^(?i:(?:this (?:article|story|post) (?:was|is) )?originally (?:published|appeared))\b"
)


_SAID = re.compile(r"\bsaid\b|\bsays\b|[\"“”]")


def _short_residue(block: Block) -> bool:
    """Menu residue and labels: a few words, no sentence ending, not a heading."""
    text = block.text
    return block.kind != "heading" and len(text) < 40 and len(text.split()) <= 4 and not _TERMINAL.search(text)


def _breadcrumb(block: Block) -> bool:
    text = block.text
    return len(_BREADCRUMB.findall(text)) >= 2 and len(text.split()) <= 14 and not _TERMINAL.search(text)


def trim_leading(blocks: list[Block], headline: str, byline: str | None) -> list[Block]:
    """Drop menu residue, breadcrumbs, the repeated headline, bylines and dates before the text."""
    head_key = comparable(headline)
    byline_key = comparable(byline or "")
    start = 0
    while start < len(blocks):
        block = blocks[start]
        key = comparable(block.text)
        text = block.text
        if not key:
            start += 1
            continue
        if head_key and (key == head_key or (block.kind == "heading" and len(key) > 20 and key in head_key)):
            start += 1
            continue
        if (
            head_key
            and key.startswith(head_key)
            and len(text) - len(headline) < 80
            and not _TERMINAL.search(text)
            and _next_is_text(blocks, start)
        ):
            # Headline and byline on one <br>-separated line of an old template.
            start += 1
            continue
        if byline_key and (key == byline_key or (len(text) < 100 and byline_key in key and block.kind != "heading")):
            start += 1
            continue
        if block.kind != "heading" and (_LEAD.match(text) or _breadcrumb(block) or _TAIL.match(text)):
            start += 1
            continue
        if block.kind != "heading" and len(text) < 100 and _DATE_LINE.search(text) and len(text.split()) <= 16:
            start += 1
            continue
        if _short_residue(block) and _next_is_text(blocks, start):
            start += 1
            continue
        if block.kind != "heading" and len(text) < 80 and not _TERMINAL.search(text) and _text_follows(blocks, start):
            # Player controls, captions and labels before the first real paragraph.
            start += 1
            continue
        if block.link_density >= 0.5 and len(text) < 160:
            start += 1
            continue
        break
    return blocks[start:]


def _next_is_text(blocks: list[Block], index: int) -> bool:
    """Some real paragraph follows (so a short first line is residue, not the article)."""
    return any(b.kind != "heading" and len(b.text) >= 80 for b in blocks[index + 1 : index + 8])


def _text_follows(blocks: list[Block], index: int) -> bool:
    """A long paragraph comes later, with nothing but short lines and headings in between."""
    for block in blocks[index + 1 :]:
        if block.kind == "p" and len(block.text) >= 100:
            return True
        if block.kind != "heading" and len(block.text) >= 80:
            return False
    return False


def trim_trailing(blocks: list[Block]) -> list[Block]:
    """Drop share prompts, related lists, tags, copyright and dangling headings at the end."""
    end = len(blocks)
    while end > 0:
        block = blocks[end - 1]
        text = block.text
        if (
            block.kind == "heading"
            or _TAIL.match(text)
            or (_BIO.match(text) and len(text) < 300 and not _SAID.search(text))
            or (block.link_density >= 0.5 and (block.kind == "li" or len(text) < 200))
            or _short_residue(block)
            and block.kind != "li"
        ):
            end -= 1
            continue
        if block.kind == "li" and end >= 2 and _link_list_tail(blocks[:end]):
            end -= 1
            continue
        break
    return blocks[:end]


def _link_list_tail(blocks: list[Block]) -> bool:
    """The trailing run of list items is mostly links (a related-posts list)."""
    run: list[Block] = []
    for block in reversed(blocks):
        if block.kind != "li":
            break
        run.append(block)
    chars = sum(len(b.text) for b in run)
    return chars > 0 and sum(b.link_chars for b in run) / chars >= 0.5


def drop_middle(blocks: list[Block]) -> list[Block]:
    """Ad markers and 'Read more: <link>' lines inside the text."""
    kept: list[Block] = []
    for block in blocks:
        text = block.text
        if block.kind != "pre" and _MIDDLE.match(text):
            continue
        if block.kind in ("p", "heading") and _MIDDLE_LINKED.match(text) and block.link_density >= 0.4:
            continue
        if block.kind == "p" and len(text) < 250 and _MIDDLE_PROMO.match(text):
            continue
        if block.kind == "p" and block.link_density >= 0.9 and len(text) < 150 and not _TERMINAL.search(text):
            continue  # a bare link to another story
        kept.append(block)
    return kept


def trim(blocks: list[Block], headline: str, byline: str | None) -> list[Block]:
    """All text-level furniture rules, in order."""
    blocks = drop_middle(blocks)
    blocks = trim_leading(blocks, headline, byline)
    # Dropping the tail can expose more tail (a heading over a related list).
    previous = -1
    while previous != len(blocks):
        previous = len(blocks)
        blocks = trim_trailing(blocks)
    return blocks
