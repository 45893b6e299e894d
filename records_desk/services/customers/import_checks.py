"""The import's checks of a batch against the database and what it writes beside the files:
likely duplicates of files on record (R-DQ-1 uniqueness), consultants matched to accounts, the
grade quotas a batch would break (R-GRD-2), and the grade changes of imported grades."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.identifiers import normalise_id_number, normalise_name
from records_desk.domain.customers.duplicates import DuplicateBasis, DuplicateProbe, duplicate_keys
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.grading import (
    GradeCounts,
    QuotaBreach,
    QuotaPolicy,
    QuotaScope,
    QuotaScopeKind,
    allowed_count,
)
from records_desk.domain.customers.quality import PhoneFacts
from records_desk.domain.customers.vocabulary import Grade, admission_required
from records_desk.exchange.customers import rows as xrows
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.grading import breach_details, count_grades, line_scope_name
from records_desk.services.customers.records import cleared_customers
from records_desk.store.customers import Customer
from records_desk.store.models import Account


@dataclass(frozen=True)
class DuplicateInDatabase:
    """A row that is likely a file already on record (R-DQ-1 uniqueness)."""

    row: int
    customer_id: int
    archive_number: str
    name: str
    basis: DuplicateBasis


def match_consultants(
    session: Session, drafts: Sequence[xrows.CustomerDraft]
) -> tuple[dict[str, int], dict[str, int]]:
    """(matched name -> account id, unmatched name -> first row): a consultant is matched by
    user name (any case) or full name."""
    matched: dict[str, int] = {}
    unmatched: dict[str, int] = {}
    names = {d.consultant for d in drafts if d.consultant}
    if not names:
        return matched, unmatched
    by_name: dict[str, int] = {}
    for account_id, username, full_name in session.execute(
        select(Account.id, Account.username, Account.full_name)
    ):
        by_name.setdefault(username.casefold(), account_id)
        if full_name:
            by_name.setdefault(full_name.strip().casefold(), account_id)
    for draft in drafts:
        if draft.consultant:
            found = by_name.get(draft.consultant.strip().casefold())
            if found is None:
                unmatched.setdefault(draft.consultant, draft.row)
            else:
                matched[draft.consultant] = found
    return matched, unmatched


def batch_breaches(
    session: Session, drafts: Sequence[xrows.CustomerDraft], today: date, policy: QuotaPolicy
) -> tuple[QuotaBreach, ...]:
    """R-GRD-2 for a batch: the counts of every department and product line after the
    batch joins them, checked only for capped grades the batch adds to that scope (the
    domain's rule for one change, applied to many). Departments first."""
    added: dict[tuple[str, str | None], Counter[Grade]] = {}
    for d in drafts:
        if not admission_required(d.record_type):
            continue
        grade = d.grade or Grade.QUALIFIED
        department = d.department or ""
        for key in [(department, None), *((department, line) for line in d.product_lines)]:
            added.setdefault(key, Counter())[grade] += 1
    if not any(g is not Grade.QUALIFIED for c in added.values() for g in c):
        return ()
    counter = count_grades(session, cleared_customers(session, today))
    breaches = []
    for (department, line), batch in added.items():
        scope = counter.scope(department, line)
        after = GradeCounts(
            vip=scope.counts.vip + batch[Grade.VIP],
            preferred=scope.counts.preferred + batch[Grade.PREFERRED],
            qualified=scope.counts.qualified + batch[Grade.QUALIFIED],
        )
        for grade in (Grade.VIP, Grade.PREFERRED):
            cap = policy.cap(grade)
            if cap is None or not batch[grade]:
                continue
            if after.count(grade) > allowed_count(cap, after.total):
                named = QuotaScope(
                    QuotaScopeKind.PRODUCT_LINE if line else QuotaScopeKind.DEPARTMENT,
                    line_scope_name(department, line) if line else department,
                    scope.counts,
                )
                breaches.append(QuotaBreach(grade, named, cap, after.count(grade), after.total))
    breaches.sort(key=lambda b: (b.scope.kind is not QuotaScopeKind.DEPARTMENT, b.scope.name))
    return tuple(breaches)


GRADE_CHANGE_COLUMNS = (
    "customer_id", "from_grade", "to_grade", "at", "changed_on", "by_id", "reason",
    "override_reason", "breaches",
)  # fmt: skip


def grade_changes(
    customers: Sequence[Customer],
    drafts: Sequence[xrows.CustomerDraft],
    actor: Principal,
    now: datetime,
    file_name: str,
    override_reason: str | None,
    breaches: tuple[QuotaBreach, ...],
) -> list[tuple[Any, ...]]:
    """R-GRD-2/4: an imported grade above 合格 is kept as a grade change of the new file, with
    the override and the breaches of its own department and lines when one was needed: the
    grade_change rows, GRADE_CHANGE_COLUMNS each."""
    rows = []
    today = office_day(now)
    reason = f"import {file_name}"
    for customer, draft in zip(customers, drafts, strict=True):
        if draft.grade is None or draft.grade is Grade.QUALIFIED or customer.grade is None:
            continue
        own: list[QuotaBreach] = []
        if breaches:
            scopes = {customer.department, *(line_scope_name(customer.department, line)
                                              for line in customer.product_lines)}  # fmt: skip
            own = [b for b in breaches if b.grade is draft.grade and b.scope.name in scopes]
        rows.append(
            (customer.id, None, customer.grade, now, today, actor.account_id, reason,
             override_reason if own else None, [breach_details(b) for b in own])
        )  # fmt: skip
    return rows


def duplicates_in_db(
    session: Session,
    drafts: Sequence[xrows.CustomerDraft],
    keys: Mapping[int, tuple[str, ...]] | None = None,
) -> list[DuplicateInDatabase]:
    """Rows sharing a duplicate key (domain.quality) with an active file on record. Only
    files whose normalised name or ID appears in the batch have their phones keyed. `keys`:
    each row's keys as "basis\x1fvalue", when the reading already worked them out."""
    wanted: dict[str, int] = {}
    names: set[str] = set()
    ids: set[str] = set()
    facts = PhoneFacts()
    for d in drafts:
        known = keys.get(d.row) if keys is not None else None
        if known is None:
            probe = DuplicateProbe(d.row, d.name, d.phones, d.id_number)
            known = tuple(f"{basis}\x1f{value}" for basis, value in duplicate_keys(probe, facts))
        for key in known:
            wanted.setdefault(key, d.row)
        names.add(normalise_name(d.name))
        if d.id_number:
            ids.add(normalise_id_number(d.id_number))
    found: dict[tuple[int, int], DuplicateInDatabase] = {}
    query = select(
        Customer.id, Customer.archive_number, Customer.name, Customer.phones, Customer.id_number
    ).where(Customer.status == CustomerStatus.ACTIVE.value)
    for customer_id, number, name, phones, id_number in session.execute(query):
        by_name = normalise_name(name) in names
        by_id = bool(id_number) and normalise_id_number(id_number) in ids
        if not (by_name or by_id):
            continue
        probe = DuplicateProbe(customer_id, name, tuple(phones) if by_name else (), id_number)
        for basis, value in sorted(
            duplicate_keys(probe, facts), key=lambda k: k[0] is not DuplicateBasis.ID_NUMBER
        ):
            row = wanted.get(f"{basis}\x1f{value}")
            if row is not None and (row, customer_id) not in found:
                found[(row, customer_id)] = DuplicateInDatabase(
                    row, customer_id, number, name, basis
                )
    return sorted(found.values(), key=lambda d: (d.row, d.archive_number))
