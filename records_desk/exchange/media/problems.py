"""The problems a row of an imported media list can have (typed, carrying their data; worded by
wording/media/exchange.py). Errors stop the whole import; the warnings (CustodianUnknown,
DepartmentNew) are imported as the module that finds them says."""

from __future__ import annotations

from dataclasses import dataclass

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.vocabulary import MediumType
from records_desk.exchange.common.sheets import HeaderRowNotFound
from records_desk.exchange.media.columns import MediaField


@dataclass
class MediaHeaderRowNotFound(HeaderRowNotFound):
    """No header row naming two facts of a medium (編號, 類型, 部門 …)."""


@dataclass
class MediaColumnMissing(DomainError):
    """A column every row needs is not in the file (the department, the classification)."""

    field: MediaField

    def __str__(self) -> str:
        return f"no column for {self.field}"


@dataclass
class MediaValueRequired(DomainError):
    """A row leaves empty what every medium needs (R-MED-1: type, classification, department)."""

    field: MediaField

    def __str__(self) -> str:
        return f"{self.field} is required"


@dataclass
class MediaValueUnknown(DomainError):
    """A type or classification that names none of the choices, read as no guess."""

    field: MediaField
    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a known {self.field}"


@dataclass
class MediaValueTooLong(DomainError):
    field: MediaField
    limit: int

    def __str__(self) -> str:
        return f"{self.field} is longer than {self.limit} characters"


@dataclass
class NumberTypeMismatch(DomainError):
    """The number's prefix names another type than the type column (USB-0007 for a tape)."""

    number: str
    media_type: MediumType

    def __str__(self) -> str:
        return f"{self.number} is not a number of a {self.media_type}"


@dataclass
class ValueRepeated(DomainError):
    """R-MED-1: a number, or a serial number, names one medium; the file gives it to two rows
    (a serial twice is the same device on two rows)."""

    field: MediaField
    text: str
    first_row: int

    def __str__(self) -> str:
        return f"{self.field} {self.text} is already on row {self.first_row}"


@dataclass
class MediumNumberTaken(DomainError):
    """R-MED-1: the number is on record (numbers are never reused, a disposed one's neither)."""

    number: str

    def __str__(self) -> str:
        return f"{self.number} is already on record"


@dataclass
class SerialOnRecord(DomainError):
    """The device is on record already (a list imported twice would double the inventory)."""

    serial: str
    number: str

    def __str__(self) -> str:
        return f"serial {self.serial} is on record as {self.number}"


@dataclass
class FinalStateNotImported(DomainError):
    """R-MED-7: a medium the list says was disposed of or lost is not brought back."""

    text: str

    def __str__(self) -> str:
        return f"a medium {self.text} is not imported"


@dataclass
class CustodianUnknown(DomainError):
    """A warning: no active account has this user name or full name; imported without one."""

    name: str

    def __str__(self) -> str:
        return f"no account is named {self.name}; imported without a custodian"


@dataclass
class DepartmentNew(DomainError):
    """A warning: no medium on record belongs to this department yet (a spelling to check)."""

    department: str

    def __str__(self) -> str:
        return f"no medium on record belongs to {self.department} yet"


MediaRowProblem = (
    MediaValueRequired
    | MediaValueUnknown
    | MediaValueTooLong
    | NumberTypeMismatch
    | ValueRepeated
    | MediumNumberTaken
    | SerialOnRecord
    | FinalStateNotImported
    | CustodianUnknown
    | DepartmentNew
    | DomainError  # the domain's MediumNumberInvalid
)


# --- what the import and the export refuse as a whole ------------------------------------------


@dataclass
class MediaImportInvalid(DomainError):
    """Some row (or the file) is wrong: nothing was written. The preview lists what."""

    path: str
    error_rows: tuple[int, ...]
    file_problems: int

    def __str__(self) -> str:
        rows = ", ".join(map(str, self.error_rows[:10]))
        return f"{self.path}: nothing imported; rows with errors: {rows or '-'}"


@dataclass
class MediaImportCancelled(DomainError):
    path: str

    def __str__(self) -> str:
        return f"{self.path}: import cancelled; nothing imported"


@dataclass
class MediaExportCancelled(DomainError):
    path: str

    def __str__(self) -> str:
        return f"{self.path}: export cancelled; no file written"
