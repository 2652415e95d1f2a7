"""News-page recall rules, on pages written for these tests."""

from __future__ import annotations

from extract_helpers import body_text
from newstui.extract import extract_article


def _story(slug: str, title: str, sentences: list[str]) -> str:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    return f'<article class="story-item" id="{slug}"><h1>{title}</h1><div class="story-text">{body}</div></article>'


def test_infinite_scroll_keeps_the_story_the_page_is_about() -> None:
    # General pattern: news sites append the next stories below the first one
    # (infinite scroll), all in the same template; a later, longer story used to win.
    first = [
        f"The harbour board voted, after {n} hours of talks, to rebuild the old pier before the winter storms arrive."
        for n in range(3)
    ]
    later = [
        f"Item {n}: the orchard cooperative said, in a statement, that the plum harvest was late, small, and dear."
        for n in range(9)
    ]
    html = (
        "<html><head><title>Harbour board rebuilds the old pier | The Coast Herald</title>"
        '<meta property="og:title" content="Harbour board rebuilds the old pier"></head><body><main>'
        + _story("pier", "Harbour board rebuilds the old pier", first)
        + _story("plums", "Plum harvest is late and small", later)
        + "</main></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in first)
    assert "plum harvest" not in text


def test_a_list_of_stories_without_the_headline_keeps_the_best_one() -> None:
    # The rule needs the page's headline on one of the stories: a section front or a
    # tabbed story (no part titled like the page) keeps the scorer's choice.
    short = [f"Short note {n}: the library, on Main Street, opens late on Fridays this month." for n in range(2)]
    long = [f"Long note {n}: the museum, after a long closure, reopens its wing, cafe, and garden." for n in range(8)]
    html = (
        "<html><head><title>Town notes</title></head><body><main>"
        + _story("a", "Library hours", short)
        + _story("b", "Museum reopens", long)
        + "</main></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in long)


def _module(sentences: list[str]) -> str:
    body = "".join(f"<p>{s}</p>" for s in sentences)
    inner = f'<section class="rte"><div class="rte-body">{body}</div></section>'
    return f'<div class="mod mod-copy"><div class="copy-inner">{inner}</div></div>'


def _picture_module(n: int) -> str:
    figure = f'<figure><img src="/p{n}.jpg" alt=""><figcaption>Pier {n}</figcaption></figure>'
    return f'<div class="mod mod-picture">{figure}</div>'


def test_a_story_cut_into_page_builder_modules_is_taken_whole() -> None:
    # General pattern: a page builder puts each part of the story in its own
    # text module (between picture modules); the longest module won alone
    # because it is long enough to look like a whole story.
    parts = [
        [
            f"Part {part}, line {n}: the ferry crews, after a long winter, repaired the hull, the deck, and the rails."
            for n in range(count)
        ]
        for part, count in ((1, 16), (2, 9), (3, 8))
    ]
    modules = _module(parts[0]) + _picture_module(1) + _module(parts[1]) + _picture_module(2) + _module(parts[2])
    html = (
        "<html><head><title>Ferry crews repair the fleet</title></head><body>"
        f'<div class="builder-row"><div class="builder-col">{modules}</div></div>'
        '<div class="site-end"><p>Contact the newsroom, the sales desk, or the print office.</p></div>'
        "</body></html>"
    )
    text = body_text(html)
    assert all(s in text for part in parts for s in part)


def test_a_longer_block_beside_the_story_is_not_joined_to_it() -> None:
    # A sibling with more prose than the winner is another story (or a comment
    # thread), not a segment of this one, even when it scores lower.
    story = [
        f"Story line {n}: the ferry crews, after a long winter, repaired the hull, the deck, and the rails."
        for n in range(16)
    ]
    other = [f"Other line {n} is about the choir and the band who rehearsed again for the fair" for n in range(30)]
    aside = " ".join(f"Aside {n}: the fair opens, they say, on Friday." for n in range(6))
    html = (
        "<html><head><title>Ferry crews</title></head><body><div class='wrap'>"
        + _module(story)
        + f'<div class="mod mod-copy"><div class="panel-one"><p>{aside}</p></div></div>'
        + '<div class="mod mod-copy"><div class="panel-two"><div class="x">'
        + "".join(f"<p>{s}</p>" for s in other)
        + "</div></div></div></div></body></html>"
    )
    text = body_text(html)
    assert all(s in text for s in story)
    assert "Other line 3" not in text


def test_a_standfirst_named_excerpt_above_a_link_strip_is_kept() -> None:
    # General pattern: the standfirst sits in its own block ('excerpt', 'intro')
    # above the picture and a strip of topic links; the body below wins the
    # scoring and the standfirst was lost.
    standfirst = "Crews worked through the night to reopen the coast road after the cliff gave way on Sunday."
    body = "".join(
        f"<p>Line {n}: the council, the police, and the rangers closed the road; drivers went round.</p>"
        for n in range(8)
    )
    topics = "".join(f'<a href="/topic/{n}">Topic number {n}</a> ' for n in range(8))
    html = (
        "<html><head><title>Coast road reopens</title></head><body><article>"
        '<div class="head-block"><h1>Coast road reopens</h1></div>'
        f'<div class="excerpt-box"><p>{standfirst}</p></div>'
        f'<div class="chips">{topics}</div>'
        f'<div class="story-body">{body}</div>'
        "</article></body></html>"
    )
    assert standfirst in body_text(html)


def test_a_lede_block_holding_the_headline_is_not_taken_as_a_standfirst() -> None:
    body = "".join(
        f"<p>Line {n}: the council, the police, and the rangers closed the road; drivers went round.</p>"
        for n in range(8)
    )
    topics = "".join(f'<a href="/topic/{n}">Topic number {n}</a> ' for n in range(8))
    html = (
        "<html><head><title>Coast road reopens</title></head><body><article>"
        '<div class="top-lede"><h1>Coast road reopens</h1>'
        '<p class="credit">Our harbour camera crew filmed the cliff, the road, and the repair work all week.</p></div>'
        f'<div class="chips">{topics}</div>'
        f'<div class="story-body">{body}</div>'
        "</article></body></html>"
    )
    assert "harbour camera crew" not in body_text(html)  # the h1 block is not a standfirst


def test_key_points_with_a_linked_name_in_each_are_kept() -> None:
    # General pattern: a list of sentences each linking a name or source is the
    # story's own text (key points, notes), though its link share is that of a
    # link list.
    points = [
        ("The port authority of the northern bay", "said the new crane will double the daily load."),
        ("The dockers' union and its regional board", "agreed to the new shift pattern after talks."),
        ("The city council's transport committee", "will pay for the access road next year."),
    ]
    items = "".join(f'<li><a href="/org/{n}">{name}</a> {rest}</li>' for n, (name, rest) in enumerate(points))
    body = "".join(
        f"<p>Line {n}: the harbour, the quay, and the warehouses will change a great deal next year.</p>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Harbour plan</title></head><body><article><div class='story-body'>"
        f"{body}<ul class='points'>{items}</ul>{body.replace('Line', 'More')}</div></article></body></html>"
    )
    text = body_text(html)
    assert all(rest in text for _, rest in points)


def test_a_list_of_story_links_is_still_dropped() -> None:
    links = "".join(
        f'<li><a href="/story/{n}">Another story about the harbour and its new crane, part {n}</a></li>'
        for n in range(5)
    )
    body = "".join(
        f"<p>Line {n}: the harbour, the quay, and the warehouses will change a great deal next year.</p>"
        for n in range(6)
    )
    html = (
        "<html><head><title>Harbour plan</title></head><body><article><div class='story-body'>"
        f"{body}<ul class='points'>{links}</ul>{body.replace('Line', 'More')}</div></article></body></html>"
    )
    assert "Another story" not in body_text(html)


def test_an_embedded_post_the_story_quotes_is_kept() -> None:
    # General pattern: an embedded social post is a <blockquote> holding the post's
    # text (class 'twitter-tweet', 'tiktok-embed'); its class words read as furniture
    # to the unlikely pass, which dropped the words the story goes on to discuss.
    sentences = [
        f"The ferry company cut the winter timetable, part {n}, and the islanders answered within the hour."
        for n in range(5)
    ]
    post = "Four crossings a day is not a timetable, it is a dare, and we will not accept it this winter."
    html = (
        "<html><head><title>Islanders reject the winter timetable</title></head><body><article>"
        "<h1>Islanders reject the winter timetable</h1>"
        + "".join(f"<p>{s}</p>" for s in sentences[:3])
        + "<p>The community council posted its answer on the evening the cuts were announced:</p>"
        + f'<blockquote class="twitter-tweet"><p lang="en">{post}</p>&mdash; Isle Council (@islecouncil) '
        + '<a href="https://x.example/islecouncil/status/1">March 3, 2025</a></blockquote>'
        + '<script async src="https://platform.x.example/widgets.js"></script>'
        + "".join(f"<p>{s}</p>" for s in sentences[3:])
        + '<div class="sidebar-tweets"><p>Follow us for more ferry news and timetable alerts, every day.</p></div>'
        + "</article></body></html>"
    )
    article = extract_article(html.encode())
    kinds = {p: k for s in article.sections for p, k in zip(s.paragraphs, s.kinds, strict=True)}
    assert kinds.get(post) == "blockquote"
    assert all(s in kinds for s in sentences)
    assert not any("Follow us" in p for p in kinds)
