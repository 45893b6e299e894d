"""The media inventory's acts (R-MED-1…7): registering a medium, each step of its life cycle
(preparation, issue with consent, return, repair, disposal, loss, classification) and filing a
backup disc. Every call checks the permission (knowing the deputy's period, access.py), asks
the life cycle (domain/media/lifecycle.py) whether the step is possible and what follows,
writes the medium's event and the audit entry in one transaction.

Decisions:
- Every step is one event of the medium (who, when, its evidence as JSON, a note) and one
  audit entry; several steps given at once (`prepare` with label, encryption and check) are
  one transaction, all or nothing.
- The accounts named in evidence are checked here, against the accounts table: the borrower
  and the approver of an issue and the witness of a disposal must exist and be active; the
  approver must hold the right to consent for a department (Action.MEDIA_CONSENT, R-MED-3) —
  otherwise PermissionDenied in the approver's name, audited as a refusal of that consent.
- Classification only rises (R-MED-4): the life cycle refuses CLASSIFY on a classified
  medium and nothing here writes `classified = False`.
- The audit summary names the medium and the step; details carry the evidence (user names,
  dates, tools), never anything outside the office.
- Several desks (issue 15 §3): a step may name the event count the desk showed; a medium
  another desk has recorded a step of since is refused (MediumChanged) rather than moved on
  from a state this desk never saw. The writer's lock holds from the check to the commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import AccountDisabled, AccountNotFound, PermissionDenied
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.domain.media import lifecycle
from records_desk.domain.media.errors import MediumChanged
from records_desk.domain.media.evidence import (
    Classify,
    Disposal,
    Encryption,
    Evidence,
    Issue,
    RepairBack,
    RepairSend,
    Return,
    VirusCheck,
    evidence_record,
    tidy,
)
from records_desk.domain.media.vocabulary import Action as Step
from records_desk.domain.media.vocabulary import Classification, MediumState, MediumType
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.media.access import Acting, authorize
from records_desk.services.media.dto import MediumDraft, MediumInfo
from records_desk.services.media.errors import DepartmentRequired
from records_desk.services.media.options import MediaOptionsService
from records_desk.services.media.records import (
    account_named,
    add_event,
    as_json,
    load_medium,
    medium_info,
    next_medium_number,
)
from records_desk.store.media import Medium
from records_desk.store.models import Account

# The permission each step needs, and the audit action it is recorded under.
PERMISSION: dict[Step, Action] = {
    Step.PREPARE_LABEL: Action.MEDIA_PREPARE,
    Step.PREPARE_ENCRYPTION: Action.MEDIA_PREPARE,
    Step.VIRUS_CHECK: Action.MEDIA_PREPARE,
    Step.ISSUE: Action.MEDIA_ISSUE,
    Step.RETURN: Action.MEDIA_ISSUE,
    Step.REPAIR_SEND: Action.MEDIA_REPAIR,
    Step.REPAIR_BACK: Action.MEDIA_REPAIR,
    Step.DISPOSE: Action.MEDIA_DISPOSE,
    Step.LOST: Action.MEDIA_DISPOSE,
    Step.CLASSIFY: Action.MEDIA_REGISTER,
}
AUDITED_AS: dict[Step, AuditAction] = {
    Step.PREPARE_LABEL: AuditAction.MEDIA_PREPARE,
    Step.PREPARE_ENCRYPTION: AuditAction.MEDIA_PREPARE,
    Step.VIRUS_CHECK: AuditAction.MEDIA_PREPARE,
    Step.ISSUE: AuditAction.MEDIA_ISSUE,
    Step.RETURN: AuditAction.MEDIA_RETURN,
    Step.REPAIR_SEND: AuditAction.MEDIA_REPAIR,
    Step.REPAIR_BACK: AuditAction.MEDIA_REPAIR,
    Step.DISPOSE: AuditAction.MEDIA_DISPOSE,
    Step.LOST: AuditAction.MEDIA_LOST,
    Step.CLASSIFY: AuditAction.MEDIA_CLASSIFY,
}


def facts_of(session: Session, medium: Medium) -> lifecycle.MediumFacts:
    """What the life cycle needs to know of MEDIUM, from its row."""
    holder = ""
    if medium.holder_account_id is not None:
        account = session.get(Account, medium.holder_account_id)
        holder = account.username if account is not None else ""
    elif medium.repair_unit:
        holder = medium.repair_unit
    return lifecycle.MediumFacts(
        number=medium.number,
        state=MediumState(medium.state),
        classification=(
            Classification.CLASSIFIED if medium.classified else Classification.UNCLASSIFIED
        ),
        labelled=medium.labelled,
        encrypted=medium.encryption is not None,
        checked_clean=medium.virus_check_clean,
        holder=holder,
        sent_on=medium.repair_sent_on,
    )


class MediaService:
    def __init__(self, ctx: ServiceContext, options: MediaOptionsService) -> None:
        self.ctx = ctx
        self.options = options

    # -- registering (R-MED-1) ---------------------------------------------------------

    def register(self, actor: Principal, draft: MediumDraft) -> MediumInfo:
        """R-MED-1: number a medium (its type's prefix, never reused) and put it on record,
        classified or not; it is `registered` until it is prepared (R-MED-2)."""
        acting = authorize(self.ctx, actor, Action.MEDIA_REGISTER)
        actor = acting.principal
        if not tidy(draft.department):
            raise DepartmentRequired()
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            custodian = self._active_account(session, draft.custodian) if draft.custodian else None
            medium = Medium(
                number=next_medium_number(session, draft.media_type),
                media_type=draft.media_type.value,
                brand=tidy(draft.brand),
                model=tidy(draft.model),
                serial=tidy(draft.serial),
                capacity=tidy(draft.capacity),
                classified=draft.classified,
                department=tidy(draft.department),
                custodian_account_id=custodian.id if custodian else None,
                location=tidy(draft.location),
                state=MediumState.REGISTERED.value,
                registered_at=now,
                registered_by_id=actor.account_id,
                labelled=False,
                encryption=None,
                virus_check_clean=False,
                events=0,
            )
            session.add(medium)
            session.flush()
            evidence = {
                "type": draft.media_type.value,
                "classified": draft.classified,
                "department": medium.department,
                "serial": medium.serial,
            }
            add_event(session, medium, actor.account_id, now, "register", None, evidence)
            self._audit(
                session,
                acting,
                AuditAction.MEDIA_REGISTER,
                medium,
                f"medium {medium.number} registered"
                + (" (classified)" if draft.classified else ""),
                evidence,
            )
            info = medium_info(session, medium)
            uow.commit()
            return info

    # -- the life cycle ----------------------------------------------------------------

    def apply(
        self,
        actor: Principal,
        number: str,
        steps: Sequence[Evidence],
        note: str = "",
        expected_events: int | None = None,
    ) -> MediumInfo:
        """Record STEPS of the medium NUMBER in order, in one transaction: each must be
        possible in the state the one before left (lifecycle.step); any refusal undoes all.
        EXPECTED_EVENTS: the medium's event count as the desk showed it (MediumInfo.
        event_count); MediumChanged when another desk recorded a step since (issue 15 §3)."""
        if not steps:
            raise ValueError("no step given")  # pragma: no cover - callers give one
        acting: Acting | None = None
        for action in dict.fromkeys(PERMISSION[s.action] for s in steps):
            acting = authorize(self.ctx, actor, action)
        assert acting is not None
        actor = acting.principal
        units = (
            self.options.repair_units() if any(s.action is Step.REPAIR_SEND for s in steps) else ()
        )
        now = self.ctx.now()
        context = lifecycle.StepContext(office_day(now), actor.username, units)
        note = tidy(note)
        self._check_accounts(steps)
        with self.ctx.uow.write() as uow:
            session = uow.session
            medium = load_medium(session, number)
            if expected_events is not None and medium.events != expected_events:
                raise MediumChanged(medium.number, expected_events, medium.events)
            for evidence in steps:
                self.record_step(session, acting, medium, evidence, context, note)
            session.flush()
            info = medium_info(session, medium)
            uow.commit()
            return info

    def allowed(self, actor: Principal, number: str) -> dict[Step, Exception | None]:
        """Every step with the refusal that would meet it now (None: offered) — what the
        detail panel enables, and the tooltip of what it disables. Nothing is audited."""
        from records_desk.services.media.access import allowed as may

        with self.ctx.uow.read() as uow:
            facts = facts_of(uow.session, load_medium(uow.session, number))
        found: dict[Step, Exception | None] = {}
        for step, refusal in lifecycle.refusals(facts).items():
            permitted = may(self.ctx, actor, PERMISSION[step])
            denied = PermissionDenied(actor.username, actor.role.value, PERMISSION[step].value)
            found[step] = refusal if refusal is not None else (None if permitted else denied)
        return found

    def record_step(
        self,
        session: Session,
        acting: Acting,
        medium: Medium,
        evidence: Evidence,
        context: lifecycle.StepContext,
        note: str,
        at: datetime | None = None,
        audit: bool = True,
    ) -> None:
        """One step of MEDIUM: the life cycle's verdict, the row's facts, its event and (unless
        AUDIT is false: the sample history's one entry covers it) its audit entry."""
        before = facts_of(session, medium)
        after, evidence = lifecycle.record(before, evidence, context)  # the evidence tidied
        now = at or self.ctx.now()
        accounts = self._accounts_of(session, evidence)
        extra: dict[str, Any] = {}
        match evidence:
            case Encryption(software=software, version=version):
                medium.encryption = f"{tidy(software)} {tidy(version)}"
            case VirusCheck():
                medium.virus_checked_at = now
            case RepairBack():
                medium.virus_checked_at = now
                medium.repair_unit = None
                medium.repair_sent_on = None
            case Issue(due=due):
                medium.holder_account_id = accounts["to"].id
                medium.approved_by_id = accounts["approved_by"].id
                medium.issued_at = now
                medium.due_on = due
            case Return():
                extra = {"issued_at": medium.issued_at, "due": medium.due_on}
                medium.holder_account_id = None
                medium.approved_by_id = None
                medium.issued_at = None
                medium.due_on = None
            case RepairSend(sent_on=sent_on):
                medium.repair_unit = after.holder
                medium.repair_sent_on = sent_on
                extra = {"unit": after.holder}
            case Disposal() | Classify():
                pass
        state_before = medium.state
        medium.state = MediumState(after.state).value
        medium.classified = medium.classified or after.classified  # R-MED-4: only upward
        medium.labelled = after.labelled
        medium.virus_check_clean = after.checked_clean
        if MediumState(after.state) in (MediumState.DISPOSED, MediumState.LOST):
            medium.holder_account_id = None
            medium.approved_by_id = None
            medium.repair_unit = None
        kept = evidence_record(evidence)  # what evidence_from_record reads back (replay)
        add_event(session, medium, acting.principal.account_id, now, evidence.action.value,
                  state_before, kept, note)  # fmt: skip
        details = {**kept, **as_json(extra)}
        if not audit:
            return
        summary = f"medium {medium.number}: {evidence.action.value}"
        if state_before != medium.state:
            summary += f" ({state_before} -> {medium.state})"
        self._audit(
            session,
            acting,
            AUDITED_AS[evidence.action],
            medium,
            summary,
            {"step": evidence.action.value, **details, **({"note": note} if note else {})},
        )

    def _check_accounts(self, steps: Sequence[Evidence]) -> None:
        """The accounts the steps name, checked before writing: a refused consent is audited
        in a transaction of its own (record_refusal commits), then raised."""
        try:
            with self.ctx.uow.read() as uow:
                for evidence in steps:
                    self._accounts_of(uow.session, evidence)
        except PermissionDenied as refused:
            self.ctx.audit_refusal(refused.username, Action.MEDIA_CONSENT, refused)
            raise

    def _accounts_of(self, session: Session, evidence: Evidence) -> dict[str, Account]:
        """The accounts EVIDENCE names, each checked (see the module's Decisions)."""
        match evidence:
            case Issue(to=to, approved_by=approver):
                borrower = self._active_account(session, to)
                consenting = self._active_account(session, approver)
                role = Role(consenting.role)
                if not is_allowed(role, Action.MEDIA_CONSENT):
                    raise PermissionDenied(
                        consenting.username, role.value, Action.MEDIA_CONSENT.value
                    )
                return {"to": borrower, "approved_by": consenting}
            case Disposal(witness=witness):
                return {"witness": self._active_account(session, witness)}
        return {}

    @staticmethod
    def _active_account(session: Session, username: str) -> Account:
        account = account_named(session, username)
        if account is None:
            raise AccountNotFound(tidy(username))
        if not account.active:
            raise AccountDisabled(account.username)
        return account

    # -- optical-disc backups (R-MED-5) ------------------------------------------------

    def file_backup(self, actor: Principal, number: str, category: str, content: str) -> MediumInfo:
        """R-MED-5: an optical disc holding a backup, filed under one of the office's
        categories (a setting) with a description of its content."""
        from records_desk.domain.media.backups import check_backup_disc

        acting = authorize(self.ctx, actor, Action.MEDIA_REGISTER)
        categories = self.options.backup_categories()
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            medium = load_medium(session, number)
            filed = check_backup_disc(MediumType(medium.media_type), category, content, categories)
            medium.backup_category = filed.category
            medium.content = filed.content
            evidence = {"category": filed.category, "content": filed.content}
            add_event(session, medium, acting.principal.account_id, now, "backup",
                      medium.state, evidence)  # fmt: skip
            self._audit(
                session,
                acting,
                AuditAction.MEDIA_BACKUP,
                medium,
                f"medium {medium.number} filed as a backup: {filed.category}",
                evidence,
            )
            info = medium_info(session, medium)
            uow.commit()
            return info

    def _audit(
        self,
        session: Session,
        acting: Acting,
        action: AuditAction,
        medium: Medium,
        summary: str,
        details: dict[str, Any],
    ) -> None:
        journal.append(
            session,
            self.ctx.now(),
            acting.principal.username,
            action,
            summary + acting.summary_suffix(),
            entity_type=AuditTarget.MEDIUM,
            entity_id=medium.number,
            details={**as_json(details), **acting.audit_details()},
        )
