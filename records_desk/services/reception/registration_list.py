"""The registrations as the Registrations dialog lists them (R-REC-4, R-GRD-6): newest contact
first, found by a part of the visitor's name, phone or ID number, for one consultant or all.
A consultant sees their own visitors only; the desk and the managers see everyone's.

Decisions:
- A page of at most `limit` rows and the count of all that match: a year brings tens of
  thousands of registrations, and the dialog shows the first few hundred with the number.
- "Valid only" is the registration rule itself (domain/reception/registrations.py
  valid_through), applied to the rows a coarse date bound (a month and a day back) lets
  through, so month ends are decided by the same code as the counter's check."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.registrations import valid_through
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.reception.dto import Level, RegistrationInfo
from records_desk.store.models import Account
from records_desk.store.reception import Registration


@dataclass(frozen=True)
class RegistrationQuery:
    text: str = ""  # a part of the name, phone or ID number
    consultant: str = ""  # a user name; "" for all the actor may see
    valid_only: bool = False


@dataclass(frozen=True)
class RegistrationPage:
    rows: list[RegistrationInfo]
    total: int  # all that match, of which `rows` are the first
    today: date


class RegistrationListService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def page(
        self, actor: Principal, query: RegistrationQuery, limit: int = 500
    ) -> RegistrationPage:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        today = office_day(self.ctx.now())
        with self.ctx.uow.read() as uow:
            session = uow.session
            wanted = self._filtered(session, actor, query, today)
            if query.valid_only:
                rows = [
                    r
                    for r in session.execute(wanted).all()
                    if valid_through(r.Registration.last_contact_on) >= today
                ]
                return RegistrationPage([_info(r) for r in rows[:limit]], len(rows), today)
            total = session.execute(
                select(func.count()).select_from(wanted.order_by(None).subquery())
            ).scalar_one()
            page = session.execute(wanted.limit(limit)).all()
            return RegistrationPage([_info(r) for r in page], int(total), today)

    def _filtered(
        self, session: Session, actor: Principal, query: RegistrationQuery, today: date
    ) -> Select[Registration, str, str]:
        wanted = (
            select(Registration, Account.username, Account.full_name)
            .join(Account, Account.id == Registration.consultant_id)
            .order_by(Registration.last_contact_on.desc(), Registration.id.desc())
        )
        if actor.role is Role.CONSULTANT:
            wanted = wanted.where(Registration.consultant_id == actor.account_id)
        elif query.consultant.strip():
            wanted = wanted.where(Account.username == query.consultant.strip())
        text = query.text.strip()
        if text:
            like = f"%{text}%"
            compact = "".join(text.split()).replace("-", "")
            wanted = wanted.where(
                or_(
                    Registration.visitor_name.like(like),
                    Registration.phone.like(f"%{compact}%"),
                    Registration.id_number.like(f"%{compact.upper()}%"),
                )
            )
        if query.valid_only:
            wanted = wanted.where(Registration.last_contact_on >= today - timedelta(days=32))
        return wanted


def _info(row: object) -> RegistrationInfo:
    r: Registration = row.Registration  # type: ignore[attr-defined]
    return RegistrationInfo(
        id=r.id,
        visitor_name=r.visitor_name,
        phone=r.phone,
        id_number=r.id_number,
        consultant=row.username,  # type: ignore[attr-defined]
        consultant_name=row.full_name or "",  # type: ignore[attr-defined]
        registered_on=r.registered_on,
        last_contact_on=r.last_contact_on,
        valid_through=valid_through(r.last_contact_on),
        level=Level(r.level) if r.level else None,
    )
