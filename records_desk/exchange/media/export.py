"""Writing the media inventory to Excel (issue 13 §7) with the generic writer
(exchange/common/xlsx.py: streamed, formula-like text kept text, real date cells, frozen
header, written beside its name 0600 and renamed when complete). The headers are the ones the
import reads (exchange/media/columns.py FIELD_TERMS), so an exported inventory imports back;
the columns after 狀態 say what the import does not take over (who holds a medium until when,
when it was registered and last counted)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from records_desk.exchange.common.xlsx import ColumnKind, ExportColumn, write_table
from records_desk.exchange.media.columns import FIELD_TERMS, MediaField

_F = FIELD_TERMS
EXPORT_COLUMNS = (
    *(ExportColumn(f.value, _F[f]) for f in MediaField if f is not MediaField.NOTE),
    ExportColumn("holder", "借用人"),
    ExportColumn("due_on", "歸還期限", ColumnKind.DATE),
    ExportColumn("registered_at", "登記時間", ColumnKind.DATETIME),
    ExportColumn("last_counted_on", "最近盤點", ColumnKind.DATE),
)
SHEET_TITLE = "移動存儲介質"


def write_inventory(
    rows: Iterable[Mapping[str, Any]],
    path: str | Path,
    before_publish: Callable[[int], None] | None = None,
) -> int:
    """The inventory's rows (keyed by EXPORT_COLUMNS' keys) to a new xlsx; the row count."""
    return write_table(rows, EXPORT_COLUMNS, path, SHEET_TITLE, before_publish)
