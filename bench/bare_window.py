"""The yardstick for bench/startup.py: a bare PySide6 QMainWindow with four empty tabs, started
and timed the way `records-desk --quit-when-ready` and `--quit-at-login` are. It prints
`ready_ms=<n>` (process start to the window's first expose, i.e. mapped and painted, as
records_desk/ui/widgets/exposed.py measures it) and exits 0.

    QT_QPA_PLATFORM=offscreen python bench/bare_window.py      (or under xvfb-run, on X11)
"""

from __future__ import annotations

import os
import sys
import time

_FIRST_LINE = time.monotonic()  # fallback start where the OS cannot say when the process began


def process_age_ms() -> float:
    """Milliseconds since this process was created (Linux: from /proc, so interpreter start-up
    and imports are counted, as a user would feel them); elsewhere since this module began."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            stat = f.read()
        # Field 22 (starttime, clock ticks after boot); the command name (field 2) may hold
        # spaces, so count from its closing parenthesis.
        start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
    except (OSError, ValueError, IndexError, AttributeError):
        return (time.monotonic() - _FIRST_LINE) * 1000


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare window")
    tabs = QTabWidget()
    for name in ("customers", "loans", "media", "reception"):
        tabs.addTab(QLabel(name), name)
    window.setCentralWidget(tabs)
    window.menuBar().addMenu("File")
    window.statusBar().showMessage("ready")
    window.resize(1024, 700)
    window.show()

    def ready() -> None:
        # One event-loop turn after the first expose: the window has been painted.
        print(f"ready_ms={process_age_ms():.0f}", flush=True)
        app.quit()

    class FirstExpose(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Expose and handle.isExposed():
                handle.removeEventFilter(self)
                QTimer.singleShot(0, ready)
            return False

    handle = window.windowHandle()
    if handle.isExposed():
        QTimer.singleShot(0, ready)
    else:
        watcher = FirstExpose(handle)
        handle.installEventFilter(watcher)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
