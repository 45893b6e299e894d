"""Backup and restore of a big office (issue 14 "Measure"): a checked backup (copy, reopen,
integrity_check, audit chain, row counts, SHA-256, signed manifest) against a bare backup-API
copy of the same database in the same run (target: ≤ 1.5×), and a restore with its
verification; the peak memory of each.

    .venv/bin/python bench/backup.py                      # 350,000 customer files ≈ 1 GB
    .venv/bin/python bench/backup.py --customers 200000   # a smaller one
    .venv/bin/python bench/backup.py --runs 5

The database is made once by bench/customers.py's demo fill and cached under bench/.data/;
each run works on a copy of it in a temporary folder. Every measurement runs in a process of
its own (`--one KIND`), so its peak resident memory (ru_maxrss) is its own; the bare copy and
the checked backup alternate, so the machine's load falls on both alike. Prints the figures
with the database size and exits 0 when the ratio meets the target.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 1.5


def _customers_bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_customers", ROOT / "bench" / "customers.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: Linux carries ru_maxrss over
    an exec from the parent (a parent that has just built the database would count)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(kind: str, folder: Path, target: Path) -> dict[str, Any]:
    """One measurement in this process."""
    bench = _customers_bench()
    services = bench.open_services(folder, create=False)
    db, key = services.database.path, services.database.key.hex
    try:
        started = time.perf_counter()
        if kind == "bare":
            from records_desk.store.raw_connection import connect_raw

            source, dest = connect_raw(db, key), connect_raw(target, key)
            try:
                source.backup(dest)
            finally:
                dest.close()
                source.close()
        elif kind == "backup":
            services.backup.backups.make(None, to=target)
        elif kind == "restore":
            [copy] = sorted(target.glob("*.rdbackup"))
            gm = services.auth.login(bench.ADMIN, bench.PASSWORD)
            services.backup.restore.restore(gm, copy)
        seconds = time.perf_counter() - started
    finally:
        services.close()
    return {"kind": kind, "seconds": seconds, "peak_mb": peak_mb()}


def _carry_key(cached: Path, work: Path) -> None:
    """The key file is named after the database's path: the copy gets its own."""
    from records_desk.store.keystore import KeyStore

    key = KeyStore(cached / "config").get_or_create(cached / "records.db", create=False).hex
    target = KeyStore(work / "config").key_file(work / "records.db")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(key, "ascii")


def run_one(kind: str, folder: Path, target: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", kind, "--folder", str(folder), "--target", str(target)],
        capture_output=True,
        text=True,
        # the app's config folder is where the key and the audit anchor are looked for
        env={**os.environ, "RECORDS_DESK_CONFIG_DIR": str(folder / "config")},
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=350_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", choices=("bare", "backup", "restore"), help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--target", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.folder, args.target)))
        return 0

    bench = _customers_bench()
    cached = bench.DATA / f"customers-{args.customers}"
    if not (cached / "build.json").exists():
        print(f"building {args.customers:,} customer files (once)…", file=sys.stderr)
        bench.build(cached, args.customers)
    with tempfile.TemporaryDirectory(prefix="rd-bench-backup-") as temp:
        work = Path(temp) / "office"
        shutil.copytree(cached, work)
        _carry_key(cached, work)
        size_mb = (work / "records.db").stat().st_size / 1_048_576
        print(f"database: {args.customers:,} customer files, {size_mb:,.0f} MB")
        bare: list[dict[str, Any]] = []
        checked: list[dict[str, Any]] = []
        for run in range(args.runs):
            order = ("bare", "backup") if run % 2 == 0 else ("backup", "bare")
            for kind in order:
                target = Path(temp) / f"{kind}-{run}"
                target.mkdir()
                if kind == "bare":
                    bare.append(run_one("bare", work, target / "copy.db"))
                    shutil.rmtree(target)
                else:
                    checked.append(run_one("backup", work, target))
        restore = run_one("restore", work, Path(temp) / f"backup-{args.runs - 1}")
    b = statistics.median(r["seconds"] for r in bare)
    c = statistics.median(r["seconds"] for r in checked)
    ratio = c / b
    print(
        f"bare backup-API copy:      {b:6.2f} s median of {args.runs}, peak {max(r['peak_mb'] for r in bare):,.0f} MB"
    )
    print(
        f"checked backup (manifest): {c:6.2f} s median of {args.runs}, peak {max(r['peak_mb'] for r in checked):,.0f} MB"
    )
    print(f"  ratio {ratio:.2f}× (target ≤ {TARGET}×): {'PASS' if ratio <= TARGET else 'FAIL'}")
    print(f"restore with verification: {restore['seconds']:6.2f} s, peak {restore['peak_mb']:,.0f} MB "
          "(verify the copy, back up the data in use, swap, verify again)")  # fmt: skip
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
