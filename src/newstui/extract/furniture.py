"""Text-level furniture rules: what to drop at the start, the end and in the middle.

Generic patterns only (menus, breadcrumbs, share prompts, 'Related', copyright
lines, tag lists), never strings of one site.
"""

from __future__ import annotations

import re
from dataclasses import replace

from newstui.extract.cjk import CLOSERS, SENTENCE_STOPS, weighted_len, word_count
from newstui.extract.textutil import (
    DECORATED_AD_NOTICE,
    DECORATED_AD_SLOT,
    DECORATED_ADVERTISING_WORD,
    MONTH,
    PAID_LINKS_LABEL,
    QUOTE_CLOSERS,
    comparable,
)
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
    # a site's trademark notice ('Foo© and Bar© are registered trademarks of Baz Ltd. …'): names its subject,
    # where a story's sentence tells something first ('A judge ruled that Foo is a trademark of …')
    # ('iPod', '“Foo”', 'Bar ®' are names too; 'Foo and its related logos', 'the Foo globe logo' the notices' words)
    r"(?-i:(?:(?:[\"“‘(]?(?:[A-Z0-9]|[a-z]+[A-Z])[^\s,]*|[®™©]|and|or|&|the|its|their|all|respective|"
    r"(?:[a-z]+\s+){0,2}(?:logos?|names?|marks|designs?|brands?)),?\s+){1,12})"
    r"(?:is a|are) (?:registered )?trademarks? of\b"
    r".{0,200}|"
    r"(?:last )?(?:updated|modified|published|posted)(?: on| at)?\s*:?\s*\d.{0,60}|(?:last )?(?:updated|"
    r"modified):.{0,60}|"
    r"click here\b.{0,200}|sign up\b.{0,200}|subscribe\b.{0,200}|follow us\b.{0,120}|"
    r"advertisement|sponsored(?: content)?|\d+\s+comments?|comments?|leave a (?:comment|reply)|"
    r"print|email|back to top|top of page|(?:previous|next) (?:post|article|story)\b.{0,160}|"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|x)(?:\s*[|,·•/]?\s*"
    r"(?:facebook|twitter|linkedin|whatsapp|reddit|pinterest|telegram|email|x))+)$",
    _I,
)
_MIDDLE = re.compile(
    # an ad slot's label in the press's languages ('Anzeige', '- Publicité -', 'Advertentie')
    rf"^(?:{DECORATED_AD_SLOT}$|"
    r"advertisement|ad|sponsored|story continues (?:below|after) (?:the )?(?:advertisement|ad)|"
    r"scroll to continue(?: with content)?|continue reading(?: below)?|skip advert(?:isement)?|"
    # video player chrome
    r"now (?:playing|watching)|up next|replay|play(?: video)?|video (?:unavailable|player)|"
    r"next video (?:starts )?in\s*:?\s*\d*(?: play)?|"
    r"(?:unfortunately,? )?this (?:video|content|clip) is (?:not|no longer) available(?: in your (?:region|country|"
    r"location))?\.?)$",
    _I,
)
_MIDDLE_PROMO = re.compile(
    r"^(?:sign up (?:for|to)\b|subscribe (?:to|for|now)\b|get (?:our|the) .{0,40}newsletter|download (?:our|"
    r"the) .{0,20}app\b|"
    r"follow us on\b|click here to\b|\(?(?:photo|image|picture|video|graphic)s?(?: credit)?\s*:|\(?credits?\s*:|"
    # 'Photograph by Jane Doe, Agency', 'Photo courtesy of …': a credit line left by its picture
    r"\(?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy(?: of)?)\b.{0,100}(?<![.!?])$|"
    r"get (?:the latest|breaking|all the|our)\b.{0,80}\b(?:app|newsletter|inbox|alerts?)\b|"
    r"never miss (?:a|an|the|another|our)\b.{0,80}\b(?:newsletter|sign(?:ing)? up)\b|you can unsubscribe\b|"
    # the same consent line under a newsletter box in other languages
    r"sie können sich jederzeit (?:wieder )?abmelden\b|vous pouvez vous désabonner\b|"
    r"(?:would you like|want) to comment on this (?:article|story)\b|please read our comment (?:policy|guidelines)\b|"
    # reader appeals: donations, membership, letters to the editor
    r"we rely on (?:your|our readers'?|reader) support\b|(?:make|give) (?:your|a) (?:contribution|donation)\b|"
    r"donate (?:today|now)\b|"
    r"support (?:our|independent|local) journalism\b|"
    r"we want to hear (?:from you|what you think)\b|"
    # the closing pitch: 'If you enjoyed this article, …', 'For the latest news, download our app'
    r"if you (?:enjoyed|liked|found) (?:reading )?this (?:post|article|story|piece|blog post|newsletter)\b|"
    r"for the latest (?:stories|news|updates|headlines)\b.{0,80}\b(?:apps?|download|newsletter)\b)",
    _I,
)
# Affiliate and advertiser disclosures ('This post contains references to products from
# one or more of our advertisers…', 'We may earn a commission…'), and a site's note disowning
# the pages it links to ('… is not responsible for the content of external internet sites'),
# wherever they stand.
_DISCLOSURE = re.compile(
    r"\b(?:(?:contains|includes|may contain) (?:affiliate links|references to products)|"
    r"(?:is|are) not responsible for the content of (?:external|third[- ]party|other) (?:internet |web)?"
    r"(?:sites|websites|links|pages)|"
    r"products from one or more of our advertisers|"
    r"we may (?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|this (?:post|article|page) (?:contains|"
    r"includes) affiliate)\b",
    _I,
)
_MIDDLE_LINKED = re.compile(
    r"^(?:read (?:more|also|next)|also read|related|see also|watch|listen|more|"
    # the same labels in the other press languages of _CUT_OTHER
    r"lesen sie (?:auch|mehr)|lies auch|mehr zum thema|auch interessant|(?:à |a )?lire aussi|(?:à |a )?voir aussi|"
    r"le[ae] (?:también|más)|mira|ver también|leia (?:também|mais)|veja também|leggi anche|lees ook|"
    # Spanish-language papers' 'see also' over one linked headline ('VEA TAMBIÉN:', 'PUEDES VER:')
    r"vea (?:también|además)|puedes ver|(?:también )?(?:te|le) puede interesar|no te pierdas|"
    r"(?:czytaj|zobacz) (?:też|także|również)|dowiedz się więcej)"
    r"\s*[:|»-]",
    _I,
)
_BREADCRUMB = re.compile(r"[›»>/|]")
# Chinese and Japanese sentences end in '。', '！', '？' (cjk.py), often before a closing bracket.
_TERMINAL = re.compile(rf"[.!?…:：{SENTENCE_STOPS}][{QUOTE_CLOSERS}\]{CLOSERS}]?$")
_DATE_LINE = re.compile(
    r"^(?:\w+,?\s+|(?:posted|published|updated|modified)\s+on\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    # A label of two words may open it ('Published on 19 February 2020', 'Pubblicato il 19 Febbraio 2020').
    r"|^(?:\w+,?\s+){0,2}\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}"
    r"|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
    # '2017年3月10日' and a short label before a numeric date ('Posted: 2017-03-10', '发稿时间：2017-03-10')
    r"|^\d{4}年\d{1,2}月\d{1,2}日"
    r"|^[^\W\d_][^:：\d.!?。]{0,15}[:：]\s*\d{4}(?:[./-]\d{1,2}[./-]\d{1,2}|年\d{1,2}月)",
    _I,
)


# 'Jane Doe is a reporter for …', 'This article was originally published at …'.
_BIO = re.compile(
    r"^(?!(?:The|This|That|He|She|It|They)\b)[A-Z][\w'’.-]+\s(?:(?:[A-Z][\w'’.-]+|di|de|da|del|van|von|der|den|le|la|al|bin|el|du|dos)\s){0,4}is\s(?:a|an|the)\s[^.]{0,80}?\b(?i:reporter|correspondent|"
    r"editor|writer|journalist|columnist|contributor|producer|author|freelancer?|critic|analyst|"
    # the closing bio of a guest author or expert: 'Jane Doe is the founder of …', '… is adjunct faculty at …'
    r"founder|co-founder|director|owner|professor|lecturer|faculty|fellow|researcher|physician|consultant|"
    r"photographer|designer|engineer|strategist|marketer|coach|enthusiast)\b"
    r"|^(?i:(?:this (?:article|story|post) (?:was|is) )?originally (?:published|appeared))\b"
)


# The same closing bio as newsrooms in other languages write it: 'Jana Roth ist Redakteurin
# für …', 'Seit 2019 bei der Zeitung.', 'Jane Doe est journaliste …', 'Redactora en la sección
# de …', 'Sevilla, 1984. Periodista.' (a birthplace and year opening a bio).
_BIO_OTHER = re.compile(
    r"^(?:[A-ZÄÖÜ][\w'’.-]+\s(?:[A-ZÄÖÜ][\w'’.-]+\s){0,3}(?:ist|est|es|è|is)\s(?:\w+\s)?(?:[\w-]+-)?"
    r"(?i:reporter|redakteur|korrespondent|journalist|autor|moderator|volontär|journaliste|rédact(?:eur|rice)|"
    r"correspondant|periodista|redactor|corresponsal|giornalista|redattore|corrispondente)"
    r"|(?i:seit \d{4} (?:bei|für|beim|im|in der|als))\b"
    r"|(?i:(?:redact(?:or|ora)|periodista|corresponsal|journaliste|rédact(?:eur|rice)|giornalista)\s(?:y|en|de|et|à|del|della))\b"
    r"|[A-ZÁÉÍÓÚ][\w'’-]+, (?:19|20)\d{2}\. )",
)
_SAID = re.compile(r"\bsaid\b|\bsays\b|[\"“”]")


def _short_residue(block: Block) -> bool:
    """Menu residue and labels: a few words, no sentence ending, not a heading.

    Lengths and words are counted so that a Chinese or Japanese sentence (no
    spaces, cjk.py) is not one short "word".
    """
    text = block.text
    if block.kind == "heading" or len(text) >= 40 or _TERMINAL.search(text):
        return False
    return weighted_len(text) < 40 and word_count(text) <= 4


def _breadcrumb(block: Block) -> bool:
    text = block.text
    return len(_BREADCRUMB.findall(text)) >= 2 and word_count(text) <= 14 and not _TERMINAL.search(text)


def trim_leading(blocks: list[Block], headline: str, byline: str | None) -> list[Block]:
    """Drop menu residue, breadcrumbs, the repeated headline, bylines and dates before the text."""
    head_key = comparable(headline)
    byline_key = comparable(byline or "")
    start = 0
    shown = False  # the headline stood on its own above: a paragraph opening with its words is the lede
    after_notice = False  # an access notice of the run above the story went: the next one is the run's too
    while start < len(blocks):
        block = blocks[start]
        key = comparable(block.text)
        text = block.text
        if not key:
            start += 1
            continue
        if head_key and (key == head_key or (block.kind == "heading" and len(key) > 20 and key in head_key)):
            shown = shown or key == head_key
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
        if (
            head_key
            and not shown
            and block.kind == "p"
            and len(text) - len(headline) >= 80
            and text.casefold().startswith(headline.casefold() + " ")
        ):
            # The headline ran into the first paragraph (only a <br> between them).
            blocks = blocks[:start] + [replace(block, text=text[len(headline) :].strip())] + blocks[start + 1 :]
            break
        if byline_key and (key == byline_key or (len(text) < 100 and byline_key in key and block.kind != "heading")):
            start += 1
            continue
        if block.kind != "heading" and (_LEAD.match(text) or _breadcrumb(block) or _TAIL.match(text)):
            start += 1
            continue
        if block.kind != "heading" and len(text) < 100 and _DATE_LINE.search(text) and word_count(text) <= 16:
            start += 1
            continue
        if (
            block.kind != "heading"
            and len(text) < 120
            and not _TERMINAL.search(text)
            and any(comparable(b.text) == key for b in blocks[start + 1 : start + 6])
        ):
            # A video or gallery title shown twice above the story.
            start += 1
            continue
        if _short_residue(block) and _next_is_text(blocks, start):
            start += 1
            continue
        if (
            block.kind != "heading"
            and weighted_len(text) < 80
            and word_count(text) <= 7  # a longer line is a standfirst, not a label
            and not _TERMINAL.search(text)
            and _text_follows(blocks, start)
        ):
            # Player controls, captions and labels before the first real paragraph.
            start += 1
            continue
        if block.link_density >= 0.5 and len(text) < 160:
            start += 1
            continue
        if _access_notice(blocks, start, after_notice=after_notice):
            after_notice = after_notice or _notice(blocks[start])
            start += 1
            continue
        break
    return blocks[start:]


# A notice about the reader's access, printed above the story for a script to show or hide.
_ACCESS_NOTICE = re.compile(
    r"^(?:to (?:view|read|continue reading|access|unlock) (?:the|this) (?:full |entire |rest of (?:the|this) )?"
    r"(?:story|article|post)\b.{0,20}\byou (?:must|need|have to|will need)\b"
    r"|(?P<account>your (?:account|subscription|access) (?:has been|is) (?:frozen|suspended|locked|blocked|expired|"
    r"paused)\b)"
    r"|you(?: have|'ve|’ve) (?:reached|used(?: up)?) (?:your|the|all (?:of )?your) (?:\w+ )?(?:limit|quota|allowance)?"
    r"\s*(?:of )?(?:free )?(?:articles|stories)\b"
    r"|this (?:story|article|content) is (?:only )?(?:available (?:only )?to|for|reserved for) (?:our )?"
    r"(?:subscribers|members|registered users)\b)",
    _I,
)
_NOTICE_CHARS = 300
"""Characters of an access notice at most: a longer paragraph is the story's."""
_NOTICE_LABEL_WORDS = 4
"""Words of a notice's label ('Premium article!', 'Registered users only') at most."""
_LONE_NOTICE_CHARS = 120
"""Characters of a notice about the article that goes on its own at most."""
_LONE_NOTICE = re.compile(r"[^,.!?]*[.!?]?$")
"""What may follow a lone notice's words: no clause ('…, the banner says') and no second sentence."""


def _access_notice(blocks: list[Block], index: int, *, after_notice: bool) -> bool:
    """blocks[index] is one of a run of notices about the reader's access above the story, or a label over one.

    General pattern: pay and registration sites print every notice a reader
    might get above the story ('Premium article! To read this article in full
    you must be a subscriber.', 'Your account has been frozen.', 'You have
    reached your limit of free articles') and a script shows the one that fits;
    a signed-in reader sees none, and the story is the text under them. Such a
    line (_ACCESS_NOTICE, under _NOTICE_CHARS characters) and a label of up to
    _NOTICE_LABEL_WORDS words right above one go while the leading trim runs,
    when the notices come as such a run: one after another notice
    (after_notice), or with another right below it (a label between them
    allowed). A lone notice goes only when it speaks of the article and is a
    sentence of its own ('You have reached your limit of free articles this
    month.'): a story about a bank or about paywalls may open on the same
    words ('Your account has been frozen. That was all 40,000 customers saw
    on Tuesday.', 'You have reached your limit of free articles, the banner
    says, and …'), and its opening is worth more than one stray line.
    """
    if _notice(blocks[index]):
        return after_notice or _notice_below(blocks, index) or _lone_notice(blocks[index].text)
    if not _label(blocks[index]) or not _notice_at(blocks, index + 1):
        return False
    return after_notice or _notice_below(blocks, index + 1) or _lone_notice(blocks[index + 1].text)


def _notice(block: Block) -> bool:
    return block.kind != "heading" and len(block.text) < _NOTICE_CHARS and bool(_ACCESS_NOTICE.match(block.text))


def _lone_notice(text: str) -> bool:
    match = _ACCESS_NOTICE.match(text)
    return (
        match is not None
        and match.group("account") is None
        and len(text) < _LONE_NOTICE_CHARS
        and _LONE_NOTICE.match(text, match.end()) is not None
    )


def _notice_at(blocks: list[Block], index: int) -> bool:
    return index < len(blocks) and _notice(blocks[index])


def _label(block: Block) -> bool:
    """A notice's label ('Premium article!'): a few words that end in no stop or colon."""
    return word_count(block.text) <= _NOTICE_LABEL_WORDS and not block.text.endswith((".", ":"))


def _notice_below(blocks: list[Block], index: int) -> bool:
    """Another access notice right below blocks[index], or below a label there."""
    below = index + 1
    if below < len(blocks) and not _notice(blocks[below]) and _label(blocks[below]):
        below += 1
    return _notice_at(blocks, below)


# A byline in the press languages: 'By Jane Doe', 'Von Jana Roth und Ole Berg, Kiel',
# 'von Jana Roth, Radio Nord', 'Par Jeanne Dupont'. The names are capitalised words.
_BYLINE = re.compile(
    r"^(?i:by|von|par|por|door|av|af|di|przez)\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.-]+){1,3}"
    r"(?:\s*(?:,|&|(?i:and|und|et|y|e|en|i|og|och))\s+[^.!?]{1,50})?$"
)


def drop_early_byline(blocks: list[Block]) -> list[Block]:
    """A byline line among the first three paragraphs, after a standfirst the leading trim kept.

    General pattern: templates print the standfirst, then 'Von Jana Roth, Kiel',
    then the story; the leading trim stops at the standfirst, so the byline
    stayed as the second paragraph.
    """
    for index, block in enumerate(blocks[:3]):
        if block.kind == "p" and len(block.text) <= 90 and _BYLINE.match(block.text):
            return blocks[:index] + blocks[index + 1 :]
    return blocks


_STAMP = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b")
"""A numeric date ('27/04/2022', '2022-04-27')."""
_STAMP_CHARS = 60


def drop_early_stamps(blocks: list[Block]) -> list[Block]:
    """Date stamps ('Updated 27/04/2022 10:00') just after a standfirst the leading trim kept.

    General pattern: templates print the standfirst, then the published and
    updated stamps (with the byline: 'Jane Roe, 02.02.2022'), then the story;
    the leading trim drops such labels only before the first paragraph, so
    after a standfirst they stayed. A line of under _STAMP_CHARS characters
    holding a numeric date, not ending like a sentence, or a written date
    after 'posted on' / 'updated on', among the three blocks after the first
    paragraph, goes.
    """
    if not blocks or blocks[0].kind != "p":
        return blocks
    early = blocks[1:4]
    kept = [b for b in early if not (b.kind == "p" and len(b.text) < _STAMP_CHARS and _stamp(b.text))]
    return blocks if len(kept) == len(early) else [blocks[0], *kept, *blocks[4:]]


_STAMP_LABEL = re.compile(r"^(?:posted|published|updated|modified)\s+on\s", _I)
"""'posted on April 21, 2015, at 11:29 a.m.': a labelled stamp, whose 'a.m.' ends like a sentence."""


def _stamp(text: str) -> bool:
    if _STAMP_LABEL.match(text) and _DATE_LINE.match(text):
        return True
    return _STAMP.search(text) is not None and not _TERMINAL.search(text)


def _next_is_text(blocks: list[Block], index: int) -> bool:
    """Some real paragraph follows (so a short first line is residue, not the article)."""
    return any(b.kind != "heading" and weighted_len(b.text) >= 80 for b in blocks[index + 1 : index + 8])


def _text_follows(blocks: list[Block], index: int) -> bool:
    """A long paragraph comes later, with nothing but short lines and headings in between."""
    for block in blocks[index + 1 :]:
        size = weighted_len(block.text)  # a Chinese or Japanese paragraph is a third as long
        if block.kind == "p" and size >= 100:
            return True
        if block.kind != "heading" and size >= 80:
            return False
    return False


_WORDS_BETWEEN = 2
"""Words between two links of a closing line that make it the author's sentence, not a list of links."""
_WORD_RE = re.compile(r"\w+")


def _sentence_around_links(block: Block) -> bool:
    """A closing paragraph whose links are phrases of one sentence of the author's: text, not a link line.

    General pattern: a post often ends on a sentence pointing the reader on
    ('The instructions are here. You can order it through the shop (we
    linked it from our front page too).'), where most words are links; as a
    line over half links it was trimmed as the page's related links, and
    the short lines above it (a list) went after it as menu residue. A list
    of links has only separators between its links ('A | B | C') and a
    related line one link; a paragraph with two or more links, ending like a
    sentence, that has _WORDS_BETWEEN or more words between two of them, is
    the story's.
    """
    if block.kind != "p" or len(block.links) < 2 or not _TERMINAL.search(block.text):
        return False
    text = block.text
    position = 0
    spans: list[tuple[int, int]] = []
    for link in block.links:
        start = text.find(link.text, position)
        if start < 0:
            return False
        spans.append((start, start + len(link.text)))
        position = start + len(link.text)
    return any(
        len(_WORD_RE.findall(text[end:start])) >= _WORDS_BETWEEN
        for (_, end), (start, _) in zip(spans, spans[1:], strict=False)
    )


def trim_trailing(blocks: list[Block], *, linked_story: bool = False) -> list[Block]:
    """Drop share prompts, related lists, tags, copyright and dangling headings at the end.

    In a story made of links (linked_story) link-only lines are its text and stay.
    """
    end = len(blocks)
    while end > 0:
        block = blocks[end - 1]
        text = block.text
        if (
            block.kind == "heading"
            or _TAIL.match(text)
            or ((_BIO.match(text) or _BIO_OTHER.match(text)) and len(text) < 500 and not _SAID.search(text))
            or (
                not linked_story
                and block.link_density >= 0.5
                and (block.kind == "li" or len(text) < 200)
                and not _sentence_around_links(block)
            )
            or _short_residue(block)
            and block.kind != "li"
            or _channel_prompt(block)
        ):
            end -= 1
            continue
        if not linked_story and block.kind == "li" and end >= 2 and _link_list_tail(blocks[:end]):
            end -= 1
            continue
        break
    return blocks[:end]


# A prompt to follow the site somewhere else, closing the page: 'Do you follow us on WhatsApp
# yet?', 'Bookmark our homepage and sign up for our newsletters', 'Click like to get the latest
# news via Facebook', 'Folgst du schon … auf Whatsapp?'. A call, then a channel in the same
# sentence; the call opening its sentence or clause, asking for the site ('follow us', 'join
# our channel'), or put to the reader ('you can follow').
_CALL_TO_CHANNEL = re.compile(
    r"\b(?:follow|subscribe|sign up|register|join|download|bookmark|click|like (?:us|our)|receiv(?:e|ing)|"
    r"get|add|folg\w*|abonnier\w*|suivez|abonnez|síguenos|suscríbete|seguici|segui|ikuti)\b"
    r"(?:(?![.!?](?:\s|$)).){0,80}?"
    r"\b(?:whatsapp|telegram|facebook|twitter|instagram|tiktok|youtube|linkedin|rss|news ?feeds?|"
    r"newsletters?|e-?mails?|inbox|alerts|apps?|push|google news|homepage|wall|kanal|channel)\b",
    _I,
)
# The site as the call's object ('follow us', 'sign up for our newsletter', 'suivez-nous').
_SITE = re.compile(r"\b(?:us|our|uns|unser\w*|nous|nos|notre)\b", _I)
# What may stand before a call that opens its sentence or clause, or puts it to the reader.
_CALL_OPENS = re.compile(
    r"(?:\A|[.!?:;–—]\s*|\bplease\s+|\b(?:you|du|vous)\s+(?:(?:can|could|should|may|will|must|kannst|pouvez)\s+)?)\Z",
    _I,
)
# The writer speaking ('sign up for my newsletter', 'follow my progress on Twitter'): a blog's own text.
_WRITER = re.compile(r"\b(?:I|my|me|mine|ich|mein\w*|mich)\b")
_PROMPT_CHARS = 300


def _channel_prompt(block: Block) -> bool:
    """A short closing line asking the reader to follow the site on a channel (not a story's sentence).

    General pattern: templates close a story with a call to follow the
    publication elsewhere (a messenger channel, a newsletter, a social page, the
    app). Such a line holds a call (follow, subscribe, sign up, join, get,
    click…) with a channel after it in the same sentence, and the call opens its
    sentence or clause ('Follow the Herald on…', '…: join our channel'), asks
    for the site ('follow us', 'sign up for our newsletter') or is put to the
    reader ('you can follow'). A story's own sentence about a channel holds no
    such call: 'Like many families, they watched on YouTube' opens on a
    preposition, and 'shops that want to get your address for their
    newsletters' asks nothing of the reader. One that quotes somebody, or in
    which the writer speaks ('my newsletter'), is never taken.
    """
    text = block.text
    if block.kind not in ("p", "heading") or len(text) >= _PROMPT_CHARS or _SAID.search(text):
        return False
    if _WRITER.search(text):
        return False
    return any(
        _SITE.search(call.group()) or _CALL_OPENS.search(text, 0, call.start())
        for call in _CALL_TO_CHANNEL.finditer(text)
    )


def _link_list_tail(blocks: list[Block]) -> bool:
    """The trailing run of list items is mostly links (a related-posts list)."""
    run: list[Block] = []
    for block in reversed(blocks):
        if block.kind != "li":
            break
        run.append(block)
    chars = sum(len(b.text) for b in run)
    return chars > 0 and sum(b.link_chars for b in run) / chars >= 0.5


# The label of a recirculation module set between paragraphs ('Keep Reading' over one teaser).
_RECIRC_LABEL = re.compile(
    r"^(?:keep reading|continue reading|read (?:more|also|next)|also read|related(?: (?:story|article|reading|"
    r"coverage))?|"
    r"more on (?:this|that)(?: story| topic)?|further reading|see also|don'?t miss|must read|"
    r"recommended(?: reading)?|"
    # The same inline labels in the other press languages ('Lesen Sie auch', 'À lire aussi'); the
    # openers that end a story there ('Das könnte Sie auch interessieren') are _CUT_OTHER's.
    r"auch interessant|ebenfalls interessant|schon gelesen|(?:lesen sie|lies) (?:auch|mehr)|auch lesen|"
    r"mehr zum thema|zum weiterlesen|passend dazu|(?:à )?lire (?:aussi|également)|voir aussi|"
    r"(?:también )?le puede interesar|lea también|lee también|leggi anche|leia também|veja também|"
    r"lees ook|czytaj (?:też|także|również)|zobacz (?:też|także|również))\s*[:?]?$",
    _I,
)


# The closing lines blog engines print under every post (WordPress's 'This entry was posted
# on … and is filed under …', 'You can follow any responses to this entry through the RSS 2.0
# feed'; TypePad's and Movable Type's 'TrackBack URL for this entry: …', 'Listed below are
# links to weblogs that reference …'). On a blog's front page the next post follows them, so
# only the line goes.
_POST_FOOTER = re.compile(
    r"^(?:this (?:entry|post) was posted (?:on|in|by)\b.{0,300}?\b(?:filed under|categori[sz]ed|"
    r"bookmark the permalink)"
    r"|you can (?:follow|skip to the end and leave) (?:any )?(?:responses?|comments?) to this (?:entry|post)\b"
    r"|track ?back (?:url|uri|address)(?: for this (?:entry|post))?\s*:"
    r"|listed below are links to (?:weblogs|blogs|sites|pages) that reference\b)",
    _I,
)


# The labels of an article's tool strip: print, e-mail to a friend, text size, share,
# report a typo, and the social bookmark services of the strip.
_TOOL = (
    r"(?:(?:story|article|page) )?tools|printer[- ]friendly(?: page| version| format)?|"
    r"print(?: this)?(?: article| story| page| version)?|"
    r"e-?mail(?: this)?(?: article| story| page)?(?: to a friend)?|"
    r"send (?:this )?(?:article |story |page )?to (?:a )?friends?(?: by e-?mail)?|send (?:your |us )?feedback|"
    r"share(?: this)?(?: article| story| page)?(?: on)?|post this (?:article|story) to|"
    r"(?:text|font) size(?:(?:\s*:\s*|\s+)(?:[sml]|xl|a|\+|-|–)(?:\s+(?:[sml]|xl|a|\+|-|–))*)?|"
    r"report (?:a )?(?:typo|error|mistake)|what is this\??|save(?: this)?(?: article| story)?|"
    r"(?:add to )?del\.icio\.us|digg(?: this)?(?: story)?|reddit|newsvine|nowpublic|fark|stumbleupon|"
    r"facebook|twitter|linkedin|whatsapp"
)
# One way only to read the space between two labels: with an optional mark between two
# optional space runs, a line of 32 labels and another word took 2^32 tries to refuse.
_TOOL_STRIP = re.compile(rf"^(?:{_TOOL})(?:(?:\s*[|•·:,/]\s*|\s+)(?:{_TOOL}))+\s*[|•·:]?$", _I)
"""Two tool labels or more and nothing else ('Story tools: E-mail | Print | Text size: S M L')."""


_STRIP_ITEMS = 4
"""Items split by bars a menu strip holds at least."""
_STRIP_ITEM_WORDS = 5
"""Words of the longest item of a menu strip: section names and controls, not sentences."""


def _link_strip(block: Block) -> bool:
    """A menu or control strip: _STRIP_ITEMS or more short items split by '|' or '•', mostly links.

    General pattern: a section menu ('News: ePaper | Front Page | National | …')
    or a comment's controls ('[ Post Reply | Private Reply | View Replies ]')
    walked as one paragraph. Short ones are bare links the other rules drop; a
    long one stayed wherever it stood. Data table rows are split by bars too,
    but hold no links; a line of results with its clubs linked ('Ashford 2-1
    Benton | Carrow 0-0 Dunmore | …') does, but most of its items carry a
    number, where a menu's name sections.
    """
    text = block.text
    if block.kind not in ("p", "li") or block.link_density < 0.5 or _TERMINAL.search(text):
        return False
    items = [item for item in re.split(r"\s[|•]\s", text) if item.strip(" []")]
    if 2 * sum(1 for item in items if _DIGIT.search(item)) > len(items):
        return False  # scores, prices, times: data, not a menu
    return len(items) >= _STRIP_ITEMS and all(word_count(item) <= _STRIP_ITEM_WORDS for item in items)


_DIGIT = re.compile(r"\d")

# A jump link of a long page's template: 'Back to top', 'Return to citation in text: [1] [2]',
# '(Return to Contents)', 'Top of Page', 'Return to the project's home page.'
_JUMP_LINK = re.compile(
    r"^\(?(?:(?:back|return|go|jump|scroll) to (?:the )?(?:top|start|beginning|contents|table of contents|index|"
    r"citation in text(?:\s*:)?(?:\s*\[\d{1,3}\])*)(?: of (?:the |this )?page)?"
    r"|(?:back|return) to (?:the )?[^.!?]{1,40}(?:home ?page|main page)"
    r"|top of (?:the |this )?page)\s*[.^↑]?\)?$",
    _I,
)
# A reading-time label, alone or after the dateline it stands beside: '5 min read',
# '06. 03. 2025, 14:59 Uhr Lesedauer: 4 Minuten', '3 Min. Lesezeit'.
_READING_TIME = re.compile(
    r"(?:^|[\s|·•,])(?:(?:lesedauer|lesezeit|reading time|read time|temps de lecture|tiempo de lectura)\s*(?::\s*)?"
    r"(?:ca\.\s*)?\d{1,3}\s*min(?:\.|uten|utes?|s)?"
    r"|\d{1,3}\s*min(?:\.|uten|utes?|s)?\s*(?:read|lesezeit|lesedauer|de lecture|de lectura|läsning|læsetid))$",
    _I,
)
_READING_TIME_CHARS = 80
"""Characters of a dateline with its reading time at most."""
# A publication stamp set between the paragraphs (under a standfirst, over a gallery, after the
# story): 'Last Updated: Monday, March 3, 2025 | 2:21 PM ET', 'Published: 3 March 2025',
# 'Aktualisiert am 03.03.2025, 14:21 Uhr', 'Uppdaterad 15.59 | Publicerad 14.14'. Not 'Posted by …
# on …', which blogs sign their posts and comments with (several sets' truths keep those).
_NEWS_STAMP = re.compile(
    r"^(?:(?:last |first )?(?:updated|published|modified)|aktualisiert|publiziert|veröffentlicht|erstellt|"
    r"stand(?=\s*:)|uppdaterad|publicerad|publié|mis à jour|actualizado|publicado)"
    r"(?: (?:on|at|am|le|el))?(?:\s*[:|]\s*|\s+)[^.!?]{0,50}?\d",
    _I,
)
_NEWS_STAMP_CHARS = 90
"""Characters of a publication stamp at most."""
# What makes a stamp a stamp: a date or a time after its word ('14:21', '2025', '03.03.25',
# '4 hours ago', 'March 3', '3. März'). A fact line opening with the same word and a figure
# ('Updated forecast: 2.1% growth', 'Published findings: 3 of 4 trials') is the story's. Months
# and units are whole words ('4 major banks', '12 ministers' name no date); a time's minutes
# run to 59 ('1.75 per cent' is a figure). A year is no date when a word follows it: 'Published in
# 1994 by a small press', 'Updated target: 2040 homes' are a book's or a plan's facts.
_MONTH = MONTH
_STAMP_DATE = re.compile(
    r"\b(?:[01]?\d|2[0-3])[:.h][0-5]\d\b(?![.,]?\d|\s*%)"
    r"|\b(?:1[89]|20)\d{2}\b(?!\s*%)(?!\s+[^\W\d_]{2})"
    r"|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b"
    r"|\b\d{1,3}\s*(?:sec(?:s|onds?|ondes?)?|min(?:s|utes?|uten|utos?|uti|uter|utter)?|hours?|hrs?|h|days?|weeks?|"
    r"stunden?|std\.?|tage?n?|heures?|jours?|horas?|d[ií]as?|timm(?:e|ar)|dagar?)\b"
    rf"|\b{_MONTH}\s*\d{{1,2}}\b|\b\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+)?{_MONTH}(?!\w)",
    _I,
)


# The label over a box of paid links set inside the story ('Advertisement', 'Sponsored Links',
# 'Ads by Google', 'Anzeige'); 'Sponsored' alone may head a paid story of its own.
_AD_LABEL = re.compile(rf"^(?:advertisements?|ads?|{PAID_LINKS_LABEL}|{DECORATED_AD_SLOT})\s*:?$", _I)
# Ad labels that never title a section of a story (unlike 'Ads', 'Werbung', 'Advertisements' or
# 'Ads by Russian groups' in a story about advertising): such a heading goes with no ad lines under it.
_LONE_AD_LABEL = re.compile(
    r"^(?:advertisement|sponsored (?:links|ads|results|listings)|ads by \w+|(?:paid|promoted) links|"
    rf"(?:a word )?from our sponsors?|{DECORATED_AD_NOTICE})\s*:?$",
    _I,
)
_AD_LINES = 6
"""Lines of ads under one label at most: a longer run is a list of its own, which cut_tail judges."""
_AD_LINE_CHARS = 160
_RESUMED_STORY = 80
"""Characters of the paragraph after an ad box that show the story goes on past it."""


def _ad_line(block: Block) -> bool:
    """A short linked line: one ad's title and blurb."""
    return block.kind in ("p", "li") and len(block.text) < _AD_LINE_CHARS and block.link_density >= 0.3


def drop_ad_boxes(blocks: list[Block]) -> list[Block]:
    """An ad box set between the story's paragraphs: its label and the short linked lines under it.

    General pattern: templates put a box of paid links inside the story under
    a label ('Advertisement', 'Sponsored Links', 'Ads by …'); once the page is
    read as text the label went (`_MIDDLE`) or its list did (a list of links),
    and what was left read as the story's (the ad lines) or headed the rest of
    it (the label as a section heading; a label heading alone goes only when
    it never titles a section, `_LONE_AD_LABEL`). A label followed by two to _AD_LINES
    short linked lines goes with them when the story's prose resumes after
    them; a short paragraph after the label, unlinked or alone ('<a>Mayor
    Hale</a> declined to comment.'), is the story's own.
    """
    drop: set[int] = set()
    for index, block in enumerate(blocks):
        if block.kind not in ("p", "heading") or not _AD_LABEL.match(block.text):
            continue
        end = index + 1
        while end < len(blocks) and end - index <= _AD_LINES and _ad_line(blocks[end]):
            end += 1
        after = blocks[end] if end < len(blocks) else None
        resumes = (
            after is not None
            and after.kind in ("p", "li", "blockquote")
            and len(after.text) >= _RESUMED_STORY
            and after.link_density < 0.3
        )
        lone_label = block.kind == "heading" and bool(_LONE_AD_LABEL.match(block.text))
        # Two ad lines at least: one short linked line after a slot label is as often the story's own.
        if resumes and (end > index + 2 or lone_label):
            drop.update(range(index, end))
    return [block for index, block in enumerate(blocks) if index not in drop] if drop else blocks


_ADVERTISING_WORD_ALONE = re.compile(rf"^{DECORATED_ADVERTISING_WORD}$", _I)


def _names_advertising(block: Block) -> bool:
    """A heading or list item of a word that names advertising itself ('Reklama', 'Publicité'): no slot.

    General pattern: in many languages the ad slot's label is also the word
    for advertising (as 'Werbung' is), and a story about the trade titles a
    section with it or lists it among a firm's trades; a paragraph of it
    alone is the slot's label, a heading of it heads the paragraphs under it,
    an item of it is one of its list's.
    """
    return block.kind in ("heading", "li") and bool(_ADVERTISING_WORD_ALONE.match(block.text))


def drop_middle(blocks: list[Block], *, linked_story: bool = False) -> list[Block]:
    """Ad markers and 'Read more: <link>' lines inside the text (bare links too, unless linked_story).

    Also a long page's jump links ('Back to top', 'Return to citation in text',
    `_JUMP_LINK`) and a reading-time label, alone or after its dateline ('5 min
    read', 'Lesedauer: 4 Minuten', `_READING_TIME`) and a publication stamp ('Last
    Updated: Monday, March 3, 2025 | 2:21 PM ET', `_NEWS_STAMP`, holding a date or a
    time, `_STAMP_DATE`), wherever they stand.

    Also a blog engine's closing lines under a post (`_POST_FOOTER`) and a strip of
    article tools (`_TOOL_STRIP`: 'Printer friendly page', 'E-mail | Print | Text
    size', 'Share this article') and a menu strip of links (`_link_strip`), wherever
    they stand.

    Also the page's own furniture rendered as paragraphs between the story's:
    captions ending in a picture credit and clip descriptions ending in a
    duration (`_caption_like`), consent placeholders and expand/collapse labels
    (`_PLACEHOLDER`), live-blog entry stamps (`_RELATIVE_STAMP`), and a
    'WATCH | …' clip label with the short description under it (`_EMBED_LABEL`).
    """
    kept: list[Block] = []
    skip_teaser = False
    skip_clip = False
    for index, block in enumerate(blocks):
        text = block.text
        if skip_clip:
            skip_clip = False
            if block.kind == "p" and len(text) < 300:
                continue  # the clip's description under its 'WATCH |' label
        if skip_teaser:
            skip_teaser = False
            short = len(text) < 160
            if block.kind in ("p", "li") and short and (block.link_density >= 0.2 or not _TERMINAL.search(text)):
                continue  # the teaser under a 'Keep reading' label
        if (
            block.kind in ("p", "heading")
            and _RECIRC_LABEL.match(text)
            and not _CUT_OTHER.match(text)
            and 0 < index < len(blocks) - 1
        ):
            skip_teaser = True
            continue
        if block.kind != "pre" and _MIDDLE.match(text) and not _names_advertising(block):
            continue
        if block.kind in ("p", "li") and (
            _PLACEHOLDER.match(text) or _RELATIVE_STAMP.match(text) or _caption_like(block)
        ):
            continue
        if block.kind in ("p", "heading") and _EMBED_LABEL.match(text):
            skip_clip = True
            continue
        if block.kind in ("p", "heading") and _MIDDLE_LINKED.match(text) and block.link_density >= 0.4:
            continue
        if block.kind == "p" and len(text) < 250 and _MIDDLE_PROMO.match(text):
            continue
        if block.kind == "p" and len(text) < 400 and _DISCLOSURE.search(text):
            continue
        if block.kind == "p" and len(text) < 500 and _POST_FOOTER.match(text):
            continue
        if block.kind in ("p", "heading") and len(text) < 200 and _TOOL_STRIP.match(text):
            continue
        if block.kind in ("p", "li", "heading") and len(text) < 100 and _JUMP_LINK.match(text):
            continue
        if block.kind in ("p", "li") and len(text) < _READING_TIME_CHARS and _READING_TIME.search(text):
            continue
        if (
            block.kind == "p"
            and len(text) < _NEWS_STAMP_CHARS
            and _NEWS_STAMP.match(text)
            and _STAMP_DATE.search(text)
            and not _TERMINAL.search(text)
        ):
            continue
        if not linked_story and ("|" in text or "•" in text) and _link_strip(block):
            continue
        if (
            not linked_story
            and block.kind == "p"
            and block.link_density >= 0.9
            and len(text) < 150
            and not _TERMINAL.search(text)
        ):
            continue  # a bare link to another story
        kept.append(block)
    return kept


# A caption or photo credit kept as a paragraph. Captions end with their credit in a few
# shapes, whatever the language: '… (Image: Getty)', '… Bild: Jane Doe/dpa', 'Quelle: AFP',
# 'Name | Moment | Getty Images', '… IMAGO/Jane Doe'. Agencies named here are the
# wire and picture agencies of many countries' press, not one site's.
_CREDIT_END = re.compile(
    r"(?:\((?:images?|photos?|pictures?|pics?|fotos?|bild(?:er)?|credits?|crédits?|quelle)\s*:\s*[^()]{1,60}\)"
    r"|(?:^|\s)(?:bild(?:er)?|fotos?|photos?|quelle|crédits?(?: photo)?|fonte|fuente)\s*:\s*(?:[^.!?;]|\.(?=\S)){2,60}"
    r"|\|\s*getty images|\bimago(?: images)?\s*/\s*[^/.!?]{1,40}"
    r"|/\s*(?:dpa|afp|ap|reuters|epa|imago|keystone|anp|belga|apa)(?:[-/ ]\w+)?"
    # '… (Archivbild)', '… (file photo)': a caption saying its picture is old or stands for the topic
    r"|\((?:archivbild|archivfoto|symbolbild|symbolfoto|file photo|archive photo|file)\)"
    # '… © Gemeinde Nußdorf', '… (REUTERS/Jane Doe)', '… (AFP/Getty Images)'
    # (a bare agency '(AP)', '(Reuters)' closes a news brief: a picture's credit names its photo or photographer)
    r"|©\s*[^.!?©]{1,60}|\((?:(?:ap|afp|reuters|dpa|epa)(?: photo(?:/[^()]{1,40})?|/[^()]{1,40})|getty images)\))$",
    _I,
)
# A video's duration after its date or title: '18.04.2024 | 0:21 min', 'Video | 2:13 min'.
_DURATION = re.compile(r"(?:^|[|·•]\s*)\d{1,3}:\d{2}(?::\d{2})?\s*(?:min\.?|minuten|minutes|mins)$", _I)
# The label of an embedded video or audio clip, 'WATCH | Title:', set over its description.
_EMBED_LABEL = re.compile(r"^(?:watch|listen|video|audio|ansehen|anhören)\s*\|\s*\S.{0,160}$", _I)
# A consent placeholder left where an embed (a video, a chart, a post) waits for the
# reader's click, and an expand/collapse control's two labels read as one line.
_PLACEHOLDER = re.compile(
    r"^(?:ein klick für den datenschutz|(?:empfohlener )?externer inhalt|"
    r"click to (?:load|show|view|display) (?:the )?(?:embed|content|video|tweet|post|map|chart)\b.{0,60}|"
    r"(?:[\w-]+ )?(?:aufklappen|ausklappen) (?:[\w-]+ )?(?:zuklappen|einklappen)|"
    r"(?:expand|show more) (?:[\w-]+ )?(?:collapse|show less))$",
    _I,
)
# A live blog's entry stamp: '21 mins ago11:48 Jane Doe', '2 hours ago'.
_RELATIVE_STAMP = re.compile(r"^\d{1,2}\s*(?:mins?|minutes?|hours?|hrs?|days?)\s+ago(?![a-z])[^.!?]{0,60}$", _I)


def _caption_like(block: Block) -> bool:
    """A short paragraph that ends with a picture credit or a clip's duration (no story sentence does)."""
    text = block.text
    if block.kind != "p" or len(text) >= 400:
        return False
    tail = text[-100:]  # every credit and duration shape is shorter: no scan of the whole paragraph
    if ("min" in tail[-12:].lower()) and _DURATION.search(tail):
        return True
    # Each credit shape holds a ':', a '/', a '|', a '©' or ends on ')' (cheap tests first: this runs on
    # every paragraph).
    marked = ":" in tail or "/" in tail or "|" in tail or "©" in tail or tail.endswith(")")
    return marked and bool(_CREDIT_END.search(tail))


# A paywall notice: the rest of the page is the sales pitch.
_PAYWALL = re.compile(
    r"^(?:to (?:view|read|continue reading|access|unlock) (?:the|this) (?:full |entire |rest of (?:the|"
    r"this) )?(?:story|article|post)\b"
    r"|this (?:story|article|content) is (?:only )?(?:available|for) (?:to )?(?:subscribers|members)\b)",
    _I,
)
# The opener of a subscription or registration pitch set inside the article (a paywall box
# between the lead and the rest, or after the teaser): 'This content is reserved for
# subscribers only', 'Register / sign in to unlock more articles', 'この記事は会員限定です'.
_PITCH = re.compile(
    r"^(?:this (?:content|story|article) is (?:reserved|available|exclusive) (?:for|to) (?:our )?"
    r"(?:subscribers|members)\b.{0,40}"
    r"|(?:register|sign in|log in|subscribe)(?: (?:or|/) (?:register|sign in|log in|subscribe))* "
    r"(?:now )?to (?:unlock|read|continue|access)\b.{0,60}"
    r"|dieser (?:artikel|inhalt|beitrag) ist (?:nur )?(?:exklusiv )?für "
    r"(?:abonnenten|abonnentinnen|abonnierende)\b.{0,60}"
    r"|この記事は(?:会員|有料会員|購読者)限定です.{0,80})$",
    _I,
)


def drop_pitch(blocks: list[Block]) -> list[Block]:
    """A subscription pitch inside the text: its opener and the short lines under it.

    General pattern: a paywall or registration box rendered into the article
    (its list of subscription benefits, its sign-in prompt) opens with a line
    that addresses the reader about access; what follows it up to the next
    real paragraph (100+ characters, not a list item; or the end) is the pitch's own list.
    """
    kept: list[Block] = []
    pitch = False
    for block in blocks:
        if block.kind != "heading" and len(block.text) < 200 and _PITCH.match(block.text):
            pitch = True
            continue
        if pitch and (block.kind in ("li", "heading") or weighted_len(block.text) < 100):
            continue
        pitch = False
        kept.append(block)
    return kept


# A short line that opens a block of furniture after the story: comments and their
# rules, reader reviews, lists of other stories. Everything from it on goes.
_CUT = re.compile(
    r"^(?:\d+\s+)?(?:comments(?:\s*\(\d+\))?|comments? (?:blog|rules|policy|guidelines|section|are closed|"
    r"thread)\b[^.!?]{0,60}|(?:post|leave|add|write|submit|view|read) (?:a |your |all |the )?comments?\b.{0,30}|"
    r"comment (?:rules|policy|guidelines)\b.{0,30}|reader (?:comments|reviews|responses)|have your say\b.{0,30}|"
    r"related (?:stories|articles|news|content|links|coverage|posts|items|reading)|"
    # 'Related to this story:', 'Related internet links' (a list of links after the story)
    r"related to this (?:story|article|post)|related (?:internet|external|web) links|"
    r"(?:more|other|latest|top|recent|popular|featured) (?:stories|news|headlines|articles|videos|posts|galleries)"
    r"(?: (?:from|in|on) .{1,30})?|"
    # 'More on Brexit', 'More from the BBC', 'Also in this section': a topic or a source names the
    # list; a story's subheading going on in lower case is a clause ('More on the way', 'More in store').
    # Alone ('More from') or closed by a colon ('More on climate change:') it opens the list all the same.
    r"(?:also|more|other stories) (?:in|on|from)"
    r"(?: (?:(?:this|that|these|our|my)\b|(?:the )?(?-i:[A-Z\d])).{0,40}| [^:]{1,40}(?=:$))?|"
    r"most (?:popular|read|viewed|emailed|e-mailed|commented|shared)\b.{0,30}|"
    r"you (?:may|might) (?:also )?like|recommended (?:for you|stories|articles|reading)|trending(?: now| stories)?|"
    r"(?:sponsored|partner|promoted) (?:links|content|stories)|from (?:around|across) the web|"
    r"(?:today'?s|this week'?s) (?:top|most)\b.{0,40}|"
    r"about the (?:authors?|writers?|contributors?)|meet the authors?)\s*:?$",
    _I,
)


# The same openers as news sites in other languages write them (German, French, Spanish,
# Portuguese, Italian, Dutch, Polish): comments, related and most-read lists, "you may
# also like". Inline labels ('Lesen Sie auch', 'À lire aussi', 'Leggi anche') are not
# here: stories set them between paragraphs, like 'Read more'.
_CUT_OTHER = re.compile(
    r"^(?:\d+\s+)?(?:"
    r"(?:das|dies)(?: thema)? könnte (?:sie|dich|euch) (?:auch |ebenfalls )?interessieren|"
    r"über (?:den autor|die autorin)|(?:à|a) propos de l'auteure?|sobre (?:el|la|o|a) autora?|"
    r"sull'autore|over de auteur|o autorze|"
    r"weitere (?:artikel|beiträge|nachrichten|meldungen)\b.{0,40}|ähnliche (?:artikel|beiträge)|"
    # 'Mehr zum Thema Hitzeschäden', 'Mehr aus Sachsen': English 'More on …', 'More from …' (a
    # topic follows; the bare inline label 'Mehr zum Thema' is _RECIRC_LABEL's). The topic is a
    # name or a noun, capitalised in German ('Mehr aus der Region'); a story's subheading going on
    # in lower case is a clause ('Mehr aus weniger machen', 'Mehr zu tun als gedacht').
    r"mehr (?:zum thema|zu[mr]?|aus|von) (?!thema\s*:?$)(?:(?:der|die|das|dem|den) )?(?-i:[A-ZÄÖÜ\d]).{0,40}|"
    r"(?:meist|am meisten) gelesen|kommentare(?:\s*\(\d+\))?|"
    r"sur le même sujet|(?:articles?|contenus?) (?:similaires|associés|liés|recommandés)|les plus lus|commentaires|"
    r"(?:también )?te (?:puede|podría) interesar|(?:noticias|artículos|notas) relacionad[oa]s|"
    r"lo más (?:leído|visto)|comentarios|(?:notícias|artigos) relacionad[oa]s|mais lidas|comentários|"
    r"potrebbe interessarti|articoli correlati|(?:i )?più letti|commenti|"
    r"gerelateerde artikelen|reacties|komentarze|najczęściej czytane"
    r")\s*[:!]?$",
    _I,
)


def cut_tail(blocks: list[Block]) -> list[Block]:
    """Cut at the first furniture opener ('Comments', 'Most read', 'Related stories')
    that comes after at least as much text as follows it; a box of other stories set
    inside the story (`_story_resumes`) goes alone and the scan goes on. An opener of
    other stories followed by nothing but teasers (`_teasers_follow`) cuts however much
    text the teasers hold."""
    total = sum(len(b.text) for b in blocks if b.kind != "heading")
    before = 0
    boxes: set[int] = set()
    for index, block in enumerate(blocks):
        text = block.text
        if index in boxes:
            continue
        if (
            index
            and before >= 400
            and len(text) <= 80
            and (block.kind == "heading" or not _TERMINAL.search(text) or text.endswith(":"))
            and (_CUT.match(text) or _CUT_OTHER.match(text))
            and (before >= total - before or _teasers_follow(blocks, index))
        ):
            resumes = _story_resumes(blocks, index)
            if resumes is None:
                return blocks[:index]
            boxes.update(range(index, resumes))
            continue
        if index and before >= 400 and block.kind == "p" and len(text) < 400 and _PAYWALL.match(text):
            return blocks[:index]
        if block.kind != "heading":
            before += len(text)
    return [block for index, block in enumerate(blocks) if index not in boxes]


_RECIRCULATION = re.compile(
    r"^(?:related|more|mehr|other|latest|top|recent|popular|featured|also|most|you (?:may|might)|recommended|trending|"
    r"(?:today'?s|this week'?s)|weitere|ähnliche|(?:meist|am meisten)|sur le même|(?:articles?|contenus?)|"
    r"(?:también )?te|(?:noticias|artículos|notas|notícias|artigos)|lo más|mais lidas|potrebbe|articoli|"
    r"(?:i )?più|gerelateerde|najczęściej|(?:das|dies))\b",
    _I,
)
"""Openers of lists of other stories (_CUT's and _CUT_OTHER's), not of comments, reviews or author notes."""
_BOX_LINKS = 8
"""Linked lines a box of other stories set inside the story holds at most."""
_RESUMED_PARAGRAPHS = 3
"""Paragraphs of prose that must follow the box: two may be the site's own words after the
story's teasers (a cookie notice, a note on corrections); a story going on has more."""
_RESUMED_PROSE = 80
"""Characters of a paragraph that reads as the story's own prose once the box is passed."""


def _story_resumes(blocks: list[Block], index: int) -> int | None:
    """The index where the story's prose resumes after a recirculation opener at index, else None.

    General pattern: news templates set a box of other stories ('Related
    stories', 'More from the coast', 'Weitere Artikel') between two
    paragraphs of the story; its links are often cleaned away or loaded by
    script, leaving the opener alone. The cut read the opener as the page's
    recirculation after the story and dropped every paragraph below it.
    After an opener of other stories (not of comments, reviews or an author's
    note, which read as prose too), up to _BOX_LINKS link-only lines are
    the box; when _RESUMED_PARAGRAPHS paragraphs of _RESUMED_PROSE characters
    or more, under a fifth of them links, ending like sentences, come next, the story goes on
    there: only the box goes. Teasers after a story are linked titles, alone
    or over summaries cut short with an ellipsis, so they still are cut.
    """
    if not _RECIRCULATION.match(blocks[index].text):
        return None
    start = index + 1
    while start < len(blocks) and start - index <= _BOX_LINKS and _linked_line(blocks[start]):
        start += 1
    following = blocks[start : start + _RESUMED_PARAGRAPHS]
    if len(following) < _RESUMED_PARAGRAPHS or not all(_own_prose(b) for b in following):
        return None
    return start


_TEASER_TITLES = 3
"""Title lines (headings, linked or short lines) a list of teasers shows at least."""
_TEASER_SUMMARY = 300
"""Characters a teaser's summary stays under; a story's own paragraph is often longer."""
_TEASER_WINDOW = 12
"""Blocks after the opener that are read: a sidebar's other boxes may follow the teasers."""


def _teasers_follow(blocks: list[Block], index: int) -> bool:
    """Everything after the recirculation opener at index reads as a list of teasers.

    General pattern: under 'Latest news', 'Recent posts', 'More stories' a
    template lists other stories as a title (a heading, often with its link
    cleaned away), a summary of a sentence or two and maybe a date. Such a list
    can hold more text than a short story above it, so the cut's "as much text
    before as after" test let it through. When the _TEASER_WINDOW blocks after
    the opener hold _TEASER_TITLES title lines or more and no block of
    _TEASER_SUMMARY characters or more, they are teasers, not the story's prose
    (a story going on after such a label is `_story_resumes`'s case, checked
    first). Openers of comments, reviews and author notes are not teasers.
    """
    if not _RECIRCULATION.match(blocks[index].text):
        return False
    rest = blocks[index + 1 : index + 1 + _TEASER_WINDOW]
    titles = sum(1 for b in rest if b.kind == "heading" or _linked_line(b))
    if titles >= _TEASER_TITLES and all(weighted_len(b.text) < _TEASER_SUMMARY for b in rest):
        return True
    return _RELATED_OPENER.match(blocks[index].text) is not None and _titled_teasers(rest)


# Openers that say the stories below are others, related or recommended to the reader. A
# briefing labels its own items 'Top stories', 'Latest news', 'More news': not these.
_RELATED_OPENER = re.compile(
    r"^(?:related|also|you (?:may|might)|recommended|ähnliche|sur le même|(?:articles?|contenus?) (?:similaires|"
    r"associés|liés|recommandés)|(?:también )?te (?:puede|podría)|(?:noticias|artículos|notas|notícias|artigos) "
    r"relacionad|potrebbe|articoli correlati|gerelateerde|(?:das|dies)(?: thema)? könnte)",
    _I,
)


def _titled_teasers(rest: list[Block]) -> bool:
    """The blocks are teasers that each open with their linked title, their summary after it.

    General pattern: under 'Related stories:' a template sets each other story
    as one paragraph, its linked title first, then a summary of a few
    sentences and the paper it came from. Summaries can run past
    _TEASER_SUMMARY and the title is no line of its own, so `_teasers_follow`'s
    first test missed them. When _TEASER_TITLES paragraphs or more, and at
    least two in three of those read, open with a link of two words or more
    (a story's paragraph seldom begins with one), they are teasers. Only
    under an opener of related stories (_RELATED_OPENER): a briefing sets its
    own items so under 'Top stories' or 'Latest news'.
    """
    lines = [b for b in rest if b.kind != "heading"]
    titled = sum(1 for b in lines if _opens_with_title(b))
    return titled >= _TEASER_TITLES and 3 * titled >= 2 * len(lines)


def _opens_with_title(block: Block) -> bool:
    if not block.links:
        return False
    title = block.links[0].text
    return len(title.split()) >= 2 and block.text.startswith(title) and len(title) < 0.6 * len(block.text)


def _linked_line(block: Block) -> bool:
    return bool(block.text) and block.link_chars >= 0.6 * len(block.text)


def _own_prose(block: Block) -> bool:
    """A paragraph of the story's own words: long enough, few links, ending like a sentence."""
    text = block.text
    return (
        block.kind == "p"
        and weighted_len(text) >= _RESUMED_PROSE
        and block.link_chars < 0.2 * len(text)
        and _TERMINAL.search(text) is not None
        and not text.endswith(":")
        and not text.rstrip(" ]»›>").endswith(("...", "…"))  # a teaser's summary, cut at a length
    )


def _unlinked_text(blocks: list[Block]) -> bool:
    """Text of its own (a summary box, 'Key points'), not teasers: at least 200
    characters of paragraphs or list items, under a fifth of it link text."""
    text = [b for b in blocks if b.kind != "heading"]
    chars = sum(len(b.text) for b in text)
    return chars >= 200 and sum(b.link_chars for b in text) < 0.2 * chars


def _teaser_list(blocks: list[Block]) -> bool:
    """The blocks are a list of other posts: linked titles, each with a short summary.

    General pattern: a blog template sets a slider of its latest posts (a
    linked title, then a summary cut short) in the post's own column, above
    the post's headline. With a few lines per summary the slider holds more
    text than a short post, so `skip_to_headline`'s "a little other matter"
    test kept it. _TEASER_TITLES title lines or more (headings or linked
    lines), at least a third of the blocks, and every other block under
    _TEASER_SUMMARY characters: teasers, not the opening of the post.
    """
    titles = sum(1 for b in blocks if b.kind == "heading" or _linked_line(b))
    return (
        titles >= _TEASER_TITLES
        and 3 * titles >= len(blocks)
        and all(weighted_len(b.text) < _TEASER_SUMMARY for b in blocks)
    )


def skip_to_headline(blocks: list[Block], headline: str) -> list[Block]:
    """Start at the article's own headline when it is repeated as a heading inside the
    content after a little other matter (a sidebar of teasers that scored with the story)."""
    key = comparable(headline)
    if len(key) < 12:
        return blocks
    total = sum(len(b.text) for b in blocks if b.kind != "heading")
    before = 0
    for index, block in enumerate(blocks[:40]):
        if block.kind == "heading" and comparable(block.text) == key:
            short = all(len(b.text) < 120 for b in blocks[:index])  # teasers and labels, not paragraphs
            early = before <= 0.25 * total or (short and before < total - before)
            if index and (early and not _unlinked_text(blocks[:index]) or _teaser_list(blocks[:index])):
                return blocks[index + 1 :]
            return blocks
        if block.kind != "heading":
            before += len(block.text)
    return blocks


def join_drop_caps(blocks: list[Block]) -> list[Block]:
    """A drop cap set apart from its paragraph ('T' + 'urkey, Poland and …') is put back."""
    out: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            following is not None
            and block.kind == "p"
            and len(block.text) == 1
            and block.text.isupper()
            and following.kind == "p"
            and following.text[:1].islower()
        ):
            out.append(replace(following, text=block.text + following.text, link_chars=following.link_chars))
            index += 2
            continue
        out.append(block)
        index += 1
    return out


# The link that closes a teaser of another post: 'Read more...', 'Continue reading »', 'Weiterlesen →'.
# A story's own sentence about reading more ends on one full stop, never on one of these marks.
_READ_MORE = re.compile(
    r"(?:^|(?<=[\s.!?…]))(?:read (?:more|on|the (?:full|rest of the) (?:story|article|post))|continue reading|"
    r"full story|weiterlesen|mehr lesen|lire la suite|leer más|leia mais|leggi (?:tutto|di più)|lees meer|"
    r"czytaj (?:więcej|dalej))\s*(?:\.{2,3}|…|»|›|→|>>?|\[(?:\.{3}|…)\])$",
    _I,
)
_TEASER_CHARS = 500
"""Characters a teaser (its summary and its label) stays under."""
_LABEL_CHARS = 40
"""Characters of the end of a block the label is looked for in (no scan of a whole paragraph)."""
_TITLE_CHARS = 120
"""Characters of a teaser's title line at most."""


_LABEL_AFTER = frozenset(".!?…])»›|:-–—")
"""Marks a teaser's label stands after (the summary's end, a cut '[…]', a separator)."""


def _read_more(block: Block) -> bool:
    """Whether a short block ends on a 'Read more' label set apart from the sentence before it.

    The label is a link of its own: it opens the block, follows a sentence's end or a mark
    ('… [...] read more »'), or is capitalised as a link ('… the plan Read more »'). The same
    words closing a sentence that trails off ('nobody knows the full story...') are the story's.
    """
    text = block.text
    if block.kind not in ("p", "li") or len(text) >= _TEASER_CHARS:
        return False
    offset = max(0, len(text) - _LABEL_CHARS)
    match = _READ_MORE.search(text, offset)
    if match is None:
        return False
    before = text[: match.start()].rstrip()
    return not before or before[-1] in _LABEL_AFTER or text[match.start()].isupper()


def drop_read_more_teasers(blocks: list[Block]) -> list[Block]:
    """Teasers of other posts that end on a 'Read more...' label, and, in a list of them, their titles and dates.

    General pattern: blogs, company news pages and section fronts print other
    posts as a title, a summary cut short and a link labelled 'Read more...',
    'Continue reading »' or 'Weiterlesen →' (the label ends on an ellipsis or an
    arrow; a story's sentence about reading more ends on a full stop). Such a
    block is a teaser wherever it stands. When the page holds two or more, they
    are a list: a label standing alone takes the summary above it, and the title
    line above each teaser (a heading or a short line with no sentence end) and
    a date stamp under it go too. Nothing is dropped when the teasers are all
    the text there is (an excerpt page is left to the other rules).
    """
    marks = [index for index, block in enumerate(blocks) if _read_more(block)]
    if not marks:
        return blocks
    listed = len(marks) >= 2
    drop: set[int] = set()
    for index in marks:
        drop.add(index)
        first = index
        above = blocks[index - 1] if index else None
        alone = _READ_MORE.match(blocks[index].text) is not None
        if listed and alone and above is not None and above.kind == "p" and len(above.text) < _TEASER_CHARS:
            first = index - 1  # the label on its own line under its summary
            drop.add(first)
        if listed and first and first - 1 not in drop:
            title = blocks[first - 1]
            if title.kind == "heading" or (len(title.text) < _TITLE_CHARS and not _TERMINAL.search(title.text)):
                drop.add(first - 1)
        if listed and index + 1 < len(blocks):
            below = blocks[index + 1].text
            if len(below) < _STAMP_CHARS and (_DATE_LINE.search(below) or _stamp(below)):
                drop.add(index + 1)
    if all(index in drop for index, block in enumerate(blocks) if block.kind != "heading"):
        return blocks
    return [block for index, block in enumerate(blocks) if index not in drop]


def trim(blocks: list[Block], headline: str, byline: str | None, *, linked_story: bool = False) -> list[Block]:
    """All text-level furniture rules, in order.

    linked_story: the blocks are a story made of links (`article._story_fallback`), so a
    paragraph or list item that is all link is the story's text, not a teaser or a related list.
    """
    blocks = join_drop_caps(blocks)
    blocks = drop_read_more_teasers(blocks)
    blocks = drop_pitch(blocks)
    blocks = drop_ad_boxes(blocks)
    blocks = drop_middle(blocks, linked_story=linked_story)
    blocks = skip_to_headline(blocks, headline)
    blocks = cut_tail(blocks)
    blocks = trim_leading(blocks, headline, byline)
    blocks = drop_early_stamps(drop_early_byline(blocks))
    # Dropping the tail can expose more tail (a heading over a related list).
    previous = -1
    while previous != len(blocks):
        previous = len(blocks)
        blocks = trim_trailing(blocks, linked_story=linked_story)
    return blocks
