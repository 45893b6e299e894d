"""Loan-register benchmark (issue 11, Measure): 1,000,000 loans over 200,000 customer files.

Parts (each p50/p95 of repeated calls, against a bare plain SELECT of the same rows through
the same database connection pool in the same run):
- `first page`: the service calls the 借閱登記 tab makes when it opens or its filter changes —
  LoanQueryService.count and .page(offset 0) — for its views (all, open, awaiting, returned);
- `overdue`: the overdue filter's count and first page (target <= 100 ms) and the status bar's
  overdue_count;
- `lend`: one lend-by-scan service call (LoanService.lend of the archive number as a scanner
  types it, to a staff borrower; target p95 <= 30 ms); each loan is returned afterwards,
  untimed, so the next run finds the files free;
- the process's peak memory.
`--tab` measures instead the 借閱登記 tab's first paint with its count (issue 11: <= 300 ms
and <= 3x the baseline) in its own offscreen QApplication, alternating with the baseline: a bare
QTableView over one plain SELECT of the same first rows (the open view, the tab's default), and
the tab's memory (the process's max RSS over the first show; tracemalloc's Python peak of a
warm one). `--lend` runs the lend part alone.

The database: `records-desk demo` customer files (bench/.data/demo-N or --copy-from another
benchmark's folder of the same layout, e.g. bench/.data/demo-200000) copied to
bench/.data/loans-N-M/ and given M sample loans (services/loans/demo.py) once; later runs
reuse it. Never part of the test run.

    .venv/bin/python bench/loans.py --copy-from bench/.data/demo-200000
    .venv/bin/python bench/loans.py --customers 20000 --loans 100000
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/loans.py --tab
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from customers import ADMIN, DATA, PASSWORD, open_services  # noqa: E402
from customers_quality import build as build_customers  # noqa: E402
from customers_quality import copy_key  # noqa: E402

PAGE = 100  # the tab's first page (rows fetched as the view is shown)
RUNS = 15
LENDS = 40
OVERDUE_TARGET_MS = 100.0
LEND_TARGET_MS = 30.0
TAB_TARGET_MS = 300.0
TAB_RATIO = 3.0
TAB_RUNS = 9
SCREEN = (1366, 768)  # the smallest screen the office has

# The bare SELECTs: the same rows as the services' queries, written by hand, no ORM.
_ROW = (
    "SELECT loan.number, loan_item.archive_number, loan.borrower_name, "
    "loan.borrower_organisation, loan.kind, loan.out_at, loan.due_at, loan_item.returned_at, "
    "loan.status FROM loan_item JOIN loan ON loan.id = loan_item.loan_id "
)
_ORDER = " ORDER BY loan.registered_at DESC, loan.id DESC, loan_item.id LIMIT :limit"
BARE_WHERE = {
    "all": "",
    "open": "WHERE loan_item.is_out = 1",
    "overdue": "WHERE loan_item.is_out = 1 AND loan.status = 'open' AND loan.due_at < :now",
    "awaiting": "WHERE loan.status = 'awaiting_approval'",
    "returned": "WHERE loan_item.returned_at IS NOT NULL",
}


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def timed_ms(action: Callable[[], Any], runs: int = RUNS) -> tuple[float, float]:
    started = time.perf_counter()
    action()  # warm: the first call pays for imports and the page cache
    if time.perf_counter() - started > 1.0:
        runs = min(runs, 5)  # seconds a call: a few are enough
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def prepare(args: argparse.Namespace) -> Path:
    folder = DATA / f"loans-{args.customers}-{args.loans}"
    if (folder / "records.db").exists():
        return folder
    if args.copy_from:
        source = args.copy_from
    else:
        source = DATA / f"demo-{args.customers}"
        if not (source / "records.db").exists():
            started = time.perf_counter()
            build_customers(source, args.customers)
            print(f"built {args.customers:,} customer files: {time.perf_counter() - started:.0f} s")
    shutil.copytree(source, folder)
    copy_key(source / "records.db", folder)
    services = open_services(folder, create=False)  # migrated here (the loans tables)
    try:
        if services.database.migration_backup is not None:
            services.database.migration_backup.unlink()  # a copy of a copy
        gm = services.auth.login(ADMIN, PASSWORD)
        from records_desk.services.loans.demo import LoanDemo

        started, cpu = time.perf_counter(), time.process_time()
        summary = LoanDemo(services.ctx, services.loans.options.closing_time).fill(
            gm, args.loans, seed=1
        )
        print(
            f"demo --loans {summary.loans:,} ({summary.items:,} files): "
            f"{time.perf_counter() - started:.1f} s wall, {time.process_time() - cpu:.1f} s CPU; "
            f"{summary.counts}"
        )
    finally:
        services.close()
    return folder


def bare(services: Any, view: str) -> Callable[[], Any]:
    """The bare count and first page of the view: two plain SELECTs on a pooled connection."""
    from sqlalchemy import text

    where = BARE_WHERE[view]
    count = text(f"SELECT count(*) FROM loan_item JOIN loan ON loan.id = loan_item.loan_id {where}")
    page = text(_ROW + where + _ORDER)
    now = services.ctx.now().replace(tzinfo=None).isoformat(sep=" ")  # stored as naive UTC

    def run() -> Any:
        with services.database.engine.connect() as conn:
            params = {"now": now, "limit": PAGE}
            total = conn.execute(count, params).scalar_one()
            return total, conn.execute(page, params).all()

    return run


def view_part(services: Any, gm: Any) -> dict[str, tuple[float, float, float, float]]:
    from records_desk.services.loans.dto import LoanFilter, LoanView

    register = services.loans.register
    figures = {}
    for view in ("all", "open", "overdue", "awaiting", "returned"):
        flt = LoanFilter(view=LoanView(view))

        def service(flt: LoanFilter = flt) -> Any:
            return register.count(gm, flt), register.page(gm, flt, 0, PAGE)

        total = register.count(gm, flt)
        s50, s95 = timed_ms(service)
        b50, b95 = timed_ms(bare(services, view))
        figures[view] = (s50, s95, b50, b95)
        print(
            f"  {view:<9} {total:>9,} rows  service count+page p50 {s50:6.1f} ms  p95 {s95:6.1f}"
            f"  | bare SELECTs p50 {b50:6.1f} ms  p95 {b95:6.1f}  | ratio p50 {s50 / b50:4.1f}x",
            flush=True,
        )
    o50, o95 = timed_ms(lambda: register.overdue_count(gm))
    print(f"  status bar overdue_count: p50 {o50:.1f} ms  p95 {o95:.1f} ms")
    return figures


def lend_part(services: Any, gm: Any) -> tuple[float, float]:
    """LENDS lends by scan, one file each, to a staff account; each returned afterwards. As the
    general manager (the demo's archivist must change her password first): the same call and
    permission check."""
    import random

    from sqlalchemy import text

    with services.database.engine.connect() as conn:
        free = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT archive_number FROM customer WHERE status = 'active' AND id NOT IN "
                    "(SELECT customer_id FROM loan_item WHERE is_out = 1) LIMIT 5000"
                )
            )
        ]
    chosen = random.Random(7).sample(free, LENDS + 1)
    lending, returns = services.loans.lending, services.loans.returns
    samples = []
    for number in chosen:
        scanned = f"{number.lower()}\n"  # as a scanner types it (case and Enter tolerated)
        started = time.perf_counter()
        lending.lend(gm, [scanned], "sales1", "bench")
        samples.append((time.perf_counter() - started) * 1000)
        returns.take_back(gm, [number])
    return percentiles(samples[1:])  # the first pays for imports


def _wait(app: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.perf_counter() + timeout
    while not done():
        app.processEvents()
        if time.perf_counter() > end:
            raise TimeoutError("the tab never showed its rows")


def show_tab(app: Any, services: Any, gm: Any) -> tuple[float, int, int]:
    """(ms from building the tab to its first rows and count painted, rows shown, count): the
    tab as the main window hosts it (ui/loans/tab.py builds the screen once painted; the screen
    reads its rows once its table is painted), in its default view (the files out now)."""
    from records_desk.ui.loans.tab import LoansTab

    start = time.perf_counter()
    tab = LoansTab(services, gm)
    tab.resize(*SCREEN)
    tab.show()
    _wait(app, lambda: tab.loaded and tab.content is not None and tab.content.model.rowCount() > 0)
    app.processEvents()  # the rows and the count painted
    elapsed = (time.perf_counter() - start) * 1000
    assert tab.content is not None
    model = tab.content.model
    rows, total = model.rowCount(), model.total
    assert str(total) in tab.content.count_label.text()
    tab.close()
    tab.deleteLater()
    app.processEvents()
    return elapsed, rows, total


def show_bare(app: Any, services: Any, rows: int, read: bool = True) -> float:
    """The baseline: a bare QTableView over one plain SELECT of the same first rows (no count);
    with `read` False, over those rows already read (Qt alone: the floor)."""
    return bare_view(app, services, _ROW + BARE_WHERE["open"] + _ORDER, rows, read)


def bare_view(app: Any, services: Any, sql: str, rows: int, read: bool = True) -> float:
    """Milliseconds to show a bare QTableView of the first ROWS of SQL (nine columns, LIMIT
    :limit): read and shown, or with `read` False shown from rows read beforehand. The
    baseline every tab benchmark compares against (bench/media_tab.py too)."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView
    from sqlalchemy import text

    class Rows(QAbstractTableModel):
        def __init__(self, data: list[Any]) -> None:
            super().__init__()
            self.rows = data

        def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return len(self.rows)

        def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008, N802
            return 9

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    select = text(sql)
    if not read:
        with services.database.engine.connect() as conn:
            data = conn.execute(select, {"limit": rows}).all()
    start = time.perf_counter()
    if read:
        with services.database.engine.connect() as conn:
            data = conn.execute(select, {"limit": rows}).all()
    view = QTableView()
    view.setModel(Rows(data))
    view.resize(*SCREEN)
    view.show()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    view.close()
    view.deleteLater()
    app.processEvents()
    return elapsed


def quiet_application() -> Any:
    """The QApplication, with the offscreen platform's note at every show kept off stderr."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def quiet(kind: Any, context: Any, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    return QApplication.instance() or QApplication([])


def tab_part(services: Any, gm: Any, runs: int = TAB_RUNS) -> tuple[float, float]:
    """The tab's first paint with its count against the bare view, alternating, in one
    QApplication; prints the figures and returns (tab median ms, ratio of the medians)."""
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
    print(f"tab (view: out now, {total:,} files; {rows} rows shown), {runs} runs, {SCREEN}:")
    print(f"  cold (first use: imports the screen and the loan services): {cold:7.1f} ms")
    print(f"  tab first paint with its count: p50 {t50:6.1f} ms  p95 {t95:6.1f} ms")
    print(f"  bare QTableView + one plain SELECT of {rows} rows: p50 {b50:6.1f} ms  p95 {b95:6.1f}")
    print(f"  ratio tab / bare (medians): {t50 / b50:.2f}x")
    print(f"  (bare QTableView over the {rows} rows already read: p50 {f50:.1f} ms  p95 {f95:.1f})")
    print(
        f"  memory: process max RSS {rss_before:.0f} -> {rss_after:.0f} MiB over the first show; "
        f"Python peak of a warm show {peak / 2**20:.1f} MiB (tracemalloc)"
    )
    return t50, t50 / b50


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=200_000)
    parser.add_argument("--loans", type=int, default=1_000_000)
    parser.add_argument("--copy-from", type=Path, default=None)
    parser.add_argument("--tab", action="store_true", help="the tab's first paint instead")
    parser.add_argument("--lend", action="store_true", help="the lend by scan alone")
    args = parser.parse_args(argv)
    if args.tab:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = prepare(args)
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    services = open_services(folder, create=False)
    if services.database.migration_backup is not None:  # e.g. loans_0002's indexes added
        services.database.migration_backup.unlink()
    try:
        gm = services.auth.login(ADMIN, PASSWORD)
        if args.tab:
            print(f"{args.loans:,} loans over {args.customers:,} files")
            t50, ratio = tab_part(services, gm)
            ok = t50 <= TAB_TARGET_MS and ratio <= TAB_RATIO
            print(
                f"{'PASS' if ok else 'FAIL'}: tab <= {TAB_TARGET_MS:.0f} ms and "
                f"<= {TAB_RATIO:.0f}x the bare view"
            )
            return 0 if ok else 1
        print(f"{args.loans:,} loans over {args.customers:,} files; first page of {PAGE} rows:")
        figures = {"overdue": (0.0, 0.0, 0.0, 0.0)} if args.lend else view_part(services, gm)
        l50, l95 = lend_part(services, gm)
        print(f"lend by scan: p50 {l50:.1f} ms  p95 {l95:.1f} ms")
    finally:
        services.close()
    overdue = figures["overdue"][1]
    ok_overdue, ok_lend = overdue <= OVERDUE_TARGET_MS, l95 <= LEND_TARGET_MS
    print(f"{'PASS' if ok_overdue else 'FAIL'}: overdue filter p95 <= {OVERDUE_TARGET_MS:.0f} ms")
    print(f"{'PASS' if ok_lend else 'FAIL'}: lend by scan p95 <= {LEND_TARGET_MS:.0f} ms")
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MiB")
    return 0 if ok_overdue and ok_lend else 1


if __name__ == "__main__":
    raise SystemExit(main())
