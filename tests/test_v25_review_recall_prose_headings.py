"""Review of v25 (recall), prose in heading type: long questions over answers stay headings.

A page of long questions set as <h3>s heads the answers written under them; when the answers are
<br>-parted text in a frame (<center>) or <dd>s of a list, they are the page's paragraphs all the same,
and the questions stay section headings (they were read as paragraphs because only <p>s counted,
and the loose text was counted before it was wrapped). (Pages written for the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_STORY = (
    "The old stone mill above the village has ground its last sack of flour after two hundred years, its "
    "owner said on a grey morning in the yard.",
    "He told the small crowd that the wheel would stay where it is, turning for visitors on summer "
    "weekends, but the millstones will go to a museum in the city.",
    "His daughter, who runs the tea room next to the pond, says she will keep the name on the sign above "
    "the door for as long as the roof holds up.",
)
_QUESTIONS = (
    "Why did the mill stop grinding flour after all these years when the village bakers still bought every "
    "sack it produced each week of the long year, as their fathers had done before them?",
    "What will happen to the water rights that come with the mill and the long stretch of the river below "
    "the weir that the family has fished for years and years?",
)
_ANSWERS = (
    "The stones wore thin, and no one in the county can dress them any more, so the owner chose to stop "
    "before one of them cracked.",
    "They stay with the family, who have promised the anglers' club that nothing will change on the river "
    "bank this season or the next.",
)


def _sections(body: str) -> list[tuple[str | None, list[str]]]:
    html = f"<html><head><title>Mill</title></head><body><center><h1>The mill stops</h1>{body}</center></body></html>"
    return [(s.heading, s.paragraphs) for s in extract_article(html.encode()).sections]


def test_questions_over_answers_in_a_definition_list_stay_headings() -> None:
    qa = "".join(f"<h3>{q}</h3><dl><dd>{a} {a}</dd></dl>" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))
    sections = _sections(qa)
    assert _QUESTIONS[0] in [heading for heading, _ in sections]
    assert not any(question in paragraphs for _, paragraphs in sections for question in _QUESTIONS)


def test_questions_after_a_br_parted_story_stay_headings() -> None:
    qa = "".join(f"<h3>{q}</h3><p>{a}</p>" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))
    sections = _sections("<br><br>".join(_STORY) + "<br><br>" + qa)
    headings = [heading for heading, _ in sections]
    assert headings[-2:] == list(_QUESTIONS)
    assert sections[-2][1] == [_ANSWERS[0]]


def test_questions_over_br_parted_answers_stay_headings() -> None:
    qa = "".join(f"<h3>{q}</h3>{a}<br><br>{a}" for q, a in zip(_QUESTIONS, _ANSWERS, strict=True))
    sections = _sections(qa)
    headings = [heading for heading, _ in sections]
    assert headings[-2:] == list(_QUESTIONS)
