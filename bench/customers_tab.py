"""Time to show the 客戶檔案 tab over a large archive (issue 4, Measure), with its memory.

Each run builds a new customers screen (the archivist's view: every file, no search), shows it
offscreen and waits until the table holds its first rows and the file count is known; then it
scrolls to the end of the first 2,000 rows (the model reads pages as the view asks for them).
The baseline, measured in the same process and alternating with the tab: a bare QTableView over
a minimal QAbstractTableModel filled by one plain SELECT of the first rows in archive-number
order (its unique index; no status filter, no count) through the same encrypted engine. The ratio of the medians is the figure; the first (cold) run of the tab, which
imports the customer-file services and the screen's modules, is shown apart.

Uses the database bench/customers.py builds and caches (run that first, or pass --customers to
a size it has built).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/customers_tab.py
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from customers import ADMIN, DATA, PASSWORD, open_services  # noqa: E402

FIRST_ROWS = 60
SCROLL_ROWS = 2_000


def wait(app: Any, done: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the tab never showed its rows")


def show_tab(app: Any, services: Any, principal: Any) -> tuple[float, float, int]:
    """(ms to first rows + count, ms to scroll through SCROLL_ROWS, files counted)."""
    from records_desk.ui.customers.screen import CustomersScreen

    start = time.perf_counter()
    screen = CustomersScreen(services, principal)
    screen.resize(1200, 800)
    screen.show()
    wait(app, lambda: screen.loaded and screen.model.rowCount() > 0)
    shown = time.perf_counter()
    model = screen.model
    while model.rowCount() < min(SCROLL_ROWS, model.total) and model.canFetchMore():
        model.fetchMore()
        screen.table.scrollToBottom()
        app.processEvents()
    scrolled = time.perf_counter()
    total = model.total
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return (shown - start) * 1000, (scrolled - shown) * 1000, total


def show_bare(app: Any, services: Any) -> float:
    """The baseline: a QTableView over one plain SELECT of the same first rows."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView
    from sqlalchemy import text

    class Rows(QAbstractTableModel):
        def __init__(self, rows: list[Any]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 6

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    start = time.perf_counter()
    with services.database.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT archive_number, name, contact_person, phones, department, grade "
                "FROM customer ORDER BY archive_number LIMIT :n"
            ),
            {"n": FIRST_ROWS},
        ).all()
    view = QTableView()
    model = Rows(rows)
    view.setModel(model)
    view.resize(1200, 800)
    view.show()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("-n", "--runs", type=int, default=9)
    args = parser.parse_args(argv)
    folder = DATA / f"customers-{args.customers}"
    if not (folder / "build.json").exists():
        print(f"no database in {folder}: run bench/customers.py --customers {args.customers}")
        return 2

    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    services = open_services(folder, create=False)
    try:
        principal = services.auth.login(ADMIN, PASSWORD)
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tracemalloc.start()
        cold, cold_scroll, total = show_tab(app, services, principal)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        tab: list[float] = []
        scroll: list[float] = []
        bare: list[float] = []
        for i in range(args.runs):
            if i % 2:
                bare.append(show_bare(app, services))
            shown, scrolled, _ = show_tab(app, services, principal)
            tab.append(shown)
            scroll.append(scrolled)
            if not i % 2:
                bare.append(show_bare(app, services))
    finally:
        services.close()

    tab_ms, bare_ms = statistics.median(tab), statistics.median(bare)
    print(f"data: {total:,} active customer files (no search: every file), {args.runs} runs")
    print(f"tab shown with first rows and count, cold (first use, imports): {cold:7.1f} ms")
    print(f"tab shown with first rows and count, median:                    {tab_ms:7.1f} ms")
    print(
        f"bare QTableView + one plain SELECT of {FIRST_ROWS} rows, median:       {bare_ms:7.1f} ms"
    )
    print(f"ratio tab / bare: {tab_ms / bare_ms:.2f}x")
    print(
        f"scroll through the first {SCROLL_ROWS:,} rows (pages read on demand): "
        f"median {statistics.median(scroll):.0f} ms (cold {cold_scroll:.0f} ms)"
    )
    print(
        f"memory, first show: Python peak {peak / 2**20:.1f} MiB (tracemalloc), "
        f"process max RSS {rss_before:.0f} -> {rss_after:.0f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
