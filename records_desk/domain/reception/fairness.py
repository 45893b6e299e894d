"""How fairly a day (or a month of days) went, per consultant (issue 12, "Fairness report";
R-REC-3, 5, 13): the turns received — by rotation, owed and served, reassigned — the turns owed,
the turns forfeited, the receptions that did not count (courtesy, designated, a returning
customer's own consultant), the customers lost to a switch, and the managers' interventions.
Worked out from the day's events and the assignments their replay gave; pure.

Decisions:
- A pass-over counts only when the pointer's walk served someone (a `rotation` or
  `reassigned` assignment): that is when it cost a turn, earned one, or used up a cancelled
  turn. A courtesy reception's list of who was passed going backwards costs nobody a turn.
- Forfeits are the turns lost without make-up: away without good reason, a cancelled turn,
  busy with a customer who did not count (R-REC-5). Owed turns are earned by an absence on a
  manager's assignment or a counted customer at the pointer; served by `priority_return` and
  `kept_turn`.
- Interventions per consultant: turns cancelled, absences on a manager's assignment, switches
  granted away from them. Order changes concern the whole day and are counted once per day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.vocabulary import (
    Assignment,
    AwayReason,
    Fault,
    Reason,
    SkipReason,
)

_FORFEIT = frozenset(
    {SkipReason.AWAY_UNEXCUSED, SkipReason.TURN_CANCELLED, SkipReason.BUSY_NOT_COUNTED}
)
_EARNS = frozenset({SkipReason.AWAY_MANAGER_ASSIGNMENT, SkipReason.BUSY_COUNTED})


@dataclass
class ConsultantFairness:
    consultant: str
    turns: int = 0  # every counted reception
    rotation: int = 0
    reassigned_in: int = 0
    owed_earned: int = 0
    owed_served: int = 0
    forfeits: int = 0
    courtesy: int = 0
    designated: int = 0
    returning: int = 0
    lost_to_switch: int = 0
    turns_cancelled: int = 0
    manager_assignments: int = 0

    @property
    def interventions(self) -> int:
        return self.turns_cancelled + self.manager_assignments + self.lost_to_switch

    def add(self, other: ConsultantFairness) -> None:
        for f in fields(self):
            if f.name != "consultant":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass
class FairnessReport:
    consultants: list[ConsultantFairness] = field(default_factory=list)
    order_changes: int = 0
    switches_refused: int = 0
    phone_enquiries: int = 0

    def of(self, consultant: str) -> ConsultantFairness:
        for row in self.consultants:
            if row.consultant == consultant:
                return row
        row = ConsultantFairness(consultant)
        self.consultants.append(row)
        return row


def day_fairness(events: Sequence[ev.Event], assignments: Iterable[Assignment]) -> FairnessReport:
    """One day's figures, consultants in the order they first signed in."""
    report = FairnessReport()
    for event in events:
        if isinstance(event, ev.SignIn):
            report.of(event.consultant)
        elif isinstance(event, ev.OrderChanged):
            report.order_changes += 1
        elif isinstance(event, ev.PhoneEnquiry):
            report.phone_enquiries += 1
        elif isinstance(event, ev.TurnCancelled):
            report.of(event.consultant).turns_cancelled += 1
        elif isinstance(event, ev.Away) and event.reason == AwayReason.MANAGER_ASSIGNMENT:
            report.of(event.consultant).manager_assignments += 1
        elif isinstance(event, ev.SwitchRequest):
            if event.fault != Fault.SERIOUS and not event.customer_insists:
                report.switches_refused += 1
    for a in assignments:
        row = report.of(a.consultant)
        if a.counted:
            row.turns += 1
        if a.reason is Reason.ROTATION:
            row.rotation += 1
        elif a.reason is Reason.REASSIGNED:
            row.reassigned_in += 1
            switched = events[a.position - 1]
            if isinstance(switched, ev.SwitchRequest):
                report.of(switched.consultant).lost_to_switch += 1
        elif a.reason in (Reason.PRIORITY_RETURN, Reason.KEPT_TURN):
            row.owed_served += 1
        elif a.reason is Reason.COURTESY:
            row.courtesy += 1
        elif a.reason is Reason.DESIGNATED:
            row.designated += 1
        elif a.reason is Reason.RETURNING_OWNER:
            row.returning += 1
        if a.reason in (Reason.ROTATION, Reason.REASSIGNED):
            for skip in a.skipped:
                if skip.why in _FORFEIT:
                    report.of(skip.consultant).forfeits += 1
                elif skip.why in _EARNS:
                    report.of(skip.consultant).owed_earned += 1
    return report


def combined(reports: Iterable[FairnessReport]) -> FairnessReport:
    """A month's figures: the days' summed per consultant."""
    total = FairnessReport()
    for report in reports:
        for row in report.consultants:
            total.of(row.consultant).add(row)
        total.order_changes += report.order_changes
        total.switches_refused += report.switches_refused
        total.phone_enquiries += report.phone_enquiries
    return total
