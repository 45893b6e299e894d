"""Grade quotas (R-GRD-2, 第五篇 五2.2d and 2.3e): VIP customers may not exceed 15 % and
preferred (優選) customers 30 % of a department's customers, and the same per product line.

How a share is computed, and why small departments get no rounding help:

- The share is `count / total` of the scope's customers *after* the change, in exact fractions
  (no floating point, so 3 of 20 is exactly 15 %). The seed says 不得超過 "must not exceed", so
  exactly at the cap is allowed and anything above is not.
- Equivalently a scope of n customers may hold at most floor(cap × n) of a grade: 1 VIP needs
  at least 7 customers (1/7 = 14.3 %), 2 VIPs need 14; 1 preferred needs 4 (1/3 = 33 % is over).
  A department of 3 therefore cannot have a VIP. Rounding up, or "at least one is always
  allowed", would let a small department be a third VIP, which is what the cap exists to
  prevent; a careful office handles that case the way the rule offers: a director's override
  with a reason, which is recorded.
- Only the grade the customer moves *into* is checked, and only in scopes where its count
  rises. A change never fails because of other customers' grades: a downgrade to 合格, a new
  合格 customer, or a customer leaving never breaks a cap even when the department is already
  over (say after an override, or after voids shrank it).
- Which customers count (active, not voided; blacklisted ones are 清除 from the department per
  五3.3) is the caller's choice of counts; the rule only does the arithmetic.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from fractions import Fraction

from records_desk.domain.customers.errors import QuotaExceeded
from records_desk.domain.customers.vocabulary import DirectorOverride, Grade


class QuotaScopeKind(StrEnum):
    DEPARTMENT = "department"  # 本部門客戶總量
    PRODUCT_LINE = "product_line"  # 單品種客戶總量


DEFAULT_CAPS: dict[Grade, Fraction] = {
    Grade.VIP: Fraction(15, 100),
    Grade.PREFERRED: Fraction(30, 100),
}


def allowed_count(cap: Fraction, total: int) -> int:
    """floor(cap × total) in integers: the most customers a capped grade may have."""
    return (cap.numerator * total) // cap.denominator


@dataclass(frozen=True)
class QuotaPolicy:
    caps: Mapping[Grade, Fraction] = field(default_factory=lambda: dict(DEFAULT_CAPS))

    def __post_init__(self) -> None:
        for grade, cap in self.caps.items():
            if not 0 <= cap <= 1:
                raise ValueError(f"the cap of {grade} must be between 0 and 1, not {cap}")

    def cap(self, grade: Grade) -> Fraction | None:
        return self.caps.get(grade)


@dataclass(frozen=True)
class GradeCounts:
    vip: int = 0
    preferred: int = 0
    qualified: int = 0

    @classmethod
    def of(cls, grades: Iterable[Grade]) -> GradeCounts:
        grades = list(grades)
        return cls(
            vip=grades.count(Grade.VIP),
            preferred=grades.count(Grade.PREFERRED),
            qualified=grades.count(Grade.QUALIFIED),
        )

    @property
    def total(self) -> int:
        return self.vip + self.preferred + self.qualified

    def count(self, grade: Grade) -> int:
        return {
            Grade.VIP: self.vip,
            Grade.PREFERRED: self.preferred,
            Grade.QUALIFIED: self.qualified,
        }[grade]

    def after(self, old: Grade | None, new: Grade | None) -> GradeCounts:
        """Counts once one customer moves from `old` to `new` (None: not in the scope)."""
        changes: dict[str, int] = {}
        if old is not None:
            if self.count(old) == 0:
                raise ValueError(f"no {old} customer in these counts to change")
            changes[old.value] = self.count(old) - 1
        if new is not None:
            changes[new.value] = changes.get(new.value, self.count(new)) + 1
        return replace(self, **changes)


@dataclass(frozen=True)
class QuotaScope:
    """A department or product line with its current counts (the customer, if already a
    member, counted under their current grade)."""

    kind: QuotaScopeKind
    name: str
    counts: GradeCounts


@dataclass(frozen=True)
class QuotaBreach:
    grade: Grade
    scope: QuotaScope
    cap: Fraction
    count_after: int
    total_after: int

    @property
    def share_after(self) -> Fraction:
        return Fraction(self.count_after, self.total_after)

    def error(self) -> QuotaExceeded:
        return QuotaExceeded(
            grade=self.grade,
            scope=self.scope.kind,
            scope_name=self.scope.name,
            cap=self.cap,
            share_after=self.share_after,
            count_after=self.count_after,
            total_after=self.total_after,
        )


def quota_breaches(
    old: Grade | None,
    new: Grade,
    scopes: Iterable[QuotaScope],
    policy: QuotaPolicy | None = None,
) -> tuple[QuotaBreach, ...]:
    """Every cap the change of one customer from `old` (None: joins these scopes) to `new`
    would break, departments first."""
    policy = policy or QuotaPolicy()
    cap = policy.cap(new)
    if cap is None or old == new:
        return ()
    breaches = []
    for scope in scopes:
        after = scope.counts.after(old, new)
        if after.count(new) > allowed_count(cap, after.total):
            breaches.append(QuotaBreach(new, scope, cap, after.count(new), after.total))
    breaches.sort(key=lambda b: b.scope.kind is not QuotaScopeKind.DEPARTMENT)
    return tuple(breaches)


def check_grade_change(
    old: Grade | None,
    new: Grade,
    scopes: Iterable[QuotaScope],
    policy: QuotaPolicy | None = None,
    override: DirectorOverride | None = None,
) -> tuple[QuotaBreach, ...]:
    """R-GRD-2: refuse a change that breaks a cap, with QuotaExceeded for the first breach
    (the department before its product lines), unless a director overrides with a reason.
    Returns the breaches the override let through, for the audit entry (empty otherwise)."""
    breaches = quota_breaches(old, new, scopes, policy)
    if breaches and override is None:
        raise breaches[0].error()
    return breaches


@dataclass(frozen=True)
class QuotaLine:
    """One row of the quota view: a capped grade in one scope."""

    scope: QuotaScope
    grade: Grade
    count: int
    total: int
    cap: Fraction
    allowed: int

    @property
    def share(self) -> Fraction:
        return Fraction(self.count, self.total) if self.total else Fraction(0)

    @property
    def over(self) -> bool:
        return self.count > self.allowed


def quota_report(
    scopes: Iterable[QuotaScope], policy: QuotaPolicy | None = None
) -> tuple[QuotaLine, ...]:
    """The director's quota view: each scope's capped grades with count, share and cap."""
    policy = policy or QuotaPolicy()
    lines = []
    for scope in scopes:
        counts = scope.counts
        for grade in Grade:
            cap = policy.cap(grade)
            if cap is not None:
                allowed = allowed_count(cap, counts.total)
                lines.append(
                    QuotaLine(scope, grade, counts.count(grade), counts.total, cap, allowed)
                )
    return tuple(lines)


def over_quota(
    scopes: Iterable[QuotaScope], policy: QuotaPolicy | None = None
) -> tuple[QuotaLine, ...]:
    """The lines of the quota view that break their cap."""
    return tuple(line for line in quota_report(scopes, policy) if line.over)
