"""Signing in and out, the first general manager, password changes, idle-lock unlocking
(R-ACC-1, R-ACC-3). Every attempt, good or bad, is audited (R-AUD-1).

Decisions (issue 9 finding 6):
- Someone not yet signed in (a sign-in, a password change) learns nothing from a refusal but
  "wrong user name or password" (InvalidCredentials with no count of attempts left): the same
  for a wrong password, an unknown user name and a disabled account, whether the password
  typed was right or not. A disabled account answering "disabled" to the right password
  confirmed a guess; "N attempts left" told a real user name from an unknown one.
- The time taken does not tell them apart either: an unknown user name's password is checked
  against a dummy hash of today's cost, and a disabled account's password is checked before
  the refusal.
- Every refused attempt on an existing account, a disabled one included, counts toward the
  lockout: were a right password on a disabled account not counted, the lockout arriving one
  attempt late would confirm it.
- A locked account says it is locked and until when (R-ACC-3: the person locked out must know
  to wait), without checking the password: it confirms no guess. An unknown user name is locked after as many failures as an account (counted from the
  operation log's entries of the last day), so a lock does not tell the names apart either.
- The operation log keeps the true reason for the general manager: "unknown user name",
  "wrong password", "account disabled" (with whether the password was right), "locked".
- Unlocking after the idle lock is done by someone already signed in: it keeps the count of
  attempts left, and a disabled account is told so (the window signs out).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NoReturn

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.common import audit_chain, passwords
from records_desk.domain.common.audit_actions import SESSION_EVENTS, AuditAction, AuditTarget
from records_desk.domain.common.errors import (
    AccountDisabled,
    AccountLocked,
    InvalidCredentials,
    OfficeAlreadyInitialised,
    PasswordChangeRequired,
    PasswordReused,
)
from records_desk.domain.common.roles import Role
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.store.models import Account, AuditEntry

_UNLOCK = "unlock"  # the one purpose asked by someone already signed in
# How far back failed sign-ins with a user name that has no account are counted toward its lock.
UNKNOWN_NAME_MEMORY = timedelta(days=1)


def principal_of(account: Account) -> Principal:
    return Principal(account.id, account.username, account.full_name, Role(account.role))


class AuthService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def has_accounts(self) -> bool:
        with self.ctx.uow.read() as uow:
            return bool(uow.session.scalar(select(func.count()).select_from(Account)))

    def create_first_manager(self, username: str, full_name: str, password: str) -> Principal:
        """First start on an empty database: the general manager creates their own account."""
        passwords.check_username(username)
        passwords.check_new_password(password, self.ctx.policy)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            if uow.session.scalar(select(func.count()).select_from(Account)):
                raise OfficeAlreadyInitialised()
            account = Account(
                username=username,
                full_name=full_name.strip() or username,
                role=Role.GENERAL_MANAGER.value,
                password_hash=self.ctx.hasher.hash(password),
                password_changed_at=now,
                must_change_password=False,
                failed_logins=0,
                active=True,
                created_at=now,
            )
            uow.session.add(account)
            uow.session.flush()
            journal.append(
                uow.session,
                now,
                username,
                AuditAction.OFFICE_INITIALISE,
                "records office created with its general manager",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
                details={"username": username, "role": account.role},
            )
            uow.commit()
            return principal_of(account)

    def login(self, username: str, password: str) -> Principal:
        """Sign in, or raise InvalidCredentials (a disabled account too) / AccountLocked /
        PasswordChangeRequired. Failures are committed before the error is raised."""
        with self.ctx.uow.write() as uow:
            account = self._check_password(uow.session, username, password, "login")
            now = self.ctx.now()
            expired = passwords.is_expired(account.password_changed_at, now, self.ctx.policy)
            if expired or account.must_change_password:
                journal.append(
                    uow.session,
                    now,
                    username,
                    AuditAction.LOGIN_PASSWORD_CHANGE_REQUIRED,
                    "password must be changed before signing in",
                    entity_type=AuditTarget.ACCOUNT,
                    entity_id=account.id,
                    details={"expired": expired},
                )
                uow.commit()
                raise PasswordChangeRequired(username=username, expired=expired)
            account.last_login_at = now
            journal.append(
                uow.session,
                now,
                username,
                AuditAction.LOGIN,
                "signed in",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
            )
            uow.commit()
            return principal_of(account)

    def change_password(
        self, username: str, old_password: str, new_password: str, *, sign_in: bool = True
    ) -> Principal:
        """Change one's own password: the forced change after expiry or a reset signs in with
        the new one; a voluntary change from the File menu (sign_in=False) does not."""
        passwords.check_new_password(new_password, self.ctx.policy)
        if new_password == old_password:
            raise PasswordReused()
        with self.ctx.uow.write() as uow:
            account = self._check_password(uow.session, username, old_password, "password change")
            now = self.ctx.now()
            account.password_hash = self.ctx.hasher.hash(new_password)
            account.password_changed_at = now
            account.must_change_password = False
            if sign_in:
                account.last_login_at = now
            journal.append(
                uow.session,
                now,
                username,
                AuditAction.ACCOUNT_PASSWORD_CHANGED,
                "changed own password",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
            )
            if sign_in:
                journal.append(
                    uow.session,
                    now,
                    username,
                    AuditAction.LOGIN,
                    "signed in",
                    entity_type=AuditTarget.ACCOUNT,
                    entity_id=account.id,
                )
            uow.commit()
            return principal_of(account)

    def unlock(self, principal: Principal, password: str) -> None:
        """Idle lock: the signed-in user proves it is still them. Failures count toward the
        lockout like any sign-in."""
        with self.ctx.uow.write() as uow:
            account = self._check_password(uow.session, principal.username, password, _UNLOCK)
            journal.append(
                uow.session,
                self.ctx.now(),
                principal.username,
                AuditAction.SESSION_UNLOCK,
                "unlocked after idle lock",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
            )
            uow.commit()

    def confirm_password(self, principal: Principal, password: str, purpose: str) -> None:
        """A signed-in user types the password again before a grave act (the key-recovery
        sheet): checked, counted toward the lockout and audited on failure as the idle lock's
        unlock is (`purpose` names the act in the entry), without signing in again. Success
        writes no entry: the act's own entry records it."""
        with self.ctx.uow.write() as uow:
            self._check_password(uow.session, principal.username, password, purpose, True)
            uow.commit()

    def record(self, principal: Principal, action: AuditAction, summary: str) -> None:
        """Audit a session event that changes no data (sign-out, idle lock): one of
        SESSION_EVENTS. Every other action is written by the service that performs it, so the
        window cannot put one in the log (ValueError)."""
        event = AuditAction(action)
        if event not in SESSION_EVENTS:
            raise ValueError(f"not a session event: {event.value}")
        with self.ctx.uow.write() as uow:
            journal.append(
                uow.session,
                self.ctx.now(),
                principal.username,
                event,
                summary,
                entity_type=AuditTarget.ACCOUNT,
                entity_id=principal.account_id,
            )
            uow.commit()

    def _check_password(
        self, session: Session, username: str, password: str, purpose: str, confirm: bool = False
    ) -> Account:
        """The account whose password this is, or a refusal that tells a stranger nothing
        (see Decisions); `purpose` "unlock" (or `confirm`) is asked of a signed-in user."""
        now = self.ctx.now()
        account = session.scalar(select(Account).where(Account.username == username))
        if account is None:
            self._refuse_unknown(session, username, now, purpose, password)
        if passwords.is_locked(account.locked_until, now):
            journal.append(
                session,
                now,
                username,
                AuditAction.LOGIN_REFUSED,
                f"{purpose}: account locked",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
            )
            session.commit()
            assert account.locked_until is not None
            raise AccountLocked(username, account.locked_until)
        right = self.ctx.hasher.verify(account.password_hash, password)
        signed_in = confirm or purpose == _UNLOCK
        if not account.active:
            if signed_in and right:
                self._refuse_disabled(session, account, now, purpose)
            self._fail(
                session,
                account,
                now,
                AuditAction.LOGIN_REFUSED,
                f"{purpose}: account disabled",
                {"password": "right" if right else "wrong"},
                signed_in,
            )
        if not right:
            self._fail(
                session,
                account,
                now,
                AuditAction.LOGIN_FAILED,
                f"{purpose}: wrong password",
                None,
                signed_in,
            )
        account.failed_logins = 0
        account.locked_until = None
        if self.ctx.hasher.needs_rehash(account.password_hash):
            account.password_hash = self.ctx.hasher.hash(password)
        return account

    def _refuse_unknown(
        self, session: Session, username: str, now: datetime, purpose: str, password: str
    ) -> NoReturn:
        """A user name with no account is refused as a wrong password is, and locked as an
        account is after as many failures (its earlier failures are the log's entries), so
        neither the message, the time taken nor a lock tells it from a real one."""
        typed = username[:64]
        earlier = self._unknown_name_failures(session, typed, now)
        lock = passwords.replay_failures(earlier, self.ctx.policy).locked_until
        if passwords.is_locked(lock, now):
            journal.append(
                session,
                now,
                None,
                AuditAction.LOGIN_REFUSED,
                f"{purpose}: unknown user name, locked",
                details={"username": typed},
            )
            session.commit()
            assert lock is not None
            raise AccountLocked(username, lock)
        self.ctx.hasher.verify_dummy(password)  # the time of a real check
        journal.append(
            session,
            now,
            None,
            AuditAction.LOGIN_FAILED,
            f"{purpose}: unknown user name",
            details={"username": typed},
        )
        session.commit()
        lock = passwords.replay_failures([*earlier, now], self.ctx.policy).locked_until
        if lock is not None and passwords.is_locked(lock, now):
            raise AccountLocked(username, lock)
        raise InvalidCredentials(username)

    def _unknown_name_failures(self, session: Session, typed: str, now: datetime) -> list[datetime]:
        """When sign-ins with this unknown user name failed in the last day, oldest first."""
        since = audit_chain.format_time(now - UNKNOWN_NAME_MEMORY)
        rows = session.execute(
            select(AuditEntry.at, AuditEntry.details)
            .where(
                AuditEntry.action == AuditAction.LOGIN_FAILED.value,
                AuditEntry.account.is_(None),
                AuditEntry.at >= since,
            )
            .order_by(AuditEntry.seq)
        )
        return [
            audit_chain.parse_time(at)
            for at, details in rows
            if isinstance(details, dict) and details.get("username") == typed
        ]

    @staticmethod
    def _refuse_disabled(
        session: Session, account: Account, now: datetime, purpose: str
    ) -> NoReturn:
        journal.append(
            session,
            now,
            account.username,
            AuditAction.LOGIN_REFUSED,
            f"{purpose}: account disabled",
            entity_type=AuditTarget.ACCOUNT,
            entity_id=account.id,
        )
        session.commit()
        raise AccountDisabled(account.username)

    def _fail(
        self,
        session: Session,
        account: Account,
        now: datetime,
        action: AuditAction,
        summary: str,
        details: dict[str, str] | None,
        count_down: bool,
    ) -> NoReturn:
        """One more refused attempt (R-ACC-3), audited with its true reason; the caller is
        told "wrong user name or password", with the attempts left only when `count_down`."""
        outcome = passwords.register_failure(account.failed_logins, now, self.ctx.policy)
        account.failed_logins = outcome.failures
        account.locked_until = outcome.locked_until
        journal.append(
            session,
            now,
            account.username,
            action,
            summary,
            entity_type=AuditTarget.ACCOUNT,
            entity_id=account.id,
            details=details,
        )
        if outcome.locked_until is not None:
            journal.append(
                session,
                now,
                account.username,
                AuditAction.ACCOUNT_LOCKED,
                f"locked after {self.ctx.policy.max_failures} failed attempts",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.id,
                details={"until": outcome.locked_until.isoformat()},
            )
            session.commit()
            raise AccountLocked(account.username, outcome.locked_until)
        session.commit()
        left = self.ctx.policy.max_failures - outcome.failures
        raise InvalidCredentials(account.username, attempts_left=left if count_down else None)
