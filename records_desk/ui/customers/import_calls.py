"""The import dialog's two service calls, shaped as background work `fn(progress, cancelled)`:
`services.customers.imports.preview` (read and check every row, then against the database) and
`services.customers.imports.commit` (all or nothing; cancelled → ImportCancelled, nothing written).
Also the few facts of a preview the dialog shows. The services open their own sessions, so
these run on the worker thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from records_desk.exchange.common.row_cells import row_cells
from records_desk.exchange.customers.columns import ColumnMapping
from records_desk.exchange.customers.imports import ImportResult
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.messages import describe

if TYPE_CHECKING:
    from records_desk.services.customers.imports import ImportPreview

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

Work = Callable[[Callable[[int, "int | None"], None], Callable[[], bool]], Any]


def preview_work(
    services: Services,
    principal: Principal,
    path: str,
    sheet: str | None,
    mapping: ColumnMapping | None,
) -> Work:
    imports = (
        services.customers.imports
    )  # built on the UI thread: cached_property is not thread-safe

    def work(progress: Any, cancelled: Callable[[], bool]) -> Any:
        """(preview, cells of its refused rows): a refused row keeps no draft, so its cells
        are read back for the preview to show them (exchange/common/row_cells.py)."""
        preview = imports.preview(principal, path, sheet or None, mapping, progress, cancelled)
        result = preview.result
        cells = {}
        if result.errors and result.sheet is not None and not result.cancelled:
            cells = row_cells(path, result.sheet, result.error_rows)
        return preview, cells

    return work


def commit_work(
    services: Services, principal: Principal, preview: ImportPreview, override_reason: str | None
) -> Work:
    imports = services.customers.imports

    def work(progress: Any, cancelled: Callable[[], bool]) -> Any:
        return imports.commit(
            principal, preview, progress, cancelled, override_reason=override_reason
        )

    return work


def result_of(preview: ImportPreview) -> ImportResult:
    return preview.result


def may_import(preview: ImportPreview) -> bool:
    """Every row valid and the whole file read (quotas are the override's business)."""
    return bool(preview.ok) and preview.valid > 0


def row_notes(preview: ImportPreview) -> dict[int, list[str]]:
    """Per row, what the database check found that does not make the row wrong: a likely
    duplicate of a file on record (R-DQ-1), a consultant no account matches."""
    notes: dict[int, list[str]] = {}
    for d in preview.duplicates_in_db:
        notes.setdefault(d.row, []).append(
            translate("ImportDialog", "Likely the same customer as %1 %2 on file")
            .replace("%1", d.archive_number)
            .replace("%2", d.name)
        )
    for name, row in preview.unmatched_consultants.items():
        notes.setdefault(row, []).append(
            translate(
                "ImportDialog", "No account is named %1; imported without a consultant"
            ).replace("%1", name)
        )
    return notes


def quota_problems(preview: ImportPreview) -> list[str]:
    """R-GRD-2: the quotas the batch would break, worded as a refusal is."""
    return [describe(breach) for breach in preview.quota_breaches]


def is_cancelled(error: BaseException) -> bool:
    from records_desk.services.customers.imports import ImportCancelled

    return isinstance(error, ImportCancelled)
