"""The removable media tab. Until its own issue lands it says plainly that the feature is not
built yet; the main window only hosts it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from records_desk.services.container import Services
from records_desk.services.dto import Principal


class MediaTab(QWidget):
    def __init__(
        self, services: Services, principal: Principal, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mediaTab")
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
        return self.tr("Removable media")

    def retranslate_ui(self) -> None:
        self._heading.setText(self.title())
        self._notice.setText(
            self.tr(
                "Removable media: registration, security labels, lending, repairs and disposal."
            )
            + "\n\n"
            + self.tr("This feature is not built yet.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
