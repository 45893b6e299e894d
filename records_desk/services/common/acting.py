"""Who acts, and in which role (R-ACC-2, R-ACC-5), for the services whose audit summaries say
when an act is the archivist's deputy's (the loan register, the media inventory): the check
is ServiceContext.authorize's — the account's own role, or the role it acts in today as the
features say (features.py `acting_role`) — and `Acting` tells the service which it was."""

from __future__ import annotations

from dataclasses import dataclass

from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal


@dataclass(frozen=True)
class Acting:
    """Who acts, with the role they act in, and the deputy period the act falls under (None:
    the role's own right)."""

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
    """ServiceContext.authorize (a refusal audited and raised), and under which period."""
    principal = ctx.authorize(actor, action)
    marks = journal.acting_marks(actor.username) or {}
    period = marks.get("as_deputy")
    return Acting(principal, period if isinstance(period, int) else None)


def allowed(ctx: ServiceContext, actor: Principal, action: Action) -> bool:
    return ctx.may(actor, action)
