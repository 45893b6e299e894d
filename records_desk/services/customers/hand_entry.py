"""What a file entered by hand is asked beyond what every path asks (issue 10 §2), used by the
customers service when the new-file and change dialogs call it: the values refused on the spot
(domain.files.entry_problems), the files it looks like (domain.duplicates, R-DQ-1 uniqueness),
and its shelf location from the office's shelving scheme (domain.archive_numbers).

Decisions:
- The checks are asked for (`HandEntry`), not the services' default: an import and the demo
  fill write the same values as warnings for the data-quality list (§1), and the tests and
  benchmarks register many files alike on purpose.
- Likely duplicates are looked up in the writer's transaction: candidates are read by ID
  number or by a phone's last eight digits (an indexed-free scan of two columns, one query),
  then confirmed by the same keys the quality check uses (normalised name + phone, or ID).
  Voided files are left out: they are not a customer to be confused with any more.
- A "register anyway" names the files the person saw; a file that turned up since is asked
  about again (LikelyDuplicates) rather than let through unseen.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import ColumnElement, String, cast, or_, select
from sqlalchemy.orm import Session

from records_desk.domain.common.errors import PhoneInvalid
from records_desk.domain.common.identifiers import normalise_id_number, parse_phone, phone_digits
from records_desk.domain.customers.archive_numbers import (
    ArchiveCodes,
    ShelvingScheme,
    suggested_shelf,
)
from records_desk.domain.customers.duplicates import (
    DuplicateMatch,
    DuplicateProbe,
    LikelyDuplicates,
    shared_bases,
)
from records_desk.domain.customers.files import CustomerStatus
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.common.office_options import read_options
from records_desk.services.customers.new_files import peek_next_number
from records_desk.services.customers.office_settings import SHELVING
from records_desk.store.customers import Customer


@dataclass(frozen=True)
class HandEntry:
    """Ask the checks of hand entry. `registered_anyway`: the likely duplicates the person was
    shown and accepted (audited with the write); `shelf_from_scheme`: the shelf location is the
    scheme's suggestion for the number actually issued, not the text in the draft."""

    registered_anyway: frozenset[int] = field(default_factory=frozenset)
    shelf_from_scheme: bool = False


def _phone_tails(phones: Iterable[str]) -> set[str]:
    tails = set()
    for phone in phones:
        try:
            digits = parse_phone(phone).national
        except PhoneInvalid:
            digits = re.sub(r"\D", "", phone_digits(phone))
        if len(digits) >= 6:
            tails.add(digits[-8:])
    return tails


def likely_duplicates(
    session: Session,
    name: str,
    phones: Iterable[str],
    id_number: str,
    exclude_id: int | None = None,
) -> tuple[DuplicateMatch, ...]:
    """The active files a file with these values looks like, oldest first."""
    phones = tuple(phones)
    number = normalise_id_number(id_number or "")
    conditions: list[ColumnElement[bool]] = [
        cast(Customer.phone_digits, String).like(f"%{t}%") for t in _phone_tails(phones)
    ]
    if len(set(number)) > 1:
        conditions.append(Customer.id_number == number)
    if not conditions:
        return ()
    query = select(Customer).where(Customer.status == CustomerStatus.ACTIVE.value, or_(*conditions))
    if exclude_id is not None:
        query = query.where(Customer.id != exclude_id)
    candidates = {c.id: c for c in session.scalars(query.order_by(Customer.id))}
    probe = DuplicateProbe(0 if exclude_id is None else exclude_id, name, phones, number)
    others = (
        DuplicateProbe(c.id, c.name, tuple(c.phones), c.id_number) for c in candidates.values()
    )
    found = shared_bases(probe, others)
    return tuple(
        DuplicateMatch(i, candidates[i].archive_number, candidates[i].name, bases)
        for i, bases in found.items()
    )


def check_duplicates(
    session: Session,
    entry: HandEntry,
    name: str,
    phones: Iterable[str],
    id_number: str,
    exclude_id: int | None = None,
) -> tuple[DuplicateMatch, ...]:
    """The likely duplicates the person accepted; LikelyDuplicates when any was not seen."""
    matches = likely_duplicates(session, name, phones, id_number, exclude_id)
    if any(m.customer_id not in entry.registered_anyway for m in matches):
        raise LikelyDuplicates(matches)
    return matches


def accepted(matches: Collection[DuplicateMatch]) -> dict[str, object]:
    """The audit details of a "register anyway" (none when nothing looked alike)."""
    if not matches:
        return {}
    return {"registered_anyway": sorted(m.archive_number for m in matches)}


def shelf_location(schemes: Mapping[RecordType, ShelvingScheme], customer: Customer) -> str:
    """The shelving scheme's location for a numbered file of its record type."""
    scheme = schemes.get(RecordType(customer.record_type), ShelvingScheme())
    return suggested_shelf(scheme, customer.archive_number)


def shelf_suggestion(
    session: Session, codes: ArchiveCodes, record_type: RecordType, archive_number: str, year: int
) -> str:
    """The scheme's shelf for an old number typed, or for the number the next file of
    `record_type` would get now in `year` (not taken: another desk may take it first)."""
    scheme = read_options(session, (SHELVING,)).get(SHELVING)[record_type]
    if archive_number.strip():
        return suggested_shelf(scheme, archive_number)
    return scheme.location_for(peek_next_number(session, codes.code_for(record_type), year))


def look_alikes(
    session: Session, entry: HandEntry | None, customer: Customer, changed: Mapping[str, object]
) -> tuple[DuplicateMatch, ...]:
    """The accepted look-alikes of a changed file (LikelyDuplicates for others); none looked
    for without `entry` or when no identifying field changed."""
    if entry is None or not changed.keys() & {"name", "phones", "id_number"}:
        return ()
    return check_duplicates(
        session, entry, customer.name, customer.phones, customer.id_number, customer.id
    )
