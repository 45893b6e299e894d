"""Commission disputes (R-REC-4, 7, 8, 9, 10; seed 第四篇 二6, 四2, 四3, 五2, 五5–五7): given a
deal and the records of the customer's visits, their registrations and what the manager
established, the split the rules give — 100, 55–45, 50–50 or 0 — citing the rule and the rows
it used. A proposal only: a manager confirms it or records another decision with a reason
(services/reception).

The rules, in the order they are tried:
- R-REC-7 (四2, 四3) a mid-visit designation the manager allowed: a returning customer's → 100 %
  to the first consultant; a new customer's → 55 % first, 45 % designated, or 100 % first when
  the designated consultant instigated it.
- R-REC-10 (五7) a referral: announced in advance (A) or the referring customer came naming the
  consultant (B) → 100 % that consultant; otherwise (C, D) → the consultant the rotation gave
  the new customer.
- R-REC-8 (二6) a forgotten original consultant: a deal on the spot before anyone recognised
  the original → all to the new one (B); recognised the same day → the original (A); recognised
  later within a month of the visit → half each (C); not recognised within the month → all to
  the new one (D).
- Otherwise R-REC-4 / R-REC-9 (五2, 五5, 五6): the owner of the household's valid registration on
  the day of the deal; with none, the consultant who last received the customer as new. The
  deal's consultant gets 0 when that is someone else.

Decisions:
- The customer's visits are those of the visitor or of anyone in their household (R-REC-9: a
  deal in a different name is matched through direct relatives), in time order; the first is
  the reception that brought them in.
- Shares are whole percentages summing to 100; a consultant named in the dispute who gets
  nothing is listed with 0, so the proposal says so rather than leaving them out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, time
from enum import StrEnum

from records_desk.domain.common.dates import add_months
from records_desk.domain.reception.dispute_errors import SplitInvalid, SplitProblem
from records_desk.domain.reception.registrations import Registration, Registry, id_key, phone_key
from records_desk.domain.reception.vocabulary import COUNTED, Reason, Visitor


@dataclass(frozen=True)
class Deal:
    customer: Visitor
    day: date
    consultant: str  # the one who closed it


@dataclass(frozen=True)
class VisitRecord:
    """A row of a day's visitor sheet: `row` is the sheet's reference, cited back."""

    day: date
    t: time
    visitor: Visitor
    consultant: str
    reason: Reason
    row: str = ""


@dataclass(frozen=True)
class MidVisitDesignation:
    """四2/四3: during a visit the customer asked for `designated` and a manager allowed it."""

    first: str
    designated: str
    instigated_by_designated: bool = False


@dataclass(frozen=True)
class Referral:
    """五7: the customer was referred by a customer of `consultant`."""

    consultant: str
    announced: bool = False  # A: called ahead, declared and booked
    named_in_person: bool = False  # B: the referring customer came along naming them


@dataclass(frozen=True)
class Recognition:
    """二6: the customer had forgotten `original`; recognised on `recognised_on` (None:
    never). `deal_first`: a deal on the day of recognition came before it."""

    original: str
    recognised_on: date | None
    deal_first: bool = False


@dataclass(frozen=True)
class DisputeFacts:
    designation: MidVisitDesignation | None = None
    referral: Referral | None = None
    recognition: Recognition | None = None


class Basis(StrEnum):
    """Which clause decided, for the wording and the record."""

    DESIGNATION_RETURNING = "designation_returning"  # R-REC-7, 四3
    DESIGNATION_INSTIGATED = "designation_instigated"  # R-REC-7, 四2 proviso
    DESIGNATION_SPLIT = "designation_split"  # R-REC-7, 四2
    REFERRAL_ANNOUNCED = "referral_announced"  # R-REC-10, 五7 A
    REFERRAL_NAMED = "referral_named"  # R-REC-10, 五7 B
    REFERRAL_ROTATION = "referral_rotation"  # R-REC-10, 五7 C/D
    FORGOTTEN_DEAL_FIRST = "forgotten_deal_first"  # R-REC-8, 二6 B
    FORGOTTEN_SAME_DAY = "forgotten_same_day"  # R-REC-8, 二6 A
    FORGOTTEN_WITHIN_MONTH = "forgotten_within_month"  # R-REC-8, 二6 C
    FORGOTTEN_NEVER = "forgotten_never"  # R-REC-8, 二6 D
    REGISTRATION = "registration"  # R-REC-4, 五2
    HOUSEHOLD = "household"  # R-REC-9, 五5/五6
    RECEPTION = "reception"  # no valid registration: who received them as new


RULES = {
    Basis.DESIGNATION_RETURNING: ("R-REC-7", "四3"),
    Basis.DESIGNATION_INSTIGATED: ("R-REC-7", "四2"),
    Basis.DESIGNATION_SPLIT: ("R-REC-7", "四2"),
    Basis.REFERRAL_ANNOUNCED: ("R-REC-10", "五7A"),
    Basis.REFERRAL_NAMED: ("R-REC-10", "五7B"),
    Basis.REFERRAL_ROTATION: ("R-REC-10", "五7C"),
    Basis.FORGOTTEN_DEAL_FIRST: ("R-REC-8", "二6B"),
    Basis.FORGOTTEN_SAME_DAY: ("R-REC-8", "二6A"),
    Basis.FORGOTTEN_WITHIN_MONTH: ("R-REC-8", "二6C"),
    Basis.FORGOTTEN_NEVER: ("R-REC-8", "二6D"),
    Basis.REGISTRATION: ("R-REC-4", "五2"),
    Basis.HOUSEHOLD: ("R-REC-9", "五5"),
    Basis.RECEPTION: ("R-REC-4", "五4"),
}


@dataclass(frozen=True)
class Proposal:
    shares: tuple[tuple[str, int], ...]  # (consultant, percent), 100 in all
    basis: Basis
    visits: tuple[VisitRecord, ...] = ()  # the rows used
    registrations: tuple[Registration, ...] = field(default=())

    @property
    def rule(self) -> str:
        return RULES[self.basis][0]

    @property
    def clause(self) -> str:
        return RULES[self.basis][1]

    def share_of(self, consultant: str) -> int:
        return sum(p for c, p in self.shares if c == consultant)


def _shares(*pairs: tuple[str, int], also: Sequence[str] = ()) -> tuple[tuple[str, int], ...]:
    merged: dict[str, int] = {}
    for consultant, percent in pairs:
        merged[consultant] = merged.get(consultant, 0) + percent
    for consultant in also:
        merged.setdefault(consultant, 0)
    return tuple(merged.items())


def customer_visits(
    deal: Deal, visits: Sequence[VisitRecord], registry: Registry
) -> tuple[VisitRecord, ...]:
    """The visits of the deal's customer or of their household, up to the deal, in order."""
    keys = set(_keys(deal.customer))
    for member in registry.household_of(deal.customer):
        keys |= _keys(member.visitor)
    found = [v for v in visits if v.day <= deal.day and _keys(v.visitor) & keys]
    return tuple(sorted(found, key=lambda v: (v.day, v.t)))


def _keys(visitor: Visitor) -> frozenset[str]:
    return frozenset(
        k for k in (f"p:{phone_key(visitor.phone)}", f"i:{id_key(visitor.id_number)}") if k[2:]
    )


def propose(
    deal: Deal,
    visits: Sequence[VisitRecord],
    registry: Registry,
    facts: DisputeFacts = DisputeFacts(),  # noqa: B008 - frozen, never changed
) -> Proposal:
    mine = customer_visits(deal, visits, registry)
    first = mine[0] if mine else None
    used = (first,) if first else ()
    if facts.designation:
        d = facts.designation
        was_returning = first is not None and first.reason in (
            Reason.RETURNING_OWNER,
            Reason.COURTESY,
        )
        if was_returning:
            return Proposal(
                _shares((d.first, 100), also=[d.designated]), Basis.DESIGNATION_RETURNING, used
            )
        if d.instigated_by_designated:
            return Proposal(
                _shares((d.first, 100), also=[d.designated]), Basis.DESIGNATION_INSTIGATED, used
            )
        return Proposal(_shares((d.first, 55), (d.designated, 45)), Basis.DESIGNATION_SPLIT, used)
    if facts.referral:
        r = facts.referral
        if r.announced or r.named_in_person:
            basis = Basis.REFERRAL_ANNOUNCED if r.announced else Basis.REFERRAL_NAMED
            return Proposal(_shares((r.consultant, 100), also=[deal.consultant]), basis, used)
        by_rotation = next((v for v in mine if v.reason in COUNTED), first)
        winner = by_rotation.consultant if by_rotation else deal.consultant
        return Proposal(
            _shares((winner, 100), also=[r.consultant]),
            Basis.REFERRAL_ROTATION,
            (by_rotation,) if by_rotation else (),
        )
    if facts.recognition and first is not None:
        return _forgotten(deal, first, facts.recognition)
    return _by_registration(deal, mine, registry)


def _forgotten(deal: Deal, first: VisitRecord, rec: Recognition) -> Proposal:
    new, original = first.consultant, rec.original
    on_the_spot = deal.day == first.day
    seen = rec.recognised_on
    if on_the_spot and (seen is None or seen > deal.day or (seen == deal.day and rec.deal_first)):
        return Proposal(_shares((new, 100), also=[original]), Basis.FORGOTTEN_DEAL_FIRST, (first,))
    if seen == first.day:
        return Proposal(_shares((original, 100), also=[new]), Basis.FORGOTTEN_SAME_DAY, (first,))
    if seen is not None and seen <= add_months(first.day, 1):
        return Proposal(_shares((new, 50), (original, 50)), Basis.FORGOTTEN_WITHIN_MONTH, (first,))
    return Proposal(_shares((new, 100), also=[original]), Basis.FORGOTTEN_NEVER, (first,))


def _by_registration(deal: Deal, mine: Sequence[VisitRecord], registry: Registry) -> Proposal:
    owner, household = None, False
    match = registry.match(deal.customer, deal.day)
    if match is not None:
        owner, household = match.owner, match.household
    else:
        # Not registered themselves: a direct relative's household (R-REC-9, 五6).
        valid = [r for r in registry.household_of(deal.customer) if r.valid_on(deal.day)]
        owner, household = min(valid, key=lambda r: r.registered, default=None), True
    if owner is not None:
        basis = Basis.HOUSEHOLD if household else Basis.REGISTRATION
        shares = _shares((owner.consultant, 100), also=[deal.consultant])
        return Proposal(shares, basis, (), (owner,))
    as_new = [v for v in mine if v.reason in COUNTED]
    winner = as_new[-1] if as_new else None
    consultant = winner.consultant if winner else deal.consultant
    return Proposal(
        _shares((consultant, 100), also=[deal.consultant]),
        Basis.RECEPTION,
        (winner,) if winner else (),
    )


def read_shares(texts: Iterable[str]) -> list[tuple[str, int]]:
    """A manager's split as typed — "amy=60", "bob=40 %" (one share per text; empty texts are
    skipped) — or SplitInvalid(BAD_SHARE) naming the share that is not CONSULTANT=PERCENT."""
    shares: list[tuple[str, int]] = []
    for text in texts:
        if not text.strip():
            continue
        name, _, percent = text.partition("=")
        try:
            shares.append((name.strip(), int(percent.strip().rstrip("%").strip())))
        except ValueError:
            raise SplitInvalid(SplitProblem.BAD_SHARE, text.strip()) from None
    return shares


def check_split(shares: Sequence[tuple[str, int]]) -> None:
    """A split a manager may decide (R-REC-10): each consultant once, each share a whole
    percentage from 0 to 100, together 100 — else SplitInvalid naming the first problem
    (the consultant named twice, the share, or the total)."""
    names = [name.strip() for name, _ in shares]
    twice = next((name for name in names if names.count(name) > 1), None)
    if twice is not None:
        raise SplitInvalid(SplitProblem.TWICE, twice)
    for name, (_, percent) in zip(names, shares, strict=True):
        if not isinstance(percent, int) or not 0 <= percent <= 100:
            raise SplitInvalid(SplitProblem.BAD_SHARE, f"{name}={percent}")
    total = sum(percent for _, percent in shares)
    if total != 100:
        raise SplitInvalid(SplitProblem.NOT_100, str(total))
