"""Version 26 (recall): a list the story announces at the end of a longer paragraph stays.

A story's paragraph often ends by announcing a list ('… The five tools on show this week are:')
after sentences of its own that use words a related-stories lead-in also uses ('read', 'see',
'more', 'check out', 'news'). The whole paragraph was read as the lead-in, so one such word
anywhere in it made the list a box of other stories, and the list was cleaned out as links.
Only the sentence ending in the colon says what the list is. (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_ITEMS = (
    "<li><a href='https://tools.example.org/plane'>A smoothing plane from 1912</a> lent by the Hartley family</li>"
    "<li><a href='https://tools.example.org/saw'>A two-man saw with its original handles</a> found in a barn</li>"
    "<li><a href='https://tools.example.org/adze'>A cooper's adze</a> donated by the last barrel maker in town</li>"
    "<li><a href='https://tools.example.org/drill'>A brace and bit drill</a> bought at auction in 1987</li>"
    "<li><a href='https://tools.example.org/chisel'>A set of mortise chisels</a> still sharp enough to use</li>"
)


def _paragraphs(lead_in: str) -> list[str]:
    html = (
        "<html><head><title>Old tools go on show</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/town'>Town</a></div>"
        "<div class='main'><h1>Old tools go on show</h1><div class='body'>"
        "<p>The town museum opened a room of woodworking tools on Saturday, most of them given by families "
        "who kept them in sheds and attics long after the workshops on Mill Lane had closed.</p>"
        "<p>The curator, Edith Marlowe, spent two winters cleaning rust from blades and rebuilding handles "
        "with timber from a fallen oak in the museum's own garden.</p>"
        f"<p>{lead_in}</p><ul>{_ITEMS}</ul>"
        "<p>The room is open every afternoon except Monday, and a joiner will show visitors how each tool "
        "was used on the first Saturday of every month until the end of the year.</p>"
        "</div></div>"
        "<div class='side'><p><a href='/other'>Other news</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return [p for s in article.sections for p in s.paragraphs]


def test_a_list_announced_by_the_last_sentence_stays() -> None:
    paragraphs = _paragraphs(
        "Visitors who want to read more about the workshops can see the town archive's news pages and "
        "check out the old photographs. The five tools on show this month are:"
    )
    text = "\n".join(paragraphs)
    assert "smoothing plane" in text and "mortise chisels" in text
    assert any("joiner will show visitors" in p for p in paragraphs)


def test_an_abbreviation_does_not_end_the_announcing_sentence() -> None:
    # 'U.S. makers' is no new sentence: the whole 'Read more about … makers:' still announces other stories.
    paragraphs = _paragraphs("Read more about the U.S. makers:")
    text = "\n".join(paragraphs)
    assert "smoothing plane" not in text
    assert any("joiner will show visitors" in p for p in paragraphs)


def test_a_related_stories_lead_in_still_announces_other_stories() -> None:
    paragraphs = _paragraphs("The museum is free. You may also like:")
    text = "\n".join(paragraphs)
    assert "smoothing plane" not in text
    assert any("joiner will show visitors" in p for p in paragraphs)
