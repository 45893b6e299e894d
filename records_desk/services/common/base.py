"""What every service shares: the unit-of-work factory, the clock, the policies, and the
permission check that audits refusals. (The clock itself: clock.py.)"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.passwords import PasswordPolicy
from records_desk.domain.common.permissions import Action, is_allowed, require
from records_desk.domain.common.roles import Role
from records_desk.features import features
from records_desk.services.common import journal
from records_desk.services.common.clock import office_day, utc_now
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
        principal carries the current role, for any further check in the same call.

        R-ACC-5: when the role does not allow the act, the features are asked whether the
        account acts in another role today (the archivist's deputy); if that role allows it,
        the act goes ahead in that role and its audit entries say so (journal.acting_as)."""
        marks: dict[str, object] | None = None
        with self.uow.read() as uow:
            account = uow.session.get(Account, actor.account_id)
            active = account is not None and account.active
            role = Role(account.role) if account is not None else actor.role
            if active and not is_allowed(role, action):
                acting = acting_role(uow.session, actor.account_id, office_day(self.now()))
                if acting is not None and is_allowed(acting[0], action):
                    role, marks = acting
        journal.acting_as(actor.username, marks)
        try:
            if not active:
                raise AccountDisabled(actor.username)
            require(actor.username, role, action)
        except (PermissionDenied, AccountDisabled) as refused:
            self.audit_refusal(actor.username, action, refused)
            raise
        return replace(actor, role=role)

    def may(self, actor: Principal, action: Action) -> bool:
        """Whether ACTOR may do ACTION today — their role, or the role they act in (the
        archivist's deputy, R-ACC-5) — asked by the window to grey out what would be refused;
        nothing is audited (nothing was attempted)."""
        with self.uow.read() as uow:
            account = uow.session.get(Account, actor.account_id)
            if account is None or not account.active:
                return False
            if is_allowed(Role(account.role), action):
                return True
            acting = acting_role(uow.session, actor.account_id, office_day(self.now()))
        return acting is not None and is_allowed(acting[0], action)

    def effective(self, actor: Principal) -> Principal:
        """ACTOR with the role they act in today (the archivist's, for a deputy on a day of
        the period: R-ACC-5), for the window's menus; the services check again each call."""
        with self.uow.read() as uow:
            acting = acting_role(uow.session, actor.account_id, office_day(self.now()))
        return actor if acting is None else replace(actor, role=acting[0])

    def audit_refusal(self, username: str, action: Action, refused: Exception) -> None:
        with self.uow.write() as uow:
            record_refusal(uow.session, self.now(), username, action, refused)


def acting_role(
    session: Session, account_id: int, day: date
) -> tuple[Role, dict[str, object]] | None:
    """The role ACCOUNT_ID acts in on DAY beyond its own, as the features say
    (records_desk/features.py `acting_role`), with the marks its audit entries carry."""
    for feature in features():
        if feature.acting_role:
            module = importlib.import_module(feature.acting_role)
            found: tuple[Role, dict[str, object]] | None = module.acting_role(
                session, account_id, day
            )
            if found is not None:
                return found
    return None


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
