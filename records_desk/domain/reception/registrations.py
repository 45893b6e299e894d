"""Registrations and households: who is a returning customer on a day, and whose (R-REC-4,
R-REC-9, seed 第四篇 五2, 五5, 五6).

- A registration (a visitor, the consultant who registered them, the day registered, the day
  of the last follow-up) is valid through the last follow-up plus one calendar month, clamped
  to that month's end: 10-27 → 11-27, 01-31 → 02-28 (02-29 in a leap year). After that the
  visitor is a new customer again.
- Registrations of the same person (same phone or ID number) and those joined by a `spouse`
  or `parent_child` relation are one customer — one household; `sibling` and `other` join
  nothing. The household's owner is its earliest registration (by day registered, then by
  the order given).

Decisions:
- Only registrations valid on the day take part in choosing the owner: an expired
  registration makes its visitor new (R-REC-4), so it cannot hold the household either; the
  earliest of the household's valid registrations wins (五6: "以最前一次有效客戶登記為準").
- Phones are compared by their digits, ID numbers upper-cased without spaces; an empty phone
  or ID number matches nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from records_desk.domain.common.dates import add_months
from records_desk.domain.reception.vocabulary import Visitor


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    PARENT_CHILD = "parent_child"
    SIBLING = "sibling"
    OTHER = "other"


# R-REC-9: direct relatives are one customer; siblings and other relatives are not.
JOINING = frozenset({RelationKind.SPOUSE, RelationKind.PARENT_CHILD})


@dataclass(frozen=True)
class Registration:
    visitor: Visitor
    consultant: str
    registered: date
    last_follow_up: date

    def valid_through(self) -> date:
        return valid_through(self.last_follow_up)

    def valid_on(self, day: date) -> bool:
        return day <= self.valid_through()


@dataclass(frozen=True)
class Relation:
    """Two customers, by phone number (`a`, `b`), and how they are related."""

    a: str
    b: str
    kind: RelationKind


@dataclass(frozen=True)
class Match:
    """A visitor found among the registrations: their own registration (the earliest of
    theirs valid on the day, else their earliest), the household's owning registration on
    the day (None: every registration of the household has expired, so the visitor is new),
    and whether that owner is another member of the household (R-REC-9)."""

    registration: Registration
    owner: Registration | None
    household: bool

    @property
    def returning(self) -> bool:
        return self.owner is not None


def valid_through(last_follow_up: date) -> date:
    """R-REC-4 (五2): one calendar month from the last follow-up, clamped to the month's end."""
    return add_months(last_follow_up, 1)


def phone_key(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def id_key(id_number: str) -> str:
    return "".join(id_number.split()).upper()


class Registry:
    """The registrations known on a day, joined into households; asked per visitor."""

    def __init__(
        self, registrations: Iterable[Registration] = (), relations: Iterable[Relation] = ()
    ) -> None:
        self.registrations = tuple(registrations)
        self._parent = list(range(len(self.registrations)))
        self._by_phone: dict[str, list[int]] = {}
        self._by_id: dict[str, list[int]] = {}
        for index, registration in enumerate(self.registrations):
            for key, table in (
                (phone_key(registration.visitor.phone), self._by_phone),
                (id_key(registration.visitor.id_number), self._by_id),
            ):
                if key:
                    table.setdefault(key, []).append(index)
        for table in (self._by_phone, self._by_id):
            for same_person in table.values():
                for other in same_person[1:]:
                    self._join(same_person[0], other)
        # Direct relatives by phone, registered or not (a deal in another name, R-REC-9).
        self._relatives: dict[str, set[str]] = {}
        for relation in relations:
            if relation.kind not in JOINING:
                continue
            a, b = phone_key(relation.a), phone_key(relation.b)
            self._relatives.setdefault(a, set()).add(b)
            self._relatives.setdefault(b, set()).add(a)
            left = self._by_phone.get(a, [])
            right = self._by_phone.get(b, [])
            if left and right:
                self._join(left[0], right[0])
        self._members: dict[int, list[int]] = {}
        for index in range(len(self.registrations)):
            self._members.setdefault(self._root(index), []).append(index)

    def _root(self, index: int) -> int:
        while self._parent[index] != index:
            self._parent[index] = self._parent[self._parent[index]]
            index = self._parent[index]
        return index

    def _join(self, a: int, b: int) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            self._parent[max(ra, rb)] = min(ra, rb)

    def _own(self, visitor: Visitor) -> list[int]:
        found = self._by_phone.get(phone_key(visitor.phone), []) + self._by_id.get(
            id_key(visitor.id_number), []
        )
        return sorted(set(found))

    def household_of(self, visitor: Visitor) -> list[Registration]:
        """Every registration of the visitor's household: their own and those joined to them,
        or, for someone not registered, those of their direct relatives (R-REC-9)."""
        own = self._own(visitor)
        if not own:
            phones = self._relatives.get(phone_key(visitor.phone), set())
            own = sorted({i for p in phones for i in self._by_phone.get(p, [])})
        roots = {self._root(i) for i in own}
        return [self.registrations[i] for r in sorted(roots) for i in self._members[r]]

    def match(self, visitor: Visitor, day: date) -> Match | None:
        """The visitor's registration and their household's owner on `day`; None when the
        visitor is not registered at all."""
        own = self._own(visitor)
        if not own:
            return None
        members = self._members[self._root(own[0])]
        valid = [i for i in members if self.registrations[i].valid_on(day)]
        owner_index = min(valid, key=lambda i: (self.registrations[i].registered, i), default=None)
        mine = [i for i in own if i in valid] or own
        registration = self.registrations[
            min(mine, key=lambda i: (self.registrations[i].registered, i))
        ]
        if owner_index is None:
            return Match(registration, None, False)
        owner = self.registrations[owner_index]
        return Match(registration, owner, owner_index not in own)
