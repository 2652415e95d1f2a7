"""Version 23: a site's name learned from the page itself, where no tag gives it.

Pages written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import headline_of

STORY = (
    "<p>The orchard behind the old school has given its first full harvest in a decade, and the"
    " pupils who planted the young trees six years ago came back to pick the apples themselves.</p>"
    "<p>Most of the fruit went to the village shop, which pressed it into juice and sold every bottle"
    " before the weekend was over, the proceeds going to a new set of garden tools.</p>"
)


def test_a_name_the_title_repeats_back_to_back_is_the_sites() -> None:
    # General pattern: some blog engines set the blog's name before the post's title, and a
    # theme adds it once more: '<title>Blog - Blog - Post</title>'. A part the title repeats
    # back to back names the site, never the story. (Before: 'Orchard Notes - Orchard Notes - …'.)
    title = "Orchard Notes - Orchard Notes - The first full harvest in ten years"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = f"<div class='entry'><h2 class='title'>The first full harvest in ten years</h2>{STORY}</div>"
    assert headline_of(head, body, "https://quietplot.example/journal/harvest") == (
        "The first full harvest in ten years"
    )


def test_a_repeated_word_pair_inside_a_headline_is_kept() -> None:
    # A headline whose own parts repeat ('Again - Again - …' is rare, but 'Yes - No' is not a
    # repetition): only a part equal to its neighbour goes, and only at the title's ends.
    title = "Apples - Pears - Plums: the village shop sells them all | Orchard Notes"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = f"<article><h1>Apples - Pears - Plums: the village shop sells them all</h1>{STORY}</article>"
    assert headline_of(head, body, "https://orchard.example/journal/shop") == (
        "Apples - Pears - Plums: the village shop sells them all"
    )


def test_a_logo_h1_reading_the_titles_tail_gives_way_to_the_posts_heading() -> None:
    # General pattern: a blog's logo is an h1 holding its name and motto ('Name - Motto'); the
    # <title> is 'Post - Name - Motto', and the post's own heading (an h3 under the logo) shows
    # 'Post' alone. The logo's text is the site's; the post's heading is the headline. (Before:
    # the logo's 'Paper Boats - Crafts for Rainy Days'.)
    title = "Walnut Shell Sailboats - Paper Boats - Crafts for Rainy Days"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='banner'><h1>Paper Boats - Crafts for Rainy Days</h1></div>"
        "<div class='sidebar'><h2>Categories</h2><ul><li><a href='/c/1'>Autumn</a></li></ul></div>"
        f"<div class='post'><h3 class='entry-header'>Walnut Shell Sailboats</h3>{STORY}</div>"
    )
    assert headline_of(head, body, "https://paperboats.example/2026/10/walnut") == "Walnut Shell Sailboats"


def test_an_h1_reading_the_titles_tail_stays_where_only_a_logo_heading_shows_the_head() -> None:
    # 'Site - Headline' with the site's name in an h2 logo *above* the h1: the h1 is the headline.
    title = "Valley Courier - Pupils pick the first apples from their orchard"
    head = f"<title>{title}</title>"
    body = (
        "<div class='masthead'><h2>Valley Courier</h2></div>"
        f"<div class='story'><h1>Pupils pick the first apples from their orchard</h1>{STORY}</div>"
    )
    assert headline_of(head, body, "https://courier.example/news/orchard") == (
        "Pupils pick the first apples from their orchard"
    )


def test_a_linked_blog_name_h1_over_the_posts_heading_is_the_site() -> None:
    # General pattern: hosted blogs set the blog's name as a linked h1 banner (to the blog's own
    # root, not '/') and title each post 'Blog - Post'; the post's heading under the banner shows
    # 'Post' alone. The banner's name is the site's, the heading is the headline. (Before: the
    # blog's name 'Marigold Kitchen'.)
    title = "Marigold Kitchen - Quince paste for the winter shelf"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='banner'><h1><a href='https://pages.example/marigold/'>Marigold Kitchen</a></h1></div>"
        "<h2 class='date-header'>October 3, 2026</h2>"
        f"<div class='entry'><h3 class='entry-header'>Quince paste for the winter shelf</h3>{STORY}</div>"
    )
    assert headline_of(head, body, "https://pages.example/marigold/2026/10/quince.html") == (
        "Quince paste for the winter shelf"
    )


def test_a_blog_name_before_a_colon_in_the_title_goes_the_same_way() -> None:
    # 'Blog: Post' titles the post the same way; two words on each side (no length tells them apart).
    title = "Pixel Almanac: Sourdough mechanics"
    head = f'<meta property="og:title" content="{title}"><title>{title}</title>'
    body = (
        "<div class='banner'><h1><a href='https://pages.example/pixel/'>Pixel Almanac</a></h1>"
        "<h2>Notes on games and the people who make them</h2></div>"
        f"<div class='entry'><h3 class='entry-header'>Sourdough mechanics</h3>{STORY}</div>"
    )
    assert headline_of(head, body, "https://pages.example/pixel/2026/09/dough.html") == "Sourdough mechanics"


def test_a_headline_h1_stays_when_only_a_footer_heading_shows_the_sites_part() -> None:
    # 'Headline - Site' with the headline in a linked h1 (its own permalink) and 'Site' as a
    # footer's heading: a footer is a page module, never where the story's heading is.
    title = "Pupils pick the first apples from their orchard - Valley Courier"
    head = f"<title>{title}</title>"
    body = (
        "<div class='story'><h1><a href='/news/orchard'>Pupils pick the first apples from their orchard</a></h1>"
        f"{STORY}</div><footer><h3>Valley Courier</h3><p>Printed weekly.</p></footer>"
    )
    assert headline_of(head, body, "https://courier.example/news/orchard") == (
        "Pupils pick the first apples from their orchard"
    )


def test_a_post_title_beside_a_meta_title_naming_only_the_blog_is_not_learned_as_a_site() -> None:
    # A Dublin Core title giving only the blog's name beside '<title>Blog - Post': the part after
    # it would be learned as a site's name, were it not the post's heading under the banner.
    title = "Quiet Ledger - Closing the leap year books"
    head = f'<meta name="DC.title" content="Quiet Ledger"><title>{title}</title>'
    body = (
        "<div class='name'><h1><a href='https://pages.example/ledger/'>Quiet Ledger</a></h1></div>"
        f"<div class='entrytitle'><h2>Closing the leap year books</h2></div>{STORY}"
    )
    assert headline_of(head, body, "https://pages.example/ledger/2026/leap.html") == ("Closing the leap year books")


def test_an_unlinked_blog_name_over_its_motto_and_the_posts_heading_is_the_site() -> None:
    # General pattern: an older blog template prints the blog's name as a plain h1, its motto or
    # the day's date as an h2, then the post's heading; the <title> reads 'Blog: Post'. (Before:
    # the blog's name 'Notes from the Cellar'.)
    title = "Notes from the Cellar: Why the cider went flat"
    head = f"<title>{title}</title>"
    body = (
        "<div class='top'><h1>Notes from the Cellar</h1><h2>A diary of brewing at home</h2></div>"
        f"<div class='post'><h3>Why the cider went flat</h3>{STORY}</div>"
    )
    assert headline_of(head, body, "https://cellar.example/2026/11/flat.html") == "Why the cider went flat"


def test_a_heading_right_under_an_unlinked_h1_is_not_taken_for_the_post() -> None:
    # '<title>Artist: Album</title>' with the artist in the h1 and the album in the h2 right under
    # it: the h2 is the h1's second line, not a post's heading under a banner.
    title = "Harbour Lights: Winter Songs"
    head = f"<title>{title}</title>"
    body = f"<div class='review'><h1>Harbour Lights</h1><h2>Winter Songs</h2>{STORY}</div>"
    assert headline_of(head, body, "https://reviews.example/albums/winter-songs") != "Winter Songs"
