"""Typed errors of the customer-file rules (R-CUS, R-GRD, R-DQ). Each carries the data the UI
needs to word a translated message; `__str__` is the English fallback for logs and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING

from records_desk.domain.common.errors import DomainError

if TYPE_CHECKING:  # the rule modules import this one
    from records_desk.domain.customers.blacklist import BlacklistScope
    from records_desk.domain.customers.grading import QuotaScopeKind
    from records_desk.domain.customers.vocabulary import Grade


class ReasonFor(StrEnum):
    """What a missing reason was needed for."""

    OVERRIDE = "override"  # a director's override of a quota or of the blacklist validity
    BLACKLIST = "blacklist"
    LIFT_BLACKLIST = "lift_blacklist"
    SPOT_CHECK_FAILURE = "spot_check_failure"


@dataclass
class ReasonRequired(DomainError):
    """An action the office must be able to explain later was given no reason."""

    action: ReasonFor

    def __str__(self) -> str:
        return f"a reason is required ({self.action})"


@dataclass
class AdmissionIncomplete(DomainError):
    """R-GRD-1: admission criteria 1.2 a-f not all met."""

    missing: tuple[str, ...]

    def __str__(self) -> str:
        return "admission criteria not met: " + ", ".join(self.missing)


class ArchiveNumberProblem(StrEnum):
    BAD_FORMAT = "bad_format"  # not CODE-YYYY-NNNNN
    BAD_CODE = "bad_code"  # not 1-6 capital letters or digits starting with a letter
    BAD_YEAR = "bad_year"
    BAD_SEQUENCE = "bad_sequence"  # 00000 is never issued
    DUPLICATE_CODE = "duplicate_code"  # two record types configured with one code


@dataclass
class ArchiveNumberInvalid(DomainError):
    """R-CUS-2: an archive number (or a configured category code) that cannot be used."""

    text: str
    problem: ArchiveNumberProblem

    def __str__(self) -> str:
        return f"{self.text!r} is not a valid archive number ({self.problem})"


@dataclass
class ArchiveSequenceExhausted(DomainError):
    """R-CUS-2: all 99,999 numbers of a category and year are used (numbers are never reused)."""

    code: str
    year: int

    def __str__(self) -> str:
        return f"no archive numbers left for {self.code}-{self.year}"


@dataclass
class QuotaExceeded(DomainError):
    """R-GRD-2: the change would put `grade` over its cap in a department or product line."""

    grade: Grade
    scope: QuotaScopeKind
    scope_name: str
    cap: Fraction  # 3/20 for 15 %
    share_after: Fraction  # count_after / total_after
    count_after: int
    total_after: int

    def __str__(self) -> str:
        return (
            f"{self.grade} would be {self.count_after} of {self.total_after} customers "
            f"({float(self.share_after):.1%}) in {self.scope} {self.scope_name!r}; "
            f"the cap is {float(self.cap):.0%}"
        )


@dataclass
class BlacklistScopeInvalid(DomainError):
    """R-GRD-5: a department entry names its department; a company entry names none."""

    scope: BlacklistScope
    department: str | None

    def __str__(self) -> str:
        return f"a {self.scope} blacklist entry cannot have department {self.department!r}"


@dataclass
class BlacklistValidityInvalid(DomainError):
    """R-GRD-5: the entry must end after it starts."""

    starts_on: date
    expires_on: date

    def __str__(self) -> str:
        return f"a blacklist entry from {self.starts_on} cannot expire on {self.expires_on}"


@dataclass
class BlacklistValidityTooLong(DomainError):
    """R-GRD-5: longer than 6 months (by default) needs a director's override."""

    starts_on: date
    expires_on: date
    longest: date

    def __str__(self) -> str:
        return (
            f"a blacklist entry from {self.starts_on} may expire on {self.longest} at the latest "
            f"without a director's override, not {self.expires_on}"
        )


@dataclass
class BlacklistEntryNotActive(DomainError):
    """R-GRD-5: lifting an entry that has already expired or been lifted."""

    customer_id: int
    ended_on: date

    def __str__(self) -> str:
        return f"the blacklist entry of customer {self.customer_id} ended on {self.ended_on}"


@dataclass
class CustomerBlacklisted(DomainError):
    """R-GRD-5: no business with a customer on the blacklist of this scope."""

    customer_id: int
    scope: BlacklistScope
    department: str | None
    expires_on: date
    reason: str

    def __str__(self) -> str:
        where = "the company" if self.department is None else repr(self.department)
        return (
            f"customer {self.customer_id} is on the {self.scope} blacklist of {where} "
            f"until {self.expires_on} (first day free): {self.reason}"
        )


@dataclass
class ReadmissionRequired(DomainError):
    """R-GRD-5: the blacklisting ended, but the customer was not re-admitted since."""

    customer_id: int
    department: str | None
    ended_on: date

    def __str__(self) -> str:
        return (
            f"customer {self.customer_id} left the blacklist on {self.ended_on} "
            "and must be re-admitted (review and approval) first"
        )


@dataclass
class ReadmissionNeedsApproval(DomainError):
    """R-GRD-5: re-admission after the blacklist needs the leaders' approval on record."""

    customer_id: int

    def __str__(self) -> str:
        return f"re-admitting customer {self.customer_id} needs an approval"


@dataclass
class ReadmissionGradeNotQualified(DomainError):
    """R-GRD-5: a re-admitted customer starts again as 合格 (qualified)."""

    customer_id: int
    grade: Grade

    def __str__(self) -> str:
        return f"customer {self.customer_id} can be re-admitted only as qualified, not {self.grade}"


@dataclass
class EntryBeforeEvent(DomainError):
    """R-CUS-5: a record entered before its event happened: one of the two times is wrong."""

    event: date | datetime
    entered_at: datetime

    def __str__(self) -> str:
        return f"entered at {self.entered_at:%Y-%m-%d %H:%M}, before its event on {self.event}"


@dataclass
class SampleSizeInvalid(DomainError):
    """R-CUS-6: a spot check draws at least one entry."""

    size: int

    def __str__(self) -> str:
        return f"a spot check sample needs at least 1 entry, not {self.size}"


# --- what the customer services refuse or stop -------------------------------------------------


@dataclass
class ExportCancelled(DomainError):
    path: str

    def __str__(self) -> str:
        return f"{self.path}: export cancelled; no file written"


@dataclass
class NotACustomerForm(DomainError):
    """The form is not filled from the customer files (or 附件3 was asked for one customer)."""

    form_id: str

    def __str__(self) -> str:
        return f"{self.form_id} is not a customer-file form"


@dataclass
class FormNotApplicable(DomainError):
    """附件1 and 附件2 weigh a grade: internal and campaign records have none."""

    form_id: str
    customer_id: int

    def __str__(self) -> str:
        return f"{self.form_id} does not apply to customer file {self.customer_id} (not graded)"


@dataclass
class FormRecordNotFound(DomainError):
    """`record_id` names no review/visit/evaluation/survey of this customer."""

    form_id: str
    customer_id: int
    record_id: int

    def __str__(self) -> str:
        return f"{self.form_id}: no record {self.record_id} of customer file {self.customer_id}"


@dataclass
class ArchiveNumberNotFound(DomainError):
    archive_number: str

    def __str__(self) -> str:
        return f"no customer file numbered {self.archive_number}"


@dataclass
class ImportInvalid(DomainError):
    """Some row (or the file) is wrong: nothing was written. The preview says what."""

    path: str
    error_rows: tuple[int, ...]
    file_problems: int

    def __str__(self) -> str:
        rows = ", ".join(map(str, self.error_rows[:10]))
        return f"{self.path}: {len(self.error_rows)} invalid rows ({rows}); nothing imported"


@dataclass
class ImportCancelled(DomainError):
    path: str

    def __str__(self) -> str:
        return f"{self.path}: import cancelled; nothing imported"
