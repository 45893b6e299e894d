"""The rotation engine (R-REC-1…6, 12, 13): a reception day's state, obtained by replaying
its events one by one, and the assignment each walk-in and each reassignment gets.

The rules, as issue 12 states them:
1. The order is the sign-in order; a late sign-in joins at the end. A pointer marks whose turn
   is next; after a `rotation` assignment it moves to the consultant after the one served,
   wrapping around. A sign-out removes the consultant; a pointer on them moves to the next in
   order. `order_changed` replaces the order and puts the pointer on its first name.
2. A new visitor goes to the first consultant from the pointer onwards who can take them;
   each one passed over is listed in `skipped` with why.
3. Away `unexcused` at the pointer: passed over, loses that turn, owed nothing.
4. Away on `manager_assignment` at the pointer: passed over and owed one turn; after `back`
   they take the next new visitor before anyone at the pointer (`priority_return`).
5. Busy with a counted customer at the pointer: passed over and owed one turn (`kept_turn`,
   once free). Busy with a customer that did not count (designated, courtesy, returning):
   passed over, owed nothing (R-REC-5: no make-up).
6. Owed turns are served in the order earned, count as turns, and do not move the pointer.
7. `turn_cancelled`: the next time the pointer reaches them they are passed over once.
8. `designated` → that consultant if signed in (even busy or away: the visitor waits); not
   counted; the pointer does not move.
9. A returning visitor (registrations.py) goes to the household owner (`returning_owner`),
   not counted; if the owner is away, busy or not signed in, a courtesy reception by the
   first present and free consultant going backwards from the pointer (`courtesy`).
11. `switch_request`: refused unless the fault is serious or the customer insists; then the
   visitor is reassigned as in 2 with the current consultant excluded (`reassigned`,
   counted); the first consultant loses the customer.

Decisions:
- A pass-over's reasons are looked at in this order: a cancelled turn, away, busy — so a
  cancelled turn is used up the next time the pointer reaches the consultant whatever else
  holds them, and then nothing is owed for that pass.
- Every pass over a consultant away on a manager's assignment or busy with a counted customer
  earns one owed turn: the pointer can pass them more than once while they are away.
- A returning visitor is recognised before a designation: a returning customer asking for
  someone else is refused in principle (四3, R-REC-7's second clause), so they go to their
  owner. A designation of someone not signed in today cannot be honoured: the visitor is
  received as if they had named nobody, and the named consultant is listed in `skipped`.
- When nobody can take a new visitor, the visitor waits for the first consultant from the
  pointer who is at post (busy is then no reason to pass over); the assignment says `waits`.
  When the only ones at post have a cancelled turn, the first of them receives the visitor
  and the cancellation stays for their next turn (a visitor is never left unreceived).
  With nobody signed in and at post, the walk-in is refused (EventProblem.NO_ONE_TO_RECEIVE).
- A reassignment is "as in 2": it takes the pointer's walk (owed turns do not take it) and
  moves the pointer like a rotation.
- Consultants signing out while a visitor is with them are refused (end the visit first);
  their owed and cancelled turns go with them.
- An event that makes no sense raises EventRefused before anything changes, so a refused
  event leaves the state as it was.
- The day's roster (who is signed in, the pointer, away, busy, owed and cancelled turns) and
  the events that only change it are roster.py's; this module chooses and assigns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.errors import EventProblem, EventRefused
from records_desk.domain.reception.registrations import Registry
from records_desk.domain.reception.roster import Roster, Visit
from records_desk.domain.reception.vocabulary import (
    COUNTED,
    Assignment,
    Fault,
    NextUp,
    OwedTurn,
    Reason,
    Skip,
    SkipReason,
    Visitor,
)

# The pass-overs that leave the consultant a turn owed, and which.
_OWED_FOR = {
    SkipReason.AWAY_MANAGER_ASSIGNMENT: Reason.PRIORITY_RETURN,
    SkipReason.BUSY_COUNTED: Reason.KEPT_TURN,
}


@dataclass(frozen=True)
class _Choice:
    consultant: str
    reason: Reason
    skipped: tuple[Skip, ...]
    waits: bool = False
    moves_pointer: bool = False
    owed: OwedTurn | None = None  # the owed turn it serves


class Rotation(Roster):
    """One reception day's state. `apply` each event in order; it returns the assignments
    the event makes (a walk-in: one; a granted switch: one; anything else: none)."""

    def __init__(self, day: date, registry: Registry | None = None) -> None:
        super().__init__()
        self.day = day
        self.registry = registry or Registry()
        self.events_applied = 0
        self.enquiries: list[ev.PhoneEnquiry] = []
        self.refused_switches: list[ev.SwitchRequest] = []
        self._last_t: time | None = None

    # What the live day reads.

    def next_up(self) -> NextUp:
        """Who a new walk-in naming nobody would go to now; nothing changes."""
        choice = self._rotation_choice(exclude=None)
        if choice is None:
            return NextUp(None, None)
        return NextUp(choice.consultant, choice.reason, choice.skipped, choice.waits)

    # Replaying.

    def apply(self, event: ev.Event) -> list[Assignment]:
        position = self.events_applied + 1
        if self._last_t is not None and event.t < self._last_t:
            raise EventRefused(position, event.t, EventProblem.TIME_OUT_OF_ORDER)
        made = self._dispatch(event, position)
        self._last_t = event.t
        self.events_applied = position
        return made

    def _dispatch(self, event: ev.Event, position: int) -> list[Assignment]:
        if isinstance(event, ev.WalkIn):
            return [self._walk_in(event, position)]
        if isinstance(event, ev.SwitchRequest):
            return self._switch(event, position)
        if isinstance(event, ev.PhoneEnquiry):
            self.enquiries.append(event)  # R-REC-12: logged, decides nothing
        elif isinstance(event, ev.SignIn):
            self._sign_in(event, position)
        elif isinstance(event, ev.SignOut):
            self._sign_out(event, position)
        elif isinstance(event, ev.Away):
            self._go_away(event, position)
        elif isinstance(event, ev.Back):
            self._require(event.consultant, event.t, position)
            if event.consultant not in self._away:
                raise self._refused(event, position, EventProblem.NOT_AWAY, event.consultant)
            del self._away[event.consultant]
        elif isinstance(event, ev.TurnCancelled):
            self._require(event.consultant, event.t, position)
            if not event.by.strip():
                raise self._refused(event, position, EventProblem.BY_MISSING, event.consultant)
            self._cancelled[event.consultant] = self._cancelled.get(event.consultant, 0) + 1
        elif isinstance(event, ev.OrderChanged):
            self._change_order(event, position)
        elif isinstance(event, ev.VisitEnd):
            self._require(event.consultant, event.t, position)
            if not self._visits.get(event.consultant):
                raise self._refused(event, position, EventProblem.NOT_BUSY, event.consultant)
            self._visits[event.consultant].pop(0)
        return []

    # Choosing a consultant.

    def _walk(
        self, exclude: str | None, accept_busy: bool, accept_cancelled: bool = False
    ) -> _Choice | None:
        skipped: list[Skip] = []
        for name in self._from_pointer():
            why: SkipReason | None
            if name == exclude:
                why = SkipReason.CURRENT_CONSULTANT
            elif self._cancelled.get(name, 0) > 0 and not accept_cancelled:
                why = SkipReason.TURN_CANCELLED
            else:
                why = self._unavailable(name)
                if accept_busy and why in (SkipReason.BUSY_COUNTED, SkipReason.BUSY_NOT_COUNTED):
                    why = None
            if why is None:
                reason = Reason.REASSIGNED if exclude else Reason.ROTATION
                waits = self._busy(name)
                return _Choice(name, reason, tuple(skipped), waits=waits, moves_pointer=True)
            skipped.append(Skip(name, why))
        return None

    def _rotation_choice(self, exclude: str | None) -> _Choice | None:
        if exclude is None and self._owed:
            # Once per choice, not once per owed turn: a busy day owes hundreds of them.
            free = {n for n in self._order if n not in self._away and not self._busy(n)}
            for owed in self._owed:
                if owed.consultant in free:
                    return _Choice(owed.consultant, owed.reason, (), owed=owed)
        return (
            self._walk(exclude, accept_busy=False)
            or self._walk(exclude, accept_busy=True)
            or self._walk(exclude, accept_busy=True, accept_cancelled=True)
        )

    def _courtesy_choice(self, owner: str) -> _Choice | None:
        """R-REC-4: the owner first; else, going backwards from the pointer, the first
        consultant present and free (the one whose next turn is furthest away)."""
        if self._free(owner):
            return _Choice(owner, Reason.RETURNING_OWNER, ())
        owner_why = self._unavailable(owner) if owner in self._order else SkipReason.NOT_SIGNED_IN
        skipped = [Skip(owner, owner_why or SkipReason.NOT_SIGNED_IN)]
        ahead = self._from_pointer()
        backwards = ahead[1:][::-1] + ahead[:1]
        for name in backwards:
            if name == owner:
                continue
            why = self._unavailable(name)
            if why is None:
                return _Choice(name, Reason.COURTESY, tuple(skipped))
            skipped.append(Skip(name, why))
        if owner in self._order and owner not in self._away:
            return _Choice(owner, Reason.RETURNING_OWNER, (), waits=True)
        for name in backwards:
            if name not in self._away:
                return _Choice(name, Reason.COURTESY, tuple(skipped), waits=True)
        return None

    def _walk_in_choice(
        self, visitor: Visitor, designated: str | None
    ) -> tuple[_Choice | None, tuple[Skip, ...]]:
        match = self.registry.match(visitor, self.day)
        if match is not None and match.owner is not None:
            return self._courtesy_choice(match.owner.consultant), ()
        if designated and designated in self._order:
            waits = self._busy(designated) or designated in self._away
            return _Choice(designated, Reason.DESIGNATED, (), waits=waits), ()
        noted = (Skip(designated, SkipReason.DESIGNATED_NOT_SIGNED_IN),) if designated else ()
        return self._rotation_choice(exclude=None), noted

    def preview(self, visitor: Visitor, designated: str | None = None) -> NextUp:
        """Who this visitor would go to now, and why (a returning customer, a designation,
        the rotation); nothing changes."""
        choice, noted = self._walk_in_choice(visitor, designated)
        if choice is None:
            return NextUp(None, None, noted)
        return NextUp(choice.consultant, choice.reason, noted + choice.skipped, choice.waits)

    def _walk_in(self, event: ev.WalkIn, position: int) -> Assignment:
        choice, noted = self._walk_in_choice(event.visitor, event.designated)
        if choice is None:
            raise self._refused(event, position, EventProblem.NO_ONE_TO_RECEIVE)
        return self._assign(event.t, position, event.visitor, choice, noted)

    def _switch(self, event: ev.SwitchRequest, position: int) -> list[Assignment]:
        name = event.consultant
        self._require(name, event.t, position)
        visits = self._visits.get(name)
        if not visits:
            raise self._refused(event, position, EventProblem.NOT_BUSY, name)
        if event.fault != Fault.SERIOUS and not event.customer_insists:
            self.refused_switches.append(event)
            return []
        choice = self._rotation_choice(exclude=name)
        if choice is None:
            raise self._refused(event, position, EventProblem.NO_ONE_TO_RECEIVE)
        visitor = visits.pop(0).visitor  # R-REC-6: the first consultant loses the customer
        return [self._assign(event.t, position, visitor, choice, ())]

    def _assign(
        self, t: time, position: int, visitor: Visitor, choice: _Choice, noted: tuple[Skip, ...]
    ) -> Assignment:
        if choice.moves_pointer:
            for skip in choice.skipped:
                if skip.why is SkipReason.TURN_CANCELLED:
                    self._cancelled[skip.consultant] -= 1
                elif skip.why in _OWED_FOR:
                    self._owed.append(OwedTurn(skip.consultant, _OWED_FOR[skip.why], position))
            index = self._order.index(choice.consultant)
            self._pointer = self._order[(index + 1) % len(self._order)]
        if choice.owed is not None:
            self._owed.remove(choice.owed)
        self._visits.setdefault(choice.consultant, []).append(Visit(visitor, choice.reason))
        return Assignment(
            t=t,
            position=position,
            visitor=visitor,
            consultant=choice.consultant,
            reason=choice.reason,
            counted=choice.reason in COUNTED,
            skipped=noted + choice.skipped,
            waits=choice.waits,
        )


@dataclass(frozen=True)
class Replay:
    assignments: tuple[Assignment, ...]
    rotation: Rotation


def replay(day: date, events: Iterable[ev.Event], registry: Registry | None = None) -> Replay:
    """The day's assignments in order, and the state after its last event."""
    rotation = Rotation(day, registry)
    made: list[Assignment] = []
    for event in events:
        made.extend(rotation.apply(event))
    return Replay(tuple(made), rotation)
