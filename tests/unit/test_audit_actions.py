"""The operation log's vocabulary (R-AUD-1, R-AUD-3): AuditAction and AuditTarget keep every
string the log has stored, each audited permission has its member, and reading the log back
offers the members while older, unknown values still come back as they are."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from records_desk.domain.common import audit_chain
from records_desk.domain.common.audit_actions import (
    SESSION_EVENTS,
    AuditAction,
    AuditTarget,
    known_action,
    known_target,
)
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.store.audit_anchor import anchor_of
from records_desk.store.models import AuditEntry

# Restated by hand: every value written to a log so far. The hash chain covers them and
# databases in the field hold them, so none may change or go (new ones may be added).
STORED_ACTIONS = {
    "office.initialise", "login", "login.failed", "login.refused",
    "login.password_change_required", "logout", "session.lock", "session.unlock",
    "account.password_changed", "account.locked", "account.create", "account.disable",
    "account.enable", "account.reset_password", "account.change_role", "permission.denied",
    "audit.verify", "form.print", "form.save", "customer.register", "customer.request_change",
    "customer.approve_change", "customer.refuse_change", "customer.change_directly",
    "customer.void", "customer.import", "customer.export", "customer.export_sms",
    "spot_check.draw", "spot_check.mark", "review.record", "visit.record",
    "evaluation.record", "survey.record", "grade.change", "grade.override", "prospect.set",
    "blacklist.add", "blacklist.lift", "blacklist.readmit", "quality.view", "quality.dismiss",
    "office.settings", "demo.fill", "loan.lend", "loan.approve", "loan.refuse", "loan.return",
    "loan.reshelve", "loan.copy", "loan.deputy", "media.register", "media.prepare",
    "media.issue", "media.return", "media.repair", "media.dispose", "media.lost",
    "media.classify", "media.backup", "media.stocktake_open", "media.stocktake_close",
    "media.demo_fill",
}  # fmt: skip
STORED_TARGETS = {
    "account", "customer", "spot_check", "office_setting", "form", "loan", "medium",
    "media_stocktake",
}  # fmt: skip

# Permissions whose use is not logged under the permission's own value, and why.
NOT_AUDITED_AS_ITSELF = {
    Action.ACCOUNT_LIST: "reading: nothing changes",
    Action.AUDIT_READ: "reading the log is not itself logged",
    Action.CUSTOMER_VIEW: "reading: nothing changes",
    Action.LOAN_VIEW: "reading: nothing changes",
    Action.MEDIA_VIEW: "reading: nothing changes",
    Action.MEDIA_STOCKTAKE: "logged as media.stocktake_open and media.stocktake_close",
    Action.MEDIA_CONSENT: "a consent is recorded in the issue it allows (media.issue, R-MED-3)",
    Action.SPOT_CHECK: "logged as spot_check.draw and spot_check.mark (R-CUS-6)",
    Action.BLACKLIST_MANAGE: "logged as blacklist.add, .lift and .readmit (R-GRD-5)",
    Action.CUSTOMER_DATA_EXPORT: "logged as customer.export and customer.export_sms (R-AUD-2)",
    Action.RECEPTION_VIEW: "reading: nothing changes (a hash check is reception.verify)",
    Action.RECEPTION_DESK: "logged as reception.event, .walk_in and .correct (R-REC-11)",
    Action.RECEPTION_SUPERVISE: "logged as reception.event (R-REC-1, R-REC-3)",
    Action.BACKUP_MAKE: "logged as backup.made, .failed, .verified and .pruned (R-BAK-1)",
    Action.BACKUP_RESTORE: "logged as backup.restored in the restored log (R-BAK-3)",
    Action.DATA_PURGE: "logged as data.purged (R-BAK-4)",
    Action.EXTRACT_APPROVE: "logged as extract.decide (approved or refused, R-BAK-5)",
    Action.KEY_SHEET: "logged as key.sheet_printed (issue 14 §4), never with the key",
    Action.OFFICE_MOVE: "logged as office.moved in the server's log (issue 15 §5)",
}


def test_every_stored_value_is_still_a_member_R_AUD_3() -> None:
    assert STORED_ACTIONS <= {a.value for a in AuditAction}
    assert STORED_TARGETS <= {t.value for t in AuditTarget}


def test_no_member_is_an_alias_of_another() -> None:
    # An Enum silently makes a repeated value an alias: two names, one action.
    assert len(AuditAction.__members__) == len(AuditAction)
    assert len(AuditTarget.__members__) == len(AuditTarget)


def test_values_are_plain_strings() -> None:
    for member in [*AuditAction, *AuditTarget]:
        assert type(member.value) is str
        assert str(member) == f"{member}" == member.value


@pytest.mark.parametrize("permission", list(Action), ids=lambda a: a.name)
def test_every_audited_permission_has_its_own_member_R_AUD_1(permission: Action) -> None:
    """A permission used by a write is logged under its value, through a member named for
    what it records; the permissions that are not are listed above with the reason."""
    values = {a.value: a for a in AuditAction}
    if permission in NOT_AUDITED_AS_ITSELF:
        assert permission.value not in values, "now audited: take it off the list"
    else:
        assert permission.value in values, f"{permission.name} has no AuditAction member"


def test_known_values_read_back_as_members_unknown_as_they_are() -> None:
    assert known_action("customer.void") is AuditAction.CUSTOMER_VOID
    assert known_action("quality.view") is AuditAction.QUALITY_REPORT
    assert known_target("office_setting") is AuditTarget.OFFICE_SETTING
    older = known_action("medium.issue")
    assert older == "medium.issue" and type(older) is str
    assert type(known_target("gadget")) is str
    assert known_target(None) is None


def _write_older_entry(services: Services, action: str, entity_type: str) -> None:
    """An entry as an older or newer version may have written it: journal.append refuses
    values it does not know, so this one is chained (keyed, and anchored) by hand."""
    with services.ctx.uow.write() as uow:
        anchor = anchor_of(uow.session)
        anchor.check(uow.session, datetime(2024, 1, 2, tzinfo=UTC))
        head = uow.session.execute(
            select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
        ).one()
        fields = {
            "seq": head.seq + 1,
            "at": audit_chain.format_time(datetime(2024, 1, 2, tzinfo=UTC)),
            "account": "boss",
            "action": action,
            "entity_type": entity_type,
            "entity_id": "7",
            "summary": "written by another version",
            "details": {},
        }
        uow.session.add(
            AuditEntry(
                **fields,
                prev_hash=head.hash,
                hash=audit_chain.keyed_hash(fields, head.hash, anchor.chain_key),
            )
        )
        uow.session.flush()
        anchor.appended(uow.session)
        uow.commit()


def test_log_reads_back_members_and_keeps_unknown_values_R_AUD_1(
    services: Services, gm: Principal
) -> None:
    services.auth.record(gm, AuditAction.SESSION_LOCK, "locked from the File menu")
    _write_older_entry(services, "gadget.issue", "gadget")
    older, lock = services.audit.page(gm, AuditFilter(), 0, 2)
    assert older.action == "gadget.issue" and type(older.action) is str
    assert older.entity_type == "gadget" and type(older.entity_type) is str
    assert lock.action is AuditAction.SESSION_LOCK
    assert lock.entity_type is AuditTarget.ACCOUNT
    assert "gadget.issue" in services.audit.distinct_values(gm)[1]
    assert services.audit.verify(gm).intact


def test_members_are_stored_as_their_plain_strings_R_AUD_3(
    services: Services, gm: Principal
) -> None:
    services.auth.record(gm, AuditAction.LOGOUT, "signed out")
    with services.ctx.uow.read() as uow:
        row = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
        assert row is not None
        assert type(row.action) is str and row.action == "logout"
        assert type(row.entity_type) is str and row.entity_type == "account"
    assert services.audit.verify(gm).intact


def test_journal_refuses_an_action_that_is_no_member(services: Services) -> None:
    with services.ctx.uow.write() as uow:
        with pytest.raises(ValueError):
            journal.append(uow.session, datetime.now(UTC), "boss", "made.up", "x")  # type: ignore[arg-type]
        with pytest.raises(ValueError):
            journal.append(
                uow.session,
                datetime.now(UTC),
                "boss",
                AuditAction.LOGIN,
                "x",
                entity_type="made_up",  # type: ignore[arg-type]
            )


@pytest.mark.parametrize("event", sorted(SESSION_EVENTS))
def test_the_window_records_session_events(
    services: Services, gm: Principal, event: AuditAction
) -> None:
    services.auth.record(gm, event, "by the window")
    assert services.audit.page(gm, AuditFilter(), 0, 1)[0].action is event


@pytest.mark.parametrize("action", [AuditAction.CUSTOMER_VOID, AuditAction.LOGIN, "made.up"])
def test_the_window_cannot_record_other_actions_R_AUD_3(
    services: Services, gm: Principal, action: str
) -> None:
    """Only the service that voids a file, signs someone in… writes that entry."""
    before = services.audit.count(gm, AuditFilter())
    with pytest.raises(ValueError):
        services.auth.record(gm, action, "forged")  # type: ignore[arg-type]
    assert services.audit.count(gm, AuditFilter()) == before


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_action_and_target_has_its_name_in_the_operation_log(language: str) -> None:
    """The log's Action and target columns never show a stored code (issue 8 item 4): a new
    action without its name in wording/audit.py fails here."""
    from records_desk.domain.common.audit_actions import AuditTarget
    from records_desk.wording.audit import audit_action_name, audit_target_name
    from records_desk.wording.language import set_language

    set_language(language)
    try:
        unnamed = [a.value for a in AuditAction if audit_action_name(a) == a.value]
        unnamed += [t.value for t in AuditTarget if audit_target_name(t) == t.value]
    finally:
        set_language("zh_TW")
    assert unnamed == []
