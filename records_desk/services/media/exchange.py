"""Excel exchange of the media inventory (issue 13 §7): the inventory (or the part a filter
shows, the filters of `media list` and the tab) written to xlsx, and an office's existing media
list imported — previewed first with every problem named by its row and column, then committed
all or nothing.

Permissions: the export needs Action.MEDIA_EXPORT (the inventory names the classified media
and who holds them; a copy leaves the office through the archivist); the import is batch
registering, Action.MEDIA_REGISTER (R-MED-1). Both go through the media's permission check
(services/media/access.py: the archivist's deputy acts on the days of the period).

Decisions:
- The export reads the inventory in batches of BATCH by id (never the whole of it in memory)
  and is written beside its name 0600 and renamed when whole (exchange/common/xlsx.py); its
  one audit entry (media.export) is written before the file takes its name — file name, row
  count and filters, never a value of a row. A cancelled export leaves no file and no entry.
- The import's commit is one transaction: the numbers a list keeps raise their type's sequence
  first (R-MED-1: a number is never issued twice), then the rows without a number are given
  the next ones, in row order. Each medium starts `registered` (R-MED-2: its preparation was
  not recorded here) with one event, `imported`, naming the source file and its row. One audit
  entry (media.import) holds the file name, the rows read, the media written, how many kept
  their number and how many were given one — counts, never values.
- A dry run is the preview alone: nothing is written, nothing audited.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.permissions import Action
from records_desk.domain.media.numbers import parse_medium_number
from records_desk.domain.media.vocabulary import PREFIXES, MediumState, MediumType
from records_desk.exchange.media.columns import CLASSIFIED_TERMS, STATE_TERMS, TYPE_TERMS
from records_desk.exchange.media.export import write_inventory
from records_desk.exchange.media.imports import MediumImport, read_media
from records_desk.exchange.media.problems import (
    MediaExportCancelled,
    MediaImportCancelled,
    MediaImportInvalid,
    MediumNumberTaken,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.media.access import Acting, authorize
from records_desk.services.media.dto import MediaFilter
from records_desk.services.media.exchange_checks import MediaImportPreview, check_against_records
from records_desk.services.media.queries import MediaQueryService
from records_desk.services.media.records import add_event, next_medium_number
from records_desk.store.media import MediaSequence, Medium
from records_desk.store.models import Account

BATCH = 1000
Progress = Callable[[int, int | None], None]
Cancelled = Callable[[], bool]


@dataclass(frozen=True)
class MediaExportDone:
    path: str
    rows: int
    audit_seq: int


@dataclass(frozen=True)
class MediaImportDone:
    path: str
    rows: int
    imported: int
    numbers: tuple[str, ...]  # the media written, in row order
    audit_seq: int


class _Stop(Exception):
    """Raised inside the row stream to abandon the half-written workbook."""


def filter_details(flt: MediaFilter) -> dict[str, Any]:
    """The filters as the audit entry keeps them."""
    return {
        "state": flt.state.value if flt.state else None,
        "type": flt.media_type.value if flt.media_type else None,
        "classified": flt.classified,
        "department": flt.department,
        "due_for_stocktake": flt.due_for_stocktake,
        "overdue": flt.overdue,
    }


class MediaExchangeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self.queries = MediaQueryService(ctx)

    # -- the export --------------------------------------------------------------------------

    def export(
        self,
        actor: Principal,
        path: str | Path,
        flt: MediaFilter | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> MediaExportDone:
        """The media FLT shows (None: all), by number, to PATH (module docstring)."""
        acting = authorize(self.ctx, actor, Action.MEDIA_EXPORT)
        flt = flt or MediaFilter()
        total = self.queries.count(acting.principal, flt)
        seqs: list[int] = []
        name = Path(path).name

        def audit(written: int) -> None:
            with self.ctx.uow.write() as uow:
                entry = self._audit(
                    uow.session,
                    acting,
                    AuditAction.MEDIA_EXPORT,
                    f"exported {written} media to {name}",
                    {"file": name, "rows": written, "filters": filter_details(flt)},
                )
                uow.commit()
                seqs.append(entry)

        rows = self._export_rows(flt, total, progress, cancelled)
        try:
            written = write_inventory(rows, path, before_publish=audit)
        except _Stop:
            raise MediaExportCancelled(str(path)) from None
        return MediaExportDone(str(path), written, seqs[0])

    def _export_rows(
        self,
        flt: MediaFilter,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> Iterator[dict[str, Any]]:
        custodian, holder = aliased(Account), aliased(Account)
        done, after = 0, ""
        while True:
            with self.ctx.uow.read() as uow:
                query = select(Medium, custodian.username, holder.username)
                query = self.queries.filtered(query, flt)
                query = (
                    query.outerjoin(custodian, custodian.id == Medium.custodian_account_id)
                    .outerjoin(holder, holder.id == Medium.holder_account_id)
                    .where(Medium.number > after)
                    .order_by(Medium.number)
                    .limit(BATCH)
                )
                batch = [export_row(m, c, h) for m, c, h in uow.session.execute(query)]
            for row in batch:
                done += 1
                if done == 1 or done % BATCH == 0:
                    if progress is not None:
                        progress(done, total)
                    if cancelled is not None and cancelled():
                        raise _Stop
                yield row
            if len(batch) < BATCH:
                break
            after = batch[-1]["number"]
        if progress is not None:
            progress(total, total)

    # -- the import --------------------------------------------------------------------------

    def preview(
        self,
        actor: Principal,
        path: str | Path,
        sheet: str | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        strict: bool = False,
        max_rows: int | None = None,
    ) -> MediaImportPreview:
        """Read and check the list, then against the records; nothing is written (a dry run
        is this alone)."""
        authorize(self.ctx, actor, Action.MEDIA_REGISTER)
        limits = {} if max_rows is None else {"max_rows": max_rows}
        result = read_media(path, sheet, progress, cancelled, **limits)
        preview = MediaImportPreview(result, strict=strict)
        if result.drafts and not result.cancelled:
            with self.ctx.uow.read() as uow:
                check_against_records(uow.session, preview)
        return preview

    def commit(
        self,
        actor: Principal,
        source: MediaImportPreview | str | Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        *,
        strict: bool = False,
    ) -> MediaImportDone:
        """Register every row of a checked list in one transaction, or none (module doc)."""
        acting = authorize(self.ctx, actor, Action.MEDIA_REGISTER)
        if isinstance(source, MediaImportPreview):
            preview = source
        else:
            preview = self.preview(acting.principal, source, progress=progress, strict=strict)
        result = preview.result
        if result.cancelled:
            raise MediaImportCancelled(result.path)
        if not preview.ok or not preview.drafts:
            raise MediaImportInvalid(
                result.path, tuple(preview.error_rows()), len(result.file_errors)
            )
        drafts = preview.drafts
        name = Path(result.path).name
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            _claim_numbers(session, drafts)
            numbers: list[str] = []
            for done, draft in enumerate(drafts, 1):
                if cancelled is not None and done % BATCH == 0 and cancelled():
                    raise MediaImportCancelled(result.path)  # the transaction rolls back
                medium = self._medium(session, acting, draft, preview, now)
                session.add(medium)
                session.flush()
                evidence = {
                    "source": name,
                    "row": draft.row,
                    "type": draft.media_type.value,
                    "classified": draft.classified,
                    "department": medium.department,
                    "serial": medium.serial,
                }
                add_event(session, medium, acting.principal.account_id, now, "imported",
                          None, evidence, draft.note)  # fmt: skip
                numbers.append(medium.number)
                if progress is not None and done % BATCH == 0:
                    progress(done, len(drafts))
            kept = sum(1 for d in drafts if d.number)
            seq = self._audit(
                session,
                acting,
                AuditAction.MEDIA_IMPORT,
                f"imported {len(numbers)} media from {name}",
                {
                    "file": name,
                    "sheet": result.sheet,
                    "rows": preview.rows,
                    "imported": len(numbers),
                    "numbers_kept": kept,
                    "numbers_given": len(numbers) - kept,
                },
            )
            uow.commit()
        return MediaImportDone(result.path, preview.rows, len(numbers), tuple(numbers), seq)

    def _medium(
        self,
        session: Session,
        acting: Acting,
        draft: MediumImport,
        preview: MediaImportPreview,
        now: Any,
    ) -> Medium:
        return Medium(
            number=draft.number or next_medium_number(session, draft.media_type),
            media_type=draft.media_type.value,
            brand=draft.brand,
            model=draft.model,
            serial=draft.serial,
            capacity=draft.capacity,
            classified=draft.classified,
            department=draft.department,
            custodian_account_id=preview.custodian_ids.get(draft.custodian),
            location=draft.location,
            state=MediumState.REGISTERED.value,
            registered_at=now,
            registered_by_id=acting.principal.account_id,
            labelled=False,
            encryption=None,
            virus_check_clean=False,
            events=0,
        )

    def _audit(
        self,
        session: Session,
        acting: Acting,
        action: AuditAction,
        summary: str,
        details: dict[str, Any],
    ) -> int:
        entry = journal.append(
            session,
            self.ctx.now(),
            acting.principal.username,
            action,
            summary + acting.summary_suffix(),
            details={**details, **acting.audit_details()},
        )
        return entry.seq


def _claim_numbers(session: Session, drafts: list[MediumImport]) -> None:
    """R-MED-1: the numbers the list keeps, checked again in the write transaction (a desk may
    have taken one since the preview), and each type's sequence raised past them."""
    kept = [d.number for d in drafts if d.number]
    for start in range(0, len(kept), BATCH):
        chunk = kept[start : start + BATCH]
        taken = session.scalars(select(Medium.number).where(Medium.number.in_(chunk))).first()
        if taken is not None:
            raise MediumNumberTaken(taken)
    highest: dict[MediumType, int] = {}
    for number in kept:
        kind, sequence = parse_medium_number(number)
        highest[kind] = max(highest.get(kind, 0), sequence)
    for kind, sequence in highest.items():
        row = session.get(MediaSequence, PREFIXES[kind])
        if row is None:
            session.add(MediaSequence(prefix=PREFIXES[kind], last=sequence))
        else:
            row.last = max(row.last, sequence)
    session.flush()


def export_row(medium: Medium, custodian: str | None, holder: str | None) -> dict[str, Any]:
    """One medium as the export writes it (the import's words: exchange/media/columns.py)."""
    return {
        "number": medium.number,
        "type": TYPE_TERMS[MediumType(medium.media_type)],
        "brand": medium.brand,
        "model": medium.model,
        "serial": medium.serial,
        "capacity": medium.capacity,
        "classified": CLASSIFIED_TERMS[medium.classified],
        "department": medium.department,
        "custodian": custodian,
        "location": medium.location,
        "state": STATE_TERMS[MediumState(medium.state)],
        "holder": holder,
        "due_on": medium.due_on,
        "registered_at": medium.registered_at,
        "last_counted_on": medium.last_counted_on,
    }
