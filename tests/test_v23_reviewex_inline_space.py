"""Review of version 23's space after a footnote mark or a closing quote (walk._Paragraph.text).

Chinese and Japanese are written without spaces between words, and Korean sets its particles
right after a closing quote ('“…”라고'): a character of those scripts starting the next element
follows the mark or the quote with no space, as written. (Pages written for the tests.)
"""

from __future__ import annotations

from extract_helpers import sea_wall_paragraphs


def test_chinese_after_a_footnote_mark_stays_unspaced() -> None:
    found = sea_wall_paragraphs(
        '<p>这座海堤建于一百年前<sup><a href="#n1">[1]</a></sup>每年冬天都要修补，镇上的居民'
        "为修补费用争论了很多年，今年终于决定由市政府承担大部分费用。</p>"
    )
    assert any("建于一百年前[1]每年冬天" in p for p in found)


def test_chinese_after_a_closing_quote_stays_unspaced() -> None:
    found = sea_wall_paragraphs(
        "<p><span>镇长说：“我们明年再谈……”</span><span>然后离开了会场，没有回答记者关于海堤"
        "费用的任何问题，居民们对此感到十分失望。</span></p>"
    )
    assert any("明年再谈……”然后离开" in p for p in found)


def test_a_korean_particle_after_a_closing_quote_stays_attached() -> None:
    found = sea_wall_paragraphs(
        "<p><span>시장은 “내년에 다시 논의하겠다.”</span><span>라고 말했다. 주민들은 방파제 수리 비용을 "
        "두고 여러 해 동안 논쟁을 벌여 왔으며 올해 마침내 시가 대부분을 부담하기로 했다.</span></p>"
    )
    assert any("논의하겠다.”라고 말했다" in p for p in found)
