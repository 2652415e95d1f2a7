"""Version 16 (body): story text set beside a picture in a 'media object' (pages written for the tests).

CSS frameworks call the block that sets a picture beside its text 'media' ('o-media',
'media-body'); the word weighs against a block, and a run of the story's paragraphs set that way
went from the middle of the story.
"""

from __future__ import annotations

from extract_helpers import body_text, numbered_paragraphs

_SENTENCE = (
    "the volunteers planted {k} rows of young oaks along the old railway line, "
    "and the district promised to water them through the first dry summer."
)
_BESIDE = "The nursery that grew the saplings had kept them in pots for three years before the planting day came."


def _page(block_class: str, pictures: int = 1) -> str:
    images = "".join(f"<img src='/oak{n}.jpg' alt='Young oak {n}'>" for n in range(pictures))
    beside = "".join(f"<p>{_BESIDE} Note {n}.</p>" for n in range(3))
    return (
        "<html><head><title>Oaks along the railway</title></head><body><article><h1>Oaks along the railway</h1>"
        f"<div class='story-content'>{numbered_paragraphs(_SENTENCE, 3)}"
        f"<div class='{block_class}'><figure>{images}</figure><div class='o-media__body'>{beside}</div></div>"
        f"{numbered_paragraphs(_SENTENCE, 2, first=3)}</div></article></body></html>"
    )


def test_paragraphs_in_a_media_object_stay() -> None:
    text = body_text(_page("o-media o-media--left"))
    assert f"{_BESIDE} Note 2." in text
    assert "Paragraph 4:" in text


def test_a_block_named_for_social_media_still_goes() -> None:
    # Another furniture word beside 'media' keeps the name's weight.
    text = body_text(_page("social-media share-tools"))
    assert _BESIDE not in text


def test_a_media_gallery_of_pictures_still_goes() -> None:
    text = body_text(_page("o-media", pictures=6))
    assert _BESIDE not in text
