"""Likely duplicate customer files (R-DQ-1 uniqueness): the keys two files share when they are
probably the same customer, the pairs found, and the pairs someone dismissed.

Two records are likely the same customer when their normalised names match and they share a
phone, or when they share an ID/business number whatever their names (an ID names one person or
company; "台積電" and its full legal name are the same 統一編號). Placeholder numbers made of one
repeated character (00000000) are no evidence and are ignored. A pair someone marked "not a
duplicate" stays dismissed. Each pair is one problem (quality.Problem) on the later record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from records_desk.domain.common.errors import DomainError
from records_desk.domain.common.identifiers import normalise_id_number, normalise_name
from records_desk.domain.customers.limits import LimitedText, check_length
from records_desk.domain.customers.quality import Dimension, PhoneFacts, Problem


class DuplicateBasis(StrEnum):
    NAME_AND_PHONE = "name_and_phone"
    ID_NUMBER = "id_number"


@dataclass(frozen=True)
class DuplicateProbe:
    record_id: int
    name: str
    phones: tuple[str, ...] = ()
    id_number: str | None = None
    group: str | None = None  # records pair up only within one group (None: all together)


@dataclass(frozen=True)
class DuplicatePair:
    first: int  # the smaller record id
    second: int
    bases: frozenset[DuplicateBasis]

    @property
    def key(self) -> frozenset[int]:
        return frozenset({self.first, self.second})


def duplicate_keys(
    probe: DuplicateProbe, phone_facts: PhoneFacts | None = None
) -> frozenset[tuple[DuplicateBasis, str]]:
    """The keys under which two records count as likely duplicates."""
    facts = phone_facts or PhoneFacts()
    keys: set[tuple[DuplicateBasis, str]] = set()
    name = normalise_name(probe.name)
    if name:
        for phone in probe.phones:
            if phone.strip():
                keys.add((DuplicateBasis.NAME_AND_PHONE, f"{name}|{facts(phone)[1]}"))
    if probe.id_number:
        number = normalise_id_number(probe.id_number)
        if len(set(number)) > 1:  # 00000000 and the like are placeholders, not evidence
            keys.add((DuplicateBasis.ID_NUMBER, number))
    return frozenset(keys)


@dataclass
class DismissalInvalid(DomainError):
    """Marking a pair "not a duplicate" needs two different files and a reason."""

    first_id: int
    second_id: int
    problem: str  # "same_record" or "no_reason"

    def __str__(self) -> str:
        return f"cannot dismiss {self.first_id} / {self.second_id} as duplicates ({self.problem})"


def check_dismissal(a: int, b: int, reason: str) -> tuple[int, int]:
    """The pair in stored order (smaller id first), or DismissalInvalid."""
    if a == b:
        raise DismissalInvalid(a, b, "same_record")
    if not reason.strip():
        raise DismissalInvalid(a, b, "no_reason")
    check_length(LimitedText.REASON, reason)
    return min(a, b), max(a, b)


def pair_key(a: int, b: int) -> frozenset[int]:
    """How a dismissed ("not a duplicate") pair is stored and looked up."""
    return frozenset({a, b})


def duplicate_candidates(
    probes: Iterable[DuplicateProbe],
    dismissed: Collection[frozenset[int]] = (),
    phone_facts: PhoneFacts | None = None,
) -> tuple[DuplicatePair, ...]:
    """R-DQ-1 uniqueness: every pair of records sharing a key, minus the dismissed pairs."""
    facts = phone_facts or PhoneFacts()
    keyed = ((p.record_id, p.group, duplicate_keys(p, facts)) for p in probes)
    return pairs_sharing_keys(keyed, dismissed)


def pairs_sharing_keys(
    keyed: Iterable[tuple[int, str | None, Iterable[tuple[str, str]]]],
    dismissed: Collection[frozenset[int]] = (),
) -> tuple[DuplicatePair, ...]:
    """The pairs of duplicate_candidates from keys worked out earlier (record id, group, keys):
    a check run keeps each file's keys with its version and re-reads only changed files."""
    dismissed = frozenset(dismissed)
    buckets: dict[tuple[str | None, str, str], list[int]] = defaultdict(list)
    for record_id, group, keys in keyed:
        for basis, value in keys:
            buckets[(group, basis, value)].append(record_id)
    found: dict[frozenset[int], set[DuplicateBasis]] = defaultdict(set)
    for (_, basis, _), ids in buckets.items():
        if len(ids) < 2:
            continue  # the usual case
        unique = sorted(set(ids))
        for i, first in enumerate(unique):
            for second in unique[i + 1 :]:
                key = pair_key(first, second)
                if key not in dismissed:
                    found[key].add(DuplicateBasis(basis))
    pairs = [DuplicatePair(min(k), max(k), frozenset(b)) for k, b in found.items()]
    return tuple(sorted(pairs, key=lambda p: (p.first, p.second)))


def duplicate_problems(
    pairs: Iterable[DuplicatePair],
    maintainer_of: Mapping[int, str] | None = None,
    department_of: Mapping[int, str] | None = None,
) -> tuple[Problem, ...]:
    """One uniqueness problem per pair, on the later record (the one entered twice)."""
    owners, departments = maintainer_of or {}, department_of or {}
    return tuple(
        Problem(
            pair.second,
            Dimension.UNIQUENESS,
            "R-DQ-1",
            f"likely the same customer as record {pair.first} ({', '.join(sorted(pair.bases))})",
            maintainer=owners.get(pair.second),
            department=departments.get(pair.second),
            other_record_id=pair.first,
        )
        for pair in pairs
    )


# --- a file being entered by hand (issue 10 §2) -----------------------------------------------


def shared_bases(
    probe: DuplicateProbe, others: Iterable[DuplicateProbe], phone_facts: PhoneFacts | None = None
) -> dict[int, frozenset[DuplicateBasis]]:
    """The records among `others` (not `probe` itself) that share a key with `probe`, and on
    what basis: the files a new or changed file looks like."""
    facts = phone_facts or PhoneFacts()
    mine = duplicate_keys(probe, facts)
    found: dict[int, frozenset[DuplicateBasis]] = {}
    if not mine:
        return found
    for other in others:
        if other.record_id == probe.record_id:
            continue
        shared = mine & duplicate_keys(other, facts)
        if shared:
            found[other.record_id] = frozenset(DuplicateBasis(b) for b, _ in shared)
    return found


@dataclass(frozen=True)
class DuplicateMatch:
    customer_id: int
    archive_number: str
    name: str
    bases: frozenset[DuplicateBasis]


@dataclass
class LikelyDuplicates(DomainError):
    """The file being registered (or a change being approved) looks like these files: the
    person asks "register anyway?"; a yes is audited with the registration."""

    matches: tuple[DuplicateMatch, ...]

    def __str__(self) -> str:
        return "likely the same customer as " + ", ".join(m.archive_number for m in self.matches)
