"""The 移動存儲介質 tab as the main window hosts it. It starts empty: the media screen (its
widgets, model and the media services they import) is built once the tab has been painted —
start-up time is measured (bench/startup.py) — and reads its first rows once its table has
been painted in turn. Menu items that need the screen (Register…, Stocktake…) build it on
demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from records_desk.services.common.dto import Principal
from records_desk.settings import Settings

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.ui.media.screen import MediaScreen


class MediaTab(QWidget):
    object_name = "mediaTab"

    def __init__(
        self,
        services: Services,
        principal: Principal,
        settings: Settings | None = None,
        publish: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.object_name)
        self._services = services
        self._principal = principal
        self._settings = settings
        self._publish = publish
        self._build_scheduled = False
        self.content: MediaScreen | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def title(self) -> str:
        return self.tr("Removable media")

    @property
    def loaded(self) -> bool:
        return self.content is not None and self.content.loaded

    def refresh(self) -> None:
        if self.content is not None:
            self.content.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.content is None and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self.build)

    def build(self) -> MediaScreen:
        if self.content is None:
            from records_desk.ui.media.screen import MediaScreen

            self.content = MediaScreen(
                self._services, self._principal, self._settings, self._publish
            )
            self._layout.addWidget(self.content)
        return self.content
