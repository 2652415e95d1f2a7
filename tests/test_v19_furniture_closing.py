"""Furniture after the story on pages nobody tuned for (issue 11, precision).

Every page here is invented: a short story, then the kind of block templates print
under it. The story must survive whole; the furniture must not be in the body.
"""

from __future__ import annotations

from extract_helpers import PIER_LAST_WORDS as LAST_WORDS
from extract_helpers import body_text
from extract_helpers import pier_page as page


def test_a_blog_engines_entry_footer_goes() -> None:
    after = (
        "<p>This entry was posted on Tuesday, March 4th, 2025 at 9:12 pm and is filed under Harbour, "
        "Council. You can follow any responses to this entry through the RSS 2.0 feed. You can leave "
        "a response, or trackback from your own site.</p>"
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "filed under" not in text


def test_a_trackback_address_and_the_list_of_blogs_that_link_go() -> None:
    after = (
        "<p>TrackBack URL for this entry: https://blog.example/tb/8812</p>"
        "<p>Listed below are links to weblogs that reference Pier vote delayed:</p>"
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "TrackBack" not in text
    assert "weblogs" not in text


TEASERS = "".join(
    f"<h3>{title}</h3><p>{summary}</p><p>March {day}, 2025</p>"
    for title, summary, day in [
        (
            "Library opens on Sundays",
            "From next month the reading room will keep its doors open on Sunday afternoons, "
            "after a trial that brought in more families than the staff had expected.",
            3,
        ),
        (
            "New buses for the coast road",
            "Six electric buses join the coast road timetable this summer, replacing the oldest "
            "diesel vehicles that have served the villages for almost twenty years.",
            2,
        ),
        (
            "School choir wins regional prize",
            "Forty pupils travelled to the county hall and came home with the first prize, the "
            "choir's third in a decade and its first since the new music teacher arrived.",
            1,
        ),
        (
            "Bakery marks fifty years",
            "The family bakery on the square celebrated half a century of early mornings with free "
            "bread rolls for everyone who queued before seven o'clock on Saturday.",
            1,
        ),
    ]
)


def test_unlinked_teasers_under_a_recent_posts_heading_go_even_when_longer_than_the_story() -> None:
    text = body_text(page("<h2>Recent Posts</h2>" + TEASERS))
    assert LAST_WORDS in text
    assert "reading room" not in text
    assert "Bakery" not in text and "bread rolls" not in text


def test_unlinked_teasers_under_latest_news_go_even_when_longer_than_the_story() -> None:
    text = body_text(page("<h2>Latest news</h2>" + TEASERS))
    assert LAST_WORDS in text
    assert "reading room" not in text and "bread rolls" not in text


def test_a_story_section_under_a_latest_news_heading_stays() -> None:
    # A live update section headed 'Latest news' whose paragraphs are the story's own.
    section = (
        "<h2>Latest news</h2>"
        "<p>On Wednesday morning the council confirmed that divers had inspected the piles again and "
        "found the damage worse than the engineers' first report, with two of the supports split "
        "along their length. A spokeswoman said the pier would stay closed to the public until the "
        "vote and that the fishing families had been offered berths in the new marina for the "
        "season, free of charge, while the committee considers the options in front of it.</p>"
        "<p>Residents who spoke to this paper were divided: some want the old pier rebuilt plank by "
        "plank as a piece of the town's history, others would rather the money went on the marina, "
        "where the boats already shelter in winter storms and the water is deep at every tide of the "
        "year. The committee expects to receive a costed plan for both choices before the vote.</p>"
    )
    text = body_text(page(section))
    assert LAST_WORDS in text
    assert "divers had inspected" in text and "costed plan" in text


def test_a_closing_prompt_to_follow_the_site_on_a_channel_goes() -> None:
    after = (
        "<h3>Do you follow us on WhatsApp yet?</h3>"
        "<p>Every morning and evening a short digest of the coast's news: join our WhatsApp channel "
        "and you will get it straight to your phone.</p>"
    )
    text = body_text(page(after))
    assert LAST_WORDS in text
    assert "WhatsApp" not in text


def test_a_closing_line_asking_readers_to_take_the_newsletter_goes() -> None:
    line = "<p>Bookmark our homepage and sign up for our newsletters so you never miss a story from the coast.</p>"
    text = body_text(page(line))
    assert LAST_WORDS in text
    assert "newsletters" not in text


def test_a_story_that_ends_on_a_channel_it_reports_on_keeps_its_last_paragraph() -> None:
    after = (
        "<p>The fishing families said they would keep posting photographs of the pier on Facebook, "
        "where a page they started last winter now has more than two thousand followers.</p>"
    )
    text = body_text(page(after))
    assert "two thousand followers" in text


def test_a_bloggers_own_closing_invitation_stays() -> None:
    after = "<p>If you want to hear how the vote goes, sign up for my newsletter and I will write again in spring.</p>"
    text = body_text(page(after))
    assert "sign up for my newsletter" in text


def test_a_strip_of_article_tools_between_the_story_and_the_page_goes() -> None:
    before = "<p>Article tools: E-mail | Print | Text size: S M L | Report a typo | Send your feedback</p>"
    after = (
        "<p>Printer friendly page Send this article to a friend by e-mail</p><h3>Share this story What is this?</h3>"
    )
    text = body_text(page(after, before=before))
    assert LAST_WORDS in text and "harbour committee met" in text
    assert "Report a typo" not in text
    assert "Printer friendly" not in text
    assert "What is this" not in text


SECTIONS = (
    "News Harbour Council Schools Sport Weather Letters Obituaries Business Farming Events Travel Property Jobs"
).split()


def test_a_long_menu_of_linked_sections_split_by_bars_goes_wherever_it_stands() -> None:
    menu = "<p>" + " | ".join(f'<a href="/{name.lower()}">{name} pages</a>' for name in SECTIONS) + "</p>"
    text = body_text(page(menu, before=menu))
    assert LAST_WORDS in text and "harbour committee met" in text
    assert "Obituaries" not in text


def test_a_data_table_row_split_by_bars_stays() -> None:
    table = (
        "<table><tr><td>Pier</td><td>Built</td><td>Length</td><td>State</td></tr>"
        "<tr><td>Mill Lane</td><td>1889</td><td>140 m</td><td>closed</td></tr></table>"
    )
    text = body_text(page(table))
    assert "Mill Lane | 1889 | 140 m | closed" in text
