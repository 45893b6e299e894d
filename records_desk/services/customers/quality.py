"""Data quality (R-DQ): every open problem of the active customer files, each naming its
record and the rule it breaks, with scores per maintainer and per department, fixes tracked,
and likely duplicates that someone marked "not a duplicate" kept dismissed.

The checks are domain.quality's (and domain.spot_check's, reviews', timeliness'); this module
gathers their inputs. It reads only the columns it needs, as plain rows (no ORM objects: the
office has hundreds of thousands of files).

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
- Speed (issue 10 §3): every file's problems are kept current on every write
  (quality_upkeep.py, which says which); a look makes only the checks that involve other
  records (quality_scan.py), brings the tracking up to date for what changed since the last
  look, and gives the counts, the scores and one page of problems from SQL over the tracked
  rows (quality_list.py); the list reads on page by page (`page`). No look builds a Python
  object per problem unless every problem is asked for (`problems`, `limit=None`). A file
  never checked (an old database, an upgrade that asks for every file to be checked again)
  is checked first, a few thousand files per transaction.
- Tracking (R-DQ-3): each look records problems found for the first time with the moment
  they were first seen and stamps `fixed_at` on those no longer found. The look reads in one
  transaction and writes the tracking in a short second one, so writers are not held up.
  (The moment a problem is first seen is the first look that finds it, not its write:
  a review falling overdue has no write.) A page is read as the last look left the tracking.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers.file_errors import CustomerNotFound
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers import quality_list, quality_scan, quality_upkeep
from records_desk.services.customers.dto import CustomerRef
from records_desk.services.customers.quality_dto import (
    DuplicateDismissalInfo,
    QualityDimensionCount,
    QualityProblemInfo,
    QualityQuery,
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
from records_desk.store.models import Account

_STALE_BATCH = 5_000  # files checked per transaction when many were never checked


class QualityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # --- the director's view ---------------------------------------------------------------

    def report(
        self,
        actor: Principal,
        maintainer: str | None = None,
        department: str | None = None,
        dimension: dq.Dimension | None = None,
        limit: int | None = None,
    ) -> QualityReportInfo:
        """R-DQ-1..3: one look at every file — open problems (filtered to a maintainer's user
        name, a department, a dimension when given; the first `limit` of them when given,
        `page` reads on) and every maintainer's and department's score (never filtered)."""
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        query = QualityQuery(maintainer, department, dimension)
        now = self.ctx.now()
        today = office_day(now)
        self._check_stale()
        with self.ctx.uow.read() as uow:
            found = quality_scan.look_time(uow.session, today)
        with self.ctx.uow.write() as uow:  # short: the writers wait for this part only
            session = uow.session
            new, fixed = quality_list.sync(session, now, today, found)
            maintainers, departments, files = quality_list.everyone(session)
            open_problems = quality_list.open_count(session)
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.QUALITY_REPORT,
                f"data quality of {files} files: {open_problems} open problems",
                details={
                    "files": files,
                    "open_problems": open_problems,
                    "maintainer": maintainer,
                    "department": department,
                    "new": new,
                    "fixed": fixed,
                }
                | ({"dimension": dimension.value} if dimension else {}),
            )
            uow.commit()
        with self.ctx.uow.read() as uow:
            return self._look(uow.session, query, limit, now, (maintainers, departments, files))

    def filtered(
        self, actor: Principal, query: QualityQuery, limit: int | None = None
    ) -> QualityReportInfo:
        """The last look seen through another filter: its counts, scores and first page, read
        as the last look left the tracking. Part of that look (audited there), so not audited:
        the operation log keeps one entry per look, not one per click on a filter."""
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        with self.ctx.uow.read() as uow:
            return self._look(uow.session, query, limit, self.ctx.now())

    def _look(
        self,
        session: Session,
        query: QualityQuery,
        limit: int | None,
        now: datetime,
        everyone: tuple[set[int], set[str], int] | None = None,
    ) -> QualityReportInfo:
        maintainers, departments, files = everyone or quality_list.everyone(session)
        open_problems = quality_list.open_count(session)
        per_maintainer, per_problem_department = quality_list.open_by_owner(session)
        people = _people(session, maintainers | set(per_maintainer))
        full_names = dict(people.values())
        counted: dict[str, int] = dict.fromkeys(
            (people.get(m, ("", ""))[0] for m in maintainers), 0
        )
        for maintainer_id, count in per_maintainer.items():
            name = people.get(maintainer_id, ("", ""))[0]
            counted[name] = counted.get(name, 0) + count
        per_department = dict.fromkeys(departments, 0) | per_problem_department
        dimensions = quality_list.by_dimension(session, query)
        dimension = query.dimension
        matching = dimensions[dimension] if dimension else sum(dimensions.values())
        problems = self._page(session, query, None, limit)
        return QualityReportInfo(
            problems=tuple(problems),
            by_maintainer=_scores(counted, full_names),
            by_department=_scores(per_department),
            checked_customers=files,
            checked_at=now,
            by_dimension=tuple(QualityDimensionCount(d, n) for d, n in dimensions.items()),
            open_problems=open_problems,
            matching=matching,
        )

    def page(
        self,
        actor: Principal,
        query: QualityQuery,
        after: QualityProblemInfo | None = None,
        limit: int = 200,
    ) -> list[QualityProblemInfo]:
        """The next `limit` open problems of the list after `after` (None: from the top),
        as the last look left them: part of that look (audited there), so not audited."""
        self.ctx.authorize(actor, Action.QUALITY_VIEW)
        cursor = None
        if after is not None:
            number = after.customer.archive_number
            cursor = quality_list.After(number, after.dimension, after.message, after.id)
        with self.ctx.uow.read() as uow:
            return self._page(uow.session, query, cursor, limit)

    def problems(
        self,
        actor: Principal,
        maintainer: str | None = None,
        department: str | None = None,
        dimension: dq.Dimension | None = None,
    ) -> list[QualityProblemInfo]:
        """Every open problem after a look (a small archive's, or a test's)."""
        return list(self.report(actor, maintainer, department, dimension).problems)

    def _check_stale(self) -> None:
        """Files never checked (an old database, an upgrade that asked for every file to be
        checked again, a bulk insert not refreshed) are checked first, a few thousand per
        transaction so that writers are not held up for the whole of it."""
        with self.ctx.uow.read() as uow:
            stale = quality_scan.stale_ids(uow.session)
        for start in range(0, len(stale), _STALE_BATCH):
            with self.ctx.uow.write() as uow:
                quality_upkeep.refresh_problems(uow.session, stale[start : start + _STALE_BATCH])
                uow.commit()

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

    def _page(
        self,
        session: Session,
        query: QualityQuery,
        after: quality_list.After | None,
        limit: int | None,
    ) -> list[QualityProblemInfo]:
        rows = quality_list.page(session, query, after, limit)
        people = _people(session, {r.maintainer_id for r in rows})
        others: dict[int, int | None] = {}
        for r in rows:
            if r.dimension == dq.Dimension.UNIQUENESS.value:
                others[r.id] = dq.duplicate_of(r.message)
        numbers = _archive_numbers(session, {o for o in others.values() if o is not None})
        dimensions = {d.value: d for d in dq.Dimension}
        moments: dict[Any, datetime] = {}  # problems first seen at one look share the moment

        def first_seen(raw: Any) -> datetime:
            found = moments.get(raw)
            if found is None:
                found = moments[raw] = quality_scan.moment(raw)
            return found

        infos = []
        for r in rows:
            dimension = dimensions[r.dimension]
            other = others.get(r.id)
            username, full_name = people.get(r.maintainer_id, ("", ""))
            infos.append(
                QualityProblemInfo(
                    id=r.id,
                    customer=_ref(r.customer_id, r.archive_number, r.name, r.department, r.grade),
                    maintainer=username,
                    dimension=dimension,
                    rule_id=r.rule_id,
                    message=r.message,
                    field=r.field,
                    other_customer_id=other,
                    first_seen_at=first_seen(r.first_seen_at),
                    fixed_at=None,
                    maintainer_name=full_name,
                    other_archive_number=numbers.get(other, "") if other else "",
                )
            )
        return infos


_GRADES = {g.value: g for g in Grade}  # Grade(value) costs ~10 us: 100,000s of files here


def _ref(
    customer_id: int, archive_number: str, name: str, department: str, grade: str | None
) -> CustomerRef:
    return CustomerRef(
        customer_id, archive_number, name, department, _GRADES[grade] if grade else None
    )


def _scores(
    counts: dict[str, int], full_names: dict[str, str] | None = None
) -> tuple[QualityScoreInfo, ...]:
    """R-DQ-2 as shown: worst first, then by name."""
    names = full_names or {}
    found = [
        QualityScoreInfo(name, n, dq.quality_score(n), names.get(name, ""))
        for name, n in counts.items()
    ]
    return tuple(sorted(found, key=lambda s: (s.score, s.shown)))


def _people(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    """Account id -> (user name, full name): the list shows the person, a filter takes the
    user name."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(
        select(Account.id, Account.username, Account.full_name).where(Account.id.in_(wanted))
    )
    return {i: (username, full_name or "") for i, username, full_name in rows}


def _archive_numbers(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(Customer.id, Customer.archive_number).where(Customer.id.in_(ids)))
    return {i: number for i, number in rows}
