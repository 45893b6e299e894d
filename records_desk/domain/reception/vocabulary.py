"""The words of reception rotation (R-REC): why an assignment went where it went, why a
consultant was passed over, what a consultant is doing, and the results the engine gives —
an `Assignment` per visitor received, a consultant's status, who is next up. Stored and
written out as their values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum


class AwayReason(StrEnum):
    """R-REC-3: not at post without good reason, or called away by a superior (verified by
    the project manager: `approved_by`)."""

    UNEXCUSED = "unexcused"
    MANAGER_ASSIGNMENT = "manager_assignment"


class Fault(StrEnum):
    """R-REC-6 (二9 A–C): the consultant's fault when a customer asks for another one."""

    NONE = "none"
    MINOR = "minor"
    SERIOUS = "serious"


class Reason(StrEnum):
    """Why a visitor went to a consultant."""

    ROTATION = "rotation"  # R-REC-2: whose turn it was
    PRIORITY_RETURN = "priority_return"  # R-REC-3: owed for a manager's assignment
    KEPT_TURN = "kept_turn"  # owed for being busy with a counted customer at their turn
    DESIGNATED = "designated"  # R-REC-5
    RETURNING_OWNER = "returning_owner"  # R-REC-4
    COURTESY = "courtesy"  # R-REC-4: the owner is not free; 義務接待
    REASSIGNED = "reassigned"  # R-REC-6: a switch after a serious fault or insistence


# The receptions that use a turn.
COUNTED = frozenset({Reason.ROTATION, Reason.PRIORITY_RETURN, Reason.KEPT_TURN, Reason.REASSIGNED})


class SkipReason(StrEnum):
    """Why a consultant was passed over for a visitor."""

    TURN_CANCELLED = "turn_cancelled"  # R-REC-3: a manager cancelled this turn; owed nothing
    AWAY_UNEXCUSED = "away_unexcused"  # R-REC-3: loses the turn, owed nothing
    AWAY_MANAGER_ASSIGNMENT = "away_manager_assignment"  # owed one turn (priority_return)
    BUSY_COUNTED = "busy_counted"  # owed one turn (kept_turn)
    BUSY_NOT_COUNTED = "busy_not_counted"  # R-REC-5: no make-up
    CURRENT_CONSULTANT = "current_consultant"  # R-REC-6: the one the customer left
    DESIGNATED_NOT_SIGNED_IN = "designated_not_signed_in"  # named, but not working today
    NOT_SIGNED_IN = "not_signed_in"  # a returning visitor's owner, not working now


class Activity(StrEnum):
    FREE = "free"
    BUSY = "busy"
    AWAY = "away"


@dataclass(frozen=True)
class Visitor:
    """A visitor as the receptionist notes them; phone or ID number matches registrations."""

    name: str
    phone: str = ""
    id_number: str = ""


@dataclass(frozen=True)
class Skip:
    consultant: str
    why: SkipReason


@dataclass(frozen=True)
class Assignment:
    """One visitor received: by whom, why, whether it used a turn, who was passed over.
    `position` is the event's (1 = the day's first); `waits`: the consultant was busy (or
    away, for a designation) and the visitor waits for them."""

    t: time
    position: int
    visitor: Visitor
    consultant: str
    reason: Reason
    counted: bool
    skipped: tuple[Skip, ...] = ()
    waits: bool = False


@dataclass(frozen=True)
class OwedTurn:
    """A turn owed to a consultant, served before the pointer in the order earned."""

    consultant: str
    reason: Reason  # PRIORITY_RETURN or KEPT_TURN
    earned_at: int  # the position of the event that passed them over


@dataclass(frozen=True)
class ConsultantStatus:
    """A signed-in consultant as the live day shows them (in the day's order)."""

    consultant: str
    activity: Activity
    busy_with: Reason | None = None  # the reason of the visit they are in
    visitors_waiting: int = 0  # visitors queued behind the current one
    away_reason: AwayReason | None = None
    approved_by: str = ""
    owed: int = 0
    turn_cancelled: bool = False
    at_pointer: bool = False


@dataclass(frozen=True)
class NextUp:
    """Who a new walk-in would go to now (nothing is assigned): None when nobody can
    receive them."""

    consultant: str | None
    reason: Reason | None
    skipped: tuple[Skip, ...] = ()
    waits: bool = False
