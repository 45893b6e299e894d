"""A reception day written as data — the input of `records-desk reception replay` (docs/
reception-replay.md) — read into events and registrations, and an assignment written back
as data. Works on what `json.loads` gives; reading the file is the caller's.

    {"date": "2026-11-27",
     "registrations": [{"visitor": {"name", "phone"?, "id_number"?}, "consultant",
                        "registered": "YYYY-MM-DD", "last_follow_up": "YYYY-MM-DD"}],
     "relations": [{"a": PHONE, "b": PHONE, "kind": "spouse|parent_child|sibling|other"}],
     "events": [{"t": "HH:MM", "type": …, …}]}

`registrations` and `relations` may be left out. Anything else wrong raises DayFileInvalid
naming the section, the event's position (1 = the first) and its time where there is one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any, TypeVar

from records_desk.domain.reception import events as ev
from records_desk.domain.reception.errors import DayFileInvalid, FileProblem
from records_desk.domain.reception.registrations import (
    Registration,
    Registry,
    Relation,
    RelationKind,
)
from records_desk.domain.reception.vocabulary import Assignment, AwayReason, Fault, Visitor

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
T = TypeVar("T")


@dataclass(frozen=True)
class DayFile:
    day: date
    registry: Registry
    events: tuple[ev.Event, ...]


@dataclass(frozen=True)
class _Where:
    section: str
    position: int = 0
    t: str | None = None

    def invalid(self, problem: FileProblem, detail: str = "") -> DayFileInvalid:
        return DayFileInvalid(problem, self.section, self.position, self.t, detail)


def read_day(data: Any) -> DayFile:
    top = _Where("")
    _object(data, top)
    day = _date(_key(data, "date", top), _Where("date"))
    registrations = [
        _registration(item, _Where("registrations", i))
        for i, item in enumerate(_list(data.get("registrations", []), _Where("registrations")), 1)
    ]
    relations = [
        _relation(item, _Where("relations", i))
        for i, item in enumerate(_list(data.get("relations", []), _Where("relations")), 1)
    ]
    events = tuple(
        _event(item, i)
        for i, item in enumerate(_list(_key(data, "events", top), _Where("events")), 1)
    )
    return DayFile(day, Registry(registrations, relations), events)


def assignment_record(a: Assignment) -> dict[str, Any]:
    """One item of `reception replay --json`."""
    return {
        "t": a.t.strftime("%H:%M"),
        "visitor": a.visitor.name,
        "consultant": a.consultant,
        "reason": a.reason.value,
        "counted": a.counted,
        "skipped": [{"consultant": s.consultant, "why": s.why.value} for s in a.skipped],
    }


def _object(value: Any, where: _Where) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise where.invalid(FileProblem.NOT_AN_OBJECT, type(value).__name__)
    return value


def _list(value: Any, where: _Where) -> list[Any]:
    if not isinstance(value, list):
        raise where.invalid(FileProblem.BAD_VALUE, where.section)
    return value


def _key(data: dict[str, Any], key: str, where: _Where) -> Any:
    if key not in data:
        raise where.invalid(FileProblem.MISSING_KEY, key)
    return data[key]


def _text(data: dict[str, Any], key: str, where: _Where, *, optional: bool = False) -> str:
    value = data.get(key, "") if optional else _key(data, key, where)
    if value is None and optional:
        return ""
    if not isinstance(value, str) or (not optional and not value.strip()):
        raise where.invalid(FileProblem.BAD_VALUE, key)
    return value.strip()


def _choice(data: dict[str, Any], key: str, kind: Callable[[str], T], where: _Where) -> T:
    value = _text(data, key, where)
    try:
        return kind(value)
    except ValueError:
        raise where.invalid(FileProblem.BAD_VALUE, key) from None


def _date(value: Any, where: _Where) -> date:
    if isinstance(value, str) and _DATE.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise where.invalid(FileProblem.BAD_DATE, str(value)[:20])


def _visitor(value: Any, where: _Where, key: str = "visitor") -> Visitor:
    data = _object(value, where)
    return Visitor(
        _text(data, "name", where),
        _text(data, "phone", where, optional=True),
        _text(data, "id_number", where, optional=True),
    )


def _registration(value: Any, where: _Where) -> Registration:
    data = _object(value, where)
    return Registration(
        _visitor(_key(data, "visitor", where), where),
        _text(data, "consultant", where),
        _date(_key(data, "registered", where), where),
        _date(_key(data, "last_follow_up", where), where),
    )


def _relation(value: Any, where: _Where) -> Relation:
    data = _object(value, where)
    return Relation(
        _text(data, "a", where),
        _text(data, "b", where),
        _choice(data, "kind", RelationKind, where),
    )


def _event(value: Any, position: int) -> ev.Event:
    where = _Where("events", position)
    data = _object(value, where)
    raw_t = data.get("t")
    where = _Where("events", position, raw_t if isinstance(raw_t, str) else None)
    match = _TIME.match(raw_t) if isinstance(raw_t, str) else None
    if match is None:
        if "t" not in data:
            raise where.invalid(FileProblem.MISSING_KEY, "t")
        raise where.invalid(FileProblem.BAD_TIME, str(raw_t)[:20])
    t = time(int(match.group(1)), int(match.group(2)))
    kind = _text(data, "type", where)
    if kind not in ev.EVENT_TYPES:
        raise where.invalid(FileProblem.UNKNOWN_EVENT_TYPE, kind[:40])
    return _EVENT_READERS[kind](data, t, where)


def _who(data: dict[str, Any], where: _Where) -> str:
    return _text(data, "consultant", where)


def _away(data: dict[str, Any], t: time, where: _Where) -> ev.Event:
    return ev.Away(
        t,
        _who(data, where),
        _choice(data, "reason", AwayReason, where),
        _text(data, "approved_by", where, optional=True),
    )


def _order_changed(data: dict[str, Any], t: time, where: _Where) -> ev.Event:
    order = _key(data, "order", where)
    if not isinstance(order, list) or not all(isinstance(n, str) and n.strip() for n in order):
        raise where.invalid(FileProblem.BAD_VALUE, "order")
    return ev.OrderChanged(t, tuple(n.strip() for n in order), _text(data, "by", where))


def _walk_in(data: dict[str, Any], t: time, where: _Where) -> ev.Event:
    designated = _text(data, "designated", where, optional=True)
    return ev.WalkIn(t, _visitor(_key(data, "visitor", where), where), designated or None)


def _switch(data: dict[str, Any], t: time, where: _Where) -> ev.Event:
    insists = data.get("customer_insists", False)
    if not isinstance(insists, bool):
        raise where.invalid(FileProblem.BAD_VALUE, "customer_insists")
    return ev.SwitchRequest(t, _who(data, where), _choice(data, "fault", Fault, where), insists)


_EVENT_READERS: dict[str, Callable[[dict[str, Any], time, _Where], ev.Event]] = {
    "sign_in": lambda d, t, w: ev.SignIn(t, _who(d, w)),
    "sign_out": lambda d, t, w: ev.SignOut(t, _who(d, w)),
    "away": _away,
    "back": lambda d, t, w: ev.Back(t, _who(d, w)),
    "turn_cancelled": lambda d, t, w: ev.TurnCancelled(
        t, _who(d, w), _text(d, "by", w), _text(d, "reason", w, optional=True)
    ),
    "order_changed": _order_changed,
    "walk_in": _walk_in,
    "visit_end": lambda d, t, w: ev.VisitEnd(t, _who(d, w)),
    "switch_request": _switch,
    "phone_enquiry": lambda d, t, w: ev.PhoneEnquiry(t, _visitor(_key(d, "visitor", w), w)),
}
