"""The operation-log viewer (R-AUD): pages of 200 entries, filters by account, action and
local date, the details of one entry, chain verification, and nothing to edit (R-AUD-3)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.audit_log_dialog import (
    AuditLogDialog,
    action_choices,
    local_day_bounds,
)
from records_desk.ui.models.audit_model import AuditColumn
from tests.conftest import Clock, cheap_settings, make_user

LOCKS = 460


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.show_message",
        lambda parent, icon, title, text: texts.append(text),
    )
    return texts


@pytest.fixture
def busy_log(services: Services, gm: Principal, clock: Clock) -> dict[str, date]:
    """Over 450 entries on three days two days apart; returns the local date of each day."""
    days = {"first": clock.now.astimezone().date()}
    make_user(services, gm, "chen", Role.ARCHIVIST)
    for _ in range(LOCKS):
        services.auth.record(gm, "session.lock", "locked after idle time")
    clock.advance(days=2)
    days["middle"] = clock.now.astimezone().date()
    services.auth.login("chen", "a-good-password")
    services.auth.record(gm, "session.lock", "locked after idle time")
    clock.advance(days=2)
    days["last"] = clock.now.astimezone().date()
    services.auth.login("chen", "a-good-password")
    return days


@pytest.fixture
def open_viewer(qtbot: QtBot, services: Services) -> Iterator[object]:
    opened: list[AuditLogDialog] = []

    def open_as(principal: Principal) -> AuditLogDialog:
        dialog = AuditLogDialog(services, principal, cheap_settings())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield open_as
    for dialog in opened:
        dialog.close()


def column(dialog: AuditLogDialog, col: AuditColumn) -> list[str]:
    """What a column shows; for the action, its stored code (shown as a name, tooltip: code)."""
    model = dialog.model
    role = Qt.ItemDataRole.ToolTipRole if col is AuditColumn.ACTION else Qt.ItemDataRole.DisplayRole
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def load_all(dialog: AuditLogDialog) -> None:
    while dialog.model.canFetchMore():
        dialog.model.fetchMore()


def choose(combo, value: str | None) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def test_the_viewer_reads_200_entries_at_a_time_R_AUD_1(
    qtbot: QtBot, services: Services, gm: Principal, busy_log, open_viewer
) -> None:
    dialog = open_viewer(gm)
    model = dialog.model
    total = services.audit.count(gm, AuditFilter())
    assert total > 450 and model.total == total
    assert model.rowCount() == 200
    assert dialog.count_label.text() == f"200 of {total} entries loaded"
    seqs = column(dialog, AuditColumn.SEQ)
    assert seqs[0] == str(total)  # newest first

    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400

    dialog.table.scrollToBottom()  # the view asks for the next page itself
    qtbot.waitUntil(lambda: model.rowCount() == total)
    assert not model.canFetchMore()
    assert [int(s) for s in column(dialog, AuditColumn.SEQ)] == list(range(total, 0, -1))


def test_entries_written_while_reading_are_neither_doubled_nor_lost(
    services: Services, gm: Principal, busy_log, open_viewer
) -> None:
    dialog = open_viewer(gm)
    total = dialog.model.total
    for _ in range(7):
        services.auth.record(gm, "session.lock", "written while the viewer was open")
    load_all(dialog)
    assert [int(s) for s in column(dialog, AuditColumn.SEQ)] == list(range(total, 0, -1))

    dialog.refresh()
    assert column(dialog, AuditColumn.SEQ)[0] == str(total + 7)


def test_account_and_action_filters_narrow_the_rows(gm: Principal, busy_log, open_viewer) -> None:
    dialog = open_viewer(gm)
    choose(dialog.account_combo, "chen")
    load_all(dialog)
    assert set(column(dialog, AuditColumn.ACCOUNT)) == {"chen"}
    assert column(dialog, AuditColumn.ACTION) == [
        "login",
        "login",
        "login",
        "account.password_changed",
    ]

    choose(dialog.account_combo, None)
    choose(dialog.action_combo, "session.lock")
    assert dialog.model.total == LOCKS + 1
    assert dialog.model.rowCount() == 200
    load_all(dialog)
    assert set(column(dialog, AuditColumn.ACTION)) == {"session.lock"}

    choose(dialog.action_combo, "account.")  # a whole family: account.*
    assert set(column(dialog, AuditColumn.ACTION)) == {"account.create", "account.password_changed"}


def test_date_filter_uses_local_days_and_excludes_the_rest(
    gm: Principal, busy_log, open_viewer
) -> None:
    dialog = open_viewer(gm)
    middle = QDate(busy_log["middle"])
    dialog.from_check.setChecked(True)
    dialog.from_date.setDate(middle)
    dialog.to_check.setChecked(True)
    dialog.to_date.setDate(middle)

    assert column(dialog, AuditColumn.ACTION) == ["session.lock", "login"]
    assert {t[:10] for t in column(dialog, AuditColumn.TIME)} == {busy_log["middle"].isoformat()}

    dialog.to_check.setChecked(False)  # from the middle day on
    assert column(dialog, AuditColumn.ACTION) == ["login", "session.lock", "login"]
    assert not dialog.to_date.isEnabled()


def test_details_pane_shows_the_entry_json_and_hash(
    qtbot: QtBot, services: Services, gm: Principal, open_viewer
) -> None:
    make_user(services, gm, "chen", Role.ARCHIVIST)
    dialog = open_viewer(gm)
    choose(dialog.action_combo, "account.create")
    assert dialog.model.rowCount() == 1
    rect = dialog.table.visualRect(dialog.model.index(0, AuditColumn.SUMMARY))
    qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    record = dialog.model.record_at(0)
    text = dialog.details.toPlainText()
    assert json.dumps(record.details, indent=2, ensure_ascii=False, sort_keys=True) in text
    assert '"role": "archivist"' in text
    assert f"Hash: {record.hash}" in text
    assert dialog.details.isReadOnly()


def test_verify_reports_an_intact_chain_R_AUD_3(
    qtbot: QtBot, services: Services, gm: Principal, busy_log, open_viewer, shown: list[str]
) -> None:
    dialog = open_viewer(gm)
    entries = services.audit.count(gm, AuditFilter())
    qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert shown == [f"The operation log is intact: {entries} entries verified."]


def test_nothing_in_the_viewer_edits_an_entry_R_AUD_3(gm: Principal, busy_log, open_viewer) -> None:
    dialog = open_viewer(gm)
    assert dialog.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    flags = dialog.model.flags(dialog.model.index(0, AuditColumn.SUMMARY))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.setData(dialog.model.index(0, AuditColumn.SUMMARY), "changed")


def test_an_archivist_cannot_read_the_log_R_ACC_2(
    services: Services, principals, open_viewer, shown: list[str]
) -> None:
    dialog = open_viewer(principals[Role.ARCHIVIST])
    assert dialog.model.rowCount() == 0
    assert len(shown) == 1 and "read the operation log" in shown[0]
    denied = services.audit.page(
        principals[Role.GENERAL_MANAGER], AuditFilter(action="permission.denied"), 0, 5
    )
    assert denied and denied[0].account == "archivist"


def test_local_days_become_utc_boundaries() -> None:
    start, end = local_day_bounds(date(2026, 11, 27), date(2026, 11, 27))
    assert start is not None and end is not None
    assert start.tzinfo is UTC and end - start == timedelta(days=1)
    assert start.astimezone().replace(tzinfo=None) == datetime(2026, 11, 27)
    assert local_day_bounds(None, None) == (None, None)


def test_action_choices_offer_families_before_their_members() -> None:
    choices = action_choices(["account.create", "account.disable", "login", "login.failed"])
    assert choices == [
        ("All account actions", "account."),
        ("Account created", "account.create"),
        ("Account disabled", "account.disable"),
        ("Signed in", "login"),
        ("Sign-in failed", "login.failed"),
    ]


def test_the_operation_log_names_actions_and_targets_in_the_users_language() -> None:
    """The log's action and target columns read in the user's language (R-AUD); an action
    this version does not know shows as stored."""
    from records_desk.services.common.dto import AuditRecord
    from records_desk.ui.models.audit_model import AuditColumn, AuditLogModel
    from records_desk.wording import set_language

    record = AuditRecord(
        seq=7, at="2026-11-27T01:00:00+00:00", account="boss", action="customer.void",
        entity_type="customer", entity_id="42", summary="voided file 42",
        details={}, hash="ab" * 32,
    )  # fmt: skip
    unknown = AuditRecord(**{**record.__dict__, "action": "gadget.issue", "entity_type": "gadget"})
    model = AuditLogModel(lambda f: 2, lambda f, o, n: [record, unknown])
    model.set_filter(model.audit_filter)
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert text(0, AuditColumn.ACTION) == "Customer file voided"
    assert text(0, AuditColumn.ENTITY) == "Customer file 42"
    set_language("zh_TW")
    assert text(0, AuditColumn.ACTION) == "作廢客戶檔案"
    assert text(0, AuditColumn.ENTITY) == "客戶檔案 42"
    assert (
        text(1, AuditColumn.ACTION) == "gadget.issue" and text(1, AuditColumn.ENTITY) == "gadget 42"
    )
