"""The Excel import screen (issue 4 item 10, R-AUD-2): the preview names every wrong row and
keeps Import off; a good file imports with progress off the UI thread; cancelling writes
nothing; the error report is saved as xlsx. The worker thread is driven for real and waited
for with qtbot.waitUntil; message boxes are captured by `shown`."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.qtbot import QtBot

from records_desk.exchange.customers.columns import ImportField
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.customers.import_dialog import ImportDialog
from records_desk.ui.customers.import_preview import PROBLEMS_COLUMN, ImportPreviewModel
from tests.integration.test_customer_import import HEADERS, customer_row, write_xlsx
from tests.unit.customer_fixtures import Office, office

__all__ = ["office"]


def rows(n: int, bad: int | None = None) -> list[list[object]]:
    """n good customers, ungraded (quotas are another test's business); `bad` gets an event
    date that is no date."""
    found = []
    for i in range(n):
        row = customer_row(i)
        row[7] = None
        if i == bad:
            row[6] = "2025-02-30"
        found.append(row)
    return found


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, office: Office) -> ImportDialog:
    shown = ImportDialog(services, office.archivist)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def finish(qtbot: QtBot, job: BackgroundJob | None) -> BackgroundJob:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    return job


def on_file(services: Services, gm: Principal) -> int:
    return services.customers.search.count(gm, CustomerQuery())


def test_preview_names_the_wrong_row_and_import_stays_off_R_AUD_2(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, services: Services, office: Office
) -> None:
    path = write_xlsx(tmp_path / "one-bad.xlsx", [HEADERS, *rows(30, bad=10)])
    dialog.choose_file(str(path))
    assert dialog.mapping_table.combo("C").currentData() == ImportField.PHONE.value
    finish(qtbot, dialog.check())
    assert not dialog.import_button.isEnabled()
    assert dialog.report_button.isEnabled()
    model = dialog.model
    assert model.rowCount() == 30
    assert model.invalid_rows() == [12]  # the 11th customer: Excel row 12
    line = model.item(10)
    assert line.row == 12 and line.invalid
    assert "2025-02-30" in model.index(10, PROBLEMS_COLUMN).data()
    assert "1 cannot" in dialog.summary.text()
    assert dialog.problems.item(0).text().startswith("Row 12 (G): “2025-02-30”")
    dialog.only_wrong.setChecked(True)  # the wrong row, and the notes (an unknown consultant)
    assert 12 in [line.row for line in model.rows()] and model.rowCount() < 30
    assert all(line.problems for line in model.rows())
    assert on_file(services, office.gm) == 0


def test_error_report_is_saved_as_xlsx(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, shown: list[str]
) -> None:
    path = write_xlsx(tmp_path / "one-bad.xlsx", [HEADERS, *rows(5, bad=2)])
    dialog.choose_file(str(path))
    finish(qtbot, dialog.check())
    out = tmp_path / "report.xlsx"
    dialog.save_report(str(out))
    sheet = load_workbook(out).active
    values = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert any(tuple(row[1:4]) == (4, "G", "2025-02-30") for row in values[1:]), values
    assert shown and str(out) in shown[-1]


def test_a_good_file_imports_every_row_with_progress_R_AUD_2(
    qtbot: QtBot,
    dialog: ImportDialog,
    tmp_path: Path,
    services: Services,
    office: Office,
    shown: list[str],
) -> None:
    path = write_xlsx(tmp_path / "good.xlsx", [HEADERS, *rows(1200)])
    dialog.choose_file(str(path))
    finish(qtbot, dialog.check())
    assert dialog.import_button.isEnabled()
    imported: list[object] = []
    dialog.imported.connect(imported.append)
    job = finish(qtbot, dialog.start_import())
    assert job.error is None
    assert job.progress is not None
    assert on_file(services, office.gm) == 1200
    assert imported and imported[0].written == 1200  # type: ignore[attr-defined]
    assert "1200" in dialog.summary.text()
    assert any("1200" in text for text in shown)


def test_cancelling_the_import_writes_nothing_R_AUD_2(
    qtbot: QtBot,
    dialog: ImportDialog,
    tmp_path: Path,
    services: Services,
    office: Office,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Chunks of 100 instead of 1,000: a cancel is seen between chunks, on a tenth of the rows.
    monkeypatch.setattr("records_desk.services.customers.imports.CHUNK", 100)
    path = write_xlsx(tmp_path / "good.xlsx", [HEADERS, *rows(300)])
    dialog.choose_file(str(path))
    finish(qtbot, dialog.check())
    job = dialog.start_import()
    assert job is not None
    job.cancel()
    finish(qtbot, job)
    assert on_file(services, office.gm) == 0
    assert "cancelled" in dialog.summary.text()
    assert dialog.import_button.isEnabled()  # the checked file can still be imported


def test_changing_a_column_mapping_is_used_for_the_check(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "good.xlsx", [HEADERS, *rows(3)])
    dialog.choose_file(str(path))
    combo = dialog.mapping_table.combo("I")  # 電子郵件
    combo.setCurrentIndex(0)  # not imported
    mapping = dialog.mapping()
    assert mapping is not None and mapping.column_of(ImportField.EMAIL) is None
    finish(qtbot, dialog.check())
    assert all(line.draft and line.draft.email is None for line in dialog.model.rows())


def test_import_preview_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, dialog: ImportDialog, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "one-bad.xlsx", [HEADERS, *rows(8, bad=3)])
    dialog.choose_file(str(path))
    finish(qtbot, dialog.check())
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    qtmodeltester.check(ImportPreviewModel())  # type: ignore[attr-defined]


def test_a_batch_over_the_quota_needs_a_directors_reason_R_GRD_2(
    qtbot: QtBot, services: Services, office: Office, tmp_path: Path, shown: list[str]
) -> None:
    lines = rows(10)
    for i, line in enumerate(lines):
        if i % 5 in (0, 1, 3):  # the graded record types
            line[7] = "VIP"
    path = write_xlsx(tmp_path / "vip.xlsx", [HEADERS, *lines])
    dialog = ImportDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose_file(str(path))
    finish(qtbot, dialog.check())
    assert dialog.import_button.isEnabled() and dialog.override.isVisible()
    assert "VIP" in dialog.summary.text()
    finish(qtbot, dialog.start_import())
    assert on_file(services, office.gm) == 0 and shown  # refused: no reason given
    dialog.override.setText("new distributor network, board decision")
    job = finish(qtbot, dialog.start_import())
    assert job.error is None
    assert on_file(services, office.gm) == 10
