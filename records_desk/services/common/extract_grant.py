"""Customer data leaving the office (R-BAK-5): the export right (Action.CUSTOMER_DATA_EXPORT),
or, for a role without it, one approved extract request — asked of the features
(records_desk/features.py `extract_grant`) so the customer exports never import the feature
that keeps the requests. The export spends the grant in the transaction that writes its audit
entry, which names the request and its approver.

Decisions:
- The role's own right comes first: the general manager, the director and the archivist (and
  the archivist's deputy on the days of the period) never use up a request.
- Without the right and without a usable request, the refusal is ServiceContext.authorize's:
  PermissionDenied, audited as every refusal is.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy.orm import Session

from records_desk.domain.common.permissions import Action, Extract
from records_desk.domain.common.roles import Role
from records_desk.features import features
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.models import Account


@dataclass(frozen=True)
class ExtractGrant:
    """One approved request that lets its asker make one extract."""

    request_id: int
    approver: str  # the user name of who approved it
    feature_module: str  # the feature module that spends it

    def audit_details(self) -> dict[str, object]:
        return {"extract_request": self.request_id, "approved_by": self.approver}

    def summary_suffix(self) -> str:
        return f" (extract request {self.request_id}, approved by {self.approver})"


def authorize_extract(
    ctx: ServiceContext, actor: Principal, what: Extract
) -> tuple[Principal, ExtractGrant | None]:
    """ACTOR with their current role, and the grant the extract uses (None: their own right).
    Raises PermissionDenied (audited) or AccountDisabled as ServiceContext.authorize does."""
    action = Action.CUSTOMER_DATA_EXPORT
    if not ctx.may(actor, action):
        with ctx.uow.read() as uow:
            account = uow.session.get(Account, actor.account_id)
            if account is not None and account.active:
                grant = find_grant(uow.session, actor.account_id, what, ctx.now())
                if grant is not None:
                    return replace(actor, role=Role(account.role)), grant
    return ctx.authorize(actor, action), None


def find_grant(
    session: Session, account_id: int, what: Extract, now: datetime
) -> ExtractGrant | None:
    for feature in features():
        if feature.extract_grant:
            module = importlib.import_module(feature.extract_grant)
            found: tuple[int, str] | None = module.extract_grant(
                session, account_id, what.value, now
            )
            if found is not None:
                return ExtractGrant(found[0], found[1], feature.extract_grant)
    return None


def use_grant(
    session: Session, grant: ExtractGrant, rows: int, audit_seq: int, now: datetime
) -> None:
    """Spend GRANT in SESSION's transaction (the export's audit entry's): raises a domain
    error, and so leaves no file, when it was spent or lapsed meanwhile."""
    module = importlib.import_module(grant.feature_module)
    module.use_extract(session, grant.request_id, rows, audit_seq, now)
