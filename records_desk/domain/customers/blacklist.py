"""The customer blacklist [銷售客戶黑名單, 附件3] (R-GRD-5, 第五篇 五3.3 and 3.5).

- Scope: the company list (kept by the marketing division) binds every department; a
  department's list binds that department only (3.5b).
- Validity: 6 months by default, shorter allowed (3.5c 有效期暫定6個月, 可適當縮短); longer only
  with a director's override carrying a reason. Dates are office days: an entry is in force
  from `starts_on` up to, not including, `expires_on` (the first free day); lifting it early
  ends it on `lifted_on`.
- `is_blacklisted` / `check_may_do_business` are the one place the "no business with a
  blacklisted customer" rule lives; every service that does business with a customer calls
  `check_may_do_business`. Lending the customer's own file is office work, not business, and
  does not call it.
- After the entry ends (expired or lifted) the customer is not simply back: they were removed
  from the customer list (3.3 清除), so business waits for a re-admission, which needs a review
  against the admission criteria, an approval, and puts the customer at 合格 (3.5c).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from records_desk.domain.common.dates import add_months
from records_desk.domain.customers.errors import (
    AdmissionIncomplete,
    BlacklistEntryNotActive,
    BlacklistScopeInvalid,
    BlacklistValidityInvalid,
    BlacklistValidityTooLong,
    CustomerBlacklisted,
    ReadmissionGradeNotQualified,
    ReadmissionNeedsApproval,
    ReadmissionRequired,
    ReasonFor,
    ReasonRequired,
)
from records_desk.domain.customers.limits import LimitedText, check_length, check_texts
from records_desk.domain.customers.vocabulary import AdmissionChecklist, DirectorOverride, Grade


class BlacklistScope(StrEnum):
    COMPANY = "company"  # 公司「銷售客戶黑名單」(營銷事業部)
    DEPARTMENT = "department"  # 各所屬部門「客戶黑名單」


@dataclass(frozen=True)
class BlacklistPolicy:
    default_months: int = 6


@dataclass(frozen=True)
class BlacklistEntry:
    customer_id: int
    scope: BlacklistScope
    department: str | None  # None for the company list
    reason: str
    starts_on: date
    expires_on: date  # first day no longer in force
    decided_by: str
    override: DirectorOverride | None = None  # when longer than the default validity
    lifted_on: date | None = None
    lifted_by: str | None = None
    lift_reason: str | None = None

    @property
    def ends_on(self) -> date:
        """First day the entry is no longer in force (expiry, or lifting if earlier)."""
        if self.lifted_on is not None and self.lifted_on < self.expires_on:
            return self.lifted_on
        return self.expires_on

    @property
    def last_day(self) -> date:
        """The last day in force, as the office writes "until" (有效期至)."""
        return self.ends_on - timedelta(days=1)

    def in_force(self, at: date) -> bool:
        return self.starts_on <= _day(at) < self.ends_on

    def covers(self, department: str | None) -> bool:
        """Whether business in `department` (None: the company itself) is bound by it."""
        return self.scope is BlacklistScope.COMPANY or self.department == department


def usual_last_day(starts_on: date, policy: BlacklistPolicy | None = None) -> date:
    """The last day in force of an entry of the default validity (6 months) from `starts_on`."""
    return add_months(starts_on, (policy or BlacklistPolicy()).default_months) - timedelta(days=1)


def expiry_after(last_day: date) -> date:
    """The first day no longer in force, as entries keep it, for a last day as the office
    writes it (有效期至)."""
    return last_day + timedelta(days=1)


def _day(at: date) -> date:
    """Office day of `at`; a datetime is cut to its date (the caller passes local time)."""
    return at.date() if isinstance(at, datetime) else at


def new_blacklist_entry(
    customer_id: int,
    scope: BlacklistScope,
    department: str | None,
    reason: str,
    starts_on: date,
    decided_by: str,
    expires_on: date | None = None,
    override: DirectorOverride | None = None,
    policy: BlacklistPolicy | None = None,
) -> BlacklistEntry:
    """An entry checked for scope, reason and validity (6 months unless given shorter)."""
    policy = policy or BlacklistPolicy()
    if not reason.strip():
        raise ReasonRequired(action=ReasonFor.BLACKLIST)
    check_texts((LimitedText.REASON, reason), (LimitedText.DEPARTMENT, department))
    if (scope is BlacklistScope.DEPARTMENT) != bool(department and department.strip()):
        raise BlacklistScopeInvalid(scope=scope, department=department)
    longest = add_months(starts_on, policy.default_months)
    expires_on = expires_on or longest
    if expires_on <= starts_on:
        raise BlacklistValidityInvalid(starts_on=starts_on, expires_on=expires_on)
    if expires_on > longest and override is None:
        raise BlacklistValidityTooLong(starts_on=starts_on, expires_on=expires_on, longest=longest)
    return BlacklistEntry(
        customer_id=customer_id,
        scope=scope,
        department=department if scope is BlacklistScope.DEPARTMENT else None,
        reason=reason.strip(),
        starts_on=starts_on,
        expires_on=expires_on,
        decided_by=decided_by,
        override=override if expires_on > longest else None,
    )


def lift(entry: BlacklistEntry, on: date, by: str, reason: str) -> BlacklistEntry:
    """End an entry early, from `on`. An entry that already ended cannot be lifted."""
    if not reason.strip():
        raise ReasonRequired(action=ReasonFor.LIFT_BLACKLIST)
    check_length(LimitedText.REASON, reason)
    on = _day(on)
    if on >= entry.ends_on:
        raise BlacklistEntryNotActive(customer_id=entry.customer_id, ended_on=entry.ends_on)
    return replace(entry, lifted_on=max(on, entry.starts_on), lifted_by=by, lift_reason=reason)


def entries_in_force(
    entries: Iterable[BlacklistEntry], customer_id: int, at: date
) -> tuple[BlacklistEntry, ...]:
    """Every entry of the customer in force at `at`, whatever its scope (the red badge)."""
    return tuple(e for e in entries if e.customer_id == customer_id and e.in_force(at))


def blocking_entry(
    entries: Iterable[BlacklistEntry], customer_id: int, department: str | None, at: date
) -> BlacklistEntry | None:
    """The entry forbidding business in `department` at `at`: the company list before a
    department's, then the one that lasts longest."""
    found = [e for e in entries_in_force(entries, customer_id, at) if e.covers(department)]
    if not found:
        return None
    return max(found, key=lambda e: (e.scope is BlacklistScope.COMPANY, e.ends_on))


def is_blacklisted(
    entries: Iterable[BlacklistEntry], customer_id: int, department: str | None, at: date
) -> bool:
    """R-GRD-5: whether business with the customer in `department` (None: at company level)
    is forbidden at `at` by the company list or that department's list."""
    return blocking_entry(entries, customer_id, department, at) is not None


def readmission_pending(
    entries: Iterable[BlacklistEntry],
    customer_id: int,
    department: str | None,
    at: date,
    readmitted_on: date | None,
) -> BlacklistEntry | None:
    """The ended entry covering `department` that no re-admission followed, if any. An entry
    lifted before it ever took effect needs none."""
    at = _day(at)
    ended = [
        e
        for e in entries
        if e.customer_id == customer_id and e.covers(department) and e.starts_on < e.ends_on <= at
    ]
    latest = max(ended, key=lambda e: e.ends_on, default=None)
    if latest is None or (readmitted_on is not None and readmitted_on >= latest.ends_on):
        return None
    return latest


def check_may_do_business(
    entries: Iterable[BlacklistEntry],
    customer_id: int,
    department: str | None,
    at: date,
    readmitted_on: date | None = None,
) -> None:
    """R-GRD-5, the single check services call before any business with a customer: refuses
    with CustomerBlacklisted while an entry is in force, and with ReadmissionRequired after it
    ended until the customer is re-admitted (`readmitted_on` the latest re-admission)."""
    entries = tuple(entries)
    blocking = blocking_entry(entries, customer_id, department, at)
    if blocking is not None:
        raise CustomerBlacklisted(
            customer_id=customer_id,
            scope=blocking.scope,
            department=blocking.department,
            expires_on=blocking.ends_on,
            reason=blocking.reason,
        )
    pending = readmission_pending(entries, customer_id, department, at, readmitted_on)
    if pending is not None:
        raise ReadmissionRequired(
            customer_id=customer_id, department=department, ended_on=pending.ends_on
        )


@dataclass(frozen=True)
class ReadmissionApproval:
    """公司領導與各所屬部門領導審批: who approved, when."""

    by: str
    on: date


def check_readmission(
    entries: Iterable[BlacklistEntry],
    customer_id: int,
    department: str | None,
    at: date,
    grade: Grade,
    checklist: AdmissionChecklist,
    approval: ReadmissionApproval | None,
) -> None:
    """R-GRD-5: re-admission only once no entry is in force, after a review that finds the
    admission criteria met, with an approval, and only as 合格."""
    blocking = blocking_entry(entries, customer_id, department, at)
    if blocking is not None:
        raise CustomerBlacklisted(
            customer_id=customer_id,
            scope=blocking.scope,
            department=blocking.department,
            expires_on=blocking.ends_on,
            reason=blocking.reason,
        )
    if not checklist.complete:
        raise AdmissionIncomplete(missing=tuple(c.value for c in checklist.missing()))
    if approval is None:
        raise ReadmissionNeedsApproval(customer_id=customer_id)
    if grade is not Grade.QUALIFIED:
        raise ReadmissionGradeNotQualified(customer_id=customer_id, grade=grade)


def blacklist_in_force(entries: Iterable[BlacklistEntry], at: date) -> tuple[BlacklistEntry, ...]:
    """The director's list of who is blacklisted at `at`, soonest to end first."""
    return tuple(sorted((e for e in entries if e.in_force(at)), key=lambda e: e.ends_on))
