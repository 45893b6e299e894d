"""Properties of the media life cycle over any sequence of steps (hypothesis): no sequence
brings a disposed or lost medium back (R-MED-7), none makes a classified medium unclassified
(R-MED-4), and a medium is issued only with its label, its encryption and a clean virus check
since its last return, repair or classification (R-MED-2) — checked against the history of the
steps that succeeded, independently of MediumFacts' own flags. And the tooltip (`allowed`)
refuses what `step` refuses; a medium's event log replays to its facts."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.errors import MediumActionRefused, MediumEvidenceInvalid
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
    evidence_from_record,
    evidence_record,
)
from records_desk.domain.media.lifecycle import (
    MediumFacts,
    StepContext,
    allowed,
    record,
    replay,
    step,
)
from records_desk.domain.media.vocabulary import (
    FINAL_STATES,
    Classification,
    DisposalMethod,
    MediumState,
    VirusResult,
)

TODAY = date(2026, 12, 5)
UNIT = "信息科指定維修站"
CTX = StepContext(TODAY, actor="archivist", repair_units=(UNIT,))
CLEAN = VirusCheck("ClamAV", date(2026, 12, 1), VirusResult.CLEAN)
INFECTED = VirusCheck("ClamAV", date(2026, 12, 1), VirusResult.INFECTED)

# Valid and invalid evidence alike: a refused step must change nothing.
STEPS: list[Evidence] = [
    SecurityLabel(),
    Encryption("VeraCrypt", "1.26"),
    Encryption("VeraCrypt", ""),
    CLEAN,
    INFECTED,
    Issue("chen", "wang", TODAY),
    Issue("wang", "wang", TODAY),
    Return(),
    RepairSend(UNIT, True, True, TODAY),
    RepairSend("elsewhere", True, True, TODAY),
    RepairSend(UNIT, True, False, TODAY),
    RepairBack(TODAY, CLEAN),
    RepairBack(TODAY, INFECTED),
    Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "lin"),
    Disposal(DisposalMethod.DEGAUSS_SHRED, TODAY, "lin", "C-1", at_security_office=True),
    Loss("chen", TODAY, "left on the train"),
    Classify(),
]
classifications = st.sampled_from(list(Classification))
ONGOING = [e for e in STEPS if not isinstance(e, Disposal | Loss)]


@st.composite
def lives(draw: st.DrawFn) -> tuple[Classification, list[Evidence]]:
    """A classification and up to 60 steps, each drawn among those the medium's state allows
    (so lives get long: prepared, issued, back, repaired, classified …), one in ten among
    all of them (refused ones, disposal and loss included)."""
    classification = draw(classifications)
    facts = MediumFacts("USB-0007", classification=classification)
    steps: list[Evidence] = []
    for _ in range(draw(st.integers(0, 60))):
        offered = [e for e in ONGOING if allowed(facts, e.action) is None] or STEPS
        evidence = draw(
            st.sampled_from(STEPS) if draw(st.integers(0, 9)) == 0 else st.sampled_from(offered)
        )
        steps.append(evidence)
        try:
            facts = step(facts, evidence, CTX)
        except DomainError:
            pass
    return classification, steps


def walk(
    classification: Classification, steps: list[Evidence]
) -> list[tuple[MediumFacts, Evidence, MediumFacts | None]]:
    """Each step with the facts before it and after it (None: refused, facts unchanged)."""
    facts = MediumFacts("USB-0007", classification=classification)
    trace: list[tuple[MediumFacts, Evidence, MediumFacts | None]] = []
    for evidence in steps:
        try:
            after: MediumFacts | None = step(facts, evidence, CTX)
        except DomainError:
            after = None
        trace.append((facts, evidence, after))
        facts = after or facts
    return trace


@settings(max_examples=300, deadline=None)
@given(lives())
def test_no_sequence_brings_a_disposed_or_lost_medium_back_R_MED_7(
    life: tuple[Classification, list[Evidence]],
) -> None:
    classification, steps = life
    ended: MediumState | None = None
    for before, _evidence, after in walk(classification, steps):
        if ended is not None:
            assert after is None and before.state is ended
        elif after is not None and after.state in FINAL_STATES:
            ended = after.state


@settings(max_examples=300, deadline=None)
@given(lives())
def test_no_sequence_makes_a_classified_medium_unclassified_R_MED_4(
    life: tuple[Classification, list[Evidence]],
) -> None:
    classification, steps = life
    was_classified = classification is Classification.CLASSIFIED
    for _before, _evidence, after in walk(classification, steps):
        if after is None:
            continue
        if was_classified:
            assert after.classification is Classification.CLASSIFIED
        was_classified = after.classification is Classification.CLASSIFIED


def prepared(history: list[Evidence]) -> bool:
    """R-MED-2 from the history alone: a label since the last classification, encryption,
    and a last virus check that is clean and after the last return, repair or classification."""
    reset_check = [
        i for i, e in enumerate(history) if isinstance(e, Return | RepairSend | Classify)
    ]
    reset_label = [i for i, e in enumerate(history) if isinstance(e, Classify)]
    checks = [
        (i, e if isinstance(e, VirusCheck) else e.check)
        for i, e in enumerate(history)
        if isinstance(e, VirusCheck | RepairBack)
    ]
    labelled = any(
        isinstance(e, SecurityLabel) and i > max(reset_label, default=-1)
        for i, e in enumerate(history)
    )
    encrypted = any(isinstance(e, Encryption) for e in history)
    if not checks or not labelled or not encrypted:
        return False
    last_at, last = checks[-1]
    return last.result is VirusResult.CLEAN and last_at > max(reset_check, default=-1)


@settings(max_examples=300, deadline=None)
@given(lives())
def test_a_medium_is_issued_only_when_prepared_since_its_last_return_or_repair_R_MED_2(
    life: tuple[Classification, list[Evidence]],
) -> None:
    classification, steps = life
    history: list[Evidence] = []
    for _before, evidence, after in walk(classification, steps):
        if after is None:
            continue
        if isinstance(evidence, Issue):
            assert prepared(history)
        history.append(evidence)


@settings(max_examples=200, deadline=None)
@given(lives())
def test_the_tooltip_and_the_step_agree_on_every_refusal(
    life: tuple[Classification, list[Evidence]],
) -> None:
    """`allowed` (a disabled action's tooltip) refuses exactly what `step` refuses for the
    state, with the same reason; evidence problems are the only other refusals."""
    classification, steps = life
    for before, evidence, _after in walk(classification, steps):
        refusal = allowed(before, evidence.action)
        try:
            step(before, evidence, CTX)
        except MediumActionRefused as raised:
            assert raised == refusal
        except MediumEvidenceInvalid:
            assert refusal is None
        else:
            assert refusal is None


@settings(max_examples=200, deadline=None)
@given(lives())
def test_a_medium_s_event_log_replays_to_its_facts(
    life: tuple[Classification, list[Evidence]],
) -> None:
    classification, steps = life
    facts = MediumFacts("USB-0007", classification=classification)
    log: list[Evidence] = []
    for evidence in steps:
        try:
            facts, kept = record(facts, evidence, CTX)
        except DomainError:
            continue
        log.append(evidence_from_record(kept.action, evidence_record(kept)))
    start = MediumFacts("USB-0007", classification=classification)
    assert replay(start, log) == facts
