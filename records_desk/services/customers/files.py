"""Customer files (R-CUS-1…5): registering a file with its archive number, reading it and every
earlier version, change requests and their approval, direct changes, voiding.

Each change follows the same steps: check the permission, open a writer unit of work, let
domain.customer_files decide, write the new version whole (customer_revision) and the audit
entry (R-AUD-1) in the same transaction, commit. Nothing is deleted (R-CUS-3).

Decisions:
- The archivist, the customer director and the general manager register files (一篇 第二章2:
  the customer department enters them). Every other change of a file is either a request any
  signed-in role may file (R-CUS-4, staff included), or a direct change by the general
  manager or customer director, recorded as direct (一篇 第四章1).
- A request is approved against the version it was made on; if the file moved on since, the
  approval is refused with StaleVersion and the request stays pending, to be refused or
  filed again. A direct change may name the version it was prepared on, for the same check.
- Grade, prospect level and re-admission have their own rules and services (grading.py,
  blacklist.py); they too write a version here (customer_records.new_version).
- Missing required fields (R-DQ-1) are reported on the file, not refused: an incomplete file
  is a data-quality problem to fix, and an old file must still be enterable.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import partial

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.duplicates import DuplicateMatch
from records_desk.domain.customers.file_errors import (
    ReasonKind,
)
from records_desk.domain.customers.files import (
    ChangeStatus,
    CustomerStatus,
    RevisionKind,
    check_reason,
    check_version,
    normalise_changes,
)
from records_desk.domain.customers.hand_entry import check_changed_entry, check_entry
from records_desk.domain.customers.limits import LimitedText, check_texts
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import read_options
from records_desk.services.customers.dto import (
    ChangeRequestInfo,
    CustomerDraft,
    CustomerInfo,
)
from records_desk.services.customers.file_changes import (
    check_consultant,
    decidable,
    decide,
    effective_of,
)
from records_desk.services.customers.hand_entry import (
    HandEntry,
    accepted,
    check_duplicates,
    look_alikes,
    shelf_location,
    shelf_suggestion,
)
from records_desk.services.customers.new_files import (
    add_files,
    draft_fields,
    new_file,
)
from records_desk.services.customers.office_settings import SHELVING
from records_desk.services.customers.queries import CustomerQueries
from records_desk.services.customers.records import (
    apply_fields,
    customer_info,
    load_customer,
    new_version,
    require_active,
    snapshot,
)
from records_desk.store.customers import ChangeRequest


class CustomerService(CustomerQueries):
    def __init__(
        self, ctx: ServiceContext, codes: ArchiveCodes | Callable[[], ArchiveCodes] | None = None
    ) -> None:
        super().__init__(ctx)
        # R-CUS-2 category code per record type: fixed, or read from the office settings on
        # each use (services/common/office_settings.py), so a change at another desk applies at once.
        self._codes = codes or ArchiveCodes()

    @property
    def codes(self) -> ArchiveCodes:
        return self._codes if isinstance(self._codes, ArchiveCodes) else self._codes()

    # --- registering -----------------------------------------------------------------------

    def register(
        self, actor: Principal, draft: CustomerDraft, entry: HandEntry | None = None
    ) -> CustomerInfo:
        """R-CUS-2: a new file with the next archive number of its category and year (or its
        own, for an old file being imported); R-GRD-1: admitted types need every admission
        criterion; R-CUS-5: the event's day and the entry's moment are both kept. With `entry`
        (the new-file dialog): EntryInvalid for every value typed wrong, LikelyDuplicates
        unless each look-alike was accepted (audited here), the shelf from the scheme."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_REGISTER)
        now = self.ctx.now()
        if entry is not None:
            check_entry(draft_fields(draft), office_day(now))
        codes = self.codes  # one read of the office settings for the number and its check
        new = new_file(draft, actor, now, codes)
        with self.ctx.uow.write() as uow:
            session = uow.session
            check_consultant(session, new[0].consultant_id)
            seen: tuple[DuplicateMatch, ...] = ()
            if entry is not None:
                c = new[0]
                seen = check_duplicates(session, entry, c.name, c.phones, c.id_number)
            shelf_of = None
            if entry is not None and entry.shelf_from_scheme:
                schemes = read_options(session, (SHELVING,)).get(SHELVING)
                shelf_of = partial(shelf_location, dict(schemes))
            (customer,) = add_files(session, [new], actor, now, codes, shelf_of=shelf_of)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_REGISTER,
                f"registered {customer.archive_number} {customer.name}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "archive_number": customer.archive_number,
                    "record_type": customer.record_type,
                    "department": customer.department,
                    "event_date": customer.event_date.isoformat() if customer.event_date else None,
                    **accepted(seen),
                },
            )
            uow.commit()
            return customer_info(session, customer, office_day(now))

    def shelf_suggestion(self, record_type: RecordType, archive_number: str = "") -> str:
        """What the new-file dialog puts in the shelf field: the office's shelving scheme
        (office_settings.SHELVING) for the old number typed, or for the number the next file of
        `record_type` would get now; "" for a legacy number of another form. No permission:
        it reads the office's scheme and a sequence, nothing of any file."""
        codes, year = self.codes, office_day(self.ctx.now()).year
        with self.ctx.uow.read() as uow:
            return shelf_suggestion(uow.session, codes, record_type, archive_number, year)

    # --- changing --------------------------------------------------------------------------

    def request_change(
        self,
        actor: Principal,
        customer_id: int,
        changes: Mapping[str, object],
        reason: str,
        entry: HandEntry | None = None,
        expected_version: int | None = None,
    ) -> ChangeRequestInfo:
        """R-CUS-4: a proposed change, pending until the general manager or the customer
        director decides. Only the fields that really change are kept. With `entry` (the
        change dialog): EntryInvalid for every changed value typed wrong. EXPECTED_VERSION:
        the file's version the change was typed against (the dialog's); StaleVersion when
        another desk changed the file since, so a request never proposes to undo a change it
        did not see (issue 15 §3)."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_REQUEST_CHANGE)
        reason = check_reason(reason, ReasonKind.CHANGE)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            if expected_version is not None:
                check_version(customer.id, expected_version, customer.version)
            current = snapshot(customer)
            if entry is not None:
                check_changed_entry(changes, current, office_day(customer.entered_at))
            proposed = normalise_changes(changes)
            effective = effective_of(session, customer, current, proposed)
            request = ChangeRequest(
                customer_id=customer.id,
                base_version=customer.version,
                requested_by_id=actor.account_id,
                requested_at=now,
                previous={k: current[k] for k in effective},
                proposed=effective,
                reason=reason,
                status=ChangeStatus.PENDING.value,
            )
            session.add(request)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_REQUEST_CHANGE,
                f"asked to change {', '.join(effective)} of {customer.archive_number}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "request_id": request.id,
                    "base_version": customer.version,
                    "fields": sorted(effective),
                    "reason": reason,
                },
            )
            uow.commit()
            return self._request_info(session, request)

    def approve(
        self, actor: Principal, request_id: int, note: str = "", entry: HandEntry | None = None
    ) -> ChangeRequestInfo:
        """R-CUS-4: the change is made, as the file's next version, with requester, approver
        and reason on record. Refused for one's own request and for a stale one. With `entry`
        (the requests dialog): LikelyDuplicates when the changed file looks like another one
        not accepted (an acceptance is audited with the approval)."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_APPROVE_CHANGE)
        check_texts((LimitedText.NOTE, note))
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            request = decidable(session, request_id, actor, approving=True)
            customer = load_customer(session, request.customer_id, lock=True)
            require_active(customer)
            check_version(customer.id, request.base_version, customer.version, request.id)
            apply_fields(customer, request.proposed)
            seen = look_alikes(session, entry, customer, request.proposed)
            new_version(
                session,
                customer,
                actor,
                now,
                request.reason,
                RevisionKind.CHANGE_REQUEST,
                request.id,
            )
            decide(request, actor, ChangeStatus.APPROVED, note, now)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_APPROVE_CHANGE,
                f"approved change request {request.id} of {customer.archive_number}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "request_id": request.id,
                    "version": customer.version,
                    "fields": sorted(request.proposed),
                    "note": request.decision_note,
                    **accepted(seen),
                },
            )
            uow.commit()
            return self._request_info(session, request)

    def refuse(self, actor: Principal, request_id: int, note: str) -> ChangeRequestInfo:
        """R-CUS-4: the file stays as it is; the refusal and its reason are kept."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_APPROVE_CHANGE)
        note = check_reason(note, ReasonKind.REFUSAL)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            request = decidable(session, request_id, actor, approving=False)
            decide(request, actor, ChangeStatus.REFUSED, note, now)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_REFUSE_CHANGE,
                f"refused change request {request.id}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=request.customer_id,
                details={"request_id": request.id, "note": note},
            )
            uow.commit()
            return self._request_info(session, request)

    def change_directly(
        self,
        actor: Principal,
        customer_id: int,
        changes: Mapping[str, object],
        reason: str,
        expected_version: int | None = None,
        entry: HandEntry | None = None,
    ) -> CustomerInfo:
        """一篇 第四章1: the general manager or customer director changes a file without a
        request; the version says so (RevisionKind.DIRECT). With `entry` (the change dialog):
        EntryInvalid and LikelyDuplicates as for a request and its approval."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_CHANGE_DIRECTLY)
        reason = check_reason(reason, ReasonKind.CHANGE)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id, lock=True)
            require_active(customer)
            if expected_version is not None:
                check_version(customer.id, expected_version, customer.version)
            current = snapshot(customer)
            if entry is not None:
                check_changed_entry(changes, current, office_day(customer.entered_at))
            proposed = normalise_changes(changes)
            effective = effective_of(session, customer, current, proposed)
            apply_fields(customer, effective)
            seen = look_alikes(session, entry, customer, effective)
            new_version(session, customer, actor, now, reason, RevisionKind.DIRECT)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_CHANGE_DIRECTLY,
                f"changed {', '.join(effective)} of {customer.archive_number} directly",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "version": customer.version,
                    "fields": sorted(effective),
                    "reason": reason,
                    **accepted(seen),
                },
            )
            uow.commit()
            return customer_info(session, customer, office_day(now))

    def void(self, actor: Principal, customer_id: int, reason: str) -> CustomerInfo:
        """R-CUS-3: the file is kept, marked void with its reason; its number stays used."""
        actor = self.ctx.authorize(actor, Action.CUSTOMER_VOID)
        reason = check_reason(reason, ReasonKind.VOID)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id, lock=True)
            require_active(customer)
            customer.status = CustomerStatus.VOID.value
            customer.void_reason = reason
            customer.voided_at = now
            customer.voided_by_id = actor.account_id
            new_version(session, customer, actor, now, reason, RevisionKind.VOID)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.CUSTOMER_VOID,
                f"voided {customer.archive_number}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={"version": customer.version, "reason": reason},
            )
            uow.commit()
            return customer_info(session, customer, office_day(now))
