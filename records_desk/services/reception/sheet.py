"""The day's sheets and their review (R-REC-11, R-REC-12): the 客戶來訪登記表 and 來電登記表 of
a day, phone enquiries logged, corrections as new rows pointing to the old one, the reception
clerk's review that closes the day with its row count and hash, and `verify` recomputing it.

Decisions:
- Rows are never updated: before and after the review a correction is a new row naming the
  row it corrects (R-REC-11 wants the after; before, the sheet on paper works the same way,
  and one rule is simpler to check). After the review only corrections join the day (the
  database's triggers hold this too), and they are outside the hash: the reviewed rows stay
  exactly what the printed copy pinned.
- Closing is refused only for a day still to come: the clerk decides when the day is done,
  and closing pins what is there.
- `verify` is audited with its outcome (as the operation log's own check is, R-AUD-3). It
  also compares the stored hash with the one the review's audit entry holds: rows and hash
  changed together behind the program's back still differ from the log, whose entries are
  chained under a key (sample days, closed by the demo's one entry, have none to compare).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.reception.records_errors import (
    DayNotClosed,
    EntryInvalid,
    EntryProblem,
    RowNotFound,
)
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.reception import records
from records_desk.services.reception.dto import (
    Closing,
    EnquiryRow,
    Level,
    Skipped,
    Source,
    Verification,
    VisitRow,
)
from records_desk.services.reception.registry import tidy_phone
from records_desk.store.reception import DayClose, Enquiry, Visit


def visit_row(v: Visit, who: dict[int, tuple[str, str]], numbers: dict[int, int]) -> VisitRow:
    user, full = who.get(v.consultant_id or 0, (None, ""))
    return VisitRow(
        id=v.id,
        row_no=v.row_no,
        time=v.time,
        visitor=v.visitor_name,
        phone=v.phone,
        party_size=v.party_size,
        source=Source(v.source),
        first_visit=bool(v.first_visit),
        consultant=user,
        consultant_name=full,
        reason=v.reason,
        counted=bool(v.counted),
        skipped=tuple(Skipped(s["consultant"], s["why"]) for s in v.skipped),
        intention=Level(v.intention) if v.intention else None,
        notes=v.notes,
        corrects=numbers.get(v.corrects_id) if v.corrects_id else None,
    )


def enquiry_row(q: Enquiry, who: dict[int, tuple[str, str]], numbers: dict[int, int]) -> EnquiryRow:
    user, full = who.get(q.consultant_id or 0, (None, ""))
    return EnquiryRow(
        id=q.id,
        row_no=q.row_no,
        time=q.time,
        caller=q.caller,
        phone=q.phone,
        heard_through=q.heard_through,
        enquiry=q.enquiry,
        consultant=user,
        consultant_name=full,
        invited=bool(q.invited),
        visit_planned=q.visit_planned,
        corrects=numbers.get(q.corrects_id) if q.corrects_id else None,
    )


def closing_info(session: Session, c: DayClose) -> Closing:
    user, full = records.names(session, [c.reviewed_by_id])[c.reviewed_by_id]
    return Closing(c.day, user, full, c.reviewed_at, c.row_count, c.enquiry_count,
                   c.event_count, c.digest)  # fmt: skip


def _corrected(
    session: Session,
    actor: Principal,
    now: datetime,
    day: date,
    new: Visit | Enquiry,
    old_no: int,
    summary: str,
    key: str,
) -> dict[int, tuple[str, str]]:
    """R-REC-11: store the correction NEW (a new row pointing to row OLD_NO), audit it, and
    give the names the row is shown with."""
    session.add(new)
    session.flush()
    journal.append(
        session, now, actor.username, AuditAction.RECEPTION_CORRECT, summary,
        entity_type=AuditTarget.RECEPTION_DAY, entity_id=day.isoformat(),
        details={key: new.row_no, "corrects": old_no},
    )  # fmt: skip
    return records.names(session, [new.consultant_id])


class SheetService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------

    def visits(self, actor: Principal, day: date) -> list[VisitRow]:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            rows = records.day_visits(uow.session, day)
            who = records.names(uow.session, {v.consultant_id for v in rows})
            numbers = {v.id: v.row_no for v in rows}
            return [visit_row(v, who, numbers) for v in rows]

    def enquiries(self, actor: Principal, day: date) -> list[EnquiryRow]:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            rows = records.day_enquiries(uow.session, day)
            who = records.names(uow.session, {q.consultant_id for q in rows})
            numbers = {q.id: q.row_no for q in rows}
            return [enquiry_row(q, who, numbers) for q in rows]

    def closing(self, actor: Principal, day: date) -> Closing | None:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            c = records.closing_of(uow.session, day)
            return closing_info(uow.session, c) if c else None

    # -- writing ---------------------------------------------------------------------------

    def log_enquiry(
        self,
        actor: Principal,
        caller: Visitor,
        consultant: str,
        enquiry: str = "",
        heard_through: str = "",
        invited: bool = False,
        visit_planned: date | None = None,
    ) -> EnquiryRow:
        """R-REC-12: logged on today's 來電登記表; it never decides whose customer they are."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_ENQUIRY)
        if not caller.name.strip():
            raise EntryInvalid(EntryProblem.NO_NAME)
        now = self.ctx.now()
        local = now.astimezone()
        with self.ctx.uow.write() as uow:
            session = uow.session
            records.refuse_if_closed(session, local.date())
            account = records.consultant(session, consultant)
            row = Enquiry(
                day=local.date(),
                row_no=records.next_number(session, Enquiry.row_no, Enquiry.day, local.date()),
                time=f"{local.hour:02d}:{local.minute:02d}",
                caller=caller.name.strip(),
                phone=tidy_phone(caller.phone),
                heard_through=heard_through.strip(),
                enquiry=enquiry.strip(),
                consultant_id=account.id,
                invited=invited,
                visit_planned=visit_planned,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session, now, actor.username, AuditAction.RECEPTION_ENQUIRY,
                f"phone enquiry {row.row_no} answered by {account.username}",
                entity_type=AuditTarget.RECEPTION_DAY, entity_id=row.day.isoformat(),
                details={"row": row.row_no, "consultant": account.username},
            )  # fmt: skip
            info = enquiry_row(row, {account.id: (account.username, account.full_name)}, {})
            uow.commit()
        return info

    def correct_visit(
        self, actor: Principal, day: date, row_no: int, *, visitor: str | None = None,
        phone: str | None = None, party_size: int | None = None, source: Source | None = None,
        intention: Level | None = None, notes: str | None = None,
    ) -> VisitRow:  # fmt: skip
        """R-REC-11: a new row pointing to ROW_NO, with the changes; the old row stays. Who
        received the visitor and why is the rotation's and is not corrected here."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_DESK)
        if party_size is not None and party_size < 1:
            raise EntryInvalid(EntryProblem.BAD_PARTY, str(party_size))
        if visitor is not None and not visitor.strip():
            raise EntryInvalid(EntryProblem.NO_NAME)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            old = next((v for v in records.day_visits(session, day) if v.row_no == row_no), None)
            if old is None:
                raise RowNotFound(day, row_no)
            new = Visit(
                day=day,
                row_no=records.next_number(session, Visit.row_no, Visit.day, day),
                time=old.time,
                visitor_name=visitor.strip() if visitor is not None else old.visitor_name,
                phone=tidy_phone(phone) if phone is not None else old.phone,
                id_number=old.id_number,
                party_size=party_size if party_size is not None else old.party_size,
                source=Source(source).value if source is not None else old.source,
                first_visit=old.first_visit,
                consultant_id=old.consultant_id,
                reason=old.reason,
                counted=old.counted,
                skipped=list(old.skipped),
                intention=(Level(intention).value if intention is not None else old.intention),
                notes=notes.strip() if notes is not None else old.notes,
                corrects_id=old.id,
                event_id=old.event_id,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            summary = f"row {new.row_no} corrects row {old.row_no}"
            who = _corrected(session, actor, now, day, new, old.row_no, summary, "row")
            info = visit_row(new, who, {old.id: old.row_no})
            uow.commit()
        return info

    def correct_enquiry(
        self, actor: Principal, day: date, row_no: int, *, caller: str | None = None,
        phone: str | None = None, enquiry: str | None = None, invited: bool | None = None,
        visit_planned: date | None = None,
    ) -> EnquiryRow:  # fmt: skip
        """R-REC-11, R-REC-12: a new row of the phone list pointing to ROW_NO."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_ENQUIRY)
        if caller is not None and not caller.strip():
            raise EntryInvalid(EntryProblem.NO_NAME)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            rows = records.day_enquiries(session, day)
            old = next((q for q in rows if q.row_no == row_no), None)
            if old is None:
                raise RowNotFound(day, row_no)
            new = Enquiry(
                day=day,
                row_no=records.next_number(session, Enquiry.row_no, Enquiry.day, day),
                time=old.time,
                caller=caller.strip() if caller is not None else old.caller,
                phone=tidy_phone(phone) if phone is not None else old.phone,
                heard_through=old.heard_through,
                enquiry=enquiry.strip() if enquiry is not None else old.enquiry,
                consultant_id=old.consultant_id,
                invited=old.invited if invited is None else invited,
                visit_planned=visit_planned or old.visit_planned,
                corrects_id=old.id,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            summary = f"phone enquiry {new.row_no} corrects {old.row_no}"
            who = _corrected(session, actor, now, day, new, old.row_no, summary, "enquiry")
            info = enquiry_row(new, who, {old.id: old.row_no})
            uow.commit()
        return info

    def close(self, actor: Principal, day: date | None = None) -> Closing:
        """R-REC-11: the reception clerk's review; from now on the day does not change."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_REVIEW)
        now = self.ctx.now()
        when = day or office_day(now)
        if when > office_day(now):
            raise EntryInvalid(EntryProblem.FUTURE_DATE, when.isoformat())
        with self.ctx.uow.write() as uow:
            session = uow.session
            records.refuse_if_closed(session, when)
            events = records.day_events(session, when)
            visits = records.day_visits(session, when)
            enquiries = records.day_enquiries(session, when)
            closing = DayClose(
                day=when,
                reviewed_by_id=actor.account_id,
                reviewed_at=now,
                row_count=len(visits),
                enquiry_count=len(enquiries),
                event_count=len(events),
                digest=records.digest(when, events, visits, enquiries),
            )
            session.add(closing)
            session.flush()
            journal.append(
                session, now, actor.username, AuditAction.RECEPTION_REVIEW,
                f"visitor sheet of {when.isoformat()} reviewed: {len(visits)} rows",
                entity_type=AuditTarget.RECEPTION_DAY, entity_id=when.isoformat(),
                details={"rows": len(visits), "enquiries": len(enquiries),
                         "events": len(events), "digest": closing.digest},
            )  # fmt: skip
            info = closing_info(session, closing)
            uow.commit()
        return info

    def verify(self, actor: Principal, day: date) -> Verification:
        """R-REC-11: the reviewed rows hashed again and compared with the review's hash."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            closing = records.closing_of(session, day)
            if closing is None:
                raise DayNotClosed(day)
            computed, stray = records.stored_digest(session, closing)
            logged = records.logged_digest(session, day)
            intact = computed == closing.digest and stray == 0
            intact = intact and logged in (None, closing.digest)
            result = Verification(day, intact, closing.digest, computed, closing.row_count)
            journal.append(
                session, now, actor.username, AuditAction.RECEPTION_VERIFY,
                f"visitor sheet of {day.isoformat()}: {'intact' if result.intact else 'CHANGED'}",
                entity_type=AuditTarget.RECEPTION_DAY, entity_id=day.isoformat(),
                details={"intact": result.intact, "stored": result.stored,
                         "computed": computed, "stray_rows": stray,
                         "logged": logged},
            )  # fmt: skip
            uow.commit()
        return result
