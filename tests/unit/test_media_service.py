"""The media inventory's services (R-MED-1…7): numbering, preparation before issue, consent,
classification, repair, disposal — each through the services, audited, refused with the
domain's error."""

from __future__ import annotations

from datetime import date

import pytest

from records_desk.domain.common.errors import AccountNotFound, PermissionDenied
from records_desk.domain.common.roles import Role
from records_desk.domain.media.errors import (
    BackupDiscInvalid,
    EvidenceProblem,
    MediumActionRefused,
    MediumEvidenceInvalid,
    MediumNotFound,
    RefusalReason,
)
from records_desk.domain.media.evidence import (
    Classify,
    Disposal,
    Loss,
    RepairBack,
    RepairSend,
    Return,
    SecurityLabel,
    VirusCheck,
)
from records_desk.domain.media.vocabulary import (
    DisposalMethod,
    MediumState,
    MediumType,
    Preparation,
    VirusResult,
)
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.services.media.errors import DepartmentRequired
from tests.unit.media_fixtures import CLEAN, PREPARATION, TODAY, issue, ready, register

ARCHIVIST, MANAGER, STAFF = Role.ARCHIVIST, Role.SALES_MANAGER, Role.STAFF


def test_numbers_have_their_types_prefix_and_are_never_reused_R_MED_1(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    first = register(services, archivist)
    second = register(services, archivist)
    disk = register(services, archivist, MediumType.HDD)
    assert (first.number, second.number, disk.number) == ("USB-0001", "USB-0002", "HD-0001")
    services.media.inventory.apply(
        archivist, "usb-2", [Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "staff")]
    )
    assert register(services, archivist).number == "USB-0003"  # USB-0002 stays the disposed one
    assert services.media.register.show(archivist, "USB-0002").state is MediumState.DISPOSED
    assert register(services, archivist, MediumType.OPTICAL).number == "CD-0001"


def test_a_medium_is_registered_with_its_department_and_classification_R_MED_1(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    medium = register(services, archivist, classified=True, serial=" SN 42 ", brand="Kingston")
    shown = services.media.register.show(archivist, medium.number)
    assert (shown.classified, shown.department, shown.serial) == (True, "客戶部", "SN 42")
    assert shown.state is MediumState.REGISTERED
    assert [e.action for e in shown.events] == ["register"]
    with pytest.raises(DepartmentRequired):
        register(services, archivist, department="  ")
    entry = services.audit.page(principals[Role.GENERAL_MANAGER], AuditFilter(), 0, 1)[0]
    assert (entry.action, entry.entity_id) == ("media.register", medium.number)


def test_not_issued_before_label_encryption_and_clean_check_R_MED_2(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    number = register(services, archivist).number
    inventory = services.media.inventory
    with pytest.raises(MediumActionRefused) as refused:
        inventory.apply(archivist, number, [issue("staff", "sales-manager")])
    assert refused.value.reason is RefusalReason.NOT_PREPARED
    assert refused.value.missing == tuple(Preparation)
    inventory.apply(archivist, number, PREPARATION[:2])  # each part may come separately
    infected = VirusCheck("ClamAV 1.4", date(2026, 11, 26), VirusResult.INFECTED)
    assert inventory.apply(archivist, number, [infected]).state is MediumState.REGISTERED
    with pytest.raises(MediumActionRefused) as refused:
        inventory.apply(archivist, number, [issue("staff", "sales-manager")])
    assert refused.value.missing == (Preparation.VIRUS_CHECK,)
    shown = inventory.apply(archivist, number, [CLEAN])
    assert shown.state is MediumState.READY
    assert shown.encryption == "BitLocker To Go 10.0"
    issued = inventory.apply(archivist, number, [issue("staff", "sales-manager")])
    assert issued.state is MediumState.ISSUED


def test_a_refused_step_among_several_records_none_of_them_R_MED_2(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    number = register(services, archivist).number
    with pytest.raises(MediumEvidenceInvalid):
        services.media.inventory.apply(
            archivist,
            number,
            [SecurityLabel(), VirusCheck("", date(2026, 11, 26), VirusResult.CLEAN)],
        )
    shown = services.media.register.show(archivist, number)
    assert not shown.labelled and [e.action for e in shown.events] == ["register"]


def test_an_issue_records_borrower_consenting_approver_and_due_day_R_MED_3(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    number = ready(services, archivist).number
    shown = services.media.inventory.apply(
        archivist, number, [issue("staff", "sales-manager", date(2026, 12, 10))]
    )
    assert (shown.holder, shown.approved_by, shown.due_on) == (
        "staff",
        "sales-manager",
        date(2026, 12, 10),
    )
    last = services.media.register.show(archivist, number).events[-1]
    assert last.action == "issue" and last.evidence["approved_by"] == "sales-manager"
    assert last.account == "archivist"
    back = services.media.inventory.apply(archivist, number, [Return("scratched case")])
    assert back.state is MediumState.RETURNED and back.holder is None
    events = services.media.register.show(archivist, number).events
    assert events[-1].evidence == {"condition": "scratched case"}
    entry = services.audit.page(principals[Role.GENERAL_MANAGER], AuditFilter(), 0, 1)[0]
    assert entry.action == "media.return" and entry.details["due"] == "2026-12-10"


def test_consent_is_a_department_heads_and_never_the_borrowers_own_R_MED_3(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist, gm = principals[ARCHIVIST], principals[Role.GENERAL_MANAGER]
    number = ready(services, archivist).number
    with pytest.raises(PermissionDenied) as refused:
        services.media.inventory.apply(archivist, number, [issue("consultant", "staff")])
    assert (refused.value.username, refused.value.action) == ("staff", "media.consent")
    denied = services.audit.page(gm, AuditFilter(action="permission.denied"), 0, 1)[0]
    assert denied.details["action"] == "media.consent"
    with pytest.raises(MediumEvidenceInvalid) as invalid:
        services.media.inventory.apply(archivist, number, [issue("sales-manager", "sales-manager")])
    assert invalid.value.problem is EvidenceProblem.SELF_APPROVAL
    with pytest.raises(AccountNotFound):
        services.media.inventory.apply(archivist, number, [issue("nobody", "sales-manager")])
    assert services.media.register.show(archivist, number).state is MediumState.READY


def test_classification_only_goes_upward_R_MED_4(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    number = ready(services, archivist).number
    shown = services.media.inventory.apply(archivist, number, [Classify("held payroll")])
    assert shown.classified and shown.state is MediumState.REGISTERED  # label it 涉密 again
    with pytest.raises(MediumActionRefused) as refused:
        services.media.inventory.apply(archivist, number, [Classify()])
    assert refused.value.reason is RefusalReason.ALREADY_CLASSIFIED
    after = services.media.inventory.apply(archivist, number, PREPARATION)
    assert after.classified and after.state is MediumState.READY


def test_repairs_go_only_to_a_unit_on_the_it_offices_list_R_MED_6(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist, gm = principals[ARCHIVIST], principals[Role.GENERAL_MANAGER]
    number = ready(services, archivist).number
    send = RepairSend("宏碁維修中心", backed_up=True, wiped=True, sent_on=TODAY)
    with pytest.raises(MediumEvidenceInvalid) as refused:
        services.media.inventory.apply(archivist, number, [send])
    assert refused.value.problem is EvidenceProblem.UNIT_NOT_LISTED
    services.media.options.set_repair_units(gm, ["宏碁維修中心", " 資訊科 "])
    assert services.media.options.repair_units() == ("宏碁維修中心", "資訊科")
    unwiped = RepairSend("宏碁維修中心", backed_up=True, wiped=False, sent_on=TODAY)
    with pytest.raises(MediumEvidenceInvalid) as refused:
        services.media.inventory.apply(archivist, number, [unwiped])
    assert refused.value.problem is EvidenceProblem.NOT_WIPED
    away = services.media.inventory.apply(archivist, number, [send])
    assert (away.state, away.repair_unit) == (MediumState.IN_REPAIR, "宏碁維修中心")
    with pytest.raises(MediumActionRefused) as refused:
        services.media.inventory.apply(archivist, number, [issue("staff", "sales-manager")])
    assert refused.value.reason is RefusalReason.IN_REPAIR
    back = services.media.inventory.apply(archivist, number, [RepairBack(TODAY, CLEAN)])
    assert back.state is MediumState.READY and back.repair_unit is None


def test_a_disposed_or_lost_medium_is_never_issued_again_R_MED_7(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    secret = ready(services, archivist, classified=True).number
    wipe = Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "staff")
    with pytest.raises(MediumEvidenceInvalid) as refused:
        services.media.inventory.apply(archivist, secret, [wipe])
    assert refused.value.problem is EvidenceProblem.METHOD_NOT_FOR_CLASSIFIED
    shred = Disposal(DisposalMethod.DEGAUSS_SHRED, TODAY, "staff", "保密-2026-031", True)
    disposed = services.media.inventory.apply(archivist, secret, [shred])
    assert disposed.state is MediumState.DISPOSED
    lost = ready(services, archivist).number
    services.media.inventory.apply(archivist, lost, [Loss("archivist", TODAY, "left on a train")])
    for number in (secret, lost):
        for step in (issue("staff", "sales-manager"), SecurityLabel(), CLEAN):
            with pytest.raises(MediumActionRefused) as final:
                services.media.inventory.apply(archivist, number, [step])
            assert final.value.reason is RefusalReason.FINAL


def test_a_disposal_needs_a_witness_who_is_an_active_account_R_MED_7(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    number = register(services, archivist).number
    with pytest.raises(AccountNotFound):
        services.media.inventory.apply(
            archivist, number, [Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "ghost")]
        )
    with pytest.raises(MediumEvidenceInvalid) as refused:
        services.media.inventory.apply(
            archivist, number, [Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "archivist")]
        )
    assert refused.value.problem is EvidenceProblem.WITNESS_IS_ACTOR


def test_backup_discs_are_filed_by_category_with_their_content_R_MED_5(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist = principals[ARCHIVIST]
    disc = register(services, archivist, MediumType.OPTICAL).number
    filed = services.media.inventory.file_backup(archivist, disc, "財務數據", "2026-11 ledger")
    assert (filed.backup_category, filed.content) == ("財務數據", "2026-11 ledger")
    stick = register(services, archivist).number
    with pytest.raises(BackupDiscInvalid):
        services.media.inventory.file_backup(archivist, stick, "財務數據", "ledger")
    with pytest.raises(BackupDiscInvalid):
        services.media.inventory.file_backup(archivist, disc, "照片", "party")


def test_an_unknown_number_is_refused_by_name(
    services: Services, principals: dict[Role, Principal]
) -> None:
    with pytest.raises(MediumNotFound):
        services.media.register.show(principals[STAFF], "USB-0099")


def test_every_step_is_audited_under_its_action_R_AUD_1(
    services: Services, principals: dict[Role, Principal]
) -> None:
    archivist, gm = principals[ARCHIVIST], principals[Role.GENERAL_MANAGER]
    number = ready(services, archivist).number
    services.media.inventory.apply(archivist, number, [issue("staff", "sales-manager")])
    entries = services.audit.page(gm, AuditFilter(), 0, 6)
    assert [e.action for e in entries][:5] == [
        "media.issue",
        "media.prepare",
        "media.prepare",
        "media.prepare",
        "media.register",
    ]
    assert {e.entity_id for e in entries[:5]} == {number}


def test_the_event_log_replays_to_the_mediums_state_R_MED_2(
    services: Services, principals: dict[Role, Principal]
) -> None:
    """The events keep each step's evidence as the domain reads it back: replaying them from
    the registration gives the state and classification the medium has."""
    from records_desk.domain.media import lifecycle
    from records_desk.domain.media.evidence import evidence_from_record
    from records_desk.domain.media.vocabulary import Action as Step

    archivist = principals[ARCHIVIST]
    number = ready(services, archivist).number
    inventory = services.media.inventory
    inventory.apply(archivist, number, [issue("staff", "sales-manager"), Return("ok")])
    inventory.apply(archivist, number, [Classify("held payroll"), SecurityLabel(), CLEAN])
    shown = services.media.register.show(archivist, number)
    steps = [evidence_from_record(Step(e.action), e.evidence) for e in shown.events[1:]]
    replayed = lifecycle.replay(lifecycle.MediumFacts(number), steps)
    assert (replayed.state, replayed.classified) == (shown.state, shown.classified)
    assert shown.state is MediumState.READY and shown.classified
