"""A medium's life cycle (R-MED-2, -3, -4, -6, -7) as a pure state machine: `allowed` says,
without raising, whether an action is possible in the medium's state (and why not: the
disabled action's tooltip); `step` checks the evidence too and returns the facts after it.

    registered --(label, encryption, clean check: any order, each kept)--> ready
    ready --issue--> issued --return--> returned --(clean check)--> ready
    ready --repair_send--> in_repair --repair_back (+ check)--> ready (clean) / returned
    any state but issued --dispose--> disposed ; any state --lost--> lost ; both final
    unclassified --classify--> classified, never back

Decisions:
- R-MED-2: a medium is `ready` exactly when its label, its encryption and a clean virus check
  are all on record; the state follows the facts after every step (`_settle`). A return or a
  repair clears the check (it must be checked again before it is ready: 第三篇1 第八條
  "使用移動存儲介質…必須進行…查殺病毒處理", 第三篇10 第十條 a repaired device is checked); an
  infected result is recorded but never counts, and takes a ready medium back to registered.
- R-MED-4: classifying clears the label (the label of a classified medium bears 涉密, R-MED-8)
  and the virus check (第八條: a medium newly used for classified data is security-checked and
  virus-checked), so a classified medium is labelled and checked again before it is issued.
  It is allowed in every state but the final ones: a medium found to have held classified data
  while out is classified at once and prepared again when it is back.
- R-MED-3: borrower and approver are two people (第三條 records 借用人 and 審批人 apart: a
  borrower consenting to their own loan is no department consent).
- `lost` is possible from `issued` too: a borrower losing a stick is the usual loss, and a
  return recorded only to allow it would be false. `dispose` is not: the medium is not here.
- R-MED-7: a classified medium is degaussed and shredded at the security office, with a
  witness and the certificate's number; an unclassified one is wiped and destroyed, or
  disposed of the classified way. The witness is not the person recording the disposal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from records_desk.domain.media.checks import StepContext, check_evidence
from records_desk.domain.media.errors import MediumActionRefused, Refusal, RefusalReason
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
from records_desk.domain.media.vocabulary import (
    FINAL_STATES,
    Action,
    Classification,
    MediumState,
    Preparation,
)

S = MediumState
_PREPARING = frozenset({S.REGISTERED, S.READY, S.RETURNED})
_NOT_FINAL = frozenset(S) - FINAL_STATES

# The states each action is possible in (the classification may refuse CLASSIFY besides).
ALLOWED_IN: dict[Action, frozenset[MediumState]] = {
    Action.PREPARE_LABEL: _PREPARING,
    Action.PREPARE_ENCRYPTION: _PREPARING,
    Action.VIRUS_CHECK: _PREPARING,
    Action.ISSUE: frozenset({S.READY}),
    Action.RETURN: frozenset({S.ISSUED}),
    Action.REPAIR_SEND: frozenset({S.READY}),
    Action.REPAIR_BACK: frozenset({S.IN_REPAIR}),
    Action.DISPOSE: _NOT_FINAL - {S.ISSUED},
    Action.LOST: _NOT_FINAL,
    Action.CLASSIFY: _NOT_FINAL,
}


@dataclass(frozen=True)
class MediumFacts:
    """What the rules need to know of a medium (the store keeps these beside its event log)."""

    number: str
    state: MediumState = MediumState.REGISTERED
    classification: Classification = Classification.UNCLASSIFIED
    labelled: bool = False
    encrypted: bool = False
    checked_clean: bool = False  # a clean check since the last return, repair or classify
    holder: str = ""  # issued: the borrower's account; in repair: the unit
    sent_on: date | None = None  # in repair: the day it was sent

    @property
    def missing(self) -> tuple[Preparation, ...]:
        """R-MED-2: the preparation steps not (or no longer) on record, in their usual order."""
        done = {
            Preparation.LABEL: self.labelled,
            Preparation.ENCRYPTION: self.encrypted,
            Preparation.VIRUS_CHECK: self.checked_clean,
        }
        return tuple(p for p, ok in done.items() if not ok)

    @property
    def classified(self) -> bool:
        return Classification(self.classification) is Classification.CLASSIFIED


def allowed(facts: MediumFacts, action: Action) -> Refusal | None:
    """None if ACTION is possible in the medium's state (its evidence still to be checked by
    `step`), else the refusal saying why — the same error `step` raises."""
    state, action = MediumState(facts.state), Action(action)

    def refuse(
        reason: RefusalReason, missing: Iterable[Preparation] = (), holder: str = ""
    ) -> Refusal:
        return MediumActionRefused(facts.number, state, action, reason, tuple(missing), holder)

    if state in FINAL_STATES:
        return refuse(RefusalReason.FINAL)
    if action is Action.CLASSIFY and facts.classified:
        return refuse(RefusalReason.ALREADY_CLASSIFIED)
    if state in ALLOWED_IN[action]:
        return None
    if action is Action.RETURN:
        return refuse(RefusalReason.NOT_ISSUED)
    if action is Action.REPAIR_BACK:
        return refuse(RefusalReason.NOT_IN_REPAIR)
    if state is S.ISSUED:
        return refuse(RefusalReason.ISSUED, holder=facts.holder)
    if state is S.IN_REPAIR:
        return refuse(RefusalReason.IN_REPAIR, holder=facts.holder)
    if action is Action.ISSUE and state is S.RETURNED:
        return refuse(RefusalReason.NEEDS_CHECK, facts.missing)
    if action is Action.ISSUE:
        return refuse(RefusalReason.NOT_PREPARED, facts.missing)
    return refuse(RefusalReason.NOT_READY, facts.missing)  # REPAIR_SEND from registered/returned


def refusals(facts: MediumFacts) -> dict[Action, Refusal | None]:
    """Every action with its refusal (None: offered) — what the detail panel enables."""
    return {action: allowed(facts, action) for action in Action}


def record(
    facts: MediumFacts, evidence: Evidence, context: StepContext
) -> tuple[MediumFacts, Evidence]:
    """The facts after EVIDENCE's action, and the evidence as checked and tidied (what the
    event log keeps: single spaces, the repair unit as the IT office lists it). Raises
    MediumActionRefused (the state does not allow it) or MediumEvidenceInvalid (the evidence
    does not satisfy its rule)."""
    refusal = allowed(facts, evidence.action)
    if refusal is not None:
        raise refusal
    kept = check_evidence(facts, evidence, context)
    return _settle(_transition(facts, kept)), kept


def step(facts: MediumFacts, evidence: Evidence, context: StepContext) -> MediumFacts:
    """The facts after EVIDENCE's action (`record` without the tidied evidence)."""
    return record(facts, evidence, context)[0]


def replay(facts: MediumFacts, recorded: Iterable[Evidence]) -> MediumFacts:
    """The facts after the steps of an event log, in order: each was checked when it was
    recorded (its day and the repair units then), so only the state's consent is asked again;
    a log the life cycle does not allow raises its MediumActionRefused."""
    for evidence in recorded:
        refusal = allowed(facts, evidence.action)
        if refusal is not None:
            raise refusal
        facts = _settle(_transition(facts, evidence))
    return facts


def _transition(facts: MediumFacts, evidence: Evidence) -> MediumFacts:
    """The facts after EVIDENCE (already checked, or read back from the event log)."""
    match evidence:
        case SecurityLabel():
            return replace(facts, labelled=True)
        case Encryption():
            return replace(facts, encrypted=True)
        case VirusCheck():
            return replace(facts, checked_clean=evidence.clean)
        case Issue(to=to):
            return replace(facts, state=S.ISSUED, holder=tidy(to))
        case Return():
            return replace(facts, state=S.RETURNED, holder="", checked_clean=False)
        case RepairSend(unit=unit, sent_on=sent_on):
            return replace(
                facts, state=S.IN_REPAIR, holder=tidy(unit), sent_on=sent_on, checked_clean=False
            )
        case RepairBack(check=check):
            clean = check is not None and check.clean
            return replace(facts, state=S.RETURNED, holder="", sent_on=None, checked_clean=clean)
        case Disposal():
            return replace(facts, state=S.DISPOSED, holder="", sent_on=None)
        case Loss():
            return replace(facts, state=S.LOST, holder="", sent_on=None)
        case Classify():
            return replace(
                facts, classification=Classification.CLASSIFIED, labelled=False, checked_clean=False
            )
    raise TypeError(f"not a step's evidence: {evidence!r}")  # pragma: no cover


def _settle(facts: MediumFacts) -> MediumFacts:
    """R-MED-2: a registered or returned medium with every preparation is ready; a ready one
    that lost one (an infected check, a classification) is registered again."""
    state = MediumState(facts.state)
    if state in _PREPARING:
        ready = not facts.missing
        if ready and state is not S.READY:
            return replace(facts, state=S.READY)
        if not ready and state is S.READY:
            return replace(facts, state=S.REGISTERED)
    return facts


def days_overdue(state: MediumState, due_on: date | None, today: date) -> int:
    """The days an issued medium is past its due day on TODAY (the office's day; R-MED-3);
    0 when it is not issued or not late (due back today is still in time). The inventory's
    Overdue filter asks the same in SQL (services/media/queries.py)."""
    if state is not MediumState.ISSUED or due_on is None or due_on >= today:
        return 0
    return (today - due_on).days
