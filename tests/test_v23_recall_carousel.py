"""Version 23 (recall): a carousel of other posts above the story's own headline is left out.

A blog template sets a slider of its latest posts (a linked title, then a summary cut short)
in the same column as the post, above the post's own headline. With summaries of a few lines
each the slider held more text than a short post, so the post was read from the top of the
slider. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_POSTS = [
    "Seed swap at the library",
    "How to dry chillies at home",
    "Our new beehive is here",
    "Ten pots for a small balcony",
    "Why my tomatoes split this year",
    "Frost cloth: is it worth it?",
]
_STORY = (
    "<p>Our autumn lantern contest is back, and this year the club will hand out prizes in three classes: "
    "the scariest face, the best carving by a child and the biggest pumpkin grown on the allotments.</p>"
    "<p>Bring your lantern to the hall by six on the last Friday of October; the judges will walk round "
    "with a torch at seven, and soup and bread will be served while they make up their minds.</p>"
)


def _page(carousel: bool = True) -> bytes:
    slides = "".join(
        f"<li><a href='https://garden.example/{n}'>{title}</a></li>"
        f"<li>A short note on {title.lower()} from the plot this week, with what worked, what did not "
        "and what we will try again next year when the weather is kinder [...]</li>"
        for n, title in enumerate(_POSTS)
    )
    above = f"<ul class='slides'>{slides}</ul>" if carousel else ""
    return (
        "<html><head><title>Pumpkin lantern contest | Allotment Diary</title></head><body>"
        "<h1><a href='https://garden.example/'>Allotment Diary</a></h1>"
        f"<div class='column'>{above}<h2>Pumpkin lantern contest</h2>{_STORY}</div>"
        "</body></html>"
    ).encode()


def _article(html: bytes) -> list[str]:
    article = extract_article(html, url="https://garden.example/lanterns")
    return [p for s in article.sections for p in s.paragraphs]


def test_the_post_starts_after_a_carousel_of_other_posts() -> None:
    paragraphs = _article(_page())
    assert paragraphs[0].startswith("Our autumn lantern contest is back")
    assert not any("Seed swap" in p or "what we will try again" in p for p in paragraphs)


def test_the_post_without_a_carousel_reads_the_same() -> None:
    assert _article(_page()) == _article(_page(carousel=False))
