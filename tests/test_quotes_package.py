"""The quote finder's package: one vocabulary, ordered attribution strategies, a shared span scanner."""

from __future__ import annotations

from newstui.extract.quotes import attribution, find_quotes, spans, vocabulary


def test_speech_verbs_are_listed_once() -> None:
    verbs = vocabulary.SPEECH_VERBS
    assert len(verbs) == len(set(verbs)), sorted(v for v in set(verbs) if verbs.count(v) > 1)
    assert len(vocabulary.SPEECH_MULTI) == len(set(vocabulary.SPEECH_MULTI))
    assert set(verbs) >= vocabulary.CORE_VERBS, vocabulary.CORE_VERBS - set(verbs)


def test_strategies_run_in_their_documented_order() -> None:
    names = [f.__name__ for f in attribution.AFTER_QUOTE + attribution.BEFORE_QUOTE + attribution.IN_SENTENCE]
    assert names == [
        "_verb_then_subject", "_according_after", "_as_reported_after", "_subject_then_verb",
        "_name_apposition_verb",
        "_office_then_holder",
        "_any_verb_then_name", "_dash_byline", "_name_without_verb",
        "_set_off_after_name", "_according_before", "_as_reported_before", "_written_from",
        "_handed_out_text",
        "_verb_before", "_coordinated_verb", "_owner_of_words", "_colon_intro", "_past_clause_comma",
        "_participle_opening",
        "_another_that_clause", "_sentence_subject", "_reporter_before_earlier_quote", "_sentence_pronoun",
        "_sentence_description",
    ]  # fmt: skip
    for strategy in names:
        assert strategy in (attribution.__doc__ or "") or getattr(attribution, strategy).__doc__


def test_one_scanner_serves_both_styles() -> None:
    double = ["“We start at dawn,” Ana Petrova said. “The river will not wait.", "“Nor will we.”"]
    british = [p.replace("“", "‘").replace("”", "’") for p in double]
    d_spans, _ = spans.find_spans(double)
    b_spans, _ = spans.find_spans(british)
    assert [(s.para, s.open_at, s.parts, s.close_para, s.close_end) for s in d_spans] == [
        (s.para, s.open_at, s.parts, s.close_para, s.close_end) for s in b_spans
    ]
    assert [q.speaker for q in find_quotes(british)] == ["Ana Petrova", "Ana Petrova"]
