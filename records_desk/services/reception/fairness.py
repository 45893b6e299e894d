"""The fairness report (issue 12; R-REC-3, 5, 13): for a day or a month, per consultant, the
turns received — by rotation, owed and served, reassigned — the turns owed and forfeited, the
receptions that did not count (courtesy, designated, a returning customer's own consultant),
the customers lost to a switch and the managers' interventions, worked out by replaying the
stored days with the engine (domain/reception/fairness.py).

Decisions:
- Each day is replayed from its stored events with the registrations of its visitors as of
  its start (registry.py), exactly as the live day assigned them: the report is what the
  rotation did, not what the sheet's rows say after corrections (R-REC-13).
- A month is its days summed; consultants in the order they first signed in during it, with
  their full names. Days without events are not days of the report.
- Reading only (RECEPTION_VIEW): consultants see the report as the managers do, which is the
  point of a fair rotation; printing it is audited by the printing service.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.permissions import Action
from records_desk.domain.reception.dispute_errors import DealInvalid, DealProblem
from records_desk.domain.reception.fairness import (
    ConsultantFairness,
    FairnessReport,
    combined,
    day_fairness,
)
from records_desk.domain.reception.rotation import replay
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.reception.registry import registry_for
from records_desk.services.reception.stored_events import to_event
from records_desk.store.models import Account
from records_desk.store.reception import ReceptionEvent

# The figures of a row, in the order the report shows them.
FIGURES = (
    "turns", "rotation", "owed_served", "reassigned_in", "owed_earned", "forfeits",
    "courtesy", "designated", "returning", "lost_to_switch", "turns_cancelled",
    "manager_assignments", "interventions",
)  # fmt: skip


@dataclass(frozen=True)
class FairnessRow:
    consultant: str  # user name
    name: str  # full name
    figures: dict[str, int]  # FIGURES

    def __getitem__(self, figure: str) -> int:
        return self.figures[figure]


@dataclass(frozen=True)
class FairnessSummary:
    start: date
    end: date
    days: int  # days with events
    visitors: int  # walk-ins and reassignments received
    rows: tuple[FairnessRow, ...]
    order_changes: int
    switches_refused: int
    phone_enquiries: int

    @property
    def monthly(self) -> bool:
        return self.start != self.end


def month_of(text: str) -> tuple[date, date]:
    """The first and last day of "YYYY-MM"."""
    try:
        year, month = (int(part) for part in text.strip().split("-"))
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1), date(year, month, last)
    except (ValueError, calendar.IllegalMonthError):
        raise DealInvalid(DealProblem.BAD_PERIOD, text) from None


def replay_day(session: Session, day: date) -> tuple[FairnessReport, int]:
    """One stored day's figures, and the number of visitors received."""
    rows = session.execute(
        select(ReceptionEvent.type, ReceptionEvent.time, Account.username, ReceptionEvent.payload)
        .outerjoin(Account, Account.id == ReceptionEvent.consultant_id)
        .where(ReceptionEvent.day == day)
        .order_by(ReceptionEvent.seq)
    ).all()
    visitors = [
        Visitor("", r.payload["visitor"].get("phone", ""),
                r.payload["visitor"].get("id_number", ""))
        for r in rows if r.type == "walk_in"
    ]  # fmt: skip
    registry, _ = registry_for(session, visitors, day)
    events = [to_event(r.type, r.time, r.username, r.payload) for r in rows]
    made = replay(day, events, registry).assignments
    return day_fairness(events, made), len(made)


def period_summary(session: Session, start: date, end: date) -> FairnessSummary:
    days = sorted(
        session.scalars(
            select(ReceptionEvent.day)
            .where(ReceptionEvent.day >= start, ReceptionEvent.day <= end)
            .distinct()
        )
    )
    reports, visitors = [], 0
    for day in days:
        report, received = replay_day(session, day)
        reports.append(report)
        visitors += received
    total = combined(reports)
    full = dict(
        session.execute(
            select(Account.username, Account.full_name).where(
                Account.username.in_([c.consultant for c in total.consultants])
            )
        ).all()
    )
    return FairnessSummary(
        start=start,
        end=end,
        days=len(days),
        visitors=visitors,
        rows=tuple(_row(c, full.get(c.consultant, "")) for c in total.consultants),
        order_changes=total.order_changes,
        switches_refused=total.switches_refused,
        phone_enquiries=total.phone_enquiries,
    )


def _row(c: ConsultantFairness, name: str) -> FairnessRow:
    return FairnessRow(c.consultant, name, {f: int(getattr(c, f)) for f in FIGURES})


class FairnessService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def day(self, actor: Principal, day: date) -> FairnessSummary:
        return self.period(actor, day, day)

    def month(self, actor: Principal, month: str) -> FairnessSummary:
        """MONTH as "YYYY-MM"."""
        start, end = month_of(month)
        return self.period(actor, start, end)

    def period(self, actor: Principal, start: date, end: date) -> FairnessSummary:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        if end < start or end - start > timedelta(days=31):
            raise DealInvalid(DealProblem.BAD_PERIOD, f"{start.isoformat()}..{end.isoformat()}")
        with self.ctx.uow.read() as uow:
            return period_summary(uow.session, start, end)
