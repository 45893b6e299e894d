"""The evidence each step of a medium's life cycle records (the event log keeps it with who and
when; lifecycle.step checks it), and the readers of the command line's compact forms.

- prepare_label (R-MED-2, 第三篇1 第四條 保密標識): the label is on the medium;
- prepare_encryption (第四條 安裝加密軟件): the software's name and version;
- virus_check (第八條 查殺病毒; 第三篇10 第十條 on a repaired device): the tool, the date of its
  signatures and the result; only `clean` counts;
- issue (R-MED-3, 第三條): to an account, with the consent of an approver (審批人), due back on
  a day;
- return: the condition it came back in (free text, may be empty);
- repair_send (R-MED-6, 第八條, 第三篇10 第十條): the unit (on the IT office's list), backed up
  and wiped before sending, the day sent;
- repair_back: the day it came back and the virus check made on it;
- dispose (R-MED-7): the method, the day, the witness, and for a classified medium the
  security office and the certificate's number;
- lost: who reported it, when, the circumstances;
- classify (R-MED-4): the medium held classified data.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from enum import StrEnum
from typing import Any, ClassVar

from records_desk.domain.common.dates import parse_office_date
from records_desk.domain.common.errors import OfficeDateInvalid
from records_desk.domain.common.identifiers import to_half_width
from records_desk.domain.media.errors import EvidenceProblem, MediumEvidenceInvalid
from records_desk.domain.media.vocabulary import Action, DisposalMethod, VirusResult

MAX_TEXT = 200


@dataclass(frozen=True)
class SecurityLabel:
    action: ClassVar[Action] = Action.PREPARE_LABEL
    note: str = ""


@dataclass(frozen=True)
class Encryption:
    action: ClassVar[Action] = Action.PREPARE_ENCRYPTION
    software: str
    version: str


@dataclass(frozen=True)
class VirusCheck:
    action: ClassVar[Action] = Action.VIRUS_CHECK
    tool: str
    signature_date: date
    result: VirusResult

    @property
    def clean(self) -> bool:
        return VirusResult(self.result) is VirusResult.CLEAN


@dataclass(frozen=True)
class Issue:
    action: ClassVar[Action] = Action.ISSUE
    to: str  # the borrower's account
    approved_by: str  # the consenting approver's account
    due: date


@dataclass(frozen=True)
class Return:
    action: ClassVar[Action] = Action.RETURN
    condition: str = ""


@dataclass(frozen=True)
class RepairSend:
    action: ClassVar[Action] = Action.REPAIR_SEND
    unit: str
    backed_up: bool
    wiped: bool
    sent_on: date


@dataclass(frozen=True)
class RepairBack:
    action: ClassVar[Action] = Action.REPAIR_BACK
    returned_on: date
    check: VirusCheck


@dataclass(frozen=True)
class Disposal:
    action: ClassVar[Action] = Action.DISPOSE
    method: DisposalMethod
    on: date
    witness: str  # an account, not the one recording the disposal
    certificate: str = ""  # required for a classified medium
    at_security_office: bool = False  # required (True) for a classified medium


@dataclass(frozen=True)
class Loss:
    action: ClassVar[Action] = Action.LOST
    reported_by: str
    on: date
    circumstances: str


@dataclass(frozen=True)
class Classify:
    action: ClassVar[Action] = Action.CLASSIFY
    note: str = ""


Evidence = (
    SecurityLabel
    | Encryption
    | VirusCheck
    | Issue
    | Return
    | RepairSend
    | RepairBack
    | Disposal
    | Loss
    | Classify
)


def tidy(text: str) -> str:
    """One line, single spaces, at most MAX_TEXT characters (as every evidence text is kept)."""
    return " ".join(text.split())[:MAX_TEXT]


def parse_encryption(text: str) -> Encryption:
    """`NAME VERSION` (the name may have spaces; the version is the last word)."""
    words = tidy(to_half_width(text)).split(" ")
    if not words or not words[0]:
        raise MediumEvidenceInvalid(
            Action.PREPARE_ENCRYPTION, EvidenceProblem.NO_ENCRYPTION_SOFTWARE
        )
    if len(words) < 2:
        raise MediumEvidenceInvalid(
            Action.PREPARE_ENCRYPTION, EvidenceProblem.NO_ENCRYPTION_VERSION, words[0]
        )
    return Encryption(" ".join(words[:-1]), words[-1])


_RESULTS = {"clean": VirusResult.CLEAN, "infected": VirusResult.INFECTED}


def parse_virus_result(text: str) -> VirusResult:
    word = to_half_width(text).strip().lower()
    if word not in _RESULTS:
        raise MediumEvidenceInvalid(
            Action.VIRUS_CHECK, EvidenceProblem.VIRUS_RESULT_UNKNOWN, text.strip()
        )
    return _RESULTS[word]


def parse_virus_check(text: str) -> VirusCheck:
    """`TOOL SIGDATE RESULT`, e.g. `ClamAV 1.4 2026-11-30 clean` (the tool may have spaces;
    the signature date is any form parse_office_date reads, without spaces)."""
    words = tidy(to_half_width(text)).split(" ")
    if len(words) < 3 or not words[0]:
        raise MediumEvidenceInvalid(
            Action.VIRUS_CHECK, EvidenceProblem.VIRUS_CHECK_UNREADABLE, tidy(text)
        )
    result = parse_virus_result(words[-1])
    try:
        signatures = parse_office_date(words[-2])
    except OfficeDateInvalid:
        raise MediumEvidenceInvalid(
            Action.VIRUS_CHECK, EvidenceProblem.VIRUS_CHECK_UNREADABLE, tidy(text)
        ) from None
    return VirusCheck(" ".join(words[:-2]), signatures, result)


_SOLD = ("sold", "sell", "sale", "scrap", "出售", "賣", "变卖", "變賣", "廢品", "废品")


def parse_disposal_method(text: str) -> DisposalMethod:
    """`degauss+shred` or `wipe+destroy`; selling is refused by name (R-MED-7)."""
    word = to_half_width(text).strip().lower().replace(" ", "")
    for method in DisposalMethod:
        if word == method.value:
            return method
    if any(s in word for s in _SOLD):
        raise MediumEvidenceInvalid(Action.DISPOSE, EvidenceProblem.NEVER_SOLD, text.strip())
    raise MediumEvidenceInvalid(Action.DISPOSE, EvidenceProblem.METHOD_UNKNOWN, text.strip())


EVIDENCE_OF: dict[Action, type[Evidence]] = {
    e.action: e
    for e in (
        SecurityLabel,
        Encryption,
        VirusCheck,
        Issue,
        Return,
        RepairSend,
        RepairBack,
        Disposal,
        Loss,
        Classify,
    )
}
_CHECK = "check_"  # RepairBack's virus check, flattened: check_tool, check_signature_date …


def evidence_record(evidence: Evidence) -> dict[str, str | bool]:
    """The evidence's fields as JSON values (dates in ISO form, words as their values), flat:
    what an event stores and `media show --json` prints."""
    out: dict[str, str | bool] = {}
    for f in fields(evidence):
        value = getattr(evidence, f.name)
        if isinstance(value, VirusCheck):
            out.update({_CHECK + k: v for k, v in evidence_record(value).items()})
        elif isinstance(value, date):
            out[f.name] = value.isoformat()
        elif isinstance(value, StrEnum):
            out[f.name] = value.value
        else:
            out[f.name] = value
    return out


_READ: dict[str, Callable[[Any], object]] = {
    "str": str,
    "bool": bool,
    "date": date.fromisoformat,
    "VirusResult": VirusResult,
    "DisposalMethod": DisposalMethod,
}


def evidence_from_record(action: Action, record: Mapping[str, Any]) -> Evidence:
    """The evidence of ACTION from its `evidence_record` (missing optional fields default)."""
    kind = EVIDENCE_OF[Action(action)]
    values: dict[str, object] = {}
    for f in fields(kind):
        if f.type == "VirusCheck":
            values[f.name] = evidence_from_record(
                Action.VIRUS_CHECK,
                {k[len(_CHECK) :]: v for k, v in record.items() if k.startswith(_CHECK)},
            )
        elif f.name in record:
            values[f.name] = _READ[str(f.type)](record[f.name])
    return kind(**values)  # type: ignore[arg-type]
