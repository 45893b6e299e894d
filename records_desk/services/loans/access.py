"""The permission check of the loan services (R-ACC-2), which knows the date (R-ACC-5): an
account named the archivist's deputy has the archivist's rights in the register on the days of
its period, and the act is recorded as the deputy's.

Decisions:
- The account is re-read on every call, as ServiceContext.authorize does; the deputy periods
  are read only when the role alone does not allow the act.
- A refusal is audited like every other (services/common/base.py record_refusal).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.domain.loans import deputy as dp
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.store.loans import DeputyPeriod
from records_desk.store.models import Account


@dataclass(frozen=True)
class Acting:
    """Who acts, with the current role, and the deputy period the act falls under (None: the
    role's own right)."""

    principal: Principal
    deputy_period: int | None = None

    @property
    def as_deputy(self) -> bool:
        return self.deputy_period is not None

    def audit_details(self) -> dict[str, object]:
        return {"as_deputy": self.deputy_period} if self.as_deputy else {}

    def summary_suffix(self) -> str:
        return " (as deputy archivist)" if self.as_deputy else ""


def authorize(ctx: ServiceContext, actor: Principal, action: Action) -> Acting:
    day = office_day(ctx.now())
    with ctx.uow.read() as uow:
        account = uow.session.get(Account, actor.account_id)
        active = account is not None and account.active
        role = Role(account.role) if account is not None else actor.role
        periods: list[dp.DeputyPeriod] = []
        if active and not is_allowed(role, action) and action in dp.DEPUTY_ACTIONS:
            rows = uow.session.scalars(
                select(DeputyPeriod).where(
                    DeputyPeriod.account_id == actor.account_id,
                    DeputyPeriod.starts_on <= day,
                    DeputyPeriod.ends_on >= day,
                )
            )
            periods = [dp.DeputyPeriod(r.id, r.account_id, r.starts_on, r.ends_on) for r in rows]
    period = dp.period_in_force(periods, actor.account_id, day)
    try:
        if not active:
            raise AccountDisabled(actor.username)
        if not dp.may_act(role, action, period):
            raise PermissionDenied(username=actor.username, role=role.value, action=action.value)
    except (PermissionDenied, AccountDisabled) as refused:
        ctx.audit_refusal(actor.username, action, refused)
        raise
    acting_period = period.id if period and dp.acts_as_deputy(role, action, period) else None
    return Acting(replace(actor, role=role), acting_period)


def allowed(ctx: ServiceContext, actor: Principal, action: Action) -> bool:
    """Whether ACTOR may do ACTION today (the role, or a deputy period in force), asked by the
    window to grey out what would be refused; nothing is audited (nothing was attempted)."""
    day = office_day(ctx.now())
    with ctx.uow.read() as uow:
        account = uow.session.get(Account, actor.account_id)
        if account is None or not account.active:
            return False
        role = Role(account.role)
        if is_allowed(role, action):
            return True
        if action not in dp.DEPUTY_ACTIONS:
            return False
        rows = uow.session.scalars(
            select(DeputyPeriod).where(
                DeputyPeriod.account_id == actor.account_id,
                DeputyPeriod.starts_on <= day,
                DeputyPeriod.ends_on >= day,
            )
        )
        periods = [dp.DeputyPeriod(r.id, r.account_id, r.starts_on, r.ends_on) for r in rows]
    return dp.may_act(role, action, dp.period_in_force(periods, actor.account_id, day))
