"""Registrations, follow-ups and relations (R-REC-4, R-REC-9, R-GRD-6), and the counter's
check of a phone or ID number: a returning customer (whose, valid through when), a household
member, an expired registration, or new.

Decisions:
- A consultant registers their own visitors and records follow-ups of their own only (R-GRD-6,
  第四篇 六2); the sales manager and the admins may for anyone; the reception clerk registers at
  the counter for a named consultant but records no follow-up (it is the consultant's
  judgement). A refusal is audited like every other.
- Phones are stored as their digits and ID numbers upper-cased without spaces, the keys the
  engine compares: the check is an index lookup on exactly what was typed.
- The check answers as of the day's start (registry.py): it says what the assignment will do.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.reception.records_errors import (
    EntryInvalid,
    EntryProblem,
    NotYourVisitor,
    RegistrationNotFound,
)
from records_desk.domain.reception.registrations import RelationKind, valid_through
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.reception.dto import (
    FollowUpInfo,
    Level,
    RegistrationInfo,
    VisitorCheck,
    VisitorStatus,
)
from records_desk.services.reception.records import consultant, names
from records_desk.services.reception.registry import registry_for, tidy_id, tidy_phone
from records_desk.store.models import Account
from records_desk.store.reception import FollowUp, Registration, Relation

_MANAGERS = frozenset({Role.GENERAL_MANAGER, Role.CUSTOMER_DIRECTOR, Role.SALES_MANAGER})


def level_of(text: str | Level) -> Level:
    try:
        return Level(str(text).strip().upper())
    except ValueError:
        raise EntryInvalid(EntryProblem.BAD_LEVEL, str(text)) from None


def registration_info(session: Session, row: Registration) -> RegistrationInfo:
    username, full_name = names(session, [row.consultant_id])[row.consultant_id]
    return RegistrationInfo(
        id=row.id,
        visitor_name=row.visitor_name,
        phone=row.phone,
        id_number=row.id_number,
        consultant=username,
        consultant_name=full_name,
        registered_on=row.registered_on,
        last_contact_on=row.last_contact_on,
        valid_through=valid_through(row.last_contact_on),
        level=Level(row.level) if row.level else None,
    )


class RegistrationService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def register(
        self,
        actor: Principal,
        visitor: Visitor,
        consultant_name: str | None = None,
        registered_on: date | None = None,
        level: Level | str | None = None,
    ) -> RegistrationInfo:
        """R-REC-4: VISITOR becomes CONSULTANT_NAME's (the actor's own, for a consultant)."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_REGISTER)
        now = self.ctx.now()
        today = office_day(now)
        day = registered_on or today
        name = visitor.name.strip()
        phone, id_number = tidy_phone(visitor.phone), tidy_id(visitor.id_number)
        if not name:
            raise EntryInvalid(EntryProblem.NO_NAME)
        if not (phone or id_number):
            raise EntryInvalid(EntryProblem.NO_CONTACT)
        if day > today:
            raise EntryInvalid(EntryProblem.FUTURE_DATE, day.isoformat())
        grade = level_of(level) if level else None
        mine = actor.role is Role.CONSULTANT
        if mine and consultant_name and consultant_name.strip() != actor.username:
            self._refuse(actor, Action.RECEPTION_REGISTER)
        with self.ctx.uow.write() as uow:
            session = uow.session
            if mine:
                owner = session.get(Account, actor.account_id)
                assert owner is not None
            else:
                owner = consultant(session, consultant_name or "")
            row = Registration(
                visitor_name=name,
                phone=phone,
                id_number=id_number,
                consultant_id=owner.id,
                registered_on=day,
                last_contact_on=day,
                level=grade.value if grade else None,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.RECEPTION_REGISTER,
                f"visitor registered to {owner.username}",
                entity_type=AuditTarget.RECEPTION_REGISTRATION,
                entity_id=row.id,
                details={"consultant": owner.username, "registered_on": day.isoformat()},
            )
            info = registration_info(session, row)
            uow.commit()
        return info

    def follow_up(
        self,
        actor: Principal,
        registration_id: int,
        on: date,
        level: Level | str,
        note: str = "",
    ) -> FollowUpInfo:
        """R-GRD-6: the consultant's follow-up of their own visitor and the prospect's A/B/C;
        the registration stays valid a month from it (R-REC-4)."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_REGISTER)
        grade = level_of(level)
        if actor.role not in _MANAGERS and actor.role is not Role.CONSULTANT:
            self._refuse(actor, Action.RECEPTION_REGISTER)
        now = self.ctx.now()
        if on > office_day(now):
            raise EntryInvalid(EntryProblem.FUTURE_DATE, on.isoformat())
        with self.ctx.uow.write() as uow:
            session = uow.session
            row = session.get(Registration, registration_id)
            if row is None:
                raise RegistrationNotFound(registration_id)
            if actor.role is Role.CONSULTANT and row.consultant_id != actor.account_id:
                raise NotYourVisitor(actor.username, row.visitor_name)
            entry = FollowUp(
                registration_id=row.id,
                on=on,
                note=note.strip(),
                level=grade.value,
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(entry)
            if on >= row.last_contact_on:
                row.last_contact_on = on
                row.level = grade.value
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.RECEPTION_FOLLOW_UP,
                f"follow-up on {on.isoformat()}, level {grade.value}",
                entity_type=AuditTarget.RECEPTION_REGISTRATION,
                entity_id=row.id,
                details={"on": on.isoformat(), "level": grade.value},
            )
            info = FollowUpInfo(entry.id, row.id, on, entry.note, grade, actor.username)
            uow.commit()
        return info

    def relate(self, actor: Principal, a_id: int, b_id: int, kind: RelationKind | str) -> None:
        """R-REC-9: record how two registered visitors are related."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_REGISTER)
        try:
            relation = RelationKind(kind)
        except ValueError:
            raise EntryInvalid(EntryProblem.BAD_RELATION, str(kind)) from None
        if a_id == b_id:
            raise EntryInvalid(EntryProblem.BAD_RELATION, str(a_id))
        now = self.ctx.now()
        a_id, b_id = sorted((a_id, b_id))
        with self.ctx.uow.write() as uow:
            session = uow.session
            for rid in (a_id, b_id):
                if session.get(Registration, rid) is None:
                    raise RegistrationNotFound(rid)
            existing = session.scalars(
                select(Relation).where(Relation.a_id == a_id, Relation.b_id == b_id)
            ).one_or_none()
            if existing is None:
                session.add(
                    Relation(
                        a_id=a_id,
                        b_id=b_id,
                        kind=relation.value,
                        recorded_by_id=actor.account_id,
                        recorded_at=now,
                    )
                )
            else:
                existing.kind = relation.value
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.RECEPTION_RELATE,
                f"registrations {a_id} and {b_id} related: {relation.value}",
                entity_type=AuditTarget.RECEPTION_REGISTRATION,
                entity_id=a_id,
                details={"a": a_id, "b": b_id, "kind": relation.value},
            )
            uow.commit()

    def get(self, actor: Principal, registration_id: int) -> RegistrationInfo:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            row = uow.session.get(Registration, registration_id)
            if row is None:
                raise RegistrationNotFound(registration_id)
            return registration_info(uow.session, row)

    def follow_ups(self, actor: Principal, registration_id: int) -> list[FollowUpInfo]:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            rows = list(
                uow.session.scalars(
                    select(FollowUp)
                    .where(FollowUp.registration_id == registration_id)
                    .order_by(FollowUp.on, FollowUp.id)
                )
            )
            who = names(uow.session, [r.recorded_by_id for r in rows])
            return [
                FollowUpInfo(r.id, r.registration_id, r.on, r.note, Level(r.level),
                             who[r.recorded_by_id][0])
                for r in rows
            ]  # fmt: skip

    def check(
        self, actor: Principal, phone: str = "", id_number: str = "", day: date | None = None
    ) -> VisitorCheck:
        """R-REC-4, R-REC-9: what the counter shows as the receptionist types."""
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        when = day or office_day(self.ctx.now())
        visitor = Visitor("", phone, id_number)
        if not (tidy_phone(phone) or tidy_id(id_number)):
            return VisitorCheck(VisitorStatus.NEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            registry, rows = registry_for(session, [visitor], when)
            match = registry.match(visitor, when)
            if match is None:
                return VisitorCheck(VisitorStatus.NEW)
            index = registry.registrations.index(match.registration)
            mine = registration_info(session, rows[index])
            if match.owner is None:
                return VisitorCheck(VisitorStatus.EXPIRED, mine, valid_through=mine.valid_through)
            owner_row = rows[registry.registrations.index(match.owner)]
            owner = registration_info(session, owner_row)
            return VisitorCheck(
                VisitorStatus.HOUSEHOLD if match.household else VisitorStatus.RETURNING,
                mine if not match.household else owner,
                owner=owner.consultant,
                owner_name=owner.consultant_name,
                valid_through=match.owner.valid_through(),
                member_of=owner.visitor_name if match.household else None,
            )

    def _refuse(self, actor: Principal, action: Action) -> None:
        """Audited like every refusal (outside any write: the refusal commits its own)."""
        refused = PermissionDenied(actor.username, actor.role.value, action.value)
        self.ctx.audit_refusal(actor.username, action, refused)
        raise refused
