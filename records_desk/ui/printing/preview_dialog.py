"""The print preview (R-PRN): the rendered PDF in a scrolling QPdfView with zoom and a page
count; Print… through QPrintDialog, Save as PDF…, Open in the system viewer. Every print and
every save (the viewer's temporary copy too) is audited through the printing service (R-AUD-1).

The print and file dialogs are opened with open(), never exec(); they are made by the
`make_print_dialog` / `make_file_dialog` attributes and the URL is opened by `open_url`, so a
test can replace them or drive their accepted / fileSelected slots directly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QStandardPaths,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from records_desk.domain.common.file_errors import FileNotWritten
from records_desk.private_files import not_written
from records_desk.services.common.dto import Principal
from records_desk.settings import Settings
from records_desk.ui import notify, operations
from records_desk.ui.messages import describe
from records_desk.ui.printing import PrintedFormLike, PrintingApi
from records_desk.ui.printing.files import (
    AtomicFile,
    default_file_name,
    make_file_dialog,
    viewer_folder,
)
from records_desk.ui.printing.pdf_view import ZoomingPdfView
from records_desk.ui.printing.printer import PdfPrintJob, chosen_pages, match_paper, ready
from records_desk.ui.widgets.dialog import RememberingDialog


def open_preview(
    parent: QWidget,
    service: PrintingApi,
    principal: Principal,
    form_id: str,
    data: dict[str, Any] | None,
    settings: Settings | None,
) -> PrintPreviewDialog | None:
    """Render the form (blank when `data` is None) and show its preview, non-modal; None when
    the service refused (the user was told why)."""
    try:
        printed = operations.call(parent, lambda: service.render(principal, form_id, data))
    except operations.Failed:
        return None
    return show_preview(parent, service, principal, printed, settings)


def show_preview(
    parent: QWidget,
    service: PrintingApi,
    principal: Principal,
    printed: PrintedFormLike,
    settings: Settings | None,
) -> PrintPreviewDialog:
    """Show an already rendered form's preview, non-modal, deleted when closed."""
    dialog = PrintPreviewDialog(service, principal, printed, settings, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class PrintPreviewDialog(RememberingDialog):
    geometry_key = "print_preview"

    def __init__(
        self,
        service: PrintingApi,
        principal: Principal,
        printed: PrintedFormLike,
        settings: Settings | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(settings, parent)
        self.setObjectName("printPreviewDialog")
        self._service = service
        self._principal = principal
        self.printed = printed
        self.printer: QPrinter | None = None  # kept so the chosen printer is kept too
        self.print_dialog: QPrintDialog | None = None
        self.file_dialog: QFileDialog | None = None
        self.make_print_dialog: Callable[[QPrinter, QWidget], QPrintDialog] = QPrintDialog
        self.make_file_dialog: Callable[[QWidget, str, str], QFileDialog] = make_file_dialog
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.clock: Callable[[], datetime] = datetime.now

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(printed.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self._build()
        self.retranslate_ui()
        screen = self.screen().availableGeometry()  # a page fits a tall window best
        self.resize(min(900, screen.width() * 9 // 10), min(1000, screen.height() * 9 // 10))
        self.view.fit_width()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = ZoomingPdfView(self.document, self)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self.view.zoom_shown.connect(self._update_zoom_label)

        def action(
            slot: Callable[[], object], *keys: QKeySequence | QKeySequence.StandardKey | str
        ) -> QAction:
            act = QAction(self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        zoom_in_key = QKeySequence.StandardKey.ZoomIn
        zoom_out_key = QKeySequence.StandardKey.ZoomOut
        self.zoom_in_action = action(self.view.zoom_in, zoom_in_key, "Ctrl+=", "Ctrl++")
        self.zoom_out_action = action(self.view.zoom_out, zoom_out_key, "Ctrl+-")
        self.fit_width_action = action(self.view.fit_width, "Ctrl+0")
        self.print_action = action(self.print_document, "Ctrl+P")
        self.save_action = action(self.save_as, "Ctrl+S")
        self.open_action = action(self.open_in_viewer)
        self.close_action = action(self.close, QKeySequence.StandardKey.Close)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for act in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action):
            self.toolbar.addAction(act)
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 %"))
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.toolbar.addWidget(self.zoom_label)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.toolbar.addWidget(self.page_label)

        left, right = (self.open_action, self.save_action), (self.print_action, self.close_action)
        self.buttons = {act: self._button(act) for act in (*left, *right)}
        self.open_button, self.save_button, self.print_button, self.close_button = (
            self.buttons.values()
        )
        self.print_button.setDefault(True)
        buttons = QHBoxLayout()
        for act in left:
            buttons.addWidget(self.buttons[act])
        buttons.addStretch(1)
        for act in right:
            buttons.addWidget(self.buttons[act])

        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.setFocus()

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton()
        button.setAutoDefault(False)
        button.clicked.connect(action.trigger)
        return button

    def retranslate_ui(self) -> None:
        p = self.printed
        self.setWindowTitle(
            self.tr("Print preview — %1 (%2)").replace("%1", p.title_zh).replace("%2", p.title_en)
        )
        texts = {
            self.zoom_out_action: self.tr("Zoom out"),
            self.zoom_in_action: self.tr("Zoom in"),
            self.fit_width_action: self.tr("Fit width"),
            self.print_action: self.tr("&Print…"),
            self.save_action: self.tr("&Save as PDF…"),
            self.open_action: self.tr("&Open in system viewer"),
            self.close_action: self.tr("Close"),
        }
        for act, text in texts.items():
            act.setText(text)
            shortcut = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{text.replace('&', '')} ({shortcut})" if shortcut else text)
        for act, button in self.buttons.items():
            button.setText(act.text())
            button.setToolTip(act.toolTip())
        self._update_page_label()
        self._update_zoom_label()

    def _update_page_label(self, *_signal_args: object) -> None:
        count = self.document.pageCount()
        current = self.view.pageNavigator().currentPage() + 1 if count else 0
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(current)).replace("%2", str(count))
        )

    def _update_zoom_label(self, *_signal_args: object) -> None:
        self.zoom_label.setText(f"{round(self.view.effective_zoom() * 100)} %")

    # -- print ------------------------------------------------------------------------------
    def print_document(self) -> None:
        """Open the print dialog (window-modal, not blocking); `print_to` runs on Print."""
        if self.printer is None:
            self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            match_paper(self.printer, self.document)
        count = self.document.pageCount()
        self.printer.setFromTo(1, count)
        dialog = self.make_print_dialog(self.printer, self)
        dialog.setMinMax(1, count)
        option = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(option.PrintPageRange, True)
        dialog.setOption(option.PrintCurrentPage, True)
        dialog.setOption(option.PrintSelection, False)
        dialog.setOption(option.PrintToFile, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.print_to)
        self.print_dialog = dialog
        QDialog.open(dialog)  # QPrintDialog.open() is the (receiver, slot) overload in PySide

    def print_to(self, printer: QPrinter) -> None:
        """Slot of the print dialog's accepted(QPrinter*): check the printer, audit, print.
        The audit entry comes first: a job cannot be taken back once pages are sent."""
        pages = chosen_pages(printer, self.document.pageCount(), self._current_page())
        if not pages:
            return
        name = printer.printerName() or printer.outputFileName()
        if not ready(printer):
            self._tell_not_printed(name)
            return
        p = self.printed
        try:
            head = operations.call(
                self,
                lambda: self._service.record_print(
                    self._principal,
                    p.form_id,
                    len(pages),
                    max(printer.copyCount(), 1),
                    name,
                    subject=getattr(p, "subject", None),
                ),
            )
        except operations.Failed:
            return
        # The pages sent carry the print's own audit entry (the preview shows the head before).
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self._stamped_pdf(head)))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        job = PdfPrintJob(document, printer)
        if not job.begin():
            self._tell_not_printed(name)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            job.paint(pages)
        finally:
            job.end()
            QApplication.restoreOverrideCursor()

    def _tell_not_printed(self, name: str) -> None:
        notify.error(
            self,
            self.tr(
                "The printer %1 did not accept the job. Check that it is on and connected, "
                "then print again."
            ).replace("%1", name),
        )

    def _current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    # -- save -------------------------------------------------------------------------------
    def _default_name(self) -> str:
        return default_file_name(self.printed.title_zh, self.clock())

    def save_as(self) -> None:
        """Open the save dialog (window-modal, not blocking); `save_to` runs on Save."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        start = str(Path(documents or Path.home()) / self._default_name())
        dialog = self.make_file_dialog(self, self.tr("Save as PDF"), start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.fileSelected.connect(self.save_to)
        self.file_dialog = dialog
        dialog.open()

    def save_to(self, path: str, *, replace: bool = False) -> bool:
        """Slot of the save dialog's fileSelected (which asked before replacing the file it
        names): write atomically, audit, then rename into place. A name the dialog did not
        show (".pdf" added here) is not put over an existing file unless `replace`. False (the
        user was told why) when nothing was written."""
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
            if target.exists() and not replace:
                notify.error(
                    self,
                    self.tr("%1 already exists; nothing was written. Choose another name.").replace(
                        "%1", str(target)
                    ),
                )
                return False
        file = AtomicFile(target)
        try:
            file.write(self.printed.pdf)
        except FileNotWritten as e:
            self._tell_not_saved(e)
            return False
        p = self.printed
        try:
            head = operations.call(
                self,
                lambda: self._service.record_save(
                    self._principal,
                    p.form_id,
                    str(target),
                    p.pages,
                    subject=getattr(p, "subject", None),
                ),
            )
        except operations.Failed:
            file.discard()
            return False
        # The file carries its own audit entry: written again, stamped, then renamed into
        # place (the first write proved the folder takes it before anything was audited).
        final = AtomicFile(target)
        try:
            final.write(self._stamped_pdf(head))
            file.discard()
            final.commit()
        except FileNotWritten as e:
            file.discard()
            self._tell_not_saved(e)
            return False
        return True

    def _stamped_pdf(self, head: object) -> bytes:
        """The form with the print's or the save's audit entry `head` (seq, hash) on its
        pages; the preview's bytes when the form cannot be drawn again."""
        stamp = getattr(self.printed, "stamped", None)
        if stamp is None or not (isinstance(head, tuple) and len(head) == 2):
            return self.printed.pdf
        pdf: bytes = stamp(*head).pdf
        return pdf

    def _tell_not_saved(self, error: FileNotWritten) -> None:
        notify.error(self, describe(error))

    # -- system viewer ----------------------------------------------------------------------
    def open_in_viewer(self) -> None:
        """Save a copy in the temporary folder (audited like any save) and open it."""
        folder = viewer_folder()
        target = folder / self._default_name()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as e:
            self._tell_not_saved(not_written(target, e))
            return
        if not self.save_to(str(target), replace=True):
            return
        if not self.open_url(QUrl.fromLocalFile(str(target))):
            notify.error(
                self,
                self.tr("No program to show PDF files was found. The PDF is saved at %1.").replace(
                    "%1", str(target)
                ),
            )
