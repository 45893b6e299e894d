"""Typed errors of the removable-media rules (R-MED-1…8). Each carries the data the wording
needs (records_desk/wording/media/errors.py); `__str__` is the English fallback for logs.

`MediumActionRefused` is also the `Refusal` that lifecycle.allowed() returns without raising,
so a disabled action's tooltip and a refused command say the same thing."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.vocabulary import Action, MediumState, Preparation


@dataclass
class MediumNumberInvalid(DomainError):
    """Not a medium number (USB-0007, HD-0012, CD-0103, TP-…, MC-…, FD-…)."""

    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a medium number (like USB-0007)"


@dataclass
class MediumTypeInvalid(DomainError):
    text: str

    def __str__(self) -> str:
        return f"{self.text!r} is not a type of medium (usb, hdd, optical, tape, card, floppy)"


@dataclass
class MediumNotFound(DomainError):
    number: str

    def __str__(self) -> str:
        return f"no medium numbered {self.number}"


@dataclass
class MediumChanged(DomainError):
    """Issue 15 §3: another desk recorded a step of the medium since this desk showed it (its
    event count moved on); nothing was recorded: reload it and look again."""

    number: str
    expected_events: int
    current_events: int

    def __str__(self) -> str:
        return (
            f"medium {self.number} was shown after {self.expected_events} events and now has "
            f"{self.current_events}"
        )


class RefusalReason(StrEnum):
    """Why an action is not possible in a state (whatever the evidence)."""

    FINAL = "final"  # disposed or lost: nothing more (R-MED-7)
    NOT_PREPARED = "not_prepared"  # registered: `missing` lists the preparation steps
    NEEDS_CHECK = "needs_check"  # returned: a clean virus check (and `missing`) first
    ISSUED = "issued"  # out with `holder`: return it first
    IN_REPAIR = "in_repair"  # at the repair unit `holder`: record it back first
    NOT_ISSUED = "not_issued"  # a return of a medium that is not out
    NOT_IN_REPAIR = "not_in_repair"  # back from a repair it was never sent to
    NOT_READY = "not_ready"  # only a ready medium goes to repair (R-MED-6)
    ALREADY_CLASSIFIED = "already_classified"  # R-MED-4: nothing to classify


@dataclass
class MediumActionRefused(DomainError):
    """ACTION is not possible for the medium NUMBER in STATE, for REASON; `missing` names the
    preparation steps still to record, `holder` who has the medium (borrower, repair unit)."""

    number: str
    state: MediumState
    action: Action
    reason: RefusalReason
    missing: tuple[Preparation, ...] = ()
    holder: str = ""

    def __str__(self) -> str:
        text = f"{self.number} is {self.state}: no {self.action} ({self.reason}"
        if self.missing:
            text += ": missing " + ", ".join(self.missing)
        if self.holder:
            text += f"; with {self.holder}"
        return text + ")"


Refusal = MediumActionRefused


class EvidenceProblem(StrEnum):
    """What is wrong with the evidence given for a step (`value`: the offending text)."""

    NO_ENCRYPTION_SOFTWARE = "no_encryption_software"
    NO_ENCRYPTION_VERSION = "no_encryption_version"
    NO_VIRUS_TOOL = "no_virus_tool"
    VIRUS_CHECK_UNREADABLE = "virus_check_unreadable"  # "TOOL SIGDATE RESULT" expected
    VIRUS_RESULT_UNKNOWN = "virus_result_unknown"  # neither clean nor infected
    SIGNATURE_IN_FUTURE = "signature_in_future"  # signatures dated after the check
    NO_BORROWER = "no_borrower"
    NO_APPROVER = "no_approver"
    SELF_APPROVAL = "self_approval"  # R-MED-3: the borrower is not their own approver
    DUE_IN_PAST = "due_in_past"
    UNIT_NOT_LISTED = "unit_not_listed"  # R-MED-6: not a unit the IT office names
    NOT_BACKED_UP = "not_backed_up"  # R-MED-6: backup before sending
    NOT_WIPED = "not_wiped"  # R-MED-6: data wiped before sending
    DATE_IN_FUTURE = "date_in_future"
    BACK_BEFORE_SENT = "back_before_sent"
    METHOD_UNKNOWN = "method_unknown"
    NEVER_SOLD = "never_sold"  # R-MED-7: 嚴禁將涉密移動存儲介質作為廢品出售
    METHOD_NOT_FOR_CLASSIFIED = "method_not_for_classified"  # R-MED-7: degauss and shred
    NOT_AT_SECURITY_OFFICE = "not_at_security_office"  # R-MED-7: 到保密部門
    NO_WITNESS = "no_witness"
    WITNESS_IS_ACTOR = "witness_is_actor"  # a witness is a second person
    NO_CERTIFICATE = "no_certificate"  # classified disposal: the certificate's number
    NO_REPORTER = "no_reporter"
    NO_CIRCUMSTANCES = "no_circumstances"


@dataclass
class MediumEvidenceInvalid(DomainError):
    """The evidence given for ACTION does not satisfy its rule."""

    action: Action
    problem: EvidenceProblem
    value: str = ""

    def __str__(self) -> str:
        return f"{self.action}: {self.problem}{' (' + self.value + ')' if self.value else ''}"


class BackupProblem(StrEnum):
    NOT_OPTICAL = "not_optical"  # R-MED-5 is about optical discs
    NO_CATEGORY = "no_category"
    UNKNOWN_CATEGORY = "unknown_category"  # not among the office's categories (a setting)
    NO_CONTENT = "no_content"


@dataclass
class BackupDiscInvalid(DomainError):
    """R-MED-5: a backup disc is an optical disc filed under a category, with its content."""

    problem: BackupProblem
    value: str = ""

    def __str__(self) -> str:
        return f"not a valid backup disc ({self.problem}{': ' + self.value if self.value else ''})"
