from newstui.text import one_line, strip_control


def test_strip_control_removes_ansi_sequences_whole() -> None:
    assert strip_control("\x1b[31mred\x1b[0m text") == "red text"
    assert strip_control("a\x1b]0;title\x07b") == "ab"


def test_strip_control_keeps_tabs_newlines_and_unicode() -> None:
    assert strip_control("a\tb\nc “quoted” — ok") == "a\tb\nc “quoted” — ok"


def test_strip_control_removes_c0_c1_and_bidi_overrides() -> None:
    # (0x9B is an 8-bit CSI: "\x9bd" is a whole sequence, see test_terminal_safety.py.)
    assert strip_control("a\x00b\x07c\x85d\u202ee") == "abcde"


def test_one_line_folds_whitespace() -> None:
    assert one_line("  Breaking:\n\tnews \x1b[1mnow\x1b[0m  ") == "Breaking: news now"


def test_plural_says_one_without_an_s() -> None:
    from newstui.text import plural

    assert [plural(n, "feed") for n in (0, 1, 2)] == ["0 feeds", "1 feed", "2 feeds"]


def test_speaker_line_counts_in_the_singular_for_one() -> None:
    from datetime import UTC, datetime

    from newstui.cli.speakers import speaker_line
    from newstui.whosaid.index import SpeakerSummary

    moment = datetime(2026, 12, 1, tzinfo=UTC)
    line = speaker_line(SpeakerSummary(1, "Ana Ruiz", 2, 1, 1, moment, moment))
    assert line.split() == ["2", "quotes", "1", "article", "1", "feed", "2026-12-01", "Ana", "Ruiz"]
    wide = speaker_line(SpeakerSummary(2, "Bo Li", 10, 3, 2, moment, moment))
    assert wide.index("Bo Li") == line.index("Ana Ruiz")  # columns stay aligned
