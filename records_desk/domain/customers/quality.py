"""Data quality (R-DQ): the six dimensions, problems tied to a record and the rule they break,
and the score per maintainer or department (likely duplicates: domain/customers/duplicates.py).

Seed: 第三篇6 4 (完整性、及時性、準確性、一致性、唯一性、有效性; 總分100分, 每條問題扣1分, 扣完為止).

- A score is 100 minus 1 per *open* problem, never below 0 (R-DQ-2). Fixed problems stay on
  record (R-DQ-3 fixes are tracked) but no longer count.
- Fixes are tracked by a key per problem (`problem_key`): the same problem found again keeps
  its key, so the store can tell when it was first seen and when it was no longer found.
- Timeliness: a late entry (R-CUS-5) cannot be undone, so it counts against its maintainer
  for `late_entry_days` (30) after the entry, then leaves the score; an overdue review
  (R-GRD-3) counts until the review is recorded.
- Uniqueness problems (likely duplicates) come from domain/customers/duplicates.py.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from records_desk.domain.common.errors import PhoneInvalid
from records_desk.domain.common.identifiers import (
    PhoneNumber,
    PhoneRegion,
    is_valid_email,
    is_valid_id_number,
    parse_phone,
    phone_digits,
)
from records_desk.domain.customers.vocabulary import (
    REQUIRED_FIELDS,
    CustomerField,
    Grade,
    RecordType,
    missing_fields,
)

MAX_SCORE = 100


class Dimension(StrEnum):
    """R-DQ-1."""

    COMPLETENESS = "completeness"
    TIMELINESS = "timeliness"
    ACCURACY = "accuracy"
    CONSISTENCY = "consistency"
    UNIQUENESS = "uniqueness"
    VALIDITY = "validity"


DIMENSION_TERMS: dict[Dimension, str] = {
    Dimension.COMPLETENESS: "完整性",
    Dimension.TIMELINESS: "及時性",
    Dimension.ACCURACY: "準確性",
    Dimension.CONSISTENCY: "一致性",
    Dimension.UNIQUENESS: "唯一性",
    Dimension.VALIDITY: "有效性",
}


@dataclass(frozen=True)
class Problem:
    """R-DQ-3: one problem of one record, with the rule it breaks, so it can be fixed."""

    record_id: int
    dimension: Dimension
    rule_id: str  # a SPEC rule, e.g. "R-DQ-1", "R-CUS-5"
    message: str
    field: str | None = None
    maintainer: str | None = None
    department: str | None = None
    fixed_on: date | None = None
    other_record_id: int | None = None  # uniqueness: the record this one likely duplicates

    @property
    def is_open(self) -> bool:
        return self.fixed_on is None


def problem_key(problem: Problem) -> str:
    """R-DQ-3: the same problem of the same record found again has the same key; a different
    bad value (a phone typed wrong another way) is a different problem."""
    return problem_key_of(
        problem.record_id,
        problem.dimension.value,
        problem.rule_id,
        problem.field,
        problem.message,
        problem.other_record_id,
    )


def problem_key_of(
    record_id: int,
    dimension: str,
    rule_id: str,
    field: str | None,
    message: str,
    other_record_id: int | None = None,
) -> str:
    """problem_key of a problem given by its parts (a check run over many files keeps one
    problem of each kind and keys it for each file, instead of building a Problem per file)."""
    return problem_key_for(
        record_id, problem_key_rest(dimension, rule_id, field, message, other_record_id)
    )


def problem_key_rest(
    dimension: str,
    rule_id: str,
    field: str | None,
    message: str,
    other_record_id: int | None = None,
) -> bytes:
    """What problem_key_of hashes after the record's id: the same for one kind of problem
    in every file, so a run over many files encodes it once (problem_key_for)."""
    return f"|{dimension}|{rule_id}|{field or ''}|{other_record_id or ''}|{message}".encode()


def problem_key_for(record_id: int, rest: bytes) -> str:
    """problem_key_of of a record's problem given by its problem_key_rest."""
    return hashlib.sha1(f"{record_id}".encode() + rest).hexdigest()


@dataclass(frozen=True)
class QualityPolicy:
    late_entry_days: int = 30  # how long a late entry (R-CUS-5) counts against the score


def quality_score(open_problems: int) -> int:
    """R-DQ-2: 100 points minus 1 per open problem, floor 0."""
    return max(0, MAX_SCORE - open_problems)


def scores_by(
    problems: Iterable[Problem],
    key: Callable[[Problem], str | None],
    everyone: Iterable[str] = (),
) -> dict[str, int]:
    """Score per key (maintainer, department); names in `everyone` with no problem get 100.
    Problems whose key is None belong to nobody's score."""
    counts = dict.fromkeys(everyone, 0)
    for problem in problems:
        name = key(problem)
        if name is not None:
            counts[name] = counts.get(name, 0) + (1 if problem.is_open else 0)
    return {name: quality_score(n) for name, n in sorted(counts.items())}


def scores_by_maintainer(
    problems: Iterable[Problem], everyone: Iterable[str] = ()
) -> dict[str, int]:
    return scores_by(problems, lambda p: p.maintainer, everyone)


def scores_by_department(
    problems: Iterable[Problem], everyone: Iterable[str] = ()
) -> dict[str, int]:
    return scores_by(problems, lambda p: p.department, everyone)


# --- phones, read once per check run ----------------------------------------------------------

# The office's usual form of a Taiwan mobile, read without the general parser (identifiers):
# "0912-345-678", "0912345678", "0912 345 678". A quality run over 200,000 files reads every
# phone twice (validity, duplicate keys); this form is most of them.
_TW_MOBILE = re.compile(r"09[0-9]{2}[- ]?[0-9]{3}[- ]?[0-9]{3}")  # ASCII digits only


class PhoneFacts:
    """(valid, duplicate key) of each phone text, worked out once: identifiers.is_valid_phone
    and identifiers.phone_key in one parse, remembered for the life of this object (one
    check run)."""

    def __init__(self, region: PhoneRegion = PhoneRegion.TW) -> None:
        self.region = region
        self._seen: dict[str, tuple[bool, str]] = {}

    def __call__(self, phone: str) -> tuple[bool, str]:
        found = self._seen.get(phone)
        if found is None:
            found = self._seen[phone] = self._read(phone)
        return found

    def learn(self, phone: str, parsed: PhoneNumber, region: PhoneRegion) -> None:
        """`parsed` is parse_phone(phone, region), which the caller has just worked out (an
        import checks every phone as it reads it): remembered as `_read` would find it, so
        the phone is not parsed again. Nothing is kept for another region than this one's."""
        if region is self.region and phone not in self._seen and not _TW_MOBILE.fullmatch(phone):
            self._seen[phone] = (True, parsed.e164)

    def _read(self, phone: str) -> tuple[bool, str]:
        if _TW_MOBILE.fullmatch(phone):
            return True, "+886" + phone.replace("-", "").replace(" ", "")[1:]
        try:
            return True, parse_phone(phone, self.region).e164
        except PhoneInvalid:
            return False, phone_digits(phone)


# R-DQ-1 completeness: each type's required fields in CustomerField order, for a quick look.
_REQUIRED = {t: tuple(f for f in CustomerField if f in REQUIRED_FIELDS[t]) for t in RecordType}


def looks_blank(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | set | frozenset | dict):
        return not value
    return False


# --- checks of one record --------------------------------------------------------------------


def completeness_problems(
    record_id: int,
    record_type: RecordType,
    values: Mapping[CustomerField, object],
    maintainer: str | None = None,
    department: str | None = None,
) -> tuple[Problem, ...]:
    """R-DQ-1 completeness: one problem per required field left empty."""
    if not any(looks_blank(values.get(f)) for f in _REQUIRED[record_type]):
        return ()  # the usual case, without walking every field
    return tuple(
        Problem(
            record_id,
            Dimension.COMPLETENESS,
            "R-DQ-1",
            f"{field_name} is required for {record_type}",
            field=field_name.value,
            maintainer=maintainer,
            department=department,
        )
        for field_name in missing_fields(record_type, values)
    )


def validity_problems(
    record_id: int,
    phones: Iterable[str] = (),
    email: str | None = None,
    id_number: str | None = None,
    event_on: date | None = None,
    today: date | None = None,
    maintainer: str | None = None,
    department: str | None = None,
    phone_region: PhoneRegion = PhoneRegion.TW,
    phone_facts: PhoneFacts | None = None,
) -> tuple[Problem, ...]:
    """R-DQ-1 validity of what was filled in (empty values are completeness's business):
    phone formats (national numbers read in `phone_region`), e-mail, ID check digits, an event
    date not in the future. A check run passes one `phone_facts` to every call."""
    facts = phone_facts or PhoneFacts(phone_region)

    def problem(field_name: CustomerField, message: str) -> Problem:
        return Problem(
            record_id,
            Dimension.VALIDITY,
            "R-DQ-1",
            message,  # "what is wrong: the value" — value_at_fault reads it back
            field=field_name.value,
            maintainer=maintainer,
            department=department,
        )

    found = [
        problem(CustomerField.PHONE, f"not a valid phone number: {phone}")
        for phone in phones
        if phone.strip() and not facts(phone)[0]
    ]
    if email and email.strip() and not is_valid_email(email):
        found.append(problem(CustomerField.EMAIL, f"not a valid e-mail address: {email}"))
    if id_number and id_number.strip() and not is_valid_id_number(id_number):
        found.append(problem(CustomerField.ID_NUMBER, f"check digit or format wrong: {id_number}"))
    if event_on is not None and today is not None and event_on > today:
        found.append(problem(CustomerField.EVENT_DATE, f"event date in the future: {event_on}"))
    return tuple(found)


def consistency_problems(
    record_id: int,
    grade: Grade | None,
    blacklisted: bool,
    voided: bool,
    on_loan: bool,
    maintainer: str | None = None,
    department: str | None = None,
) -> tuple[Problem, ...]:
    """R-DQ-1 consistency between facts that cannot both be true."""
    found = []
    if blacklisted and grade in (Grade.VIP, Grade.PREFERRED):
        found.append(("R-GRD-5", f"blacklisted but still graded {grade}"))
    if voided and on_loan:
        found.append(("R-CUS-3", "voided file is out on loan"))
    return tuple(
        Problem(
            record_id,
            Dimension.CONSISTENCY,
            rule,
            message,
            maintainer=maintainer,
            department=department,
        )
        for rule, message in found
    )


def timeliness_problems(
    record_id: int,
    late_by: timedelta | None = None,
    entered_on: date | None = None,
    review_due_on: date | None = None,
    review_overdue: bool = False,
    today: date | None = None,
    maintainer: str | None = None,
    department: str | None = None,
    policy: QualityPolicy | None = None,
) -> tuple[Problem, ...]:
    """R-DQ-1 timeliness: an entry made late (R-CUS-5), counted for `late_entry_days` after
    it was made; a periodic review overdue (R-GRD-3)."""
    found = []
    if late_by is not None and late_by > timedelta(0):
        window = (policy or QualityPolicy()).late_entry_days
        if entered_on is None or today is None or (today - entered_on).days < window:
            hours = late_by.total_seconds() / 3600
            message = f"entered {hours:.0f} h after its time limit on {entered_on}"
            found.append(Problem(record_id, Dimension.TIMELINESS, "R-CUS-5", message))
    if review_overdue:
        since = f"{_SINCE}{review_due_on}" if review_due_on else ""
        message = f"periodic review overdue{since}"  # overdue_since reads the day back
        found.append(Problem(record_id, Dimension.TIMELINESS, "R-GRD-3", message))
    if maintainer is not None or department is not None:
        found = [replace(p, maintainer=maintainer, department=department) for p in found]
    return tuple(found)


# The stored messages are English notes for the log and the tooltip; the window words a problem
# itself, and reads the one fact it needs back from the message here, where its form is made.
_AT_FAULT = ": "
_SINCE = " since "


def value_at_fault(message: str) -> str:
    """The value a validity problem's message names ("not a valid phone number: 0912")."""
    return message.partition(_AT_FAULT)[2]


def overdue_since(message: str) -> str:
    """The day a periodic review fell due, from its timeliness message; "" when not given."""
    return message.partition(_SINCE)[2]


_DUPLICATE_OF = re.compile(r"as record (\d+)")  # duplicates.duplicate_problems's wording


def duplicate_of(message: str) -> int | None:
    """The other record a uniqueness problem's message names ("likely the same customer as
    record 12 (phone)"), for a list that keeps only the message."""
    found = _DUPLICATE_OF.search(message)
    return int(found.group(1)) if found else None
