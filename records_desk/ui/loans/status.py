"""The overdue count in the main window's status bar (R-LOAN-8), from start-up: read once the
status bar has first been painted (not before: start-up time is measured to the window's
first paint, bench/startup.py, and the count imports the loan services), again after every change to the register and every
few minutes (a file becomes overdue at its due time, with nobody touching it). Red and with a
warning sign when any file is overdue; a click shows them in the loan register."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent, QPaintEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    from records_desk.services.common.dto import Principal
    from records_desk.services.container import Services

REFRESH_MS = 5 * 60 * 1000
OVERDUE_STYLE = "color: #b71c1c; font-weight: bold;"


class OverdueStatus(QLabel):
    """`clicked()` when the user asks to see the overdue files."""

    clicked = Signal()

    def __init__(
        self,
        services: Services,
        principal: Principal,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overdueStatus")
        self.setContentsMargins(6, 0, 6, 0)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._services = services
        self._principal = principal
        self.count: int | None = None
        self.awaiting: int | None = None  # loans awaiting approval, for those who approve
        self._refused = False
        self._read_scheduled = False
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._show()

    def refresh(self) -> None:
        from records_desk.domain.common.errors import DomainError

        try:
            register = self._services.loans.register
            self.count = register.overdue_count(self._principal)
            self.awaiting = register.awaiting_approval_count(self._principal)
        except DomainError:  # refused to this role: the count is not shown
            self.count, self.awaiting, self._refused = None, None, True
        self._show()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if not self._read_scheduled:
            self._read_scheduled = True
            QTimer.singleShot(0, self.refresh)

    def _show(self) -> None:
        count = self.count
        self.setVisible(not self._refused)
        if count is None:
            self.setText(" ")  # painted once, which reads the count
            return
        if count:
            text = "⚠ " + self.tr("Overdue files: %1").replace("%1", str(count))
            self.setStyleSheet(OVERDUE_STYLE)
        else:
            text = self.tr("Overdue files: none")
            self.setStyleSheet("")
        tip = self.tr("Click to list the overdue files in the loan register")
        if self.awaiting:
            waiting = self.tr("Loans awaiting approval: %1").replace("%1", str(self.awaiting))
            text = f"◔ {waiting} · {text}"
            if not count:
                tip = self.tr("Click to list the loans awaiting approval")
        self.setText(text)
        self.setToolTip(tip)

    def wants_awaiting(self) -> bool:
        """A click shows the loans awaiting approval when some wait and nothing is overdue."""
        return bool(self.awaiting) and not self.count

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._show()
        super().changeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()
        super().mousePressEvent(event)
