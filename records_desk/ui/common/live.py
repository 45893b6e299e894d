"""The other desks' changes shown within a second (issue 15 §4): what services/common/live.py
hears (the features whose records another desk changed) is published on the window's change
bus under each feature's topic (ui/common/feature.py `FeatureUi.topic`), so every view that
shows them rereads as after a change made on this desk.

Notes heard within COALESCE_MS of each other are published once; the listening stops when the
window closes. On a database file there are no other desks: nothing is started."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from records_desk.ui.common.changes import Changes

if TYPE_CHECKING:
    from records_desk.ui.main_window import MainWindow

COALESCE_MS = 150


class LiveRefresh(QObject):
    heard = Signal(object)  # emitted in the listening thread; delivered in the window's

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        from records_desk.services.common.live import watch

        self._topics = {ui.name: ui.topic for ui in window.feature_uis if ui.topic}
        self._bus = window.changes
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self._publish)
        self.heard.connect(self._collect)
        self._watching = watch(window.services.database, self.heard.emit)
        window.closed.connect(self.stop)

    @property
    def active(self) -> bool:
        return self._watching is not None

    def _collect(self, features: object) -> None:
        assert isinstance(features, frozenset)
        self._pending |= {self._topics[f] for f in features if f in self._topics}
        if self._pending and not self._timer.isActive():
            self._timer.start()

    def _publish(self) -> None:
        topics, self._pending = self._pending, set()
        if topics:
            self._bus.publish(Changes.of(*sorted(topics)))

    def stop(self) -> None:
        if self._watching is not None:
            self._watching.stop()
            self._watching = None
