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
