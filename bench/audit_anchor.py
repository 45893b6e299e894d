"""What anchoring the audit log's head outside the database costs (issue #9, finding 3).

One audited write = one transaction appending one entry (AuditService's own path:
auth.record, as the idle lock writes it). Measured on two new databases: one with the anchor's
check, pending write (synced with its folder) and confirmation stubbed out — the cost of
before the anchor, keyed hash included — and with the real anchor. Prints appends per
second for both and their ratio. The database sits under bench/.data/ (a disk, not tmpfs:
the fsyncs are the point). Never part of the test run.

    .venv/bin/python bench/audit_anchor.py               # 500 appends each way
    .venv/bin/python bench/audit_anchor.py --appends 2000 --folder /mnt/slow-disk/x
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = Path(__file__).resolve().parent / ".data" / "audit_anchor"


def open_services(folder: Path) -> Any:
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Options, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore

    db = folder / "records.db"
    store = KeyStore(folder / "config")
    key_file = store.key_file(db)
    key_file.parent.mkdir(parents=True, exist_ok=True)
    key_file.write_text(secrets.token_hex(32), "ascii")  # a key file: no OS keyring touched
    cheap = {Options.ARGON2_TIME_COST.key: 1, Options.ARGON2_MEMORY_KIB.key: 8}
    settings = Settings(MemoryBackend({**cheap, Options.ARGON2_PARALLELISM.key: 1}))
    return build_services(open_database(db, store), settings)


@contextmanager
def without_anchor() -> Iterator[None]:
    from records_desk.store.audit_anchor import AuditAnchor

    saved = {name: getattr(AuditAnchor, name) for name in ("check", "_before_commit")}
    AuditAnchor.check = lambda self, session, at: None  # type: ignore[method-assign]
    AuditAnchor._before_commit = lambda self, session: None  # type: ignore[method-assign]
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(AuditAnchor, name, value)


def rate(services: Any, gm: Any, appends: int) -> float:
    from records_desk.domain.common.audit_actions import AuditAction

    for _ in range(20):  # warm up: connections, caches
        services.auth.record(gm, AuditAction.SESSION_LOCK, "bench")
    start = time.perf_counter()
    for _ in range(appends):
        services.auth.record(gm, AuditAction.SESSION_LOCK, "bench")
    return appends / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--appends", type=int, default=500)
    parser.add_argument("--folder", type=Path, default=DATA)
    args = parser.parse_args()
    shutil.rmtree(args.folder, ignore_errors=True)
    args.folder.mkdir(parents=True)
    rates = {}
    for name in ("without", "with"):  # two databases: the first one's head is never anchored
        services = open_services(args.folder / name)
        try:
            gm = services.auth.create_first_manager("manager", "Manager", "Bench-Password-2026!")
            if name == "without":
                with without_anchor():
                    rates[name] = rate(services, gm, args.appends)
            else:
                rates[name] = rate(services, gm, args.appends)
                report = services.audit.verify(gm)
                assert report.trustworthy, report
        finally:
            services.close()
    shutil.rmtree(args.folder, ignore_errors=True)
    before, after = rates["without"], rates["with"]
    print(
        json.dumps(
            {
                "appends": args.appends,
                "without_anchor_per_s": round(before, 1),
                "with_anchor_per_s": round(after, 1),
                "ratio": round(after / before, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
