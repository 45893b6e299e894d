"""Issue 10 (after the last session): importing an office's old list flagged every file whose
event was older than 72 h as "entered late" (R-CUS-5), without a word, and charged the clerk who
imported it with a late entry per file in data quality. R-CUS-5 times the entry of an event; a
file moved from the earlier list was entered back then, at a time nobody knows now. Decision
(domain/customers/timeliness.py): imported files are of the kind IMPORTED and never late; their
event dates are kept; the preview says how many rows have an event more than 72 h old."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.timeliness import EntryKind, old_events
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.store.customers import Customer
from records_desk.wording import set_language
from records_desk.wording.customers.import_report import describe_old_events
from tests.integration.test_customer_import_office_list import (
    OFFICE_HEADERS,
    office_row,
    write_xlsx,
)


def test_imported_old_files_are_not_counted_as_late_entries_R_CUS_5(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    rows = [office_row(n) for n in range(12)]  # events in 2024
    path = write_xlsx(tmp_path / "名單.xlsx", [OFFICE_HEADERS, *rows])
    preview = services.customers.imports.preview(gm, path)
    old = old_events((d.event_date for d in preview.result.drafts), services.ctx.now())
    assert old == 12
    set_language("en")
    assert describe_old_events(old) == (
        "12 rows have an event more than 72 hours old: they are imported as files of the "
        "earlier list and do not count as late entries."
    )
    done = services.customers.imports.commit(gm, preview)
    for customer_id in done.customer_ids:
        info = services.customers.files.get(gm, customer_id)
        assert info.event_date is not None and info.event_date.year == 2024  # kept as listed
        assert not info.entered_late
    with services.ctx.uow.read() as uow:
        kinds = set(uow.session.scalars(select(Customer.entry_kind)).all())
    assert kinds == {EntryKind.IMPORTED.value}
    problems = services.customers.quality.problems(gm)
    assert not [p for p in problems if p.dimension is Dimension.TIMELINESS]


def test_a_file_typed_in_late_still_counts_as_a_late_entry_R_CUS_5(
    services: Services, gm: Principal
) -> None:
    from tests.unit.customer_fixtures import draft

    late = services.customers.files.register(gm, draft(event_date=date(2026, 11, 20)))
    assert late.entered_late
