"""Review of ui/hosts.py: a host decoded from punycode is shown only where it cannot pass
for another host, and it is shown where the host really stands in the URL."""

from __future__ import annotations

import pytest

from newstui.ui.hosts import readable_host, readable_url


def ace(host: str) -> str:
    return host.encode("idna").decode("ascii")


@pytest.mark.parametrize(
    "spoof",
    [
        "аррӏе.com",  # every letter Cyrillic, each one drawn as a Latin letter: one script, still a look-alike
        "ѕсоре.net",
        "οκ.org",  # Greek omicron and kappa
        "gıthub.com",  # Latin, but a dotless i
    ],
)
def test_a_label_whose_letters_all_pass_for_latin_ones_stays_punycode(spoof: str) -> None:
    written = ace(spoof)
    assert readable_host(written) == written
    assert readable_url(f"https://{written}/feed") == f"https://{written}/feed"


@pytest.mark.parametrize("host", ["пример.рф", "bücher.example", "αβγ.com", "ภาษา.th", "中文.cn"])
def test_labels_that_cannot_pass_for_latin_ones_are_still_readable(host: str) -> None:
    assert readable_host(ace(host)) == host


@pytest.mark.parametrize("host", ["コーヒー.jp", "ラーメン.example", "さゝき.jp", "ガ々.jp"])
def test_japanese_with_its_length_and_repeat_marks_is_one_script(host: str) -> None:
    # ー (U+30FC) and ゝ belong to both kana; 々 repeats a kanji: Japanese words hold them.
    assert readable_host(ace(host)) == host


def test_the_host_is_decoded_where_it_stands_whatever_comes_before_it() -> None:
    # "İ" lowercases to two characters: a search in the lowered text put the host off by one.
    url = "https://İİ:x@xn--bcher-kva.example/p"
    assert readable_url(url) == "https://İİ:***@bücher.example/p"
    assert readable_url("https://İ@XN--BCHER-KVA.example:8080/xn--bcher-kva") == (
        "https://İ@bücher.example:8080/xn--bcher-kva"
    )
