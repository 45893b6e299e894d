"""R-GRD-2 grade quotas: VIP at most 15 %, preferred at most 30 % per department and per
product line; refused with QuotaExceeded unless a director overrides with a reason."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from records_desk.domain.customers.errors import QuotaExceeded, ReasonRequired
from records_desk.domain.customers.grading import (
    GradeCounts,
    QuotaPolicy,
    QuotaScope,
    QuotaScopeKind,
    check_grade_change,
    over_quota,
    quota_breaches,
    quota_report,
)
from records_desk.domain.customers.vocabulary import DirectorOverride, Grade

V, P, Q = Grade.VIP, Grade.PREFERRED, Grade.QUALIFIED


def department(
    vip: int = 0, preferred: int = 0, qualified: int = 0, name: str = "台北一部"
) -> QuotaScope:
    return QuotaScope(QuotaScopeKind.DEPARTMENT, name, GradeCounts(vip, preferred, qualified))


def product_line(
    vip: int = 0, preferred: int = 0, qualified: int = 0, name: str = "義肢"
) -> QuotaScope:
    return QuotaScope(QuotaScopeKind.PRODUCT_LINE, name, GradeCounts(vip, preferred, qualified))


def test_vip_over_15_percent_is_refused_R_GRD_2() -> None:
    # 20 customers, 3 VIP (15 %): promoting a 4th makes 4/20 = 20 %.
    with pytest.raises(QuotaExceeded) as refused:
        check_grade_change(Q, V, [department(3, 4, 13)])
    error = refused.value
    assert (error.grade, error.scope, error.scope_name) == (
        V,
        QuotaScopeKind.DEPARTMENT,
        "台北一部",
    )
    assert (error.cap, error.share_after) == (Fraction(15, 100), Fraction(4, 20))
    assert (error.count_after, error.total_after) == (4, 20)
    assert "20.0%" in str(error) and "15%" in str(error)


def test_vip_exactly_at_15_percent_is_allowed_R_GRD_2() -> None:
    assert check_grade_change(Q, V, [department(2, 4, 14)]) == ()  # 3 of 20


def test_preferred_over_30_percent_is_refused_R_GRD_2() -> None:
    check_grade_change(Q, P, [department(0, 2, 8)])  # 3 of 10 = 30 %
    with pytest.raises(QuotaExceeded) as refused:
        check_grade_change(Q, P, [department(0, 3, 7)])  # 4 of 10
    assert refused.value.grade is P and refused.value.cap == Fraction(3, 10)


def test_small_department_gets_no_rounding_up_R_GRD_2() -> None:
    # 3 customers: one VIP would be 33 %, one preferred 33 %: both over.
    with pytest.raises(QuotaExceeded):
        check_grade_change(Q, V, [department(0, 0, 3)])
    with pytest.raises(QuotaExceeded):
        check_grade_change(Q, P, [department(0, 0, 3)])
    # The first VIP needs 7 customers (14.3 %), the second 14; the first preferred needs 4.
    check_grade_change(Q, V, [department(0, 0, 7)])
    with pytest.raises(QuotaExceeded):
        check_grade_change(Q, V, [department(1, 0, 12)])  # 2 of 13 = 15.4 %
    check_grade_change(Q, V, [department(1, 0, 13)])
    check_grade_change(Q, P, [department(0, 0, 4)])


def test_a_new_customer_counts_in_the_total_R_GRD_2() -> None:
    # 6 customers, none VIP; a 7th arriving as VIP is 1 of 7 = 14.3 %.
    check_grade_change(None, V, [department(0, 0, 6)])
    with pytest.raises(QuotaExceeded):
        check_grade_change(None, V, [department(0, 0, 5)])  # 1 of 6


def test_product_line_cap_applies_too_and_department_is_named_first_R_GRD_2() -> None:
    scopes = [product_line(1, 0, 5), department(1, 0, 30)]
    with pytest.raises(QuotaExceeded) as refused:
        check_grade_change(Q, V, scopes)  # department 2/31 fine, product line 2/6 over
    assert refused.value.scope is QuotaScopeKind.PRODUCT_LINE and refused.value.scope_name == "義肢"
    breaches = quota_breaches(Q, V, [product_line(1, 0, 5), department(1, 0, 5)])
    assert [b.scope.kind for b in breaches] == [
        QuotaScopeKind.DEPARTMENT,
        QuotaScopeKind.PRODUCT_LINE,
    ]


def test_director_override_with_a_reason_lets_the_change_through_and_reports_it_R_GRD_2() -> None:
    override = DirectorOverride(by="director", reason="sole distributor of the region")
    breaches = check_grade_change(Q, V, [department(0, 0, 3)], override=override)
    assert [(b.grade, b.count_after, b.total_after) for b in breaches] == [(V, 1, 3)]
    with pytest.raises(ReasonRequired):
        check_grade_change(Q, V, [department(0, 0, 3)], override=DirectorOverride("director", ""))


def test_downgrades_and_leaving_never_break_a_cap_R_GRD_2() -> None:
    over = department(5, 10, 5)  # already over both caps (after an override, say)
    assert check_grade_change(V, Q, [over]) == ()
    assert check_grade_change(None, Q, [over]) == ()
    assert check_grade_change(V, V, [over]) == ()
    # but a VIP downgraded to preferred is checked against the preferred cap
    with pytest.raises(QuotaExceeded) as refused:
        check_grade_change(V, P, [over])
    assert refused.value.grade is P


def test_counts_must_hold_the_customer_being_changed_R_GRD_2() -> None:
    with pytest.raises(ValueError):
        GradeCounts(0, 0, 5).after(V, Q)


def test_quota_view_lists_departments_over_their_caps_R_GRD_2() -> None:
    scopes = [department(1, 2, 7, name="甲"), department(2, 1, 7, name="乙")]
    lines = quota_report(scopes)
    assert len(lines) == 4  # VIP and preferred per department
    over = over_quota(scopes)
    assert [(line.scope.name, line.grade, line.count, line.allowed) for line in over] == [
        ("乙", V, 2, 1)
    ]
    assert over[0].share == Fraction(2, 10)


def test_caps_are_configurable_and_exact_R_GRD_2() -> None:
    policy = QuotaPolicy({V: Fraction(29, 100)})
    check_grade_change(Q, V, [department(28, 0, 72)], policy)  # 29 of 100 exactly
    with pytest.raises(ValueError):
        QuotaPolicy({V: Fraction(3, 2)})


@given(
    st.integers(0, 60),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from([None, V, P, Q]),
    st.sampled_from([V, P]),
)
def test_refusal_matches_integer_arithmetic_R_GRD_2(
    vip: int, preferred: int, qualified: int, old: Grade | None, new: Grade
) -> None:
    counts = GradeCounts(vip, preferred, qualified)
    if old is not None and counts.count(old) == 0:
        return
    after = counts.after(old, new)
    percent = 15 if new is V else 30
    over = old != new and after.count(new) * 100 > percent * after.total
    assert bool(quota_breaches(old, new, [department(vip, preferred, qualified)])) == over
