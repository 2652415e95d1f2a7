"""Chinese, Japanese and Korean pages: text without spaces between words, its own punctuation and ruby."""

from __future__ import annotations

from newstui.extract import extract_article

# Invented paragraphs (a harbour town's new ferry), written for these tests.
ZH = [
    "港口小镇的新渡轮今天正式启航，市议会在周二的会议上通过了这项计划。",
    "当地居民说，以前去岛上要等两个小时，现在只需要二十分钟。",
    "渡轮公司表示，夏季每天将有十二个航班，冬季减少到四个。",
    "一位老渔民笑着说，他小时候从没想过会有这么快的船。",
    "市长在码头上发表讲话，感谢所有参与建设的工人和志愿者。",
    "下个月，公司还计划开通一条通往北岸灯塔的新航线。",
]
JA = [
    "港町に新しいフェリーが今日から走り始め、町の人たちは朝早くから桟橋に集まりました。",
    "島へ渡るのに以前は二時間も待ちましたが、これからは二十分で着くそうです。",
    "会社によると、夏は一日に十二便、冬は四便になる予定です。",
    "年をとった漁師は、子どものころにはこんなに速い船は夢だったと話しました。",
]


def _body_text(html: str) -> str:
    article = extract_article(html.encode())
    return "".join(p for s in article.sections for p in s.paragraphs)


def test_ruby_readings_do_not_break_or_pad_japanese_sentences() -> None:
    # General pattern: Japanese pages gloss kanji with furigana in <ruby>
    # (<ruby>漢字<rt>かんじ</rt></ruby>); the ruby sits inside the sentence and
    # the <rt>/<rp> readings are not part of its text. Walked as blocks, every
    # glossed word became a paragraph of its own with its reading after it.
    glossed = (
        "<p><ruby>港町<rp>(</rp><rt>みなとまち</rt><rp>)</rp></ruby>に<ruby>新<rt>あたら</rt></ruby>しいフェリーが"
        "<a href='#w1'><ruby><span>今日</span><rt>きょう</rt></ruby></a>から走り始め、"
        "町の人たちは朝早くから桟橋に集まりました。</p>"
    )
    rest = "".join(f"<p>{s}</p>" for s in JA[1:])
    html = f"<html><head><title>フェリー</title></head><body><article>{glossed}{rest}</article></body></html>"
    article = extract_article(html.encode())
    paragraphs = [p for s in article.sections for p in s.paragraphs]
    assert paragraphs[0] == JA[0]
    assert "みなとまち" not in "".join(paragraphs)


def _page(paragraphs: list[str], title: str = "新渡轮启航") -> str:
    body = "".join(f"<p>{s}</p>" for s in paragraphs)
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def test_short_chinese_and_japanese_sentences_are_not_menu_residue() -> None:
    # General pattern: a Chinese or Japanese sentence has no spaces and ends in
    # '。', not '.': read with Latin rules, every paragraph under 40 characters was
    # "a few words without a sentence ending" and the trailing ones were cut.
    for paragraphs in (ZH, JA):
        text = _body_text(_page(paragraphs))
        assert all(s in text for s in paragraphs)


def test_a_bold_chinese_sentence_is_not_a_subhead() -> None:
    # A short bold paragraph that ends like a sentence ('。', '？') is text, not a heading.
    bold = "<p><strong>渡轮会不会在冬天停航？</strong></p>"
    html = _page(ZH).replace("</article>", f"{bold}<p>{ZH[0]}</p></article>")
    article = extract_article(html.encode())
    assert all(s.heading != "渡轮会不会在冬天停航？" for s in article.sections)


def test_a_labelled_date_line_above_the_story_is_dropped() -> None:
    # General pattern: Chinese portals open the story with 'published: date, source: …'
    # ('发布时间：2025-05-02 09:30 来源：…'); with a dense weight it is no short
    # residue, but it is a date line, as 'Posted: 2025-05-02' is on English pages.
    lines = ("发布时间：2025-05-02 09:30 来源：港口日报 海岛新闻网", "Posted: 2025-05-02 09:30 Source: Harbour Daily")
    for line in lines:
        html = _page([line, *ZH])
        article = extract_article(html.encode())
        paragraphs = [p for s in article.sections for p in s.paragraphs]
        assert paragraphs[0] == ZH[0]


SHORT_ZH = [
    "新渡轮今天早上第一次开进了小港口。",
    "岸边站满了来看热闹的居民和孩子。",
    "船长说，这条航线他已经准备了三年。",
    "第一班船上坐着八十多位乘客。",
    "一位老人说，他终于可以常常去看孙子了。",
    "学校的老师带着学生们来拍照留念。",
    "码头旁边的小饭馆今天也特别忙。",
    "到了傍晚，渡轮又安静地开回了岛上。",
]


def test_a_story_of_short_chinese_paragraphs_outscores_a_longer_side_box() -> None:
    # General pattern: Chinese and Japanese paragraphs are about a third as long
    # as English ones for the same content; with a 25-character floor and only
    # ASCII commas counted, a story told in short paragraphs cast no votes and
    # a side box with one long paragraph won.
    import lxml.html

    from newstui.extract import scoring

    story = "".join(f"<p>{s}</p>" for s in SHORT_ZH)
    notice = "本站所有内容均为作者原创，未经许可请勿转载，如需合作请通过电子邮件与编辑部联系。"
    html = f"<html><body><div class='story'>{story}</div><div class='about'><p>{notice}</p></div></body></html>"
    best = scoring.best_candidate(scoring.score_paragraphs(lxml.html.document_fromstring(html)))
    assert best is not None and best.elem.get("class") == "story"
    assert all(s in _body_text(html) for s in SHORT_ZH)


def test_a_short_chinese_lead_in_its_own_box_above_the_body_is_kept() -> None:
    # General pattern: the edge scan takes a lead paragraph kept in its own
    # container before the body when it reads like text (60+ characters); a
    # Chinese lead says as much in a third of the characters.
    lead = "<div class='intro'><p>小岛上的居民等了十年，终于等来了自己的渡轮。</p></div>"
    body = "".join(f"<p>{s}</p>" for s in ZH)
    html = (
        "<html><head><title>渡轮</title></head><body><div class='wrap'>"
        f"{lead}<div class='story-body'>{body}</div></div></body></html>"
    )
    text = _body_text(html)
    assert text.startswith("小岛上的居民等了十年")
    assert all(s in text for s in ZH)
