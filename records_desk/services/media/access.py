"""The permission check of the media services (R-ACC-2), which knows the date (R-ACC-5): an
account named the archivist's deputy has the archivist's rights in the inventory on the days
of its period, and the act is recorded as the deputy's.

Decisions:
- The deputy is named once, in the loan register (services/loans/deputies.py: 一篇 第六章7
  names one deputy for the archivist's work, files and media alike); the inventory reads its
  periods through store/media.py DEPUTY_PERIODS, not through the loans feature's code.
- The rights lent are the archivist's in the inventory (DEPUTY_ACTIONS): everything the
  archivist does there. Consenting to an issue is a department head's, never lent.
- The account is re-read on every call; a refusal is audited like every other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.store.media import DEPUTY_PERIODS
from records_desk.store.models import Account

DEPUTY_ACTIONS = frozenset(
    {
        Action.MEDIA_REGISTER,
        Action.MEDIA_PREPARE,
        Action.MEDIA_ISSUE,
        Action.MEDIA_REPAIR,
        Action.MEDIA_DISPOSE,
        Action.MEDIA_STOCKTAKE,
    }
)


@dataclass(frozen=True)
class Acting:
    """Who acts, with the current role, and the deputy period the act falls under."""

    principal: Principal
    deputy_period: int | None = None

    @property
    def as_deputy(self) -> bool:
        return self.deputy_period is not None

    def audit_details(self) -> dict[str, object]:
        return {"as_deputy": self.deputy_period} if self.as_deputy else {}

    def summary_suffix(self) -> str:
        return " (as deputy archivist)" if self.as_deputy else ""


def _period(session: Session, account_id: int, day: date) -> int | None:
    return session.scalars(
        select(DEPUTY_PERIODS.c.id).where(
            DEPUTY_PERIODS.c.account_id == account_id,
            DEPUTY_PERIODS.c.starts_on <= day,
            DEPUTY_PERIODS.c.ends_on >= day,
            DEPUTY_PERIODS.c.starts_on <= DEPUTY_PERIODS.c.ends_on,
        )
    ).first()


def _lent(role: Role, action: Action) -> bool:
    return (
        not is_allowed(role, action)
        and action in DEPUTY_ACTIONS
        and is_allowed(Role.ARCHIVIST, action)
    )


def authorize(ctx: ServiceContext, actor: Principal, action: Action) -> Acting:
    day = office_day(ctx.now())
    with ctx.uow.read() as uow:
        account = uow.session.get(Account, actor.account_id)
        active = account is not None and account.active
        role = Role(account.role) if account is not None else actor.role
        period = (
            _period(uow.session, actor.account_id, day) if active and _lent(role, action) else None
        )
    try:
        if not active:
            raise AccountDisabled(actor.username)
        if not is_allowed(role, action) and period is None:
            raise PermissionDenied(username=actor.username, role=role.value, action=action.value)
    except (PermissionDenied, AccountDisabled) as refused:
        ctx.audit_refusal(actor.username, action, refused)
        raise
    return Acting(replace(actor, role=role), period)


def allowed(ctx: ServiceContext, actor: Principal, action: Action) -> bool:
    """Whether ACTOR may do ACTION today, asked by the window to grey out what would be
    refused; nothing is audited (nothing was attempted)."""
    day = office_day(ctx.now())
    with ctx.uow.read() as uow:
        account = uow.session.get(Account, actor.account_id)
        if account is None or not account.active:
            return False
        role = Role(account.role)
        if is_allowed(role, action):
            return True
        return _lent(role, action) and _period(uow.session, actor.account_id, day) is not None
