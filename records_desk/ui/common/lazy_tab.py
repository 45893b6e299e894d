"""A feature's tab as the main window hosts it: it starts empty, and its screen (the widgets,
models and the services they import) is built once the tab has been painted — start-up time
is measured (bench/startup.py). Menu items that need the screen build it on demand (`build`).

A subclass names its screen (`_make_screen`) and its title; the screen has `loaded` and
`refresh()`."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from records_desk.services.common.dto import Principal
from records_desk.settings import Settings

if TYPE_CHECKING:
    from records_desk.services.container import Services

S = TypeVar("S", bound=QWidget)


class LazyTab(QWidget, Generic[S]):
    object_name = ""

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
        self.content: S | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _make_screen(self) -> S:
        raise NotImplementedError

    @property
    def loaded(self) -> bool:
        content: Any = self.content
        return content is not None and bool(content.loaded)

    def refresh(self) -> None:
        content: Any = self.content
        if content is not None:
            content.refresh()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self.content is None and not self._build_scheduled:
            self._build_scheduled = True
            QTimer.singleShot(0, self.build)

    def build(self) -> S:
        if self.content is None:
            self.content = self._make_screen()
            self._layout.addWidget(self.content)
        return self.content
