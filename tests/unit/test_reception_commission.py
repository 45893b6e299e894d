"""Commission dispute proposals (domain/reception/commission.py): the split the rules give
for a deal — 100, 55–45, 50–50 or 0 — with the rule, the clause and the rows it used."""

from __future__ import annotations

from datetime import date, time

from records_desk.domain.reception.commission import (
    Basis,
    Deal,
    DisputeFacts,
    MidVisitDesignation,
    Recognition,
    Referral,
    VisitRecord,
    propose,
)
from records_desk.domain.reception.registrations import Registry, Relation, RelationKind
from records_desk.domain.reception.vocabulary import Reason, Visitor
from tests.unit.reception_fixtures import registration

DAY = date(2026, 11, 27)
WANG = Visitor("王一", "0922000001")


def visit(
    consultant: str, reason: Reason = Reason.ROTATION, day: date = DAY, row: str = "R1"
) -> VisitRecord:
    return VisitRecord(day, time(10), WANG, consultant, reason, row)


def test_mid_visit_designation_of_a_new_customer_splits_55_45_R_REC_7() -> None:
    facts = DisputeFacts(designation=MidVisitDesignation("A", "B"))
    p = propose(Deal(WANG, DAY, "B"), [visit("A")], Registry(), facts)
    assert dict(p.shares) == {"A": 55, "B": 45}
    assert (p.rule, p.clause, p.basis) == ("R-REC-7", "四2", Basis.DESIGNATION_SPLIT)
    assert [v.row for v in p.visits] == ["R1"]


def test_a_designated_consultant_who_instigated_it_gets_nothing_R_REC_7() -> None:
    facts = DisputeFacts(designation=MidVisitDesignation("A", "B", instigated_by_designated=True))
    p = propose(Deal(WANG, DAY, "B"), [visit("A")], Registry(), facts)
    assert dict(p.shares) == {"A": 100, "B": 0}


def test_a_returning_customer_designating_someone_else_is_all_the_first_s_R_REC_7() -> None:
    facts = DisputeFacts(designation=MidVisitDesignation("A", "B"))
    p = propose(Deal(WANG, DAY, "B"), [visit("A", Reason.RETURNING_OWNER)], Registry(), facts)
    assert dict(p.shares) == {"A": 100, "B": 0}
    assert (p.rule, p.clause) == ("R-REC-7", "四3")


def test_forgotten_original_deal_on_the_spot_before_recognition_goes_to_the_new_R_REC_8() -> None:
    facts = DisputeFacts(recognition=Recognition("O", None))
    p = propose(Deal(WANG, DAY, "N"), [visit("N")], Registry(), facts)
    assert dict(p.shares) == {"N": 100, "O": 0}
    assert (p.rule, p.clause) == ("R-REC-8", "二6B")
    same_day_after = DisputeFacts(recognition=Recognition("O", DAY, deal_first=True))
    assert (
        dict(propose(Deal(WANG, DAY, "N"), [visit("N")], Registry(), same_day_after).shares)["N"]
        == 100
    )


def test_forgotten_original_recognised_the_same_day_goes_to_the_original_R_REC_8() -> None:
    facts = DisputeFacts(recognition=Recognition("O", DAY))
    p = propose(Deal(WANG, date(2026, 12, 3), "N"), [visit("N")], Registry(), facts)
    assert dict(p.shares) == {"O": 100, "N": 0}
    assert p.clause == "二6A"


def test_forgotten_original_recognised_later_within_a_month_splits_50_50_R_REC_8() -> None:
    facts = DisputeFacts(recognition=Recognition("O", date(2026, 12, 27)))
    p = propose(Deal(WANG, date(2027, 1, 5), "N"), [visit("N")], Registry(), facts)
    assert dict(p.shares) == {"N": 50, "O": 50}
    assert p.clause == "二6C"


def test_forgotten_original_not_recognised_within_a_month_is_all_the_new_s_R_REC_8() -> None:
    for seen in (None, date(2026, 12, 28)):
        facts = DisputeFacts(recognition=Recognition("O", seen))
        p = propose(Deal(WANG, date(2027, 1, 5), "N"), [visit("N")], Registry(), facts)
        assert dict(p.shares) == {"N": 100, "O": 0}
        assert p.clause == "二6D"


def test_spouses_registered_separately_are_one_customer_the_first_registration_wins_R_REC_9() -> (
    None
):
    regs = (
        registration("0911000006", "D", date(2026, 11, 1)),
        registration("0911000007", "A", date(2026, 11, 5)),
    )
    registry = Registry(regs, (Relation("0911000006", "0911000007", RelationKind.SPOUSE),))
    wife = Visitor("吳太太", "0911000007")
    p = propose(Deal(wife, DAY, "A"), [], registry)
    assert dict(p.shares) == {"D": 100, "A": 0}
    assert (p.rule, p.basis) == ("R-REC-9", Basis.HOUSEHOLD)
    assert p.registrations == (regs[0],)


def test_a_deal_in_a_relative_s_name_is_matched_through_direct_relatives_R_REC_9() -> None:
    regs = (registration("0911000006", "D", date(2026, 11, 1)),)
    son = Visitor("吳小弟", "0911000099")
    rels = (Relation("0911000099", "0911000006", RelationKind.PARENT_CHILD),)
    p = propose(Deal(son, DAY, "B"), [], Registry(regs, rels))
    assert dict(p.shares) == {"D": 100, "B": 0}
    sibling = (Relation("0911000099", "0911000006", RelationKind.SIBLING),)
    p = propose(Deal(son, DAY, "B"), [], Registry(regs, sibling))
    assert dict(p.shares) == {"B": 100}


def test_a_valid_registration_decides_and_an_expired_one_leaves_it_to_the_reception_R_REC_4() -> (
    None
):
    regs = (registration("0922000001", "C", date(2026, 10, 1), date(2026, 11, 10)),)
    p = propose(Deal(WANG, DAY, "A"), [visit("A")], Registry(regs))
    assert (dict(p.shares), p.rule, p.clause) == ({"C": 100, "A": 0}, "R-REC-4", "五2")
    expired = (registration("0922000001", "C", date(2026, 9, 1), date(2026, 10, 1)),)
    p = propose(Deal(WANG, DAY, "C"), [visit("A", row="R7")], Registry(expired))
    assert dict(p.shares) == {"A": 100, "C": 0}
    assert (p.basis, [v.row for v in p.visits]) == (Basis.RECEPTION, ["R7"])


def test_referrals_announced_or_named_go_to_the_referrer_s_consultant_else_rotation_R_REC_10() -> (
    None
):
    announced = DisputeFacts(referral=Referral("A", announced=True))
    p = propose(Deal(WANG, DAY, "B"), [visit("B")], Registry(), announced)
    assert (dict(p.shares), p.clause) == ({"A": 100, "B": 0}, "五7A")
    named = DisputeFacts(referral=Referral("A", named_in_person=True))
    p = propose(Deal(WANG, DAY, "C"), [visit("C", Reason.COURTESY)], Registry(), named)
    assert (dict(p.shares), p.clause) == ({"A": 100, "C": 0}, "五7B")
    unannounced = DisputeFacts(referral=Referral("A"))
    p = propose(Deal(WANG, DAY, "A"), [visit("B")], Registry(), unannounced)
    assert (dict(p.shares), p.rule, p.clause) == ({"B": 100, "A": 0}, "R-REC-10", "五7C")
