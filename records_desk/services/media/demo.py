"""A sample media inventory with its history (`records-desk demo --media N`, issue 13 Build 9):
for trying the 移動存儲介質 tab and its forms.

What it makes, over the last years up to today: USB sticks mostly, portable hard disks, optical
discs (some filed as backups by category, R-MED-5), a few tapes, memory cards and floppies,
of the company's departments, a fifth classified from the start and a few classified later
(R-MED-4). Each is registered, labelled, encrypted and virus-checked (R-MED-2); most are then
issued with a department head's consent and returned, checked again and issued again (R-MED-3);
some go to the IT office's repair unit and back (R-MED-6); some are disposed of with a witness
(degaussed and shredded at the security office when classified, R-MED-7) or lost. Today some
are out (a few overdue), some returned awaiting their check, some in repair, some new.

Decisions:
- Every step goes through the life cycle (domain/media/lifecycle.py) and the inventory's own
  row mapping (MediaService.record_step), dated on its day: the history is one the rules allow
  at every moment, and the tab shows what the services would have recorded.
- One transaction and one audit entry (media.demo_fill, counting what was made), not an entry
  per step: killed half-way, nothing is left.
- The repair units: the office's list, or (when the IT office has named none) a sample list
  stored as the office's setting in the same transaction, so the repairs are on the list.
- Who may: the general manager, as for the sample customer files. The people are the office's
  active accounts: borrowers any of them, approvers those who may consent, witnesses anyone
  but the general manager recording.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import DemoProblem, DemoRefused
from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.domain.media import lifecycle
from records_desk.domain.media.backups import check_backup_disc
from records_desk.domain.media.errors import MediumActionRefused, MediumEvidenceInvalid
from records_desk.domain.media.evidence import (
    Classify,
    Disposal,
    Encryption,
    Evidence,
    Issue,
    Loss,
    RepairBack,
    RepairSend,
    Return,
    SecurityLabel,
    VirusCheck,
)
from records_desk.domain.media.vocabulary import (
    DisposalMethod,
    MediumState,
    MediumType,
    VirusResult,
)
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import read_options, write_options
from records_desk.services.media.access import Acting
from records_desk.services.media.inventory import MediaService
from records_desk.services.media.options import BACKUP_CATEGORIES, REPAIR_UNITS
from records_desk.services.media.records import add_event, next_medium_number
from records_desk.store.media import Medium
from records_desk.store.models import Account

TYPES = [(MediumType.USB, 55), (MediumType.HDD, 15), (MediumType.OPTICAL, 18),
         (MediumType.TAPE, 4), (MediumType.CARD, 6), (MediumType.FLOPPY, 2)]  # fmt: skip
DEPARTMENTS = ("客戶部", "銷售一部", "銷售二部", "財務部", "信息中心", "總經辦", "工程部")
BRANDS = {
    MediumType.USB: ("Kingston", "SanDisk", "Transcend"),
    MediumType.HDD: ("WD", "Seagate", "Toshiba"),
    MediumType.OPTICAL: ("Sony", "Verbatim"),
    MediumType.TAPE: ("HP", "IBM"),
    MediumType.CARD: ("SanDisk", "Samsung"),
    MediumType.FLOPPY: ("Sony",),
}
CAPACITY = {MediumType.USB: ("16 GB", "32 GB", "64 GB"), MediumType.HDD: ("1 TB", "2 TB"),
            MediumType.OPTICAL: ("700 MB", "4.7 GB"), MediumType.TAPE: ("2.5 TB",),
            MediumType.CARD: ("32 GB", "128 GB"), MediumType.FLOPPY: ("1.44 MB",)}  # fmt: skip
SAMPLE_UNITS = ("信息科", "宏碁授權維修中心")
TOOLS = ("ClamAV 1.4", "360殺毒 5.0", "卡巴斯基 21")


@dataclass(frozen=True)
class MediaDemoSummary:
    media: int
    events: int
    counts: dict[str, int]  # by final state, plus classified and backups
    seconds: float


@dataclass
class _People:
    borrowers: list[str]
    approvers: list[str]
    witnesses: list[str]


class MediaDemo:
    def __init__(self, ctx: ServiceContext, service: MediaService) -> None:
        self.ctx = ctx
        self.service = service

    def fill(
        self,
        actor: Principal,
        count: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> MediaDemoSummary:
        actor = self.ctx.authorize(actor, Action.MEDIA_REGISTER)
        if actor.role is not Role.GENERAL_MANAGER:
            refused = DemoRefused(actor.username, DemoProblem.NOT_GENERAL_MANAGER)
            self.ctx.audit_refusal(actor.username, Action.MEDIA_REGISTER, refused)
            raise refused
        started = time.perf_counter()
        rnd = random.Random(seed)
        now = self.ctx.now()
        today = office_day(now)
        counts: Counter[str] = Counter()
        events = 0
        with self.ctx.uow.write() as uow:
            session = uow.session
            people = self._people(session, actor)
            stored = read_options(session, (REPAIR_UNITS, BACKUP_CATEGORIES))
            units = stored.get(REPAIR_UNITS)
            if not units:
                units = SAMPLE_UNITS
                write_options(session, actor, now, {REPAIR_UNITS: units})
            categories = stored.get(BACKUP_CATEGORIES)
            acting = Acting(actor)
            for made in range(count):
                medium, steps = self._one(session, rnd, actor, today, units, categories, people)
                events += steps
                last_at = medium.registered_at
                for evidence, day in self._history(rnd, medium, today, units, people):
                    context = lifecycle.StepContext(day, actor.username, units)
                    # In the order recorded: later in the day than the step before.
                    at = max(_at(day, rnd), last_at + timedelta(minutes=rnd.randint(3, 40)))
                    last_at = at
                    try:
                        self.service.record_step(
                            session, acting, medium, evidence, context, "", at, audit=False
                        )
                    except (MediumActionRefused, MediumEvidenceInvalid):
                        break  # the history's own draw went astray: it ends here
                    events += 1
                counts[medium.state] += 1
                counts["classified"] += medium.classified
                counts["backups"] += medium.backup_category is not None
                if progress is not None and (made + 1) % 100 == 0:
                    progress(made + 1, count)
            session.flush()
            details: dict[str, Any] = {"media": count, "events": events, "seed": seed}
            details.update(sorted(counts.items()))
            journal.append(
                session,
                self.ctx.now(),
                actor.username,
                AuditAction.MEDIA_DEMO_FILL,
                f"filled {count} sample media with {events} events (seed {seed})",
                details=details,
            )
            uow.commit()
        return MediaDemoSummary(count, events, dict(counts), time.perf_counter() - started)

    @staticmethod
    def _people(session: Session, actor: Principal) -> _People:
        rows = session.execute(
            select(Account.username, Account.role).where(Account.active).order_by(Account.id)
        ).all()
        borrowers = [u for u, _ in rows] or [actor.username]
        approvers = [u for u, r in rows if is_allowed(Role(r), Action.MEDIA_CONSENT)]
        witnesses = [u for u, _ in rows if u != actor.username]
        return _People(borrowers, approvers or [actor.username], witnesses)

    def _one(
        self,
        session: Session,
        rnd: random.Random,
        actor: Principal,
        today: date,
        units: tuple[str, ...],
        categories: tuple[str, ...],
        people: _People,
    ) -> tuple[Medium, int]:
        kind = rnd.choices([t for t, _ in TYPES], weights=[w for _, w in TYPES])[0]
        registered = today - timedelta(days=rnd.randint(20, 1100))
        medium = Medium(
            number=next_medium_number(session, kind),
            media_type=kind.value,
            brand=rnd.choice(BRANDS[kind]),
            model=f"{rnd.choice('ABCDX')}{rnd.randint(10, 990)}",
            serial=f"SN{rnd.randint(10**7, 10**8 - 1)}",
            capacity=rnd.choice(CAPACITY[kind]),
            classified=rnd.random() < 0.2,
            department=rnd.choice(DEPARTMENTS),
            location=f"保密櫃 {rnd.randint(1, 12):02d}-{rnd.randint(1, 6)}",
            state=MediumState.REGISTERED.value,
            registered_at=_at(registered, rnd),
            registered_by_id=actor.account_id,
            labelled=False,
            virus_check_clean=False,
            events=0,
        )
        if kind is MediumType.OPTICAL and categories and rnd.random() < 0.5:
            filed = check_backup_disc(kind, rnd.choice(categories), _content(rnd), categories)
            medium.backup_category, medium.content = filed.category, filed.content
        session.add(medium)
        session.flush()
        evidence = {"type": kind.value, "classified": medium.classified}
        add_event(session, medium, actor.account_id, medium.registered_at, "register", None,
                  evidence)  # fmt: skip
        return medium, 1

    @staticmethod
    def _history(
        rnd: random.Random,
        medium: Medium,
        today: date,
        units: tuple[str, ...],
        people: _People,
    ) -> list[tuple[Evidence, date]]:
        """The steps of one medium's life, each with its day (none after today)."""
        day = medium.registered_at.date()
        steps: list[tuple[Evidence, date]] = []

        def later(low: int, high: int) -> date:
            return day + timedelta(days=rnd.randint(low, high))

        def check(on: date) -> VirusCheck:
            result = VirusResult.CLEAN if rnd.random() < 0.97 else VirusResult.INFECTED
            return VirusCheck(rnd.choice(TOOLS), on - timedelta(days=rnd.randint(0, 6)), result)

        if rnd.random() < 0.06:  # new: not yet prepared
            return steps
        day = later(0, 3)
        steps += [(SecurityLabel(), day), (Encryption("VeraCrypt", "1.26"), day)]
        steps.append((check(day), day))
        for _ in range(rnd.randint(0, 4)):
            day = later(2, 60)
            borrower = rnd.choice(people.borrowers)
            approver = rnd.choice([a for a in people.approvers if a != borrower] or [borrower])
            due = day + timedelta(days=rnd.randint(7, 30))
            steps.append((Issue(borrower, approver, due), day))
            day = later(1, 40)
            steps.append((Return(rnd.choice(["", "", "外殼刮痕", "完好"])), day))
            if rnd.random() < 0.08 and not medium.classified:
                steps.append((Classify("曾存儲涉密數據"), day))
                steps.append((SecurityLabel("涉密標識"), day))
            day = later(0, 2)
            steps.append((check(day), day))
            if rnd.random() < 0.07:
                day = later(1, 20)
                steps.append((RepairSend(rnd.choice(units), True, True, day), day))
                day = later(5, 30)
                steps.append((RepairBack(day, check(day)), day))
        ending = rnd.random()
        last = day
        if ending < 0.12 and people.witnesses:
            day = later(5, 90)
            witness = rnd.choice(people.witnesses)
            method = (
                DisposalMethod.DEGAUSS_SHRED
                if medium.classified or rnd.random() < 0.3
                else (DisposalMethod.WIPE_DESTROY)
            )
            certificate = f"保銷-{day.year}-{rnd.randint(1, 999):03d}"
            shredded = method is DisposalMethod.DEGAUSS_SHRED
            steps.append((Disposal(method, day, witness, certificate, shredded), day))
        elif ending < 0.15:
            day = later(5, 90)
            steps.append((Loss(rnd.choice(people.borrowers), day, "外出途中遺失"), day))
        elif ending < 0.35 and today - timedelta(days=25) > last:  # out now, some overdue
            day = today - timedelta(days=rnd.randint(0, 25))
            borrower = rnd.choice(people.borrowers)
            approver = rnd.choice([a for a in people.approvers if a != borrower] or [borrower])
            steps.append((Issue(borrower, approver, day + timedelta(days=14)), day))
        elif ending < 0.40 and today - timedelta(days=6) > last:
            day = today - timedelta(days=rnd.randint(0, 6))
            steps.append((RepairSend(rnd.choice(units), True, True, day), day))
        return [(s, d) for s, d in steps if d <= today]


def _at(day: date, rnd: random.Random) -> datetime:
    """A moment of office hours on DAY (the office's time zone), as UTC."""
    local = datetime(day.year, day.month, day.day, rnd.randint(9, 16), rnd.randint(0, 59))
    return local.astimezone().astimezone(UTC)


def _content(rnd: random.Random) -> str:
    month = rnd.randint(1, 12)
    return rnd.choice([f"{month} 月財務憑證掃描件", f"{month} 月 ERP 數據庫備份", "服務器日誌"])
