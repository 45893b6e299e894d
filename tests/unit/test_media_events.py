"""A medium's event log (domain/media/evidence.py, lifecycle.record/replay): each step's
evidence is kept tidied as flat JSON values and read back as it was; replaying the log gives
the facts the steps gave, and a log the life cycle does not allow is refused."""

from __future__ import annotations

import json
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
    evidence_from_record,
    evidence_record,
)
from records_desk.domain.media.lifecycle import MediumFacts, StepContext, record, replay
from records_desk.domain.media.vocabulary import Action, DisposalMethod, MediumState, VirusResult

TODAY = date(2026, 12, 5)
CTX = StepContext(TODAY, actor="archivist", repair_units=("Acme Data Repair",))
CLEAN = VirusCheck("ClamAV 1.4", date(2026, 12, 1), VirusResult.CLEAN)
LIFE: list[Evidence] = [
    SecurityLabel("  涉密 mark  "),
    Encryption(" BitLocker   To Go ", "10.0"),
    CLEAN,
    Issue("chen", "wang", date(2026, 12, 20)),
    Return("scratched"),
    VirusCheck("ClamAV 1.4", date(2026, 12, 2), VirusResult.INFECTED),
    CLEAN,
    RepairSend(" acme data REPAIR ", True, True, date(2026, 12, 3)),
    RepairBack(TODAY, CLEAN),
    Classify("held a classified report"),
    SecurityLabel(),
    CLEAN,
    Disposal(DisposalMethod.DEGAUSS_SHRED, TODAY, "lin", "XH-031", at_security_office=True),
]
OTHERS: list[Evidence] = [Loss("chen", TODAY, "left on the train")]


@pytest.mark.parametrize("evidence", LIFE + OTHERS, ids=lambda e: e.action.value)
def test_every_evidence_is_kept_as_json_and_read_back(evidence: Evidence) -> None:
    stored = json.loads(json.dumps(evidence_record(evidence)))
    assert evidence_from_record(evidence.action, stored) == evidence


def test_a_repair_back_keeps_its_virus_check_flat() -> None:
    assert evidence_record(RepairBack(TODAY, CLEAN)) == {
        "returned_on": "2026-12-05",
        "check_tool": "ClamAV 1.4",
        "check_signature_date": "2026-12-01",
        "check_result": "clean",
    }


def test_the_log_keeps_the_evidence_tidied_and_replays_to_the_same_facts() -> None:
    facts, log = MediumFacts("USB-0007"), []
    for evidence in LIFE:
        facts, kept = record(facts, evidence, CTX)
        log.append(kept)
    assert facts.state is MediumState.DISPOSED and facts.classified
    assert log[0] == SecurityLabel("涉密 mark")
    assert log[1] == Encryption("BitLocker To Go", "10.0")
    assert isinstance(log[7], RepairSend) and log[7].unit == "Acme Data Repair"
    stored = [(e.action.value, json.dumps(evidence_record(e))) for e in log]
    read = [evidence_from_record(Action(a), json.loads(r)) for a, r in stored]
    assert replay(MediumFacts("USB-0007"), read) == facts


def test_a_log_the_life_cycle_does_not_allow_is_refused_on_replay() -> None:
    with pytest.raises(MediumActionRefused) as raised:
        replay(MediumFacts("USB-0007"), [SecurityLabel(), Issue("chen", "wang", TODAY)])
    assert raised.value.reason is RefusalReason.NOT_PREPARED
