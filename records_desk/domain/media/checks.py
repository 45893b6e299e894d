"""The evidence rules of each step (R-MED-2, -3, -6, -7; what each step records is listed in
evidence.py): `check_evidence` refuses evidence that does not satisfy its rule
(MediumEvidenceInvalid naming the problem) and returns it tidied, as the event log keeps it.
Whether the step is possible in the medium's state at all is lifecycle.allowed's question.

Decisions:
- Dates of events (sent, back, disposed, lost, virus signatures) are not after the day of the
  recording; a due date is not before it (due the same day is allowed).
- Names of people are accounts, compared without regard to case or spacing; whether the
  account exists, and may approve, is the services' question (the domain has no accounts).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from records_desk.domain.media.errors import EvidenceProblem, MediumEvidenceInvalid
from records_desk.domain.media.evidence import (
    Classify,
    Disposal,
    Encryption,
    Evidence,
    Issue,
    Loss,
    RepairBack,
    RepairSend,
    Return,
    SecurityLabel,
    VirusCheck,
    tidy,
)
from records_desk.domain.media.vocabulary import Action, DisposalMethod

if TYPE_CHECKING:
    from records_desk.domain.media.lifecycle import MediumFacts

P = EvidenceProblem


@dataclass(frozen=True)
class StepContext:
    """What a step is checked against: the day (office time), the account recording it, and
    the repair units the IT office names (a setting, R-MED-6)."""

    today: date
    actor: str = ""
    repair_units: tuple[str, ...] = ()


def _invalid(action: Action, problem: EvidenceProblem, value: object = "") -> MediumEvidenceInvalid:
    return MediumEvidenceInvalid(action, problem, str(value))


def _not_after(action: Action, day: date, today: date) -> None:
    if day > today:
        raise _invalid(action, P.DATE_IN_FUTURE, day.isoformat())


def check_virus_check(
    check: VirusCheck, today: date, action: Action = Action.VIRUS_CHECK
) -> VirusCheck:
    if not tidy(check.tool):
        raise _invalid(action, P.NO_VIRUS_TOOL)
    if check.signature_date > today:
        raise _invalid(action, P.SIGNATURE_IN_FUTURE, check.signature_date.isoformat())
    return replace(check, tool=tidy(check.tool))


def listed_unit(unit: str, units: Iterable[str]) -> str | None:
    """The repair unit as the IT office lists it, matched without regard to case or spacing."""
    key = tidy(unit).casefold()
    return next((tidy(u) for u in units if tidy(u).casefold() == key), None) if key else None


def same_person(a: str, b: str) -> bool:
    return tidy(a).casefold() == tidy(b).casefold()


def check_evidence(facts: MediumFacts, evidence: Evidence, ctx: StepContext) -> Evidence:
    """EVIDENCE tidied, or MediumEvidenceInvalid saying what its rule misses."""
    action, today = evidence.action, ctx.today
    match evidence:
        case SecurityLabel(note=note):
            return SecurityLabel(tidy(note))
        case Encryption(software=software, version=version):
            if not tidy(software):
                raise _invalid(action, P.NO_ENCRYPTION_SOFTWARE)
            if not tidy(version):
                raise _invalid(action, P.NO_ENCRYPTION_VERSION, tidy(software))
            return Encryption(tidy(software), tidy(version))
        case VirusCheck():
            return check_virus_check(evidence, today)
        case Issue(to=to, approved_by=approver, due=due):
            if not tidy(to):
                raise _invalid(action, P.NO_BORROWER)
            if not tidy(approver):
                raise _invalid(action, P.NO_APPROVER)
            if same_person(to, approver):
                raise _invalid(action, P.SELF_APPROVAL, tidy(to))
            if due < today:
                raise _invalid(action, P.DUE_IN_PAST, due.isoformat())
            return Issue(tidy(to), tidy(approver), due)
        case Return(condition=condition):
            return Return(tidy(condition))
        case RepairSend(unit=unit, backed_up=backed_up, wiped=wiped, sent_on=sent_on):
            listed = listed_unit(unit, ctx.repair_units)
            if listed is None:
                raise _invalid(action, P.UNIT_NOT_LISTED, tidy(unit))
            if not backed_up:
                raise _invalid(action, P.NOT_BACKED_UP)
            if not wiped:
                raise _invalid(action, P.NOT_WIPED)
            _not_after(action, sent_on, today)
            return replace(evidence, unit=listed)
        case RepairBack(returned_on=back, check=check):
            _not_after(action, back, today)
            if facts.sent_on is not None and back < facts.sent_on:
                raise _invalid(action, P.BACK_BEFORE_SENT, back.isoformat())
            return RepairBack(back, check_virus_check(check, today, action))
        case Disposal():
            return _check_disposal(facts, evidence, ctx)
        case Loss(reported_by=reporter, on=on, circumstances=circumstances):
            if not tidy(reporter):
                raise _invalid(action, P.NO_REPORTER)
            if not tidy(circumstances):
                raise _invalid(action, P.NO_CIRCUMSTANCES)
            _not_after(action, on, today)
            return Loss(tidy(reporter), on, tidy(circumstances))
        case Classify(note=note):
            return Classify(tidy(note))
    raise TypeError(f"not a step's evidence: {evidence!r}")  # pragma: no cover


def _check_disposal(facts: MediumFacts, d: Disposal, ctx: StepContext) -> Disposal:
    action = Action.DISPOSE
    method = DisposalMethod(d.method)
    if facts.classified:
        if method is not DisposalMethod.DEGAUSS_SHRED:
            raise _invalid(action, P.METHOD_NOT_FOR_CLASSIFIED, method.value)
        if not d.at_security_office:
            raise _invalid(action, P.NOT_AT_SECURITY_OFFICE)
    if not tidy(d.witness):
        raise _invalid(action, P.NO_WITNESS)
    if ctx.actor and same_person(d.witness, ctx.actor):
        raise _invalid(action, P.WITNESS_IS_ACTOR, tidy(d.witness))
    if facts.classified and not tidy(d.certificate):
        raise _invalid(action, P.NO_CERTIFICATE)
    _not_after(action, d.on, ctx.today)
    return replace(d, method=method, witness=tidy(d.witness), certificate=tidy(d.certificate))
