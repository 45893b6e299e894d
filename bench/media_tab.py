"""The 移動存儲介質 tab's first paint (issue 13, Measure: <= 300 ms and <= 3x the baseline), the
`--tab` part of bench/media.py, over its database (50,000 media with 500,000 events).

The tab as the main window hosts it (ui/media/tab.py builds the screen once painted; the
screen reads its count and first rows once its table is painted), no filter, timed from
building the tab to its rows and count painted; against the baseline, alternating in one
offscreen QApplication: a bare QTableView over one plain SELECT of the same first rows in the
same order (no count). Also: the first (cold) show, which imports the screen and the media
services, the same bare view over rows already read (Qt alone: the floor), and the tab's
memory (the process's max RSS over the first show; tracemalloc's Python peak of a warm one).
Then a scan in the stocktake dialog, typed and painted, in a stocktake of every medium.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/media.py --tab
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from loans import bare_view, percentiles, quiet_application

TAB_TARGET_MS = 300.0
TAB_RATIO = 3.0
TAB_RUNS = 9
SCREEN = (1366, 768)  # the smallest screen the office has

# The bare SELECT: the tab's columns, in the service's order (type, number), written by hand.
BARE = (
    "SELECT medium.number, medium.media_type, medium.state, medium.classified,"
    " medium.department, medium.location, account.username, medium.due_on,"
    " medium.last_counted_on FROM medium LEFT JOIN account"
    " ON account.id = medium.holder_account_id ORDER BY medium.media_type, medium.number"
    " LIMIT :limit"
)


def _wait(app: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the tab never showed its rows")


def show_tab(app: Any, services: Any, gm: Any) -> tuple[float, int, int]:
    """(ms from building the tab to its first rows and count painted, rows shown, count)."""
    from records_desk.ui.media.tab import MediaTab

    start = time.perf_counter()
    tab = MediaTab(services, gm)
    tab.resize(*SCREEN)
    tab.show()
    _wait(app, lambda: tab.loaded and tab.content is not None and tab.content.model.rowCount() > 0)
    app.processEvents()  # the rows and the count painted
    elapsed = (time.perf_counter() - start) * 1000
    assert tab.content is not None
    model = tab.content.model
    rows, total = model.rowCount(), model.total
    assert f"{total}" in tab.content.count_label.text()
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed, rows, total


def show_bare(app: Any, services: Any, rows: int, read: bool = True) -> float:
    """The baseline: a bare QTableView over one plain SELECT of the same first rows (no count);
    with `read` False, over those rows already read (Qt alone: the floor)."""
    return bare_view(app, services, BARE, rows, read)


def tab_part(services: Any, gm: Any, runs: int = TAB_RUNS) -> bool:
    """The tab's first paint with its count against the bare view, alternating, in one
    QApplication; prints the figures and returns whether both targets are met."""
    app = quiet_application()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cold, rows, total = show_tab(app, services, gm)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()  # a warm show: what the tab itself holds, imports apart
    show_tab(app, services, gm)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    tab: list[float] = []
    bare_ms: list[float] = []
    floor: list[float] = []
    for i in range(runs):
        if i % 2:
            bare_ms.append(show_bare(app, services, rows))
        tab.append(show_tab(app, services, gm)[0])
        if not i % 2:
            bare_ms.append(show_bare(app, services, rows))
        floor.append(show_bare(app, services, rows, read=False))
    t50, t95 = percentiles(tab)
    b50, b95 = percentiles(bare_ms)
    f50, f95 = percentiles(floor)
    ratio = t50 / b50
    print(f"tab (no filter, {total:,} media; {rows} rows shown), {runs} runs, {SCREEN}:")
    print(f"  cold (first use: imports the screen and the media services): {cold:7.1f} ms")
    print(f"  tab first paint with its count: p50 {t50:6.1f} ms  p95 {t95:6.1f} ms")
    print(f"  bare QTableView + one plain SELECT of {rows} rows: p50 {b50:6.1f} ms  p95 {b95:6.1f}")
    print(f"  ratio tab / bare (medians): {ratio:.2f}x")
    print(f"  (bare QTableView over the {rows} rows already read: p50 {f50:.1f} ms  p95 {f95:.1f})")
    print(
        f"  memory: process max RSS {rss_before:.0f} -> {rss_after:.0f} MiB over the first show; "
        f"Python peak of a warm show {peak / 2**20:.1f} MiB (tracemalloc)"
    )
    d50, d95, expected = dialog_scan_part(services, gm)
    print(
        f"  stocktake dialog, a scan typed and painted ({expected:,} media expected):"
        f" p50 {d50:.1f} ms  p95 {d95:.1f} ms"
    )
    ok = t50 <= TAB_TARGET_MS and ratio <= TAB_RATIO
    print(
        f"{'PASS' if ok else 'FAIL'}: tab first paint p50 <= {TAB_TARGET_MS:.0f} ms"
        f" and <= {TAB_RATIO:.0f}x the bare view"
    )
    return ok


def dialog_scan_part(services: Any, gm: Any) -> tuple[float, float, int]:
    """A scan typed into the stocktake dialog's field, the counts and lists painted after it,
    in a stocktake of every medium in the cupboards (its missing list tens of thousands long):
    (p50, p95 ms, media expected). The stocktake is closed afterwards."""
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import text

    from records_desk.ui.media.stocktake_dialog import StocktakeDialog

    app = QApplication.instance() or QApplication([])
    stocktakes = services.media.stocktakes
    if stocktakes.current(gm) is not None:
        stocktakes.close(gm)
    dialog = StocktakeDialog(services, gm, None, [], [])
    dialog.show()
    app.processEvents()
    dialog.start()
    app.processEvents()
    with services.database.engine.connect() as conn:
        query = text("SELECT number FROM medium WHERE state = 'ready' LIMIT 60")
        numbers = [row[0] for row in conn.execute(query)]
    numbers += numbers[:6] + ["USB-99999"]  # a few twice, one unknown
    samples = []
    for number in numbers:
        begun = time.perf_counter()
        dialog.scan_text(number.lower())
        app.processEvents()
        samples.append((time.perf_counter() - begun) * 1000)
    expected = dialog.counts()["expected"]
    stocktakes.close(gm)
    dialog.close()
    app.processEvents()
    p50, p95 = percentiles(samples[1:])
    return p50, p95, expected
