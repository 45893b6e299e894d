"""Sample loan history over the demo customer files (`records-desk demo --loans N`, issue 11
Build 9): for trying the 借閱登記 tab and for bench/loans.py.

What it makes, over the last years up to today (office days, office hours, loan numbers in
time order per year, after any number already issued):
- staff loans (the demo accounts) and a few external ones (外單位人員, ~5 %: approved by the
  customer director before they went out, some refused, the last days' ones still awaiting
  approval — R-LOAN-3);
- in-room loans due at closing that day and take-out loans due 3–30 days later (R-LOAN-2);
- one to three files a loan; returned files, mostly in good order, some marked, torn, folded or
  with pages removed, with a fine of 100–500 and its reason or the director's waiver (R-LOAN-7);
  re-shelving confirmed by the archivist, but for half of the last three days' returns
  (R-LOAN-5);
- files still out: the recent take-outs not yet due, and some past their due time (R-LOAN-8).

Decisions:
- The rules' own checks decide: every loan's files go through lending.check_files against the
  files out at that moment (a void file or one already out is put back and another drawn:
  R-LOAN-4 holds at every moment of the history, not only today), due times come from
  lending.due_time and every return from returns.check_return.
- Written as plain-tuple inserts in batches (store.bulk.insert_rows, under bulk_write's page
  cache), ids issued above the highest: no ORM object a loan. One transaction with its audit
  entry (a DEMO_FILL entry whose details count the loans): killed half-way, nothing is left.
- Who may: the general manager, as for the sample customer files; the customer feature's demo
  has already checked the database holds only sample files (the loans lend nothing else).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time as clock_time
from typing import Any

from records_desk.domain.common.audit_actions import AuditAction
from records_desk.domain.common.errors import DemoProblem, DemoRefused
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.loans.demo_history import (
    BATCH,
    ITEM_COLUMNS,
    LOAN_COLUMNS,
    HistoryMaker,
    demo_people,
    table_of,
)
from records_desk.store.bulk import bulk_write, insert_rows
from records_desk.store.loans import Loan, LoanItem


@dataclass(frozen=True)
class LoanDemoSummary:
    loans: int
    items: int
    counts: dict[str, int]  # open, overdue, awaiting, refused, closed, external, damaged, …
    seconds: float


class LoanDemo:
    """Fills the register with sample history (module docstring)."""

    def __init__(self, ctx: ServiceContext, closing_time: Callable[[], clock_time]) -> None:
        self.ctx = ctx
        self.closing_time = closing_time

    def fill(
        self,
        actor: Principal,
        loans: int,
        seed: int = 1,
        progress: Callable[[int, int], None] | None = None,
    ) -> LoanDemoSummary:
        from faker import Faker  # only the demo needs it

        actor = self.ctx.authorize(actor, Action.LOAN_LEND)
        if actor.role is not Role.GENERAL_MANAGER:
            refused = DemoRefused(actor.username, DemoProblem.NOT_GENERAL_MANAGER)
            self.ctx.audit_refusal(actor.username, Action.LOAN_LEND, refused)
            raise refused
        started = time.perf_counter()
        rnd = random.Random(seed)
        fake = Faker("zh_TW")
        fake.seed_instance(seed)
        closing = self.closing_time()
        now = self.ctx.now().astimezone()  # the office's time zone
        counts: Counter[str] = Counter()
        made = items_made = 0
        with self.ctx.uow.write() as uow:
            session = uow.session
            people = demo_people(session, actor, fake, rnd)
            maker = HistoryMaker(session, rnd, now, closing, people, loans, counts)
            with bulk_write(session):
                while made < loans:
                    size = min(BATCH, loans - made)
                    loan_rows, item_rows = maker.batch(size)
                    insert_rows(session, table_of(Loan), LOAN_COLUMNS, loan_rows)
                    insert_rows(session, table_of(LoanItem), ITEM_COLUMNS, item_rows)
                    made += len(loan_rows)
                    items_made += len(item_rows)
                    if progress is not None:
                        progress(made, loans)
                    if len(loan_rows) < size:  # no file left to lend at all
                        break
                maker.save_sequences()
            details: dict[str, Any] = {"loans": made, "items": items_made, "seed": seed}
            details.update(sorted(counts.items()))
            journal.append(
                session,
                self.ctx.now(),
                actor.username,
                AuditAction.DEMO_FILL,
                f"filled {made} sample loans of {items_made} files (seed {seed})",
                details=details,
            )
            uow.commit()
        return LoanDemoSummary(made, items_made, dict(counts), time.perf_counter() - started)
