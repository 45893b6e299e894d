"""R-REC-10: the split a manager decides is checked once, in the domain
(commission.check_split), by the dispute service and by the window's split editor alike."""

from __future__ import annotations

import pytest

from records_desk.domain.reception.commission import check_split
from records_desk.domain.reception.dispute_errors import SplitInvalid, SplitProblem


def test_a_split_of_100_naming_each_consultant_once_is_taken_R_REC_10() -> None:
    check_split([("amy", 70), ("bob", 30)])
    check_split([("amy", 100), ("bob", 0)])


@pytest.mark.parametrize(
    ("shares", "problem", "text"),
    [
        ([("amy", 60), (" amy", 40)], SplitProblem.TWICE, "amy"),
        ([("amy", 60), ("bob", 30)], SplitProblem.NOT_100, "90"),
        ([("amy", 120), ("bob", -20)], SplitProblem.BAD_SHARE, "amy=120"),
        ([], SplitProblem.NOT_100, "0"),
    ],
    ids=["twice", "90", "over-100", "empty"],
)
def test_a_split_the_app_cannot_record_names_its_first_problem_R_REC_10(
    shares: list[tuple[str, int]], problem: SplitProblem, text: str
) -> None:
    with pytest.raises(SplitInvalid) as refused:
        check_split(shares)
    assert (refused.value.problem, refused.value.text) == (problem, text)
