"""Headline, version 16: labels saying what kind of item a page is (issue 11), on invented pages."""

from __future__ import annotations

import pytest

from extract_helpers import headline_of, title_everywhere

BODY = "<p>The lock keepers said the canal would reopen once the broken gate had been replaced.</p>" * 5
HEADLINE = "Canal reopens after the lock gate is replaced"
SITE = "Towpath Gazette"


def _headline(head: str, body: str, url: str | None = "https://towpathgazette.example/news/7") -> str:
    return headline_of(head, body, url)


def _everywhere(title: str) -> tuple[str, str]:
    """The same title in og:title, JSON-LD, <title> (with the site's name) and the h1."""
    return title_everywhere(title, site=SITE, body=BODY)


@pytest.mark.parametrize(
    "labelled",
    [
        f"BREAKING: {HEADLINE}",
        f"Breaking News – {HEADLINE}",
        f"WATCH: {HEADLINE}",
        f"EXCLUSIVE: {HEADLINE}",
        f"Exclusive – {HEADLINE}",
        f"EXCLUSIVE VIDEO: {HEADLINE}",
        f"Analysis: {HEADLINE}",
        f"VIDEO - {HEADLINE}",
        f"🔴 BREAKING: {HEADLINE}",
    ],
)
def test_a_kind_label_in_every_source_is_not_the_headlines(labelled: str) -> None:
    # General pattern: a label saying what kind of item this is, in every source alike, is
    # no part of the story's title.
    head, body = _everywhere(labelled)
    assert _headline(head, body) == HEADLINE


@pytest.mark.parametrize(
    ("labelled", "headline"),
    [
        ("EILMELDUNG: Schleuse am Kanal wird wieder geöffnet", "Schleuse am Kanal wird wieder geöffnet"),
        ("Meinung: Der Kanal braucht neue Schleusentore", "Der Kanal braucht neue Schleusentore"),
        ("VIDÉO. Le canal rouvre après la réparation de l'écluse", "Le canal rouvre après la réparation de l'écluse"),
        ("EXCLUSIF. Le canal rouvre après la réparation", "Le canal rouvre après la réparation"),
        ("DIRECT. Le canal rouvre après la réparation", "Le canal rouvre après la réparation"),
        ("ÚLTIMA HORA | El canal reabre tras reparar la esclusa", "El canal reabre tras reparar la esclusa"),
        ("Opinión | El canal necesita nuevas compuertas", "El canal necesita nuevas compuertas"),
    ],
)
def test_kind_labels_in_other_languages(labelled: str, headline: str) -> None:
    head, body = _everywhere(labelled)
    assert _headline(head, body) == headline


@pytest.mark.parametrize(
    "title",
    [
        "Watch what you eat on the towpath this winter",
        "Opinion polls tighten in the canal towns",
        "Update: Canal reopens",  # two words left: the label is the headline's
        "Video. Canal reopens after the repair",  # a full stop after a label not in capitals
        f"{HEADLINE} | Opinion",  # a column's own style, shown in the h1 too
        f"{HEADLINE} (VIDEO)",  # after the title: part of the title the site shows
        "Breaking the lock: how the gate failed",  # the label word inside the headline's words
        "Explainer: what the new lock gates mean for boats",  # the title goes on from it as one sentence
    ],
)
def test_label_words_that_are_the_headlines_own_stay(title: str) -> None:
    head, body = _everywhere(title)
    assert _headline(head, body) == title


def test_a_labelled_h1_above_the_text_is_not_the_first_section_heading() -> None:
    # The h1 keeps its label in the body; it is the headline shown again, not a section.
    from newstui.extract import extract_article

    ld = f'{{"@type": "NewsArticle", "headline": "EXCLUSIVE: {HEADLINE}"}}'
    page = (
        f"<html><head><meta property='og:title' content='EXCLUSIVE: {HEADLINE}'>"
        f"<script type='application/ld+json'>{ld}</script></head>"
        f"<body><article><h1>EXCLUSIVE: {HEADLINE}</h1>{BODY}</article></body></html>"
    )
    article = extract_article(page.encode(), url="https://towpathgazette.example/news/8")
    assert article.headline == HEADLINE
    assert all(section.heading != f"EXCLUSIVE: {HEADLINE}" for section in article.sections)
