"""Long customer-file work (an import's check and commit, an export) off the UI thread, with
a progress dialog that can cancel (anki's CollectionOp with progress). The work is one
callable `fn(progress, cancelled)`: it reports `progress(done, total_or_None)` and asks
`cancelled()` as it goes — the services and exchange functions already take exactly these —
and opens its own database session, never one of the UI thread's."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from records_desk.domain.common.errors import DomainError
from records_desk.ui import notify
from records_desk.ui.messages import describe

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

Progress = Callable[[int, "int | None"], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Work, cancel: threading.Event) -> None:
        super().__init__()
        self._fn = fn
        self._cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn(self._progress, self._cancel.is_set)
        except Exception as e:  # handed to the UI thread, which words it or reports it
            self.failed.emit(e)
            return
        self.finished.emit(result)

    def _progress(self, done: int, total: int | None) -> None:
        self.progressed.emit(done, total or 0)


_RUNNING: dict[QThread, threading.Event] = {}  # threads still working (and their cancel flag)
_WAITS_AT_QUIT: list[bool] = []  # the application's aboutToQuit is connected once


def _forget(thread: QThread) -> None:
    _RUNNING.pop(thread, None)
    thread.deleteLater()


def wait_for_all() -> None:
    """At quit: ask every running job to stop and wait for its thread, so no thread is
    destroyed while it runs (Qt aborts the process then: a backup or an export cut short)."""
    for thread, cancel in list(_RUNNING.items()):
        cancel.set()
        # The work's end would ask the thread to quit through the UI thread's event loop, which
        # no longer runs: asked here, the thread ends as soon as the work has returned.
        thread.quit()
        thread.wait()


def _wait_at_quit() -> None:
    app = QCoreApplication.instance()
    if app is not None and not _WAITS_AT_QUIT:
        app.aboutToQuit.connect(wait_for_all)
        _WAITS_AT_QUIT.append(True)


class BackgroundJob(QObject):
    """Runs `fn` on its own thread; `finished(result)` or `failed(exception)` arrive on the UI
    thread. Cancelling (the progress dialog's button, or `cancel()`) only asks the work to
    stop: it decides what "stopped" returns (a cancelled import writes nothing)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, fn: Work, label: str, cancellable: bool = True) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        self.done = False
        self.progress = QProgressDialog(label, translate("BackgroundJob", "Cancel"), 0, 0, parent)
        self.progress.setObjectName("backgroundProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        if not cancellable:  # the work cannot stop half-way: offer no button that lies
            self.progress.setCancelButton(None)
        # The thread belongs to no widget: if the dialog is closed mid-way, the work still
        # ends in order (its result unheard) instead of its thread being destroyed running.
        self._thread = QThread()
        self.worker = _Worker(fn, self._cancel)
        self.worker.moveToThread(self._thread)
        self._thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._thread.quit)
        self.worker.failed.connect(self._thread.quit)
        self._thread.finished.connect(self.worker.deleteLater)
        self._thread.finished.connect(lambda thread=self._thread: _forget(thread))
        _RUNNING[self._thread] = self._cancel
        _wait_at_quit()
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)

    def start(self) -> BackgroundJob:
        self.progress.setValue(0)
        self._thread.start()
        return self

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
        self.progress.setLabelText(translate("BackgroundJob", "Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setMaximum(total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setMaximum(0)  # busy indicator: the total is not known

    def _stop(self) -> None:
        self.done = True
        self._thread.wait()
        self.progress.canceled.disconnect(self.cancel)
        self.progress.close()
        self.progress.deleteLater()

    def _on_finished(self, result: object) -> None:
        self.result = result
        self._stop()
        self.finished.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        self.error = error
        self._stop()
        self.failed.emit(error)


def load_in_background(
    parent: QWidget, fn: Callable[[], Any], label: str, done: Callable[[Any], None]
) -> BackgroundJob:
    """A read that may take seconds on a big archive (a whole-archive report), kept off the
    UI thread: `done(result)` on the UI thread; failures worded as usual. Build the service
    (a cached_property, not thread-safe) before handing `fn` over."""
    job = BackgroundJob(parent, lambda _progress, _cancelled: fn(), label, cancellable=False)
    job.finished.connect(done)
    job.failed.connect(lambda error: report_failure(parent, error))
    return job.start()


def report_failure(parent: QWidget, error: BaseException) -> None:
    """A domain error in words; anything else to the application's error dialog."""
    if isinstance(error, DomainError):
        notify.error(parent, describe(error))
    else:
        sys.excepthook(type(error), error, error.__traceback__)
