"""The typed errors of changing a customer file (domain/customers/files.py: R-CUS-3, R-CUS-4)
and of finding one. Each carries the data the window needs to word a translated message;
`__str__` is the English fallback for logs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from records_desk.domain.common.errors import DomainError

if TYPE_CHECKING:  # files.py imports this module
    from records_desk.domain.customers.files import ChangeStatus
    from records_desk.domain.customers.vocabulary import RecordType


@dataclass
class CustomerNotFound(DomainError):
    customer_id: int

    def __str__(self) -> str:
        return f"no customer file {self.customer_id}"


@dataclass
class VersionNotFound(DomainError):
    customer_id: int
    version: int

    def __str__(self) -> str:
        return f"customer file {self.customer_id} has no version {self.version}"


@dataclass
class CustomerVoided(DomainError):
    """R-CUS-3: a voided file is kept as it was; it is not changed any more."""

    customer_id: int
    archive_number: str

    def __str__(self) -> str:
        return f"customer file {self.archive_number} is void and cannot be changed"


@dataclass
class FieldNotEditable(DomainError):
    """The field does not exist, or changes only through its own action."""

    field: str

    def __str__(self) -> str:
        return f"{self.field!r} cannot be changed by a change request"


@dataclass
class FieldRequired(DomainError):
    field: str

    def __str__(self) -> str:
        return f"{self.field} is required"


@dataclass
class FieldValueInvalid(DomainError):
    field: str
    value: object

    def __str__(self) -> str:
        return f"{self.value!r} is not a valid {self.field}"


@dataclass
class NothingToChange(DomainError):
    customer_id: int

    def __str__(self) -> str:
        return f"the change leaves customer file {self.customer_id} as it is"


class ReasonKind(StrEnum):
    CHANGE = "change"
    VOID = "void"
    REFUSAL = "refusal"
    GRADE = "grade"
    READMISSION = "readmission"


@dataclass
class ChangeReasonRequired(DomainError):
    """R-CUS-3: who changed what and why; the why cannot be left out."""

    kind: ReasonKind

    def __str__(self) -> str:
        return f"a reason is required ({self.kind})"


@dataclass
class ChangeRequestNotFound(DomainError):
    request_id: int

    def __str__(self) -> str:
        return f"no change request {self.request_id}"


@dataclass
class ChangeRequestDecided(DomainError):
    request_id: int
    status: ChangeStatus

    def __str__(self) -> str:
        return f"change request {self.request_id} is already {self.status}"


@dataclass
class OwnRequestApproval(DomainError):
    """R-CUS-4: an approval is a second person's; nobody approves their own request."""

    request_id: int
    username: str

    def __str__(self) -> str:
        return f"{self.username} filed change request {self.request_id} and cannot approve it"


@dataclass
class StaleVersion(DomainError):
    """The file changed since the change was prepared (optimistic concurrency): look again."""

    customer_id: int
    expected_version: int
    current_version: int
    request_id: int | None = None

    def __str__(self) -> str:
        what = f"change request {self.request_id}" if self.request_id else "the change"
        return (
            f"{what} was made against version {self.expected_version} of customer file "
            f"{self.customer_id}, which is now at version {self.current_version}"
        )


@dataclass
class GradeNotApplicable(DomainError):
    """R-GRD-2 grades apply to admitted customers, not to internal or campaign records."""

    customer_id: int
    record_type: RecordType

    def __str__(self) -> str:
        return f"customer file {self.customer_id} ({self.record_type}) has no grade"


@dataclass
class NotAwaitingReadmission(DomainError):
    """R-GRD-5: re-admission follows a blacklisting that ended; there is none."""

    customer_id: int

    def __str__(self) -> str:
        return f"customer {self.customer_id} has no ended blacklist entry to be re-admitted from"


@dataclass
class ArchiveNumberTaken(DomainError):
    """R-CUS-2: archive numbers are unique."""

    archive_number: str

    def __str__(self) -> str:
        return f"archive number {self.archive_number} is already in use"


@dataclass
class BlacklistEntryNotFound(DomainError):
    entry_id: int

    def __str__(self) -> str:
        return f"no blacklist entry {self.entry_id}"
