"""A second opinion that would not fit the CPU budget is skipped, not paid for with a refusal."""

from __future__ import annotations

from newstui.extract import budget
from newstui.extract.article import _retry_fits


def test_left_is_none_without_a_deadline() -> None:
    assert budget.left() is None
    assert _retry_fits(100.0)


def test_left_counts_down_inside_a_deadline() -> None:
    with budget.deadline(5.0):
        left = budget.left()
        assert left is not None and 4.0 < left <= 5.0
        with budget.deadline(1.0):  # the sooner deadline holds
            inner = budget.left()
            assert inner is not None and inner <= 1.0


def test_a_retry_costing_more_than_is_left_is_skipped() -> None:
    with budget.deadline(1.0):
        assert _retry_fits(0.1)
        assert not _retry_fits(0.6)  # two more passes of 0.6 s cannot fit in 1 s
