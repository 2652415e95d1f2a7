"""Quote finder, version 13: the forms of names and people sharing a surname.

A speaker is the person's full name as the article first gives it, whatever shorter
form the attribution uses. All text is invented for these tests."""

from __future__ import annotations

from extract_helpers import speakers
from newstui.extract.names import Registry, scan

# -- given names listed before one shared surname ---------------------------------


def test_given_names_before_one_surname_share_it() -> None:
    paras = [
        "Helen and Walter Brandt opened the ferry kiosk in 1987.",
        "“We sold tickets and tea,” Helen said.",
        "“Mostly tea,” Walter said.",
    ]
    assert speakers(paras) == ["Helen Brandt", "Walter Brandt"]


def test_a_list_of_three_given_names_shares_the_surname() -> None:
    paras = [
        "Laura, Ben and Karen Lindqvist inherited the mill.",
        "“None of us can fix a turbine,” Ben said.",
        "“I can,” Laura said.",
    ]
    assert speakers(paras) == ["Ben Lindqvist", "Laura Lindqvist"]


def test_a_plural_for_relatives_before_the_names_is_no_part_of_them() -> None:
    paras = [
        "Sisters Olga and Irina Vasquez have sailed the strait twice.",
        "“The second time we nearly sank,” Irina said.",
        "“We did sink,” Olga added.",
    ]
    assert speakers(paras) == ["Irina Vasquez", "Olga Vasquez"]


def test_unknown_given_names_share_the_surname_when_the_text_says_they_are_related() -> None:
    paras = [
        "The twins, Adaeze and Obinna Nwosu, run the stall.",
        "“We open before the bakery does,” Adaeze said.",
    ]
    assert speakers(paras) == ["Adaeze Nwosu"]


def test_a_spouse_named_in_full_gives_the_surname() -> None:
    paras = [
        "Greta and her husband Tomas Varga rebuilt the barn.",
        "“It took us three summers,” Greta said.",
    ]
    assert speakers(paras) == ["Greta Varga"]


def test_an_unknown_word_before_a_full_name_keeps_its_own_name() -> None:
    # A word no given-name list knows may as well be a surname used bare: joining it to
    # the full name after it would make up a name nobody has.
    for paras, want in (
        (["Okafor and Maria Lindgren met at the summit.", "“It was a useful meeting,” Okafor said."], "Okafor"),
        (["Merkel and Emmanuel Macron spoke on Tuesday.", "“Europe must act together,” Merkel said."], "Merkel"),
        (["Shakira and Jennifer Lopez sang at halftime.", "“It was the best night ever,” Shakira said."], "Shakira"),
    ):
        assert speakers(paras) == [want]


def test_a_daughter_named_in_full_does_not_give_her_mother_the_surname() -> None:
    # A mother may well bear another surname than her daughter's.
    paras = [
        "Heather and her daughter, Lucy Marsh, run the café.",
        "“We bake at four,” Heather said.",
    ]
    assert speakers(paras) == ["Heather"]


# -- an honorific's gender picks among people sharing a surname --------------------


def test_an_honorific_picks_the_spouse_of_that_gender() -> None:
    paras = [
        "Karen Holt and her husband, Peter Holt, own the vineyard.",
        "“The frost took half the grapes,” Mr. Holt said.",
        "“More than half,” Mrs. Holt said.",
    ]
    assert speakers(paras) == ["Peter Holt", "Karen Holt"]


def test_her_or_his_after_a_name_gives_its_gender_for_the_honorific() -> None:
    # Neither given name is a known one: "and her husband" says who is who.
    paras = [
        "Chioma Eze and her husband, Emeka Eze, farm cassava near Enugu.",
        "“The rains failed twice,” Mr. Eze said.",
        "“We replanted both times,” Mrs. Eze said.",
    ]
    assert speakers(paras) == ["Emeka Eze", "Chioma Eze"]


def test_an_honorific_does_not_pass_over_a_principal_of_unknown_gender() -> None:
    # A son's "Mr." would be a first name in news style: "Mr. Abiola" stays the father.
    paras = [
        "Tunde Abiola founded the printing works; his son, John Abiola, runs the presses.",
        "“We printed the first ballots here,” Mr. Abiola said.",
    ]
    assert speakers(paras) == ["Tunde Abiola"]


def test_an_honorific_seen_before_the_full_names_waits_for_the_one_of_its_gender() -> None:
    paras = [
        "“The frost took half the grapes,” Mrs. Holt said on Monday.",
        "Peter Holt and his wife, Karen Holt, have owned the vineyard since 1990.",
    ]
    assert speakers(paras) == ["Karen Holt"]


def test_a_bare_surname_stays_with_the_person_introduced_first() -> None:
    paras = [
        "Karen Holt and her husband, Peter Holt, own the vineyard.",
        "“We will replant in spring,” Holt said.",
    ]
    assert speakers(paras) == ["Karen Holt"]


def test_a_namesake_named_in_passing_yields_to_the_subject_of_the_story() -> None:
    # The grandfather is only the object of "by"; the grandson is who the text is about.
    paras = [
        "The library was opened in 1931 by Governor Arthur Lindell.",
        "Paul Lindell, his grandson, spoke at the anniversary on Friday.",
        "“He would hardly know the place,” Lindell said.",
    ]
    assert speakers(paras) == ["Paul Lindell"]


def test_a_neutral_honorific_stays_with_the_person_introduced_first() -> None:
    paras = [
        "Dr. Helen Ford and Dr. Samuel Ford share the surgery.",
        "“The queue starts at seven,” Dr. Ford said.",
        "“Sometimes at six,” Mr. Ford said.",
    ]
    assert speakers(paras) == ["Helen Ford", "Samuel Ford"]


def test_a_kin_word_gives_the_gender_a_family_name_does_not() -> None:
    # "Kim" as a given name is a man's; as a family name it says nothing.
    paras = [
        "Kim Dae-ho met his sister Kim Soo-ah in Busan.",
        "“The talks went nowhere,” Kim said.",
        "“They never do,” Ms. Kim said.",
    ]
    assert speakers(paras) == ["Kim Dae-ho", "Kim Soo-ah"]


def test_an_initial_picks_the_person_it_fits() -> None:
    registry = Registry()
    scan("Ruth Abara and Mark Abara testified.", registry, set(), {0})
    found = registry.lookup("M. Abara")
    assert found is not None and found.name == "Mark Abara"


# -- compound surnames --------------------------------------------------------------


def test_one_part_of_a_hyphenated_surname_names_the_person() -> None:
    paras = [
        "Lucia Ferreira-Matos leads the nurses' union.",
        "“Our members are leaving the country,” Ferreira said.",
    ]
    assert speakers(paras) == ["Lucia Ferreira-Matos"]


def test_a_surname_with_particles_after_a_title_names_the_person() -> None:
    paras = [
        "Prof. Juan Pablo Ortega de los Santos chairs the panel.",
        "“The data are incomplete,” Ortega de los Santos said.",
    ]
    assert speakers(paras) == ["Juan Pablo Ortega de los Santos"]


def test_a_double_surname_in_spanish_order_names_the_person() -> None:
    paras = [
        "Rosa Elena Quintero Salas won the seat.",
        "“The city voted for change,” Quintero Salas said.",
    ]
    assert speakers(paras) == ["Rosa Elena Quintero Salas"]


def test_a_hyphenated_office_is_no_double_surname() -> None:
    registry = Registry()
    scan("Hanna Vogt met the Vice-Chancellor on Monday.", registry, set(), {0})
    assert registry.lookup("Chancellor") is None


# -- nicknames, suffixes, apostrophes ---------------------------------------------------


def test_a_quoted_nickname_inside_a_name_is_no_end_of_it() -> None:
    paras = [
        "Maj. Gen. William “Billy” Harlan led the relief column.",
        "“The roads were gone,” Harlan said.",
        "“We walked the last ten miles,” Billy said.",
        "“Nobody complained,” Billy Harlan said.",
    ]
    assert speakers(paras) == ["William Harlan", "William Harlan", "William Harlan"]


def test_a_surname_with_a_particle_opening_a_sentence_names_the_person() -> None:
    paras = [
        "Marieke van der Berg chairs the water board.",
        "“The dikes will hold,” Van der Berg said.",
        "“For now,” said van der Berg.",
    ]
    assert speakers(paras) == ["Marieke van der Berg", "Marieke van der Berg"]


def test_a_nickname_in_straight_marks_or_brackets_too() -> None:
    assert speakers(["Thomas 'Tommy' Reyes coaches the juniors.", "“They train harder than we did,” Reyes said."]) == [
        "Thomas Reyes"
    ]
    assert speakers(["Earvin (Magic) Dorsey ran the clinic.", "“Kids want to dunk first,” Dorsey said."]) == [
        "Earvin Dorsey"
    ]


def test_a_quoted_title_between_names_is_no_nickname() -> None:
    # A programme's title between an outlet and its host: lower-case word after it.
    paras = [
        "Ivo Brandt told the BBC “Morning Edition” host that prices would rise.",
        "“It will hurt,” Brandt said.",
    ]
    assert speakers(paras) == ["Ivo Brandt"]


def test_a_suffix_after_a_title_word_is_no_name_of_its_own() -> None:
    paras = [
        "Harold King III chairs the foundation.",
        "“My grandfather built this,” King said.",
        "“And we keep it,” King III added.",
    ]
    assert speakers(paras) == ["Harold King III", "Harold King III"]


def test_a_name_with_its_suffix_is_the_name_without_it() -> None:
    paras = [
        "Dale Porter Jr. runs the garage his father opened.",
        "“I grew up under these cars,” Porter Jr. said.",
        "“He still does,” Dale Porter said.",
    ]
    assert speakers(paras) == ["Dale Porter Jr.", "Dale Porter Jr."]


def test_an_apostrophe_opening_a_name_is_part_of_it() -> None:
    paras = [
        "’Malineo Motsamai, 61, sells vegetables in Mafeteng.",
        "“The rain came too late,” Motsamai said.",
        "“Far too late,” ’Malineo said.",
    ]
    assert speakers(paras) == ["’Malineo Motsamai", "’Malineo Motsamai"]


def test_an_apostrophe_name_after_a_title() -> None:
    paras = [
        "Minister ’Nyane Ramoholi opened the clinic.",
        "“It serves six villages,” Ramoholi said.",
    ]
    assert speakers(paras) == ["’Nyane Ramoholi"]


def test_a_single_quote_mark_before_a_capital_is_no_apostrophe_name() -> None:
    registry = Registry()
    mentions = scan("The workers call it 'Camp Hope' now, and Ines Duarte agrees.", registry, set(), {0})
    assert [m.entity.name for m in mentions] == ["Camp Hope", "Ines Duarte"]
    mentions = scan("Send an 'If-Range: 5' header, Ines Duarte wrote.", Registry(), set(), {0})
    assert "'If-Range" not in [m.entity.name for m in mentions]


# -- names first seen bare, initials, Irish and Scottish forms, family names first ------


def test_a_surname_first_seen_bare_takes_the_full_name_given_later() -> None:
    paras = [
        "Moreau will stay on as coach, the club said on Tuesday.",
        "“I am not going anywhere,” Moreau said.",
        "The board voted 5-2 to keep Claire Moreau for two more seasons.",
    ]
    assert speakers(paras) == ["Claire Moreau"]


def test_initials_mc_o_and_diacritics_stay_in_the_name() -> None:
    assert speakers(["Novelist P.D. Hollis answered her critics.", "“I stand by it,” Hollis wrote."]) == ["P.D. Hollis"]
    assert speakers(["Siobhán O’Dowd-McNair chairs the trust.", "“We need volunteers,” O’Dowd-McNair said."]) == [
        "Siobhán O’Dowd-McNair"
    ]
    assert speakers(["Páraic Mac Giolla Rua farms near Galway.", "“The land is sodden,” Mac Giolla Rua said."]) == [
        "Páraic Mac Giolla Rua"
    ]


def test_a_family_name_written_first_names_the_person() -> None:
    paras = [
        "Vice-Minister Park Seo-yeon arrived in Geneva on Sunday.",
        "“We came to listen,” Park said.",
    ]
    assert speakers(paras) == ["Park Seo-yeon"]


def test_a_surname_written_without_its_accents_names_the_person() -> None:
    paras = [
        "José Ibáñez coaches the under-12s.",
        "“They never stop running,” Ibanez said.",
    ]
    assert speakers(paras) == ["José Ibáñez"]
