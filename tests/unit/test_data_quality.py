"""R-DQ-1 dimensions and checks, R-DQ-2 score, R-DQ-3 problems naming record and rule;
R-CUS-6 weekly accuracy spot check."""

from __future__ import annotations

import random
from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.common.identifiers import PhoneRegion
from records_desk.domain.customers.duplicates import (
    DuplicateBasis,
    DuplicateProbe,
    duplicate_candidates,
    duplicate_problems,
    pair_key,
)
from records_desk.domain.customers.errors import ReasonRequired, SampleSizeInvalid
from records_desk.domain.customers.quality import (
    DIMENSION_TERMS,
    Dimension,
    Problem,
    completeness_problems,
    consistency_problems,
    quality_score,
    scores_by_department,
    scores_by_maintainer,
    validity_problems,
)
from records_desk.domain.customers.spot_check import (
    draw_sample,
    entries_of_week,
    failures_as_problems,
    pass_rate,
    record_result,
    week_of,
)
from records_desk.domain.customers.vocabulary import CustomerField, Grade, RecordType

TODAY = date(2026, 11, 27)  # a Friday


def test_six_quality_dimensions_R_DQ_1() -> None:
    assert len(Dimension) == 6
    assert "".join(DIMENSION_TERMS[d] for d in Dimension) == "完整性及時性準確性一致性唯一性有效性"


def problem(record_id: int, maintainer: str, department: str, fixed: bool = False) -> Problem:
    return Problem(
        record_id,
        Dimension.VALIDITY,
        "R-DQ-1",
        "bad phone",
        maintainer=maintainer,
        department=department,
        fixed_on=TODAY if fixed else None,
    )


def test_score_is_100_minus_open_problems_floor_0_R_DQ_2() -> None:
    assert quality_score(0) == 100
    assert quality_score(3) == 97
    assert quality_score(100) == 0
    assert quality_score(250) == 0


def test_scores_per_maintainer_and_department_count_only_open_problems_R_DQ_2() -> None:
    problems = [
        problem(1, "amy", "甲"),
        problem(2, "amy", "甲"),
        problem(3, "amy", "乙", fixed=True),
        problem(4, "ben", "乙"),
    ]
    assert scores_by_maintainer(problems, everyone=["amy", "ben", "cai"]) == {
        "amy": 98,
        "ben": 99,
        "cai": 100,
    }
    assert scores_by_department(problems) == {"甲": 98, "乙": 99}
    assert scores_by_maintainer([problem(9, "dan", "甲", fixed=True)]) == {"dan": 100}


@given(st.lists(st.booleans(), max_size=150))
def test_score_never_leaves_0_to_100_R_DQ_2(fixed: list[bool]) -> None:
    problems = [problem(i, "amy", "甲", f) for i, f in enumerate(fixed)]
    score = scores_by_maintainer(problems, everyone=["amy"])["amy"]
    assert score == max(0, 100 - fixed.count(False))


def test_completeness_problems_name_record_field_and_rule_R_DQ_3() -> None:
    found = completeness_problems(
        42, RecordType.CAMPAIGN, {CustomerField.NAME: "王小明"}, maintainer="amy"
    )
    assert [(p.record_id, p.dimension, p.rule_id, p.field) for p in found] == [
        (42, Dimension.COMPLETENESS, "R-DQ-1", "phone"),
        (42, Dimension.COMPLETENESS, "R-DQ-1", "event_date"),
        (42, Dimension.COMPLETENESS, "R-DQ-1", "shelf_location"),
    ]
    assert all(p.maintainer == "amy" and p.is_open for p in found)


def test_validity_problems_of_phones_email_ids_and_future_dates_R_DQ_1() -> None:
    assert validity_problems(1, ["0912-345-678"], "a@b.tw", "A123456789", TODAY, TODAY) == ()
    found = validity_problems(
        1, ["0912-345-678", "12345", ""], "a@b", "A123456788", date(2026, 11, 28), TODAY
    )
    assert [p.field for p in found] == ["phone", "email", "id_number", "event_date"]
    assert {p.dimension for p in found} == {Dimension.VALIDITY}
    beijing = ["010-1234-5678"]
    assert validity_problems(1, beijing, phone_region=PhoneRegion.CN) == ()
    assert len(validity_problems(1, beijing)) == 1  # no Taiwan area code 01


def test_consistency_problems_blacklisted_vip_and_voided_file_on_loan_R_DQ_1() -> None:
    found = consistency_problems(5, Grade.VIP, blacklisted=True, voided=True, on_loan=True)
    assert [(p.rule_id, p.dimension) for p in found] == [
        ("R-GRD-5", Dimension.CONSISTENCY),
        ("R-CUS-3", Dimension.CONSISTENCY),
    ]
    assert consistency_problems(5, Grade.QUALIFIED, True, False, False) == ()


# --- duplicates (uniqueness) ----------------------------------------------------------------


def test_same_normalised_name_and_phone_is_a_duplicate_candidate_R_DQ_1() -> None:
    probes = [
        DuplicateProbe(1, "王 小明", ("0912-345-678",)),
        DuplicateProbe(2, "王小明", ("+886 912 345 678",)),
        DuplicateProbe(3, "王小明", ("0922-000-111",)),  # same name, other phone
        DuplicateProbe(4, "陳大文", ("0912345678",)),  # same phone, other name
    ]
    pairs = duplicate_candidates(probes)
    assert [(p.first, p.second, p.bases) for p in pairs] == [
        (1, 2, frozenset({DuplicateBasis.NAME_AND_PHONE}))
    ]


def test_same_id_number_is_a_duplicate_whatever_the_name_R_DQ_1() -> None:
    probes = [
        DuplicateProbe(1, "台積電", id_number="22099131"),
        DuplicateProbe(2, "台灣積體電路製造股份有限公司", id_number="2209 9131"),
        DuplicateProbe(3, "某公司", id_number="00000000"),
        DuplicateProbe(4, "另一公司", id_number="00000000"),  # placeholders are no evidence
    ]
    assert [(p.first, p.second) for p in duplicate_candidates(probes)] == [(1, 2)]


def test_dismissed_pairs_stay_dismissed_R_DQ_1() -> None:
    probes = [
        DuplicateProbe(1, "王小明", ("0912345678",), "A123456789"),
        DuplicateProbe(2, "王小明", ("0912345678",), "A123456789"),
        DuplicateProbe(3, "王小明", ("0912345678",)),
    ]
    pairs = duplicate_candidates(probes, dismissed={pair_key(2, 1)})
    assert [(p.first, p.second) for p in pairs] == [(1, 3), (2, 3)]
    problems = duplicate_problems(pairs, {3: "amy"})
    assert [(p.record_id, p.dimension, p.maintainer) for p in problems] == [
        (3, Dimension.UNIQUENESS, "amy"),
        (3, Dimension.UNIQUENESS, "amy"),
    ]


def test_duplicates_pair_only_within_a_group_R_DQ_1() -> None:
    probes = [
        DuplicateProbe(1, "王小明", ("0912345678",), group="closed_sales"),
        DuplicateProbe(2, "王小明", ("0912345678",), group="after_sales"),
    ]
    assert duplicate_candidates(probes) == ()


# --- R-CUS-6 spot check ---------------------------------------------------------------------


def test_week_runs_monday_to_sunday_R_CUS_6() -> None:
    assert week_of(TODAY) == (date(2026, 11, 23), date(2026, 11, 30))
    entries = [(1, date(2026, 11, 22)), (2, date(2026, 11, 23)), (3, date(2026, 11, 29))]
    assert entries_of_week(entries, lambda e: e[1], TODAY) == entries[1:]


def test_sample_is_repeatable_with_a_seed_and_ignores_input_order_R_CUS_6() -> None:
    ids = list(range(1, 101))
    first = draw_sample(ids, 10, random.Random(2026))
    again = draw_sample(reversed(ids), 10, random.Random(2026))
    assert first == again and len(set(first)) == 10 and set(first) <= set(ids)
    assert draw_sample([5, 3], 10, random.Random(1)) == (3, 5)  # fewer entries than asked
    assert draw_sample([], 10, random.Random(1)) == ()
    with pytest.raises(SampleSizeInvalid):
        draw_sample(ids, 0, random.Random(1))


@given(st.sets(st.integers(1, 10_000), max_size=200), st.integers(1, 50), st.integers())
def test_sample_has_the_asked_size_of_distinct_entries_R_CUS_6(
    ids: set[int], size: int, seed: int
) -> None:
    sample = draw_sample(ids, size, random.Random(seed))
    assert len(sample) == min(size, len(ids)) == len(set(sample))
    assert set(sample) <= ids


def test_failures_need_a_note_and_become_accuracy_problems_R_CUS_6() -> None:
    with pytest.raises(ReasonRequired):
        record_result(7, False, "  ", "director", TODAY)
    results = [
        record_result(7, False, "phone digits swapped", "director", TODAY),
        record_result(8, True, "", "director", TODAY),
    ]
    problems = failures_as_problems(results, maintainer_of={7: "amy"}, department_of={7: "甲"})
    assert [(p.record_id, p.dimension, p.rule_id, p.maintainer) for p in problems] == [
        (7, Dimension.ACCURACY, "R-CUS-6", "amy")
    ]
    assert scores_by_maintainer(problems) == {"amy": 99}
    assert pass_rate(results) == Fraction(1, 2) and pass_rate([]) is None
