"""The deputy archivist (R-ACC-5, 一篇 第六章7 檔案員請假外出時,須由領導指定代管人員): a general
manager or customer director names an account for a period; on the days of that period the
deputy has the archivist's rights, outside it not.

Decisions:
- The period is of office days, both ends included.
- The rights lent are all the archivist's (SPEC R-ACC-5: "acts with the archivist's rights"):
  in the register (lending with consent to copies, taking back with confirming files back
  in place), in the media inventory and in the customer files
  (registering, importing, data quality, extracts): every service's permission check asks
  the features for the role an account acts in today (services/loans/acting.py,
  ServiceContext.authorize), and the entries of those acts carry `as_deputy`.
- An archivist, a general manager or a customer director is never named: they have the
  rights already, and a deputy period on their account would only blur the log.
- One deputy at a time: a period overlapping another still in force is refused, naming the
  deputy already named (two deputies on one day would split who answers for the files).
  A period already over is refused.
- A period may be ended early (the archivist is back): its last day becomes yesterday, or,
  when it has not started yet, it is withdrawn (its last day before its first: it covers no
  day). The period stays in the log and the table; the ending is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from records_desk.domain.common.roles import Role
from records_desk.domain.loans.errors import DeputyInvalid, DeputyProblem

_NEEDS_NONE = frozenset({Role.ARCHIVIST, Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR})


@dataclass(frozen=True)
class DeputyPeriod:
    id: int
    account_id: int
    starts_on: date
    ends_on: date  # included

    def covers(self, day: date) -> bool:
        return self.starts_on <= day <= self.ends_on


def may_be_named(role: Role) -> bool:
    """Whether an account of ROLE may be named deputy (an archivist, a general manager or a
    customer director has the rights already)."""
    return role not in _NEEDS_NONE


def check_period(
    username: str, role: Role, active: bool, starts_on: date, ends_on: date, today: date
) -> None:
    def refuse(problem: DeputyProblem) -> DeputyInvalid:
        return DeputyInvalid(username, problem, starts_on, ends_on)

    if not active:
        raise refuse(DeputyProblem.DISABLED)
    if not may_be_named(role):
        raise refuse(DeputyProblem.IS_ARCHIVIST)
    if ends_on < starts_on:
        raise refuse(DeputyProblem.ENDS_BEFORE_START)
    if ends_on < today:
        raise refuse(DeputyProblem.ENDED)


def overlaps(a_start: date, a_end: date, b_start: date, b_end: date) -> bool:
    return a_start <= b_end and b_start <= a_end and a_start <= a_end and b_start <= b_end


def ended_early(starts_on: date, ends_on: date, today: date) -> date:
    """The new last day of a period ended TODAY: yesterday, or the day before its first
    (withdrawn) when it has not started before today."""
    return min(ends_on, max(today, starts_on) - timedelta(days=1))
