"""Body precision rules (issue 11): furniture kept as paragraphs inside the story, each rule on a
page written for its test (no development-set text)."""

from __future__ import annotations

from extract_helpers import body_text

_BODY = [
    f"Paragraph {n}: the harbour's ferry crews, after a stormy winter, repainted {n + 2} boats, "
    "while the pier, the ticket hall and the fuel dock waited for the spring inspection."
    for n in range(8)
]


def _page(*middle: str, end: str = "") -> str:
    """A story page: headline, four paragraphs, `middle` (raw HTML), four paragraphs, `end`."""
    first = "".join(f"<p>{text}</p>" for text in _BODY[:4])
    second = "".join(f"<p>{text}</p>" for text in _BODY[4:])
    return (
        "<html><head><title>Ferry crews repaint the fleet</title></head><body><article>"
        "<h1>Ferry crews repaint the fleet</h1>"
        f'<div class="story-body">{first}{"".join(middle)}{second}{end}</div>'
        "</article></body></html>"
    )


def _kept(text: str) -> None:
    for paragraph in _BODY:
        assert paragraph in text


def test_a_caption_ending_in_its_picture_credit_is_dropped() -> None:
    # General pattern: captions end with their credit ('(Image: …)', 'Bild: Name/agency',
    # 'Quelle: agency', 'Name | Collection | Getty Images', 'IMAGO/Name') in any language.
    captions = (
        "The blue ferry leaves the dock at dawn (Image: Harbour Press)",
        "Die Fähre am frühen Morgen im Hafen. Bild: Jana Roth/dpa",
        "Quelle: AFP",
        "Tom Weller | Moment | Getty Images",
        "Die Crew streicht den Rumpf neu. IMAGO/Jana Roth",
        "Foto: Jana Roth",
    )
    text = body_text(_page(*(f'<div class="pic"><span>{caption}</span></div>' for caption in captions)))
    _kept(text)
    for caption in captions:
        assert caption not in text


def test_a_sentence_naming_a_photo_in_the_story_stays() -> None:
    # Only a credit at the end counts: a story sentence about a photo ends like a sentence.
    sentence = "Her photo: a ferry at dawn, taken from the pier, won the prize of the harbour's club last year."
    text = body_text(_page(f"<p>{sentence}</p>"))
    assert sentence in text


def test_a_video_embed_label_its_description_and_duration_are_dropped() -> None:
    # General pattern: a clip embedded in the story shows 'WATCH | title:' over its
    # description, or its description ending in the date and duration ('12.03.2026 | 2:41 min').
    label = "WATCH | Ferry crews on their busiest week of the year:"
    description = "Crews worked through the night to get the boats ready before the first spring sailing."
    dated = "Die Fähren im Hafen werden neu gestrichen. 12.03.2026 | 2:41 min"
    html = _page(
        f'<div class="clip"><p><strong>{label}</strong></p><p>{description}</p></div>',
        f'<div class="clip"><span>{dated}</span></div>',
    )
    text = body_text(html)
    _kept(text)
    for furniture in (label, description, dated):
        assert furniture not in text


def test_consent_placeholders_toggle_labels_and_live_stamps_are_dropped() -> None:
    # General pattern: an embed waiting for consent leaves its placeholder line, an
    # expandable box its two control labels, a live blog each entry's relative stamp.
    lines = (
        "Ein Klick für den Datenschutz",
        "Info-Box aufklappen Info-Box zuklappen",
        "12 mins ago09:41 Jana Roth",
    )
    text = body_text(_page(*(f"<div><span>{line}</span></div>" for line in lines)))
    _kept(text)
    for line in lines:
        assert line not in text


def test_a_subscription_pitch_inside_the_story_is_dropped_with_its_benefits() -> None:
    # General pattern: a paywall or registration box rendered between the story's paragraphs
    # opens with a line about access; its list of benefits runs to the next real paragraph.
    pitch = (
        '<div class="box"><div class="h2">THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY</div>'
        "<ul><li>Unlimited digital access to the Harbour Gazette.</li><li>The Gazette app.</li>"
        "<li>Daily puzzles and the weekend crossword.</li></ul>"
        '<div class="h2">REGISTER / SIGN IN TO UNLOCK MORE ARTICLES</div>'
        "<p>Create an account or sign in to continue with your reading experience.</p></div>"
    )
    text = body_text(_page(pitch))
    _kept(text)
    for furniture in ("RESERVED FOR SUBSCRIBERS", "Unlimited digital access", "Daily puzzles", "UNLOCK", "Create an"):
        assert furniture not in text


def test_an_authors_bio_in_another_language_at_the_end_is_dropped() -> None:
    # General pattern: the closing author box, as German, Spanish or French newsrooms write it:
    # name, role line, 'Seit 2019 bei …' / 'Redactora en …' / 'Jane Doe ist Reporterin für …'.
    for bio in (
        "Seit 2018 bei der Hafenzeitung. Schreibt über Schifffahrt, Häfen und die Küste.",
        "Redactora en la sección de Local, y también cronista de teatro para Cultura.",
        "Jana Roth ist Reporterin für die Küste und die Inseln der Region.",
    ):
        text = body_text(_page(end=f'<div class="box"><p>Jana Roth</p><p>Redakteurin</p><p>{bio}</p></div>'))
        _kept(text)
        assert bio not in text
        assert "Redakteurin" not in text


def test_a_bio_sentence_inside_the_story_stays() -> None:
    # Only the trailing box goes: the same shape before the story's last paragraph is its text.
    bio = "Jana Roth ist Reporterin für die Küste und hat die Crews den ganzen Winter begleitet."
    text = body_text(_page(f"<p>{bio}</p>"))
    assert bio in text


def test_text_hidden_by_a_utility_class_is_dropped() -> None:
    # General pattern: themes hide boxes with a class ('hidden', 'd-none', 'hideCompletely')
    # and label controls for screen readers only ('sr-only', 'h-offscreen'): no reader sees them.
    hidden = (
        '<div class="offer hidden"><p>Already a member? Your first month of the Gazette costs nothing.</p></div>',
        '<div class="box"><span class="hideCompletely">Further information</span>'
        "<p>The ferry timetable changes on the first of April, when the summer boats return.</p>"
        '<span class="h-offscreen">End of further information</span></div>',
        '<div class="promo d-none"><p>Try the Gazette app, with every story of the harbour in your pocket.</p></div>',
    )
    text = body_text(_page(*hidden))
    _kept(text)
    assert "The ferry timetable changes on the first of April" in text
    for furniture in ("Already a member", "Further information", "End of further information", "Gazette app"):
        assert furniture not in text


def test_text_shown_at_some_screen_size_or_in_an_accordion_stays() -> None:
    # 'hidden md:block' shows from tablet size on; an accordion's closed answer opens on a click.
    wide = "On wider screens the timetable sits beside the story, with the summer boats marked in blue."
    answer = "Tickets bought online stay valid for a year, on every boat of the harbour's ferry fleet."
    html = _page(
        f'<div class="hidden md:block"><p>{wide}</p></div>',
        '<div class="faq-accordion"><h3>How long do tickets stay valid?</h3>'
        f'<div class="accordion-content hidden"><p>{answer}</p></div></div>',
    )
    text = body_text(html)
    _kept(text)
    assert wide in text
    assert answer in text


def test_a_byline_under_the_standfirst_is_dropped() -> None:
    # General pattern: standfirst, then 'Von Jana Roth und Ole Berg, Kiel', then the story;
    # the leading trim stops at the standfirst, so the byline stood as the second paragraph.
    standfirst = "The harbour's ferry crews spent the winter repainting the fleet, and the boats are ready for spring."
    for byline in ("Von Jana Roth und Ole Berg, Kiel", "By Jane Doe and John Roe", "par Jeanne Dupont, Brest"):
        html = _page().replace(
            "<h1>Ferry crews repaint the fleet</h1>",
            f"<h1>Ferry crews repaint the fleet</h1><p>{standfirst}</p><p>{byline}</p>",
        )
        text = body_text(html)
        _kept(text)
        assert byline not in text


def test_newsletter_consent_and_comment_prompts_are_dropped() -> None:
    # The newsletter box's unsubscribe line in other languages, a prompt to comment.
    lines = (
        "Sie können sich jederzeit wieder abmelden. Weitere Informationen finden Sie in unserem Datenschutz.",
        "Would you like to comment on this article? Register (it's free) or sign in now.",
    )
    text = body_text(_page(*(f"<div><p>{line}</p></div>" for line in lines)))
    _kept(text)
    for line in lines:
        assert line not in text


def test_a_pull_quote_repeating_the_story_is_dropped_with_its_speaker_line() -> None:
    # General pattern: a pull quote sets a sentence of the story again in large type, with
    # the speaker's name and job line under it; the reader would read it twice.
    said = "We paint every boat by hand, and the salt eats the paint again by autumn."
    story = f'<p>"{said}" said Ole Berg, who has led the paint crew at the harbour for eleven years.</p>'
    pull = (
        f'<div class="article-pullquote"><blockquote>{said}</blockquote>'
        "<p>Ole Berg</p><p>Head of the harbour paint crew</p></div>"
    )
    text = body_text(_page(story, pull))
    _kept(text)
    assert said in text  # the story's own sentence
    assert text.count(said) == 1
    assert "Head of the harbour paint crew" not in text


def test_a_pull_quote_printed_nowhere_else_stays() -> None:
    # A box named 'pullquote' holding words the page prints nowhere else is the only place of that text.
    unique = "The sea does not care how pretty your boat is, only how well it floats in a storm."
    text = body_text(_page(f'<div class="pull-quote"><blockquote>{unique}</blockquote></div>'))
    _kept(text)
    assert unique in text
