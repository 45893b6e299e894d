"""What every service shares: the unit-of-work factory, the clock, the policies, and the
permission check that audits refusals. (The clock itself: clock.py.)"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.passwords import PasswordPolicy
from records_desk.domain.common.permissions import Action, require
from records_desk.domain.common.roles import Role
from records_desk.services.common import journal
from records_desk.services.common.clock import utc_now
from records_desk.services.common.dto import Principal
from records_desk.services.common.hashing import HashParams, PasswordHasher
from records_desk.store.models import Account
from records_desk.store.uow import UnitOfWorkFactory


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    clock: Callable[[], datetime] = utc_now
    policy: PasswordPolicy = field(default_factory=PasswordPolicy)
    hash_params: HashParams = field(default_factory=HashParams)

    def __post_init__(self) -> None:
        self.hasher = PasswordHasher(self.hash_params)

    def now(self) -> datetime:
        return self.clock()

    def authorize(self, actor: Principal, action: Action) -> Principal:
        """R-ACC-2: checked here, in the service, whatever the UI shows. The account is
        re-read so a disabled account or a changed role takes effect at once; the returned
        principal carries the current role, for any further check in the same call."""
        with self.uow.read() as uow:
            account = uow.session.get(Account, actor.account_id)
            active = account is not None and account.active
            role = Role(account.role) if account is not None else actor.role
        try:
            if not active:
                raise AccountDisabled(actor.username)
            require(actor.username, role, action)
        except (PermissionDenied, AccountDisabled) as refused:
            self.audit_refusal(actor.username, action, refused)
            raise
        return replace(actor, role=role)

    def audit_refusal(self, username: str, action: Action, refused: Exception) -> None:
        with self.uow.write() as uow:
            record_refusal(uow.session, self.now(), username, action, refused)


def record_refusal(
    session: Session, at: datetime, username: str, action: Action, refused: Exception
) -> None:
    """R-AUD-1: a refused call is itself an auditable event; committed at once, because the
    caller is about to raise."""
    journal.append(
        session,
        at,
        username,
        AuditAction.PERMISSION_DENIED,
        f"refused: {action.value}",
        details={"action": action.value, "reason": type(refused).__name__},
    )
    session.commit()


def load_account(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:  # pragma: no cover - ids come from the service layer itself
        raise LookupError(account_id)
    return account
