"""Version 26 (recall): a list or table of amounts is the story's whatever its class names.

Recipe and kit templates name a list's look, not its role: 'ingredients table-header' (a table
with a header row), 'materials list-footer'. Those words ('header', 'footer') name page furniture
in the passes that drop blocks by class (`prune`, `content.remove_unlikely_candidates`), so the
story's ingredients went before the scorer saw them and the recipe kept only its method. A list
or table of amounts (`scoring.amount_list`) is never dropped for such a class. (Pages written for
the tests.)
"""

from __future__ import annotations

from newstui.extract import extract_article

_METHOD = (
    "<p>Warm the oven to 180 degrees and line a deep tin with paper, leaving the edges long so the "
    "loaf can be lifted out in one piece once it has cooled.</p>"
    "<p>Rub the butter into the flour until it looks like sand, then stir in the sugar and the grated "
    "zest of both lemons with a wooden spoon.</p>"
    "<p>Beat the eggs with the yoghurt, fold them through the dry mix and bake for fifty minutes, until "
    "a skewer pushed into the middle comes out clean.</p>"
)


def _text(box: str) -> str:
    html = (
        "<html><head><title>Lemon loaf for a rainy day</title></head><body>"
        "<div class='nav'><a href='/'>Home</a> <a href='/baking'>Baking</a></div>"
        "<div class='page'><h1>Lemon loaf for a rainy day</h1>"
        f"<div class='recipe-box'><h2>What you need</h2>{box}</div>"
        f"<div class='recipe-method'><h2>Method</h2>{_METHOD}</div></div>"
        "<div class='side'><p><a href='/other'>Other recipes</a></p></div></body></html>"
    )
    article = extract_article(html.encode())
    return "\n".join(p for s in article.sections for p in s.paragraphs)


def test_an_ingredients_table_named_table_header_stays() -> None:
    box = (
        "<table class='ingredients table-header'><thead><tr><th colspan='2'>For the loaf:</th></tr></thead>"
        "<tbody><tr><td>250 g</td><td>self-raising flour</td></tr><tr><td>125 g</td><td>cold butter</td></tr>"
        "<tr><td>150 g</td><td>caster sugar</td></tr><tr><td>2</td><td>unwaxed lemons</td></tr>"
        "<tr><td>3</td><td>large eggs</td></tr></tbody></table>"
    )
    text = _text(box)
    assert "self-raising flour" in text and "unwaxed lemons" in text
    assert "skewer pushed into the middle" in text


def test_a_materials_list_named_list_footer_stays() -> None:
    box = (
        "<ul class='materials list-footer'><li>250 g self-raising flour</li><li>125 g cold butter</li>"
        "<li>150 g caster sugar</li><li>2 unwaxed lemons</li><li>3 large eggs</li></ul>"
    )
    text = _text(box)
    assert "self-raising flour" in text and "unwaxed lemons" in text


def test_a_footer_list_of_links_still_goes() -> None:
    box = (
        "<ul class='site-footer'><li><a href='/a'>About us</a></li><li><a href='/c'>Contact</a></li>"
        "<li><a href='/p'>Privacy</a></li></ul>"
    )
    text = _text(box)
    assert "Privacy" not in text and "skewer pushed into the middle" in text


def test_amount_list_reads_only_lists_and_tables() -> None:
    import lxml.html

    from newstui.extract.scoring import amount_list

    div = lxml.html.fromstring("<div><p>2 eggs</p><p>3 lemons</p><p>100 g flour</p></div>")
    assert not amount_list(div)
    assert amount_list(lxml.html.fromstring("<ul><li>2 eggs</li><li>3 lemons</li><li>100 g flour</li></ul>"))
