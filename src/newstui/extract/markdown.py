"""Article → Markdown, the form the reader pane shows (and `newstui extract --format markdown`).

Links become numbered footnotes in reading order: 'text [1]' in the body and
'[1]: url' at the end, so the reader can open one by its number. Only links whose
URL passes `text.clean_url` (http/https, no control or invisible characters) are
numbered; the text of any other stays, unmarked.
"""

from __future__ import annotations

from newstui.model import Article, Link
from newstui.text import clean_url


def safe_links(links: list[Link]) -> list[Link]:
    """The links whose URL may be shown and opened, each with its cleaned URL."""
    return [Link(link.text, url) for link in links if (url := clean_url(link.url))]


def _mark_links(text: str, links: list[Link], start: int, numbers: dict[int, int]) -> tuple[str, int]:
    """Append ' [n]' after each link text found in this paragraph, in order."""
    position = 0
    index = start
    out: list[str] = []
    while index < len(links):
        label = links[index].text
        found = text.find(label, position) if label else -1
        if found < 0:
            break
        end = found + len(label)
        out.append(text[position:end])
        out.append(f" [{numbers[index]}]")
        position = end
        index += 1
    out.append(text[position:])
    return "".join(out), index


def footnote_numbers(links: list[Link]) -> dict[int, int]:
    """Link index → footnote number; the same URL keeps its first number."""
    numbers: dict[int, int] = {}
    by_url: dict[str, int] = {}
    for index, link in enumerate(links):
        if link.url not in by_url:
            by_url[link.url] = len(by_url) + 1
        numbers[index] = by_url[link.url]
    return numbers


def _escape_start(text: str) -> str:
    """Keep a paragraph that starts like Markdown syntax ('# ', '- ', '1. ') from turning into it."""
    if text[:1] in "#>-+*|" or (text[:3].rstrip(". )").isdigit() and text[1:3].startswith((".", ")"))):
        return "\\" + text
    return text


def to_markdown(article: Article) -> str:
    """Render an Article: '# headline', byline/date line, lead, '## heading's, '> ' quotes, '- ' items, footnotes."""
    lines: list[str] = [f"# {article.headline}".rstrip(), ""]
    published = article.published.strftime("%Y-%m-%d %H:%M UTC") if article.published else None
    meta = [part for part in (article.byline, published) if part]
    if article.source == "feed":
        meta.append("from the feed")
    if meta:
        lines += ["*" + " · ".join(meta) + "*", ""]
    first = next((p for s in article.sections for p in s.paragraphs), "")
    if article.lead and article.lead != first:
        lines += [f"**{article.lead}**", ""]
    links = safe_links(article.links)
    numbers = footnote_numbers(links)
    link_index = 0
    for section in article.sections:
        if section.heading:
            lines += [f"## {section.heading}", ""]
        blocks: list[tuple[str, str]] = []
        for index, paragraph in enumerate(section.paragraphs):
            kind = section.kind(index)
            marked, link_index = _mark_links(paragraph, links, link_index, numbers)
            if kind == "li":
                blocks.append((kind, f"- {marked}"))
            elif kind == "blockquote":
                blocks.append((kind, "> " + marked))
            elif kind == "pre":
                blocks.append((kind, f"```\n{paragraph}\n```"))
            else:
                blocks.append((kind, _escape_start(marked)))
        for index, (block_kind, text) in enumerate(blocks):
            if index:
                previous = blocks[index - 1][0]
                # List items sit together; quote paragraphs stay in one quote; all else is apart.
                if block_kind == previous == "li":
                    pass
                elif block_kind == previous == "blockquote":
                    lines.append(">")
                else:
                    lines.append("")
            lines.append(text)
        if blocks:
            lines.append("")
    if numbers:
        seen: set[int] = set()
        notes: list[str] = []
        for index, number in numbers.items():
            if number not in seen:
                seen.add(number)
                notes.append(f"[{number}]: {links[index].url}")
        lines += notes + [""]
    return "\n".join(lines).rstrip() + "\n"
