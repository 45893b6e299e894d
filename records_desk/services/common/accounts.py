"""Account administration (R-ACC-2, R-ACC-4): create, disable/enable, reset passwords,
change roles. Accounts are never deleted."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.common import passwords
from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import (
    AccountNotFound,
    CannotChangeOwnAccount,
    LastManagerProtected,
    PermissionDenied,
    UsernameTaken,
)
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role, may_administer
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext, record_refusal
from records_desk.services.common.dto import AccountInfo, Principal
from records_desk.store.models import Account


def account_info(a: Account) -> AccountInfo:
    return AccountInfo(
        id=a.id,
        username=a.username,
        full_name=a.full_name,
        role=Role(a.role),
        active=a.active,
        locked_until=a.locked_until,
        password_changed_at=a.password_changed_at,
        must_change_password=a.must_change_password,
        created_at=a.created_at,
        last_login_at=a.last_login_at,
    )


class AccountService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list(self, actor: Principal) -> list[AccountInfo]:
        self.ctx.authorize(actor, Action.ACCOUNT_LIST)
        with self.ctx.uow.read() as uow:
            rows = uow.session.scalars(select(Account).order_by(Account.username))
            return [account_info(a) for a in rows]

    def create(
        self, actor: Principal, username: str, full_name: str, role: Role, password: str
    ) -> AccountInfo:
        """The new account starts with a temporary password that must be changed at first
        sign-in."""
        actor = self.ctx.authorize(actor, Action.ACCOUNT_CREATE)
        self._may_administer(actor, role, Action.ACCOUNT_CREATE)
        passwords.check_username(username)
        passwords.check_new_password(password, self.ctx.policy)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            taken = uow.session.scalar(
                select(func.count())
                .select_from(Account)
                .where(func.lower(Account.username) == username.lower())
            )
            if taken:
                raise UsernameTaken(username)
            account = Account(
                username=username,
                full_name=full_name.strip() or username,
                role=role.value,
                password_hash=self.ctx.hasher.hash(password),
                password_changed_at=now,
                must_change_password=True,
                failed_logins=0,
                active=True,
                created_at=now,
                created_by_id=actor.account_id,
            )
            uow.session.add(account)
            uow.session.flush()
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.ACCOUNT_CREATE,
                f"created account {username} ({role.value})",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
                details={"username": username, "full_name": account.full_name, "role": role.value},
            )
            uow.commit()
            return account_info(account)

    def disable(self, actor: Principal, username: str, reason: str = "") -> AccountInfo:
        """R-ACC-4: people who leave are disabled; their history stays."""
        return self._set_active(actor, username, False, reason)

    def enable(self, actor: Principal, username: str, reason: str = "") -> AccountInfo:
        return self._set_active(actor, username, True, reason)

    def reset_password(self, actor: Principal, username: str, temporary: str) -> AccountInfo:
        """A forgotten password: the administrator sets a temporary one, which must be changed
        at the next sign-in; a lockout is lifted."""
        actor = self.ctx.authorize(actor, Action.ACCOUNT_RESET_PASSWORD)
        passwords.check_new_password(temporary, self.ctx.policy)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            account = self._target(uow.session, actor, username, Action.ACCOUNT_RESET_PASSWORD)
            account.password_hash = self.ctx.hasher.hash(temporary)
            account.password_changed_at = now
            account.must_change_password = True
            account.failed_logins = 0
            account.locked_until = None
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.ACCOUNT_RESET_PASSWORD,
                f"reset the password of {username}",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
            )
            uow.commit()
            return account_info(account)

    def change_role(self, actor: Principal, username: str, role: Role) -> AccountInfo:
        actor = self.ctx.authorize(actor, Action.ACCOUNT_CHANGE_ROLE)
        self._may_administer(actor, role, Action.ACCOUNT_CHANGE_ROLE)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            account = self._target(uow.session, actor, username, Action.ACCOUNT_CHANGE_ROLE)
            if account.id == actor.account_id:
                raise CannotChangeOwnAccount(username)
            old = account.role
            if old == role.value:
                return account_info(account)
            self._keep_a_manager(uow.session, account)
            account.role = role.value
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.ACCOUNT_CHANGE_ROLE,
                f"changed the role of {username} from {old} to {role.value}",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
                details={"from": old, "to": role.value},
            )
            uow.commit()
            return account_info(account)

    def _set_active(
        self, actor: Principal, username: str, active: bool, reason: str
    ) -> AccountInfo:
        action = Action.ACCOUNT_ENABLE if active else Action.ACCOUNT_DISABLE
        actor = self.ctx.authorize(actor, action)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            account = self._target(uow.session, actor, username, action)
            if account.id == actor.account_id:
                raise CannotChangeOwnAccount(username)
            if account.active == active:
                return account_info(account)
            if not active:
                self._keep_a_manager(uow.session, account)
            account.active = active
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.ACCOUNT_ENABLE if active else AuditAction.ACCOUNT_DISABLE,
                f"{'enabled' if active else 'disabled'} account {username}",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
                details={"reason": reason.strip()},
            )
            uow.commit()
            return account_info(account)

    def _target(self, session: Session, actor: Principal, username: str, action: Action) -> Account:
        account = session.scalar(select(Account).where(Account.username == username))
        if account is None:
            raise AccountNotFound(username)
        if not may_administer(actor.role, Role(account.role)):
            refused = PermissionDenied(actor.username, actor.role.value, action.value)
            record_refusal(session, self.ctx.now(), actor.username, action, refused)
            raise refused
        return account

    def _may_administer(self, actor: Principal, target: Role, action: Action) -> None:
        """Outside any unit of work: the refusal is audited in its own transaction."""
        if not may_administer(actor.role, target):
            refused = PermissionDenied(actor.username, actor.role.value, action.value)
            self.ctx.audit_refusal(actor.username, action, refused)
            raise refused

    @staticmethod
    def _keep_a_manager(session: Session, account: Account) -> None:
        if account.role != Role.GENERAL_MANAGER.value or not account.active:
            return
        managers = session.scalar(
            select(func.count())
            .select_from(Account)
            .where(Account.role == Role.GENERAL_MANAGER.value, Account.active.is_(True))
        )
        if (managers or 0) <= 1:
            raise LastManagerProtected(account.username)
