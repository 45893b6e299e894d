"""Exporting customer files to Excel (issue 4 item 11, R-AUD-2): the current view of the
customers table with its filters, and the holiday SMS list (第四篇 六3).

The rows come from the search service (`iter_rows`: the same ranking and filters the table
shows, batch by batch, so 200,000 files never sit in memory), the file is written by
exchange.customer_export (formula-like text stays text, real date cells, frozen header,
auto-filter) beside its name and renamed when complete, and the export is audited once with
its row count and its filters. A cancelled export leaves no file and no audit entry.

The headers are the ones the import recognises, so an exported list can be read back.

Both exports need Action.CUSTOMER_DATA_EXPORT (the general manager, the director, the
archivist): the list holds ID numbers, the SMS list names and mobiles, and customer data leaves
the office only through the customer department (一篇 第二章2; issue 9 finding 6).
Any other role makes one extract on a request the general manager or the director approved
(R-BAK-5, services/common/extract_grant.py): the audit entry names the request and its
approver, and the request is spent in the same transaction with the row count.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.permissions import Extract
from records_desk.domain.customers.errors import ExportCancelled
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.vocabulary import GRADE_TERMS, RECORD_TYPE_TERMS
from records_desk.exchange.customers.columns import FIELD_TERMS, ImportField
from records_desk.exchange.customers.export import (
    ColumnKind,
    ExportColumn,
    SmsCandidate,
    SmsListResult,
    write_customers,
    write_sms_contacts,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.common.extract_grant import ExtractGrant, authorize_extract, use_grant
from records_desk.services.customers.search import (
    CustomerQuery,
    CustomerRow,
    CustomerSearchService,
)

_F = FIELD_TERMS
EXPORT_COLUMNS = (
    ExportColumn("archive_number", _F[ImportField.ARCHIVE_NUMBER]),
    ExportColumn("name", _F[ImportField.NAME]),
    ExportColumn("record_type", _F[ImportField.RECORD_TYPE]),
    ExportColumn("contact_person", _F[ImportField.CONTACT_PERSON]),
    ExportColumn("id_number", _F[ImportField.ID_NUMBER]),
    ExportColumn("phones", _F[ImportField.PHONE]),
    ExportColumn("email", _F[ImportField.EMAIL]),
    ExportColumn("address", _F[ImportField.ADDRESS]),
    ExportColumn("department", _F[ImportField.DEPARTMENT]),
    ExportColumn("product_lines", _F[ImportField.PRODUCT_LINES]),
    ExportColumn("grade", _F[ImportField.GRADE]),
    ExportColumn("prospect_level", _F[ImportField.PROSPECT_LEVEL]),
    ExportColumn("consultant", _F[ImportField.CONSULTANT]),
    ExportColumn("event_date", _F[ImportField.EVENT_DATE], ColumnKind.DATE),
    ExportColumn("entered_at", "錄入時間", ColumnKind.DATETIME),
    ExportColumn("shelf_location", _F[ImportField.SHELF_LOCATION]),
    ExportColumn("status", "狀態"),
    ExportColumn("blacklisted_until", "黑名單至", ColumnKind.DATE),
)
STATUS_TERMS = {CustomerStatus.ACTIVE: "有效", CustomerStatus.VOID: "作廢"}

Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class ExportDone:
    path: str
    rows: int
    audit_seq: int


@dataclass(frozen=True)
class SmsExportDone:
    path: str
    written: int
    blacklisted: int  # left out (R-GRD-5)
    void: int  # left out
    no_mobile: int  # left out: no mobile phone on the file
    repeated: int  # left out: a mobile already on the list
    audit_seq: int


class _Stop(Exception):
    """Raised inside the row stream to abandon the half-written workbook."""


def export_row(row: CustomerRow) -> dict[str, Any]:
    """One table row as the export shows it (Chinese terms, dates as dates)."""
    return {
        "archive_number": row.archive_number,
        "name": row.name,
        "record_type": RECORD_TYPE_TERMS[row.record_type],
        "contact_person": row.contact_person,
        "id_number": row.id_number,
        "phones": row.phones,
        "email": row.email,
        "address": row.address,
        "department": row.department,
        "product_lines": row.product_lines,
        "grade": GRADE_TERMS[row.grade] if row.grade else None,
        "prospect_level": row.prospect_level.value if row.prospect_level else None,
        "consultant": row.consultant,
        "event_date": row.event_date,
        "entered_at": row.entered_at,
        "shelf_location": row.shelf_location,
        "status": STATUS_TERMS[row.status],
        "blacklisted_until": row.blacklisted_until,
    }


def query_details(query: CustomerQuery) -> dict[str, Any]:
    """The filters as the audit entry keeps them."""
    return {
        "text": query.text,
        "department": query.department,
        "record_type": query.record_type.value if query.record_type else None,
        "grade": query.grade.value if query.grade else None,
        "include_void": query.include_void,
        "blacklisted_only": query.blacklisted_only,
    }


class ExportService:
    def __init__(self, ctx: ServiceContext, search: Callable[[], CustomerSearchService]) -> None:
        self.ctx = ctx
        self._search = search  # built on first use, like the container's services

    def export_customers(
        self,
        actor: Principal,
        query: CustomerQuery,
        path: str | Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ExportDone:
        """The files the table shows for `query`, in its order, to `path` (R-AUD-2)."""
        actor, grant = authorize_extract(self.ctx, actor, Extract.CUSTOMER_LIST)
        search = self._search()
        total = search.count(actor, query)
        rows = self._watched(search.iter_rows(actor, query), total, progress, cancelled)
        seqs: list[int] = []

        def audit(written: int) -> None:
            seqs.append(
                self._audit(
                    actor,
                    AuditAction.CUSTOMER_EXPORT,
                    f"exported {written} customer files to {Path(path).name}",
                    {"file": Path(path).name, "rows": written, "filters": query_details(query)},
                    grant,
                )
            )

        try:
            written = write_customers(
                (export_row(r) for r in rows), EXPORT_COLUMNS, path, before_publish=audit
            )
        except _Stop:
            raise ExportCancelled(str(path)) from None
        return ExportDone(str(path), written, seqs[0])

    def export_sms_contacts(
        self,
        actor: Principal,
        selection: CustomerQuery | Sequence[int],
        path: str | Path,
    ) -> SmsExportDone:
        """Name and mobile of the selected customers (ids, or every file a query finds) for
        the holiday SMS, leaving out blacklisted and void files (第四篇 六3, R-GRD-5)."""
        actor, grant = authorize_extract(self.ctx, actor, Extract.SMS_LIST)
        search = self._search()
        if isinstance(selection, CustomerQuery):
            rows: Iterable[CustomerRow] = search.iter_rows(actor, selection)
            details: dict[str, Any] = {"filters": query_details(selection)}
        else:
            wanted = list(dict.fromkeys(selection))
            rows = search.rows_of(actor, wanted)
            details = {"customer_ids": len(wanted)}
        candidates = (
            SmsCandidate(
                name=r.name,
                phones=r.phones,
                blacklisted=r.blacklisted_until is not None,
                void=r.status is CustomerStatus.VOID,
            )
            for r in rows
        )
        seqs: list[int] = []

        def audit(result: SmsListResult) -> None:
            seqs.append(
                self._audit(
                    actor,
                    AuditAction.CUSTOMER_EXPORT_SMS,
                    f"exported {result.written} SMS contacts to {Path(path).name}",
                    {
                        "file": Path(path).name,
                        "rows": result.written,
                        **left_out(result),
                        **details,
                    },
                    grant,
                )
            )

        result = write_sms_contacts(candidates, path, before_publish=audit)
        return SmsExportDone(str(path), result.written, **left_out(result), audit_seq=seqs[0])

    @staticmethod
    def _watched(
        rows: Iterator[CustomerRow],
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> Iterator[CustomerRow]:
        for done, row in enumerate(rows, 1):
            if done == 1 or done % 1000 == 0:  # a cancel is seen at once, then every 1,000
                if progress is not None:
                    progress(done, total)
                if cancelled is not None and cancelled():
                    raise _Stop
            yield row
        if progress is not None:
            progress(total, total)

    def _audit(
        self,
        actor: Principal,
        action: AuditAction,
        summary: str,
        details: dict[str, Any],
        grant: ExtractGrant | None,
    ) -> int:
        """R-AUD-2, run by the writer once the file is whole under a temporary name and before
        it takes its own: never an exported file the log does not know of (a failure here
        leaves no file, and an earlier file of that name as it was). An extract made on a
        request (R-BAK-5) names it and its approver, and spends it in this transaction."""
        now = self.ctx.now()
        if grant is not None:
            summary += grant.summary_suffix()
            details = {**details, **grant.audit_details()}
        with self.ctx.uow.write() as uow:
            entry = journal.append(
                uow.session, now, actor.username, action, summary, details=details
            )
            if grant is not None:
                use_grant(uow.session, grant, int(details["rows"]), entry.seq, now)
            uow.commit()
            return entry.seq


def left_out(result: SmsListResult) -> dict[str, int]:
    """What the SMS list left out, and why (the audit entry's details and the result)."""
    return {
        "blacklisted": result.blacklisted,
        "void": result.void,
        "no_mobile": result.no_mobile,
        "repeated": result.repeated,
    }
