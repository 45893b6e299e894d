"""The registrations a day's replay and the counter's check need, read from the database into
the engine's `Registry` (domain/reception/registrations.py): those of the visitors asked
about (by phone or ID number), their households through the relations, as known before the
day began.

Decisions:
- As of the day's start: registrations made before the day, each with its last follow-up
  before the day (else its registration day). A registration or follow-up made during the day
  cannot change the replay of that day's earlier walk-ins, so the same stored events always
  give the same assignments, and the counter's check says what the assignment will do. A
  visitor registered this morning who comes back this afternoon is recognised by the clerk
  and designated to their consultant (R-REC-8: recognised the same day → the original).
- Only the few registrations concerned are read (indexed phone and ID number, then the
  relations of those found, until no new one joins): a year of history costs a few index
  lookups, not a scan.
- The engine joins relations by phone number; a registration with no phone joins its relatives
  only through its ID number's other registrations.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from records_desk.domain.reception.registrations import (
    JOINING,
    Registration,
    Registry,
    Relation,
    RelationKind,
    id_key,
    phone_key,
)
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.store.models import Account
from records_desk.store.reception import FollowUp
from records_desk.store.reception import Registration as RegistrationRow
from records_desk.store.reception import Relation as RelationRow

# A household larger than this many rounds of relatives is not a family: stop looking.
_ROUNDS = 6


def tidy_phone(phone: str) -> str:
    return phone_key(phone)


def tidy_id(id_number: str) -> str:
    return id_key(id_number)


def rows_for(session: Session, visitors: Iterable[Visitor], day: date) -> list[RegistrationRow]:
    """The registrations made before DAY of the visitors and their households."""
    phones = {tidy_phone(v.phone) for v in visitors} - {""}
    ids = {tidy_id(v.id_number) for v in visitors} - {""}
    found: dict[int, RegistrationRow] = {}
    for _ in range(_ROUNDS):
        conditions = []
        if phones:
            conditions.append(RegistrationRow.phone.in_(phones))
        if ids:
            conditions.append(RegistrationRow.id_number.in_(ids))
        if not conditions:
            break
        query = select(RegistrationRow).where(or_(*conditions), RegistrationRow.registered_on < day)
        new = [r for r in session.scalars(query) if r.id not in found]
        if not new:
            break
        found.update((r.id, r) for r in new)
        new_ids = [r.id for r in new]
        related = session.execute(
            select(RelationRow.a_id, RelationRow.b_id).where(
                RelationRow.kind.in_([k.value for k in JOINING]),
                or_(RelationRow.a_id.in_(new_ids), RelationRow.b_id.in_(new_ids)),
            )
        ).all()
        others = {i for pair in related for i in pair} - set(found)
        phones, ids = set(), set()
        for other in session.scalars(select(RegistrationRow).where(RegistrationRow.id.in_(others))):
            phones.add(other.phone)
            ids.add(other.id_number)
        phones -= {""}
        ids -= {""}
    return sorted(found.values(), key=lambda r: (r.registered_on, r.id))


def last_follow_ups(session: Session, ids: list[int], day: date) -> dict[int, date]:
    """Each registration's last follow-up before DAY."""
    if not ids:
        return {}
    rows = session.execute(
        select(FollowUp.registration_id, func.max(FollowUp.on))
        .where(FollowUp.registration_id.in_(ids), FollowUp.on < day)
        .group_by(FollowUp.registration_id)
    )
    return {r[0]: r[1] for r in rows}


def registry_for(
    session: Session, visitors: Iterable[Visitor], day: date
) -> tuple[Registry, list[RegistrationRow]]:
    """The engine's registry of VISITORS on DAY, and the rows it was made of (in its order)."""
    rows = rows_for(session, visitors, day)
    ids = [r.id for r in rows]
    last = last_follow_ups(session, ids, day)
    owners: dict[int, str] = {}
    if rows:
        query = select(Account.id, Account.username).where(
            Account.id.in_({r.consultant_id for r in rows})
        )
        owners = {account_id: username for account_id, username in session.execute(query)}
    registrations = [
        Registration(
            visitor=Visitor(r.visitor_name, r.phone, r.id_number),
            consultant=owners[r.consultant_id],
            registered=r.registered_on,
            last_follow_up=last.get(r.id, r.registered_on),
        )
        for r in rows
    ]
    phone_of = {r.id: r.phone for r in rows}
    relations = []
    if ids:
        for a_id, b_id, kind in session.execute(
            select(RelationRow.a_id, RelationRow.b_id, RelationRow.kind).where(
                RelationRow.a_id.in_(ids), RelationRow.b_id.in_(ids)
            )
        ):
            if phone_of[a_id] and phone_of[b_id]:
                relations.append(Relation(phone_of[a_id], phone_of[b_id], RelationKind(kind)))
    return Registry(registrations, relations), rows
