"""Startup benchmark: process start to main window shown, Records Desk against a bare window.

Both programs run as subprocesses, alternately, in the same run:
  records-desk --db DB --user manager --quit-when-ready   (signs in with RECORDS_DESK_PASSWORD)
  python bench/bare_window.py                        (QMainWindow with four empty tabs)
Each prints `ready_ms=<n>` and exits 0. Reported: medians of ready_ms (measured inside the
process) and of the wall time around the subprocess, their ratios, and PASS/FAIL against the
target (Records Desk ready within 6x the bare window).

The database is made first with `records-desk init` and filled through the services, at the
production argon2 cost, so the sign-in costs what a real one does. Everything lives in a temp
folder; nothing touches the user's own data, settings, keys or logs.

    make bench          or     QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py -n 7
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARE = HERE / "bare_window.py"
PASSWORD = "bench-password-0123"
ADMIN = "manager"  # user names need 3-32 characters
READY = re.compile(r"^ready_ms=(\d+(?:\.\d+)?)\s*$", re.MULTILINE)


@dataclass
class Samples:
    name: str
    ready_ms: list[float] = field(default_factory=list)
    wall_ms: list[float] = field(default_factory=list)


def default_exe() -> str:
    for name in ("records-desk", "records-desk.exe"):
        beside = Path(sys.executable).parent / name
        if beside.exists():
            return str(beside)
    found = shutil.which("records-desk")
    if not found:
        sys.exit("bench: records-desk not found; run `make bench` or pass --exe")
    return found


def bench_env(root: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("RECORDS_DESK_DB", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        RECORDS_DESK_CONFIG_DIR=str(root / "config"),
        RECORDS_DESK_LOG_DIR=str(root / "log"),
        RECORDS_DESK_PASSWORD=PASSWORD,
        # Keep Qt's own settings (QSettings) out of the user's home as well.
        XDG_CONFIG_HOME=str(root / "xdg-config"),
        XDG_DATA_HOME=str(root / "xdg-data"),
        XDG_CACHE_HOME=str(root / "xdg-cache"),
    )
    return env


def run_once(cmd: list[str], env: dict[str, str], timeout: float) -> tuple[float, float]:
    """(ready_ms printed by the program, wall ms from spawn to exit)."""
    start = time.perf_counter()
    done = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL
    )
    wall = (time.perf_counter() - start) * 1000
    match = READY.search(done.stdout)
    if done.returncode != 0 or not match:
        sys.exit(
            f"bench: {' '.join(cmd)} exited {done.returncode} without ready_ms\n"
            f"--- stdout\n{done.stdout}--- stderr\n{done.stderr}"
        )
    return float(match.group(1)), wall


def prepare_database(
    exe: str, db: Path, env: dict[str, str], accounts: int, audit_rows: int
) -> str:
    """`records-desk init`, then extra accounts and audit entries (idle locks, a session event
    that changes no data) through the services. Returns a one-line description of the data."""
    init = [exe, "--db", str(db), "init", "--admin", ADMIN]
    done = subprocess.run(init, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        sys.exit(f"bench: {' '.join(init)} exited {done.returncode}: {done.stderr.strip()}")
    # The services read the same environment variables as the program (key file, logs).
    os.environ.update({k: env[k] for k in ("RECORDS_DESK_CONFIG_DIR", "RECORDS_DESK_LOG_DIR")})
    from records_desk.domain.common.audit_actions import AuditAction
    from records_desk.domain.common.roles import Role
    from records_desk.paths import config_dir
    from records_desk.services.common.dto import AuditFilter
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    services = build_services(open_database(db, KeyStore(config_dir())), Settings(MemoryBackend()))
    try:
        gm = services.auth.login(ADMIN, PASSWORD)
        roles = [r for r in Role if r is not Role.GENERAL_MANAGER]
        for i in range(accounts):
            role = roles[i % len(roles)]
            services.accounts.create(gm, f"user{i:03d}", f"Bench {role.value} {i}", role, PASSWORD)
        for i in range(audit_rows):
            services.auth.record(gm, AuditAction.SESSION_LOCK, f"padding entry {i}")
        n_accounts = len(services.accounts.list(gm))
        n_audit = services.audit.count(gm, AuditFilter())
        key = services.database.key.storage
    finally:
        services.close()
    size_kb = db.stat().st_size / 1024
    return (
        f"{n_accounts} accounts, {n_audit} audit entries, {size_kb:.0f} KB encrypted "
        f"(key in {key}), argon2 at the production cost"
    )


def ratio(a: float, b: float) -> float:
    return a / b if b else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("-n", "--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument("--target", type=float, default=6.0, help="allowed ratio (default 6)")
    parser.add_argument(
        "--exe",
        default=None,
        help="records-desk program (default: this venv's; give dist/records-desk/records-desk "
        "to time the bundle)",
    )
    parser.add_argument("--accounts", type=int, default=12, help="extra accounts (default 12)")
    parser.add_argument(
        "--audit-rows", type=int, default=2000, help="padding audit entries (default 2000)"
    )
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per start")
    args = parser.parse_args(argv)
    exe = args.exe or default_exe()

    with tempfile.TemporaryDirectory(prefix="records-desk-bench-") as tmp:
        root = Path(tmp)
        env = bench_env(root)
        db = root / "data" / "records.db"
        data = prepare_database(exe, db, env, args.accounts, args.audit_rows)
        desk = Samples("records-desk")
        bare = Samples("bare window")
        commands = {
            desk.name: [exe, "--db", str(db), "--user", ADMIN, "--quit-when-ready"],
            bare.name: [sys.executable, str(BARE)],
        }
        # One untimed start of each warms the disk cache, so run 1 is not an outlier.
        for cmd in commands.values():
            run_once(cmd, env, args.timeout)
        for i in range(args.runs):
            # Alternate which goes first, so drift on a busy machine hits both alike.
            order = (bare, desk) if i % 2 == 0 else (desk, bare)
            for s in order:
                ready, wall = run_once(commands[s.name], env, args.timeout)
                s.ready_ms.append(ready)
                s.wall_ms.append(wall)

    report(args, exe, data, desk, bare)
    ready_ratio = ratio(statistics.median(desk.ready_ms), statistics.median(bare.ready_ms))
    return 0 if ready_ratio <= args.target else 1


def report(args: argparse.Namespace, exe: str, data: str, desk: Samples, bare: Samples) -> None:
    med = statistics.median
    print(f"Records Desk startup: {args.runs} runs each, alternating, after one warm-up each")
    print(f"program: {exe}")
    print(f"data:    {data}")
    print(f"python:  {sys.version.split()[0]}, {os.cpu_count()} CPUs, QT_QPA_PLATFORM=offscreen")
    print()
    print(f"{'':<14}{'ready_ms median':>16}{'wall_ms median':>16}{'wall min..max':>18}")
    for s in (bare, desk):
        spread = f"{min(s.wall_ms):.0f}..{max(s.wall_ms):.0f}"
        print(f"{s.name:<14}{med(s.ready_ms):>16.0f}{med(s.wall_ms):>16.0f}{spread:>18}")
    ready_ratio = ratio(med(desk.ready_ms), med(bare.ready_ms))
    wall_ratio = ratio(med(desk.wall_ms), med(bare.wall_ms))
    print(f"{'ratio':<14}{ready_ratio:>15.2f}x{wall_ratio:>15.2f}x")
    print()
    print(f"all ready_ms  records-desk: {' '.join(f'{v:.0f}' for v in desk.ready_ms)}")
    print(f"              bare window:  {' '.join(f'{v:.0f}' for v in bare.ready_ms)}")
    verdict = "PASS" if ready_ratio <= args.target else "FAIL"
    print(
        f"{verdict}: Records Desk is ready in {ready_ratio:.2f}x the bare window's time "
        f"(target <= {args.target:g}x; wall time ratio {wall_ratio:.2f}x)"
    )


if __name__ == "__main__":
    sys.exit(main())
