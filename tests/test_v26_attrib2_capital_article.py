"""Version 26: a surname with a joined Arabic article, capitalised as a sentence's first
word ("Al-Rashidi said …"), is the person a full name introduced with the article in
lower case ("Anwar al-Rashidi"), not somebody new: so a later he is him. Invented text."""

from __future__ import annotations

from newstui.extract.quotes import find_quotes


def test_capitalised_article_joins_the_full_name() -> None:
    paragraphs = [
        "The cleric Anwar al-Rashidi, who died in 2011, preached in the port town for years.",
        "Then Tom Vance appears in a clip from a rally, saying, “We will close the port to every ship that "
        "flies their flag.” The crowd cheers.",
        "Al-Rashidi appears on the screen again. “The port will turn against its own sailors one day,” he says.",
    ]
    quotes = find_quotes(paragraphs)
    assert [(q.paragraph, q.speaker) for q in quotes] == [(1, "Tom Vance"), (2, "Anwar al-Rashidi")]
