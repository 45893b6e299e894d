"""The import's row limit (issue 9, finding 8: "a 1,048,575-row file took 48 s, 1.06 GB and
printed 1,048,577 lines"): how fast and how small the refusal of a file over the limit is,
against reading a 1,000-row file.

    .venv/bin/python bench/import_limits.py        (-n runs, --rows N, --folder DIR, --streamed)

Makes, once, an office-like customer list of `--rows` rows (default 300,000: over the 200,000
limit; bench/customers_excel.py's generator, shared strings as Excel writes them) and one of
1,000 rows, in DIR (default: records-desk-bench in the system temp folder; kept for the next
run). Then each of these runs in a fresh process, `-n` times (default 3), alternating:

  refuse   read_customers of the big file: refused with one problem (TooManyRows), counted on
           the sheet's XML before the workbook is opened
  small    read_customers of the 1,000-row file: every row read and checked
  streamed (with --streamed) the big file with the XML count switched off: refused as the
           200,001st row is read, as a sheet whose XML cannot be looked into would be

Reported: the median wall time of each and its process's peak resident memory (VmHWM, and
how much it rose during the action), with the ratios refuse/small. Targets (exit code 0 when
both pass): the refusal within 5x the 1,000-row file's time (it looks at 200,010 rows' XML:
less than reading 5,000 rows would cost) and within 1.5x its peak memory.

Last measured (2 cores shared with three other helpers' test runs, load ~5, Python 3.11,
openpyxl 3.1.5, 300,000 rows, 26 MiB file, 3 runs): refuse 0.52 s, peak 38.9 MiB (+8.5 MiB
during it); small 0.37 s, peak 32.8 MiB (+2.4 MiB) — 1.40x the time, 1.19x the memory, PASS.
Streamed (the refusal as the 200,001st row is read, openpyxl holding the workbook's shared
strings): 60.2 s, peak 377.8 MiB. Before issue 9 the whole file was read (the finding: a
1,048,575-row file 48 s and 1.06 GB).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_TIME = 5.0
TARGET_MEMORY = 1.5
BIG_ROWS = 300_000
SMALL_ROWS = 1_000


def peak_rss_kib() -> int:
    """The process's peak resident memory (Linux VmHWM: unlike ru_maxrss, not carried over
    from the parent through fork and exec)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # pragma: no cover - not Linux


def _child(action: str, path: str) -> None:
    """Runs in its own process: one action, then its time and peak memory as JSON."""
    from records_desk.exchange.customers import imports

    base = peak_rss_kib()
    if action == "streamed":
        imports.largest_sheet_rows = lambda *_: None  # type: ignore[assignment]
    started = time.perf_counter()
    result = imports.read_customers(path) if action != "idle" else None
    elapsed = time.perf_counter() - started
    peak = peak_rss_kib()
    outcome = {
        "seconds": elapsed,
        "extra_mib": (peak - base) / 1024,
        "peak_mib": peak / 1024,
        "refused": bool(
            result and any(isinstance(p, imports.TooManyRows) for p in result.file_errors)
        ),  # fmt: skip
        "rows": result.rows_read if result else 0,
    }
    print(json.dumps(outcome))


def run_child(action: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", action, str(path)],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def ensure_file(folder: Path, rows: int) -> Path:
    path = folder / f"customers_{rows}.xlsx"
    if not path.exists():
        sys.path.insert(0, str(Path(__file__).parent))
        import customers_excel  # bench/customers_excel.py: the office-like generator

        started = time.perf_counter()
        part = path.with_suffix(".part")
        customers_excel.generate(part, rows)
        part.rename(path)
        print(f"made {path} ({rows:,} rows) in {time.perf_counter() - started:.1f} s")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=3, help="runs of each (default 3)")
    parser.add_argument("--rows", type=int, default=BIG_ROWS)
    parser.add_argument("--folder", type=Path,
                        default=Path(tempfile.gettempdir()) / "records-desk-bench")  # fmt: skip
    parser.add_argument("--streamed", action="store_true",
                        help="also the refusal without the XML count (slow)")  # fmt: skip
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    args.folder.mkdir(parents=True, exist_ok=True)
    big, small = ensure_file(args.folder, args.rows), ensure_file(args.folder, SMALL_ROWS)
    idle = run_child("idle", small)
    actions = {"refuse": big, "small": small}
    if args.streamed:
        actions["streamed"] = big
    results: dict[str, list[dict[str, float]]] = {name: [] for name in actions}
    for _ in range(args.n):
        for name, path in actions.items():
            results[name].append(run_child(name, path))

    def median(name: str, key: str) -> float:
        return statistics.median(r[key] for r in results[name])

    for name in actions:
        print(
            f"{name:9} {median(name, 'seconds'):8.3f} s  peak {median(name, 'peak_mib'):7.1f} MiB "
            f"(+{median(name, 'extra_mib'):6.1f} MiB during it)  "
            f"refused={bool(results[name][0]['refused'])} rows read={results[name][0]['rows']:,}"
        )
    print(f"modules   peak {idle['peak_mib']:7.1f} MiB (the process with nothing read)")
    time_ratio = median("refuse", "seconds") / median("small", "seconds")
    memory_ratio = median("refuse", "peak_mib") / median("small", "peak_mib")
    time_ok, memory_ok = time_ratio <= TARGET_TIME, memory_ratio <= TARGET_MEMORY
    print(
        f"refuse/small: time {time_ratio:.2f}x ({'PASS' if time_ok else 'FAIL'}, target "
        f"{TARGET_TIME}x), peak memory {memory_ratio:.2f}x ({'PASS' if memory_ok else 'FAIL'}, "
        f"target {TARGET_MEMORY}x)"
    )
    return 0 if time_ok and memory_ok and results["refuse"][0]["refused"] else 1


if __name__ == "__main__":
    sys.exit(main())
