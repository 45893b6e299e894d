"""The deputy archivist (R-ACC-5): the general manager or the customer director names an
account for a period; on its days the deputy has the archivist's rights in the register
(access.py), and each of the deputy's acts is audited as the deputy's. The naming itself is
audited (loan.deputy), and so is ending a period early."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import AccountNotFound
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.loans.deputy import check_period, ended_early, may_be_named, overlaps
from records_desk.domain.loans.errors import DeputyInvalid, DeputyProblem
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.loans.dto import DeputyInfo, StaffChoice
from records_desk.services.loans.records import full_names, usernames
from records_desk.store.loans import DeputyPeriod
from records_desk.store.models import Account


class DeputyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def appoint(
        self, actor: Principal, username: str, starts_on: date, ends_on: date
    ) -> DeputyInfo:
        actor = self.ctx.authorize(actor, Action.LOAN_DEPUTY)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            account = session.scalars(
                select(Account).where(Account.username == username.strip())
            ).one_or_none()
            if account is None:
                raise AccountNotFound(username.strip())
            check_period(
                account.full_name or account.username,
                Role(account.role),
                account.active,
                starts_on,
                ends_on,
                office_day(now),
            )
            for other, name, full in session.execute(
                select(DeputyPeriod, Account.username, Account.full_name)
                .join(Account, Account.id == DeputyPeriod.account_id)
                .where(DeputyPeriod.ends_on >= starts_on, DeputyPeriod.starts_on <= ends_on)
                .order_by(DeputyPeriod.starts_on, DeputyPeriod.id)
            ).all():
                if overlaps(other.starts_on, other.ends_on, starts_on, ends_on):
                    raise DeputyInvalid(
                        account.username,
                        DeputyProblem.OVERLAPS,
                        other.starts_on,
                        other.ends_on,
                        full or name,
                    )
            row = DeputyPeriod(
                account_id=account.id,
                starts_on=starts_on,
                ends_on=ends_on,
                named_by_id=actor.account_id,
                named_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.LOAN_DEPUTY,
                f"{account.username} named deputy archivist from {starts_on} to {ends_on}",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=account.username,
                details={
                    "period": row.id,
                    "deputy": account.username,
                    "starts_on": starts_on.isoformat(),
                    "ends_on": ends_on.isoformat(),
                },
            )
            uow.commit()
            return DeputyInfo(
                row.id,
                account.username,
                account.full_name,
                starts_on,
                ends_on,
                actor.username,
                now,
                actor.full_name,
            )

    def end(self, actor: Principal, period_id: int) -> DeputyInfo:
        """R-ACC-5: the archivist is back early: the period's last day becomes yesterday (or
        it is withdrawn when it has not started before today). Audited (loan.deputy)."""
        actor = self.ctx.authorize(actor, Action.LOAN_DEPUTY)
        now = self.ctx.now()
        today = office_day(now)
        with self.ctx.uow.write() as uow:
            session = uow.session
            found = session.execute(
                select(DeputyPeriod, Account.username, Account.full_name)
                .join(Account, Account.id == DeputyPeriod.account_id)
                .where(DeputyPeriod.id == period_id)
            ).one_or_none()
            if found is None:
                raise DeputyInvalid(str(period_id), DeputyProblem.NOT_FOUND)
            row, username, full = found
            if row.ends_on < today or row.ends_on < row.starts_on:
                raise DeputyInvalid(
                    full or username, DeputyProblem.ENDED, row.starts_on, row.ends_on
                )
            was = row.ends_on
            row.ends_on = ended_early(row.starts_on, row.ends_on, today)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.LOAN_DEPUTY,
                f"{username}'s deputy period from {row.starts_on} ended early",
                entity_type=AuditTarget.ACCOUNT,
                entity_id=username,
                details={
                    "period": row.id,
                    "deputy": username,
                    "starts_on": row.starts_on.isoformat(),
                    "was_ending_on": was.isoformat(),
                    "ends_on": row.ends_on.isoformat(),
                    "ended_early": True,
                },
            )
            info = DeputyInfo(
                row.id,
                username,
                full,
                row.starts_on,
                row.ends_on,
                usernames(session, [row.named_by_id]).get(row.named_by_id, ""),
                row.named_at,
                full_names(session, [row.named_by_id]).get(row.named_by_id, ""),
            )
            uow.commit()
            return info

    def candidates(self, actor: Principal) -> list[StaffChoice]:
        """The accounts that may be named deputy (active, without the archivist's rights of
        their own), by full name: the deputy dialog's list."""
        self.ctx.authorize(actor, Action.LOAN_DEPUTY)
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(Account.username, Account.full_name, Account.role)
                .where(Account.active)
                .order_by(Account.full_name, Account.username)
            ).all()
        return [StaffChoice(u, name) for u, name, role in rows if may_be_named(Role(role))]

    def end_for(self, actor: Principal, username: str) -> DeputyInfo:
        """R-ACC-5: end early the period of USERNAME in force today, or else its next one
        (withdrawn); DeputyInvalid NOT_NAMED when it has neither."""
        self.ctx.authorize(actor, Action.LOAN_DEPUTY)
        today = office_day(self.ctx.now())
        with self.ctx.uow.read() as uow:
            period = uow.session.scalars(
                select(DeputyPeriod.id)
                .join(Account, Account.id == DeputyPeriod.account_id)
                .where(
                    Account.username == username.strip(),
                    DeputyPeriod.ends_on >= today,
                    DeputyPeriod.ends_on >= DeputyPeriod.starts_on,
                )
                .order_by(DeputyPeriod.starts_on, DeputyPeriod.id)
            ).first()
        if period is None:
            raise DeputyInvalid(username.strip(), DeputyProblem.NOT_NAMED)
        return self.end(actor, period)

    def periods(self, actor: Principal) -> list[DeputyInfo]:
        """Every period named, latest start first."""
        self.ctx.authorize(actor, Action.LOAN_VIEW)
        with self.ctx.uow.read() as uow:
            rows = uow.session.execute(
                select(DeputyPeriod, Account.username, Account.full_name)
                .join(Account, Account.id == DeputyPeriod.account_id)
                .order_by(DeputyPeriod.starts_on.desc(), DeputyPeriod.id.desc())
            ).all()
            namers = usernames(uow.session, (p.named_by_id for p, _, _ in rows))
            named = full_names(uow.session, [p.named_by_id for p, _, _ in rows])
            return [
                DeputyInfo(
                    p.id,
                    name,
                    full,
                    p.starts_on,
                    p.ends_on,
                    namers[p.named_by_id],
                    p.named_at,
                    named[p.named_by_id],
                )
                for p, name, full in rows
            ]
