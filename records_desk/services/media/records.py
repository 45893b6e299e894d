"""What the media services share: finding a medium, the next number of a prefix, writing an
event, finding accounts named in evidence, and turning rows into DTOs."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.media.errors import MediumNotFound
from records_desk.domain.media.numbers import format_medium_number, normalise_medium_number
from records_desk.domain.media.vocabulary import PREFIXES, MediumState, MediumType
from records_desk.services.media.dto import MediumEventInfo, MediumInfo, MediumRow
from records_desk.store.media import MediaSequence, Medium, MediumEvent
from records_desk.store.models import Account


def load_medium(session: Session, number: str) -> Medium:
    wanted = normalise_medium_number(number)
    medium = session.scalars(select(Medium).where(Medium.number == wanted)).one_or_none()
    if medium is None:
        raise MediumNotFound(wanted)
    return medium


def next_medium_number(session: Session, kind: MediumType) -> str:
    """R-MED-1: the prefix's next number; the sequence only rises (the write transaction holds
    the database's write lock from BEGIN, so two desks never take one number)."""
    prefix = PREFIXES[kind]
    row = session.get(MediaSequence, prefix)
    if row is None:
        row = MediaSequence(prefix=prefix, last=0)
        session.add(row)
    row.last += 1
    return format_medium_number(kind, row.last)


def as_json(value: Any) -> Any:
    """Evidence as the event log stores it: dates as ISO text, enums as their values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_json(v) for v in value]
    return value


def add_event(
    session: Session,
    medium: Medium,
    account_id: int,
    at: datetime,
    action: str,
    before: str | None,
    evidence: dict[str, Any],
    note: str = "",
) -> MediumEvent:
    """Record one step of MEDIUM (its state already changed by the caller)."""
    event = MediumEvent(
        medium_id=medium.id,
        at=at,
        account_id=account_id,
        action=action,
        state_before=before,
        state_after=medium.state,
        evidence=as_json(evidence),
        note=note,
    )
    session.add(event)
    medium.events = (medium.events or 0) + 1
    return event


def usernames(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(Account.id, Account.username).where(Account.id.in_(wanted)))
    return {i: name for i, name in rows}


def account_named(session: Session, username: str) -> Account | None:
    return session.scalars(
        select(Account).where(Account.username == username.strip())
    ).one_or_none()


def events_of(session: Session, medium: Medium) -> list[MediumEventInfo]:
    rows = session.execute(
        select(MediumEvent, Account.username)
        .join(Account, Account.id == MediumEvent.account_id)
        .where(MediumEvent.medium_id == medium.id)
        .order_by(MediumEvent.at, MediumEvent.id)
    ).all()
    return [
        MediumEventInfo(
            at=e.at,
            account=name,
            action=e.action,
            state_before=MediumState(e.state_before) if e.state_before else None,
            state_after=MediumState(e.state_after),
            evidence=dict(e.evidence),
            note=e.note,
        )
        for e, name in rows
    ]


def medium_info(session: Session, medium: Medium, with_events: bool = False) -> MediumInfo:
    names = usernames(
        session,
        [
            medium.registered_by_id,
            medium.custodian_account_id,
            medium.holder_account_id,
            medium.approved_by_id,
        ],
    )

    def name(account_id: int | None) -> str | None:
        return names.get(account_id) if account_id is not None else None

    return MediumInfo(
        number=medium.number,
        media_type=MediumType(medium.media_type),
        state=MediumState(medium.state),
        classified=medium.classified,
        department=medium.department,
        brand=medium.brand,
        model=medium.model,
        serial=medium.serial,
        capacity=medium.capacity,
        location=medium.location,
        custodian=name(medium.custodian_account_id),
        registered_at=medium.registered_at,
        registered_by=names.get(medium.registered_by_id, ""),
        labelled=medium.labelled,
        encryption=medium.encryption,
        virus_checked_at=medium.virus_checked_at,
        virus_check_clean=medium.virus_check_clean,
        holder=name(medium.holder_account_id),
        approved_by=name(medium.approved_by_id),
        issued_at=medium.issued_at,
        due_on=medium.due_on,
        repair_unit=medium.repair_unit,
        backup_category=medium.backup_category,
        content=medium.content,
        last_counted_on=medium.last_counted_on,
        event_count=medium.events,
        events=tuple(events_of(session, medium)) if with_events else (),
    )


def medium_row(medium: Medium, holder: str | None) -> MediumRow:
    return MediumRow(
        number=medium.number,
        media_type=MediumType(medium.media_type),
        state=MediumState(medium.state),
        classified=medium.classified,
        department=medium.department,
        brand=medium.brand,
        model=medium.model,
        location=medium.location,
        holder=holder,
        due_on=medium.due_on,
        last_counted_on=medium.last_counted_on,
        backup_category=medium.backup_category,
    )
