"""The events of a reception day (R-REC). Each has its time of day `t`; replaying them in
order gives the day's state and assignments (rotation.py). Frozen, so a stored day cannot be
changed by replaying it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from records_desk.domain.reception.vocabulary import AwayReason, Fault, Visitor


@dataclass(frozen=True)
class SignIn:
    """R-REC-1: joins the order at its end."""

    t: time
    consultant: str


@dataclass(frozen=True)
class SignOut:
    t: time
    consultant: str


@dataclass(frozen=True)
class Away:
    """R-REC-3: away from post; `approved_by` is required for a manager's assignment."""

    t: time
    consultant: str
    reason: AwayReason
    approved_by: str = ""


@dataclass(frozen=True)
class Back:
    t: time
    consultant: str


@dataclass(frozen=True)
class TurnCancelled:
    """R-REC-3 (一1, 一5): a manager cancels the consultant's next turn (unprepared)."""

    t: time
    consultant: str
    by: str
    reason: str = ""


@dataclass(frozen=True)
class OrderChanged:
    """R-REC-1: a supervisor sets a new order of the signed-in consultants."""

    t: time
    order: tuple[str, ...]
    by: str


@dataclass(frozen=True)
class WalkIn:
    """A visitor arrives; `designated` names the consultant they ask for (R-REC-5)."""

    t: time
    visitor: Visitor
    designated: str | None = None


@dataclass(frozen=True)
class VisitEnd:
    """The consultant's current visitor leaves; they are free (or take the next waiting)."""

    t: time
    consultant: str


@dataclass(frozen=True)
class SwitchRequest:
    """R-REC-6: the customer of `consultant`'s current visit asks for another consultant."""

    t: time
    consultant: str
    fault: Fault
    customer_insists: bool = False


@dataclass(frozen=True)
class PhoneEnquiry:
    """R-REC-12: logged, never decides attribution."""

    t: time
    visitor: Visitor


Event = (
    SignIn
    | SignOut
    | Away
    | Back
    | TurnCancelled
    | OrderChanged
    | WalkIn
    | VisitEnd
    | SwitchRequest
    | PhoneEnquiry
)

# The `type` of each event as a day file writes it (day_file.py).
EVENT_TYPES: dict[str, type[Event]] = {
    "sign_in": SignIn,
    "sign_out": SignOut,
    "away": Away,
    "back": Back,
    "turn_cancelled": TurnCancelled,
    "order_changed": OrderChanged,
    "walk_in": WalkIn,
    "visit_end": VisitEnd,
    "switch_request": SwitchRequest,
    "phone_enquiry": PhoneEnquiry,
}
EVENT_TYPE_NAMES: dict[type[Event], str] = {kind: name for name, kind in EVENT_TYPES.items()}
