"""Version 26: Open Graph tags that are the site's home page's, printed on every post.

Themes and plugins that fill the Open Graph tags once for the whole site give every post the
home page's og:url, og:title (the site's motto) and og:description; the post's <title> names
the story. Pages and titles written for these tests (no data set).
"""

from __future__ import annotations

from extract_helpers import head_body_page
from newstui.extract.article import extract_article

POST_URL = "https://blogs.ferrylanding.example/2026/03/harbour-ferry-timetable"
MOTTO = "The Official Blog of the Ferry Landing Rowing Club"
SITE_DESCRIPTION = "Ferry Landing Blogs is the club's home for race results, crew news and river notes."
STORY = (
    "<div class='post'><p>The harbour ferry will run every twenty minutes from the first of April,"
    " the river authority said on Tuesday, after rowers and commuters asked for earlier boats.</p>"
    "<p>Crews training before dawn have waited up to an hour at the landing since the winter"
    " timetable began, and the club's captain said the change would let juniors train on weekdays.</p>"
    "<p>The authority will review the timetable again in September, once the summer regattas end.</p></div>"
)


def _site_wide_graph(og_title: str, og_url: str = "https://blogs.ferrylanding.example/") -> str:
    return (
        f'<meta property="og:url" content="{og_url}"><meta property="og:title" content="{og_title}">'
        f'<meta property="og:description" content="{SITE_DESCRIPTION}">'
        f'<meta name="description" content="{SITE_DESCRIPTION}">'
        '<meta property="og:site_name" content="FerryLanding.example">'
        "<title>Harbour ferry to run every twenty minutes from April - FerryLanding.example</title>"
    )


def test_a_post_under_the_home_pages_og_tags_is_titled_by_its_own_title() -> None:
    # Before: the motto, 'The Official Blog of the Ferry Landing Rowing Club', was the headline
    # (og:title first among titles that agree with nothing), and the site's description its lead.
    page = head_body_page(_site_wide_graph(MOTTO), STORY).encode()
    for url in (POST_URL, None):
        article = extract_article(page, url=url)
        assert article.headline == "Harbour ferry to run every twenty minutes from April"
        assert article.lead != SITE_DESCRIPTION


def test_a_post_og_title_naming_the_story_stays_whatever_its_og_url() -> None:
    # The same template filling og:title per post: og:title and <title> agree, the rule keeps it.
    page = head_body_page(_site_wide_graph("Harbour ferry to run every twenty minutes"), STORY).encode()
    assert extract_article(page, url=POST_URL).headline == "Harbour ferry to run every twenty minutes"


def test_the_home_page_itself_keeps_its_og_title() -> None:
    page = head_body_page(_site_wide_graph(MOTTO), STORY).encode()
    assert extract_article(page, url="https://blogs.ferrylanding.example/").headline == MOTTO
