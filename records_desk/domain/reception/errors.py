"""Typed errors of reception rotation. Each carries the data the wording needs
(records_desk/wording/reception/errors.py): the event's position (1 = the day's first event)
and time, what is wrong, and the consultant concerned; `__str__` is the English fallback for
logs (never a visitor's name or phone)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum

from records_desk.domain.common.errors import DomainError


class EventProblem(StrEnum):
    """Why an event makes no sense in the day as replayed so far."""

    TIME_OUT_OF_ORDER = "time_out_of_order"  # earlier than the event before it
    UNKNOWN_CONSULTANT = "unknown_consultant"  # never signed in today
    NOT_SIGNED_IN = "not_signed_in"  # signed in earlier, signed out since
    ALREADY_SIGNED_IN = "already_signed_in"
    ALREADY_AWAY = "already_away"
    NOT_AWAY = "not_away"  # `back` without `away`
    NOT_BUSY = "not_busy"  # `visit_end` or `switch_request` of someone with no visitor
    STILL_BUSY = "still_busy"  # `sign_out` while a visitor is with them
    APPROVAL_MISSING = "approval_missing"  # manager_assignment without approved_by
    BY_MISSING = "by_missing"  # turn_cancelled / order_changed without who did it
    ORDER_MISMATCH = "order_mismatch"  # order_changed not naming exactly those signed in
    NO_ONE_TO_RECEIVE = "no_one_to_receive"  # a visitor and nobody signed in and at post


@dataclass
class EventRefused(DomainError):
    """An event that makes no sense at its place in the day; the replay stops there."""

    position: int
    t: time
    problem: EventProblem
    consultant: str = ""

    def __str__(self) -> str:
        who = f" ({self.consultant})" if self.consultant else ""
        return f"event {self.position} at {self.t:%H:%M}: {self.problem.value}{who}"


class FileProblem(StrEnum):
    """Why a day written as data (day_file.py) cannot be read."""

    NOT_JSON = "not_json"
    NOT_AN_OBJECT = "not_an_object"  # the day, a registration, an event… is not an object
    MISSING_KEY = "missing_key"
    BAD_VALUE = "bad_value"  # a key of the wrong type or out of its choices
    BAD_DATE = "bad_date"
    BAD_TIME = "bad_time"
    UNKNOWN_EVENT_TYPE = "unknown_event_type"


@dataclass
class DayFileInvalid(DomainError):
    """A day file that cannot be read. `position`/`t` name the event (0 and None for the
    day's own keys, its registrations and relations); `where` is the section ("events",
    "registrations", "relations", "date" or "" for the whole file); `detail` the key, the
    type; `line`/`column` where the text stops being JSON."""

    problem: FileProblem
    where: str = ""
    position: int = 0
    t: str | None = None
    detail: str = ""
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        at = f" {self.where} {self.position}" if self.position else f" {self.where}"
        when = f" at {self.t}" if self.t else ""
        return f"day file:{at}{when}: {self.problem.value} {self.detail}".rstrip()
