"""A tab that says plainly its feature is not built yet. Each feature package subclasses it
until its own issue replaces the tab with the real one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from records_desk.services.common.dto import Principal
from records_desk.services.container import Services


class PlaceholderTab(QWidget):
    """Subclasses give `title()` and `description()` through their own `self.tr()` (PySide6
    takes the translation context from the runtime class)."""

    object_name = "placeholderTab"

    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._heading = QLabel()
        self._heading.setObjectName("placeholderHeading")
        self._heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._heading.setFont(font)
        self._notice = QLabel()
        self._notice.setObjectName("placeholderNotice")
        self._notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._notice.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self._heading)
        layout.addSpacing(8)
        layout.addWidget(self._notice)
        layout.addStretch(3)
        self.retranslate_ui()

    def title(self) -> str:
        raise NotImplementedError

    def description(self) -> str:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self._heading.setText(self.title())
        not_built = QCoreApplication.translate("PlaceholderTab", "This feature is not built yet.")
        self._notice.setText(self.description() + "\n\n" + not_built)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
