"""Data quality (R-DQ): every open problem of the active customer files, each naming its
record and the rule it breaks, with scores per maintainer and per department, fixes tracked,
and likely duplicates that someone marked "not a duplicate" kept dismissed.

The checks are domain.quality's (and domain.spot_check's, reviews', timeliness'); this module
gathers their inputs. It reads only the columns it needs, as plain rows, in one pass over the
files (no ORM objects: the office has hundreds of thousands of files).

Decisions:
- Only active files are checked: a voided file is kept for history, not maintained. (The
  "voided file on loan" consistency check waits for the loan register; no loans are stored
  yet, so it never fires.)
- Completeness and validity per domain.quality; consistency: a customer on a blacklist in
  force for its department but still graded VIP or 優選 (R-GRD-5).
- Timeliness: entries made after their R-CUS-5 limit, for 30 days after the entry (a late
  entry cannot be undone), and reviews overdue (R-GRD-3, as ReviewService lists them).
- Accuracy: a spot-check failure (R-CUS-6) stays open until the file is changed after it was
  marked (the correction is a new version).
- Uniqueness: likely duplicates within one department and record type (五4.4: each department
  keeps its own file of a customer it shares with another; a service record is not a sales
  record). The problem sits on the later file and names the earlier one.
- Speed: every file's problems are kept current on every write (quality_upkeep.py, which
  says which); a look reads those that hold today and makes only the checks that involve
  other records (quality_scan.py). A file never checked (an old database) is checked first.
- Tracking (R-DQ-3): each look at the problems records new ones with the moment they were
  first seen and stamps `fixed_at` on those no longer found. The look reads in one
  transaction and writes the tracking in a short second one, so writers are not held up.
  (The moment a problem is first seen is the first look that finds it, not its write:
  a review falling overdue has no write.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import String, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers.files import CustomerNotFound
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers import quality_scan, quality_upkeep
from records_desk.services.customers.dto import CustomerRef
from records_desk.services.customers.quality_dto import (
    DuplicateDismissalInfo,
    QualityProblemInfo,
    QualityReportInfo,
    QualityScoreInfo,
)
from records_desk.services.customers.records import (
    usernames,
)
from records_desk.store.customers import (
    Customer,
    DuplicateDismissal,
    QualityProblem,
)

_CHUNK = 500  # ids per IN (...) list: well under SQLite's bound-parameter limit


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


class QualityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- the director's view ---------------------------------------------------------------

    def report(
        self, actor: Principal, maintainer: str | None = None, department: str | None = None
    ) -> QualityReportInfo:
        """R-DQ-1..3: open problems (filtered to a maintainer's user name or a department
        when given) and every maintainer's and department's score (never filtered)."""
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        now = self.ctx.now()
        today = office_day(now)
        with self.ctx.uow.read() as uow:
            stale = quality_scan.stale_ids(uow.session)
        if stale:  # an old database's files, or a bulk insert's not refreshed: checked once
            with self.ctx.uow.write() as uow:
                quality_upkeep.refresh_problems(uow.session, stale)
                uow.commit()
        with self.ctx.uow.read() as uow:
            scan = quality_scan.scan(uow.session, today)
            names = usernames(uow.session, scan.maintainers | set(scan.maintainer_of.values()))
        owner = {i: names.get(m, "") for i, m in scan.maintainer_of.items()}

        def maintainer_of(problem: dq.Problem) -> str:
            return owner.get(problem.record_id, "")

        def department_of(problem: dq.Problem) -> str:
            return scan.department_of.get(problem.record_id, "")

        unique = scan.problems
        audit = {
            "files": scan.checked,
            "open_problems": len(unique),
            "maintainer": maintainer,
            "department": department,
        }
        tracked = self._track(unique, now, actor.username, audit)
        everyone = {names.get(m, "") for m in scan.maintainers} | set(owner.values())
        by_maintainer = dq.scores_by(unique.values(), maintainer_of, everyone)
        everywhere = scan.departments | set(scan.department_of.values())
        by_department = dq.scores_by(unique.values(), department_of, everywhere)
        shown = {
            key: p
            for key, p in unique.items()
            if (maintainer is None or maintainer_of(p) == maintainer)
            and (department is None or department_of(p) == department)
        }
        infos = self._infos(shown, tracked, scan, now, owner)
        return QualityReportInfo(
            problems=tuple(infos),
            by_maintainer=_scores(by_maintainer, unique.values(), maintainer_of),
            by_department=_scores(by_department, unique.values(), department_of),
            checked_customers=scan.checked,
            checked_at=now,
        )

    def problems(
        self, actor: Principal, maintainer: str | None = None, department: str | None = None
    ) -> list[QualityProblemInfo]:
        return list(self.report(actor, maintainer, department).problems)

    def fixed(self, actor: Principal, limit: int = 500) -> list[QualityProblemInfo]:
        """R-DQ-3: problems no longer found, most recently fixed first."""
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            rows = session.execute(
                select(QualityProblem, Customer)
                .join(Customer, Customer.id == QualityProblem.customer_id)
                .where(QualityProblem.fixed_at.is_not(None))
                .order_by(QualityProblem.fixed_at.desc(), QualityProblem.id.desc())
                .limit(limit)
            ).all()
            names = usernames(session, {c.maintainer_id for _, c in rows})
            return [
                QualityProblemInfo(
                    id=row.id,
                    customer=_ref(c.id, c.archive_number, c.name, c.department, c.grade),
                    maintainer=names.get(c.maintainer_id, ""),
                    dimension=dq.Dimension(row.dimension),
                    rule_id=row.rule_id,
                    message=row.message,
                    field=row.field,
                    other_customer_id=None,
                    first_seen_at=row.first_seen_at,
                    fixed_at=row.fixed_at,
                )
                for row, c in rows
            ]

    # --- duplicates marked "not a duplicate" -----------------------------------------------

    def dismiss_duplicate(
        self, actor: Principal, a: int, b: int, reason: str
    ) -> DuplicateDismissalInfo:
        """R-DQ-1 uniqueness: the pair stays dismissed (audited, with the reason)."""
        actor = self.ctx.authorize(actor, Action.QUALITY_DISMISS)
        first, second = dup.check_dismissal(a, b, reason)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            found = session.execute(
                select(Customer.id, Customer.archive_number).where(Customer.id.in_((first, second)))
            ).all()
            numbers = dict(found)
            for customer_id in (first, second):
                if customer_id not in numbers:
                    raise CustomerNotFound(customer_id)
            row = session.scalar(
                select(DuplicateDismissal).where(
                    DuplicateDismissal.first_id == first, DuplicateDismissal.second_id == second
                )
            )
            if row is None:
                row = DuplicateDismissal(
                    first_id=first,
                    second_id=second,
                    reason=reason.strip(),
                    by_id=actor.account_id,
                    at=now,
                )
                session.add(row)
                session.flush()
                journal.append(
                    session,
                    now,
                    actor.username,
                    AuditAction.QUALITY_DISMISS,
                    f"{numbers[first]} and {numbers[second]} are not duplicates",
                    entity_type=AuditTarget.CUSTOMER,
                    entity_id=second,
                    details={"first_id": first, "second_id": second, "reason": row.reason},
                )
                uow.commit()
            names = usernames(session, [row.by_id])
            return DuplicateDismissalInfo(
                first, second, row.reason, names.get(row.by_id, ""), row.at
            )

    def dismissals(self, actor: Principal) -> list[DuplicateDismissalInfo]:
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        with self.ctx.uow.read() as uow:
            rows = list(
                uow.session.scalars(
                    select(DuplicateDismissal).order_by(DuplicateDismissal.at.desc())
                )
            )
            names = usernames(uow.session, [r.by_id for r in rows])
            return [
                DuplicateDismissalInfo(
                    r.first_id, r.second_id, r.reason, names.get(r.by_id, ""), r.at
                )
                for r in rows
            ]

    # --- the one pass over the files -------------------------------------------------------

    # --- tracking (R-DQ-3) -----------------------------------------------------------------

    def _track(
        self,
        problems: dict[str, dq.Problem],
        now: datetime,
        username: str,
        audit: dict[str, Any],
    ) -> dict[str, _Tracked]:
        """Record problems seen for the first time; stamp `fixed_at` on those gone; audit the
        look as a batch query over every file, with its counts (R-AUD-2)."""
        with self.ctx.uow.write() as uow:
            session = uow.session
            open_rows = self._open_rows(session)
            new = [key for key in problems if key not in open_rows]
            gone = [row[0] for key, row in open_rows.items() if key not in problems]
            if new:
                session.execute(
                    insert(QualityProblem),
                    [
                        {
                            "key": key,
                            "customer_id": problems[key].record_id,
                            "dimension": problems[key].dimension.value,
                            "rule_id": problems[key].rule_id,
                            "field": problems[key].field,
                            "message": problems[key].message,
                            "first_seen_at": now,
                        }
                        for key in new
                    ],
                )
            for chunk in _chunks(gone):
                session.execute(
                    update(QualityProblem)
                    .where(QualityProblem.id.in_(chunk))
                    .values(fixed_at=now)
                    .execution_options(synchronize_session=False)
                )
            if new or gone:
                open_rows = self._open_rows(session)
            journal.append(
                session,
                now,
                username,
                AuditAction.QUALITY_REPORT,
                f"data quality of {audit['files']} files: {audit['open_problems']} open problems",
                details=audit | {"new": len(new), "fixed": len(gone)},
            )
            uow.commit()
            return open_rows

    @staticmethod
    def _open_rows(session: Session) -> dict[str, _Tracked]:
        rows = session.execute(
            select(
                QualityProblem.key,
                QualityProblem.id,
                type_coerce(QualityProblem.first_seen_at, String),  # decoded when shown
            ).where(QualityProblem.fixed_at.is_(None))
        )
        return {key: (row_id, seen) for key, row_id, seen in rows}

    def _infos(
        self,
        problems: dict[str, dq.Problem],
        tracked: dict[str, _Tracked],
        scan: quality_scan.Scan,
        now: datetime,
        owner: dict[int, str],
    ) -> list[QualityProblemInfo]:
        refs: dict[int, CustomerRef] = {}
        for problem in problems.values():
            customer_id = problem.record_id
            if customer_id not in refs:
                number, name, grade = scan.ref_of[customer_id]
                department = scan.department_of[customer_id]
                refs[customer_id] = _ref(customer_id, number, name, department, grade)
        order = {d: i for i, d in enumerate(dq.Dimension)}
        moments: dict[Any, datetime] = {}  # problems first seen at one look share the moment

        def first_seen(raw: Any) -> datetime:
            found = moments.get(raw)
            if found is None:
                found = moments[raw] = quality_scan.moment(raw)
            return found

        infos = [
            QualityProblemInfo(
                id=tracked[key][0] if key in tracked else 0,
                customer=refs[p.record_id],
                maintainer=owner.get(p.record_id, ""),
                dimension=p.dimension,
                rule_id=p.rule_id,
                message=p.message,
                field=p.field,
                other_customer_id=p.other_record_id,
                first_seen_at=first_seen(tracked[key][1]) if key in tracked else now,
                fixed_at=None,
            )
            for key, p in problems.items()
        ]
        infos.sort(key=lambda i: (i.customer.archive_number, order[i.dimension], i.message))
        return infos


_Tracked = tuple[int, Any]  # tracking row id, first seen (as stored)


_GRADES = {g.value: g for g in Grade}  # Grade(value) costs ~10 us: 100,000s of files here


def _ref(
    customer_id: int, archive_number: str, name: str, department: str, grade: str | None
) -> CustomerRef:
    return CustomerRef(
        customer_id, archive_number, name, department, _GRADES[grade] if grade else None
    )


def _scores(
    scores: dict[str, int], problems: Iterable[dq.Problem], key: Callable[[dq.Problem], str | None]
) -> tuple[QualityScoreInfo, ...]:
    """R-DQ-2 as shown: worst first, then by name."""
    counts: dict[str, int] = defaultdict(int)
    for problem in problems:
        name = key(problem)
        if name is not None and problem.is_open:
            counts[name] += 1
    found = [QualityScoreInfo(name, counts.get(name, 0), score) for name, score in scores.items()]
    return tuple(sorted(found, key=lambda s: (s.score, s.name)))
