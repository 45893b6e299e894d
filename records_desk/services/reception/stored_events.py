"""A live day's events as stored (store/reception.py ReceptionEvent) and as the engine reads
them (domain/reception/events.py), both ways; and a stored day as a day file, the input of
`reception replay` (a manager explains a day from it, R-REC-13).

Decisions:
- The row keeps the day file's keys: `type`, `t` as "HH:MM", the consultant as an account
  (its user name is the engine's label) and the event's other keys as its payload, so the
  stored day and the day file are one format and need no second vocabulary.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time
from typing import Any

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.vocabulary import AwayReason, Fault, Visitor


def hhmm(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_hhmm(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def visitor_data(visitor: Visitor) -> dict[str, str]:
    data = {"name": visitor.name}
    if visitor.phone:
        data["phone"] = visitor.phone
    if visitor.id_number:
        data["id_number"] = visitor.id_number
    return data


def visitor_of(data: Mapping[str, Any]) -> Visitor:
    return Visitor(str(data.get("name", "")), str(data.get("phone", "")),
                   str(data.get("id_number", "")))  # fmt: skip


def to_event(kind: str, t: str, consultant: str | None, payload: Mapping[str, Any]) -> ev.Event:
    """The engine's event of a stored row (its consultant's user name given)."""
    at = parse_hhmm(t)
    who = consultant or ""
    match kind:
        case "sign_in":
            return ev.SignIn(at, who)
        case "sign_out":
            return ev.SignOut(at, who)
        case "away":
            reason = AwayReason(payload["reason"])
            return ev.Away(at, who, reason, str(payload.get("approved_by", "")))
        case "back":
            return ev.Back(at, who)
        case "turn_cancelled":
            return ev.TurnCancelled(at, who, str(payload["by"]), str(payload.get("reason", "")))
        case "order_changed":
            return ev.OrderChanged(at, tuple(payload["order"]), str(payload["by"]))
        case "walk_in":
            designated = payload.get("designated") or None
            return ev.WalkIn(at, visitor_of(payload["visitor"]), designated)
        case "visit_end":
            return ev.VisitEnd(at, who)
        case "switch_request":
            fault = Fault(payload["fault"])
            return ev.SwitchRequest(at, who, fault, bool(payload.get("customer_insists")))
        case "phone_enquiry":
            return ev.PhoneEnquiry(at, visitor_of(payload["visitor"]))
    raise ValueError(kind)  # pragma: no cover - rows are written by DayService only


def day_file(
    day: date, rows: list[tuple[str, str, str | None, Mapping[str, Any]]]
) -> dict[str, Any]:
    """The day file of stored events (type, t, consultant, payload), registrations aside."""
    events = []
    for kind, t, consultant, payload in rows:
        item: dict[str, Any] = {"t": t, "type": kind}
        if consultant:
            item["consultant"] = consultant
        item.update(payload)
        events.append(item)
    return {"date": day.isoformat(), "registrations": [], "relations": [], "events": events}


def from_event(event: ev.Event) -> tuple[str, str | None, dict[str, Any]]:
    """The stored row's type, consultant (user name) and payload of an engine event."""
    kind = ev.EVENT_TYPE_NAMES[type(event)]
    payload: dict[str, Any] = {}
    consultant = getattr(event, "consultant", None)
    if isinstance(event, ev.Away):
        payload["reason"] = event.reason.value
        if event.approved_by:
            payload["approved_by"] = event.approved_by
    elif isinstance(event, ev.TurnCancelled):
        payload.update(by=event.by, reason=event.reason)
    elif isinstance(event, ev.OrderChanged):
        payload.update(order=list(event.order), by=event.by)
    elif isinstance(event, ev.WalkIn | ev.PhoneEnquiry):
        payload["visitor"] = visitor_data(event.visitor)
        if isinstance(event, ev.WalkIn) and event.designated:
            payload["designated"] = event.designated
    elif isinstance(event, ev.SwitchRequest):
        payload.update(fault=event.fault.value, customer_insists=event.customer_insists)
    return kind, consultant, payload
