"""Version 22: headlines on pages whose title sources name no story (a logo page, a wire item).

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The lighthouse keeper's cottage on the north cape has been turned into a small museum, and"
    " its first visitors arrived on Saturday morning in a steady drizzle that nobody seemed to mind.</p>"
    "<p>Volunteers spent two winters restoring the lamp room, the kitchen and the logbooks, which record"
    " every ship that passed the cape for more than eighty years of service.</p>"
)


def test_a_headline_named_block_on_a_page_whose_titles_and_h1_are_the_site() -> None:
    # General pattern: a magazine prints its name as og:title on every page and its logo as the
    # h1 inside <main>; the story's headline is only in a block named as the title. (Before: the
    # site's name 'Coastline Magazine'.)
    head = (
        '<meta property="og:title" content="Coastline Magazine">'
        '<meta property="og:site_name" content="Coastline Magazine">'
        "<title>COASTLINE • Coastline Magazine</title>"
    )
    body = (
        "<main><h1><a href='/'>Coastline Magazine</a></h1><article>"
        "<div class='title layout-wide'><div class='title-text'><p><em>Keeping the lamp lit</em></p></div></div>"
        f"{STORY}</article></main>"
    )
    assert headline_of(head, body, "https://coastlinemagazine.example/culture/lamp") == "Keeping the lamp lit"


def test_the_first_newsml_headline_on_a_page_without_titles() -> None:
    # General pattern: portals print wire items in their NewsML tags as they came; with no <title>
    # text nor any meta title, the item's first <HeadLine> is the headline, not a photo caption's.
    # (Before: no headline at all.)
    body = (
        "<div><NewsItem><NewsComponent><NewsLines><HeadLine>Cape lighthouse opens as a museum</HeadLine>"
        "<ByLine>by a staff writer</ByLine></NewsLines><ContentItem><DataContent>"
        f"{STORY}</DataContent></ContentItem>"
        "<NewsComponent><NewsLines><HeadLine>Visitors queue in the rain</HeadLine></NewsLines>"
        "</NewsComponent></NewsComponent></NewsItem></div>"
    )
    assert headline_of("<title> </title>", body, "https://wireportal.example/item/1234") == (
        "Cape lighthouse opens as a museum"
    )


GUIDE = "How to keep a sourdough starter alive | A beginner's guide"


def _guide_head(title: str) -> str:
    return f'<meta property="og:title" content="{title}"><title>{title}</title>'


def test_a_heading_showing_the_whole_title_keeps_its_last_part() -> None:
    # General pattern: with no h1, a heading that shows og:title whole, separator and all, shows
    # the short part after the pipe is the headline's, not a site's name. (Before: the part before it.)
    body = f"<div class='hero'><h2 class='hero__title'>{GUIDE}</h2></div><article>{STORY}</article>"
    assert headline_of(_guide_head(GUIDE), body, "https://breadcorner.example/starter") == GUIDE


def test_a_heading_showing_the_site_name_in_the_title_still_loses_it() -> None:
    # The other side: a last part naming the site (here its host) is cut however the page shows it.
    title = "How to keep a sourdough starter alive | Bread Corner"
    body = f"<div class='hero'><h2 class='hero__title'>{title}</h2></div><article>{STORY}</article>"
    assert headline_of(_guide_head(title), body, "https://breadcorner.example/starter") == (
        "How to keep a sourdough starter alive"
    )
