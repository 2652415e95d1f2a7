"""A speech verb joined by "but"/"and" to the clause's first verb shares that clause's
subject ("Chairman Sam Pike declined to name the delegates on the slate but said …"): the
noun phrase before "but" is the first verb's object, never a description speaking.
Invented text, read by the real `Resolver`."""

from __future__ import annotations

from newstui.extract.quotes.resolver import Resolver
from newstui.extract.quotes.subjects import Subject
from newstui.extract.quotes.vocabulary import SPEECH


def _said_subject(paragraph: str) -> Subject | None:
    res = Resolver([paragraph], [[]], None)
    para = res.paras[0]
    verb = next(m for m in SPEECH.finditer(para.masked) if m.group() == "said")
    return res.subject_before(0, verb.start(), para.sentence_start(verb.start()))


def test_but_said_shares_the_named_subject() -> None:
    subj = _said_subject(
        "In the north, county party chairman Sam Pike declined to name the delegates on the caucus slate"
        " but said one was a firm backer of the mayor."
    )
    assert subj is not None and subj.kind == "name" and subj.mention is not None
    assert subj.mention.entity.name == "Sam Pike"


def test_a_named_object_before_and_said_is_no_subject() -> None:
    """Guard: 'The board met Dana Cole on the slate and said no.': Cole is the object."""
    subj = _said_subject("The board met Dana Cole on the caucus slate and said no to the plan.")
    assert subj is None or subj.mention is None or subj.mention.entity.name != "Dana Cole"
