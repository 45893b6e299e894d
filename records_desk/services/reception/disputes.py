"""Commission disputes (R-REC-7…10, seed 第四篇 二6, 四2, 四3, 五5–五7): a deal recorded with
what was established about it, the split the rules give worked out from the stored visitor
sheets and registrations (domain/reception/commission.py) — 100, 55–45, 50–50 or 0, citing the
rule, the clause and the rows used — and a manager's decision: confirmed as proposed, or
another split with a reason. Every write audited.

Decisions:
- The proposal is worked out once, when the deal is recorded, and stored with the deal: the
  manager decides on what the record shows, and a sheet corrected later does not change what
  was decided on (a new deal record is the way to ask again).
- A deal is disputed when its proposal names anyone but the consultant who closed it, or
  gives them less than all; `disputes` lists those without a decision. An undisputed deal
  may still be decided (a complaint after the fact).
- A decision is final (the database refuses to change it, migration reception_0002). A
  change is a revision: a new decision naming the one it replaces, always with a reason.
- A mid-visit designation (四2, 四3) is judged on the day it happened (default: the deal's
  day): the customer's visits of that day say who received them first and whether as a
  returning customer (100 % to the first) or as a new one (55 / 45).
- A forgotten original consultant (二6) is judged from the customer's first visit received by
  someone else than the original: that is the new consultant's reception.
- A consultant records their own deals only; the clerk and the managers any consultant's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.errors import PermissionDenied
from records_desk.domain.common.permissions import Action
from records_desk.domain.common.roles import Role
from records_desk.domain.reception import commission as cm
from records_desk.domain.reception.dispute_errors import (
    AlreadyDecided,
    DealInvalid,
    DealNotFound,
    DealProblem,
    NotDecided,
    NotYourDeal,
    SplitInvalid,
    SplitProblem,
)
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.reception import deal_rows, records
from records_desk.services.reception.deal_rows import DealDraft
from records_desk.services.reception.registry import tidy_id, tidy_phone
from records_desk.store.reception_deals import Deal, DealDecision

Shares = tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class DecisionInfo:
    id: int
    as_proposed: bool
    shares: Shares
    reason: str
    supersedes: int | None
    decided_by: str
    decided_by_name: str
    decided_at: datetime


@dataclass(frozen=True)
class DealInfo:
    id: int
    customer: str
    phone: str
    day: date
    consultant: str
    consultant_name: str
    basis: str
    rule: str
    clause: str
    shares: Shares  # the proposal
    visits: tuple[dict[str, Any], ...]  # the sheet rows used: day, row, t, visitor, ...
    registrations: tuple[dict[str, Any], ...]  # the registrations used
    contested: bool
    facts: dict[str, Any]
    recorded_by: str
    recorded_at: datetime
    decisions: tuple[DecisionInfo, ...] = field(default=())  # oldest first

    @property
    def decision(self) -> DecisionInfo | None:
        """The decision in force: the latest revision."""
        return self.decisions[-1] if self.decisions else None

    @property
    def open(self) -> bool:
        return self.contested and not self.decisions

    @property
    def settled(self) -> Shares:
        """The split in force: the decision's, else the proposal's."""
        return self.decision.shares if self.decision else self.shares


class DisputeService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- recording a deal ------------------------------------------------------------------

    def record(self, actor: Principal, draft: DealDraft) -> DealInfo:
        """R-REC-7…10: the deal stored with the split the rules give and the rows used."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_DEAL)
        now = self.ctx.now()
        customer = _tidy(draft)
        if draft.day > office_day(now):
            raise DealInvalid(DealProblem.FUTURE_DATE, draft.day.isoformat())
        if actor.role is Role.CONSULTANT and draft.consultant.strip() != actor.username:
            self.ctx.audit_refusal(
                actor.username,
                Action.RECEPTION_DEAL,
                PermissionDenied(actor.username, actor.role.value, Action.RECEPTION_DEAL.value),
            )
            raise NotYourDeal(actor.username, draft.consultant.strip())
        with self.ctx.uow.write() as uow:
            session = uow.session
            closer = records.consultant(session, draft.consultant)
            for name in (draft.designated, draft.first, draft.referred_by, draft.original):
                if name:
                    records.consultant(session, name)
            deal = cm.Deal(customer, draft.day, closer.username)
            proposal, facts = deal_rows.propose(session, deal, draft)
            row = Deal(
                customer_name=customer.name,
                phone=customer.phone,
                id_number=customer.id_number,
                day=draft.day,
                consultant_id=closer.id,
                facts=facts,
                basis=proposal.basis.value,
                rule=proposal.rule,
                clause=proposal.clause,
                shares=[[c, p] for c, p in proposal.shares],
                rows_used=deal_rows.rows_used(proposal),
                contested=proposal.shares != ((closer.username, 100),),
                recorded_by_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session, now, actor.username, AuditAction.RECEPTION_DEAL,
                f"deal {row.id} of {draft.day.isoformat()} closed by {closer.username}:"
                f" {proposal.rule} {proposal.clause} proposes {_split_text(proposal.shares)}",
                entity_type=AuditTarget.RECEPTION_DEAL, entity_id=row.id,
                details={"consultant": closer.username, "basis": proposal.basis.value,
                         "rule": proposal.rule, "clause": proposal.clause,
                         "shares": row.shares, "contested": row.contested,
                         "rows": [v["row"] for v in row.rows_used["visits"]]},
            )  # fmt: skip
            info = _info(session, row)
            uow.commit()
        return info

    # -- reading ---------------------------------------------------------------------------

    def deal(self, actor: Principal, deal_id: int) -> DealInfo:
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            return _info(uow.session, _load(uow.session, deal_id))

    def disputes(self, actor: Principal, include_settled: bool = False) -> list[DealInfo]:
        """The disputed deals still awaiting a decision (with INCLUDE_SETTLED: every deal),
        oldest first."""
        self.ctx.authorize(actor, Action.RECEPTION_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            query = select(Deal).order_by(Deal.day, Deal.id)
            if not include_settled:
                decided = select(DealDecision.deal_id)
                query = query.where(Deal.contested.is_(True), Deal.id.not_in(decided))
            return [_info(session, d) for d in session.scalars(query)]

    # -- deciding --------------------------------------------------------------------------

    def decide(
        self,
        actor: Principal,
        deal_id: int,
        shares: Sequence[tuple[str, int]] | None = None,
        reason: str = "",
        revise: bool = False,
    ) -> DealInfo:
        """A manager confirms the proposal (SHARES None, or the same split) or records
        another split with a REASON. Final: with REVISE, a new decision replaces the one in
        force (a reason required)."""
        actor = self.ctx.authorize(actor, Action.RECEPTION_DECIDE)
        reason = reason.strip()
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            deal = _load(session, deal_id)
            proposed = tuple((str(c), int(p)) for c, p in deal.shares)
            split = _split(session, shares) if shares is not None else proposed
            # A consultant left out is one given 0 %: the same split either way.
            as_proposed = _nonzero(split) == _nonzero(proposed)
            if (not as_proposed or revise) and not reason:
                raise SplitInvalid(SplitProblem.NO_REASON)
            current = _decisions(session, deal.id)
            if current and not revise:
                who = records.names(session, [current[-1].decided_by_id])
                raise AlreadyDecided(deal.id, who[current[-1].decided_by_id][0])
            if revise and not current:
                raise NotDecided(deal.id)
            row = DealDecision(
                deal_id=deal.id,
                as_proposed=as_proposed,
                shares=[[c, p] for c, p in split],
                reason=reason,
                supersedes_id=current[-1].id if current else None,
                decided_by_id=actor.account_id,
                decided_at=now,
            )
            session.add(row)
            session.flush()
            verb = "revised" if revise else "confirmed" if as_proposed else "decided"
            journal.append(
                session, now, actor.username, AuditAction.RECEPTION_DECIDE,
                f"deal {deal.id} {verb}: {_split_text(split)}",
                entity_type=AuditTarget.RECEPTION_DEAL, entity_id=deal.id,
                details={"decision": row.id, "as_proposed": as_proposed, "shares": row.shares,
                         "proposed": deal.shares, "supersedes": row.supersedes_id,
                         "reason": bool(reason)},
            )  # fmt: skip
            info = _info(session, deal)
            uow.commit()
        return info


# -- inside ----------------------------------------------------------------------------------


def _tidy(draft: DealDraft) -> Visitor:
    name = draft.customer.name.strip()
    phone, id_number = tidy_phone(draft.customer.phone), tidy_id(draft.customer.id_number)
    if not name:
        raise DealInvalid(DealProblem.NO_NAME)
    if not (phone or id_number):
        raise DealInvalid(DealProblem.NO_CONTACT, name)
    if bool(draft.relative_phone.strip()) != (draft.relation is not None) or (
        draft.relation is not None and not (phone and tidy_phone(draft.relative_phone))
    ):
        raise DealInvalid(DealProblem.BAD_RELATION, draft.relative_phone)
    return Visitor(name, phone, id_number)


def _split(session: Session, shares: Sequence[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """SHARES checked (domain: commission.check_split), each consultant by their account."""
    cm.check_split(shares)
    return tuple((records.consultant(session, c.strip()).username, p) for c, p in shares)


def _nonzero(shares: Sequence[tuple[str, int]]) -> dict[str, int]:
    return {c: p for c, p in shares if p}


def _split_text(shares: Sequence[tuple[str, int]] | Sequence[Sequence[Any]]) -> str:
    return ", ".join(f"{c} {p}%" for c, p in shares)


def _load(session: Session, deal_id: int) -> Deal:
    deal = session.get(Deal, deal_id)
    if deal is None:
        raise DealNotFound(deal_id)
    return deal


def _decisions(session: Session, deal_id: int) -> list[DealDecision]:
    """The deal's decisions in the order made (each revision after the one it replaces)."""
    return list(
        session.scalars(
            select(DealDecision).where(DealDecision.deal_id == deal_id).order_by(DealDecision.id)
        )
    )


def _info(session: Session, deal: Deal) -> DealInfo:
    decisions = _decisions(session, deal.id)
    who = records.names(
        session, {deal.consultant_id, deal.recorded_by_id, *(d.decided_by_id for d in decisions)}
    )
    return DealInfo(
        id=deal.id,
        customer=deal.customer_name,
        phone=deal.phone,
        day=deal.day,
        consultant=who[deal.consultant_id][0],
        consultant_name=who[deal.consultant_id][1],
        basis=deal.basis,
        rule=deal.rule,
        clause=deal.clause,
        shares=tuple((str(c), int(p)) for c, p in deal.shares),
        visits=tuple(deal.rows_used.get("visits", ())),
        registrations=tuple(deal.rows_used.get("registrations", ())),
        contested=bool(deal.contested),
        facts=dict(deal.facts),
        recorded_by=who[deal.recorded_by_id][0],
        recorded_at=deal.recorded_at,
        decisions=tuple(
            DecisionInfo(
                id=d.id,
                as_proposed=bool(d.as_proposed),
                shares=tuple((str(c), int(p)) for c, p in d.shares),
                reason=d.reason,
                supersedes=d.supersedes_id,
                decided_by=who[d.decided_by_id][0],
                decided_by_name=who[d.decided_by_id][1],
                decided_at=d.decided_at,
            )
            for d in decisions
        ),
    )
