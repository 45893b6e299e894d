"""Python's garbage collector while the window starts. The composition root (app.py) turns it
off before the first import: while the program starts, the collector walks every object the
imports make, again and again — a tenth of their time — for next to no garbage. It is back
on, with what start-up made set aside for good (`gc.freeze`: modules, classes, the window's
objects live as long as the program), once the first window a user can act in is painted, or
the opening failed, or after GC_OFF_AT_MOST_MS whatever happens."""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

from records_desk.ui.session_flow import SessionFlow
from records_desk.ui.widgets.exposed import when_exposed

GC_OFF_AT_MOST_MS = 5000


def collect_garbage_once_started(flow: SessionFlow) -> None:
    def again() -> None:
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def ready() -> None:
        if flow.front_window is None:
            again()
        else:
            when_exposed(flow.front_window, again)

    flow.ready.connect(ready)
    flow.open_failed.connect(lambda _error: again())
    QTimer.singleShot(GC_OFF_AT_MOST_MS, again)
