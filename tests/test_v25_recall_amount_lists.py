"""Version 25 (recall): a list of amounts is the story's, however many of its names link to a shop.

Recipes, guides and kit reviews list what is needed as short items opening with a quantity
('300 g butter', '2 tsp baking powder'), and link the names to a shop or a glossary; the list read
as a link box and went, leaving its heading over nothing. A ranked box of most-read stories
('1 <a>Headline</a>') and dated headlines still go. (Pages written for the tests.)
"""

from __future__ import annotations

import time

from newstui.extract import extract_article

_OPENING = (
    "<p>Every autumn the bakery on Mill Lane sells out of its plum slice by ten in the morning, and "
    "this year its owner has agreed to share the recipe that her grandmother brought from the coast.</p>"
    "<p>She says the secret is patience: the dough must rest twice, and the plums should be the small "
    "dark ones from the end of the season, cut in quarters and laid close together.</p>"
)
_METHOD = (
    "<h3>Method</h3><ol><li>Warm the milk, stir in the yeast and leave it for ten minutes.</li>"
    "<li>Knead the flour, sugar, butter and milk into a soft dough and let it rest for an hour.</li>"
    "<li>Roll it onto a tray, press the plums into it and bake for thirty minutes.</li></ol>"
)
_CLOSING = (
    "<p>The bakery will run a plum slice class for children on the last Saturday of October, and the "
    "places, which are free, can be booked at the counter from Monday.</p>"
)


def _paragraphs(box: str) -> list[str]:
    html = (
        "<html><head><title>Plum slice</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>The plum slice recipe, at last</h1>{_OPENING}<div class='card'>{box}{_METHOD}</div>"
        f"{_CLOSING}</article></body></html>"
    )
    article = extract_article(html.encode(), url="https://bakery.example/plum-slice")
    return [p for s in article.sections for p in s.paragraphs]


def _shop(name: str) -> str:
    return f'<a href="https://shop.example/item?q={name}" rel="nofollow">{name}</a>'


_INGREDIENTS = (
    "<h3>Ingredients</h3><ul>"
    f"<li><span>500</span> <span>g</span> <span>{_shop('flour')}</span></li>"
    f"<li><span>80</span> <span>g</span> <span>{_shop('sugar')}</span></li>"
    f"<li><span>1</span> <span>packet</span> <span>{_shop('dried yeast')}</span></li>"
    f"<li><span>250</span> <span>ml</span> <span>warm milk</span></li>"
    f"<li><span>1.5</span> <span>kg</span> <span>{_shop('plums')}</span>, small and dark</li>"
    f"<li><span>½</span> <span>tsp</span> {_shop('cinnamon')}</li></ul>"
)


def test_an_ingredients_list_whose_names_link_to_a_shop_stays() -> None:
    paragraphs = _paragraphs(_INGREDIENTS)
    assert "500 g flour" in paragraphs and "250 ml warm milk" in paragraphs
    assert "1.5 kg plums, small and dark" in paragraphs and "½ tsp cinnamon" in paragraphs
    assert any("Knead the flour" in p for p in paragraphs)


def test_a_ranked_box_of_linked_headlines_still_goes() -> None:
    box = (
        "<h3>Most read</h3><ol>"
        + "".join(
            f'<li><span>{n}</span> <a href="/news/{n}">{title}</a></li>'
            for n, title in enumerate(
                ["Council votes on parking", "Bridge closed for repairs", "New head for the school", "Fair returns"], 1
            )
        )
        + "</ol>"
    )
    text = " ".join(_paragraphs(box))
    assert "Council votes" not in text and "Bridge closed" not in text


def test_dated_headlines_still_go() -> None:
    box = (
        "<h3>Earlier</h3><ul>"
        + "".join(
            f'<li>{day} March: <a href="/news/{day}">{title}</a></li>'
            for day, title in [
                (12, "Mayor opens the new bridge over the river"),
                (9, "Bakery wins the county prize for its bread"),
                (3, "Ferry timetable changes for the spring season"),
            ]
        )
        + "</ul>"
    )
    text = " ".join(_paragraphs(box))
    assert "Mayor opens" not in text and "county prize" not in text


def test_ten_thousand_amount_items_are_read_in_linear_time() -> None:
    items = "".join(f"<li>{n} g {_shop('salt')}</li>" for n in range(10_000))
    started = time.process_time()
    _paragraphs(f"<h3>Ingredients</h3><ul>{items}</ul>")
    assert time.process_time() - started < 30


def test_an_archive_of_years_with_linked_months_still_goes() -> None:
    box = (
        "<h3>Archive</h3><ul>"
        + "".join(
            f'<li>{year} <a href="/{year}/01">Jan</a> <a href="/{year}/02">Feb</a> <a href="/{year}/03">Mar</a></li>'
            for year in (2024, 2022, 2019)
        )
        + "</ul>"
    )
    text = " ".join(_paragraphs(box))
    assert "Jan Feb" not in text


def test_a_table_of_amounts_under_a_group_title_stays() -> None:
    rows = "".join(
        f"<tr><td>{amount}</td><td>{name}</td></tr>"
        for amount, name in [
            ("500 g", "flour"),
            ("1 packet", _shop("dried yeast")),
            ("80 g", _shop("brown sugar")),
            ("2", "eggs, beaten"),
        ]
    )
    paragraphs = _paragraphs(f"<h3>Ingredients</h3><table><tr><th><h4>For the dough:</h4></th></tr>{rows}</table>")
    text = " ".join(paragraphs)
    assert "dried yeast" in text and "brown sugar" in text and "eggs, beaten" in text


def test_a_table_of_ranked_headlines_still_goes() -> None:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/news/{n}">{title}</a></td></tr>'
        for n, title in enumerate(["Council votes on parking", "Bridge closed", "New head for the school"], 1)
    )
    text = " ".join(_paragraphs(f"<h3>Most read</h3><table>{rows}</table>"))
    assert "Council votes" not in text and "Bridge closed" not in text
