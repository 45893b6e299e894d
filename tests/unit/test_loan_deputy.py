"""The deputy archivist through the services (R-ACC-5): named by a general manager or customer
director for a period; within it the deputy lends and takes back as the archivist does, outside
it not; the naming and each of the deputy's acts are audited as such."""

from __future__ import annotations

from datetime import timedelta

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.loans.errors import DeputyInvalid, DeputyProblem
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, office, today
from tests.unit.loan_fixtures import files

__all__ = ["office"]  # the fixture


def test_a_deputy_has_the_archivists_rights_only_within_the_period_R_ACC_5(
    services: Services, office: Office, clock: Clock
) -> None:
    a, b = files(services, office.archivist)
    start = today(services) + timedelta(days=1)
    with pytest.raises(PermissionDenied):
        services.loans.deputies.appoint(office.archivist, "stan", start, start)
    period = services.loans.deputies.appoint(
        office.director, "stan", start, start + timedelta(days=2)
    )
    assert (period.username, period.named_by) == ("stan", "dora")
    with pytest.raises(PermissionDenied):  # the day before the period
        services.loans.lending.lend(office.staff, [a], "carl", "check")
    clock.advance(days=1)
    loan = services.loans.lending.lend(office.staff, [a], "carl", "check")
    assert loan.as_deputy and loan.registered_by == "stan"
    services.loans.returns.take_back(office.staff, [a])
    with pytest.raises(PermissionDenied):  # a deputy is no approver
        services.loans.deputies.appoint(office.staff, "carl", start, start)
    clock.advance(days=3)  # the day after the period
    with pytest.raises(PermissionDenied):
        services.loans.lending.lend(office.staff, [b], "carl", "check")
    entries = audit_trail(services, office.gm, "loan.")
    assert [e.action for e in entries] == ["loan.deputy", "loan.lend", "loan.return"]
    assert entries[0].details["deputy"] == "stan"
    assert all(e.details["as_deputy"] == period.id for e in entries[1:])
    assert all("(as deputy archivist)" in e.summary for e in entries[1:])


def test_the_archivists_own_acts_are_not_marked_as_a_deputys_R_ACC_5(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    assert not loan.as_deputy
    assert "as_deputy" not in audit_trail(services, office.gm, "loan.lend")[0].details


def test_a_deputy_period_is_for_another_account_and_not_already_over_R_ACC_5(
    services: Services, office: Office
) -> None:
    day = today(services)
    cases = [
        ("ann", day, day, DeputyProblem.IS_ARCHIVIST),
        ("stan", day, day - timedelta(days=1), DeputyProblem.ENDS_BEFORE_START),
        ("stan", day - timedelta(days=9), day - timedelta(days=2), DeputyProblem.ENDED),
    ]
    for username, starts, ends, problem in cases:
        with pytest.raises(DeputyInvalid) as refused:
            services.loans.deputies.appoint(office.gm, username, starts, ends)
        assert refused.value.problem is problem
    services.loans.deputies.appoint(office.gm, "stan", day, day)
    assert [p.username for p in services.loans.deputies.periods(office.staff)] == ["stan"]


def test_the_handover_record_lists_every_file_out_for_the_deputy_R_ACC_5(
    services: Services, office: Office
) -> None:
    from records_desk.domain.loans.errors import HandoverNeedsSuccessor
    from records_desk.domain.loans.lending import external_borrower

    a, b, c = files(services, office.archivist, 3)
    services.loans.lending.lend(office.archivist, [a, b], "carl", "check")
    visitor = external_borrower("林律師", "大成法律事務所")
    services.loans.lending.lend(office.archivist, [c], visitor, "due diligence")  # not out
    services.loans.returns.take_back(office.archivist, [b])
    with pytest.raises(HandoverNeedsSuccessor):
        services.loans.forms.handover_data(office.archivist)
    day = today(services)
    services.loans.deputies.appoint(office.gm, "stan", day, day + timedelta(days=4))
    data = services.loans.forms.handover_data(office.archivist)
    header = data["header"]
    assert (header["from_archivist"], header["to_archivist"], header["reason"]) == (
        "Ann",
        "Stan",
        "代管",
    )
    assert header["open_count"] == 1
    (row,) = data["rows"]
    assert (row["item_kind"], row["holder"], row["status"]) == ("檔案借閱", "Carl", "借出中")
    assert row["description"].startswith(a)
    named = services.loans.forms.handover_data(office.archivist, "sam")["header"]
    assert (named["to_archivist"], named["reason"]) == ("Sam", "工作調動")
    assert services.loans.forms.printed_handover(office.archivist).pdf.startswith(b"%PDF")


def test_a_deputy_does_all_the_archivists_acts_and_not_the_approvers_R_ACC_5(
    services: Services, office: Office
) -> None:
    """Within the period: lend, take back, confirm back in place, consent to copies, and the
    archivist's work outside the register (registering a customer file) — each marked as the
    deputy's. Not the approvers' acts (approve, name a deputy)."""
    from records_desk.domain.loans.lending import external_borrower
    from tests.unit.customer_fixtures import draft

    a, b, c = files(services, office.archivist, 3)
    day = today(services)
    services.loans.deputies.appoint(office.gm, "stan", day, day)
    loan = services.loans.lending.lend(office.staff, [a, b], "carl", "check")
    services.loans.lending.consent_copy(office.staff, loan.number, [a], "page 2")
    services.loans.returns.take_back(office.staff, [a])
    services.loans.returns.confirm_reshelved(office.staff, a)
    entries = audit_trail(services, office.gm, "loan.")[1:]
    assert [e.action for e in entries] == ["loan.lend", "loan.copy", "loan.return", "loan.reshelve"]
    assert all(e.details["as_deputy"] and "(as deputy archivist)" in e.summary for e in entries)
    visitor = external_borrower("林律師", "大成法律事務所", "A123456789", "02-2345-6789")
    waiting = services.loans.lending.lend(office.staff, [c], visitor, "audit")
    with pytest.raises(PermissionDenied):
        services.loans.lending.approve(office.staff, waiting.number)
    with pytest.raises(PermissionDenied):
        services.loans.deputies.appoint(office.staff, "carl", day, day)
    filed = services.customers.files.register(office.staff, draft())  # the archivist's too
    entry = audit_trail(services, office.gm, "customer.")[-1]
    assert entry.account == "stan" and entry.details["as_deputy"]
    assert filed.archive_number


def test_outside_the_period_the_deputy_has_only_their_own_rights_R_ACC_5(
    services: Services, office: Office, clock: Clock
) -> None:
    from tests.unit.customer_fixtures import draft

    day = today(services)
    services.loans.deputies.appoint(office.gm, "stan", day, day)
    assert services.ctx.effective(office.staff).role is Role.ARCHIVIST  # the window's menus
    clock.advance(days=1)
    assert services.ctx.effective(office.staff).role is Role.STAFF
    with pytest.raises(PermissionDenied):
        services.customers.files.register(office.staff, draft())
