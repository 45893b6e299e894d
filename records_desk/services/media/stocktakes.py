"""Stocktakes of the media (issue 13 §4): open one (all media, or one department or location),
scan numbers one by one with live counts, close it with its report; and which media are due.
The counting rules are the domain's (domain/media/stocktake.py); the store keeps the running
count so a scan costs a few reads and writes by key whatever the size of the inventory.

Decisions:
- One stocktake is open at a time (the scanner's field has no stocktake to pick): opening a
  second is refused, naming the open one; scanning or closing with none open is refused.
- The media expected are fixed when the stocktake opens (media_stocktake_item: in scope and in
  the cupboard). Each scan is judged by the domain against the medium as it is recorded now:
  a medium issued since the opening is unexpected (issued), one registered since is found and
  joins the expected.
- Twice: a number already found, or already unexpected, in this stocktake (by the scans'
  index on the normalised number).
- A scan is a row of the stocktake (who, when, in order), not an audit entry: the operation
  log records the opening and the closing with its counts (R-AUD-2: a batch with its size and
  who), so a walk through the cupboards does not add a thousand entries.
- Closing sets `last_counted_on` of every medium found to the office day of the closing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import func, insert, literal, select, update
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.dates import add_months
from records_desk.domain.common.permissions import Action
from records_desk.domain.media.errors import MediumNumberInvalid
from records_desk.domain.media.numbers import normalise_medium_number
from records_desk.domain.media.stocktake import (
    IN_CUPBOARD,
    STOCKTAKE_MONTHS,
    MediumOnRecord,
    ScanResult,
    Stocktake,
    StocktakeScope,
    is_due,
)
from records_desk.domain.media.vocabulary import MediumState
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.media.access import authorize
from records_desk.services.media.dto import ScanResult as ScanInfo
from records_desk.services.media.dto import StocktakeCounts, StocktakeReport
from records_desk.services.media.errors import NoStocktakeOpen, StocktakeAlreadyOpen
from records_desk.services.media.records import usernames
from records_desk.store.media import (
    MediaStocktake,
    MediaStocktakeItem,
    MediaStocktakeScan,
    Medium,
)


def due_cutoff(today: date) -> date:
    """The first day of being current: a medium last counted before it is due (is_due)."""
    cutoff = add_months(today, -STOCKTAKE_MONTHS)
    while is_due(cutoff, today):
        cutoff += timedelta(days=1)
    while not is_due(cutoff - timedelta(days=1), today):
        cutoff -= timedelta(days=1)
    return cutoff


def _open(session: Session) -> MediaStocktake | None:
    return session.scalars(
        select(MediaStocktake).where(MediaStocktake.closed_at.is_(None)).order_by(MediaStocktake.id)
    ).first()


def _counts(row: MediaStocktake) -> StocktakeCounts:
    return StocktakeCounts(
        expected=row.expected,
        found=row.found,
        missing=row.expected - row.found,
        unexpected=row.unexpected,
        twice=row.twice,
    )


def _on_record(medium: Medium) -> MediumOnRecord:
    return MediumOnRecord(
        medium.number, medium.department, medium.location, MediumState(medium.state)
    )


class StocktakeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def start(
        self, actor: Principal, department: str | None = None, location: str | None = None
    ) -> StocktakeReport:
        acting = authorize(self.ctx, actor, Action.MEDIA_STOCKTAKE)
        actor = acting.principal
        department = " ".join(department.split()) or None if department else None
        location = " ".join(location.split()) or None if location else None
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            already = _open(session)
            if already is not None:
                names = usernames(session, [already.opened_by_id])
                raise StocktakeAlreadyOpen(already.opened_at, names.get(already.opened_by_id, ""))
            row = MediaStocktake(
                department=department,
                location=location,
                opened_at=now,
                opened_by_id=actor.account_id,
                expected=0,
                found=0,
                unexpected=0,
                twice=0,
                scans=0,
            )
            session.add(row)
            session.flush()
            scope = select(literal(row.id), Medium.id).where(
                Medium.state.in_([s.value for s in IN_CUPBOARD]),
                *([Medium.department == department] if department else []),
                *([Medium.location == location] if location else []),
            )
            session.execute(
                insert(MediaStocktakeItem).from_select(["stocktake_id", "medium_id"], scope)
            )
            row.expected = int(
                session.scalar(
                    select(func.count()).where(MediaStocktakeItem.stocktake_id == row.id)
                )
                or 0
            )
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.MEDIA_STOCKTAKE_OPEN,
                f"media stocktake {row.id} opened: {row.expected} expected"
                + acting.summary_suffix(),
                entity_type=AuditTarget.MEDIA_STOCKTAKE,
                entity_id=str(row.id),
                details={
                    "department": department,
                    "location": location,
                    "expected": row.expected,
                    **acting.audit_details(),
                },
            )
            report = self._report(session, row, lists=False)
            uow.commit()
            return report

    def scan(self, actor: Principal, texts: Sequence[str]) -> list[ScanInfo]:
        """Count each scan in order, in one transaction (the scanner's field sends one)."""
        acting = authorize(self.ctx, actor, Action.MEDIA_STOCKTAKE)
        now = self.ctx.now()
        results: list[ScanInfo] = []
        with self.ctx.uow.write() as uow:
            session = uow.session
            row = _open(session)
            if row is None:
                raise NoStocktakeOpen()
            scope = StocktakeScope(row.department, row.location)
            for text in texts:
                results.append(self._scan_one(session, row, scope, text, acting.principal, now))
            uow.commit()
        return results

    def _scan_one(
        self,
        session: Session,
        row: MediaStocktake,
        scope: StocktakeScope,
        text: str,
        actor: Principal,
        now: datetime,
    ) -> ScanInfo:
        try:
            number: str | None = normalise_medium_number(text)
        except MediumNumberInvalid:  # the domain's count keeps it as typed
            number = None
        medium = (
            session.scalars(select(Medium).where(Medium.number == number)).one_or_none()
            if number
            else None
        )
        one = Stocktake(scope, [_on_record(medium)] if medium is not None else [])
        outcome = one.scan(text, lambda _n: _on_record(medium) if medium is not None else None)
        key = outcome.number[:64]
        item = session.get(MediaStocktakeItem, (row.id, medium.id)) if medium is not None else None
        result, reason = outcome.result, outcome.unexpected
        if result is ScanResult.FOUND:
            assert medium is not None  # found: a medium on record
            if item is None:  # registered (or back in the cupboard) since the opening
                item = MediaStocktakeItem(stocktake_id=row.id, medium_id=medium.id)
                session.add(item)
                row.expected += 1
            if item.found_at is not None:
                result = ScanResult.TWICE
            else:
                item.found_at = now
                row.found += 1
        else:
            seen = session.scalar(
                select(MediaStocktakeScan.id)
                .where(
                    MediaStocktakeScan.stocktake_id == row.id,
                    MediaStocktakeScan.scanned == key,
                    MediaStocktakeScan.outcome == ScanResult.UNEXPECTED.value,
                )
                .limit(1)
            )
            if seen is not None:
                result = ScanResult.TWICE
            else:
                row.unexpected += 1
        if result is ScanResult.TWICE:
            first_twice = session.scalar(
                select(MediaStocktakeScan.id)
                .where(
                    MediaStocktakeScan.stocktake_id == row.id,
                    MediaStocktakeScan.scanned == key,
                    MediaStocktakeScan.outcome == ScanResult.TWICE.value,
                )
                .limit(1)
            )
            if first_twice is None:
                row.twice += 1
        row.scans += 1
        session.add(
            MediaStocktakeScan(
                stocktake_id=row.id,
                seq=row.scans,
                scanned=key,
                medium_id=medium.id if medium is not None else None,
                outcome=result.value,
                reason=reason.reason.value if reason is not None else None,
                at=now,
                by_id=actor.account_id,
            )
        )
        session.flush()
        return ScanInfo(text, number, result.value, _counts(row))

    def current(self, actor: Principal) -> StocktakeReport | None:
        """The open stocktake with its live counts and lists, or None."""
        authorize(self.ctx, actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            row = _open(uow.session)
            return self._report(uow.session, row) if row is not None else None

    def close(self, actor: Principal) -> StocktakeReport:
        acting = authorize(self.ctx, actor, Action.MEDIA_STOCKTAKE)
        actor = acting.principal
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            row = _open(session)
            if row is None:
                raise NoStocktakeOpen()
            row.closed_at = now
            row.closed_by_id = actor.account_id
            found = select(MediaStocktakeItem.medium_id).where(
                MediaStocktakeItem.stocktake_id == row.id,
                MediaStocktakeItem.found_at.is_not(None),
            )
            session.execute(
                update(Medium)
                .where(Medium.id.in_(found))
                .values(last_counted_on=office_day(now))
                .execution_options(synchronize_session=False)
            )
            report = self._report(session, row)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.MEDIA_STOCKTAKE_CLOSE,
                f"media stocktake {row.id} closed: {row.expected} expected, {row.found} found,"
                f" {row.expected - row.found} missing, {row.unexpected} unexpected,"
                f" {row.twice} scanned twice" + acting.summary_suffix(),
                entity_type=AuditTarget.MEDIA_STOCKTAKE,
                entity_id=str(row.id),
                details={
                    "expected": row.expected,
                    "found": row.found,
                    "missing": list(report.missing),
                    "unexpected": list(report.unexpected),
                    "twice": list(report.twice),
                    "scans": row.scans,
                    **acting.audit_details(),
                },
            )
            uow.commit()
            return report

    def report(self, actor: Principal, stocktake_id: int) -> StocktakeReport:
        authorize(self.ctx, actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            row = uow.session.get(MediaStocktake, stocktake_id)
            if row is None:
                raise NoStocktakeOpen()
            return self._report(uow.session, row)

    @staticmethod
    def _report(session: Session, row: MediaStocktake, lists: bool = True) -> StocktakeReport:
        names = usernames(session, [row.opened_by_id, row.closed_by_id])
        missing: tuple[str, ...] = ()
        unexpected: tuple[str, ...] = ()
        twice: tuple[str, ...] = ()
        notes: dict[str, str] = {}
        if lists:
            missing = tuple(
                session.scalars(
                    select(Medium.number)
                    .join(MediaStocktakeItem, MediaStocktakeItem.medium_id == Medium.id)
                    .where(
                        MediaStocktakeItem.stocktake_id == row.id,
                        MediaStocktakeItem.found_at.is_(None),
                    )
                    .order_by(Medium.number)
                )
            )
            scans = session.execute(
                select(
                    MediaStocktakeScan.scanned,
                    MediaStocktakeScan.outcome,
                    MediaStocktakeScan.reason,
                )
                .where(
                    MediaStocktakeScan.stocktake_id == row.id,
                    MediaStocktakeScan.outcome != ScanResult.FOUND.value,
                )
                .order_by(MediaStocktakeScan.seq)
            ).all()
            unexpected = tuple(s.scanned for s in scans if s.outcome == ScanResult.UNEXPECTED.value)
            notes = {
                s.scanned: s.reason
                for s in scans
                if s.outcome == ScanResult.UNEXPECTED.value and s.reason
            }
            twice = tuple(
                dict.fromkeys(s.scanned for s in scans if s.outcome == ScanResult.TWICE.value)
            )
        return StocktakeReport(
            id=row.id,
            department=row.department,
            location=row.location,
            opened_at=row.opened_at,
            opened_by=names.get(row.opened_by_id, ""),
            closed_at=row.closed_at,
            closed_by=names.get(row.closed_by_id) if row.closed_by_id else None,
            counts=_counts(row),
            missing=missing,
            unexpected=unexpected,
            twice=twice,
            scans=row.scans,
            notes=notes,
        )
