"""Print preview, print, save and File → Print blank form… (R-PRN), with every print and every
save audited (R-AUD-1). The forms are the real ones, rendered by services.printing. The print
and file dialogs are opened with open() and driven through their own accepted / fileSelected
signals, never exec(); printing goes to a PDF QPrinter."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.printing.samples import sample_data
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.main_window import MainWindow
from records_desk.ui.printing import preview_dialog
from records_desk.ui.printing.blank_forms_dialog import BlankFormsDialog
from records_desk.ui.printing.preview_dialog import PrintPreviewDialog


def form_entries(services: Services, gm: Principal) -> list[AuditRecord]:
    """The form.print / form.save entries of the operation log, oldest first."""
    return services.audit.page(gm, AuditFilter(action="form."), 0, 50)[::-1]


def refuse(services: Services, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The service refuses to record (as it would for a role without FORM_PRINT)."""

    def refused(actor: Principal, *args: object, **kwargs: object) -> None:
        # "form.print" itself: messages.action_name() does not know Action.FORM_PRINT yet.
        raise PermissionDenied(actor.username, actor.role.value, "form.record")

    monkeypatch.setattr(services.printing, name, refused)


OpenPreview = Callable[..., PrintPreviewDialog]


@pytest.fixture
def open_preview(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> Iterator[OpenPreview]:
    opened: list[PrintPreviewDialog] = []

    def open_(form_id: str = "loan_slip", rows: int = 0) -> PrintPreviewDialog:
        printing = services.printing
        data = sample_data(printing.definition(form_id), rows) if rows else None
        dialog = PrintPreviewDialog(printing, gm, printing.render(gm, form_id, data), ui_settings)
        dialog.clock = lambda: datetime(2026, 11, 27, 9, 30)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:
        for child in (dialog.print_dialog, dialog.file_dialog):
            if child is not None and Shiboken.isValid(child):
                child.close()


def pdf_pages(path_or_bytes: Path | bytes) -> int:
    import io

    import pdfplumber

    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    with pdfplumber.open(source) as pdf:
        return len(pdf.pages)


def pdf_text(pdf: bytes) -> str:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "\f".join(page.extract_text() for page in doc.pages)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# -- the preview ----------------------------------------------------------------------------


@pytest.mark.parametrize(("form_id", "rows"), [("loan_slip", 0), ("loan_register", 40)])
def test_the_preview_shows_every_page_of_the_pdf(
    open_preview: OpenPreview, qtbot: QtBot, form_id: str, rows: int
) -> None:
    dialog = open_preview(form_id, rows)
    pages = pdf_pages(dialog.printed.pdf)
    assert pages == dialog.printed.pages and (pages > 1) is (rows > 0)
    assert dialog.document.pageCount() == pages
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.isModal()
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {pages} of {pages}")
    title = dialog.windowTitle()
    assert dialog.printed.title_zh in title and dialog.printed.title_en in title


def test_zoom_in_out_and_back_to_the_page_width(open_preview: OpenPreview) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    dialog = open_preview()
    fit = dialog.view.effective_zoom()
    assert dialog.zoom_label.text() == f"{round(fit * 100)} %"
    dialog.zoom_in_action.trigger()
    assert dialog.view.effective_zoom() == pytest.approx(fit * 1.25)
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.view.effective_zoom() == pytest.approx(fit / 1.25)
    dialog.fit_width_action.trigger()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    keys = {
        dialog.zoom_in_action: "Ctrl++",
        dialog.zoom_out_action: "Ctrl+-",
        dialog.fit_width_action: "Ctrl+0",
        dialog.print_action: "Ctrl+P",
        dialog.save_action: "Ctrl+S",
    }
    for action, key in keys.items():
        assert QKeySequence(key) in action.shortcuts(), key


# -- save -----------------------------------------------------------------------------------


def test_save_writes_the_same_bytes_and_is_audited_R_AUD_1(
    open_preview: OpenPreview, services: Services, gm: Principal, tmp_path: Path
) -> None:
    dialog = open_preview()
    dialog.save_action.trigger()
    file_dialog = dialog.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    assert file_dialog.selectedFiles()[0].endswith("借閱單-20261127-0930.pdf")

    target = tmp_path / "out" / "slip.pdf"
    target.parent.mkdir()
    file_dialog.fileSelected.emit(str(target))
    [entry] = form_entries(services, gm)
    # the preview's form, stamped with the save's own audit entry (issue 10 §4)
    stamped = dialog.printed.stamped(entry.seq, entry.hash).pdf
    assert pdf_text(target.read_bytes()) == pdf_text(stamped)
    assert f"#{entry.seq} {entry.hash[:12]}" in pdf_text(stamped)
    assert os.listdir(target.parent) == ["slip.pdf"]  # no temporary file left beside it
    assert (entry.account, entry.action, entry.entity_id) == ("boss", "form.save", "loan_slip")
    assert entry.details == {"form": "loan_slip", "path": str(target), "pages": 1}


def test_saving_into_a_read_only_folder_says_where_and_writes_nothing(
    open_preview: OpenPreview,
    services: Services,
    gm: Principal,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anyway: refuse as the file system would
        real_open = os.open

        def refused(path: object, *args: object, **kwargs: object) -> int:
            if Path(str(path)).parent == folder:
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr("records_desk.private_files.os.open", refused)
    dialog = open_preview()
    try:
        assert dialog.save_to(str(folder / "slip.pdf")) is False
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)
    assert len(shown) == 1
    assert str(folder / "slip.pdf") in shown[0] and "may not write" in shown[0]
    assert form_entries(services, gm) == []


def test_a_full_disk_leaves_no_half_written_file(
    open_preview: OpenPreview,
    services: Services,
    gm: Principal,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("records_desk.private_files.os.fsync", full)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_preview()
    assert dialog.save_to(str(folder / "slip.pdf")) is False
    assert os.listdir(folder) == []
    assert "disk is full" in shown[0] and str(folder / "slip.pdf") in shown[0]
    assert form_entries(services, gm) == []


def test_no_file_without_its_audit_entry_R_AUD_1(
    open_preview: OpenPreview,
    services: Services,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refuse(services, "record_save", monkeypatch)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_preview()
    assert dialog.save_to(str(folder / "slip.pdf")) is False
    assert os.listdir(folder) == [] and len(shown) == 1


def test_open_in_the_system_viewer_saves_an_audited_copy(
    open_preview: OpenPreview,
    services: Services,
    gm: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preview_dialog, "viewer_folder", lambda: tmp_path / "viewer")
    dialog = open_preview()
    opened: list[QUrl] = []
    dialog.open_url = lambda url: opened.append(url) or True
    dialog.open_action.trigger()
    copy = tmp_path / "viewer" / "借閱單-20261127-0930.pdf"
    assert opened == [QUrl.fromLocalFile(str(copy))]
    [entry] = form_entries(services, gm)
    stamped = dialog.printed.stamped(entry.seq, entry.hash).pdf
    assert pdf_text(copy.read_bytes()) == pdf_text(stamped)
    assert entry.action == "form.save" and entry.details["path"] == str(copy)


# -- print ----------------------------------------------------------------------------------


def test_print_sends_every_page_and_is_audited_R_AUD_1(
    open_preview: OpenPreview, services: Services, gm: Principal, tmp_path: Path
) -> None:
    dialog = open_preview("loan_register", rows=40)
    pages = dialog.printed.pages
    dialog.print_action.trigger()
    print_dialog = dialog.print_dialog
    assert print_dialog is not None and print_dialog.isVisible()
    assert print_dialog.minPage() == 1 and print_dialog.maxPage() == pages

    out = tmp_path / "printed.pdf"
    printer = dialog.printer
    assert printer is not None
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    print_dialog.done(QDialog.DialogCode.Accepted)  # emits accepted(printer), as Print does
    assert pdf_pages(out) == pages
    [entry] = form_entries(services, gm)
    assert (entry.account, entry.action) == ("boss", "form.print")
    assert entry.details == {
        "form": "loan_register",
        "pages": pages,
        "copies": 1,
        "printer": str(out),
    }
    if shutil.which("pdfinfo"):  # the register is landscape: the paper follows the form
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert "842 x 595 pts (A4)" in info


def test_print_a_page_range(
    open_preview: OpenPreview, services: Services, gm: Principal, tmp_path: Path
) -> None:
    dialog = open_preview("loan_register", rows=40)
    assert dialog.printed.pages >= 3
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dialog.print_to(printer)
    assert pdf_pages(tmp_path / "range.pdf") == 2
    assert form_entries(services, gm)[0].details["pages"] == 2


def test_no_page_is_printed_without_its_audit_entry_R_AUD_1(
    open_preview: OpenPreview,
    services: Services,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    refuse(services, "record_print", monkeypatch)
    dialog = open_preview()
    out = tmp_path / "never.pdf"
    dialog.print_to(pdf_printer(out))
    assert not out.exists()
    assert len(shown) == 1


def test_a_printer_that_refuses_the_job_is_named(
    open_preview: OpenPreview, services: Services, gm: Principal, tmp_path: Path, shown: list[str]
) -> None:
    dialog = open_preview()
    out = tmp_path / "missing-folder" / "out.pdf"
    dialog.print_to(pdf_printer(out))
    assert len(shown) == 1 and str(out) in shown[0]
    assert form_entries(services, gm) == []


# -- File → Print blank form… ---------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> Iterator[MainWindow]:
    main = MainWindow(services, gm, ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def open_chooser(window: MainWindow) -> BlankFormsDialog:
    window.menu_actions["print_blank_form"].trigger()
    chooser = window.dialogs["blank_forms"]
    assert isinstance(chooser, BlankFormsDialog)
    return chooser


def test_print_blank_form_lists_every_form_and_opens_its_preview_R_PRN(
    window: MainWindow, services: Services, qtbot: QtBot
) -> None:
    chooser = open_chooser(window)
    assert chooser.isVisible() and not chooser.isModal()
    forms = services.printing.list_forms()
    assert len(forms) >= 13  # every form of SPEC's R-PRN list
    assert chooser.visible_form_ids() == [f.id for f in forms]
    assert chooser.count_label.text() == f"{len(forms)} of {len(forms)} forms"

    chooser.filter_edit.setText("登記表")
    assert (
        set(chooser.visible_form_ids())
        == {f.id for f in forms if "登記表" in f.title_zh}
        >= {"loan_register", "visitor_sheet", "media_register"}
    )
    chooser.filter_edit.clear()
    qtbot.keyClicks(chooser.filter_edit, "LABELS")
    assert set(chooser.visible_form_ids()) == {f.id for f in forms if f.kind == "labels"}
    chooser.filter_edit.setText("借閱")
    assert chooser.visible_form_ids() == ["loan_register", "loan_slip"]
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Down)
    assert chooser.selected_form_id() == "loan_slip"

    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    previews = [w for w in window.findChildren(PrintPreviewDialog) if w.isVisible()]
    assert [p.printed.form_id for p in previews] == ["loan_slip"]
    preview = previews[0]
    assert preview.document.pageCount() == preview.printed.pages == 1
    assert preview.page_label.text() == "Page 1 of 1"
    assert "借閱單" in preview.windowTitle()
    assert chooser.isVisible()  # stays open for the next form


def test_a_double_click_opens_the_blank_form(window: MainWindow, qtbot: QtBot) -> None:
    chooser = open_chooser(window)
    chooser.filter_edit.setText("介質")
    row = chooser.visible_form_ids().index("media_slip")
    rect = chooser.table.visualRect(chooser.proxy.index(row, 0))
    viewport = chooser.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    previews = window.findChildren(PrintPreviewDialog)
    assert [p.printed.form_id for p in previews] == ["media_slip"]


@pytest.mark.parametrize("role", list(Role))
def test_ctrl_p_prints_a_blank_form_for_every_role(
    qtbot: QtBot,
    services: Services,
    principals: dict[Role, Principal],
    ui_settings: Settings,
    role: Role,
) -> None:
    main = MainWindow(services, principals[role], ui_settings)
    qtbot.addWidget(main)
    main.show()
    action = main.menu_actions["print_blank_form"]
    assert action in main.file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+P")
    assert action.isVisible() and action.isEnabled()
    assert action.text() == "&Print blank form…"
    action.trigger()
    chooser = main.dialogs["blank_forms"]
    assert isinstance(chooser, BlankFormsDialog)
    preview = chooser.open_form("visitor_sheet")  # every role may print a form (R-PRN)
    assert preview is not None and preview.document.pageCount() == preview.printed.pages
    main.close()
    QApplication.processEvents()
