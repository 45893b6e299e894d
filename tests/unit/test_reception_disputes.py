"""Commission disputes through the services (R-REC-7, 8, 9, 10): a deal recorded, the split
the rules give worked out from the stored visitor sheets and registrations, citing the rule
and the rows used; a manager confirms it or decides otherwise with a reason; a decision is
final (a revision is a new decision pointing to the old one); who may do what."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.dispute_errors import (
    AlreadyDecided,
    DealInvalid,
    NotDecided,
    NotYourDeal,
    SplitInvalid,
    SplitProblem,
)
from records_desk.domain.reception.registrations import RelationKind
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.reception.disputes import DealDraft
from tests.conftest import Clock
from tests.unit.reception_desk_fixtures import consultants, signed_in

DAY = date(2026, 11, 27)
WANG = Visitor("王一", "0922000001")


@pytest.fixture
def people(services: Services, principals: dict[Role, Principal]) -> dict[str, Principal]:
    found = consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob", "cat")
    found["clerk"] = principals[Role.RECEPTION_CLERK]
    found["manager"] = principals[Role.SALES_MANAGER]
    found["gm"] = principals[Role.GENERAL_MANAGER]
    return found


def at(clock: Clock, day: date, hour: int = 10) -> None:
    clock.now = datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


def wang_received_by_amy(services: Services, people: dict[str, Principal]) -> None:
    """On DAY amy and bob sign in; 王一 walks in and goes to amy by rotation (row 1)."""
    signed_in(services, people["clerk"], "amy", "bob")
    got = services.reception.day.walk_in(people["clerk"], WANG)
    assert (got.consultant, got.reason, got.row_no) == ("amy", "rotation", 1)


# -- R-REC-7 -------------------------------------------------------------------------------


def test_mid_visit_designation_splits_55_45_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    deal = services.reception.disputes.record(
        people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob")
    )
    assert deal.shares == (("amy", 55), ("bob", 45))
    assert (deal.rule, deal.clause, deal.basis) == ("R-REC-7", "四2", "designation_split")
    assert [v["row"] for v in deal.visits] == ["2026-11-27#1"]
    assert deal.visits[0]["consultant"] == "amy" and deal.contested and deal.open
    assert deal.facts["designation"] == {
        "first": "amy", "designated": "bob", "instigated": False, "on": "2026-11-27",
    }  # fmt: skip


def test_designated_consultant_who_instigated_it_gets_nothing_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    deal = services.reception.disputes.record(
        people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob", instigated=True)
    )
    assert deal.shares == (("amy", 100), ("bob", 0)) and deal.clause == "四2"


def test_returning_customer_designating_another_gives_100_to_the_first_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    services.reception.registrations.register(people["amy"], WANG, registered_on=date(2026, 11, 20))
    signed_in(services, people["clerk"], "bob", "amy")
    got = services.reception.day.walk_in(people["clerk"], WANG)
    assert (got.consultant, got.reason) == ("amy", "returning_owner")
    deal = services.reception.disputes.record(
        people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob")
    )
    assert deal.shares == (("amy", 100), ("bob", 0))
    assert (deal.rule, deal.clause) == ("R-REC-7", "四3")


def test_designation_without_a_first_reception_on_the_sheet_is_refused_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    with pytest.raises(DealInvalid):
        services.reception.disputes.record(
            people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob")
        )


# -- R-REC-8 -------------------------------------------------------------------------------


def forgotten(
    services: Services, people: dict[str, Principal], clock: Clock, deal_day: date, **kw: object
) -> object:
    wang_received_by_amy(services, people)
    at(clock, deal_day)
    draft = DealDraft(WANG, deal_day, "amy", original="bob", **kw)  # type: ignore[arg-type]
    return services.reception.disputes.record(people["clerk"], draft)


def test_original_recognised_the_same_day_gets_it_all_R_REC_8(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    deal = forgotten(services, people, clock, DAY, recognised_on=DAY)
    assert deal.shares == (("bob", 100), ("amy", 0))  # type: ignore[attr-defined]
    assert deal.clause == "二6A" and deal.rule == "R-REC-8"  # type: ignore[attr-defined]


def test_deal_on_the_spot_before_recognition_goes_to_the_new_one_R_REC_8(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    deal = forgotten(services, people, clock, DAY, recognised_on=DAY, deal_first=True)
    assert deal.shares == (("amy", 100), ("bob", 0))  # type: ignore[attr-defined]
    assert deal.clause == "二6B"  # type: ignore[attr-defined]


def test_recognised_later_within_a_month_splits_equally_R_REC_8(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    deal = forgotten(services, people, clock, date(2026, 12, 15), recognised_on=date(2026, 12, 10))
    assert deal.shares == (("amy", 50), ("bob", 50))  # type: ignore[attr-defined]
    assert deal.clause == "二6C"  # type: ignore[attr-defined]
    assert [v["row"] for v in deal.visits] == ["2026-11-27#1"]  # type: ignore[attr-defined]


def test_not_recognised_within_a_month_goes_to_the_new_one_R_REC_8(
    services: Services, people: dict[str, Principal], clock: Clock
) -> None:
    late = forgotten(services, people, clock, date(2027, 1, 5), recognised_on=date(2026, 12, 28))
    assert late.shares == (("amy", 100), ("bob", 0))  # type: ignore[attr-defined]
    assert late.clause == "二6D"  # type: ignore[attr-defined]


# -- R-REC-9 -------------------------------------------------------------------------------


def test_deal_in_a_relatives_name_goes_to_the_registered_spouses_consultant_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    wife = Visitor("林太太", "0911000006")
    services.reception.registrations.register(people["bob"], wife, registered_on=date(2026, 11, 5))
    husband = Visitor("林先生", "0911000007")
    deal = services.reception.disputes.record(
        people["amy"],
        DealDraft(husband, DAY, "amy", relative_phone="0911000006", relation=RelationKind.SPOUSE),
    )
    assert deal.shares == (("bob", 100), ("amy", 0))
    assert (deal.rule, deal.basis) == ("R-REC-9", "household")
    assert deal.registrations[0]["visitor"] == "林太太"
    assert deal.registrations[0]["valid_through"] == "2026-12-05"


def test_deal_in_a_siblings_name_is_a_separate_customer_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    sister = Visitor("林小姐", "0911000008")
    services.reception.registrations.register(
        people["bob"], sister, registered_on=date(2026, 11, 5)
    )
    deal = services.reception.disputes.record(
        people["amy"],
        DealDraft(
            Visitor("林先生", "0911000007"), DAY, "amy",
            relative_phone="0911000008", relation=RelationKind.SIBLING,
        ),
    )  # fmt: skip
    assert deal.shares == (("amy", 100),) and not deal.contested


def test_spouses_registered_separately_are_one_customer_the_first_wins_R_REC_9(
    services: Services, people: dict[str, Principal]
) -> None:
    reg = services.reception.registrations
    wife = reg.register(
        people["bob"], Visitor("林太太", "0911000006"), registered_on=date(2026, 11, 5)
    )
    husband = reg.register(
        people["amy"], Visitor("林先生", "0911000007"), registered_on=date(2026, 11, 12)
    )
    reg.relate(people["manager"], wife.id, husband.id, RelationKind.SPOUSE)
    deal = services.reception.disputes.record(
        people["amy"], DealDraft(Visitor("林先生", "0911000007"), DAY, "amy")
    )
    assert deal.shares == (("bob", 100), ("amy", 0)) and deal.rule == "R-REC-9"


# -- R-REC-10 ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "shares", "clause"),
    [
        ({"announced": True}, (("bob", 100), ("amy", 0)), "五7A"),
        ({"named_in_person": True}, (("bob", 100), ("amy", 0)), "五7B"),
        ({}, (("amy", 100), ("bob", 0)), "五7C"),
    ],
    ids=["announced", "named_in_person", "neither_rotation_decides"],
)
def test_referral_goes_to_the_referring_customers_consultant_only_if_announced_R_REC_10(
    services: Services,
    people: dict[str, Principal],
    kwargs: dict[str, bool],
    shares: tuple[tuple[str, int], ...],
    clause: str,
) -> None:
    wang_received_by_amy(services, people)
    deal = services.reception.disputes.record(
        people["clerk"], DealDraft(WANG, DAY, "amy", referred_by="bob", **kwargs)
    )
    assert deal.shares == shares and (deal.rule, deal.clause) == ("R-REC-10", clause)


# -- R-REC-4, R-REC-12: no dispute facts ---------------------------------------------------


def test_deal_without_facts_goes_to_the_valid_registrations_consultant_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    services.reception.registrations.register(people["bob"], WANG, registered_on=date(2026, 11, 1))
    deal = services.reception.disputes.record(people["amy"], DealDraft(WANG, DAY, "amy"))
    assert deal.shares == (("bob", 100), ("amy", 0)) and deal.contested
    assert (deal.rule, deal.clause, deal.basis) == ("R-REC-4", "五2", "registration")


def test_an_expired_registration_leaves_the_deal_to_who_received_the_customer_R_REC_4(
    services: Services, people: dict[str, Principal]
) -> None:
    services.reception.registrations.register(people["bob"], WANG, registered_on=date(2026, 9, 1))
    wang_received_by_amy(services, people)
    deal = services.reception.disputes.record(people["amy"], DealDraft(WANG, DAY, "amy"))
    assert deal.shares == (("amy", 100),) and not deal.contested and not deal.open
    assert [v["row"] for v in deal.visits] == ["2026-11-27#1"]
    assert services.reception.disputes.disputes(people["manager"]) == []


def test_a_phone_enquiry_never_decides_the_split_R_REC_12(
    services: Services, people: dict[str, Principal]
) -> None:
    services.reception.sheet.log_enquiry(people["bob"], WANG, "bob", "三房")
    wang_received_by_amy(services, people)
    deal = services.reception.disputes.record(people["amy"], DealDraft(WANG, DAY, "amy"))
    assert deal.shares == (("amy", 100),) and deal.basis == "reception"


# -- the manager's decision ----------------------------------------------------------------


def test_manager_confirms_the_proposal_and_the_dispute_is_closed_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    disputes = services.reception.disputes
    deal = disputes.record(people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob"))
    assert [d.id for d in disputes.disputes(people["manager"])] == [deal.id]
    decided = disputes.decide(people["manager"], deal.id)
    assert decided.decision is not None and decided.decision.as_proposed
    assert decided.settled == (("amy", 55), ("bob", 45))
    assert disputes.disputes(people["manager"]) == []
    assert [d.id for d in disputes.disputes(people["manager"], include_settled=True)] == [deal.id]
    entry = services.audit.page(people["gm"], AuditFilter(action="reception.decide"), 0, 1)
    assert entry and entry[0].entity_id == str(deal.id)


def test_a_different_decision_needs_a_reason_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    disputes = services.reception.disputes
    deal = disputes.record(people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob"))
    with pytest.raises(SplitInvalid) as caught:
        disputes.decide(people["manager"], deal.id, [("amy", 40), ("bob", 60)])
    assert caught.value.problem is SplitProblem.NO_REASON
    with pytest.raises(SplitInvalid) as caught:
        disputes.decide(people["manager"], deal.id, [("amy", 40), ("bob", 50)], "x")
    assert caught.value.problem is SplitProblem.NOT_100
    decided = disputes.decide(
        people["manager"], deal.id, [("amy", 40), ("bob", 60)], "bob 出力較多（五7F）"
    )
    assert decided.decision is not None and not decided.decision.as_proposed
    assert decided.settled == (("amy", 40), ("bob", 60))
    assert decided.shares == (("amy", 55), ("bob", 45))  # the proposal stays as it was


def test_leaving_out_a_consultant_proposed_0_is_the_same_split_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    disputes = services.reception.disputes
    deal = disputes.record(
        people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob", instigated=True)
    )
    decided = disputes.decide(people["manager"], deal.id, [("amy", 100)])
    assert decided.decision is not None and decided.decision.as_proposed


def test_a_decision_cannot_be_edited_only_revised_with_a_reason_R_REC_7(
    services: Services, people: dict[str, Principal]
) -> None:
    wang_received_by_amy(services, people)
    disputes = services.reception.disputes
    deal = disputes.record(people["clerk"], DealDraft(WANG, DAY, "bob", designated="bob"))
    with pytest.raises(NotDecided):
        disputes.decide(people["manager"], deal.id, revise=True, reason="x")
    first = disputes.decide(people["manager"], deal.id).decision
    with pytest.raises(AlreadyDecided):
        disputes.decide(people["manager"], deal.id, [("amy", 50), ("bob", 50)], "平分")
    with pytest.raises(SplitInvalid):
        disputes.decide(people["manager"], deal.id, [("amy", 50), ("bob", 50)], revise=True)
    revised = disputes.decide(
        people["manager"], deal.id, [("amy", 50), ("bob", 50)], "經理複核：平分", revise=True
    )
    assert first is not None and revised.decisions[0] == first
    assert revised.decision is not None and revised.decision.supersedes == first.id
    assert revised.settled == (("amy", 50), ("bob", 50))
    with services.database.engine.begin() as conn:
        for sql in (
            "UPDATE reception_deal_decision SET reason = 'x'",
            "DELETE FROM reception_deal_decision",
            "UPDATE reception_deal SET shares = '[]'",
            "DELETE FROM reception_deal",
        ):
            with pytest.raises(DatabaseError):
                conn.execute(text(sql))


# -- permissions ---------------------------------------------------------------------------


def test_only_managers_decide_and_consultants_record_their_own_deals_R_REC_7(
    services: Services, people: dict[str, Principal], principals: dict[Role, Principal]
) -> None:
    wang_received_by_amy(services, people)
    disputes = services.reception.disputes
    with pytest.raises(NotYourDeal):
        disputes.record(people["amy"], DealDraft(WANG, DAY, "bob", designated="bob"))
    with pytest.raises(PermissionDenied):
        disputes.record(principals[Role.STAFF], DealDraft(WANG, DAY, "bob", designated="bob"))
    deal = disputes.record(people["bob"], DealDraft(WANG, DAY, "bob", designated="bob"))
    for refused in (people["amy"], people["bob"], people["clerk"], principals[Role.ARCHIVIST]):
        with pytest.raises(PermissionDenied):
            disputes.decide(refused, deal.id)
    for role in (Role.CUSTOMER_DIRECTOR,):
        assert disputes.decide(principals[role], deal.id).decision is not None
    denied = services.audit.page(people["gm"], AuditFilter(action="permission.denied"), 0, 9)
    assert any(e.account == "amy" and e.details["action"] == "reception.deal" for e in denied)


def test_a_deal_after_today_is_refused(services: Services, people: dict[str, Principal]) -> None:
    with pytest.raises(DealInvalid):
        services.reception.disputes.record(
            people["clerk"], DealDraft(WANG, date(2026, 11, 28), "bob")
        )


def test_every_dispute_error_is_one_worded_sentence() -> None:
    from records_desk.domain.reception import dispute_errors as de
    from records_desk.wording import describe
    from records_desk.wording.reception import disputes as _  # noqa: F401

    errors: list[Exception] = [
        *(de.DealInvalid(p, "x") for p in de.DealProblem),
        *(de.SplitInvalid(p, "x") for p in de.SplitProblem),
        de.DealNotFound(7),
        de.AlreadyDecided(7, "manager"),
        de.NotDecided(7),
        de.NotYourDeal("amy", "bob"),
    ]
    for error in errors:
        worded = describe(error)
        assert worded and "\n" not in worded and "Traceback" not in worded
