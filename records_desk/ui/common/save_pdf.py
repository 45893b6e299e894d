"""Saving a filled form straight to a PDF file, for a tab's Print menu: the save dialog opens on
the form's default file name (<title>-<yyyymmdd-hhmm>.pdf in the documents folder), the form
is filled, rendered, written and its save audited off the UI thread (ui/common/background.py;
PrintService.save_file, as the command line saves), then the user is offered to open it.

Decisions:
- The file is asked for first: the rendering (seconds for a long register) happens once, to
  the file chosen, with a busy indicator; a refusal (a medium not disposed of…) is worded in
  one message and nothing is written.
- `choose_file`, `ask_to_open` and `open_file` are module functions so a test replaces them
  (the static file dialog would block a headless run).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from records_desk.services.common.dto import Principal
from records_desk.ui import notify
from records_desk.ui.common.ask import ask
from records_desk.ui.common.background import BackgroundJob, report_failure
from records_desk.ui.printing.files import default_file_name

if TYPE_CHECKING:
    from records_desk.services.common.printing import PrintedForm, PrintService

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def choose_file(parent: QWidget, caption: str, start: str) -> str:
    """The path the user chose ("" : cancelled); the dialog asks before replacing a file."""
    path, _filter = QFileDialog.getSaveFileName(parent, caption, start, "PDF (*.pdf)")
    return path


def ask_to_open(parent: QWidget, text: str, on_yes: Callable[[], object]) -> object:
    return ask(parent, text, on_yes)


def open_file(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_path(title_zh: str, at: datetime | None = None) -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / default_file_name(title_zh, at or datetime.now())


def save_form_as(
    parent: QWidget,
    printing: PrintService,
    principal: Principal,
    title_zh: str,
    render: Callable[[], PrintedForm],
) -> BackgroundJob | None:
    """Ask where, then RENDER (a service call: fill and render the form), write and audit it
    off the UI thread; None when the user cancelled. The job's `finished` carries the path."""
    caption = translate("SavePdf", "Save %1 as PDF").replace("%1", title_zh)
    chosen = choose_file(parent, caption, str(default_path(title_zh)))
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")

    def work(_progress: Any, _cancelled: Callable[[], bool]) -> Path:
        printed = render()
        printing.save_file(principal, printed, target, printed.subject)
        return target

    label = translate("SavePdf", "Writing %1…").replace("%1", target.name)
    job = BackgroundJob(parent, work, label, cancellable=False)
    job.finished.connect(lambda path: _offer_to_open(parent, path))
    job.failed.connect(lambda error: report_failure(parent, error))
    return job.start()


def _offer_to_open(parent: QWidget, path: Path) -> None:
    text = translate("SavePdf", "Saved %1. Open it now?").replace("%1", str(path))

    def open_it() -> None:
        if not open_file(path):
            notify.error(
                parent,
                translate(
                    "SavePdf", "No program to show PDF files was found. The PDF is saved at %1."
                ).replace("%1", str(path)),
            )

    ask_to_open(parent, text, open_it)
