"""The whole import against a bare python-calamine read (issue 10 §3).

    .venv/bin/python bench/import_bulk.py            (-n runs, --rows N, --folder DIR)

Makes the office-like list of bench/customers_excel.py (100,000 rows by default; kept in the
folder between runs), then in one process, alternately:

  calamine  python-calamine opening the file and iterating every row of its sheet, values
            only: the least any import reading it must do
  import    services.customers.imports preview + commit into a fresh encrypted database:
            the file read and every row checked, checked against the database (numbers,
            consultants, duplicates, quotas), every file numbered, versioned, indexed for
            search and audited, in one transaction

Targets: import ≤ 8× calamine, and ≤ 20 s. Prints medians of the wall-clock time (PASS/FAIL
is on these; exit 0 on PASS) and of the process's CPU time (time.process_time: what each
costs when the machine is not shared — on 2 cores shared with other jobs the wall clock
stretches by the load).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import customers_excel  # bench/customers_excel.py: the generator and the database set-up
from python_calamine import CalamineWorkbook

TARGET_RATIO = 8.0
TARGET_SECONDS = 20.0


def calamine_read(path: Path) -> int:
    book = CalamineWorkbook.from_path(str(path))
    count = 0
    for _row in book.get_sheet_by_index(0).iter_rows():
        count += 1
    book.close()
    return count


def whole_import(source: Path, folder: Path) -> dict[str, float]:
    if folder.exists():
        shutil.rmtree(folder)
    return customers_excel.commit_run(source, folder, traced=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--runs", type=int, default=3)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--folder", type=Path, default=Path(tempfile.gettempdir()) / "rd-bench")
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    source = args.folder / f"customers-{args.rows}.xlsx"
    if not source.exists():
        print(f"generating {source} …", flush=True)
        customers_excel.generate(source, args.rows)
    print(f"{args.rows:,} rows, {source.stat().st_size / 2**20:.1f} MiB", flush=True)
    calamine_read(source)  # warm-up: disk cache
    reads: list[float] = []
    imports: list[dict[str, float]] = []
    cpu_reads: list[float] = []
    cpu_imports: list[float] = []
    for run in range(args.runs):
        started, cpu = time.perf_counter(), time.process_time()
        calamine_read(source)
        reads.append(time.perf_counter() - started)
        cpu_reads.append(time.process_time() - cpu)
        cpu = time.process_time()
        imports.append(whole_import(source, args.folder / f"db-{run}"))
        cpu_imports.append(time.process_time() - cpu)
        total = imports[-1]["preview"] + imports[-1]["commit"]
        print(
            f"run {run + 1}: calamine {reads[-1]:.2f} s (CPU {cpu_reads[-1]:.2f} s), "
            f"import {total:.2f} s (CPU {cpu_imports[-1]:.2f} s, with opening a new database) "
            f"(preview {imports[-1]['preview']:.2f} s, commit {imports[-1]['commit']:.2f} s, "
            f"{int(imports[-1]['written']):,} written)",
            flush=True,
        )
        shutil.rmtree(args.folder / f"db-{run}")
    read = statistics.median(reads)
    whole = statistics.median(i["preview"] + i["commit"] for i in imports)
    ratio = whole / read
    ok = ratio <= TARGET_RATIO and whole <= TARGET_SECONDS
    cpu_read, cpu_whole = statistics.median(cpu_reads), statistics.median(cpu_imports)
    print(
        f"median CPU: calamine {cpu_read:.2f} s, whole import {cpu_whole:.2f} s — "
        f"{cpu_whole / cpu_read:.1f}×; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    print(
        f"median: calamine {read:.2f} s, whole import {whole:.2f} s — {ratio:.1f}× "
        f"(target ≤ {TARGET_RATIO:.0f}× and ≤ {TARGET_SECONDS:.0f} s): "
        f"{'PASS' if ok else 'FAIL'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
