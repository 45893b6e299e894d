"""Reading a tab's rows once its empty table has been painted (the customer files, the loan
register): the window appears at once, and the first query — with the services it imports —
follows on the event loop's next turn."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractScrollArea


class _FirstPaint(QObject):
    def __init__(self, viewport: QObject, load: Callable[[], None]) -> None:
        super().__init__(viewport)
        self._load = load
        viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._load)
            self.deleteLater()
        return False


def load_after_first_paint(view: QAbstractScrollArea, load: Callable[[], None]) -> None:
    """Call `load` once, on the turn after `view`'s viewport is first painted."""
    _FirstPaint(view.viewport(), load)
