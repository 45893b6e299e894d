"""Export to Excel from the Customers menu (issue 4 item 11, R-AUD-2): the tab's current view
or every file, off the UI thread, the user told the row count; a cancelled export leaves no
file; the holiday SMS list leaves blacklisted files out. File dialogs are never shown modal:
the tests hand the path to the slot the dialog's fileSelected would call."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.ui.common.background import BackgroundJob
from records_desk.ui.customers.export_action import CustomerExport
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]


@pytest.fixture
def exporter(qtbot: QtBot, services: Services, office: Office) -> CustomerExport:
    host = QWidget()
    qtbot.addWidget(host)
    return CustomerExport(services, office.archivist, host)


def finish(qtbot: QtBot, job: BackgroundJob) -> BackgroundJob:
    qtbot.waitUntil(lambda: job.done, timeout=60_000)
    return job


def test_export_writes_the_view_to_xlsx_R_AUD_2(
    qtbot: QtBot,
    exporter: CustomerExport,
    services: Services,
    office: Office,
    tmp_path: Path,
    shown: list[str],
) -> None:
    register(services, office.archivist, 3)
    register(services, office.archivist, 2, name="陳記五金行")
    out = tmp_path / "view.xlsx"
    job = finish(qtbot, exporter.export_to(str(out), CustomerQuery(text="陳記")))
    assert job.error is None
    values = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(values) == 3  # header + the two files the view shows
    assert {row[1] for row in values[1:]} == {"陳記五金行"}
    assert shown and "2" in shown[-1] and str(out) in shown[-1]


def test_export_of_everything_without_a_view_R_AUD_2(
    qtbot: QtBot, exporter: CustomerExport, services: Services, office: Office, tmp_path: Path
) -> None:
    register(services, office.archivist, 4)
    out = tmp_path / "all.xlsx"
    finish(qtbot, exporter.export_to(str(out)))
    assert len(list(load_workbook(out).active.iter_rows(values_only=True))) == 5


def test_a_cancelled_export_leaves_no_file_R_AUD_2(
    qtbot: QtBot,
    exporter: CustomerExport,
    services: Services,
    office: Office,
    tmp_path: Path,
    shown: list[str],
) -> None:
    from tests.integration.test_customer_import import HEADERS, write_xlsx
    from tests.ui.test_customer_admin_import import rows

    source = write_xlsx(tmp_path / "many.xlsx", [HEADERS, *rows(2500)])
    services.customers.imports.commit(office.archivist, source)
    out = tmp_path / "cancelled.xlsx"
    job = exporter.export_to(str(out))
    job.cancel()
    finish(qtbot, job)
    assert not out.exists()
    assert shown and "cancelled" in shown[-1]


def test_holiday_sms_list_leaves_blacklisted_files_out_R_GRD_5(
    qtbot: QtBot,
    exporter: CustomerExport,
    services: Services,
    office: Office,
    tmp_path: Path,
    shown: list[str],
) -> None:
    kept = register(services, office.archivist, phones=("0912-345-678",))[0]
    banned = register(services, office.archivist, name="黑名單公司", phones=("0922-345-678",))[0]
    services.customers.blacklist.add(
        office.director, banned.id, BlacklistScope.COMPANY, None, "fraud"
    )
    out = tmp_path / "sms.xlsx"
    finish(qtbot, exporter.sms_to(str(out)))
    values = list(load_workbook(out).active.iter_rows(values_only=True))
    names = [row[0] for row in values[1:]]
    assert kept.name in names and "黑名單公司" not in names
    assert shown and "1 blacklisted" in shown[-1]


def test_export_asks_for_the_file_with_a_non_modal_dialog(exporter: CustomerExport) -> None:
    dialog = exporter.start(CustomerQuery(text="x"))
    assert dialog.isVisible()
    assert dialog.acceptMode() is QFileDialog.AcceptMode.AcceptSave
    dialog.close()
