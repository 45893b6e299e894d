"""The media life cycle (domain/media/lifecycle.py) for every state × action pair: the allowed
ones succeed and land in the state the issue draws, the rest are refused with their reason —
the same refusal `allowed` returns without raising (a disabled action's tooltip) and `step`
raises, worded with the medium, its state and what is missing. The table below restates the
issue's §2 independently of ALLOWED_IN."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from records_desk.domain.media.errors import MediumActionRefused, RefusalReason
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
)
from records_desk.domain.media.lifecycle import (
    MediumFacts,
    StepContext,
    allowed,
    refusals,
    step,
)
from records_desk.domain.media.vocabulary import (
    Action,
    Classification,
    DisposalMethod,
    MediumState,
    Preparation,
    VirusResult,
)
from records_desk.wording import describe, set_language

TODAY = date(2026, 12, 5)
UNIT = "信息科指定維修站"
CTX = StepContext(TODAY, actor="archivist", repair_units=(UNIT, "Acme Data Repair"))
CLEAN = VirusCheck("ClamAV 1.4", date(2026, 12, 1), VirusResult.CLEAN)
S, A, R = MediumState, Action, RefusalReason

PREPARED = {"labelled": True, "encrypted": True, "checked_clean": True}
FACTS = {
    S.REGISTERED: MediumFacts("USB-0007"),
    S.READY: MediumFacts("USB-0007", S.READY, **PREPARED),
    S.ISSUED: MediumFacts("USB-0007", S.ISSUED, holder="chen", **PREPARED),
    S.RETURNED: MediumFacts("USB-0007", S.RETURNED, labelled=True, encrypted=True),
    S.IN_REPAIR: MediumFacts(
        "USB-0007",
        S.IN_REPAIR,
        labelled=True,
        encrypted=True,
        holder=UNIT,
        sent_on=date(2026, 11, 20),
    ),
    S.DISPOSED: MediumFacts("USB-0007", S.DISPOSED, labelled=True, encrypted=True),
    S.LOST: MediumFacts("USB-0007", S.LOST, **PREPARED),
}
EVIDENCE: dict[Action, Evidence] = {
    A.PREPARE_LABEL: SecurityLabel(),
    A.PREPARE_ENCRYPTION: Encryption("BitLocker To Go", "10.0"),
    A.VIRUS_CHECK: CLEAN,
    A.ISSUE: Issue("chen", "wang", date(2026, 12, 20)),
    A.RETURN: Return("scratched casing"),
    A.REPAIR_SEND: RepairSend(UNIT, backed_up=True, wiped=True, sent_on=TODAY),
    A.REPAIR_BACK: RepairBack(TODAY, CLEAN),
    A.DISPOSE: Disposal(DisposalMethod.WIPE_DESTROY, TODAY, witness="lin"),
    A.LOST: Loss("chen", TODAY, "left on the train"),
    A.CLASSIFY: Classify(),
}

# (state, action) -> the state after it, or the reason it is refused.
_ = None
TABLE: dict[MediumState, dict[Action, MediumState | RefusalReason]] = {
    S.REGISTERED: {
        A.PREPARE_LABEL: S.REGISTERED,
        A.PREPARE_ENCRYPTION: S.REGISTERED,
        A.VIRUS_CHECK: S.REGISTERED,
        A.ISSUE: R.NOT_PREPARED,
        A.RETURN: R.NOT_ISSUED,
        A.REPAIR_SEND: R.NOT_READY,
        A.REPAIR_BACK: R.NOT_IN_REPAIR,
        A.DISPOSE: S.DISPOSED,
        A.LOST: S.LOST,
        A.CLASSIFY: S.REGISTERED,
    },
    S.READY: {
        A.PREPARE_LABEL: S.READY,
        A.PREPARE_ENCRYPTION: S.READY,
        A.VIRUS_CHECK: S.READY,
        A.ISSUE: S.ISSUED,
        A.RETURN: R.NOT_ISSUED,
        A.REPAIR_SEND: S.IN_REPAIR,
        A.REPAIR_BACK: R.NOT_IN_REPAIR,
        A.DISPOSE: S.DISPOSED,
        A.LOST: S.LOST,
        A.CLASSIFY: S.REGISTERED,  # the label and the check must be redone (R-MED-4)
    },
    S.ISSUED: {
        A.PREPARE_LABEL: R.ISSUED,
        A.PREPARE_ENCRYPTION: R.ISSUED,
        A.VIRUS_CHECK: R.ISSUED,
        A.ISSUE: R.ISSUED,
        A.RETURN: S.RETURNED,
        A.REPAIR_SEND: R.ISSUED,
        A.REPAIR_BACK: R.NOT_IN_REPAIR,
        A.DISPOSE: R.ISSUED,
        A.LOST: S.LOST,
        A.CLASSIFY: S.ISSUED,
    },
    S.RETURNED: {
        A.PREPARE_LABEL: S.RETURNED,
        A.PREPARE_ENCRYPTION: S.RETURNED,
        A.VIRUS_CHECK: S.READY,
        A.ISSUE: R.NEEDS_CHECK,
        A.RETURN: R.NOT_ISSUED,
        A.REPAIR_SEND: R.NOT_READY,
        A.REPAIR_BACK: R.NOT_IN_REPAIR,
        A.DISPOSE: S.DISPOSED,
        A.LOST: S.LOST,
        A.CLASSIFY: S.RETURNED,
    },
    S.IN_REPAIR: {
        A.PREPARE_LABEL: R.IN_REPAIR,
        A.PREPARE_ENCRYPTION: R.IN_REPAIR,
        A.VIRUS_CHECK: R.IN_REPAIR,
        A.ISSUE: R.IN_REPAIR,
        A.RETURN: R.NOT_ISSUED,
        A.REPAIR_SEND: R.IN_REPAIR,
        A.REPAIR_BACK: S.READY,
        A.DISPOSE: S.DISPOSED,
        A.LOST: S.LOST,
        A.CLASSIFY: S.IN_REPAIR,
    },
    S.DISPOSED: {action: R.FINAL for action in Action},
    S.LOST: {action: R.FINAL for action in Action},
}
PAIRS = [(state, action) for state in MediumState for action in Action]


def test_the_table_covers_every_state_and_action() -> None:
    assert {(s, a) for s, row in TABLE.items() for a in row} == set(PAIRS)


@pytest.mark.parametrize(("state", "action"), PAIRS, ids=[f"{s}-{a}" for s, a in PAIRS])
def test_every_state_and_action_is_allowed_or_refused_with_its_reason(
    state: MediumState, action: Action
) -> None:
    facts, expected = FACTS[state], TABLE[state][action]
    refusal = allowed(facts, action)
    if isinstance(expected, MediumState):
        assert refusal is None
        assert step(facts, EVIDENCE[action], CTX).state is expected
        return
    assert refusal is not None and refusal.reason is expected
    assert (refusal.number, refusal.state, refusal.action) == ("USB-0007", state, action)
    with pytest.raises(MediumActionRefused) as raised:
        step(facts, EVIDENCE[action], CTX)
    assert raised.value == refusal
    assert refusals(facts)[action] == refusal


def test_a_refusal_says_what_is_missing_or_who_has_the_medium() -> None:
    registered = allowed(FACTS[S.REGISTERED], A.ISSUE)
    assert registered is not None
    assert registered.missing == (
        Preparation.LABEL,
        Preparation.ENCRYPTION,
        Preparation.VIRUS_CHECK,
    )
    returned = allowed(FACTS[S.RETURNED], A.ISSUE)
    assert returned is not None and returned.missing == (Preparation.VIRUS_CHECK,)
    issued = allowed(FACTS[S.ISSUED], A.DISPOSE)
    assert issued is not None and issued.holder == "chen"
    in_repair = allowed(FACTS[S.IN_REPAIR], A.ISSUE)
    assert in_repair is not None and in_repair.holder == UNIT


def test_a_classified_medium_is_not_classified_again_R_MED_4() -> None:
    for state in (S.REGISTERED, S.READY, S.ISSUED, S.RETURNED, S.IN_REPAIR):
        facts = replace(FACTS[state], classification=Classification.CLASSIFIED)
        refusal = allowed(facts, A.CLASSIFY)
        assert refusal is not None and refusal.reason is R.ALREADY_CLASSIFIED


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_refusal_is_worded_naming_the_medium_and_why(language: str) -> None:
    set_language(language)
    worded: set[str] = set()
    for state, action in PAIRS:
        refusal = allowed(FACTS[state], action)
        if refusal is None:
            continue
        text = describe(refusal)
        assert "USB-0007" in text and text != str(refusal)
        worded.add(text)
    assert len(worded) > 20
    set_language("zh_TW")
    missing = describe(allowed(FACTS[S.REGISTERED], A.ISSUE) or AssertionError())
    assert "保密標識" in missing and "加密軟件" in missing and "已登記" in missing
    assert "chen" in describe(allowed(FACTS[S.ISSUED], A.DISPOSE) or AssertionError())
