"""Print preview, print, save and File → Print blank form… (R-PRN), with every print and every
save audited (R-AUD-1). The print and file dialogs are opened with open() and driven through
their own accepted / fileSelected signals, never exec(); printing goes to a PDF QPrinter."""

from __future__ import annotations

import errno
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.domain.errors import PermissionDenied
from records_desk.domain.roles import Role
from records_desk.services.container import Services
from records_desk.services.dto import Principal
from records_desk.settings import Settings
from records_desk.ui.main_window import MainWindow
from records_desk.ui.printing import preview_dialog
from records_desk.ui.printing.blank_forms_dialog import BlankFormsDialog
from records_desk.ui.printing.preview_dialog import PrintPreviewDialog


@dataclass
class Printed:
    form_id: str
    title_zh: str
    title_en: str
    pdf: bytes
    pages: int


def make_pdf(pages: int, title: str = "Test form") -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for page in range(1, pages + 1):
        pdf.setFont("Helvetica-Bold", 18)
        pdf.drawString(72, 770, title)
        pdf.setFont("Helvetica", 11)
        for row in range(20):
            pdf.rect(72, 700 - row * 28, 451, 28)
        pdf.drawString(72, 60, f"Page {page} of {pages}")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


class FakePrintService:
    """Stands in for services.printing until it lands: the same four calls."""

    FORMS = [
        ("loan_slip", "借閱單", "File loan slip", "form"),
        ("loan_register", "檔案借閱登記表", "File loan register", "form"),
        ("media_labels", "介質標籤", "Media labels", "labels"),
    ]

    def __init__(self, pages: int = 3) -> None:
        self.pages = pages
        self.prints: list[tuple[str, str, int, int, str]] = []
        self.saves: list[tuple[str, str, str, int]] = []
        self.refuse: Exception | None = None

    def list_forms(self) -> list[tuple[str, str, str, str]]:
        return list(self.FORMS)

    def render(self, actor: Principal, form_id: str, data: dict[str, Any] | None = None) -> Printed:
        form = next(f for f in self.FORMS if f[0] == form_id)
        return Printed(form_id, form[1], form[2], make_pdf(self.pages, form[2]), self.pages)

    def record_print(
        self, actor: Principal, form_id: str, pages: int, copies: int, printer: str
    ) -> None:
        if self.refuse:
            raise self.refuse
        self.prints.append((actor.username, form_id, pages, copies, printer))

    def record_save(self, actor: Principal, form_id: str, path: str, pages: int) -> None:
        if self.refuse:
            raise self.refuse
        self.saves.append((actor.username, form_id, path, pages))


@pytest.fixture
def printing(services: Services, monkeypatch: pytest.MonkeyPatch) -> FakePrintService:
    fake = FakePrintService()
    monkeypatch.setattr(services, "printing", fake, raising=False)
    return fake


OpenPreview = Callable[..., PrintPreviewDialog]


@pytest.fixture
def open_preview(
    qtbot: QtBot, printing: FakePrintService, gm: Principal, ui_settings: Settings
) -> Iterator[OpenPreview]:
    opened: list[PrintPreviewDialog] = []

    def open_(form_id: str = "loan_slip", pages: int = 3) -> PrintPreviewDialog:
        printing.pages = pages
        dialog = PrintPreviewDialog(printing, gm, printing.render(gm, form_id), ui_settings)
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


def pdf_pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return len(pdf.pages)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# -- the preview ----------------------------------------------------------------------------


@pytest.mark.parametrize("pages", [1, 4])
def test_the_preview_shows_every_page_of_the_pdf(
    open_preview: OpenPreview, qtbot: QtBot, pages: int
) -> None:
    dialog = open_preview(pages=pages)
    assert dialog.document.pageCount() == pages
    assert dialog.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.isModal()
    bar = dialog.view.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_label.text() == f"Page {pages} of {pages}")
    assert "借閱單" in dialog.windowTitle() and "File loan slip" in dialog.windowTitle()


def test_zoom_in_out_and_back_to_the_page_width(open_preview: OpenPreview) -> None:
    from PySide6.QtPdfWidgets import QPdfView

    dialog = open_preview()
    fit = dialog.effective_zoom()
    assert dialog.zoom_label.text() == f"{round(fit * 100)} %"
    dialog.zoom_in_action.trigger()
    assert dialog.effective_zoom() == pytest.approx(fit * 1.25)
    dialog.zoom_out_action.trigger()
    dialog.zoom_out_action.trigger()
    assert dialog.effective_zoom() == pytest.approx(fit / 1.25)
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
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path
) -> None:
    dialog = open_preview()
    dialog.save_action.trigger()
    file_dialog = dialog.file_dialog
    assert file_dialog is not None and file_dialog.isVisible()
    assert file_dialog.selectedFiles()[0].endswith("借閱單-20261127-0930.pdf")

    target = tmp_path / "out" / "slip.pdf"
    target.parent.mkdir()
    file_dialog.fileSelected.emit(str(target))
    assert target.read_bytes() == dialog.printed.pdf
    assert os.listdir(target.parent) == ["slip.pdf"]  # no temporary file left beside it
    assert printing.saves == [("boss", "loan_slip", str(target), 3)]


def test_saving_into_a_read_only_folder_says_where_and_writes_nothing(
    open_preview: OpenPreview,
    printing: FakePrintService,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root writes anyway: refuse as the file system would

        def refused(*args: object, **kwargs: object) -> None:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder))

        monkeypatch.setattr("records_desk.ui.printing.files.tempfile.mkstemp", refused)
    dialog = open_preview()
    try:
        assert dialog.save_to(str(folder / "slip.pdf")) is False
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)
    assert len(shown) == 1
    assert str(folder / "slip.pdf") in shown[0] and "may not write" in shown[0]
    assert printing.saves == []


def test_a_full_disk_leaves_no_half_written_file(
    open_preview: OpenPreview,
    printing: FakePrintService,
    tmp_path: Path,
    shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("records_desk.ui.printing.files.os.fsync", full)
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_preview()
    assert dialog.save_to(str(folder / "slip.pdf")) is False
    assert os.listdir(folder) == []
    assert "disk is full" in shown[0] and str(folder / "slip.pdf") in shown[0]
    assert printing.saves == []


def test_a_refused_audit_entry_means_no_file(
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path, shown: list[str]
) -> None:
    printing.refuse = PermissionDenied("boss", "general_manager", "print.save")
    folder = tmp_path / "out"
    folder.mkdir()
    dialog = open_preview()
    assert dialog.save_to(str(folder / "slip.pdf")) is False
    assert os.listdir(folder) == [] and len(shown) == 1


def test_open_in_the_system_viewer_saves_an_audited_copy(
    open_preview: OpenPreview,
    printing: FakePrintService,
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
    assert copy.read_bytes() == dialog.printed.pdf
    assert printing.saves == [("boss", "loan_slip", str(copy), 3)]


# -- print ----------------------------------------------------------------------------------


def test_print_sends_every_page_and_is_audited_R_AUD_1(
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path
) -> None:
    dialog = open_preview(pages=3)
    dialog.print_action.trigger()
    print_dialog = dialog.print_dialog
    assert print_dialog is not None and print_dialog.isVisible()
    assert print_dialog.minPage() == 1 and print_dialog.maxPage() == 3

    out = tmp_path / "printed.pdf"
    printer = dialog.printer
    assert printer is not None
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    print_dialog.done(QDialog.DialogCode.Accepted)  # emits accepted(printer), as Print does
    assert pdf_pages(out) == 3
    assert printing.prints == [("boss", "loan_slip", 3, 1, str(out))]
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        assert "A4" in info


def test_print_a_page_range(
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path
) -> None:
    dialog = open_preview(pages=4)
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    dialog.print_to(printer)
    assert pdf_pages(tmp_path / "range.pdf") == 2
    assert printing.prints[0][2] == 2


def test_no_page_is_printed_without_its_audit_entry_R_AUD_1(
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path, shown: list[str]
) -> None:
    printing.refuse = PermissionDenied("boss", "general_manager", "print.print")
    dialog = open_preview()
    out = tmp_path / "never.pdf"
    dialog.print_to(pdf_printer(out))
    assert not out.exists()
    assert printing.prints == [] and len(shown) == 1


def test_a_printer_that_refuses_the_job_is_named(
    open_preview: OpenPreview, printing: FakePrintService, tmp_path: Path, shown: list[str]
) -> None:
    dialog = open_preview()
    out = tmp_path / "missing-folder" / "out.pdf"
    dialog.print_to(pdf_printer(out))
    assert len(shown) == 1 and str(out) in shown[0]
    assert printing.prints == []


# -- File → Print blank form… ---------------------------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings, printing: object
) -> Iterator[MainWindow]:
    main = MainWindow(services, gm, ui_settings)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


def test_print_blank_form_lists_every_form_and_opens_its_preview_R_PRN(
    window: MainWindow, printing: FakePrintService, qtbot: QtBot
) -> None:
    window.menu_actions["print_blank_form"].trigger()
    chooser = window.dialogs["blank_forms"]
    assert isinstance(chooser, BlankFormsDialog)
    assert chooser.isVisible() and not chooser.isModal()
    assert chooser.visible_form_ids() == [f[0] for f in printing.FORMS]
    assert chooser.count_label.text() == "3 of 3 forms"

    chooser.filter_edit.setText("登記")
    assert chooser.visible_form_ids() == ["loan_register"]
    chooser.filter_edit.clear()
    qtbot.keyClicks(chooser.filter_edit, "LABELS")
    assert chooser.visible_form_ids() == ["media_labels"]
    chooser.filter_edit.clear()
    chooser.filter_edit.setText("借閱")
    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Down)
    assert chooser.selected_form_id() == "loan_register"

    qtbot.keyClick(chooser.filter_edit, Qt.Key.Key_Return)
    previews = [w for w in window.findChildren(PrintPreviewDialog) if w.isVisible()]
    assert len(previews) == 1
    preview = previews[0]
    assert preview.printed.form_id == "loan_register"
    assert preview.page_label.text() == "Page 1 of 3"
    assert chooser.isVisible()  # stays open for the next form


def test_a_double_click_opens_the_blank_form(window: MainWindow, qtbot: QtBot) -> None:
    window.menu_actions["print_blank_form"].trigger()
    chooser = window.dialogs["blank_forms"]
    assert isinstance(chooser, BlankFormsDialog)
    table = chooser.table
    rect = table.visualRect(chooser.proxy.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    previews = window.findChildren(PrintPreviewDialog)
    assert [p.printed.form_id for p in previews] == ["media_labels"]


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
    action = main.menu_actions["print_blank_form"]
    assert action in main.file_menu.actions()
    assert action.shortcut() == QKeySequence("Ctrl+P")
    assert action.isVisible() and action.isEnabled()
    assert action.text() == "&Print blank form…"
    main.close()
    QApplication.processEvents()
