"""Shared helpers of the extraction and quote tests: the text and the speakers they look at,
and invented stories more than one test file reads."""

from __future__ import annotations

from typing import Any

import pytest

from newstui.extract import extract_article
from newstui.extract.furniture import drop_middle
from newstui.extract.quotes import find_quotes
from newstui.extract.quotes.references import References
from newstui.extract.walk import Block


def body_text(html: str | bytes) -> str:
    """The extracted article's paragraphs, joined by spaces (headings and headline left out)."""
    article = extract_article(html if isinstance(html, bytes) else html.encode())
    return " ".join(p for s in article.sections for p in s.paragraphs)


def head_body_page(head: str, body: str) -> str:
    """A UTF-8 page of `head` markup (title, meta, JSON-LD) and `body` markup, as the headline tests build them."""
    return f'<html><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def headline_of(head: str, body: str, url: str | None) -> str:
    """The headline extract_article picks on head_body_page(head, body), fetched from `url`."""
    return extract_article(head_body_page(head, body).encode(), url=url).headline


def title_everywhere(title: str, *, site: str, body: str, ld_type: str = "NewsArticle") -> tuple[str, str]:
    """(head, body) with the same title in og:title, JSON-LD of `ld_type`, <title> (with the
    site's name) and the article's h1, over `body`'s paragraphs."""
    ld = f'{{"@type": "{ld_type}", "headline": "{title}"}}'
    head = (
        f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
        f"<title>{title} | {site}</title><script type='application/ld+json'>{ld}</script>"
    )
    return head, f"<article><h1>{title}</h1>{body}</article>"


def numbered_paragraphs(sentence: str, count: int, first: int = 0, offset: int = 0) -> str:
    """`count` story paragraphs as HTML, numbered from `first`: "<p>Paragraph N: sentence</p>",
    where "{k}" in the sentence is N + offset (so no two paragraphs read the same)."""
    return "".join(f"<p>Paragraph {n}: {sentence.format(k=n + offset)}</p>" for n in range(first, first + count))


def speakers(paragraphs: list[str], headline: str | None = None) -> list[str | None]:
    """The speaker of each quote find_quotes finds, in order."""
    return [q.speaker for q in find_quotes(paragraphs, headline=headline)]


def speakers_and_texts(paragraphs: list[str]) -> list[tuple[str | None, str]]:
    """Each quote find_quotes finds as (speaker, text), in order."""
    return [(q.speaker, q.text) for q in find_quotes(paragraphs)]


def quoted(paragraphs: list[str], headline: str | None = None) -> list[tuple[str, str | None]]:
    """Each quote find_quotes finds as (text, speaker), in order."""
    return [(q.text, q.speaker) for q in find_quotes(paragraphs, headline=headline)]


def story_beside_a_box(
    title: str, story: str, box: tuple[str, ...], *, before_box: str = "", after_box: str = ""
) -> str:
    """A page whose story (under its h1, in #col) stands beside a box of short paragraphs (#side)
    that outscores a story the scorer reads too weakly: the shape of the recall tests. The box's
    lines are each a <p>; `before_box` and `after_box` are set around it."""
    box_html = "".join(f"<p>{line}</p>" for line in box)
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<div id='wrap'><div id='col'><h1>{title}</h1>{story}</div></div>"
        f"{before_box}<div id='side'><div>{box_html}</div></div>{after_box}</body></html>"
    )


PIER_STORY = (
    "<p>The harbour committee met on Tuesday evening to decide the fate of the old wooden pier, "
    "which has stood at the end of Mill Lane since the town first built a quay for its boats.</p>"
    "<p>Engineers told the members that the timber piles had rotted below the waterline and that "
    "repairs would cost more than a new structure, a view most residents at the meeting shared.</p>"
    "<p>The chair said a final vote would follow in spring, once the council had published the "
    "survey and heard from the fishing families who still moor their boats beside the pier.</p>"
)
"""A three-paragraph story for the furniture tests: what comes before or after it is what they test."""
PIER_LAST_WORDS = "fishing families who still moor"


def pier_page(after: str, *, before: str = "") -> bytes:
    """PIER_STORY in an <article> under its h1, with `before` and `after` set around it."""
    return (
        "<html><head><title>Pier vote delayed</title></head><body>"
        f"<article><h1>Pier vote delayed</h1>{before}{PIER_STORY}{after}</article></body></html>"
    ).encode()


def count_person_mentions(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the calls of `References.person_mention` (a name read as a candidate)."""
    count = [0]
    person_mention = References.person_mention

    def counting(self: References, *args: Any) -> bool:
        count[0] += 1
        return person_mention(self, *args)

    monkeypatch.setattr(References, "person_mention", counting)
    return count


GRAIN_PIER_STORY = (
    "<p>The harbour board voted on Monday to close the old grain pier to heavy lorries after"
    " engineers found cracks in three of its concrete piles.</p>"
    "<p>Lorries bound for the grain silos will use the eastern quay road from next week, the"
    " board said, while divers survey the remaining piles.</p>"
    "<p>Hauliers said the detour adds twenty minutes to each trip but welcomed the survey of the"
    " pier, which opened in 1931.</p>"
    "<p>The board expects the divers' report on the piles before the end of the month.</p>"
)


GRAIN_PIER_HEADLINE = "Harbour board closes cracked grain pier to lorries"


NIGHT_BUS_HEADLINE = "Night buses return to the valley line"


NIGHT_BUS_STORY = (
    "<p>Night buses will run again on the valley line from next month, the transport authority"
    " said, after a year in which the last bus left the town centre before eleven o'clock.</p>"
    "<p>The buses leave every hour between midnight and five in the morning, and the authority"
    " says shift workers at the hospital and the warehouses asked for the service most.</p>"
)


BANK_PARAGRAPH = (
    "The regional bank raised its outlook for the coming year on Thursday, pointing to strong orders "
    "at the shipyards and a quicker recovery in the tourist trade than it had expected in spring."
)


def kept_between_story_paragraphs(line: str) -> bool:
    """Whether drop_middle keeps `line` as a paragraph between two of a story's own."""
    blocks = [Block("p", BANK_PARAGRAPH), Block("p", line), Block("p", BANK_PARAGRAPH)]
    return any(block.text == line for block in drop_middle(blocks))


def paragraphs_between(filler: str, title: str, paragraph: str) -> list[str]:
    """The paragraphs extracted from an article page titled `title` that holds `paragraph`
    between two copies of `filler` (the story's own paragraph, as long as a real one)."""
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{filler}{paragraph}{filler}</article></body></html>"
    )
    return [p for s in extract_article(html.encode()).sections for p in s.paragraphs]


SEA_WALL = (
    "<p>The harbour board met on a wet Tuesday evening to argue, once again, about the sea wall, "
    "its cost to the town and who should pay for the repairs after the winter storms.</p>"
)


def sea_wall_paragraphs(paragraph: str) -> list[str]:
    """`paragraph` in the sea wall story (the inline-space tests); the paragraphs extracted."""
    return paragraphs_between(SEA_WALL, "Sea wall repairs", paragraph)


DREDGING = (
    "<p>The river authority met late on a cold Thursday to weigh, for the third time this year, "
    "whether to dredge the lower channel before the spring floods reach the old mill.</p>"
)


def dredging_paragraphs(paragraph: str) -> list[str]:
    """`paragraph` in the channel dredging story (the inline-join tests); the paragraphs extracted."""
    return paragraphs_between(DREDGING, "Channel dredging", paragraph)
