"""Startup benchmark: process start to the first windows a user sees, Records Desk against a
bare window.

Three programs run as subprocesses, in turn (the order rotating), in the same run:
  python bench/bare_window.py                          (QMainWindow with four empty tabs)
  records-desk --db DB --quit-at-login                 (the sign-in dialog)
  records-desk --db DB --user manager --quit-when-ready (signed in with RECORDS_DESK_PASSWORD:
                                                        the main window)
Each prints `ready_ms=<n>`, from process start to its window's first expose (mapped and
painted), and exits 0. Reported: medians of ready_ms and of the wall time around the
subprocess, the ratios to the bare window, and PASS/FAIL against the targets (sign-in dialog
within 2x the bare window, main window within 4x).

With a display (DISPLAY set, e.g. under `xvfb-run -a`) the windows are mapped on that X server
(QT_QPA_PLATFORM=xcb); without one, offscreen. `--platform` chooses.

The database is made first with `records-desk init` and filled through the services, at the
production argon2 cost, so the sign-in costs what a real one does. Everything lives in a temp
folder; nothing touches the user's own data, settings, keys or logs.

The package's modules are compiled to bytecode first (compileall, into its __pycache__
folders), as an installed program has them: a source checkout run with PYTHONDONTWRITEBYTECODE
set, as on these machines, would otherwise compile all of them again at every start.
`--no-compile` leaves them as found; with `--exe` (the bundle) nothing is compiled.

    make bench     or     .venv/bin/python bench/startup.py -n 7     or
    xvfb-run -a .venv/bin/python bench/startup.py -n 7
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


def choose_platform(asked: str) -> str:
    """`xcb` (a real X server: DISPLAY is set) or `offscreen`."""
    if asked == "auto":
        return "xcb" if os.environ.get("DISPLAY") else "offscreen"
    if asked == "xcb" and not os.environ.get("DISPLAY"):
        sys.exit("bench: --platform xcb needs DISPLAY (run under xvfb-run -a)")
    return asked


def bench_env(root: Path, platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("RECORDS_DESK_DB", None)
    env.update(
        QT_QPA_PLATFORM=platform,
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


def compile_bytecode() -> str:
    """The package's modules compiled beforehand, as an installed program has them (pip
    compiles a wheel's at install, the bundle carries them). A source checkout run with
    PYTHONDONTWRITEBYTECODE set, as on these machines, would compile every module of its own
    at every start instead."""
    import compileall

    import records_desk

    folder = Path(records_desk.__file__).parent
    if not compileall.compile_dir(folder, quiet=1):
        sys.exit(f"bench: the modules in {folder} did not all compile")
    return f"compiled beforehand in {folder}"


def ratio(a: float, b: float) -> float:
    return a / b if b else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("-n", "--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument(
        "--login-target",
        type=float,
        default=2.0,
        help="allowed ratio of the sign-in dialog to the bare window (default 2)",
    )
    parser.add_argument(
        "--target",
        type=float,
        default=4.0,
        help="allowed ratio of the signed-in main window to the bare window (default 4)",
    )
    parser.add_argument(
        "--platform",
        choices=("auto", "xcb", "offscreen"),
        default="auto",
        help="xcb on the X server in DISPLAY, or offscreen (default: xcb when DISPLAY is set)",
    )
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
    parser.add_argument(
        "--no-compile",
        action="store_true",
        help="leave the package's bytecode as it is (default: compiled first, as installed)",
    )
    args = parser.parse_args(argv)
    exe = args.exe or default_exe()
    platform = choose_platform(args.platform)
    args.bytecode = "as found" if args.exe or args.no_compile else compile_bytecode()

    with tempfile.TemporaryDirectory(prefix="records-desk-bench-") as tmp:
        root = Path(tmp)
        env = bench_env(root, platform)
        db = root / "data" / "records.db"
        data = prepare_database(exe, db, env, args.accounts, args.audit_rows)
        bare = Samples("bare window")
        login = Samples("sign-in dialog")
        main_window = Samples("main window")
        commands = {
            bare.name: [sys.executable, str(BARE)],
            login.name: [exe, "--db", str(db), "--quit-at-login"],
            main_window.name: [exe, "--db", str(db), "--user", ADMIN, "--quit-when-ready"],
        }
        # One untimed start of each warms the disk cache, so run 1 is not an outlier.
        for cmd in commands.values():
            run_once(cmd, env, args.timeout)
        samples = [bare, login, main_window]
        for i in range(args.runs):
            # Rotate which goes first, so drift on a busy machine hits all alike.
            for s in samples[i % 3 :] + samples[: i % 3]:
                ready, wall = run_once(commands[s.name], env, args.timeout)
                s.ready_ms.append(ready)
                s.wall_ms.append(wall)

    targets = {login.name: args.login_target, main_window.name: args.target}
    verdicts = report(args, exe, data, platform, bare, [login, main_window], targets)
    return 0 if all(verdicts) else 1


def report(
    args: argparse.Namespace,
    exe: str,
    data: str,
    platform: str,
    bare: Samples,
    desk: list[Samples],
    targets: dict[str, float],
) -> list[bool]:
    """Prints the table and one PASS/FAIL line per target; returns whether each passed."""
    med = statistics.median
    display = f" on DISPLAY={os.environ.get('DISPLAY')}" if platform == "xcb" else ""
    print(f"Records Desk startup: {args.runs} runs each, rotating, after one warm-up each")
    print(f"program: {exe}")
    print(f"data:    {data}")
    print(f"python:  {sys.version.split()[0]}, {os.cpu_count()} CPUs, bytecode {args.bytecode}")
    print(f"windows: QT_QPA_PLATFORM={platform}{display}, ready = first expose (mapped, painted)")
    print()
    header = f"{'':<16}{'ready_ms median':>16}{'ratio':>8}{'wall_ms median':>16}{'ratio':>8}"
    print(header + f"{'wall min..max':>16}")
    base_ready, base_wall = med(bare.ready_ms), med(bare.wall_ms)
    for s in [bare, *desk]:
        ready, wall = med(s.ready_ms), med(s.wall_ms)
        spread = f"{min(s.wall_ms):.0f}..{max(s.wall_ms):.0f}"
        print(
            f"{s.name:<16}{ready:>16.0f}{ratio(ready, base_ready):>7.2f}x"
            f"{wall:>16.0f}{ratio(wall, base_wall):>7.2f}x{spread:>16}"
        )
    print()
    for s in [bare, *desk]:
        print(f"all ready_ms {s.name + ':':<16} {' '.join(f'{v:.0f}' for v in s.ready_ms)}")
    print()
    verdicts = []
    for s in desk:
        ready_ratio = ratio(med(s.ready_ms), base_ready)
        passed = ready_ratio <= targets[s.name]
        verdicts.append(passed)
        print(
            f"{'PASS' if passed else 'FAIL'}: the {s.name} is on screen in "
            f"{med(s.ready_ms):.0f} ms, {ready_ratio:.2f}x the bare window's "
            f"{base_ready:.0f} ms (target <= {targets[s.name]:g}x)"
        )
    return verdicts


if __name__ == "__main__":
    sys.exit(main())
