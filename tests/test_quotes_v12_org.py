"""Quote finder, version 12: organisations referred to by a definite description or by
the members who speak for them. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers

# -- a kind of body that ends or opens an organisation's name ---------------------


def test_the_center_is_the_body_whose_name_ends_in_center() -> None:
    paras = [
        "Heavy snow is forecast for the northern valleys, the Alpine Avalanche Center said on Monday.",
        "Road crews were told to keep the passes shut until Wednesday.",
        "“Slopes above 2,000 metres will stay unstable through the week,” wrote the center.",
    ]
    assert speakers(paras) == ["Alpine Avalanche Center"]


def test_the_centre_is_the_body_whose_name_ends_in_centre() -> None:
    paras = [
        "The Marrow Heritage Centre opened its new wing to visitors on Saturday.",
        "“The wing doubles the space we can give to the mill collection,” the centre said.",
    ]
    assert speakers(paras) == ["Marrow Heritage Centre"]


# -- "X's Y": the possessor only names whose body Y is ----------------------------


def test_the_agency_after_a_possessive_is_the_body_possessed() -> None:
    paras = [
        "A moderate risk of flooding was issued by the Coastal Weather Bureau’s Tide Forecast Office. "
        "The agency warns that “low roads near the estuary may close at high tide.”",
    ]
    assert speakers(paras) == ["Tide Forecast Office"]


# -- members of a body speak for it -----------------------------------------------


def test_the_lawmakers_speak_for_the_committee_they_sit_on() -> None:
    paras = [
        "Senators on the Joint Committee on Harbour Safety sent a letter to the port authority on Tuesday.",
        "The letter follows two groundings in the channel this spring.",
        "“We expect a full account of the dredging schedule,” the senators wrote.",
    ]
    assert speakers(paras) == ["Joint Committee on Harbour Safety"]


def test_they_after_the_lawmakers_is_still_the_committee() -> None:
    paras = [
        "Senators on the Joint Committee on Harbour Safety sent a letter to the port authority on Tuesday.",
        "“We expect a full account of the dredging schedule,” the senators wrote.",
        "“The public deserves to know why the channel was left unmarked,” they wrote.",
    ]
    assert speakers(paras) == ["Joint Committee on Harbour Safety", "Joint Committee on Harbour Safety"]


def test_plural_people_with_no_body_named_are_still_nobody() -> None:
    paras = [
        "Senators met the port authority on Tuesday.",
        "“We expect a full account of the dredging schedule,” the senators wrote.",
    ]
    assert speakers(paras) == [None]


# -- a kind of body nobody was named as: the source that spoke just before ----------


def test_the_department_is_the_source_just_cited_when_none_is_named_a_department() -> None:
    paras = [
        "According to Westvale Roads, the province repaired 40 bridges before the rains.",
        "“Crews will inspect every culvert before the end of the month,” the department said.",
    ]
    assert speakers(paras) == ["Westvale Roads"]


# -- members writing put their body's text on record ------------------------------


def test_analysts_at_a_firm_writing_a_note_are_the_firm() -> None:
    paras = [
        "“Freight rates will fall before the harvest,” analysts at Corrin Lowe Partners wrote in a note on Friday.",
    ]
    assert speakers(paras) == ["Corrin Lowe Partners"]


def test_analysts_at_a_firm_merely_saying_something_stay_unnamed() -> None:
    paras = [
        "“Freight rates will fall before the harvest,” analysts at Corrin Lowe Partners said on Friday.",
    ]
    assert speakers(paras) == [None]


# -- "which says": the body named right before ------------------------------------


def test_a_body_which_says_on_its_site_speaks() -> None:
    paras = [
        "Ines Marlow chairs the Tidewater Reading Circle in Lisbon, which says on its site "
        "that it wants to “put a book in every harbour cottage.”",
    ]
    assert speakers(paras) == ["Tidewater Reading Circle"]


# -- "it" after a body of unknown kind spoke ----------------------------------------


def test_it_is_the_body_of_unknown_kind_that_spoke_just_before() -> None:
    paras = [
        "“The new levy will empty the fishing villages,” the Harbour Ledger said in an editorial.",
        "The paper said the levy was drafted in secret, which it claims shows the council wants "
        "“to sell the quays to the highest bidder.”",
    ]
    assert speakers(paras) == ["Harbour Ledger", "Harbour Ledger"]
