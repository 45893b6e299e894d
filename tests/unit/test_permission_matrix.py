"""R-ACC-2: every service action called as every role is either allowed or refused with
PermissionDenied, and refusals are audited."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.permissions import MATRIX, Action, Extract
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import (
    AdmissionChecklist,
    Grade,
    ProspectLevel,
    RecordType,
)
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from tests.conftest import GM_PASSWORD, make_user

ADMINS = {Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR}
# Actions every role may perform; every other action is for ADMINS only, plus GRANTED.
EVERYONE = {
    Action.FORM_PRINT,  # R-PRN: everyone prints slips and blank forms
    Action.CUSTOMER_VIEW,  # 一篇 第二章2: 各部門有查閱的權限
    Action.CUSTOMER_REQUEST_CHANGE,  # R-CUS-4: staff may file a change request
    Action.LOAN_VIEW,  # 一篇 第六章: everyone sees what is out, with whom, until when
    Action.MEDIA_VIEW,  # the inventory: which media the company has, who holds which
    Action.EXTRACT_REQUEST,  # 一篇 第二章2: anyone asks the customer department for an extract
}
GRANTED: dict[Action, set[Role]] = {
    Action.CUSTOMER_REGISTER: {Role.ARCHIVIST},  # the customer department enters files
    Action.GRADE_CHANGE: {Role.SALES_MANAGER},  # 五2-3: each sales department grades
    Action.REVIEW_RECORD: {Role.SALES_MANAGER},  # 五3.2: and reviews
    Action.PROSPECT_SET: {Role.SALES_MANAGER, Role.CONSULTANT},  # R-GRD-6
    Action.VISIT_RECORD: {Role.SALES_MANAGER, Role.CONSULTANT},  # 五7.2a
    Action.EVALUATION_RECORD: {Role.SALES_MANAGER},  # 五1.3
    Action.SURVEY_RECORD: {Role.SALES_MANAGER, Role.CONSULTANT},  # 五7.1
    Action.QUALITY_VIEW: {Role.ARCHIVIST, Role.SALES_MANAGER},  # 三篇6
    Action.QUALITY_DISMISS: {Role.ARCHIVIST},
    Action.CUSTOMER_IMPORT: {Role.ARCHIVIST},  # batch entry is registering
    # 一篇 第二章2 (如需要更改或提取,需向客戶部提出申請) and 第五章2: customer data leaves the
    # office through the customer department; the sales manager asks it for the SMS list.
    Action.CUSTOMER_DATA_EXPORT: {Role.ARCHIVIST},
    # 一篇 第六章2-3: the archivist registers loans and takes files back (R-LOAN).
    Action.LOAN_LEND: {Role.ARCHIVIST},
    Action.LOAN_RETURN: {Role.ARCHIVIST},
    # 第四篇: the sales office's reception (R-REC); consultants register and follow up their own.
    Action.RECEPTION_VIEW: {Role.RECEPTION_CLERK, Role.SALES_MANAGER, Role.CONSULTANT},
    Action.RECEPTION_DESK: {Role.RECEPTION_CLERK, Role.SALES_MANAGER},
    Action.RECEPTION_SUPERVISE: {Role.SALES_MANAGER},  # R-REC-1, R-REC-3
    Action.RECEPTION_REGISTER: {Role.RECEPTION_CLERK, Role.SALES_MANAGER, Role.CONSULTANT},
    Action.RECEPTION_ENQUIRY: {Role.RECEPTION_CLERK, Role.SALES_MANAGER, Role.CONSULTANT},
    Action.RECEPTION_REVIEW: {Role.RECEPTION_CLERK},  # R-REC-11: the clerk's review
    # 五1: deals recorded by the sheet's clerk and consultants (their own); 四2, 五7F: managers
    # decide the split.
    Action.RECEPTION_DEAL: {Role.RECEPTION_CLERK, Role.SALES_MANAGER, Role.CONSULTANT},
    Action.RECEPTION_DECIDE: {Role.SALES_MANAGER},
    # 三篇1 第三-四條, 第八條: the archivist numbers, prepares, lends and disposes of media.
    Action.MEDIA_REGISTER: {Role.ARCHIVIST},
    Action.MEDIA_PREPARE: {Role.ARCHIVIST},
    Action.MEDIA_ISSUE: {Role.ARCHIVIST},
    Action.MEDIA_REPAIR: {Role.ARCHIVIST},
    Action.MEDIA_DISPOSE: {Role.ARCHIVIST},
    Action.MEDIA_STOCKTAKE: {Role.ARCHIVIST},
    # 三篇1 第三條 必須征得部門同意: a department's head consents to lending its media.
    Action.MEDIA_CONSENT: {Role.SALES_MANAGER},
    # 三篇1 第三條 and 一篇 第五章2: a copy of the inventory leaves through the archivist.
    Action.MEDIA_EXPORT: {Role.ARCHIVIST},
    # 第一篇 第五章, 三篇5: the records office makes and checks the backups (R-BAK-1).
    Action.BACKUP_MAKE: {Role.ARCHIVIST},
}
# Actions of the general manager alone (not the customer director).
MANAGER_ONLY = {
    Action.DATA_PURGE,  # 三篇 六(六): a purge of old data needs the GM's approval (R-BAK-4)
    Action.KEY_SHEET,  # 第一篇 第四章1, 三篇5: the key to every backup is the manager's alone
    Action.OFFICE_MOVE,  # 第一篇 第四章1: every record and the key onto a server (issue 15 §5)
}


def allowed(role: Role, action: Action) -> bool:
    if action in MANAGER_ONLY:
        return role is Role.GENERAL_MANAGER
    return role in ADMINS or action in EVERYONE or role in GRANTED.get(action, set())


def customer(s: Services, gm: Principal, owner: Principal | None = None, peers: int = 0) -> int:
    """A closed-sales file registered by the manager (with `peers` more in its department,
    so a grade change stays within the quota); `owner` its consultant."""
    draft = CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name="林記貿易",
        department="台北一部",
        phones=("0912-345-678",),
        consultant_id=owner.account_id if owner else None,
        admission=AdmissionChecklist.all_met(),
        event_date=date(2026, 11, 26),
    )
    for _ in range(peers):
        s.customers.files.register(gm, draft)
    return s.customers.files.register(gm, draft).id


def import_call(s: Services, p: Principal, gm: Principal) -> Any:
    from openpyxl import Workbook

    folder = Path(tempfile.mkdtemp())
    wb = Workbook()
    wb.active.append(["客戶名稱", "錄入資料類型", "部門"])
    wb.active.append([f"內部 {p.username}", "公司內部資料", "總部"])
    wb.save(folder / "list.xlsx")
    return s.customers.imports.commit(p, folder / "list.xlsx")


def export_call(s: Services, p: Principal, gm: Principal) -> Any:
    from records_desk.services.customers.search import CustomerQuery

    return s.customers.exports.export_customers(
        p, CustomerQuery(), Path(tempfile.mkdtemp()) / "out.xlsx"
    )


def approve_call(s: Services, p: Principal, gm: Principal) -> Any:
    requester = make_user(s, gm, "requester", Role.STAFF)
    request = s.customers.files.request_change(
        requester, customer(s, gm), {"email": "a@b.tw"}, "typo"
    )
    return s.customers.files.approve(p, request.id)


def lent_file(s: Services, gm: Principal) -> str:
    """A file registered and lent to a staff account by the general manager."""
    make_user(s, gm, "borrower", Role.STAFF)
    archive_number = s.customers.files.get(gm, customer(s, gm)).archive_number
    s.loans.lending.lend(gm, [archive_number], "borrower", "check")
    return archive_number


def external_loan(s: Services, gm: Principal) -> str:
    from records_desk.domain.loans.lending import external_borrower

    archive_number = s.customers.files.get(gm, customer(s, gm)).archive_number
    visitor = external_borrower("林律師", "大成法律事務所")
    return s.loans.lending.lend(gm, [archive_number], visitor, "due diligence").number


def medium(s: Services, gm: Principal, prepared: bool = False) -> str:
    """A USB stick registered (and prepared) by the general manager, by number."""
    from records_desk.domain.media.evidence import Encryption, SecurityLabel, VirusCheck
    from records_desk.domain.media.vocabulary import MediumType, VirusResult
    from records_desk.services.media.dto import MediumDraft

    number = s.media.inventory.register(gm, MediumDraft(MediumType.USB, "客戶部")).number
    if prepared:
        check = VirusCheck("ClamAV", date(2026, 11, 26), VirusResult.CLEAN)
        s.media.inventory.apply(
            gm, number, [SecurityLabel(), Encryption("VeraCrypt", "1.26"), check]
        )
    return number


def media_step(action: str, **fields: Any) -> Any:
    from records_desk.domain.media import evidence

    return getattr(evidence, action)(**fields)


def repair_call(s: Services, p: Principal, gm: Principal) -> Any:
    s.media.options.set_repair_units(gm, ["資訊科"])
    step = media_step(
        "RepairSend", unit="資訊科", backed_up=True, wiped=True, sent_on=date(2026, 11, 27)
    )
    return s.media.inventory.apply(p, medium(s, gm, prepared=True), [step])


def issue_call(approver: str | None) -> Callable[[Services, Principal, Principal], Any]:
    def call(s: Services, p: Principal, gm: Principal) -> Any:
        actor, consenting = (gm, p.username) if approver is None else (p, approver)
        step = media_step("Issue", to="target", approved_by=consenting, due=date(2026, 12, 10))
        return s.media.inventory.apply(actor, medium(s, gm, prepared=True), [step])

    return call


# One call per service action, with what it needs set up by the general manager (`gm`); the
# account target is an archivist account any admin may manage.
CALLS: dict[Action, Callable[[Services, Principal, Principal], Any]] = {
    Action.ACCOUNT_LIST: lambda s, p, gm: s.accounts.list(p),
    Action.ACCOUNT_CREATE: lambda s, p, gm: s.accounts.create(
        p, f"new-{p.username}", "New", Role.STAFF, "temporary-pw"
    ),
    Action.ACCOUNT_DISABLE: lambda s, p, gm: s.accounts.disable(p, "target", "test"),
    Action.ACCOUNT_ENABLE: lambda s, p, gm: s.accounts.enable(p, "target", "test"),
    Action.ACCOUNT_RESET_PASSWORD: lambda s, p, gm: s.accounts.reset_password(
        p, "target", "temporary-pw2"
    ),
    Action.ACCOUNT_CHANGE_ROLE: lambda s, p, gm: s.accounts.change_role(p, "target", Role.STAFF),
    Action.AUDIT_READ: lambda s, p, gm: s.audit.page(p, AuditFilter(), 0, 10),
    Action.AUDIT_VERIFY: lambda s, p, gm: s.audit.verify(p),
    Action.FORM_PRINT: lambda s, p, gm: s.printing.render(p, "loan_slip"),
    Action.CUSTOMER_VIEW: lambda s, p, gm: s.customers.files.get(p, customer(s, gm)),
    Action.CUSTOMER_REGISTER: lambda s, p, gm: s.customers.files.register(
        p, CustomerDraft(record_type=RecordType.INTERNAL, name="行政部", department="總部")
    ),
    Action.CUSTOMER_REQUEST_CHANGE: lambda s, p, gm: s.customers.files.request_change(
        p, customer(s, gm), {"address": "台北市信義路五段7號"}, "moved"
    ),
    Action.CUSTOMER_APPROVE_CHANGE: approve_call,
    Action.CUSTOMER_CHANGE_DIRECTLY: lambda s, p, gm: s.customers.files.change_directly(
        p, customer(s, gm), {"address": "台北市信義路五段7號"}, "moved"
    ),
    Action.CUSTOMER_VOID: lambda s, p, gm: s.customers.files.void(p, customer(s, gm), "duplicate"),
    Action.GRADE_CHANGE: lambda s, p, gm: s.customers.grading.change_grade(
        p, customer(s, gm, peers=3), Grade.PREFERRED, "good year"
    ),
    Action.GRADE_OVERRIDE: lambda s, p, gm: s.customers.grading.change_grade(
        p, customer(s, gm), Grade.VIP, "strategic", override_reason="board decision"
    ),
    Action.PROSPECT_SET: lambda s, p, gm: s.customers.grading.set_prospect_level(
        p, customer(s, gm, owner=p), ProspectLevel.A
    ),
    Action.BLACKLIST_MANAGE: lambda s, p, gm: s.customers.blacklist.add(
        p, customer(s, gm), BlacklistScope.COMPANY, None, "unpaid invoices"
    ),
    Action.REVIEW_RECORD: lambda s, p, gm: s.customers.reviews.record_review(
        p, customer(s, gm), date(2026, 11, 20), {"payment": 8}
    ),
    Action.VISIT_RECORD: lambda s, p, gm: s.customers.reviews.record_visit(
        p, customer(s, gm), date(2026, 11, 20), "talked about next year's order"
    ),
    Action.EVALUATION_RECORD: lambda s, p, gm: s.customers.evaluations.record_evaluation(
        p, customer(s, gm), date(2026, 11, 20), dict.fromkeys(s.customers.evaluations.weights, 7)
    ),
    Action.SURVEY_RECORD: lambda s, p, gm: s.customers.evaluations.record_survey(
        p, customer(s, gm), date(2026, 11, 20), {"basic": "licences in order"}
    ),
    Action.SPOT_CHECK: lambda s, p, gm: (
        customer(s, gm),
        s.customers.spot_checks.draw(p, date(2026, 11, 27)),
    ),
    Action.QUALITY_VIEW: lambda s, p, gm: s.customers.quality.report(p),
    Action.QUALITY_DISMISS: lambda s, p, gm: s.customers.quality.dismiss_duplicate(
        p, customer(s, gm), customer(s, gm), "two branches of one chain"
    ),
    Action.CUSTOMER_IMPORT: import_call,
    Action.CUSTOMER_DATA_EXPORT: export_call,
    Action.OFFICE_SETTINGS: lambda s, p, gm: s.customers.office.change(p, sample_size=12),
    Action.LOAN_VIEW: lambda s, p, gm: s.loans.register.overdue_count(p),
    Action.LOAN_LEND: lambda s, p, gm: s.loans.lending.lend(
        p, [s.customers.files.get(gm, customer(s, gm)).archive_number], "target", "check"
    ),
    Action.LOAN_RETURN: lambda s, p, gm: s.loans.returns.take_back(p, [lent_file(s, gm)]),
    Action.LOAN_APPROVE: lambda s, p, gm: s.loans.lending.approve(p, external_loan(s, gm)),
    Action.LOAN_DEPUTY: lambda s, p, gm: s.loans.deputies.appoint(
        p, "target-staff", date(2026, 12, 1), date(2026, 12, 5)
    ),
    Action.MEDIA_VIEW: lambda s, p, gm: s.media.register.show(p, medium(s, gm)),
    Action.MEDIA_REGISTER: lambda s, p, gm: medium(s, p),
    Action.MEDIA_PREPARE: lambda s, p, gm: s.media.inventory.apply(
        p, medium(s, gm), [media_step("SecurityLabel")]
    ),
    Action.MEDIA_ISSUE: issue_call("boss"),
    Action.MEDIA_REPAIR: repair_call,
    Action.MEDIA_DISPOSE: lambda s, p, gm: s.media.inventory.apply(
        p,
        medium(s, gm),
        [media_step("Disposal", method="wipe+destroy", on=date(2026, 11, 27), witness="target")],
    ),
    Action.MEDIA_STOCKTAKE: lambda s, p, gm: s.media.stocktakes.start(p),
    # The approver is named, not signed in: refused (and audited) in the approver's name.
    Action.MEDIA_CONSENT: issue_call(None),
    Action.MEDIA_EXPORT: lambda s, p, gm: s.media.exchange.export(
        p, Path(tempfile.mkdtemp()) / "media.xlsx"
    ),
    Action.BACKUP_MAKE: lambda s, p, gm: s.backup.backups.make(p, to=Path(tempfile.mkdtemp())),
    Action.BACKUP_RESTORE: lambda s, p, gm: s.backup.restore.restore(
        p, s.backup.backups.make(gm, to=Path(tempfile.mkdtemp())).path
    ),
    Action.DATA_PURGE: lambda s, p, gm: s.backup.purge.preview(p, 3),
    Action.EXTRACT_REQUEST: lambda s, p, gm: s.backup.extracts.request(
        p, Extract.SMS_LIST, "holiday greetings"
    ),
    # 第五章2: the general manager or the director approves (EXTRACT_APPROVE is ADMINS only).
    Action.EXTRACT_APPROVE: lambda s, p, gm: s.backup.extracts.approve(
        p,
        s.backup.extracts.request(
            make_user(s, gm, "asker", Role.STAFF), Extract.SMS_LIST, "why"
        ).id,
    ),
    Action.KEY_SHEET: lambda s, p, gm: s.backup.key_sheet.print_sheet(
        p, GM_PASSWORD, Path(tempfile.mkdtemp()) / "key.pdf"
    ),
}


def reception_consultant(s: Services, gm: Principal, signed_in: bool = False) -> str:
    make_user(s, gm, "target-consultant", Role.CONSULTANT)
    if signed_in:
        s.reception.day.sign_in(gm, "target-consultant")
    return "target-consultant"


def reception_register(s: Services, p: Principal, gm: Principal) -> Any:
    from records_desk.domain.reception.vocabulary import Visitor

    owner = reception_consultant(s, gm)
    mine = p.role is Role.CONSULTANT
    return s.reception.registrations.register(
        p, Visitor("王一", "0911000001"), None if mine else owner
    )


def reception_enquiry(s: Services, p: Principal, gm: Principal) -> Any:
    from records_desk.domain.reception.vocabulary import Visitor

    owner = reception_consultant(s, gm)
    return s.reception.sheet.log_enquiry(p, Visitor("林三", "0933000003"), owner)


CALLS[Action.RECEPTION_VIEW] = lambda s, p, gm: s.reception.day.state(p)
CALLS[Action.RECEPTION_DESK] = lambda s, p, gm: s.reception.day.sign_in(
    p, reception_consultant(s, gm)
)
CALLS[Action.RECEPTION_SUPERVISE] = lambda s, p, gm: s.reception.day.cancel_turn(
    p, reception_consultant(s, gm, signed_in=True), "未按規範著裝"
)
CALLS[Action.RECEPTION_REGISTER] = reception_register
CALLS[Action.RECEPTION_ENQUIRY] = reception_enquiry
CALLS[Action.RECEPTION_REVIEW] = lambda s, p, gm: s.reception.sheet.close(p)


def reception_deal(s: Services, p: Principal, gm: Principal) -> Any:
    from records_desk.domain.reception.vocabulary import Visitor
    from records_desk.services.reception.disputes import DealDraft

    closer = p.username if p.role is Role.CONSULTANT else reception_consultant(s, gm)
    draft = DealDraft(Visitor("王一", "0922000001"), date(2026, 11, 27), closer)
    return s.reception.disputes.record(p, draft)


def reception_decide(s: Services, p: Principal, gm: Principal) -> Any:
    return s.reception.disputes.decide(p, reception_deal(s, gm, gm).id)


CALLS[Action.RECEPTION_DEAL] = reception_deal


def move_call(s: Services, p: Principal, gm: Principal) -> Any:
    """The permission is checked before anything else: an allowed move meets no server here
    (ServerUnavailable), or starts from a server office (NotAFileOffice); a refused one never
    tries."""
    from records_desk.domain.common.errors import ServerUnavailable
    from records_desk.domain.common.move_errors import NotAFileOffice
    from records_desk.services.common.move import MoveService
    from records_desk.store.keystore import KeyStore

    mover = MoveService(s.ctx, s.database, KeyStore(Path(tempfile.mkdtemp())))
    with contextlib.suppress(ServerUnavailable, NotAFileOffice):  # on a server office: no move
        mover.move_to(p, "postgresql://nobody@/none?host=/nonexistent-folder")


CALLS[Action.OFFICE_MOVE] = move_call
CALLS[Action.RECEPTION_DECIDE] = reception_decide


def test_every_action_has_a_call_in_this_test() -> None:
    assert set(CALLS) == set(Action) == set(MATRIX)


def test_the_matrix_grants_exactly_what_this_test_expects_R_ACC_2() -> None:
    for action in Action:
        assert MATRIX[action] == {r for r in Role if allowed(r, action)}, action


@pytest.mark.parametrize("role", list(Role), ids=lambda r: r.value)
@pytest.mark.parametrize("action", list(Action), ids=lambda a: a.value)
def test_each_role_each_action_R_ACC_2(
    services: Services, principals: dict[Role, Principal], gm: Principal, role: Role, action: Action
) -> None:
    make_user(services, gm, "target", Role.ARCHIVIST)
    if action is Action.LOAN_DEPUTY:
        make_user(services, gm, "target-staff", Role.STAFF)  # a deputy is no archivist
    actor = principals[role]
    if allowed(role, action):
        CALLS[action](services, actor, gm)  # allowed: no exception
        return
    before = services.audit.count(gm, AuditFilter(action="permission.denied"))
    with pytest.raises(PermissionDenied):
        CALLS[action](services, actor, gm)
    refusals = services.audit.page(gm, AuditFilter(action="permission.denied"), 0, 1)
    assert services.audit.count(gm, AuditFilter(action="permission.denied")) == before + 1
    assert refusals[0].account == actor.username
    assert refusals[0].details["action"] == action.value


def test_role_change_takes_effect_at_once_R_ACC_2(services: Services, gm: Principal) -> None:
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    services.accounts.list(director)
    services.accounts.change_role(gm, "dora", Role.STAFF)
    with pytest.raises(PermissionDenied):
        services.accounts.list(director)  # the stale Principal still says director


def test_disabled_account_is_refused_even_with_an_open_session_R_ACC_4(
    services: Services, gm: Principal
) -> None:
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    services.accounts.disable(gm, "dora", "left")
    with pytest.raises(AccountDisabled):
        services.accounts.list(director)


def test_demoted_manager_cannot_create_managers_with_an_old_session_R_ACC_2(
    services: Services, gm: Principal
) -> None:
    second = make_user(services, gm, "boss2", Role.GENERAL_MANAGER)
    services.accounts.change_role(gm, "boss2", Role.CUSTOMER_DIRECTOR)
    assert second.role is Role.GENERAL_MANAGER  # the stale session still says manager
    with pytest.raises(PermissionDenied):
        services.accounts.create(second, "boss3", "Boss 3", Role.GENERAL_MANAGER, "temporary-pw")
    with pytest.raises(PermissionDenied):
        services.accounts.disable(second, "boss")
    services.accounts.create(second, "ann", "Ann", Role.ARCHIVIST, "temporary-pw")
