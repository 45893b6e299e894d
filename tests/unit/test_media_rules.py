"""The media rules one by one (R-MED-2, -3, -4, -6, -7; domain/media/lifecycle.py and
evidence.py): the evidence each step needs, and what the life cycle keeps or clears."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import permutations

import pytest

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
    parse_disposal_method,
    parse_encryption,
    parse_virus_check,
)
from records_desk.domain.media.lifecycle import MediumFacts, StepContext, allowed, step
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
CTX = StepContext(TODAY, actor="archivist", repair_units=(UNIT,))
CLEAN = VirusCheck("ClamAV 1.4", date(2026, 12, 1), VirusResult.CLEAN)
INFECTED = replace(CLEAN, result=VirusResult.INFECTED)
S = MediumState
P = EvidenceProblem


def run(facts: MediumFacts, *steps: Evidence, ctx: StepContext = CTX) -> MediumFacts:
    for evidence in steps:
        facts = step(facts, evidence, ctx)
    return facts


def ready(classified: bool = False) -> MediumFacts:
    c = Classification.CLASSIFIED if classified else Classification.UNCLASSIFIED
    return run(
        MediumFacts("USB-0007", classification=c), SecurityLabel(), Encryption("X", "1"), CLEAN
    )


def refused_for(
    problem: EvidenceProblem, facts: MediumFacts, evidence: Evidence, ctx: StepContext = CTX
) -> MediumEvidenceInvalid:
    with pytest.raises(MediumEvidenceInvalid) as raised:
        step(facts, evidence, ctx)
    assert raised.value.problem is problem
    return raised.value


# --- R-MED-2: labelled, encrypted, virus-checked before it is issued ------------------------


def test_the_three_preparations_in_any_order_make_a_medium_ready_R_MED_2() -> None:
    steps = (SecurityLabel(), Encryption("BitLocker To Go", "10.0"), CLEAN)
    for order in permutations(steps):
        facts = MediumFacts("USB-0007")
        for i, evidence in enumerate(order):
            facts = step(facts, evidence, CTX)
            assert facts.state is (S.READY if i == 2 else S.REGISTERED)
            assert len(facts.missing) == 2 - i  # each step recorded is kept


def test_an_infected_check_is_recorded_but_never_makes_a_medium_ready_R_MED_2() -> None:
    facts = run(MediumFacts("USB-0007"), SecurityLabel(), Encryption("X", "1"), INFECTED)
    assert facts.state is S.REGISTERED and facts.missing == (Preparation.VIRUS_CHECK,)
    assert run(ready(), INFECTED).state is S.REGISTERED  # a ready medium found infected
    assert run(facts, CLEAN).state is S.READY


def test_a_returned_medium_is_ready_again_only_after_a_clean_check_R_MED_2() -> None:
    back = run(ready(), Issue("chen", "wang", TODAY), Return())
    assert back.state is S.RETURNED and back.missing == (Preparation.VIRUS_CHECK,)
    assert run(back, INFECTED).state is S.RETURNED
    assert run(back, CLEAN).state is S.READY


def test_the_encryption_software_needs_its_name_and_version_R_MED_2() -> None:
    assert parse_encryption("BitLocker To Go 10.0") == Encryption("BitLocker To Go", "10.0")
    assert parse_encryption("ＶｅｒａＣｒｙｐｔ　１．２６") == Encryption("VeraCrypt", "1.26")
    with pytest.raises(MediumEvidenceInvalid) as raised:
        parse_encryption("VeraCrypt")
    assert raised.value.problem is P.NO_ENCRYPTION_VERSION
    with pytest.raises(MediumEvidenceInvalid):
        parse_encryption("  ")
    refused_for(P.NO_ENCRYPTION_VERSION, MediumFacts("USB-0007"), Encryption("VeraCrypt", " "))
    refused_for(P.NO_ENCRYPTION_SOFTWARE, MediumFacts("USB-0007"), Encryption("", "1"))


def test_a_virus_check_names_its_tool_signature_date_and_result_R_MED_2() -> None:
    assert parse_virus_check("ClamAV 1.4 2026-11-30 clean") == VirusCheck(
        "ClamAV 1.4", date(2026, 11, 30), VirusResult.CLEAN
    )
    assert parse_virus_check("360殺毒 115/11/30 INFECTED").result is VirusResult.INFECTED
    for bad, problem in [
        ("ClamAV clean", P.VIRUS_CHECK_UNREADABLE),
        ("ClamAV 30/11/2026 clean", P.VIRUS_CHECK_UNREADABLE),
        ("ClamAV 2026-11-30 fine", P.VIRUS_RESULT_UNKNOWN),
    ]:
        with pytest.raises(MediumEvidenceInvalid) as raised:
            parse_virus_check(bad)
        assert raised.value.problem is problem
    future = replace(CLEAN, signature_date=date(2026, 12, 6))
    refused_for(P.SIGNATURE_IN_FUTURE, MediumFacts("USB-0007"), future)
    refused_for(P.NO_VIRUS_TOOL, MediumFacts("USB-0007"), replace(CLEAN, tool=" "))


# --- R-MED-3: lending with the department's consent ------------------------------------------


def test_issuing_needs_a_borrower_an_approver_and_a_due_date_R_MED_3() -> None:
    issued = step(ready(), Issue(" chen ", "wang", TODAY), CTX)
    assert (issued.state, issued.holder) == (S.ISSUED, "chen")
    refused_for(P.NO_BORROWER, ready(), Issue("", "wang", TODAY))
    refused_for(P.NO_APPROVER, ready(), Issue("chen", " ", TODAY))
    refused_for(P.DUE_IN_PAST, ready(), Issue("chen", "wang", date(2026, 12, 4)))


def test_a_borrower_cannot_approve_their_own_loan_R_MED_3() -> None:
    refused = refused_for(P.SELF_APPROVAL, ready(), Issue("Chen", "chen", TODAY))
    assert refused.value == "Chen"


# --- R-MED-4: classified for ever -------------------------------------------------------------


def test_classifying_asks_for_a_new_label_and_check_and_never_goes_back_R_MED_4() -> None:
    facts = step(ready(), Classify(), CTX)
    assert facts.classification is Classification.CLASSIFIED
    assert facts.state is S.REGISTERED
    assert facts.missing == (Preparation.LABEL, Preparation.VIRUS_CHECK)
    assert run(facts, SecurityLabel(), CLEAN).state is S.READY
    assert allowed(facts, Action.CLASSIFY) is not None


def test_a_medium_classified_while_out_is_prepared_again_when_back_R_MED_4() -> None:
    out = run(ready(), Issue("chen", "wang", TODAY), Classify())
    assert (out.state, out.classified) == (S.ISSUED, True)
    back = run(out, Return(), CLEAN)
    assert back.state is S.RETURNED and back.missing == (Preparation.LABEL,)
    assert run(back, SecurityLabel()).state is S.READY


# --- R-MED-6: repairs --------------------------------------------------------------------------


def test_repairs_go_only_to_a_unit_the_it_office_names_R_MED_6() -> None:
    refused = refused_for(P.UNIT_NOT_LISTED, ready(), RepairSend("街邊電腦店", True, True, TODAY))
    assert refused.value == "街邊電腦店"
    no_list = StepContext(TODAY)
    refused_for(P.UNIT_NOT_LISTED, ready(), RepairSend(UNIT, True, True, TODAY), no_list)
    listed = StepContext(TODAY, repair_units=("Acme Data Repair",))
    sent = step(ready(), RepairSend(" acme  data repair", True, True, TODAY), listed)
    assert (sent.state, sent.holder) == (S.IN_REPAIR, "Acme Data Repair")


def test_a_medium_is_backed_up_and_wiped_before_it_is_sent_R_MED_6() -> None:
    refused_for(P.NOT_BACKED_UP, ready(), RepairSend(UNIT, False, True, TODAY))
    refused_for(P.NOT_WIPED, ready(), RepairSend(UNIT, True, False, TODAY))
    refused_for(P.DATE_IN_FUTURE, ready(), RepairSend(UNIT, True, True, date(2026, 12, 6)))


def test_a_repaired_medium_is_ready_only_after_a_clean_check_R_MED_6() -> None:
    sent = step(ready(), RepairSend(UNIT, True, True, date(2026, 11, 20)), CTX)
    assert sent.missing == (Preparation.VIRUS_CHECK,)
    assert run(sent, RepairBack(TODAY, CLEAN)).state is S.READY
    back_infected = run(sent, RepairBack(TODAY, INFECTED))
    assert back_infected.state is S.RETURNED and back_infected.holder == ""
    refused_for(P.BACK_BEFORE_SENT, sent, RepairBack(date(2026, 11, 19), CLEAN))
    refused_for(P.DATE_IN_FUTURE, sent, RepairBack(date(2026, 12, 6), CLEAN))


# --- R-MED-7: disposal -------------------------------------------------------------------------


def classified_disposal(**change: object) -> Disposal:
    d = Disposal(DisposalMethod.DEGAUSS_SHRED, TODAY, "lin", "XH-2026-031", at_security_office=True)
    return replace(d, **change)  # type: ignore[arg-type]


def test_a_classified_medium_is_degaussed_and_shredded_at_the_security_office_R_MED_7() -> None:
    assert step(ready(True), classified_disposal(), CTX).state is S.DISPOSED
    wiped = classified_disposal(method=DisposalMethod.WIPE_DESTROY)
    refused_for(P.METHOD_NOT_FOR_CLASSIFIED, ready(True), wiped)
    refused_for(
        P.NOT_AT_SECURITY_OFFICE, ready(True), classified_disposal(at_security_office=False)
    )
    refused_for(P.NO_CERTIFICATE, ready(True), classified_disposal(certificate=" "))
    refused_for(P.NO_WITNESS, ready(True), classified_disposal(witness=""))


def test_an_unclassified_medium_is_wiped_and_destroyed_or_disposed_the_classified_way_R_MED_7() -> (
    None
):
    plain = Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "lin")
    assert step(ready(), plain, CTX).state is S.DISPOSED
    assert step(ready(), classified_disposal(), CTX).state is S.DISPOSED
    refused_for(P.NO_WITNESS, ready(), replace(plain, witness=""))


def test_the_witness_is_not_the_one_recording_the_disposal_R_MED_7() -> None:
    refused_for(
        P.WITNESS_IS_ACTOR, ready(), Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "Archivist")
    )


@pytest.mark.parametrize("sold", ["sold", "SELL", "scrap", "出售", "作為廢品"])
def test_a_medium_is_never_sold_as_scrap_R_MED_7(sold: str) -> None:
    with pytest.raises(MediumEvidenceInvalid) as raised:
        parse_disposal_method(sold)
    assert raised.value.problem is P.NEVER_SOLD
    assert parse_disposal_method(" Degauss+Shred ") is DisposalMethod.DEGAUSS_SHRED
    assert parse_disposal_method("wipe + destroy") is DisposalMethod.WIPE_DESTROY
    with pytest.raises(MediumEvidenceInvalid) as unknown:
        parse_disposal_method("burn")
    assert unknown.value.problem is P.METHOD_UNKNOWN


def test_a_disposed_medium_is_never_lent_again_R_MED_7() -> None:
    disposed = step(ready(), Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "lin"), CTX)
    for action in Action:
        assert allowed(disposed, action) is not None


# --- lost ---------------------------------------------------------------------------------------


def test_a_loss_names_who_reported_it_when_and_how_even_while_issued() -> None:
    out = step(ready(), Issue("chen", "wang", TODAY), CTX)
    assert step(out, Loss("chen", TODAY, "left on the train"), CTX).state is S.LOST
    refused_for(P.NO_REPORTER, out, Loss("", TODAY, "left on the train"))
    refused_for(P.NO_CIRCUMSTANCES, out, Loss("chen", TODAY, "  "))
    refused_for(P.DATE_IN_FUTURE, out, Loss("chen", date(2026, 12, 6), "left on the train"))


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_evidence_problem_is_worded(language: str) -> None:
    set_language(language)
    texts = {describe(MediumEvidenceInvalid(Action.ISSUE, p, "陳某")) for p in EvidenceProblem}
    assert len(texts) == len(EvidenceProblem)
    assert all(str(MediumEvidenceInvalid(Action.ISSUE, p)) not in texts for p in EvidenceProblem)
