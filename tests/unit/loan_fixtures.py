"""Shared by the loan-service tests: customer files to lend (made through the services) and
the due time of a day at the office's closing time."""

from __future__ import annotations

from datetime import date, datetime, time

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from tests.unit.customer_fixtures import register

CLOSING = time(17, 30)


def files(services: Services, actor: Principal, count: int = 2, **changes: object) -> list[str]:
    """COUNT customer files on shelf A-01-03 (unless told), by archive number."""
    return [f.archive_number for f in register(services, actor, count, **changes)]


def closing_on(day: date, at: time = CLOSING) -> datetime:
    """The office's closing time on DAY, as an aware moment (the machine's time zone)."""
    return datetime.combine(day, at).astimezone()
