"""A deal as recorded (`DealDraft`) and its proposal worked out from the database
(`propose`, domain/reception/commission.py): the stored visitor sheets' rows of the deal's customer and household (corrections applied), and the registry of
their registrations as of the deal's day, joined through a relative named on the deal
(R-REC-9: a deal in a different name is matched through direct relatives).

Decisions:
- A sheet row that a later row corrects is read as the correction (R-REC-11: the correction is
  what the sheet now says); who received the visitor and why is never corrected.
- Visits are looked up by the phones and ID numbers of the customer, the relative named and
  the household's registrations: a year of sheets costs a few index lookups.
- Registrations are as of the deal day's start (registry.py), the day's sheets up to the
  deal's day included.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from records_desk.domain.reception import commission as cm
from records_desk.domain.reception.commission import VisitRecord
from records_desk.domain.reception.dispute_errors import DealInvalid, DealProblem
from records_desk.domain.reception.registrations import (
    Registry,
    Relation,
    RelationKind,
    id_key,
    phone_key,
)
from records_desk.domain.reception.vocabulary import Reason, Visitor
from records_desk.services.reception import records
from records_desk.services.reception.registry import registry_for, tidy_phone
from records_desk.services.reception.stored_events import parse_hhmm
from records_desk.store.reception import Registration as RegistrationRow
from records_desk.store.reception import Relation as RelationRow
from records_desk.store.reception import Visit


@dataclass(frozen=True)
class DealDraft:
    """A deal as recorded, with what was established about it (all optional): a mid-visit
    designation the manager allowed (四2/四3), a referral (五7), a forgotten original
    consultant (二6), a deal in the name of a relative of the registered customer (五6)."""

    customer: Visitor
    day: date
    consultant: str
    designated: str | None = None
    first: str | None = None  # default: who first received the customer that day
    instigated: bool = False  # the designated consultant instigated it
    designated_on: date | None = None  # default: the deal's day
    referred_by: str | None = None  # the referring customer's consultant
    announced: bool = False  # 五7A: announced in advance
    named_in_person: bool = False  # 五7B: the referrer came along naming them
    original: str | None = None  # 二6: the consultant the customer had forgotten
    recognised_on: date | None = None  # None: never (within the month)
    deal_first: bool = False  # 二6B: the deal came before the recognition
    relative_phone: str = ""  # 五6: the registered relative's phone
    relation: RelationKind | None = None


def row_ref(day: date, row_no: int) -> str:
    """How a proposal cites a sheet row: the day and its row number."""
    return f"{day.isoformat()}#{row_no}"


def deal_registry(
    session: Session, customer: Visitor, day: date, relative: tuple[str, RelationKind] | None
) -> tuple[Registry, list[RegistrationRow]]:
    """The registry of the customer (and the relative named) as of DAY, with the stored
    relations and the deal's own relation between the customer and the relative."""
    visitors = [customer]
    if relative is not None:
        visitors.append(Visitor("", relative[0]))
    registry, rows = registry_for(session, visitors, day)
    if relative is None or not phone_key(customer.phone):
        return registry, rows
    ids = [r.id for r in rows]
    phone_of = {r.id: r.phone for r in rows}
    relations = [
        Relation(phone_of[a], phone_of[b], RelationKind(kind))
        for a, b, kind in session.execute(
            select(RelationRow.a_id, RelationRow.b_id, RelationRow.kind).where(
                RelationRow.a_id.in_(ids), RelationRow.b_id.in_(ids)
            )
        )
        if phone_of[a] and phone_of[b]
    ]
    relations.append(Relation(customer.phone, relative[0], relative[1]))
    return Registry(registry.registrations, relations), rows


def customer_visits(
    session: Session, visitors: Iterable[Visitor], until: date, on: date | None = None
) -> list[VisitRecord]:
    """The sheet rows (corrections applied) of VISITORS up to UNTIL (only ON, when given)."""
    phones = {phone_key(v.phone) for v in visitors} - {""}
    ids = {id_key(v.id_number) for v in visitors} - {""}
    conditions = []
    if phones:
        conditions.append(Visit.phone.in_(phones))
    if ids:
        conditions.append(Visit.id_number.in_(ids))
    if not conditions:
        return []
    query = select(Visit).where(or_(*conditions), Visit.day <= until)
    if on is not None:
        query = query.where(Visit.day == on)
    found = {v.id: v for v in session.scalars(query)}
    # Follow each row to its latest correction (a correction may change the phone).
    frontier = set(found)
    while frontier:
        newer = list(session.scalars(select(Visit).where(Visit.corrects_id.in_(frontier))))
        frontier = {v.id for v in newer} - set(found)
        found.update((v.id, v) for v in newer)
    corrected = {v.corrects_id for v in found.values() if v.corrects_id}
    current = [v for v in found.values() if v.id not in corrected and v.consultant_id]
    who = records.names(session, {v.consultant_id for v in current})
    original_no = _original_numbers(found)
    return sorted(
        (
            VisitRecord(
                day=v.day,
                t=parse_hhmm(v.time),
                visitor=Visitor(v.visitor_name, v.phone, v.id_number),
                consultant=who[v.consultant_id or 0][0],
                reason=Reason(v.reason),
                row=row_ref(v.day, original_no.get(v.id, v.row_no)),
            )
            for v in current
        ),
        key=lambda r: (r.day, r.t, r.row),
    )


def _original_numbers(found: dict[int, Visit]) -> dict[int, int]:
    """Each correction's row number as the row it corrects, cited with its own: a proposal
    names the visit as it was received ("2026-11-27#3"), whichever correction it reads."""
    numbers = {}
    for v in found.values():
        first = v
        while first.corrects_id and first.corrects_id in found:
            first = found[first.corrects_id]
        if first is not v:
            numbers[v.id] = first.row_no
    return numbers


def household_visitors(registry: Registry, customer: Visitor) -> list[Visitor]:
    """The customer and the visitors of their household's registrations."""
    return [customer, *(r.visitor for r in registry.household_of(customer))]


def propose(session: Session, deal: cm.Deal, draft: DealDraft) -> tuple[cm.Proposal, dict]:
    """The rules' split for DEAL from the stored rows, and the facts as stored."""
    relative = None
    facts: dict[str, Any] = {}
    if draft.relation is not None:
        relative = (tidy_phone(draft.relative_phone), RelationKind(draft.relation))
        facts["relative"] = {"phone": relative[0], "kind": relative[1].value}
    registry, _ = deal_registry(session, deal.customer, deal.day, relative)
    visitors = household_visitors(registry, deal.customer)
    if relative is not None:
        visitors.append(Visitor("", relative[0]))
    designated_on = None
    dispute = cm.DisputeFacts()
    if draft.designated:
        designated_on = draft.designated_on or deal.day
        visits = customer_visits(session, visitors, deal.day, on=designated_on)
        mine = cm.customer_visits(deal, visits, registry)
        first = draft.first or (mine[0].consultant if mine else None)
        if first is None:
            raise DealInvalid(DealProblem.NO_FIRST, draft.designated)
        if first == draft.designated:
            raise DealInvalid(DealProblem.SAME_CONSULTANT, first)
        dispute = cm.DisputeFacts(
            designation=cm.MidVisitDesignation(first, draft.designated, draft.instigated)
        )
        facts["designation"] = {"first": first, "designated": draft.designated,
                                "instigated": draft.instigated,
                                "on": designated_on.isoformat()}  # fmt: skip
    else:
        visits = customer_visits(session, visitors, deal.day)
        if draft.referred_by:
            referral = cm.Referral(draft.referred_by, draft.announced, draft.named_in_person)
            dispute = cm.DisputeFacts(referral=referral)
            facts["referral"] = {"consultant": draft.referred_by, "announced": draft.announced,
                                 "named_in_person": draft.named_in_person}  # fmt: skip
        elif draft.original:
            # 二6: the reception that matters is the new consultant's, the first one not
            # the original's (an earlier visit with the original is what was forgotten).
            visits = [v for v in visits if v.consultant != draft.original]
            seen = draft.recognised_on
            dispute = cm.DisputeFacts(
                recognition=cm.Recognition(draft.original, seen, draft.deal_first)
            )
            facts["recognition"] = {"original": draft.original,
                                    "recognised_on": seen.isoformat() if seen else None,
                                    "deal_first": draft.deal_first}  # fmt: skip
    return cm.propose(deal, visits, registry, dispute), facts


def rows_used(proposal: cm.Proposal) -> dict[str, Any]:
    return {
        "visits": [
            {"day": v.day.isoformat(), "row": v.row, "t": f"{v.t:%H:%M}",
             "visitor": v.visitor.name, "consultant": v.consultant, "reason": v.reason.value}
            for v in proposal.visits
        ],
        "registrations": [
            {"visitor": r.visitor.name, "consultant": r.consultant,
             "registered": r.registered.isoformat(),
             "last_follow_up": r.last_follow_up.isoformat(),
             "valid_through": r.valid_through().isoformat()}
            for r in proposal.registrations
        ],
    }  # fmt: skip
