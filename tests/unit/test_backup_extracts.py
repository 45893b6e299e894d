"""R-BAK-5 (第一篇 第二章2, 第五章2): a role without the export right extracts customer data
only on a request — who, what, why — approved by the general manager or the customer director
(not the asker), once, within domain/backup/extracts.py VALID_DAYS; the export's audit entry
names the request and its approver and carries its row count."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.domain.backup.extracts import (
    VALID_DAYS,
    ExtractAlreadyDecided,
    ExtractGrantSpent,
    ExtractOwnRequest,
    ExtractReasonMissing,
    ExtractState,
)
from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Extract
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.wording import describe
from records_desk.wording.language import SOURCE_LANGUAGE, set_language
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]


@pytest.fixture(autouse=True)
def english() -> None:
    set_language(SOURCE_LANGUAGE)


def newest(services: Services, gm: Principal, action: str) -> AuditRecord:
    return services.audit.page(gm, AuditFilter(action=action), 0, 1)[0]


def approved(services: Services, office: Office, what: Extract, approver: Principal) -> int:
    asked = services.backup.extracts.request(office.manager, what, "New Year greetings")
    return services.backup.extracts.approve(approver, asked.id, "for the greetings only").id


def test_sales_manager_exports_once_on_an_approved_request_R_BAK_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist, 3)
    out = tmp_path / "list.xlsx"
    with pytest.raises(PermissionDenied):
        services.customers.exports.export_customers(office.manager, CustomerQuery(), out)
    assert not out.exists()

    request_id = approved(services, office, Extract.CUSTOMER_LIST, office.director)
    done = services.customers.exports.export_customers(office.manager, CustomerQuery(), out)
    assert done.rows == 3 and out.exists()
    entry = newest(services, office.gm, "customer.export")
    assert entry.seq == done.audit_seq and entry.account == "sam"
    assert entry.details["rows"] == 3
    assert entry.details["extract_request"] == request_id
    assert entry.details["approved_by"] == "dora"
    (info,) = services.backup.extracts.list(office.manager)
    assert (info.state, info.rows, info.decided_by) == (ExtractState.USED, 3, "dora")

    again = tmp_path / "again.xlsx"
    with pytest.raises(PermissionDenied):
        services.customers.exports.export_customers(office.manager, CustomerQuery(), again)
    assert not again.exists()


def test_an_approval_is_for_the_extract_asked_for_R_BAK_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist, 2)
    approved(services, office, Extract.SMS_LIST, office.gm)
    with pytest.raises(PermissionDenied):  # the SMS list was asked for, not the ID numbers
        services.customers.exports.export_customers(
            office.manager, CustomerQuery(), tmp_path / "list.xlsx"
        )
    sms = services.customers.exports.export_sms_contacts(
        office.manager, CustomerQuery(), tmp_path / "sms.xlsx"
    )
    entry = newest(services, office.gm, "customer.export_sms")
    assert entry.details["approved_by"] == "boss" and entry.details["rows"] == sms.written
    with pytest.raises(PermissionDenied):
        services.customers.exports.export_sms_contacts(
            office.manager, CustomerQuery(), tmp_path / "sms2.xlsx"
        )


def test_one_cannot_approve_ones_own_request_R_BAK_5(services: Services, office: Office) -> None:
    asked = services.backup.extracts.request(office.director, Extract.SMS_LIST, "a check")
    with pytest.raises(ExtractOwnRequest) as own:
        services.backup.extracts.approve(office.director, asked.id)
    assert "your own" in describe(own.value)
    (info,) = services.backup.extracts.list(office.director)
    assert info.state is ExtractState.PENDING


def test_a_staff_member_cannot_approve_R_BAK_5(services: Services, office: Office) -> None:
    asked = services.backup.extracts.request(office.manager, Extract.SMS_LIST, "greetings")
    for who in (office.staff, office.archivist, office.consultant):
        with pytest.raises(PermissionDenied):
            services.backup.extracts.approve(who, asked.id)
    assert newest(services, office.gm, "permission.denied").details["action"] == "extract.approve"
    assert services.backup.extracts.list(office.gm)[0].state is ExtractState.PENDING


def test_a_refused_request_allows_nothing_and_is_decided_once_R_BAK_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    asked = services.backup.extracts.request(office.manager, Extract.CUSTOMER_LIST, "audit")
    with pytest.raises(ExtractReasonMissing):
        services.backup.extracts.refuse(office.gm, asked.id, "  ")
    services.backup.extracts.refuse(office.gm, asked.id, "ask the archivist")
    with pytest.raises(ExtractAlreadyDecided):
        services.backup.extracts.approve(office.director, asked.id)
    with pytest.raises(PermissionDenied):
        services.customers.exports.export_customers(
            office.manager, CustomerQuery(), tmp_path / "x.xlsx"
        )
    decided = newest(services, office.gm, "extract.decide")
    assert decided.account == "boss" and decided.details["decision"] == "refused"
    assert decided.details["requested_by"] == "sam"


def test_a_request_says_who_what_and_why_R_BAK_5(services: Services, office: Office) -> None:
    with pytest.raises(ExtractReasonMissing):
        services.backup.extracts.request(office.manager, Extract.SMS_LIST, " ")
    asked = services.backup.extracts.request(office.staff, Extract.SMS_LIST, "greetings")
    entry = newest(services, office.gm, "extract.request")
    assert entry.account == "stan" and entry.entity_id == str(asked.id)
    assert entry.details == {"what": "sms", "why": "greetings"}
    # An approver sees every request; anyone else only their own.
    services.backup.extracts.request(office.manager, Extract.CUSTOMER_LIST, "audit")
    assert [r.requested_by for r in services.backup.extracts.list(office.director)] == [
        "sam",
        "stan",
    ]
    assert [r.requested_by for r in services.backup.extracts.list(office.staff)] == ["stan"]


def test_an_approval_lapses_unused_after_its_days_R_BAK_5(
    services: Services, office: Office, clock: Clock, tmp_path: Path
) -> None:
    register(services, office.archivist)
    approved(services, office, Extract.CUSTOMER_LIST, office.gm)
    clock.advance(days=VALID_DAYS, seconds=1)
    assert services.backup.extracts.list(office.manager)[0].state is ExtractState.LAPSED
    with pytest.raises(PermissionDenied):
        services.customers.exports.export_customers(
            office.manager, CustomerQuery(), tmp_path / "late.xlsx"
        )


def test_an_approval_spent_meanwhile_leaves_no_file_R_BAK_5(
    services: Services, office: Office, clock: Clock, tmp_path: Path
) -> None:
    """Checked at the start, spent at the end: an approval that lapses (or is used by a second
    export) while the file is written stops this export before the file takes its name."""
    register(services, office.archivist)
    approved(services, office, Extract.CUSTOMER_LIST, office.gm)
    clock.advance(days=VALID_DAYS - 1)

    def late(done: int, total: int | None) -> None:
        clock.advance(days=1)

    out = tmp_path / "list.xlsx"
    with pytest.raises(ExtractGrantSpent):
        services.customers.exports.export_customers(
            office.manager, CustomerQuery(), out, progress=late
        )
    assert not out.exists()
    assert services.audit.count(office.gm, AuditFilter(action="customer.export")) == 0


def test_the_export_right_uses_no_request_R_BAK_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist)
    services.backup.extracts.request(office.archivist, Extract.CUSTOMER_LIST, "own copy")
    services.customers.exports.export_customers(
        office.archivist, CustomerQuery(), tmp_path / "a.xlsx"
    )
    assert "extract_request" not in newest(services, office.gm, "customer.export").details
    assert services.backup.extracts.list(office.archivist)[0].state is ExtractState.PENDING


def test_a_disabled_account_cannot_use_its_approval_R_BAK_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    from records_desk.domain.common.errors import AccountDisabled

    approved(services, office, Extract.CUSTOMER_LIST, office.gm)
    services.accounts.disable(office.gm, "sam", "left")
    with pytest.raises(AccountDisabled):
        services.customers.exports.export_customers(
            office.manager, CustomerQuery(), tmp_path / "x.xlsx"
        )


def test_the_requests_are_kept_by_the_backup_feature_R_BAK_5() -> None:
    from records_desk.features import BACKUP

    assert (BACKUP.migrations, BACKUP.migration_head) == ("backup", "backup_0001")
    assert BACKUP.extract_grant == "records_desk.services.backup.extract_grant"
