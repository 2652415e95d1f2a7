"""Version 20: named and unnamed speakers in news nobody tuned for: an office as a
headline's or kicker's speaker ("PM: ‘…’"), an office written short ("the PM said"),
"police said" after the story turned to another incident, a force named after two
areas ("Avon and Somerset Police"). Each rule with its guard. Invented text."""

from __future__ import annotations

from extract_helpers import speakers

# -- an office as a headline's label speaks for the person the story names in it ----------


def test_an_office_abbreviated_as_a_headline_label_is_its_holder() -> None:
    assert speakers(
        [
            "PM: ‘We will not give ground on the harbour levy’",
            "The Prime Minister, Harriet Coombe, told MPs on Wednesday the talks would go on.",
        ]
    ) == ["Harriet Coombe"]


def test_an_office_as_a_kicker_label_is_the_holder_introduced_after_it() -> None:
    assert speakers(
        [
            "Chancellor: ‘Tax rises are off the table this year’",
            "Chancellor Oliver Grange has ruled out tax rises in next month's budget.",
            "The Institute for Fiscal Studies said it would study the plans.",
        ]
    ) == ["Oliver Grange"]


def test_a_club_and_its_office_as_a_label_is_the_club_official() -> None:
    assert speakers(
        [
            "Rovers boss: ‘We threw it away in the last ten minutes’",
            "Rovers manager Gary Holt admitted his side had let a two-goal lead slip.",
        ]
    ) == ["Gary Holt"]


def test_an_office_label_names_nobody_when_no_holder_is_named() -> None:
    # Guard: a foreign minister is no prime minister; nobody called "PM" speaks.
    assert speakers(
        [
            "PM: ‘We will not give ground on the harbour levy’",
            "Foreign Minister Jo Dee told MPs on Wednesday the talks would go on.",
        ]
    ) == [None]


def test_a_person_named_as_the_label_still_speaks() -> None:
    # Guard: a surname before the colon is the speaker, as before.
    assert speakers(
        [
            "Coombe: ‘We will not give ground on the harbour levy’",
            "The Prime Minister, Harriet Coombe, told MPs on Wednesday the talks would go on.",
        ]
    ) == ["Harriet Coombe"]


def test_the_pm_in_the_body_is_the_prime_minister_named_before() -> None:
    assert speakers(
        [
            "The Prime Minister, Harriet Coombe, told MPs on Wednesday the talks would go on.",
            "“We will not give ground on the harbour levy,” the PM said.",
        ]
    ) == ["Harriet Coombe"]


# -- "police said" after the story turned to another incident ------------------------


def test_police_after_a_separate_incident_is_not_the_force_named_for_the_first() -> None:
    assert speakers(
        [
            "Two men were arrested after a jewellery shop in Leeds was raided. West Yorkshire Police "
            "said the men were being held in custody.",
            "In a separate incident, a cyclist was taken to hospital after a crash on the ring road. "
            "Police said the driver of the van “stopped at the scene and is helping us”.",
        ]
    ) == [None]


def test_police_meanwhile_in_another_city_is_not_the_force_named_before() -> None:
    assert speakers(
        [
            "West Yorkshire Police said two men had been arrested after a raid on a shop in Leeds.",
            "Meanwhile in Manchester, police said a man had been charged with “dangerous driving causing "
            "serious injury”.",
        ]
    ) == [None]


def test_police_in_the_same_story_is_still_the_force_named() -> None:
    # Guard: no turn to another event, the force named before speaks.
    assert speakers(
        [
            "Two men were arrested after a jewellery shop in Leeds was raided. West Yorkshire Police "
            "said the men were being held in custody.",
            "Police said they were “keen to hear from anyone with dashcam footage of the area”.",
        ]
    ) == ["West Yorkshire Police"]


def test_a_body_named_by_its_own_name_after_a_turn_still_speaks() -> None:
    # Guard: only a kind of body ("police") is the other event's; a named body is itself.
    assert speakers(
        [
            "The Kremlin rejected the proposal on Monday.",
            "Separately, the Kremlin said the talks in Geneva were “a waste of everybody's time”.",
        ]
    ) == ["Kremlin"]


# -- a force named after two areas ---------------------------------------------------


def test_a_force_named_after_two_areas_is_one_body() -> None:
    assert speakers(
        [
            "Avon and Somerset Police said officers had closed the lane, calling the flood “a major "
            "incident for the whole area”."
        ]
    ) == ["Avon and Somerset Police"]


def test_two_people_joined_by_and_stay_two_names() -> None:
    # Guard: given names either side of "and" are two people, no body; since v22 a joint
    # attribution names both of them.
    assert speakers(
        ["Jo Dee and Sam Reed said the road would stay shut, calling it “a very difficult decision for us”."]
    ) == ["Jo Dee and Sam Reed"]


# -- a role "of" a body and its holder; a person "of" a body ----------------------------


def test_the_holder_apposed_after_a_role_of_a_body_speaks() -> None:
    assert speakers(
        ["“It was our best Christmas in a decade,” said the chief executive of Harlow & Finch, Simon Tate."]
    ) == ["Simon Tate"]


def test_a_person_of_a_body_in_an_apposition_speaks_not_the_body() -> None:
    assert speakers(
        [
            "Her publisher, Lena Marx of Hollow Press, said the book was “the most ambitious thing we have "
            "ever published”."
        ]
    ) == ["Lena Marx"]


def test_a_spokesman_for_a_body_with_no_name_apposed_stays_as_before() -> None:
    # Guard: no holder named after the body; the rule leaves the subject alone.
    assert speakers(["“It was our best Christmas in a decade,” said the chief executive of Harlow Stores."]) == [
        "Harlow Stores"
    ]


def test_according_to_a_role_then_the_holder_names_the_holder() -> None:
    assert speakers(
        [
            "The inquiry sat for a third week.",
            "“We were never told about any of it,” according to the families' lawyer, Rhian Evans.",
            "“Nobody warned us at all, not once,” according to Acme's chief executive, Sam Pike.",
        ]
    ) == ["Rhian Evans", "Sam Pike"]


def test_according_to_a_body_s_text_is_still_the_body() -> None:
    # Guard: no role and no name after it: the owner of the text, as before.
    assert speakers(
        ["The inquiry sat.", "“We were never told about any of it,” according to Acme's annual report."]
    ) == ["Acme"]


# -- a person known by a tie to somebody unnamed ------------------------------------


def test_the_daughter_of_one_victim_is_unnamed() -> None:
    assert speakers(
        [
            "Defending, Sarah Finch said her client had been under great pressure.",
            "The daughter of one victim said outside court: “My mother never got over finding out.”",
        ]
    ) == [None]


def test_the_mother_of_the_victim_named_after_still_speaks() -> None:
    # Guard: a definite tie and the name apposed.
    assert speakers(
        [
            "Judge Ann Roe heard the case.",
            "The mother of the victim, Sue Kay, said outside court: “My son never got over it at all.”",
        ]
    ) == ["Sue Kay"]


# -- an interview printed as Q and A turns ---------------------------------------------


def test_q_and_a_turns_are_the_interviewer_and_the_person_interviewed() -> None:
    assert speakers(
        [
            "Ama Owusu's third novel follows a family in Kumasi. She spoke to us from her home in Accra.",
            "Q: “Where did the idea for the book come from?”",
            "A: “From my grandmother's kitchen, really. She told stories while she cooked.”",
            "Q: “Was it hard to write about your own family?”",
            "A: “Very. I kept stopping and starting for about four years.”",
        ]
    ) == [None, "Ama Owusu", None, "Ama Owusu"]


def test_a_capital_a_opening_a_sentence_is_no_answer_label() -> None:
    # Guard: "A" as an article before a colon-free sentence is no turn.
    assert speakers(["Jo Dee spoke to reporters.", "A spokesman said: “We will look at every option we have.”"]) == [
        None
    ]


# -- sports clubs are bodies, not people ------------------------------------------------


def test_a_club_named_with_a_club_word_is_no_person_a_he_refers_to() -> None:
    assert speakers(
        ["Dubois scored twice as Real Madrid won on Sunday.", "“It is a dream to play here,” he said."]
    ) == ["Dubois"]


def test_the_coach_is_not_a_club_named_before() -> None:
    assert speakers(["Inter Milan beat Juventus on Sunday.", "“It is a dream to play here,” the coach said."]) == [None]


def test_a_club_still_speaks_as_a_body() -> None:
    # Guard: "the club said" is the club named before.
    assert speakers(
        ["Manchester United beat Leeds on Friday.", "“We are delighted with the result,” the club said."]
    ) == ["Manchester United"]


# -- a bare surname doing what only people do -------------------------------------------


def test_a_bare_surname_that_described_something_is_the_he_after_it() -> None:
    assert speakers(
        [
            "Modi described the project as a bridge between past and future at a rally.",
            "“No farmer will be left without fair compensation,” he said.",
        ]
    ) == ["Modi"]


def test_a_bare_company_name_is_not_made_a_person_by_an_ordinary_verb() -> None:
    # Guard: "warned" is no verb of people only; the company stays the "it" that spoke.
    assert speakers(
        ["Nomura warned that the plan was risky.", "“The project is unlikely to be finished on time,” it said."]
    ) == ["Nomura"]


# -- "the company" is no public body; a text "from" a body; a qualified body -----------------


def test_the_company_is_the_business_named_not_the_commission_that_fined_it() -> None:
    assert speakers(
        [
            "The European Commission on Wednesday fined Nordwave Telecom 320 million euros.",
            "“We firmly believe we have complied with the law,” the company said.",
        ]
    ) == ["Nordwave Telecom"]


def test_the_company_after_a_business_named_as_subject_stays_that_business() -> None:
    # Guard: no public body in the way.
    assert speakers(
        [
            "Acme Holdings posted record profits on Tuesday.",
            "“We firmly believe we have complied with the law,” the company said.",
        ]
    ) == ["Acme Holdings"]


def test_a_statement_from_a_body_described_is_that_body_s() -> None:
    assert speakers(
        [
            "The European Commission on Wednesday fined Nordwave Telecom 320 million euros.",
            "A statement from the Swedish government said it “respects the independence of the Commission "
            "in every way”.",
        ]
    ) == [None]


def test_a_statement_from_a_body_named_is_that_body_s() -> None:
    # Guard: the body named after "from" issues the text.
    assert speakers(
        [
            "The European Commission on Wednesday fined Nordwave Telecom 320 million euros.",
            "A statement from the Commission said it “respects the independence of the courts in every way”.",
        ]
    ) == ["European Commission"]


def test_a_body_qualified_by_a_nationality_is_one_of_that_nation() -> None:
    assert speakers(
        [
            "The Foreign Ministry of Kenya issued a note on Monday.",
            "“We respect the independence of the court in every way,” the Kenyan ministry said.",
        ]
        # v21: the body's full name keeps its department word ("Foreign"); v20 expected
        # "Ministry of Kenya", which named a different ministry.
    ) == ["Foreign Ministry of Kenya"]


# -- a party to a case is not its judge ---------------------------------------------------


def test_the_victim_is_not_the_judge_named_before() -> None:
    assert speakers(
        [
            "Sentencing him, Mr Justice Harland said the attack had been cruel.",
            "The victim said in a statement read to the court: “I still cannot sleep through the night.”",
        ]
    ) == [None]


def test_the_victim_named_before_still_speaks() -> None:
    # Guard: the person the story named as hurt.
    assert speakers(
        [
            "Jo Dee was stabbed in the street last May. She recovered in hospital.",
            "The victim said in a statement read to the court: “I still cannot sleep through the night.”",
        ]
    ) == ["Jo Dee"]


# -- a body named as people "of the" something ------------------------------------------


def test_a_campaigner_of_a_body_named_as_people_of_the_something_speaks() -> None:
    assert speakers(
        [
            "Environment Minister Mary Creagh spoke first.",
            "“This should be a wake-up call,” said Friends of the Earth campaigner Hana Ali.",
        ]
    ) == ["Hana Ali"]


def test_a_body_named_as_people_of_the_something_speaks() -> None:
    assert speakers(
        [
            "Environment Minister Mary Creagh spoke first.",
            "Friends of the Earth said the plan was “a wake-up call for every council”.",
        ]
    ) == ["Friends of the Earth"]


def test_people_of_a_place_stay_people() -> None:
    # Guard: no "the" before the place: residents, not a body.
    assert speakers(
        [
            "Environment Minister Mary Creagh spoke first.",
            "Residents of Leeds said the plan was “a wake-up call for every council”.",
        ]
    ) != ["Residents of Leeds"]


# -- a person shown saying; a thing that "tells"; "reported" inverted -------------------------


def test_footage_of_a_person_saying_names_that_person() -> None:
    assert speakers(
        [
            "The advert ends with footage of Reed saying during the debate last week, “That makes me clever,” "
            "as Dee attacked him over his taxes."
        ]
    ) == ["Reed"]


def test_a_person_shown_is_not_taken_without_a_word_of_showing() -> None:
    # Guard: "Reed saying" after "with" is no footage; the rule leaves it to the others.
    found = speakers(["Dee met Reed in March. She agreed with Reed saying, “We all want the same thing here.”"])
    assert found != ["Reed"]


def test_a_thing_that_tells_inside_a_reported_clause_is_no_speaker() -> None:
    assert speakers(
        [
            "President Dana Reed, opening the National Museum of Modern Art on Saturday, said it would tell an "
            "American story, one of “suffering and delight, one of fear, but also of hope.”"
        ]
    ) == ["Dana Reed"]


def test_reported_then_an_outlet_after_a_quote_names_the_outlet() -> None:
    assert speakers(
        [
            "The latest poll shows Dee leads Reed by 43 percent to 38 percent. This is “roughly the same "
            "advantage she has held all month,” reported Reuters."
        ]
    ) == ["Reuters"]


def test_reported_then_somebody_unnamed_names_nobody() -> None:
    # Guard: no name after "reports".
    assert speakers(
        ["Dee spoke on Monday.", "“It is roughly the same advantage she has held all month,” reports a local paper."]
    ) == [None]


# -- a clause's subject before a colon, past an opening phrase or a role's qualifier ------------


def test_back_in_a_year_opens_the_sentence_before_its_subject() -> None:
    assert speakers(
        [
            "Rivals have pointed to his earlier praise of Dee. Back in 1999, Mr. Reed praised Dee's campaign "
            "skills, telling a television channel: “I wish I could be like that. I just can't.”"
        ]
    ) == ["Reed"]


def test_ever_since_opens_the_sentence_before_its_subject() -> None:
    assert speakers(
        [
            "Ever since she endorsed Dee this month, Ms. Warren has been a strong ally, visiting the campaign "
            "with a simple message: “Don't mess this up at all!”"
        ]
    ) == ["Warren"]


def test_a_role_s_qualifier_that_is_also_a_given_name_yields_to_the_holder() -> None:
    assert speakers(
        [
            "In early October, Reed’s Virginia state director, Mike Rubino, reached out to the firm, writing "
            "in an email: “We want to use this as soon as we can.”"
        ]
    ) == ["Mike Rubino"]


def test_a_person_before_a_colon_stays_the_speaker() -> None:
    # Guard: a person, then a clause, then the colon: no role's qualifier.
    assert speakers(
        ["Virginia Hale, the head teacher, wrote to parents on Friday: “We will reopen the school on Monday.”"]
    ) == ["Virginia Hale"]


# -- "goes on" a holiday is no speech ------------------------------------------------------


def test_going_on_recess_is_no_reporting_verb() -> None:
    assert speakers(
        [
            "The Senate Conservatives Fund backed Dee last year.",
            "Reed declined to comment. By contrast, Sen. Marco Rubio said that once the Senate goes on recess, "
            "“I intend to do as much as I can, wherever I can be helpful.”",
        ]
    ) == ["Marco Rubio"]


def test_went_on_before_a_colon_still_reports() -> None:
    # Guard: "went on" with nothing after it but its quote.
    assert speakers(["“We will not give up this fight, not now,” Dee went on. “Not ever, not once.”"]) == [
        "Dee",
        "Dee",
    ]


def test_went_on_to_say_still_reports() -> None:
    # Guard: going on to say something is speech.
    assert speakers(["Dee went on to say that the plan was “a disgrace to every family in the town”."]) == ["Dee"]


# -- a company described by its trade ----------------------------------------------------


def test_the_housebuilder_and_the_brewer_are_the_companies_named() -> None:
    assert speakers(
        ["Profits fell at Kestrel Homes on Monday.", "“We are confident in the year ahead,” the housebuilder said."]
    ) == ["Kestrel Homes"]
    assert speakers(
        ["Profits fell at Marlow Brewing on Monday.", "“We are confident in the year ahead,” the brewer said."]
    ) == ["Marlow Brewing"]


def test_the_airline_is_not_the_department_that_fined_it() -> None:
    assert speakers(
        [
            "The Department for Transport fined Blue Airways on Monday.",
            "“We are confident in the year ahead,” the airline said.",
        ]
    ) == ["Blue Airways"]


def test_a_trade_word_with_no_company_named_names_nobody() -> None:
    # Guard: a person named before is no brewer.
    assert speakers(["Jo Dee opened a pub in May.", "“We are confident in the year ahead,” the brewer said."]) == [None]
