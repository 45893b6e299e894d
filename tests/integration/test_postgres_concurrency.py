"""Issue 15 §3 with several desk processes on one PostgreSQL database (tests/pg.py): each
process builds its own services (server_desk, its own key folder and audit head, the office
key typed in), as the counter, the records room and the managers' PCs would.

- numbers: files registered, loans lent and taken back, media registered from four desks at
  once get unique archive, loan and media numbers, none skipped, and the audit chain stays one
  intact chain (every writer takes the writers' advisory lock first: store/backends.py);
- walk-ins assigned from several desks at once: the stored day replays through the rotation
  engine to exactly the rows that were written — no turn given twice, none lost;
- a stale approval: two desks approve the same external loan at the same moment; one is
  applied, the other is refused with a sentence, never applied twice.
The stale-write checks themselves (a loan, a return, a medium, a customer file changed at
another desk since it was shown) are in tests/unit/test_stale_writes.py, on both backends.
"""

from __future__ import annotations

import multiprocessing
import random
import traceback
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from tests.conftest import GM_PASSWORD, make_user
from tests.pg import server_desk

pytestmark = pytest.mark.slow

SPAWN = multiprocessing.get_context("spawn")  # a desk is a process of its own, no shared pool
DESKS = 4
JOIN_S = 240


# --- inside a desk process ---------------------------------------------------------------


def _desk(job: str, url: str, folder: str, key: str, seed: int, barrier: Any, out: Any) -> None:
    """One desk: open the office's database, sign in, run JOB, put (folder, result) on OUT."""
    try:
        services = server_desk(url, Path(folder), office_key=key)
        try:
            boss = services.auth.login("boss", GM_PASSWORD)
            barrier.wait(60)
            result = JOBS[job](services, boss, random.Random(seed), barrier)
        finally:
            services.close()
        out.put((folder, result))
    except BaseException:  # noqa: BLE001 - the parent shows it
        out.put((folder, {"error": traceback.format_exc()}))


def _numbers(services: Any, boss: Any, rng: random.Random, _barrier: Any) -> dict[str, list[str]]:
    """Registering files, lending and taking back, registering media, in a seeded mix."""
    from records_desk.domain.media.vocabulary import MediumType
    from records_desk.services.media.dto import MediumDraft
    from tests.unit.customer_fixtures import draft

    made: dict[str, list[str]] = {"files": [], "loans": [], "media": [], "returned": []}
    lendable: list[str] = []
    out: list[str] = []
    for _ in range(24):
        roll = rng.random()
        if roll < 0.35 or not lendable and roll < 0.6:
            info = services.customers.files.register(boss, draft(name=f"客戶{rng.random():.6f}"))
            made["files"].append(info.archive_number)
            lendable.append(info.archive_number)
        elif roll < 0.6:
            number = lendable.pop()
            loan = services.loans.lending.lend(boss, [number], "boss", "查閱")
            made["loans"].append(loan.number)
            out.append(number)
        elif roll < 0.75 and out:
            number = out.pop(0)
            services.loans.returns.take_back(boss, [number])
            made["returned"].append(number)
            lendable.append(number)
        else:
            kind = rng.choice([MediumType.USB, MediumType.HDD, MediumType.OPTICAL])
            medium = services.media.inventory.register(boss, MediumDraft(kind, "客戶部"))
            made["media"].append(medium.number)
    return made


def _walk_ins(services: Any, boss: Any, rng: random.Random, _barrier: Any) -> list[list[Any]]:
    """Walk-ins at the counter, and the end of each visit (ended by whichever desk comes to
    it: a visit another desk ended already is refused by the engine, not written)."""
    from records_desk.domain.reception.errors import EventRefused
    from records_desk.domain.reception.vocabulary import Visitor

    made: list[list[Any]] = []
    for _ in range(12):
        visitor = Visitor(f"訪客{rng.randrange(10**6)}", f"09{rng.randrange(10**8):08d}")
        info = services.reception.day.walk_in(boss, visitor)
        made.append([info.row_no, info.consultant, info.reason])
        if rng.random() < 0.8:
            try:
                services.reception.day.visit_end(boss, info.consultant)
            except EventRefused:
                pass
    return made


def _approve(services: Any, boss: Any, _rng: random.Random, barrier: Any) -> list[str]:
    """Approve each loan of the office's list at the same moment as the other desk."""
    from records_desk.domain.common.errors import DomainError
    from records_desk.wording import describe

    with services.database.engine.connect() as conn:
        waiting = conn.execute(
            text("SELECT number FROM loan WHERE status = 'awaiting_approval' ORDER BY number")
        ).scalars().all()  # fmt: skip
    said: list[str] = []
    for number in waiting:
        barrier.wait(60)
        try:
            services.loans.lending.approve(boss, number)
            said.append(f"approved {number}")
        except DomainError as refused:
            said.append(f"refused {number}: {describe(refused)}")
    return said


JOBS = {"numbers": _numbers, "walk_ins": _walk_ins, "approve": _approve}


# --- the test process ---------------------------------------------------------------------


def office(url: str, folder: Path) -> tuple[Any, str]:
    first = server_desk(url, folder / "desk0")
    first.auth.create_first_manager("boss", "王總", GM_PASSWORD)
    return first, first.database.key.hex


def run_desks(job: str, url: str, folder: Path, key: str, seeds: list[int]) -> list[Any]:
    """Start one process per seed, all released together; their results, in seed order."""
    barrier = SPAWN.Barrier(len(seeds))
    out = SPAWN.Queue()
    folders = [str(folder / f"{job}-desk{n}") for n in range(len(seeds))]
    procs = [
        SPAWN.Process(target=_desk, args=(job, url, f, key, seed, barrier, out))
        for f, seed in zip(folders, seeds, strict=True)
    ]
    for proc in procs:
        proc.start()
    try:
        results = dict(out.get(timeout=JOIN_S) for _ in procs)
    finally:
        for proc in procs:
            proc.join(30)
            if proc.is_alive():  # pragma: no cover - a hung desk
                proc.kill()
    errors = [r["error"] for r in results.values() if isinstance(r, dict) and "error" in r]
    assert errors == [], "\n".join(errors)
    return [results[f] for f in folders]


def assert_one_intact_chain(services: Any) -> None:
    boss = services.auth.login("boss", GM_PASSWORD)
    report = services.audit.verify(boss)
    assert report.intact and report.broken_at is None and report.alarms == ()
    with services.database.engine.connect() as conn:
        seqs = conn.execute(text("SELECT seq FROM audit_log ORDER BY seq")).scalars().all()
    assert seqs == list(range(1, len(seqs) + 1))  # no gap, no fork


def test_desks_at_once_get_unique_numbers_and_keep_one_audit_chain(
    pg_empty_url: str, tmp_path: Path
) -> None:
    first, key = office(pg_empty_url, tmp_path)
    try:
        results = run_desks("numbers", pg_empty_url, tmp_path, key, [151, 152, 153, 154])
        for kind in ("files", "loans", "media"):
            given = [n for r in results for n in r[kind]]
            assert len(given) == len(set(given)), kind  # no number given twice
        with first.database.engine.connect() as conn:
            files = conn.execute(text("SELECT archive_number FROM customer")).scalars().all()
            loans = conn.execute(text("SELECT number FROM loan")).scalars().all()
            media = conn.execute(text("SELECT number FROM medium")).scalars().all()
        assert sorted(files) == sorted(n for r in results for n in r["files"])
        assert sorted(loans) == sorted(n for r in results for n in r["loans"])
        assert sorted(media) == sorted(n for r in results for n in r["media"])
        # none skipped: each sequence is 1..n (a lost update would repeat one, a retry skip one)
        assert sorted(int(n.rsplit("-", 1)[1]) for n in files) == list(range(1, len(files) + 1))
        assert sorted(int(n.rsplit("-", 1)[1]) for n in loans) == list(range(1, len(loans) + 1))
        for prefix in {n.split("-")[0] for n in media}:
            mine = sorted(int(n.split("-")[1]) for n in media if n.startswith(prefix + "-"))
            assert mine == list(range(1, len(mine) + 1)), prefix
        assert_one_intact_chain(first)
    finally:
        first.close()


def replayed_assignments(services: Any, day: date) -> list[tuple[int, str, str]]:
    """The day's stored events through the rotation engine: (row, consultant, reason) of each
    assignment, in the order the rows were numbered."""
    from records_desk.domain.reception.rotation import replay
    from records_desk.services.reception.registry import registry_for
    from records_desk.services.reception.stored_events import to_event
    from records_desk.store.models import Account
    from records_desk.store.reception import ReceptionEvent

    with services.ctx.uow.read() as uow:
        session = uow.session
        rows = session.execute(
            select(
                ReceptionEvent.type, ReceptionEvent.time, Account.username, ReceptionEvent.payload
            )
            .outerjoin(Account, Account.id == ReceptionEvent.consultant_id)
            .where(ReceptionEvent.day == day)
            .order_by(ReceptionEvent.seq)
        ).all()
        registry, _ = registry_for(session, [], day)
    made = replay(day, (to_event(r.type, r.time, r.username, r.payload) for r in rows), registry)
    return [(n, a.consultant, a.reason.value) for n, a in enumerate(made.assignments, start=1)]


def test_walk_ins_from_several_desks_never_give_one_turn_twice(
    pg_empty_url: str, tmp_path: Path
) -> None:
    from records_desk.domain.common.roles import Role
    from records_desk.services.common.clock import office_day

    first, key = office(pg_empty_url, tmp_path)
    try:
        boss = first.auth.login("boss", GM_PASSWORD)
        names = [f"consultant{n}" for n in range(1, 6)]
        for name in names:
            make_user(first, boss, name, Role.CONSULTANT)
            first.reception.day.sign_in(boss, name)
        results = run_desks("walk_ins", pg_empty_url, tmp_path, key, [21, 22, 23, 24])
        day = office_day(first.ctx.now())
        with first.database.engine.connect() as conn:
            stored = conn.execute(
                text(
                    "SELECT v.row_no, a.username, v.reason FROM reception_visit v"
                    " JOIN account a ON a.id = v.consultant_id WHERE v.day = :day"
                    " ORDER BY v.row_no"
                ),
                {"day": day},
            ).all()
            seqs = conn.execute(
                text("SELECT seq FROM reception_event WHERE day = :day ORDER BY seq"),
                {"day": day},
            ).scalars().all()  # fmt: skip
        told = sorted(tuple(a) for r in results for a in r)
        assert [tuple(s) for s in stored] == told  # each desk was told what was written
        assert len(told) == DESKS * 12
        assert seqs == list(range(1, len(seqs) + 1))
        # the engine, replaying the stored day alone, makes exactly these assignments
        assert replayed_assignments(first, day) == [tuple(s) for s in stored]
        assert_one_intact_chain(first)
    finally:
        first.close()


def test_a_stale_approval_from_another_desk_is_refused_in_a_sentence(
    pg_empty_url: str, tmp_path: Path
) -> None:
    from records_desk.domain.loans.errors import LoanNotAwaitingApproval
    from records_desk.domain.loans.vocabulary import ExternalBorrower
    from records_desk.wording import describe
    from tests.unit.customer_fixtures import draft

    first, key = office(pg_empty_url, tmp_path)
    try:
        boss = first.auth.login("boss", GM_PASSWORD)
        borrower = ExternalBorrower("陳大文", "審計署")
        loans = []
        for n in range(20):  # 20 trials: each loan approved by two desks at the same moment
            number = first.customers.files.register(boss, draft(name=f"客戶{n}")).archive_number
            loans.append(first.loans.lending.lend(boss, [number], borrower, "查帳").number)
        said = run_desks("approve", pg_empty_url, tmp_path, key, [1, 2])
        for loan in loans:
            outcomes = [s for desk in said for s in desk if loan in s]
            assert sorted(o.split()[0] for o in outcomes) == ["approved", "refused"], outcomes
            refusal = next(o for o in outcomes if o.startswith("refused"))
            assert refusal == f"refused {loan}: {describe(LoanNotAwaitingApproval(loan, 'open'))}"
        with first.database.engine.connect() as conn:
            approvals = conn.execute(
                text("SELECT count(*) FROM audit_log WHERE action = 'loan.approve'")
            ).scalar()
            statuses = conn.execute(text("SELECT DISTINCT status FROM loan")).scalars().all()
        assert approvals == len(loans) and statuses == ["open"]
        assert_one_intact_chain(first)
    finally:
        first.close()
