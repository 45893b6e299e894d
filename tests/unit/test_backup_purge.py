"""R-BAK-4: the general manager purges void customer files and finished loans older than N
years, half-yearly, after a fresh backup checked whole; audited by counts and numbers; the
audit log never purged and archive numbers never given again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from records_desk.domain.backup import purge as rule
from records_desk.domain.backup.purge import PurgeProblem, PurgeRefused
from records_desk.domain.common.errors import DiskFull, PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.services.backup.backups import BackupService
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerDraft
from records_desk.store.models import AuditEntry
from tests.conftest import Clock, make_user

T0 = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
LATER = datetime(2029, 12, 1, 9, 0, tzinfo=UTC)  # three years and a few days after T0


def register(s: Services, gm: Principal, name: str) -> tuple[int, str]:
    draft = CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name=name,
        department="台北一部",
        phones=("0912-345-678",),
        admission=AdmissionChecklist.all_met(),
        event_date=date(2026, 11, 26),
    )
    info = s.customers.files.register(gm, draft)
    return info.id, info.archive_number


@dataclass
class Office:
    old_void: str  # voided at T0, never lent: goes
    lent_void: str  # lent and returned at T0, then voided: goes with its loan
    kept_void: str  # voided at T0 but named by a loan still open: stays
    young_void: str  # voided two years after T0: stays
    active: str  # never voided: stays
    old_loan: str  # closed at T0: goes
    open_loan: str  # still out: stays
    young_loan: str  # closed two years after T0: stays


def office(s: Services, gm: Principal, clock: Clock) -> Office:
    make_user(s, gm, "borrower", Role.STAFF)
    clock.now = T0
    files = {name: register(s, gm, name) for name in ("甲", "乙", "丙", "丁", "戊")}
    s.customers.files.void(gm, files["甲"][0], "重複建檔")
    old_loan = s.loans.lending.lend(gm, [files["乙"][1]], "borrower", "check").number
    s.loans.returns.take_back(gm, [files["乙"][1]])
    s.customers.files.void(gm, files["乙"][0], "重複建檔")
    open_loan = s.loans.lending.lend(gm, [files["丙"][1]], "borrower", "check").number
    s.customers.files.void(gm, files["丙"][0], "重複建檔")
    young_loan = s.loans.lending.lend(gm, [files["戊"][1]], "borrower", "check").number
    clock.now = datetime(2028, 11, 27, 9, 0, tzinfo=UTC)
    s.customers.files.void(gm, files["丁"][0], "客戶註銷")
    s.loans.returns.take_back(gm, [files["戊"][1]])
    clock.now = LATER
    return Office(
        old_void=files["甲"][1],
        lent_void=files["乙"][1],
        kept_void=files["丙"][1],
        young_void=files["丁"][1],
        active=files["戊"][1],
        old_loan=old_loan,
        open_loan=open_loan,
        young_loan=young_loan,
    )


def audit_rows(s: Services) -> list[tuple[int, str, str]]:
    with s.ctx.uow.read() as uow:
        rows = uow.session.execute(
            select(AuditEntry.seq, AuditEntry.action, AuditEntry.hash).order_by(AuditEntry.seq)
        ).all()
    return [tuple(r) for r in rows]


FTS = {
    "customer_search_trigram",
    "customer_search_gram",
    "customer_search_void_trigram",
    "customer_search_void_gram",
}


def tables_naming(s: Services, customer_ids: set[int]) -> list[str]:
    """Every table (FTS shadow tables aside) with a customer_id column naming one of IDS."""
    found = []
    with s.ctx.uow.read() as uow:
        names = uow.session.scalars(
            text("SELECT name FROM sqlite_master WHERE type = 'table'")
        ).all()
        for name in names:
            columns = {r[1] for r in uow.session.execute(text(f"PRAGMA table_info('{name}')"))}
            column = "customer_id" if "customer_id" in columns else None
            if name == "customer":
                column = "id"
            if name in FTS:
                column = "rowid"
            if column is None:
                continue
            hits = uow.session.execute(
                text(
                    f'SELECT count(*) FROM "{name}" WHERE {column} IN ({",".join(map(str, customer_ids))})'
                )
            ).scalar_one()
            if hits:
                found.append(name)
    return found


def test_preview_lists_exactly_the_void_files_and_closed_loans_older_than_the_cutoff_R_BAK_4(
    services: Services, gm: Principal, clock: Clock
) -> None:
    o = office(services, gm, clock)
    plan = services.backup.purge.preview(gm, 3)
    assert plan.cutoff == datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    assert plan.purged == {"loans": (o.old_loan,), "customer_files": (o.old_void, o.lent_void)}
    assert plan.counts == {"loans": 1, "customer_files": 2}
    assert plan.last_purge is None and plan.next_allowed is None


@pytest.mark.sqlite_only(
    reason="opens the backup file with SQLCipher (a server office: test_postgres_backup)"
)
def test_purge_takes_a_checked_backup_first_then_removes_them_and_audits_numbers_R_BAK_4(
    services: Services, gm: Principal, clock: Clock
) -> None:
    o = office(services, gm, clock)
    with services.ctx.uow.read() as uow:
        going_ids = set(
            uow.session.scalars(
                text("SELECT id FROM customer WHERE archive_number IN (:a, :b)"),
                {"a": o.old_void, "b": o.lent_void},
            )
        )
    named = {"customer", "customer_revision", "customer_search", "customer_search_void_trigram"}
    assert named | {"loan_item"} <= set(tables_naming(services, going_ids))
    before = audit_rows(services)
    result = services.backup.purge.run(gm, 3)
    assert result.purged == {"loans": (o.old_loan,), "customer_files": (o.old_void, o.lent_void)}
    # The backup was made first, is whole, and still holds what went.
    assert result.backup.is_file() and "before-purge" in result.backup.name
    manifest = services.backup.backups.check(result.backup)
    assert manifest.tables["customer"] == 5 and manifest.tables["loan"] == 3
    # Gone, with every row naming them; the rest stays.
    assert tables_naming(services, going_ids) == []
    plan = services.backup.purge.preview(gm, 3)
    assert plan.purged == {"loans": (), "customer_files": ()}
    with services.ctx.uow.read() as uow:
        left = set(uow.session.scalars(text("SELECT archive_number FROM customer")))
        loans = set(uow.session.scalars(text("SELECT number FROM loan")))
    assert left == {o.kept_void, o.young_void, o.active}
    assert loans == {o.open_loan, o.young_loan}
    # The log is untouched but for the new entries, and its chain holds.
    after = audit_rows(services)
    assert after[: len(before)] == before
    added = [action for _seq, action, _hash in after[len(before) :]]
    assert added[0] == "backup.made" and added[-1] == "data.purged"
    assert services.audit.verify(gm).intact
    with services.ctx.uow.read() as uow:
        details = uow.session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "data.purged")
        ).one()
    assert details["counts"] == {"loans": 1, "customer_files": 2}
    assert details["numbers"] == {
        "loans": [o.old_loan],
        "customer_files": [o.old_void, o.lent_void],
    }
    assert details["backup"] == result.backup.name
    assert "甲" not in str(details) and "重複建檔" not in str(details)


def test_a_failing_backup_purges_nothing_R_BAK_4(
    services: Services, gm: Principal, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    office(services, gm, clock)
    plan = services.backup.purge.preview(gm, 3)

    def full(self: BackupService, *args: object, **kwargs: object) -> None:
        raise DiskFull(Path("/backups"))

    monkeypatch.setattr(BackupService, "make", full)
    with pytest.raises(DiskFull):
        services.backup.purge.run(gm, 3)
    assert services.backup.purge.preview(gm, 3).purged == plan.purged
    assert "data.purged" not in {action for _s, action, _h in audit_rows(services)}


def test_a_purged_archive_number_is_never_given_again_R_BAK_4(
    services: Services, gm: Principal, clock: Clock
) -> None:
    clock.now = T0
    numbers = [register(services, gm, f"客戶{i}") for i in range(3)]
    for file_id, _number in numbers:
        services.customers.files.void(gm, file_id, "重複建檔")
    clock.now = LATER
    purged = services.backup.purge.run(gm, 3).purged["customer_files"]
    assert set(purged) == {number for _id, number in numbers}
    clock.now = T0  # the same year as the purged numbers: their sequence goes on
    _id, again = register(services, gm, "新客戶")
    assert again not in purged
    assert again > max(purged)


def test_only_the_general_manager_may_purge_R_BAK_4(
    services: Services, gm: Principal, clock: Clock, principals: dict[Role, Principal]
) -> None:
    office(services, gm, clock)
    for role, principal in principals.items():
        if role is Role.GENERAL_MANAGER:
            continue
        with pytest.raises(PermissionDenied):
            services.backup.purge.run(principal, 3)
    assert "data.purged" not in {action for _s, action, _h in audit_rows(services)}
    assert services.backup.purge.preview(gm, 3).counts == {"loans": 1, "customer_files": 2}


def test_a_second_purge_within_six_months_is_refused_R_BAK_4(
    services: Services, gm: Principal, clock: Clock
) -> None:
    office(services, gm, clock)
    services.backup.purge.run(gm, 3)
    clock.advance(days=180)
    with pytest.raises(PurgeRefused) as refused:
        services.backup.purge.run(gm, 3)
    assert refused.value.problem is PurgeProblem.TOO_SOON
    assert refused.value.next_allowed == datetime(2030, 6, 1, 9, 0, tzinfo=UTC)
    assert services.backup.purge.preview(gm, 3).next_allowed == refused.value.next_allowed
    clock.now = datetime(2030, 6, 1, 9, 0, tzinfo=UTC)
    services.backup.purge.run(gm, 3)


def test_fewer_years_than_the_regulations_keep_is_refused_R_BAK_4(
    services: Services, gm: Principal
) -> None:
    with pytest.raises(PurgeRefused) as refused:
        services.backup.purge.preview(gm, rule.MIN_YEARS - 1)
    assert refused.value.problem is PurgeProblem.TOO_RECENT


def test_the_cutoff_is_the_same_day_n_years_before_R_BAK_4() -> None:
    leap = datetime(2032, 2, 29, 12, 0, tzinfo=UTC)
    assert rule.cutoff(leap, 3) == datetime(2029, 2, 28, 12, 0, tzinfo=UTC)
    assert rule.next_allowed(datetime(2030, 8, 31, tzinfo=UTC)) == datetime(2031, 2, 28, tzinfo=UTC)
