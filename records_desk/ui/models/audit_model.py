"""The operation log as a paging table model (R-AUD): 200 entries at a time, newest first,
through canFetchMore/fetchMore. The viewer never holds the whole log. Actions and what an entry
is about read in the user's language (wording/audit.py), and so does the summary
(wording/audit_summary.py); its tooltip adds the stored text when that reads otherwise."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from records_desk.services.common.dto import AuditFilter, AuditRecord
from records_desk.ui.models.paged import Index, PagedTableModel
from records_desk.wording.audit import audit_action_name, audit_target
from records_desk.wording.audit_summary import audit_summary
from records_desk.wording.language import sub

RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200

# Loaders return None when the call failed (the caller has already told the user).
CountLoader = Callable[[AuditFilter], int | None]
PageLoader = Callable[[AuditFilter, int, int], list[AuditRecord] | None]


class AuditColumn(IntEnum):
    SEQ = 0
    TIME = 1
    ACCOUNT = 2
    ACTION = 3
    ENTITY = 4
    SUMMARY = 5


def entry_time(record: AuditRecord) -> datetime:
    """The stored UTC time of an entry as an aware datetime."""
    return datetime.fromisoformat(record.at)


def local_timestamp(record: AuditRecord) -> str:
    """Seconds matter in a log (several entries share a minute)."""
    return entry_time(record).astimezone().strftime("%Y-%m-%d %H:%M:%S")


def summary_tooltip(record: AuditRecord) -> str:
    """The summary in the user's language, and below it the stored text when that differs."""
    shown = audit_summary(record.action, record.summary)
    if shown == record.summary:
        return shown
    stored = QCoreApplication.translate("AuditLogModel", "As stored: %1")
    return f"{shown}\n\n{sub(stored, record.summary)}"


class AuditLogModel(PagedTableModel[AuditRecord]):
    """Read only. `set_filter` counts the matching entries and loads the first page; the view
    asks for the next pages as the user scrolls."""

    columns = AuditColumn

    def __init__(
        self,
        count: CountLoader,
        page: PageLoader,
        page_size: int = PAGE_SIZE,
        parent: Any = None,
    ) -> None:
        super().__init__(page_size, parent)
        self._count = count
        self._page = page
        self._filter = AuditFilter()

    # -- loading ----------------------------------------------------------------------------
    @property
    def audit_filter(self) -> AuditFilter:
        return self._filter

    def set_filter(self, flt: AuditFilter) -> None:
        self._filter = flt
        self._reset(self._count(flt), lambda: self._load(0), self._page_size)

    def reload(self) -> None:
        self.set_filter(self._filter)

    def record_at(self, row: int) -> AuditRecord:
        return self._rows[row]

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        if not self._may_fetch(parent):
            return
        # Entries written since the filter was applied sit on top (newest first, append-only
        # log) and push the older ones down: skip over them so no entry is shown twice.
        now_matching = self._count(self._filter)
        if now_matching is None:
            self._total = len(self._rows)
            return
        shift = max(0, now_matching - self._total)
        last_seq = self._rows[-1].seq if self._rows else None
        self._append(
            [r for r in self._load(len(self._rows) + shift) if last_seq is None or r.seq < last_seq]
        )

    def _load(self, offset: int) -> list[AuditRecord]:
        return self._page(self._filter, offset, self._page_size) or []

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(AuditColumn) - 1)

    # -- Qt model interface -----------------------------------------------------------------
    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        column = self._column(section, orientation, role)
        if column is None:
            return None
        return {
            AuditColumn.SEQ: self.tr("No."),
            AuditColumn.TIME: self.tr("Time"),
            AuditColumn.ACCOUNT: self.tr("Account"),
            AuditColumn.ACTION: self.tr("Action"),
            AuditColumn.ENTITY: self.tr("Entity"),
            AuditColumn.SUMMARY: self.tr("Summary"),
        }[AuditColumn(column)]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record = self._rows[index.row()]
        column = AuditColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole and column is AuditColumn.SUMMARY:
            return summary_tooltip(record)
        if role == Qt.ItemDataRole.ToolTipRole and column is AuditColumn.ACTION:
            return str(record.action)  # the stored code, as the command line prints it
        if role == Qt.ItemDataRole.TextAlignmentRole and column is AuditColumn.SEQ:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RECORD_ROLE:
            return record
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # R-AUD-3: never editable from the app.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _text(record: AuditRecord, column: AuditColumn) -> str:
        if column is AuditColumn.SEQ:
            return str(record.seq)
        if column is AuditColumn.TIME:
            return local_timestamp(record)
        if column is AuditColumn.ACCOUNT:
            return record.account or "—"
        if column is AuditColumn.ACTION:
            return audit_action_name(record.action)
        if column is AuditColumn.ENTITY:
            return audit_target(record.entity_type, record.entity_id)
        return audit_summary(record.action, record.summary)


def describe_entry(record: AuditRecord) -> str:
    """The entry's heading, its summary in the user's language (and as stored, when that reads
    otherwise: the stored text is what the hash covers), its details and its hash."""
    details = json.dumps(record.details, indent=2, ensure_ascii=False, sort_keys=True)
    shown = audit_summary(record.action, record.summary)
    summary = [shown]
    if shown != record.summary:
        as_stored = QCoreApplication.translate("AuditLogDialog", "As stored: %1")
        summary.append(as_stored.replace("%1", record.summary))
    return "\n".join(
        [
            f"#{record.seq}  {local_timestamp(record)}  {record.account or '—'}  "
            f"{audit_action_name(record.action)} ({record.action})",
            *summary,
            "",
            details,
            "",
            QCoreApplication.translate("AuditLogDialog", "Hash: %1").replace("%1", record.hash),
        ]
    )
