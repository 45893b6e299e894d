"""Customer files through CustomerService: archive numbers (R-CUS-2), registration with its
admission checklist (R-GRD-1) and both times (R-CUS-5), change requests and their approval
(R-CUS-4), history and voiding (R-CUS-3), and the audit trail of it all (R-AUD-1)."""

from __future__ import annotations

from datetime import date

import pytest

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    ArchiveNumberInvalid,
    EntryBeforeEvent,
)
from records_desk.domain.customers.file_errors import (
    ArchiveNumberTaken,
    ChangeReasonRequired,
    ChangeRequestDecided,
    CustomerNotFound,
    CustomerVoided,
    FieldNotEditable,
    FieldRequired,
    FieldValueInvalid,
    NothingToChange,
    OwnRequestApproval,
    StaleVersion,
    VersionNotFound,
)
from records_desk.domain.customers.files import (
    ChangeStatus,
    CustomerStatus,
    FieldChange,
    RevisionKind,
)
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    AdmissionCriterion,
    CustomerField,
    Grade,
    RecordType,
)
from records_desk.services.common.dto import AuditFilter
from records_desk.services.container import Services
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, audit_trail, draft, office, register

__all__ = ["office"]  # the fixture


# --- registering -----------------------------------------------------------------------------


def test_register_issues_code_year_sequence_numbers_R_CUS_2(
    services: Services, office: Office, clock: Clock
) -> None:
    first, second = register(services, office.archivist, 2)
    repair = services.customers.files.register(
        office.archivist, draft(record_type=RecordType.AFTER_SALES)
    )
    assert (first.archive_number, second.archive_number) == ("CS-2026-00001", "CS-2026-00002")
    assert repair.archive_number == "AS-2026-00001"
    assert first.shelf_location == "A-01-03"
    assert (first.status, first.version, first.maintainer) == (CustomerStatus.ACTIVE, 1, "ann")
    assert first.grade is Grade.QUALIFIED  # 五2.4: an admitted customer starts as 合格
    clock.now = clock.now.replace(year=2027, month=1, day=5)
    assert register(services, office.archivist)[0].archive_number == "CS-2027-00001"


def test_numbers_are_never_reused_even_after_a_void_R_CUS_2(
    services: Services, office: Office
) -> None:
    first, second = register(services, office.archivist, 2)
    services.customers.files.void(office.director, second.id, "entered twice")
    third = register(services, office.archivist)[0]
    assert third.archive_number == "CS-2026-00003"
    assert services.customers.files.get(office.staff, second.id).archive_number == "CS-2026-00002"


def test_an_old_files_own_number_is_kept_and_numbering_moves_past_it_R_CUS_2(
    services: Services, office: Office
) -> None:
    old = services.customers.files.register(
        office.archivist, draft(archive_number="ＣＳ-2026-00041")
    )
    assert old.archive_number == "CS-2026-00041"
    assert register(services, office.archivist)[0].archive_number == "CS-2026-00042"
    with pytest.raises(ArchiveNumberTaken):
        services.customers.files.register(office.archivist, draft(archive_number="CS-2026-00041"))
    with pytest.raises(ArchiveNumberInvalid):  # an after-sales code on a closed-sales file
        services.customers.files.register(office.archivist, draft(archive_number="AS-2026-00007"))
    with pytest.raises(ArchiveNumberInvalid):  # the office's form, but never issuable
        services.customers.files.register(office.archivist, draft(archive_number="CS-2026-00000"))
    legacy = services.customers.files.register(
        office.archivist, draft(archive_number=" 舊檔-0193 ")
    )
    assert legacy.archive_number == "舊檔-0193"  # another shape: kept as typed
    with pytest.raises(ArchiveNumberTaken):
        services.customers.files.register(office.archivist, draft(archive_number="舊檔-0193"))
    assert register(services, office.archivist)[0].archive_number == "CS-2026-00043"


def test_admitted_types_need_every_admission_criterion_R_GRD_1(
    services: Services, office: Office
) -> None:
    partial = AdmissionChecklist(frozenset({AdmissionCriterion.LEGAL_CAPACITY}))
    with pytest.raises(AdmissionIncomplete) as refused:
        services.customers.files.register(office.archivist, draft(admission=partial))
    assert "purchase_contract" in refused.value.missing
    internal = services.customers.files.register(
        office.archivist,
        draft(record_type=RecordType.INTERNAL, admission=AdmissionChecklist()),
    )
    assert internal.grade is None  # internal records are not graded (R-GRD-2)
    assert services.audit.count(office.gm, AuditFilter(action="customer.register")) == 1


def test_event_day_and_entry_moment_are_both_kept_R_CUS_5(
    services: Services, office: Office, clock: Clock
) -> None:
    on_time = register(services, office.archivist, event_date=date(2026, 11, 26))[0]
    late = register(services, office.archivist, event_date=date(2026, 11, 20))[0]
    assert (on_time.event_date, on_time.entered_at) == (date(2026, 11, 26), clock.now)
    assert not on_time.entered_late and late.entered_late
    with pytest.raises(EntryBeforeEvent):
        register(services, office.archivist, event_date=date(2026, 12, 1))


def test_missing_required_fields_are_shown_not_refused_R_DQ_1(
    services: Services, office: Office
) -> None:
    info = register(services, office.archivist, id_number="", phones=())[0]
    assert set(info.missing_fields) == {
        CustomerField.ID_NUMBER,
        CustomerField.PHONE,
        CustomerField.CONSULTANT,
    }
    with pytest.raises(FieldRequired):
        register(services, office.archivist, name="  ")
    with pytest.raises(FieldValueInvalid):
        register(services, office.archivist, consultant_id=9999)


def test_only_the_archivist_and_the_approvers_register_R_ACC_2(
    services: Services, office: Office
) -> None:
    for actor in (office.staff, office.consultant, office.manager):
        with pytest.raises(PermissionDenied):
            register(services, actor)
    register(services, office.director)


# --- change requests (R-CUS-4) ---------------------------------------------------------------


def test_request_approved_by_the_director_changes_the_file_as_a_new_version_R_CUS_4(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    request = services.customers.files.request_change(
        office.staff,
        file.id,
        {"address": "台北市信義路五段7號", "phones": ["02-2345-6789"]},
        "moved",
    )
    assert request.status is ChangeStatus.PENDING and request.base_version == 1
    assert request.changes == (
        FieldChange("phones", ["0912-345-678"], ["02-2345-6789"]),
        FieldChange("address", "台北市中山區南京東路二段100號", "台北市信義路五段7號"),
    )
    assert services.customers.files.get(office.staff, file.id).address == file.address  # pending
    assert [r.id for r in services.customers.files.change_requests(office.director)] == [request.id]

    decided = services.customers.files.approve(office.director, request.id, "checked by phone")
    after = services.customers.files.get(office.staff, file.id)
    assert (after.address, after.phones, after.version) == (
        "台北市信義路五段7號",
        ("02-2345-6789",),
        2,
    )
    assert (decided.status, decided.decided_by, decided.decision_note) == (
        ChangeStatus.APPROVED,
        "dora",
        "checked by phone",
    )
    latest = services.customers.files.history(office.staff, file.id)[-1]
    assert (latest.version, latest.kind, latest.by, latest.requested_by, latest.reason) == (
        2,
        RevisionKind.CHANGE_REQUEST,
        "dora",
        "stan",
        "moved",
    )
    assert services.customers.files.change_requests(office.director) == []
    trail = [(e.action, e.account) for e in audit_trail(services, office.gm, "customer.")]
    assert trail[-2:] == [("customer.request_change", "stan"), ("customer.approve_change", "dora")]


def test_a_refused_request_leaves_the_file_unchanged_R_CUS_4(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    request = services.customers.files.request_change(
        office.consultant, file.id, {"name": "林記"}, "short"
    )
    with pytest.raises(ChangeReasonRequired):
        services.customers.files.refuse(office.gm, request.id, " ")
    refused = services.customers.files.refuse(office.gm, request.id, "the legal name stays")
    assert (refused.status, refused.decision_note) == (ChangeStatus.REFUSED, "the legal name stays")
    assert services.customers.files.get(office.staff, file.id).name == "林記貿易有限公司"
    assert len(services.customers.files.history(office.staff, file.id)) == 1
    with pytest.raises(ChangeRequestDecided):
        services.customers.files.approve(office.director, request.id)
    assert audit_trail(services, office.gm, "customer.refuse_change")[0].account == "boss"


def test_staff_and_the_archivist_cannot_approve_R_CUS_4(services: Services, office: Office) -> None:
    file = register(services, office.archivist)[0]
    request = services.customers.files.request_change(
        office.staff, file.id, {"email": "x@y.tw"}, "new"
    )
    for actor in (office.staff, office.archivist, office.manager):
        with pytest.raises(PermissionDenied):
            services.customers.files.approve(actor, request.id)
    refusals = services.audit.page(office.gm, AuditFilter(action="permission.denied"), 0, 1)
    assert refusals[0].details["action"] == "customer.approve_change"


def test_nobody_approves_their_own_request_R_CUS_4(services: Services, office: Office) -> None:
    file = register(services, office.archivist)[0]
    request = services.customers.files.request_change(
        office.director, file.id, {"email": "x@y.tw"}, "new"
    )
    with pytest.raises(OwnRequestApproval):
        services.customers.files.approve(office.director, request.id)
    assert services.customers.files.approve(office.gm, request.id).status is ChangeStatus.APPROVED


def test_a_request_made_on_an_older_version_is_refused_as_stale_R_CUS_4(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    first = services.customers.files.request_change(
        office.staff, file.id, {"email": "a@b.tw"}, "new"
    )
    second = services.customers.files.request_change(
        office.consultant, file.id, {"email": "c@d.tw"}, "no"
    )
    services.customers.files.approve(office.director, first.id)
    with pytest.raises(StaleVersion) as stale:
        services.customers.files.approve(office.director, second.id)
    assert (stale.value.request_id, stale.value.expected_version, stale.value.current_version) == (
        second.id,
        1,
        2,
    )
    assert services.customers.files.get(office.staff, file.id).email == "a@b.tw"
    assert [r.id for r in services.customers.files.change_requests(office.director)] == [second.id]


def test_only_editable_fields_and_real_changes_are_requested_R_CUS_4(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    for field in ("grade", "archive_number", "status", "colour"):
        with pytest.raises(FieldNotEditable):
            services.customers.files.request_change(office.staff, file.id, {field: "x"}, "why")
    with pytest.raises(NothingToChange):
        services.customers.files.request_change(
            office.staff, file.id, {"name": " 林記貿易有限公司 "}, "same"
        )
    with pytest.raises(ChangeReasonRequired):
        services.customers.files.request_change(office.staff, file.id, {"name": "林記"}, "")
    with pytest.raises(CustomerNotFound):
        services.customers.files.request_change(office.staff, 999, {"name": "林記"}, "why")
    with pytest.raises(EntryBeforeEvent):  # R-CUS-5: the event cannot follow its entry
        services.customers.files.request_change(
            office.staff, file.id, {"event_date": date(2026, 11, 28)}, "typo"
        )


def test_direct_change_by_an_approver_is_recorded_as_direct_R_CUS_4(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    with pytest.raises(PermissionDenied):
        services.customers.files.change_directly(
            office.archivist, file.id, {"email": "a@b.tw"}, "fix"
        )
    with pytest.raises(StaleVersion):
        services.customers.files.change_directly(
            office.director, file.id, {"email": "a@b.tw"}, "fix", expected_version=0
        )
    changed = services.customers.files.change_directly(
        office.director, file.id, {"email": " A@B.TW "}, "customer called", expected_version=1
    )
    assert (changed.email, changed.version) == ("a@b.tw", 2)
    latest = services.customers.files.history(office.staff, file.id)[-1]
    assert (latest.kind, latest.by, latest.requested_by) == (RevisionKind.DIRECT, "dora", None)
    entry = audit_trail(services, office.gm, "customer.change_directly")[0]
    assert entry.details == {"version": 2, "fields": ["email"], "reason": "customer called"}


# --- history and voiding (R-CUS-3) -----------------------------------------------------------


def test_every_earlier_version_stays_readable_with_who_when_why_R_CUS_3(
    services: Services, office: Office, clock: Clock
) -> None:
    file = register(services, office.archivist)[0]
    clock.advance(hours=1)
    request = services.customers.files.request_change(
        office.staff, file.id, {"name": "林記貿易"}, "rename"
    )
    services.customers.files.approve(office.director, request.id)
    clock.advance(hours=1)
    services.customers.files.change_directly(
        office.gm, file.id, {"department": "台北二部"}, "transfer"
    )
    clock.advance(hours=1)
    services.customers.files.void(office.gm, file.id, "merged into another file")

    history = services.customers.files.history(office.staff, file.id)
    assert [(r.version, r.kind, r.by, r.reason) for r in history] == [
        (1, RevisionKind.REGISTERED, "ann", ""),
        (2, RevisionKind.CHANGE_REQUEST, "dora", "rename"),
        (3, RevisionKind.DIRECT, "boss", "transfer"),
        (4, RevisionKind.VOID, "boss", "merged into another file"),
    ]
    assert history[0].snapshot["name"] == "林記貿易有限公司"  # the first version, whole
    assert history[3].at > history[2].at > history[1].at > history[0].at
    assert services.customers.files.diff(office.staff, file.id, 1, 3) == (
        FieldChange("department", "台北一部", "台北二部"),
        FieldChange("name", "林記貿易有限公司", "林記貿易"),
    )
    assert services.customers.files.diff(office.staff, file.id, 3, 4) == (
        FieldChange("status", "active", "void"),
        FieldChange("void_reason", None, "merged into another file"),
    )
    with pytest.raises(VersionNotFound):
        services.customers.files.diff(office.staff, file.id, 1, 5)


def test_void_needs_a_reason_and_keeps_the_file_R_CUS_3(services: Services, office: Office) -> None:
    file = register(services, office.archivist)[0]
    with pytest.raises(ChangeReasonRequired):
        services.customers.files.void(office.director, file.id, "  ")
    with pytest.raises(PermissionDenied):
        services.customers.files.void(office.archivist, file.id, "duplicate")
    voided = services.customers.files.void(office.director, file.id, "duplicate of CS-2026-00009")
    assert (voided.status, voided.void_reason) == (
        CustomerStatus.VOID,
        "duplicate of CS-2026-00009",
    )
    kept = services.customers.files.get(office.staff, file.id)
    assert (kept.name, kept.archive_number) == (file.name, file.archive_number)
    with pytest.raises(CustomerVoided):
        services.customers.files.void(office.director, file.id, "again")
    with pytest.raises(CustomerVoided):
        services.customers.files.request_change(office.staff, file.id, {"name": "x"}, "why")


def test_every_change_of_a_file_is_audited_R_AUD_1(services: Services, office: Office) -> None:
    file = register(services, office.archivist)[0]
    request = services.customers.files.request_change(
        office.staff, file.id, {"email": "a@b.tw"}, "new"
    )
    services.customers.files.approve(office.director, request.id)
    request = services.customers.files.request_change(
        office.staff, file.id, {"email": "c@d.tw"}, "no"
    )
    services.customers.files.refuse(office.director, request.id, "wrong address")
    services.customers.files.change_directly(office.gm, file.id, {"email": "e@f.tw"}, "fix")
    services.customers.files.void(office.gm, file.id, "duplicate")
    trail = audit_trail(services, office.gm, "customer.")
    assert [(e.action, e.account, e.entity_id) for e in trail] == [
        ("customer.register", "ann", str(file.id)),
        ("customer.request_change", "stan", str(file.id)),
        ("customer.approve_change", "dora", str(file.id)),
        ("customer.request_change", "stan", str(file.id)),
        ("customer.refuse_change", "dora", str(file.id)),
        ("customer.change_directly", "boss", str(file.id)),
        ("customer.void", "boss", str(file.id)),
    ]
    assert trail[0].details["archive_number"] == "CS-2026-00001"
    assert services.audit.verify(office.gm).intact
