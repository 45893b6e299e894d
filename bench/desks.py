"""Several desks on one PostgreSQL server (issue 15, Measure): four desk processes on this
machine against one local throwaway PostgreSQL for `--seconds` (default 60) — registering
files, lending, taking back, assigning walk-ins (and ending the visit), searching — against
one desk alone on the same server in the same run, before them.

Each desk is a process of its own with its own services, key folder and audit head (as
separate computers would be), signed in as the general manager. Printed: operations per
second overall and per kind, p50/p95 of each kind, errors (target 0), whether every archive,
loan and medium number is unique and gapless, and whether the audit chain is intact; and the
four desks' throughput as a ratio of the one desk's.

The server: `initdb` in a temporary folder, run as the `postgres` user when this runs as root
(PostgreSQL refuses root), a Unix socket in that folder, the server's default durability
(fsync on); stopped and removed at the end. Passwords are hashed at test cost (sign-ins are not
measured). Never part of the test run.

    .venv/bin/python bench/desks.py                 # 60 s each phase, 4 desks, 400 files first
    .venv/bin/python bench/desks.py --seconds 20 --desks 3 --files 200
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pwd
import random
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PASSWORD = "bench-general-manager"
CONSULTANTS = 6
KINDS = ("register", "lend", "return", "walk_in", "search")
SPAWN = multiprocessing.get_context("spawn")


# --- the server ---------------------------------------------------------------------------


def pg_bin() -> Path:
    debian = Path("/usr/lib/postgresql")
    versions = sorted((p for p in debian.glob("*") if p.name.isdigit()), key=lambda p: -int(p.name))
    for folder in [
        *(v / "bin" for v in versions),
        *map(Path, filter(None, [shutil.which("initdb")])),
    ]:
        folder = folder if folder.is_dir() else folder.parent
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    sys.exit("bench/desks.py: PostgreSQL is not installed (Debian package postgresql)")


class Server:
    """A throwaway cluster on a Unix socket in FOLDER (as tests/pg.py starts one)."""

    def __init__(self) -> None:
        self.bin = pg_bin()
        self.folder = Path(tempfile.mkdtemp(prefix="rd-bench-pg-", dir="/tmp"))
        self.run_as = "postgres" if os.geteuid() == 0 else None
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)

    def _run(self, *args: str, check: bool = True) -> None:
        prefix = ["runuser", "-u", self.run_as, "--"] if self.run_as else []
        subprocess.run([*prefix, *args], check=check, capture_output=True)

    def start(self) -> None:
        data = str(self.folder / "data")
        self._run(str(self.bin / "initdb"), "-D", data, "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")  # fmt: skip
        options = f"-k {self.folder} -c listen_addresses='' -c max_connections=80"
        self._run(str(self.bin / "pg_ctl"), "-D", data, "-w", "-t", "60",
                  "-l", str(self.folder / "server.log"), "-o", options, "start")  # fmt: skip
        import psycopg

        with psycopg.connect(host=str(self.folder), user="postgres", dbname="postgres",
                             autocommit=True) as conn:  # fmt: skip
            conn.execute('CREATE DATABASE "records"')

    def url(self) -> str:
        return f"postgresql://postgres@/records?host={self.folder}"

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "fast",
                  "-w", "stop", check=False)  # fmt: skip
        shutil.rmtree(self.folder, ignore_errors=True)


# --- one desk -----------------------------------------------------------------------------


def desk(url: str, folder: Path, key: str | None) -> Any:
    """One desk's services on the server, its key and audit head under FOLDER."""
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Options, Settings
    from records_desk.store.audit_anchor import anchor_for
    from records_desk.store.database import open_server
    from records_desk.store.file_keystore import FileKeyStore

    settings = Settings(
        MemoryBackend(
            {
                Options.ARGON2_TIME_COST.key: 1,
                Options.ARGON2_MEMORY_KIB.key: 8,
                Options.ARGON2_PARALLELISM.key: 1,
                "backup/automatic": False,
            }
        )
    )
    database = open_server(url, FileKeyStore(folder), office_key=key)
    return build_services(database, settings, anchor=anchor_for(database.key, folder, shared=True))


def draft(rng: random.Random) -> Any:
    from datetime import date

    from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
    from records_desk.services.customers.dto import CustomerDraft

    surname = rng.choice("陳林黃張李王吳劉蔡楊")
    return CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name=f"{surname}{rng.choice('記氏家宏')}{rng.choice(['貿易', '醫材', '科技'])}有限公司",
        department="台北一部",
        product_lines=("義肢",),
        contact_person=f"{surname}志明",
        phones=(f"09{rng.randrange(10**8):08d}",),
        address="台北市中山區南京東路二段100號",
        admission=AdmissionChecklist.all_met(),
        shelf_location="A-01-03",
        event_date=date(2026, 11, 26),
    )


class Work:
    """One desk's mix: the files it may lend (its own share) and those it has out."""

    def __init__(self, services: Any, boss: Any, rng: random.Random, shelf: list[str]) -> None:
        self.services, self.boss, self.rng = services, boss, rng
        self.shelf, self.out = shelf, []  # type: list[str], list[str]
        self.numbers: dict[str, list[str]] = {"files": [], "loans": []}

    def register(self) -> None:
        info = self.services.customers.files.register(self.boss, draft(self.rng))
        self.numbers["files"].append(info.archive_number)
        self.shelf.append(info.archive_number)

    def lend(self) -> None:
        number = self.shelf.pop(self.rng.randrange(len(self.shelf)))
        loan = self.services.loans.lending.lend(self.boss, [number], "boss", "查閱")
        self.numbers["loans"].append(loan.number)
        self.out.append(number)

    def take_back(self) -> None:
        number = self.out.pop(0)
        self.services.loans.returns.take_back(self.boss, [number])
        self.shelf.append(number)

    def walk_in(self) -> None:
        from records_desk.domain.reception.errors import EventRefused
        from records_desk.domain.reception.vocabulary import Visitor

        day = self.services.reception.day
        info = day.walk_in(self.boss, Visitor("訪客", f"09{self.rng.randrange(10**8):08d}"))
        try:
            day.visit_end(self.boss, info.consultant)
        except EventRefused:
            pass  # another desk ended that consultant's visit first (a waiting visitor's)

    def search(self) -> None:
        from records_desk.services.customers.search import CustomerQuery

        query = CustomerQuery(text=self.rng.choice(["陳", "林記", "黃氏醫", "科技有限", "0912"]))
        search = self.services.customers.search
        search.count(self.boss, query)
        search.page(self.boss, query, 0, 50)

    def pick(self, kinds: tuple[str, ...]) -> tuple[str, Callable[[], None]]:
        kind = self.rng.choice(kinds)
        if kind == "lend" and not self.shelf or kind == "return" and not self.out:
            kind = "register"
        return kind, {
            "register": self.register,
            "lend": self.lend,
            "return": self.take_back,
            "walk_in": self.walk_in,
            "search": self.search,
        }[kind]


def warm_up(work: Work) -> tuple[str, ...]:
    """Each kind once, untimed: the services' modules load on first use (as in the app, where
    the window has loaded them long before the desk's rush). The kinds to measure: all."""
    for call in (work.register, work.lend, work.take_back, work.walk_in, work.search):
        call()
    return KINDS


class LockClock:
    """Time spent waiting for the writers' advisory lock (store/backends.py writer_lock), and
    the writer transactions that waited."""

    def __init__(self) -> None:
        from records_desk.store import backends

        self.waited = 0.0
        self.writers = 0
        real = backends.writer_lock

        def timed(conn: Any) -> None:
            start = time.perf_counter()
            real(conn)
            self.waited += time.perf_counter() - start
            self.writers += 1

        backends.writer_lock = timed  # looked up at each BEGIN of a writer


def run_desk(url: str, folder: str, key: str, seed: int, shelf: list[str], seconds: float,
             barrier: Any, out: Any) -> None:  # fmt: skip
    try:
        services = desk(url, Path(folder), key)
        boss = services.auth.login("boss", PASSWORD)
        work = Work(services, boss, random.Random(seed), shelf)
        times: dict[str, list[float]] = {k: [] for k in KINDS}
        errors: Counter[str] = Counter()
        kinds = warm_up(work)
        lock = LockClock()
        barrier.wait(120)
        began = time.perf_counter()
        end = began + seconds
        while (start := time.perf_counter()) < end:
            kind, call = work.pick(kinds)
            try:
                call()
            except Exception as e:  # noqa: BLE001 - counted, the desk goes on
                errors[f"{kind}: {type(e).__name__}"] += 1
                continue
            times[kind].append(time.perf_counter() - start)
        spent = time.perf_counter() - began
        services.close()
        out.put((folder, {"times": times, "errors": dict(errors), "numbers": work.numbers,
                          "kinds": kinds, "waited": lock.waited / spent,
                          "writers": lock.writers}))  # fmt: skip
    except BaseException:  # noqa: BLE001 - shown by the parent
        out.put((folder, {"fatal": traceback.format_exc()}))


# --- the run ------------------------------------------------------------------------------


def prepare(url: str, root: Path, files: int) -> tuple[str, list[str]]:
    """The office: its manager, consultants signed in for the day, FILES files to lend."""
    from records_desk.domain.common.roles import Role

    first = desk(url, root / "desk-setup", None)
    boss = first.auth.create_first_manager("boss", "王總", PASSWORD)
    for n in range(1, CONSULTANTS + 1):
        name = f"consultant{n}"
        first.accounts.create(boss, name, f"顧問{n}", Role.CONSULTANT, "temporary-pw")
        first.reception.day.sign_in(boss, name)
    rng = random.Random(15)
    numbers = [
        first.customers.files.register(boss, draft(rng)).archive_number for _ in range(files)
    ]
    key = first.database.key.hex
    first.close()
    return key, numbers


def phase(url: str, root: Path, key: str, shelf: list[str], desks: int, seconds: float,
          name: str) -> dict[str, Any]:  # fmt: skip
    barrier, out = SPAWN.Barrier(desks), SPAWN.Queue()
    folders = [str(root / f"{name}-desk{n}") for n in range(desks)]
    shares = [shelf[n::desks] for n in range(desks)]
    procs = [
        SPAWN.Process(target=run_desk,
                      args=(url, f, key, 100 * desks + n, shares[n], seconds, barrier, out))
        for n, f in enumerate(folders)
    ]  # fmt: skip
    load = os.getloadavg()[0]
    for proc in procs:
        proc.start()
    results = dict(out.get(timeout=seconds + 300) for _ in procs)
    load = max(load, os.getloadavg()[0])
    for proc in procs:
        proc.join(60)
    fatal = [r["fatal"] for r in results.values() if "fatal" in r]
    if fatal:
        sys.exit("a desk failed:\n" + "\n".join(fatal))
    times = {k: [t for r in results.values() for t in r["times"][k]] for k in KINDS}
    errors = sum((Counter(r["errors"]) for r in results.values()), Counter())
    waited = sum(r["waited"] for r in results.values()) / desks
    searched = all("search" in r["kinds"] for r in results.values())
    return {"desks": desks, "seconds": seconds, "times": times, "errors": errors, "load": load,
            "waited": waited, "searched": searched}  # fmt: skip


def ms(samples: list[float], q: float) -> float:
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    return 1000 * ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(one: dict[str, Any], many: dict[str, Any]) -> tuple[float, float]:
    print(f"\n{'kind':<10}" + "".join(
        f"{h:>10}" for h in ("n@1", "ops/s@1", "p50@1", "p95@1",
                             f"n@{many['desks']}", f"ops/s@{many['desks']}", "p50", "p95")
    ))  # fmt: skip
    for kind in KINDS:
        cells = []
        for run in (one, many):
            samples = run["times"][kind]
            cells += [f"{len(samples):>10}", f"{len(samples) / run['seconds']:>10.1f}",
                      f"{ms(samples, 0.5):>8.1f}ms", f"{ms(samples, 0.95):>8.1f}ms"]  # fmt: skip
        print(f"{kind:<10}" + "".join(cells))
    totals = []
    for run in (one, many):
        count = sum(len(s) for s in run["times"].values())
        totals.append(count / run["seconds"])
        errors = dict(run["errors"]) or "none"
        print(f"{run['desks']} desk(s): {count} operations, {totals[-1]:.1f} ops/s, errors: "
              f"{errors}; waiting for the writers' lock {100 * run['waited']:.0f}% of a desk's "
              f"time (machine load average up to {run['load']:.1f})")  # fmt: skip
    if not (one["searched"] and many["searched"]):
        print("search: not measured — the server refused the customer search (its index, "
              "store/search_index.py, does not run on PostgreSQL in this tree yet)")  # fmt: skip
    return totals[0], totals[1]


def check(url: str, root: Path, key: str) -> tuple[bool, bool]:
    """Every number unique and without gaps; the audit chain one intact chain."""
    from sqlalchemy import text

    services = desk(url, root / "desk-check", key)
    try:
        with services.database.engine.connect() as conn:
            unique = True
            for sql in ("SELECT archive_number FROM customer", "SELECT number FROM loan"):
                numbers = conn.execute(text(sql)).scalars().all()
                seq = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
                unique &= seq == list(range(1, len(seq) + 1))
            seqs = conn.execute(text("SELECT seq FROM audit_log ORDER BY seq")).scalars().all()
            visits = conn.execute(
                text("SELECT count(*), count(DISTINCT (day, row_no)) FROM reception_visit")
            ).one()
            unique &= visits[0] == visits[1]
        report_ = services.audit.verify(services.auth.login("boss", PASSWORD))
        intact = report_.intact and seqs == list(range(1, len(seqs) + 1))
        print(f"audit entries {len(seqs)}, visits {visits[0]}, files and loans: "
              f"{'unique, no gaps' if unique else 'NOT UNIQUE'}; "
              f"chain {'intact' if intact else 'BROKEN'}")  # fmt: skip
        return unique, intact
    finally:
        services.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--desks", type=int, default=4)
    parser.add_argument("--files", type=int, default=400, help="files on record before the run")
    args = parser.parse_args()
    server = Server()
    root = Path(tempfile.mkdtemp(prefix="rd-bench-desks-"))
    try:
        server.start()
        url = server.url()
        began = time.perf_counter()
        key, shelf = prepare(url, root, args.files)
        print(f"PostgreSQL {server.bin.parent.name}, {os.cpu_count()} CPUs; office prepared in "
              f"{time.perf_counter() - began:.0f} s: {args.files} files, {CONSULTANTS} "
              f"consultants signed in; {args.seconds:.0f} s per phase")  # fmt: skip
        half = len(shelf) // 2  # each phase lends its own half of the files
        one = phase(url, root, key, shelf[:half], 1, args.seconds, "one")
        many = phase(url, root, key, shelf[half:], args.desks, args.seconds, "many")
        alone, together = report(one, many)
        print(f"throughput {args.desks} desks / 1 desk: {together / alone:.2f}x")
        unique, intact = check(url, root, key)
        errors = sum(one["errors"].values()) + sum(many["errors"].values())
        return 0 if unique and intact and errors == 0 else 1
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
