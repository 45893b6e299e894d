"""The sample loan history itself (services/loans/demo.py fills the register with it): the
people, the mix of loans and their files, and `HistoryMaker`, which makes the loans in time order,
batch after batch, through the loan rules' own checks (demo.py's docstring says what it makes
and why)."""

from __future__ import annotations

import bisect
import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from typing import Any, cast

from sqlalchemy import Table, column, func, select, table
from sqlalchemy.orm import Session

from records_desk.domain.common.roles import Role
from records_desk.domain.loans import lending as rules
from records_desk.domain.loans.errors import FileAlreadyOut, FileVoid
from records_desk.domain.loans.lending import FileOnRecord, OutOn
from records_desk.domain.loans.numbers import format_loan_number
from records_desk.domain.loans.returns import check_return
from records_desk.domain.loans.vocabulary import Condition, LoanKind, LoanStatus
from records_desk.services.common.dto import Principal
from records_desk.services.loans.records import borrower_label
from records_desk.store.loans import Loan, LoanItem, LoanSequence
from records_desk.store.models import Account, UTCDateTime

# The customer files as the demo draws them (the core table; features do not import each other).
_FILES = table(
    "customer",
    column("id"),
    column("archive_number"),
    column("status"),
    column("shelf_location"),
    column("entered_at", UTCDateTime()),
)

BATCH = 50_000  # loans built and inserted at a time
PER_YEAR = 600_000  # loans a year at most: numbers stay within L-YYYY-999999
EXTERNAL = 0.05
TAKE_OUT = 0.3
ITEMS = ((1, 2, 3), (80, 15, 5))
DAMAGED = 0.05
WAIVED = 0.1  # of the damaged files: the director waived the fine
MIN_SPAN_DAYS = 60  # the shortest history: a small demo's loans are 4 a calendar day
RECENT_DAYS = 120  # files still out past their due time are mostly this recent
OVERDUE_RECENT, OVERDUE_OLD = 0.02, 0.0005
PURPOSES = (
    "查核合約內容", "客戶投訴處理", "售後服務查詢", "年度評級複核", "業務拜訪前準備",
    "稽核抽查", "更新客戶資料", "法務諮詢",
)  # fmt: skip
EXTERNAL_PURPOSES = ("會計師查核", "法院調閱", "合作廠商對帳", "主管機關檢查")
FINE_REASONS = {
    Condition.MARKED: "檔案內頁有劃記塗改",
    Condition.TORN: "檔案封面破損",
    Condition.FOLDED: "內頁折疊",
    Condition.PAGES_REMOVED: "缺少附件頁",
}
WAIVE_REASON = "初次發生且情節輕微，總監同意免罰"
REFUSAL_NOTE = "用途與調閱範圍不符，請補正公文後再申請"
LOAN_COLUMNS = (
    "id", "number", "kind", "purpose", "status", "borrower_account_id", "borrower_name",
    "borrower_organisation", "borrower_id_number", "borrower_phone", "registered_at",
    "registered_by_id", "registered_as_deputy", "out_at", "due_at", "due_on", "decided_by_id",
    "decided_at", "decision_note", "closed_at",
)  # fmt: skip
ITEM_COLUMNS = (
    "id", "loan_id", "customer_id", "archive_number", "shelf_location", "is_out", "returned_at",
    "returned_by_id", "condition", "fine", "fine_reason", "waive_reason", "reshelved_at",
    "reshelved_by_id",
)  # fmt: skip
_FOREVER = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class DemoPeople:
    registrar: int
    approver: int
    staff: list[tuple[int, str]]  # account id, full name
    external: list[tuple[str, str, str, str]]  # name, organisation, ID number, phone


def table_of(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def demo_people(session: Session, actor: Principal, fake: Any, rnd: random.Random) -> DemoPeople:
    accounts = session.execute(
        select(Account.id, Account.username, Account.full_name, Account.role).where(
            Account.active.is_(True)
        )
    ).all()
    by_name = {a.username: a for a in accounts}
    registrar = by_name["archivist"].id if "archivist" in by_name else actor.account_id
    approver = by_name["director"].id if "director" in by_name else actor.account_id
    staff = [(a.id, a.full_name) for a in accounts if a.role == Role.CONSULTANT.value]
    staff = staff or [(a.id, a.full_name) for a in accounts]
    external = [
        (
            fake.name(),
            fake.company(),
            fake.ssn() if rnd.random() < 0.7 else "",
            f"09{rnd.randrange(100_000_000):08d}",
        )
        for _ in range(100)
    ]
    return DemoPeople(registrar, approver, staff, external)


class HistoryMaker:
    """Loans in time order, each batch continuing where the last stopped."""

    def __init__(
        self,
        session: Session,
        rnd: random.Random,
        now: datetime,
        closing: clock_time,
        people: DemoPeople,
        total: int,
        counts: Counter[str],
    ) -> None:
        self.rnd, self.now, self.closing, self.people, self.counts = (
            rnd,
            now,
            closing,
            people,
            counts,
        )
        self.tz = now.tzinfo
        rows = session.execute(
            select(_FILES.c.id, _FILES.c.archive_number, _FILES.c.status,
                   _FILES.c.shelf_location, _FILES.c.entered_at)
            .order_by(_FILES.c.entered_at, _FILES.c.id)
        ).all()  # fmt: skip
        self.files = [
            (r.id, FileOnRecord(r.archive_number, r.status == "active", r.shelf_location or ""))
            for r in rows
        ]
        # Sorted: bisect finds the files that existed at a moment.
        self.entered = [r.entered_at for r in rows]
        # Files out now (earlier loans, real or sample) stay out: never drawn as free.
        out = session.execute(
            select(LoanItem.customer_id, Loan.number, Loan.borrower_name, Loan.borrower_organisation)
            .join(Loan, Loan.id == LoanItem.loan_id)
            .where(LoanItem.is_out)
        ).all()  # fmt: skip
        self.busy: dict[int, tuple[datetime, OutOn]] = {
            r[0]: (_FOREVER, OutOn(r[1], borrower_label(r[2], r[3]))) for r in out
        }
        self.next_loan = (session.scalar(select(func.max(Loan.id))) or 0) + 1
        self.next_item = (session.scalar(select(func.max(LoanItem.id))) or 0) + 1
        self.sequences = {s.year: s.last for s in session.scalars(select(LoanSequence))}
        self.session = session
        years = max(2, -(-total // PER_YEAR))
        today = now.date()
        # A few hundred loans (a demo to try the tab) make a busy recent season, not a thin
        # two years: at one loan a workday nothing would be overdue or awaiting approval.
        start = today - timedelta(days=min(365 * years, max(MIN_SPAN_DAYS, total // 4)))
        days = [start + timedelta(days=i) for i in range((today - start).days + 1)]
        self.days = [d for d in days if d.weekday() < 5] or [today]
        # Loan moments, drawn in order: a sorted sample of offsets within office hours.
        self.moments = self._moments(total)
        self.position = 0

    def _moments(self, total: int) -> list[datetime]:
        opening = 8 * 3600 + 30 * 60
        closing = self.closing.hour * 3600 + self.closing.minute * 60 - 10 * 60
        width = max(60, closing - opening)
        today = self.now.date()
        picks = sorted(
            (self.rnd.randrange(len(self.days)), self.rnd.randrange(width)) for _ in range(total)
        )
        moments = []
        for day_index, second in picks:
            day = self.days[day_index]
            at = datetime.combine(day, clock_time(0, 0), tzinfo=self.tz) + timedelta(
                seconds=opening + second
            )
            if day == today and at >= self.now:  # today's loans are all before now
                at = self.now - timedelta(seconds=self.rnd.randrange(60, 3600))
            moments.append(at)
        moments.sort()
        return moments

    def batch(self, size: int) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
        loans: list[tuple[Any, ...]] = []
        items: list[tuple[Any, ...]] = []
        while len(loans) < size and self.position < len(self.moments):
            at = self.moments[self.position]
            self.position += 1
            self._loan(at, loans, items)
        return loans, items

    def _draw(self, at: datetime, wanted: int) -> list[tuple[int, FileOnRecord]]:
        """WANTED files that existed at AT, through the rules: a void file or one out at AT is
        refused by check_files and another drawn instead."""
        existing = bisect.bisect_left(self.entered, at)
        chosen: list[tuple[int, FileOnRecord]] = []
        for _ in range(wanted * 8):
            if len(chosen) == wanted or existing == 0:
                break
            candidate = self.files[self.rnd.randrange(existing)]
            if any(c[0] == candidate[0] for c in chosen):
                continue
            held = self.busy.get(candidate[0])
            out = {candidate[1].archive_number: held[1]} if held and held[0] > at else {}
            try:
                rules.check_files([candidate[1]], out)
            except (FileVoid, FileAlreadyOut):
                continue
            chosen.append(candidate)
        if chosen:  # the loan as a whole, as LoanService.lend checks it
            rules.check_files([f for _, f in chosen], {})
        return chosen

    def _number(self, year: int) -> str:
        last = self.sequences.get(year, 0) + 1
        self.sequences[year] = last
        return format_loan_number(year, last)  # refuses beyond MAX_SEQUENCE (PER_YEAR)

    def _loan(
        self, at: datetime, loans: list[tuple[Any, ...]], items: list[tuple[Any, ...]]
    ) -> None:
        rnd, now, counts = self.rnd, self.now, self.counts
        chosen = self._draw(at, rnd.choices(*ITEMS)[0])
        if not chosen:
            return
        recent = now - at < timedelta(days=7)
        # The last week has a few more visitors: some of them are still waiting (R-LOAN-3);
        # the history's last loan is one when none waits yet (a demo shows every state).
        waiting = self.position == len(self.moments) and not counts["awaiting_approval"]
        external = waiting or rnd.random() < (EXTERNAL * 3 if recent else EXTERNAL)
        kind = LoanKind.TAKE_OUT if rnd.random() < TAKE_OUT else LoanKind.IN_ROOM
        due_on: date | None = None
        if kind is LoanKind.TAKE_OUT:
            due_on = at.date() + timedelta(days=rnd.randint(3, 30))
        loan_id = self.next_loan
        self.next_loan += 1
        number = self._number(at.year)
        status = LoanStatus.OPEN
        out_at: datetime | None = at
        decided_at: datetime | None = None
        note: str | None = None
        borrower: tuple[int | None, str, str, str, str]
        if external:
            counts["external"] += 1
            person = rnd.choice(self.people.external)
            borrower = (None, person[0], person[1], person[2], person[3])
            purpose = rnd.choice(EXTERNAL_PURPOSES)
            if waiting or (recent and rnd.random() < 0.6):
                status, out_at = LoanStatus.AWAITING_APPROVAL, None
            elif rnd.random() < 0.1:
                status, out_at = LoanStatus.REFUSED, None
                decided_at, note = at + timedelta(minutes=rnd.randint(10, 120)), REFUSAL_NOTE
            else:  # approved within the hour it was asked for
                decided_at = min(at + timedelta(minutes=rnd.randint(5, 60)), now)
                out_at = decided_at
        else:
            account, name = rnd.choice(self.people.staff)
            borrower = (account, name, "", "", "")
            purpose = rnd.choice(PURPOSES)
        due: datetime | None = None
        if status is LoanStatus.AWAITING_APPROVAL:
            if kind is LoanKind.TAKE_OUT:
                due = rules.due_time(kind, at, self.closing, due_on)
        elif out_at is not None:
            due = rules.due_time(kind, out_at, self.closing, due_on)
        elif kind is LoanKind.TAKE_OUT:  # refused: the due time it asked for
            due = rules.due_time(kind, at, self.closing, due_on)
        returns: list[datetime | None] = []
        for customer_id, f in chosen:
            item_id = self.next_item
            self.next_item += 1
            back: datetime | None = None
            if status is LoanStatus.OPEN:
                assert out_at is not None and due is not None
                back = self._back(out_at, due)
                self.busy[customer_id] = (back or _FOREVER, OutOn(number, borrower[1]))
            returns.append(back)
            items.append(self._item(item_id, loan_id, customer_id, f, status, back))
        closed_at = None
        if status is LoanStatus.OPEN:
            if all(r is not None for r in returns):
                status = LoanStatus.CLOSED
                closed_at = max(r for r in returns if r is not None)
                counts["closed"] += 1
            else:
                counts["open"] += 1
                if due is not None and due < now:
                    counts["overdue_loans"] += 1
        else:
            counts[status.value] += 1
        counts[kind.value] += 1
        loans.append(
            (
                loan_id, number, kind.value, purpose, status.value, *borrower, at,
                self.people.registrar, False, out_at, due, due_on,
                self.people.approver if decided_at else None, decided_at, note, closed_at,
            )
        )  # fmt: skip

    def _back(self, out_at: datetime, due: datetime) -> datetime | None:
        """When a file lent at OUT_AT came back; None: still out (not yet back, or overdue)."""
        rnd, now = self.rnd, self.now
        recent = now - out_at < timedelta(days=RECENT_DAYS)
        if rnd.random() < (OVERDUE_RECENT if recent else OVERDUE_OLD):
            return None  # kept: overdue once its due time passes
        if due - out_at < timedelta(hours=12):  # in-room: back before closing
            span = max(60, int((due - out_at).total_seconds()) - 60)
            back = out_at + timedelta(seconds=rnd.randrange(60, span + 1) if span > 60 else 60)
        else:  # take-out: usually before the due day, sometimes a little late
            span = int((due - out_at).total_seconds())
            back = out_at + timedelta(seconds=rnd.randrange(3600, max(3601, span)))
            if rnd.random() < 0.05:
                back = due + timedelta(days=rnd.randint(1, 5))
        return None if back >= now else back

    def _item(
        self,
        item_id: int,
        loan_id: int,
        customer_id: int,
        f: FileOnRecord,
        status: LoanStatus,
        back: datetime | None,
    ) -> tuple[Any, ...]:
        rnd, people, counts = self.rnd, self.people, self.counts
        is_out = status is LoanStatus.OPEN and back is None
        counts["items_out"] += is_out
        if back is None:
            return (
                item_id, loan_id, customer_id, f.archive_number, f.shelf_location, is_out,
                None, None, None, None, None, None, None, None,
            )  # fmt: skip
        condition = Condition.OK
        fine = fine_reason = waive = None
        if rnd.random() < DAMAGED:
            condition = rnd.choice(tuple(FINE_REASONS))
            if rnd.random() < WAIVED:
                waive = WAIVE_REASON
                counts["waived"] += 1
            else:
                fine, fine_reason = rnd.randrange(100, 501, 50), FINE_REASONS[condition]
                counts["fined"] += 1
        verdict = check_return(
            f.archive_number, condition, fine, fine_reason, waive, may_waive=True
        )  # R-LOAN-7, as a return checks it
        reshelved = reshelved_by = None
        if self.now - back > timedelta(days=3) or rnd.random() < 0.5:
            reshelved = min(back + timedelta(minutes=rnd.randint(5, 240)), self.now)
            reshelved_by = people.registrar
        else:
            counts["unshelved"] += 1
        return (
            item_id, loan_id, customer_id, f.archive_number, f.shelf_location, False, back,
            people.registrar, verdict.condition.value, verdict.fine, verdict.fine_reason,
            verdict.waive_reason, reshelved, reshelved_by,
        )  # fmt: skip

    def save_sequences(self) -> None:
        """R-LOAN-1: the numbers issued are never issued again."""
        for year, last in self.sequences.items():
            row = self.session.get(LoanSequence, year)
            if row is None:
                self.session.add(LoanSequence(year=year, last=last))
            elif row.last < last:
                row.last = last
        self.session.flush()
