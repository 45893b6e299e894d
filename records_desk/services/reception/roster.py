"""The consultants the counter can sign in (R-REC-1): every active consultant account, by
name. The receptionist may not list the office's accounts (ACCOUNT_LIST is the
administrators'), but she must pick who works today; this gives her the consultants and no
one else."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.models import Account


@dataclass(frozen=True)
class Consultant:
    username: str
    full_name: str

    @property
    def label(self) -> str:
        """As the counter shows a consultant: the full name, else the user name."""
        return self.full_name or self.username


class RosterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def consultants(self, actor: Principal) -> list[Consultant]:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(Account.username, Account.full_name)
                .where(Account.role == Role.CONSULTANT.value, Account.active.is_(True))
                .order_by(Account.full_name, Account.username)
            )
            return [Consultant(r.username, r.full_name or "") for r in rows]
