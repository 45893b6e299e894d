"""The automatic copy at exit, on screen (R-BAK-1): once the main window has closed, a backup
due is made off the UI thread while a small window says "Making the office's backup before
closing…"; the application quits when the copy has ended, made or failed (a failure is
logged, as the window that could show it is gone, and never keeps the application open).
Without it the copy ran on the UI thread after the window had gone: seconds with nothing on
screen, a process that seemed hung, a PC switched off.

Decisions:
- No Cancel, and Escape or the window's close do nothing while the copy runs: a copy is
  written under a temporary name and renamed only once reopened and verified
  (services/backup/backups.py), so a PC switched off or a process killed meanwhile leaves the
  database and the copies already made whole — a Cancel would save nothing, and a button
  that cannot stop a copy half-way must not seem to.
- The quit waits without a nested event loop: Qt asks every visible window to close before
  it quits (QCoreApplication.quit: "the request may be ignored if … one of its windows can't
  be closed"). This window refuses while the copy runs, notes that a quit was asked, and asks
  again when the copy has ended; the event loop keeps running, so the window repaints and the
  system never calls the program hung. A sign-out (no quit) only closes the window.
- The copy is a BackgroundJob of this window's (ui/common/background.py), its progress dialog
  hidden: an end that asks no window (QCoreApplication.exit) still waits for it, as for every
  job, at the application's aboutToQuit and before the services close (app.py).
- The window has no parent: the main window it would belong to is going (or, at a sign-out,
  deleted). The open ones are kept in `_OPEN` until their copy has ended.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from records_desk.ui.common.background import BackgroundJob

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)
log = logging.getLogger(__name__)

_OPEN: set[ExitBackupWindow] = set()  # windows whose copy still runs (nothing else holds them)


def running() -> bool:
    """Whether a copy at exit still runs (a desk signed in again makes no second one)."""
    return bool(_OPEN)


class ExitBackupWindow(QDialog):
    """Says a copy is being made before closing: `run(work)` makes it on a thread of its own,
    `follow(job)` waits for the automatic copy at start still running; the window closes
    itself when the copy has ended (and quits, if a quit was asked meanwhile)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Dialog
            | Qt.WindowType.CustomizeWindowHint  # a title, no close button: nothing to cancel
            | Qt.WindowType.WindowTitleHint
        )
        super().__init__(parent, flags)
        self.setObjectName("exitBackup")
        self.ended = False
        self.quit_asked = False  # the application asked to quit while the copy ran
        self.message = QLabel()
        self.message.setObjectName("exitBackupMessage")
        self.note = QLabel()
        self.note.setObjectName("exitBackupNote")
        self.note.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 0)  # busy: the copy says no fraction
        bar.setTextVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.message)
        layout.addWidget(bar)
        layout.addWidget(self.note)
        self.retranslate_ui()
        self.setMinimumWidth(420)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(translate("ExitBackup", "Records Desk"))
        self.message.setText(translate("ExitBackup", "Making the office's backup before closing…"))
        self.note.setText(
            translate("ExitBackup", "Records Desk closes by itself as soon as the backup is done.")
        )

    def run(self, work: Callable[[], object]) -> ExitBackupWindow:
        """WORK as a background job of this window's (it outlives the main window), waited
        for at quit as every job is (ui/common/background.py)."""
        from records_desk.ui.common.background import BackgroundJob

        job = BackgroundJob(self, lambda _p, _c: work(), self.message.text(), cancellable=False)
        return self.follow(job.start())

    def follow(self, job: BackgroundJob) -> ExitBackupWindow:
        """JOB's copy (this window's own, or the copy at start still running) shown here instead
        of in its progress dialog, which the quit would close, cancelling nothing, and leave the
        process waiting unseen. Its thread is waited for at quit by background.wait_for_all."""
        job.finished.connect(self._followed)
        job.failed.connect(self._end)
        # Deleted before its end (a sign-out deletes the main window, the job's parent): the
        # window does not stay, refusing the quit, for an end it would never hear of.
        job.destroyed.connect(self._followed)
        job.progress.reset()  # stops its timer to show itself
        job.progress.hide()
        self._show()
        return self

    def _show(self) -> None:
        _OPEN.add(self)
        self.show()
        self.raise_()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.ended:
            if not event.spontaneous():  # the application's quit, not the user's Alt+F4
                self.quit_asked = True
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Escape: the copy is not stopped half-way
        if self.ended:
            super().reject()

    def _followed(self, _result: object = None) -> None:
        self._end(None)

    def _end(self, error: BaseException | None) -> None:
        if self.ended:
            return
        self.ended = True
        if error is not None:
            log.error(
                "the backup at exit failed", exc_info=(type(error), error, error.__traceback__)
            )
        self.close()
        _OPEN.discard(self)
        self.deleteLater()
        if self.quit_asked:
            QCoreApplication.quit()
