"""The account administration dialog (R-ACC-2, R-ACC-4), driven through its widgets as a
general manager or customer director would; the outcome is checked in the table the user
sees, in the services and in the operation log (R-AUD-1)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from records_desk.domain.common.errors import (
    CannotChangeOwnAccount,
    LastManagerProtected,
    PasswordChangeRequired,
    PermissionDenied,
)
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.account_form import (
    DisableReasonDialog,
    NewAccountDialog,
    ResetPasswordDialog,
    RoleDialog,
)
from records_desk.ui.dialogs.accounts_dialog import AccountsDialog
from records_desk.ui.messages import describe, role_name
from records_desk.ui.models.accounts_model import AccountColumn
from tests.conftest import cheap_settings, make_user


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the user would have read."""
    texts: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.show_message",
        lambda parent, icon, title, text: texts.append(text),
    )
    return texts


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services) -> Iterator[object]:
    opened: list[AccountsDialog] = []

    def open_as(principal: Principal) -> AccountsDialog:
        dialog = AccountsDialog(services, principal, cheap_settings())
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened.append(dialog)
        return dialog

    yield open_as
    for dialog in opened:
        dialog.close()


def table_rows(dialog: AccountsDialog) -> dict[str, list[str]]:
    """What the table shows, row by row, keyed by user name."""
    proxy = dialog.proxy
    rows = {}
    for row in range(proxy.rowCount()):
        cells = [proxy.index(row, c).data() for c in range(proxy.columnCount())]
        rows[cells[AccountColumn.USERNAME]] = cells
    return rows


def status_of(dialog: AccountsDialog, username: str) -> str:
    return table_rows(dialog)[username][AccountColumn.STATUS]


def click_row(qtbot: QtBot, dialog: AccountsDialog, username: str) -> None:
    for row in range(dialog.proxy.rowCount()):
        index = dialog.proxy.index(row, AccountColumn.USERNAME)
        if index.data() == username:
            dialog.table.scrollTo(index)
            rect = dialog.table.visualRect(index)
            qtbot.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert dialog.selected_account() is not None
            assert dialog.selected_account().username == username
            return
    raise AssertionError(f"{username} is not in the table")


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def actions(services: Services, gm: Principal) -> list[str]:
    return [r.action for r in services.audit.page(gm, AuditFilter(), 0, 500)]


def fill_new_account(
    qtbot: QtBot,
    form: NewAccountDialog,
    username: str,
    role: Role,
    password: str,
    confirm: str | None = None,
) -> None:
    qtbot.keyClicks(form.username_edit, username)
    qtbot.keyClicks(form.full_name_edit, username.title())
    form.role_combo.setCurrentIndex(form.role_combo.findData(role.value))
    qtbot.keyClicks(form.password_edit, password)
    qtbot.keyClicks(form.confirm_edit, password if confirm is None else confirm)


def test_gm_creates_an_archivist_through_the_dialog_R_ACC_2(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(gm)
    click(qtbot, dialog.new_button)
    form = dialog.form
    assert isinstance(form, NewAccountDialog)
    fill_new_account(qtbot, form, "chen", Role.ARCHIVIST, "temporary-pw-1")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.form is None)
    row = table_rows(dialog)["chen"]
    assert row[AccountColumn.ROLE] == role_name(Role.ARCHIVIST)
    assert row[AccountColumn.STATUS] == "Active"
    assert "(must change)" in row[AccountColumn.PASSWORD_CHANGED]
    assert dialog.selected_account().username == "chen"
    created = services.audit.page(gm, AuditFilter(action="account.create"), 0, 10)
    assert [(e.account, e.details["username"], e.details["role"]) for e in created] == [
        ("boss", "chen", "archivist")
    ]
    assert shown == []


def test_ctrl_n_opens_the_new_account_form(qtbot: QtBot, gm: Principal, open_dialog) -> None:
    dialog = open_dialog(gm)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(dialog.form, NewAccountDialog))
    dialog.form.reject()


def test_mismatched_confirmation_is_shown_inline_and_creates_nothing(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(gm)
    click(qtbot, dialog.new_button)
    form = dialog.form
    fill_new_account(qtbot, form, "chen", Role.ARCHIVIST, "temporary-pw-1", "temporary-pw-2")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    assert form.error_label.isVisible()
    assert form.error_label.text() == "The two passwords do not match."
    assert dialog.form is form and form.isVisible()
    assert "chen" not in [a.username for a in services.accounts.list(gm)]
    assert shown == []
    form.reject()


def test_a_refused_password_keeps_the_form_open_for_correction_R_ACC_3(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(gm)
    click(qtbot, dialog.new_button)
    form = dialog.form
    fill_new_account(qtbot, form, "chen", Role.ARCHIVIST, "short")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    assert shown == ["The password has 5 characters; it needs at least 10."]
    assert dialog.form is form and "chen" not in table_rows(dialog)
    for edit in (form.password_edit, form.confirm_edit):
        edit.clear()
        qtbot.keyClicks(edit, "long-enough-pw")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "chen" in table_rows(dialog))


def test_accounts_are_disabled_and_enabled_never_deleted_R_ACC_4(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    make_user(services, gm, "chen", Role.ARCHIVIST)
    dialog = open_dialog(gm)
    assert not [b for b in dialog.findChildren(QPushButton) if "delete" in b.text().lower()]

    click_row(qtbot, dialog, "chen")
    click(qtbot, dialog.active_button)
    form = dialog.form
    assert isinstance(form, DisableReasonDialog)
    qtbot.keyClicks(form.reason_edit, "left the company")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status_of(dialog, "chen") == "Disabled")
    assert dialog.active_button.text() == "&Enable"
    assert table_rows(dialog)["chen"][AccountColumn.FULL_NAME] == "Chen"  # still listed
    disabled = services.audit.page(gm, AuditFilter(action="account.disable"), 0, 5)
    assert disabled[0].details == {"reason": "left the company"}

    click(qtbot, dialog.active_button)
    qtbot.waitUntil(lambda: status_of(dialog, "chen") == "Active")
    assert dialog.active_button.text() == "&Disable…"
    assert actions(services, gm)[:2] == ["account.enable", "account.disable"]
    assert shown == []


def test_disabled_rows_are_greyed_R_ACC_4(services: Services, gm: Principal, open_dialog) -> None:
    make_user(services, gm, "chen", Role.ARCHIVIST)
    services.accounts.disable(gm, "chen", "left")
    dialog = open_dialog(gm)
    colours = {}
    for row in range(dialog.proxy.rowCount()):
        name = dialog.proxy.index(row, AccountColumn.USERNAME).data()
        colours[name] = dialog.proxy.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colours["boss"] is None
    assert colours["chen"] is not None


def test_the_only_general_manager_cannot_disable_their_own_account(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(gm)
    click_row(qtbot, dialog, "boss")
    click(qtbot, dialog.active_button)
    qtbot.keyClicks(dialog.form.reason_edit, "testing")
    qtbot.mouseClick(dialog.form.ok_button, Qt.MouseButton.LeftButton)

    assert shown == [describe(CannotChangeOwnAccount("boss"))]
    dialog.form.reject()
    assert status_of(dialog, "boss") == "Active"
    assert "account.disable" not in actions(services, gm)


def test_disabling_the_last_general_manager_is_refused_and_changes_nothing(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    """A second manager opened the dialog, then was made customer director by the other:
    their attempt to disable the only remaining general manager is refused by the service
    (whichever rule it meets first) and nothing changes."""
    second = make_user(services, gm, "second", Role.GENERAL_MANAGER)
    dialog = open_dialog(second)
    services.accounts.change_role(gm, "second", Role.CUSTOMER_DIRECTOR)

    click_row(qtbot, dialog, "boss")
    click(qtbot, dialog.active_button)
    qtbot.keyClicks(dialog.form.reason_edit, "retired")
    qtbot.mouseClick(dialog.form.ok_button, Qt.MouseButton.LeftButton)

    refusals = {
        describe(LastManagerProtected("boss")),
        describe(PermissionDenied("second", "customer_director", "account.disable")),
    }
    assert len(shown) == 1 and shown[0] in refusals
    dialog.form.reject()
    dialog.reload()
    assert status_of(dialog, "boss") == "Active"
    assert [a.active for a in services.accounts.list(gm) if a.username == "boss"] == [True]
    assert "account.disable" not in actions(services, gm)


def test_reset_password_forces_a_change_at_next_sign_in_R_ACC_3(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog, shown: list[str]
) -> None:
    make_user(services, gm, "chen", Role.ARCHIVIST)
    dialog = open_dialog(gm)
    click_row(qtbot, dialog, "chen")
    click(qtbot, dialog.reset_button)
    form = dialog.form
    assert isinstance(form, ResetPasswordDialog)
    qtbot.keyClicks(form.password_edit, "temporary-pw-9")
    qtbot.keyClicks(form.confirm_edit, "temporary-pw-9")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None)

    assert "(must change)" in table_rows(dialog)["chen"][AccountColumn.PASSWORD_CHANGED]
    with pytest.raises(PasswordChangeRequired) as raised:
        services.auth.login("chen", "temporary-pw-9")
    assert raised.value.expired is False
    assert "account.reset_password" in actions(services, gm)
    assert shown == []


def test_change_role_through_the_dialog_R_ACC_2(
    qtbot: QtBot, services: Services, gm: Principal, open_dialog
) -> None:
    make_user(services, gm, "chen", Role.ARCHIVIST)
    dialog = open_dialog(gm)
    click_row(qtbot, dialog, "chen")
    click(qtbot, dialog.role_button)
    form = dialog.form
    assert isinstance(form, RoleDialog)
    assert form.role_combo.currentData() == Role.ARCHIVIST.value
    form.role_combo.setCurrentIndex(form.role_combo.findData(Role.CONSULTANT.value))
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.form is None)

    assert table_rows(dialog)["chen"][AccountColumn.ROLE] == role_name(Role.CONSULTANT)
    changed = services.audit.page(gm, AuditFilter(action="account.change_role"), 0, 5)
    assert changed[0].details == {"from": "archivist", "to": "consultant"}


def test_customer_director_cannot_create_a_general_manager_R_ACC_2(
    qtbot: QtBot, services: Services, gm: Principal, principals, open_dialog, shown: list[str]
) -> None:
    director = principals[Role.CUSTOMER_DIRECTOR]
    dialog = open_dialog(director)
    click(qtbot, dialog.new_button)
    form = dialog.form
    offered = {form.role_combo.itemData(i) for i in range(form.role_combo.count())}
    assert Role.GENERAL_MANAGER.value not in offered
    assert Role.ARCHIVIST.value in offered

    # The service checks whatever the form offers: a tampered choice is still refused.
    form.role_combo.addItem(role_name(Role.GENERAL_MANAGER), Role.GENERAL_MANAGER.value)
    fill_new_account(qtbot, form, "usurper", Role.GENERAL_MANAGER, "temporary-pw-1")
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)

    assert shown == [describe(PermissionDenied("director", "customer_director", "account.create"))]
    assert "usurper" not in table_rows(dialog)
    denied = services.audit.page(gm, AuditFilter(action="permission.denied"), 0, 5)
    assert denied[0].account == "customer-director"
    assert denied[0].details["action"] == "account.create"
    form.reject()


def test_customer_director_cannot_disable_the_general_manager_R_ACC_2(
    qtbot: QtBot, services: Services, gm: Principal, principals, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(principals[Role.CUSTOMER_DIRECTOR])
    click_row(qtbot, dialog, "boss")
    click(qtbot, dialog.active_button)
    qtbot.mouseClick(dialog.form.ok_button, Qt.MouseButton.LeftButton)

    assert len(shown) == 1 and "may not do this" in shown[0]
    dialog.form.reject()
    assert status_of(dialog, "boss") == "Active"
    assert actions(services, gm)[0] == "permission.denied"


def test_staff_cannot_open_the_account_list_R_ACC_2(
    services: Services, principals, open_dialog, shown: list[str]
) -> None:
    dialog = open_dialog(principals[Role.STAFF])
    assert dialog.proxy.rowCount() == 0
    assert len(shown) == 1 and "view the accounts" in shown[0]


def test_search_and_sort_the_table(
    qtbot: QtBot, services: Services, principals, open_dialog
) -> None:
    dialog = open_dialog(principals[Role.GENERAL_MANAGER])
    assert len(table_rows(dialog)) == len(Role)
    qtbot.keyClicks(dialog.search_edit, "archiv")
    assert list(table_rows(dialog)) == ["archivist"]
    assert dialog.count_label.text() == f"1 of {len(Role)} accounts shown"
    dialog.search_edit.clear()

    dialog.table.sortByColumn(AccountColumn.ROLE, Qt.SortOrder.AscendingOrder)
    roles = [row[AccountColumn.ROLE] for row in table_rows(dialog).values()]
    assert roles == [role_name(r) for r in Role]
