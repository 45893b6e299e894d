"""A reception day's roster, as the rotation engine (rotation.py) keeps it: who is signed in
and in what order, whose turn the pointer marks, who is away and on whose approval, who is with
which visitors, and the turns owed and cancelled; with the events that change it without
assigning anyone (sign-in, sign-out, away, order changed) and what it answers about a
consultant (free, busy, why they cannot take a visitor now).

The rules it keeps are rotation.py's (1, 3, 4, 5, 7); an event that makes no sense raises
EventRefused before anything changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.errors import EventProblem, EventRefused
from records_desk.domain.reception.vocabulary import (
    COUNTED,
    Activity,
    AwayReason,
    ConsultantStatus,
    OwedTurn,
    Reason,
    SkipReason,
    Visitor,
)


@dataclass(frozen=True)
class Visit:
    visitor: Visitor
    reason: Reason


class Roster:
    """The consultants of one reception day and their state; Rotation replays events on it."""

    def __init__(self) -> None:
        self._order: list[str] = []
        self._pointer: str | None = None
        self._seen: set[str] = set()
        self._away: dict[str, tuple[AwayReason, str]] = {}
        self._visits: dict[str, list[Visit]] = {}
        self._owed: list[OwedTurn] = []
        self._cancelled: dict[str, int] = {}

    # What the live day reads.

    @property
    def order(self) -> tuple[str, ...]:
        return tuple(self._order)

    @property
    def pointer(self) -> str | None:
        return self._pointer

    @property
    def owed(self) -> tuple[OwedTurn, ...]:
        return tuple(self._owed)

    def statuses(self) -> list[ConsultantStatus]:
        """Each signed-in consultant in the day's order."""
        found = []
        for name in self._order:
            visits = self._visits.get(name, [])
            away = self._away.get(name)
            activity = Activity.AWAY if away else Activity.BUSY if visits else Activity.FREE
            found.append(
                ConsultantStatus(
                    consultant=name,
                    activity=activity,
                    busy_with=visits[0].reason if visits else None,
                    visitors_waiting=max(0, len(visits) - 1),
                    away_reason=away[0] if away else None,
                    approved_by=away[1] if away else "",
                    owed=sum(1 for o in self._owed if o.consultant == name),
                    turn_cancelled=self._cancelled.get(name, 0) > 0,
                    at_pointer=name == self._pointer,
                )
            )
        return found

    @staticmethod
    def _refused(
        event: ev.Event, position: int, problem: EventProblem, consultant: str = ""
    ) -> EventRefused:
        return EventRefused(position, event.t, problem, consultant)

    def _require(self, consultant: str, t: time, position: int) -> None:
        """The consultant is signed in now."""
        if consultant in self._order:
            return
        problem = (
            EventProblem.NOT_SIGNED_IN
            if consultant in self._seen
            else EventProblem.UNKNOWN_CONSULTANT
        )
        raise EventRefused(position, t, problem, consultant)

    def _sign_in(self, event: ev.SignIn, position: int) -> None:
        if event.consultant in self._order:
            raise self._refused(event, position, EventProblem.ALREADY_SIGNED_IN, event.consultant)
        self._order.append(event.consultant)
        self._seen.add(event.consultant)
        if self._pointer is None:
            self._pointer = event.consultant

    def _sign_out(self, event: ev.SignOut, position: int) -> None:
        name = event.consultant
        self._require(name, event.t, position)
        if self._visits.get(name):
            raise self._refused(event, position, EventProblem.STILL_BUSY, name)
        index = self._order.index(name)
        self._order.remove(name)
        if self._pointer == name:
            self._pointer = self._order[index % len(self._order)] if self._order else None
        self._away.pop(name, None)
        self._cancelled.pop(name, None)
        self._owed = [o for o in self._owed if o.consultant != name]

    def _go_away(self, event: ev.Away, position: int) -> None:
        self._require(event.consultant, event.t, position)
        if event.consultant in self._away:
            raise self._refused(event, position, EventProblem.ALREADY_AWAY, event.consultant)
        approved_by = event.approved_by.strip()
        if event.reason == AwayReason.MANAGER_ASSIGNMENT and not approved_by:
            raise self._refused(event, position, EventProblem.APPROVAL_MISSING, event.consultant)
        self._away[event.consultant] = (AwayReason(event.reason), approved_by)

    def _change_order(self, event: ev.OrderChanged, position: int) -> None:
        if not event.by.strip():
            raise self._refused(event, position, EventProblem.BY_MISSING)
        for name in event.order:
            self._require(name, event.t, position)
        if len(event.order) != len(set(event.order)) or set(event.order) != set(self._order):
            missing = [n for n in self._order if n not in event.order]
            twice = [n for n in event.order if event.order.count(n) > 1]
            raise self._refused(event, position, EventProblem.ORDER_MISMATCH, (missing + twice)[0])
        self._order = list(event.order)
        self._pointer = self._order[0] if self._order else None

    # What a consultant can do now.

    def _busy(self, name: str) -> bool:
        return bool(self._visits.get(name))

    def _free(self, name: str) -> bool:
        return name in self._order and name not in self._away and not self._busy(name)

    def _unavailable(self, name: str) -> SkipReason | None:
        """Why a consultant at post cannot take a visitor now (None: they can)."""
        away = self._away.get(name)
        if away:
            if away[0] is AwayReason.MANAGER_ASSIGNMENT:
                return SkipReason.AWAY_MANAGER_ASSIGNMENT
            return SkipReason.AWAY_UNEXCUSED
        visits = self._visits.get(name)
        if visits:
            if visits[0].reason in COUNTED:
                return SkipReason.BUSY_COUNTED
            return SkipReason.BUSY_NOT_COUNTED
        return None

    def _from_pointer(self) -> list[str]:
        if self._pointer is None:
            return []
        start = self._order.index(self._pointer)
        return self._order[start:] + self._order[:start]
