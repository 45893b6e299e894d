"""The loan register's office setting: the office's closing time, when in-room loans are due
(R-LOAN-2) and take-out loans on their due day. Shared by every desk (an office option,
services/common/office_options.py); 17:30 unless changed by the general manager or the
customer director, audited."""

from __future__ import annotations

from datetime import time

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.loans.lending import DEFAULT_CLOSING
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import OfficeOption, read_options, write_options

CLOSING_TIME: OfficeOption[time] = OfficeOption(
    "loan_closing_time",
    DEFAULT_CLOSING,
    time.fromisoformat,
    lambda t: t.strftime("%H:%M"),
)


class LoanOptionsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def closing_time(self, session: Session | None = None) -> time:
        """Read on each use: a change at another desk applies at once. In SESSION when the
        caller has one open (a loan reads it in its own transaction)."""
        if session is not None:
            return read_options(session, (CLOSING_TIME,)).get(CLOSING_TIME)
        with self.ctx.uow.read() as uow:
            return read_options(uow.session, (CLOSING_TIME,)).get(CLOSING_TIME)

    def set_closing_time(self, actor: Principal, closing: time) -> time:
        actor = self.ctx.authorize(actor, Action.OFFICE_SETTINGS)
        closing = closing.replace(second=0, microsecond=0, tzinfo=None)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            write_options(uow.session, actor, now, {CLOSING_TIME: closing})
            shown = closing.strftime("%H:%M")
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.OFFICE_SETTINGS_CHANGE,
                f"office settings changed: loan closing time {shown}",
                entity_type=AuditTarget.OFFICE_SETTING,
                details={CLOSING_TIME.key: shown},
            )
            uow.commit()
        return closing
