"""The problems an imported row can have (typed, carrying their data); report.py words them
in Traditional Chinese."""

from __future__ import annotations

from dataclasses import dataclass

from records_desk.domain.common.errors import DomainError, OfficeDateInvalid, PhoneInvalid
from records_desk.domain.common.identifiers import IdKind
from records_desk.domain.customers.errors import AdmissionIncomplete, ArchiveNumberInvalid
from records_desk.domain.customers.file_errors import ArchiveNumberTaken
from records_desk.domain.customers.limits import TextTooLong, TooManyItems
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.exchange.customers.columns import ImportField

# --- problems --------------------------------------------------------------------------------


@dataclass
class FieldRequired(DomainError):
    """R-DQ-1 completeness: a field the row's record type needs is empty."""

    field: ImportField
    record_type: RecordType | None = None

    def __str__(self) -> str:
        needed_by = f" for {self.record_type}" if self.record_type else ""
        return f"{self.field} is required{needed_by}"


@dataclass
class ChoiceUnknown(DomainError):
    """A record type, grade, prospect level or yes/no that names none of the choices."""

    field: ImportField
    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a known {self.field}"


@dataclass
class IdNumberInvalid(DomainError):
    """R-DQ-1 validity: wrong shape or check digit (kind None: no known shape at all)."""

    text: str
    kind: IdKind | None

    def __str__(self) -> str:
        return f"{self.text!r} is not a valid ID or business number ({self.kind or 'shape'})"


@dataclass
class EmailInvalid(DomainError):
    """R-DQ-1 validity."""

    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a valid e-mail address"


@dataclass
class ArchiveNumberRepeated(DomainError):
    """R-CUS-2: an archive number names one file; the file gives it to two rows."""

    text: str
    first_row: int

    def __str__(self) -> str:
        return f"archive number {self.text} is already used in row {self.first_row}"


@dataclass
class GradeForUngradedType(DomainError):
    """R-GRD-2: grades are for admitted customers; internal and campaign records have none."""

    record_type: RecordType
    text: str

    def __str__(self) -> str:
        return f"{self.record_type} records are not graded (got {self.text!r})"


RowProblem = (
    FieldRequired
    | ArchiveNumberTaken
    | ChoiceUnknown
    | IdNumberInvalid
    | EmailInvalid
    | PhoneInvalid
    | OfficeDateInvalid
    | AdmissionIncomplete
    | ArchiveNumberInvalid
    | ArchiveNumberRepeated
    | GradeForUngradedType
    | TextTooLong
    | TooManyItems
)
