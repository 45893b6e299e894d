"""Reading customer files (R-CUS-3): a file, every earlier version with who, when, why and
how it was approved, the difference between two versions, and the change requests. The
writing side is CustomerService (customers.py), which extends this class."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.file_errors import VersionNotFound
from records_desk.domain.customers.files import (
    ChangeStatus,
    FieldChange,
    RevisionKind,
    diff_snapshots,
)
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import ChangeRequestInfo, CustomerInfo, RevisionInfo
from records_desk.services.customers.records import (
    customer_info,
    load_customer,
    usernames,
)
from records_desk.store.customers import ChangeRequest, CustomerRevision
from records_desk.store.models import Account


class CustomerQueries:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- reading ---------------------------------------------------------------------------

    def get(self, actor: Principal, customer_id: int) -> CustomerInfo:
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            customer = load_customer(uow.session, customer_id)
            return customer_info(uow.session, customer, office_day(self.ctx.now()))

    def history(self, actor: Principal, customer_id: int) -> list[RevisionInfo]:
        """R-CUS-3: every version, oldest first, with who, when, why and the approval."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            load_customer(uow.session, customer_id)
            rows = list(
                uow.session.execute(
                    select(CustomerRevision, Account, ChangeRequest.requested_by_id)
                    .join(Account, Account.id == CustomerRevision.account_id)
                    .outerjoin(
                        ChangeRequest, ChangeRequest.id == CustomerRevision.change_request_id
                    )
                    .where(CustomerRevision.customer_id == customer_id)
                    .order_by(CustomerRevision.version)
                )
            )
            requesters = usernames(uow.session, [r[2] for r in rows])
            return [
                RevisionInfo(
                    customer_id=rev.customer_id,
                    version=rev.version,
                    at=rev.at,
                    by=account.username,
                    by_name=account.full_name,
                    reason=rev.reason,
                    kind=RevisionKind(rev.kind),
                    change_request_id=rev.change_request_id,
                    requested_by=requesters.get(requester) if requester else None,
                    snapshot=dict(rev.snapshot),
                )
                for rev, account, requester in rows
            ]

    def diff(self, actor: Principal, customer_id: int, v1: int, v2: int) -> tuple[FieldChange, ...]:
        """The fields that differ between two versions (old: v1, new: v2), for the history
        view's side-by-side comparison."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            load_customer(uow.session, customer_id)
            rows = uow.session.execute(
                select(CustomerRevision.version, CustomerRevision.snapshot).where(
                    CustomerRevision.customer_id == customer_id,
                    CustomerRevision.version.in_({v1, v2}),
                )
            )
            found: dict[int, dict[str, Any]] = {version: snap for version, snap in rows}
        for version in (v1, v2):
            if version not in found:
                raise VersionNotFound(customer_id, version)
        return diff_snapshots(found[v1], found[v2])

    def change_requests(
        self,
        actor: Principal,
        status: ChangeStatus | None = ChangeStatus.PENDING,
        customer_id: int | None = None,
    ) -> list[ChangeRequestInfo]:
        """The approvers' list (pending by default), oldest first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        query = select(ChangeRequest).order_by(ChangeRequest.id)
        if status is not None:
            query = query.where(ChangeRequest.status == status.value)
        if customer_id is not None:
            query = query.where(ChangeRequest.customer_id == customer_id)
        with self.ctx.uow.read() as uow:
            return [self._request_info(uow.session, r) for r in uow.session.scalars(query)]

    @staticmethod
    def _request_info(session: Session, r: ChangeRequest) -> ChangeRequestInfo:
        customer = load_customer(session, r.customer_id)
        names = usernames(session, [r.requested_by_id, r.decided_by_id])
        return ChangeRequestInfo(
            id=r.id,
            customer_id=r.customer_id,
            archive_number=customer.archive_number,
            customer_name=customer.name,
            base_version=r.base_version,
            requested_by=names.get(r.requested_by_id, ""),
            requested_at=r.requested_at,
            reason=r.reason,
            changes=diff_snapshots(r.previous, r.proposed),
            status=ChangeStatus(r.status),
            decided_by=names.get(r.decided_by_id) if r.decided_by_id else None,
            decided_at=r.decided_at,
            decision_note=r.decision_note,
        )
