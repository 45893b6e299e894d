"""Realistic sample customer files for trying the app and for the benchmarks (`records-desk
demo --customers N`): zh_TW people and companies (Faker's zh_TW locale), Taiwan mobiles and
landlines as offices type them, valid 身分證字號 and 統一編號, departments, product lines,
every record type, grades within the R-GRD-2 quotas, a few void files, blacklist entries and
reviews. The same seed and count give the same data. One file's plan and content: demo_files.py.
Only the general manager fills, and only a database with no real customer files (every file
the demo made is counted in its demo.fill audit entry).

The files go through the checks and numbering every file takes (new_file's steps, as the
import's bulk path makes them: import_bulk.RowMaker and number_files, archive numbers issued
per category and year in entry order), entered over the past years so their numbers, versions
and entry times agree; they are written in batches of plain-tuple inserts with their first
versions and search-index rows (import_bulk.add_rows) and their data-quality problems
(quality_upkeep.refresh_problems), under store.bulk.bulk_write's larger page cache (issue 10
§3: 200,000 files in about 71 s of CPU). Blacklist entries, reviews and voids are written as
rows with the demo accounts as their deciders (they are sample history, not decisions made
now). One audit entry records the fill (R-AUD-2), in the same transaction as every file: killed
half-way, the fill leaves nothing.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.dates import add_months
from records_desk.domain.common.errors import DemoProblem, DemoRefused
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.blacklist import BlacklistScope, new_blacklist_entry
from records_desk.domain.customers.files import CustomerStatus, RevisionKind
from records_desk.domain.customers.grading import QuotaPolicy, allowed_count
from records_desk.domain.customers.reviews import ReviewPolicy
from records_desk.domain.customers.vocabulary import (
    Grade,
    RecordType,
    admission_required,
)
from records_desk.services.common import journal
from records_desk.services.common.accounts import AccountService
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers import quality_upkeep
from records_desk.services.customers.demo_files import FileMaker, Plan
from records_desk.services.customers.import_bulk import RowMaker, add_rows
from records_desk.services.customers.records import new_version
from records_desk.store.bulk import bulk_write
from records_desk.store.customers import (
    BlacklistEntry,
    Customer,
    GradeChange,
    Review,
)
from records_desk.store.models import Account, AuditEntry, Base

DEPARTMENTS = ("業務一部", "業務二部", "售後服務部", "行銷部", "大客戶部")
PRODUCT_LINES = ("冷氣", "除濕機", "空氣清淨機", "熱水器", "全熱交換器")
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType.CLOSED_SALES, RecordType.AFTER_SALES, RecordType.KEY_CUSTOMER,
    RecordType.CAMPAIGN, RecordType.INTERNAL,
)  # fmt: skip
RECORD_TYPE_WEIGHTS = (40, 25, 10, 20, 5)
# Wanted shares well under the caps (15 % VIP, 30 % preferred): the quota check still has
# the last word, so a small department never breaks a cap by chance.
GRADE_WISHES: tuple[Grade, ...] = (Grade.VIP, Grade.PREFERRED, Grade.QUALIFIED)
GRADE_WISH_WEIGHTS = (8, 20, 72)
BLACKLIST_REASONS = ("多次拖欠貨款", "惡意投訴並散布不實言論", "違反合約轉售產品", "提供不實資料")
VOID_REASONS = ("重複建檔", "客戶資料錯誤，重新建檔", "測試資料")
REVIEW_PROBLEMS = ("", "", "", "", "付款延遲兩次", "對售後服務不滿意")
YEARS_BACK = 6  # files entered over this many years before today
BATCH = 5_000  # files built, numbered and inserted at a time (memory stays flat)
DEMO_ACCOUNTS = (
    ("archivist", "林檔案", Role.ARCHIVIST),
    ("director", "陳總監", Role.CUSTOMER_DIRECTOR),
    ("sales1", "張業務", Role.CONSULTANT),
    ("sales2", "李業務", Role.CONSULTANT),
    ("sales3", "王業務", Role.CONSULTANT),
    ("sales4", "黃業務", Role.CONSULTANT),
)


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    voided: int
    blacklisted: int
    reviews: int
    grades: dict[str, int]
    seconds: float


class DemoData:
    """Fills a database with sample files (see the module docstring)."""

    def __init__(self, ctx: ServiceContext, codes: ArchiveCodes | None = None) -> None:
        self.ctx = ctx
        self.codes = codes or ArchiveCodes()

    def check_allowed(self, actor: Principal) -> Principal:
        """DemoRefused unless `actor` is the general manager (the refusal is audited) and the
        database holds no customer files but sample ones: sample files mixed into real ones
        could not be told apart any more."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_IMPORT)
        if actor.role is not Role.GENERAL_MANAGER:
            refused = DemoRefused(actor.username, DemoProblem.NOT_GENERAL_MANAGER)
            self.ctx.audit_refusal(actor.username, Action.CUSTOMER_IMPORT, refused)
            raise refused
        with self.ctx.uow.read() as uow:
            _refuse_real_files(uow.session, actor)
        return actor

    def fill(
        self,
        actor: Principal,
        customers: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> DemoSummary:
        """Add `customers` files entered by the demo archivist (the accounts must exist:
        `demo_accounts`), consultants from the demo accounts, in one transaction with their
        audit entry. Only as `check_allowed` says."""
        from faker import Faker  # only the demo needs it: kept out of start-up

        actor = self.check_allowed(actor)
        started = time.perf_counter()
        rnd = random.Random(seed)
        fake = Faker("zh_TW")
        fake.seed_instance(seed)
        now = self.ctx.now()
        today = office_day(now)
        with self.ctx.uow.read() as uow:
            accounts = {
                a.username: (a.id, a.full_name, a.role)
                for a in uow.session.scalars(select(Account).where(Account.active.is_(True)))
            }
        archivist = accounts.get("archivist")
        entering = (
            Principal(archivist[0], "archivist", archivist[1], Role.ARCHIVIST)
            if archivist
            else actor
        )
        consultants = [a[0] for a in accounts.values() if a[2] == Role.CONSULTANT.value]
        plans = _plan(rnd, customers, now, QuotaPolicy())
        made = FileMaker(rnd, fake, consultants, customers)
        # One transaction: the files, their history and the audit entry are kept together or
        # not at all (a kill half-way leaves nothing), R-AUD-1.
        with self.ctx.uow.write() as uow:
            session = uow.session
            _refuse_real_files(session, actor)  # again, under the write lock
            with bulk_write(session):  # a larger page cache while it fills (store.bulk)
                ids = self._add_files(session, plans, made, entering, progress)
                history = _history(session, rnd, ids, entering, actor, today, now)
                # The files went in around the ORM: their data-quality problems are worked out
                # here, once, with the reviews just written (quality_upkeep).
                everything = {customer_id for customer_id, _ in ids}
                quality_upkeep.refresh_problems(
                    session, everything | quality_upkeep.take_noted(session), fresh=True
                )
                journal.append(
                    session,
                    now,
                    actor.username,
                    AuditAction.DEMO_FILL,
                    f"filled {customers} sample customer files (seed {seed})",
                    details={"customers": customers, "seed": seed, **history},
                )
            uow.commit()
        grades = Counter(p.grade.value for p in plans if p.grade)
        return DemoSummary(
            customers=customers,
            voided=history["voided"],
            blacklisted=history["blacklisted"],
            reviews=history["reviews"],
            grades=dict(sorted(grades.items())),
            seconds=time.perf_counter() - started,
        )

    def _add_files(
        self,
        session: Session,
        plans: list[Plan],
        made: FileMaker,
        entering: Principal,
        progress: Callable[[int, int], None] | None,
    ) -> list[tuple[int, Plan]]:
        """The registering path in bulk, as the import writes (services/customers/import_bulk):
        each file built and checked as new_file does (RowMaker, entered at its plan's moment),
        numbered in entry order per category code and year (R-CUS-2), inserted with its first
        version (R-CUS-3) and its search-index rows in batches of plain-tuple inserts (no ORM
        object per file). Ids are issued above the highest, under the writer's lock."""
        ids: list[tuple[int, Plan]] = []
        total = len(plans)
        if not plans:
            return ids
        make = RowMaker(entering, plans[0].entered_at, self.codes)
        for start in range(0, total, BATCH):
            group = plans[start : start + BATCH]
            rows = [make(made.draft(p), p.grade, p.entered_at) for p in group]
            written = add_rows(session, rows, entering, self.codes, "", chunk=BATCH)
            ids += zip(written.customer_ids, group, strict=True)
            if progress is not None:
                progress(start + len(group), total)
        return ids


def _table(model: type[Base]) -> Table:
    """A model's table, for Core inserts (no ORM work per row)."""
    return cast(Table, model.__table__)


def _refuse_real_files(session: Session, actor: Principal) -> None:
    """Every customer file the demo made is counted in a demo.fill audit entry; files are never
    deleted, so any file beyond those counts was made otherwise: real data."""
    made = sum(
        int((details or {}).get("customers", 0))
        for details in session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == AuditAction.DEMO_FILL.value)
        )
    )
    real = (session.scalar(select(func.count(Customer.id))) or 0) - made
    if real > 0:
        raise DemoRefused(actor.username, DemoProblem.REAL_FILES, real)


def _plan(rnd: random.Random, count: int, now: datetime, policy: QuotaPolicy) -> list[Plan]:
    """Types, departments, lines, entry moments in order, voids and blacklistings; then grades
    within the caps of the final counts of every department and product line (R-GRD-2)."""
    span = YEARS_BACK * 365 * 86_400
    moments = sorted(rnd.randrange(span) for _ in range(count))
    plans = []
    for offset in moments:
        record_type = rnd.choices(RECORD_TYPES, RECORD_TYPE_WEIGHTS)[0]
        lines = tuple(rnd.sample(PRODUCT_LINES, rnd.choice((1, 1, 1, 2))))
        plans.append(
            Plan(
                record_type=record_type,
                department=rnd.choice(DEPARTMENTS),
                lines=lines,
                entered_at=now - timedelta(seconds=span - offset) - timedelta(minutes=1),
                void=rnd.random() < 0.01,
                blacklisted=rnd.random() < 0.004,
            )
        )
    counted = [p for p in plans if admission_required(p.record_type) and not p.void]
    totals: Counter[tuple[str, str | None]] = Counter()
    for p in counted:
        if not p.blacklisted:  # cleared customers leave the counts (五3.3)
            for key in _scopes(p):
                totals[key] += 1
    held: Counter[tuple[str, str | None, Grade]] = Counter()
    for p in counted:
        p.grade = Grade.QUALIFIED
        wish = rnd.choices(GRADE_WISHES, GRADE_WISH_WEIGHTS)[0]
        if wish is Grade.QUALIFIED or p.blacklisted:
            continue
        cap = policy.cap(wish)
        scopes = _scopes(p)
        if cap is not None and all(
            held[(*k, wish)] + 1 <= allowed_count(cap, totals[k]) for k in scopes
        ):
            p.grade = wish
            for k in scopes:
                held[(*k, wish)] += 1
    for p in plans:
        if admission_required(p.record_type) and p.grade is None:
            p.grade = Grade.QUALIFIED
    return plans


def _scopes(p: Plan) -> list[tuple[str, str | None]]:
    return [(p.department, None), *((p.department, line) for line in p.lines)]


def _history(
    session: Session,
    rnd: random.Random,
    ids: list[tuple[int, Plan]],
    entering: Principal,
    director: Principal,
    today: date,
    now: datetime,
) -> dict[str, int]:
    """Voids, blacklist entries in force, grade changes of the graded files and reviews
    (the rows but voids' in Core batches: no ORM object each)."""
    voided = blacklisted = reviews = 0
    rows: dict[type, list[dict[str, Any]]] = {BlacklistEntry: [], GradeChange: [], Review: []}
    for customer_id, plan in ids:
        if plan.void:
            customer = session.get(Customer, customer_id)
            assert customer is not None
            customer.status = CustomerStatus.VOID.value
            customer.void_reason = rnd.choice(VOID_REASONS)
            customer.voided_at = plan.entered_at + timedelta(days=1)
            customer.voided_by_id = director.account_id
            new_version(
                session, customer, director, customer.voided_at, customer.void_reason,
                RevisionKind.VOID,
            )  # fmt: skip
            voided += 1
            continue
        if plan.blacklisted:
            starts = today - timedelta(days=rnd.randrange(0, 150))
            entry = new_blacklist_entry(
                customer_id,
                BlacklistScope.COMPANY,
                None,
                rnd.choice(BLACKLIST_REASONS),
                starts,
                director.username,
            )
            rows[BlacklistEntry].append(
                dict(
                    customer_id=customer_id,
                    scope=entry.scope.value,
                    department=None,
                    reason=entry.reason,
                    starts_on=entry.starts_on,
                    expires_on=entry.expires_on,
                    decided_by_id=director.account_id,
                    decided_at=datetime.combine(starts, datetime.min.time(), UTC),
                )
            )
            blacklisted += 1
        if plan.grade not in (None, Grade.QUALIFIED):
            assert plan.grade is not None
            rows[GradeChange].append(
                dict(
                    customer_id=customer_id,
                    from_grade=Grade.QUALIFIED.value,
                    to_grade=plan.grade.value,
                    at=plan.entered_at,
                    changed_on=office_day(plan.entered_at),
                    by_id=director.account_id,
                    reason="年度評級",
                    breaches=[],
                )
            )
        if plan.grade is not None and rnd.random() < 0.3:
            reviewed = today - timedelta(days=rnd.randrange(1, 270))
            if reviewed > office_day(plan.entered_at):
                rows[Review].append(
                    dict(
                        customer_id=customer_id,
                        reviewed_on=reviewed,
                        scores={},
                        problems=rnd.choice(REVIEW_PROBLEMS),
                        result_grade=plan.grade.value,
                        next_due=add_months(reviewed, ReviewPolicy().review_months),
                        reviewer_id=director.account_id,
                        recorded_at=now,
                    )
                )
                reviews += 1
    for model, found in rows.items():
        if found:
            session.execute(insert(_table(model)), found)
    session.flush()
    return {"voided": voided, "blacklisted": blacklisted, "reviews": reviews}


def ensure_demo_accounts(accounts: AccountService, actor: Principal, password: str) -> list[str]:
    """The demo's archivist, director and consultants, made if missing (each with `password`
    as a temporary password to change at first sign-in). Returns the names made."""
    existing = {a.username for a in accounts.list(actor)}
    made = []
    for username, full_name, role in DEMO_ACCOUNTS:
        if username not in existing:
            accounts.create(actor, username, full_name, role, password)
            made.append(username)
    return made
