"""Calling back once a window is on screen: after its first expose, i.e. mapped by the window
system (on X11, the server's MapNotify/Expose) and painted. The start-up measure
(--quit-at-login, --quit-when-ready, bench/startup.py) stops its clock there, as a user's eye
would.

Decisions:
- The filter sits on the QWindow, which sees the expose before the widget paints in answer to
  it; the callback runs one event-loop turn later, so the first paint is already done.
- `widget.show()` comes first: before it there is no native window to watch.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget


class _FirstExpose(QObject):
    def __init__(self, window: QWindow, callback: Callable[[], object]) -> None:
        super().__init__(window)
        self._window = window
        self._callback = callback
        self._fired = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            not self._fired
            and watched is self._window
            and event.type() == QEvent.Type.Expose
            and self._window.isExposed()
        ):
            self.fire()
        return False

    def fire(self) -> None:
        self._fired = True
        self._window.removeEventFilter(self)
        QTimer.singleShot(0, self._callback)


def when_exposed(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call `callback` once, on the event-loop turn after the shown `widget`'s window was first
    exposed (at once if it already is)."""
    window = widget.windowHandle()
    if window is None:
        widget.winId()  # creates the native window
        window = widget.windowHandle()
    assert window is not None
    watcher = _FirstExpose(window, callback)
    if window.isExposed():
        watcher.fire()
    else:
        window.installEventFilter(watcher)
