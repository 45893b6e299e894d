"""The clock every feature shares: now (aware, UTC) and the office's day of a moment.

The services take their clock from ServiceContext (tests move it by hand); the office's day is
the machine's local date of that moment — a records office keeps one local calendar, and a
loan due "on the 5th" or a visitor sheet "of today" means the day on the office's wall."""

from __future__ import annotations

from datetime import UTC, date, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


def office_day(at: datetime) -> date:
    """The office's day of an aware moment: the machine's local date (a Taiwan office)."""
    return at.astimezone().date()
