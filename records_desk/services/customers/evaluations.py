"""附件1 audit evaluations (R-GRD-3) and 附件4 customer surveys (R-CUS-7): recording them, each
with its audit entry in the same transaction, and reading them back per customer.

Decisions:
- An evaluation grades, so it is for graded (admitted) record types only, like a review; the
  weights in force are stored with it. Its suggested grade is advice: the grade changes only
  through GradingService.change_grade (quota check, R-GRD-2).
- A survey may be taken of any active file (prospects in the campaign database included: 五6.2
  surveys come before admission).
- Neither can be dated after today. Voided files take neither.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.dates import check_not_after
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers import evaluations as ev
from records_desk.domain.customers.limits import LimitedText, check_texts
from records_desk.domain.customers.surveys import check_survey
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.customers.quality_dto import (
    EvaluationInfo,
    EvaluationLineInfo,
    SurveyInfo,
)
from records_desk.services.customers.records import (
    customer_ref,
    grade_of,
    load_customer,
    require_active,
)
from records_desk.store.customers import Customer, Evaluation, Survey
from records_desk.store.models import Account


def _names(session: Session, account_id: int) -> tuple[str, str]:
    account = session.get(Account, account_id)
    return (account.username, account.full_name) if account else ("", "")


def _evaluation_info(session: Session, row: Evaluation, customer: Customer) -> EvaluationInfo:
    username, full_name = _names(session, row.evaluator_id)
    lines = []
    for criterion in ev.Criterion:
        line = ev.EvaluationLine(
            criterion,
            int(row.weights.get(criterion.value, 0)),
            int(row.scores.get(criterion.value, 0)),
            row.max_score,
        )
        lines.append(
            EvaluationLineInfo(
                criterion, line.weight, line.score, line.max_score, ev.as_decimal(line.weighted)
            )
        )
    return EvaluationInfo(
        id=row.id,
        customer=customer_ref(customer),
        evaluated_on=row.evaluated_on,
        product_line=row.product_line,
        lines=tuple(lines),
        total=Decimal(row.total_hundredths).scaleb(-2),
        suggested_grade=Grade(row.suggested_grade),
        opinion=row.opinion,
        evaluator=username,
        evaluator_name=full_name,
        recorded_at=row.recorded_at,
    )


def _survey_info(session: Session, row: Survey, customer: Customer) -> SurveyInfo:
    username, full_name = _names(session, row.surveyor_id)
    return SurveyInfo(
        id=row.id,
        customer=customer_ref(customer),
        surveyed_on=row.surveyed_on,
        sections=dict(row.sections),
        assessment=row.assessment,
        facts=dict(row.facts),
        surveyor=username,
        surveyor_name=full_name,
        recorded_at=row.recorded_at,
    )


class EvaluationService:
    def __init__(
        self,
        ctx: ServiceContext,
        policy: ev.EvaluationPolicy | Callable[[], ev.EvaluationPolicy] | None = None,
    ) -> None:
        self.ctx = ctx
        # R-GRD-3 weights: fixed, or the office settings read on each use (office_settings.py)
        self._policy = policy or ev.EvaluationPolicy()

    @property
    def policy(self) -> ev.EvaluationPolicy:
        return self._policy if isinstance(self._policy, ev.EvaluationPolicy) else self._policy()

    @property
    def weights(self) -> dict[ev.Criterion, int]:
        return dict(self.policy.weights)

    # --- 附件1 evaluations ---------------------------------------------------------------

    def record_evaluation(
        self,
        actor: Principal,
        customer_id: int,
        evaluated_on: date,
        scores: Mapping[str, int],
        opinion: str = "",
        product_line: str | None = None,
    ) -> EvaluationInfo:
        """R-GRD-3 附件1: every criterion scored 0..max, weighted by the configured weights;
        the total out of 100 and the grade it suggests are kept with the weights used."""
        actor = self.ctx.authorize(actor, Action.EVALUATION_RECORD)
        check_texts((LimitedText.OPINION, opinion), (LimitedText.PRODUCT_LINE, product_line))
        policy = self.policy  # one read of the office settings for the weights and the scale
        result = ev.evaluate(scores, policy)
        now = self.ctx.now()
        check_not_after(evaluated_on, office_day(now))
        total = ev.as_decimal(result.total)
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            grade_of(customer)
            row = Evaluation(
                customer_id=customer.id,
                evaluated_on=evaluated_on,
                product_line=(product_line or "").strip() or None,
                scores={line.criterion.value: line.score for line in result.lines},
                weights={line.criterion.value: line.weight for line in result.lines},
                max_score=policy.max_score,
                total_hundredths=int(total.scaleb(2)),
                suggested_grade=result.suggested_grade.value,
                opinion=opinion.strip(),
                evaluator_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.EVALUATION_RECORD,
                f"evaluated {customer.archive_number}: {total} -> {result.suggested_grade}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "evaluation_id": row.id,
                    "evaluated_on": evaluated_on.isoformat(),
                    "total": str(total),
                    "suggested_grade": row.suggested_grade,
                    "weights": row.weights,
                },
            )
            uow.commit()
            return _evaluation_info(session, row, customer)

    def evaluations(self, actor: Principal, customer_id: int) -> list[EvaluationInfo]:
        """A customer's evaluations, newest first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            rows = session.scalars(
                select(Evaluation)
                .where(Evaluation.customer_id == customer.id)
                .order_by(Evaluation.evaluated_on.desc(), Evaluation.id.desc())
            )
            return [_evaluation_info(session, row, customer) for row in rows]

    def latest_evaluation(self, actor: Principal, customer_id: int) -> EvaluationInfo | None:
        found = self.evaluations(actor, customer_id)
        return found[0] if found else None

    # --- 附件4 surveys -------------------------------------------------------------------

    def record_survey(
        self,
        actor: Principal,
        customer_id: int,
        surveyed_on: date,
        sections: Mapping[str, str],
        assessment: str = "",
        facts: Mapping[str, object] | None = None,
    ) -> SurveyInfo:
        """R-CUS-7 附件4: the seven sections (at least one filled in), the surveyor's
        assessment and the head's facts, kept whole with who and when."""
        actor = self.ctx.authorize(actor, Action.SURVEY_RECORD)
        now = self.ctx.now()
        today = office_day(now)
        check_not_after(surveyed_on, today)
        survey = check_survey(sections, assessment, facts, today)
        with self.ctx.uow.write() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            require_active(customer)
            row = Survey(
                customer_id=customer.id,
                surveyed_on=surveyed_on,
                sections=survey.sections,
                assessment=survey.assessment,
                facts=survey.facts,
                surveyor_id=actor.account_id,
                recorded_at=now,
            )
            session.add(row)
            session.flush()
            journal.append(
                session,
                now,
                actor.username,
                AuditAction.SURVEY_RECORD,
                f"surveyed {customer.archive_number} on {surveyed_on}",
                entity_type=AuditTarget.CUSTOMER,
                entity_id=customer.id,
                details={
                    "survey_id": row.id,
                    "surveyed_on": surveyed_on.isoformat(),
                    "sections": [k for k, v in survey.sections.items() if v],
                },
            )
            uow.commit()
            return _survey_info(session, row, customer)

    def surveys(self, actor: Principal, customer_id: int) -> list[SurveyInfo]:
        """A customer's surveys, newest first."""
        self.ctx.authorize(actor, Action.CUSTOMER_VIEW)
        with self.ctx.uow.read() as uow:
            session = uow.session
            customer = load_customer(session, customer_id)
            rows = session.scalars(
                select(Survey)
                .where(Survey.customer_id == customer.id)
                .order_by(Survey.surveyed_on.desc(), Survey.id.desc())
            )
            return [_survey_info(session, row, customer) for row in rows]

    def latest_survey(self, actor: Principal, customer_id: int) -> SurveyInfo | None:
        found = self.surveys(actor, customer_id)
        return found[0] if found else None
