"""Who speaks when a speech clause names an outlet or an owner beside the speaker
(extraction version 13): invented text."""

from __future__ import annotations

from extract_helpers import speakers


def test_an_outlet_after_a_speech_clause_is_its_source_not_the_next_speaker() -> None:
    paras = [
        "Governor-elect Dana Whitcombe has picked Lou Ferrante as her chief of staff.",
        "“He knows this state better than anyone I have met,” the governor-elect said in a"
        " statement, according to the Harbour Gazette. “I am glad he said yes to the job.”",
    ]
    assert speakers(paras) == ["Dana Whitcombe", "Dana Whitcombe"]


def test_according_to_alone_still_names_the_speaker() -> None:
    paras = [
        "Lou Ferrante took the job on Monday.",
        "According to Ferrante, “the first month will be about listening to people.” He did not say more.",
    ]
    assert speakers(paras) == ["Lou Ferrante"]


def test_somebody_speaking_for_a_named_owner_is_not_the_owner() -> None:
    paras = [
        "“This is the best season we have had in ten years,” promoter Tom Reyes said on the radio.",
        "“Incorrect. She will not be singing at the gala,” Ann Lee's publicist retorted.",
        "“We have no comment on the tour at all,” the band's manager said.",
    ]
    assert speakers(paras) == ["Tom Reyes", None, None]


def test_an_owners_report_is_still_the_owners_text() -> None:
    paras = [
        "The Harbour Institute published its findings on Thursday.",
        "“A second vessel was in the channel at the time of the collision,” the Harbour Institute's report said.",
    ]
    assert speakers(paras) == ["Harbour Institute"]
