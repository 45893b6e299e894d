"""The 客戶檔案 tab as the archivist and the director use it: search as you type, register a
file, request a change and approve it, the quota refusal, the blacklist badge and banner,
history side by side, and the table model's contract. Data is made through the services."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import Grade, RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.customers.change_dialog import ChangeDialog
from records_desk.ui.customers.customer_model import (
    BLACKLISTED_ROLE,
    CustomerColumn,
    CustomerTableModel,
)
from records_desk.ui.customers.grade_dialog import GradeDialog
from records_desk.ui.customers.history_dialog import HistoryDialog
from records_desk.ui.customers.register_dialog import RegisterDialog
from records_desk.ui.customers.requests_dialog import RequestsDialog
from records_desk.ui.customers.screen import CustomersScreen
from records_desk.ui.customers.tab import CustomersTab
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import DEPARTMENT, Office, office, register

__all__ = ["office"]  # the fixture, used by parameter name

OpenTab = Callable[[Principal], CustomersScreen]


@pytest.fixture
def open_tab(qtbot: QtBot, services: Services) -> Iterator[OpenTab]:
    """The tab shown as the main window shows it; returns its screen once it has read the
    first rows (built after the tab is painted, read after its table is)."""
    opened: list[CustomersTab] = []

    def open_as(principal: Principal) -> CustomersScreen:
        tab = CustomersTab(services, principal, cheap_settings())
        qtbot.addWidget(tab)
        tab.resize(1200, 700)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        qtbot.waitUntil(tab.isActiveWindow)
        qtbot.waitUntil(lambda: tab.loaded)
        opened.append(tab)
        assert tab.content is not None
        return tab.content

    yield open_as
    for tab in opened:
        if tab.content is not None:
            for dialog in list(tab.content.dialogs.values()):
                dialog.close()
        tab.close()
    QApplication.processEvents()


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """Type as the user does: Chinese arrives committed by the input method (QTest has no keys
    for it), ASCII as key presses."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(edit, event)


def names(tab: CustomersScreen) -> list[str]:
    model = tab.model
    return [model.index(r, CustomerColumn.NAME).data() for r in range(model.rowCount())]


def select(tab: CustomersScreen, customer_id: int) -> None:
    row = tab.model.row_of(customer_id)
    assert row is not None
    tab.table.setCurrentIndex(tab.model.index(row, 0))
    assert tab.current is not None and tab.current.id == customer_id


def test_search_as_you_type_finds_files_by_one_chinese_character(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab
) -> None:
    register(services, office.archivist, name="林記貿易有限公司")
    register(services, office.archivist, name="陳氏五金行", contact_person="陳大文")
    register(services, office.archivist, name="大同電器", contact_person="王小明")
    tab = open_tab(office.archivist)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    assert tab.count_label.text() == "3 files"
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.hasFocus()
    type_text(qtbot, tab.search, "陳")
    qtbot.waitUntil(lambda: names(tab) == ["陳氏五金行"])
    assert tab.detail.values["name"].text() == "陳氏五金行"
    tab.search.clear()
    qtbot.keyClicks(tab.search, "0912")  # phones, separators ignored
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)


def test_register_a_file_through_the_dialog_shows_its_archive_number_R_CUS_2(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    tab = open_tab(office.archivist)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs["register"]
    assert isinstance(dialog, RegisterDialog)
    dialog.record_type.setCurrentIndex(dialog.record_type.findData(RecordType.CAMPAIGN))
    assert not dialog.form.admission_box.isVisible()  # R-GRD-1 only for admitted types
    type_text(qtbot, dialog.form.name, "春季活動報名 張小姐")
    qtbot.keyClicks(dialog.form.phones, "0912-345-678, 02-2345-6789")
    assert dialog.form.shelf_location.text() == "CP-2026-B001"  # the scheme's suggestion
    dialog.form.shelf_location.clear()  # the office keeps this one elsewhere
    qtbot.keyClicks(dialog.form.shelf_location, "C-02-01")
    dialog.form.department.setCurrentText(DEPARTMENT)
    dialog.save()
    assert shown == ["Registered as CP-2026-00001. Shelf location: C-02-01."]
    assert names(tab) == ["春季活動報名 張小姐"]
    assert tab.detail.values["archive_number"].text() == "CP-2026-00001"
    assert tab.detail.values["phones"].text() == "0912-345-678, 02-2345-6789"


def test_registering_an_admitted_type_needs_every_criterion_R_GRD_1(
    qtbot: QtBot, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    tab = open_tab(office.archivist)
    tab.open_register()
    dialog = tab.dialogs["register"]
    assert isinstance(dialog, RegisterDialog)
    type_text(qtbot, dialog.form.name, "林記貿易")
    dialog.save()
    assert dialog.form.error_text("admission").startswith(  # beside the checklist (issue 10 §2)
        "The admission criteria are not met, so no file can be made"
    )
    assert shown == [] and dialog.isVisible() and tab.model.rowCount() == 0


def test_request_a_change_as_staff_and_approve_it_as_director_R_CUS_4(
    qtbot: QtBot, services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    staff_tab = open_tab(office.staff)
    select(staff_tab, info.id)
    assert staff_tab.request_action.isEnabled()
    assert not staff_tab.direct_action.isVisible() and not staff_tab.new_action.isEnabled()
    staff_tab.request_action.trigger()
    change = staff_tab.dialogs["change"]
    assert isinstance(change, ChangeDialog)
    change.form.address.setText("台北市信義區松仁路1號")
    change.reason.setText("客戶搬家")
    change.save()
    assert shown[-1] == "Change request 1 was filed for approval."
    assert services.customers.files.get(office.gm, info.id).address == info.address  # not yet

    director_tab = open_tab(office.director)
    select(director_tab, info.id)
    assert director_tab.requests_action.text() == "Change re&quests (1 waiting)…"
    director_tab.requests_action.trigger()
    requests = director_tab.dialogs["requests"]
    assert isinstance(requests, RequestsDialog)
    assert requests.pending_ids() == [1]
    assert requests.changes.item(0, 2).text() == "台北市信義區松仁路1號"
    requests.note.setText("已核對")
    requests.approve_button.click()
    assert requests.pending_ids() == []
    assert requests.empty_label.isVisibleTo(requests)
    assert services.customers.files.get(office.gm, info.id).address == "台北市信義區松仁路1號"
    assert director_tab.detail.values["address"].text() == "台北市信義區松仁路1號"
    assert director_tab.requests_action.text() == "Change re&quests…"


def test_staff_sees_the_requests_but_cannot_decide_R_CUS_4(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    info = register(services, office.archivist)[0]
    services.customers.files.request_change(
        office.staff, info.id, {"email": "x@example.tw"}, "新信箱"
    )
    tab = open_tab(office.staff)
    tab.open_requests()
    requests = tab.dialogs["requests"]
    assert isinstance(requests, RequestsDialog)
    assert requests.pending_ids() == [1]
    assert not requests.approve_button.isVisibleTo(requests)


def test_quota_refusal_names_department_grade_cap_and_share_R_GRD_2(
    services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    files = register(services, office.archivist, count=5)
    tab = open_tab(office.manager)
    select(tab, files[0].id)
    tab.grade_action.trigger()
    dialog = tab.dialogs["grade"]
    assert isinstance(dialog, GradeDialog)
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.VIP))
    dialog.reason.setText("年度採購額最高")
    dialog.save()
    expected = (
        f"Department {DEPARTMENT}: 0 of 5 customers are VIP now (0.0 %); this change would "
        "make 1 (20.0 %), over the VIP cap of 15 %."
    )
    assert shown == [expected]
    assert not dialog.overriding  # a sales manager may not override
    assert services.customers.files.get(office.gm, files[0].id).grade is Grade.QUALIFIED


def test_a_director_overrides_the_quota_with_a_reason_R_GRD_2(
    services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    files = register(services, office.archivist, count=5)
    tab = open_tab(office.director)
    select(tab, files[0].id)
    tab.open_grade()
    dialog = tab.dialogs["grade"]
    assert isinstance(dialog, GradeDialog)
    dialog.grade.setCurrentIndex(dialog.grade.findData(Grade.VIP))
    dialog.reason.setText("年度採購額最高")
    dialog.save()
    assert dialog.overriding and "over the VIP cap of 15 %" in dialog.refusal.text()
    dialog.override.setText("總經理指示：策略客戶")
    dialog.save()
    assert services.customers.files.get(office.gm, files[0].id).grade is Grade.VIP
    assert tab.detail.values["grade"].text() == "VIP"


def test_blacklisted_rows_show_the_badge_and_the_file_a_banner_R_GRD_5(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    clean, listed = register(services, office.archivist, count=2)
    entry = services.customers.blacklist.add(
        office.director, listed.id, BlacklistScope.COMPANY, None, "拖欠貨款"
    )
    tab = open_tab(office.archivist)
    marks = {
        tab.model.row_at(r).id: tab.model.index(r, 0).data(BLACKLISTED_ROLE)
        for r in range(tab.model.rowCount())
    }
    assert marks == {clean.id: False, listed.id: True}
    row = tab.model.row_of(listed.id)
    assert row is not None
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.DecorationRole) is not None
    select(tab, listed.id)
    assert tab.detail.blacklist_banner.isVisible()
    assert tab.detail.blacklist_banner.text() == f"Blacklisted until {entry.last_day}"
    select(tab, clean.id)
    assert not tab.detail.blacklist_banner.isVisible()


def test_history_marks_the_changed_fields_R_CUS_3(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    info = register(services, office.archivist)[0]
    services.customers.files.change_directly(
        office.director, info.id, {"email": "new@example.tw", "shelf_location": "B-01"}, "更正"
    )
    tab = open_tab(office.archivist)
    select(tab, info.id)
    tab.history_action.trigger()
    dialog = tab.dialogs["history"]
    assert isinstance(dialog, HistoryDialog)
    assert dialog.versions.rowCount() == 2
    assert dialog.changed_fields() == ["email", "shelf_location"]
    assert "Changed directly" in dialog.versions.item(1, 3).text()
    dialog.choose(1, 1)
    assert dialog.changed_fields() == []


def test_void_needs_a_reason_and_greys_the_file_R_CUS_3(
    services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    tab = open_tab(office.director)
    select(tab, info.id)
    tab.void_action.trigger()
    reason = tab.dialogs["void"].findChild(QLineEdit, "reasonEdit")
    tab.void(info.id, "  ")
    assert shown == ["Please give a reason: it is kept with the file's history."]
    assert reason is not None
    tab.void(info.id, "重複建檔")
    assert tab.model.rowCount() == 0  # void files are hidden unless asked for
    tab.include_void.setChecked(True)
    row = tab.model.row_of(info.id)
    assert row is not None
    assert tab.model.index(row, CustomerColumn.STATUS).data() == "Void"
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.FontRole).strikeOut()


def test_actions_follow_the_permission_matrix(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    info = register(services, office.archivist)[0]
    archivist = open_tab(office.archivist)
    select(archivist, info.id)
    assert archivist.new_action.isEnabled() and archivist.request_action.isEnabled()
    assert not archivist.grade_action.isEnabled() and not archivist.void_action.isVisible()
    director = open_tab(office.director)
    select(director, info.id)
    assert director.direct_action.isEnabled() and director.void_action.isEnabled()
    assert director.grade_action.isEnabled()


def test_customer_model_contract_while_paging_and_searching(
    qtmodeltester, qtlog, services: Services, office: Office
) -> None:
    from records_desk.services.customers.search import CustomerQuery

    files = register(services, office.archivist, count=45)
    services.customers.blacklist.add(
        office.director, files[3].id, BlacklistScope.COMPANY, None, "拖欠"
    )
    services.customers.files.void(office.director, files[4].id, "重複")
    search = services.customers.search
    model = CustomerTableModel(
        lambda q: search.count(office.archivist, q),
        lambda q, offset, limit: search.page(office.archivist, q, offset, limit),
        page_size=20,
        first_page=10,
    )
    qtmodeltester.check(model)
    model.set_query(CustomerQuery(include_void=True))
    assert model.rowCount() == 10 and model.total == 45  # a screenful first
    model.fetchMore()
    assert model.rowCount() == 30
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 45
    model.set_query(CustomerQuery(text=files[10].archive_number))
    assert [model.row_at(r).id for r in range(model.rowCount())] == [files[10].id]
    model.set_query(CustomerQuery())
    assert model.total == 44
    failures = [r.message for r in qtlog.records if "FAIL!" in r.message]
    assert failures == []


def test_print_menu_offers_the_forms_of_the_selected_file(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    graded = register(services, office.archivist)[0]
    campaign = register(services, office.archivist, record_type=RecordType.CAMPAIGN)[0]
    tab = open_tab(office.archivist)
    select(tab, campaign.id)
    tab.print_button.fill_menu()
    offered = [a.objectName() for a in tab.print_button.menu_.actions()]
    assert "print_appraisal_form" not in offered and offered  # 附件1/2 weigh a grade
    select(tab, graded.id)
    tab.print_button.fill_menu()
    actions = tab.print_button.menu_.actions()
    assert len(actions) > len(offered)
    actions[0].trigger()
    preview = tab.print_button.preview
    assert preview is not None and preview.isVisible()
    preview.close()


def test_column_widths_are_remembered(qtbot: QtBot, services: Services, office: Office) -> None:
    settings = cheap_settings()
    first = CustomersScreen(services, office.archivist, settings)
    qtbot.addWidget(first)
    first.table.setColumnWidth(CustomerColumn.NAME, 333)
    again = CustomersScreen(services, office.archivist, settings)
    qtbot.addWidget(again)
    assert again.table.columnWidth(CustomerColumn.NAME) == 333


def test_refusing_without_a_note_names_the_note_field_R_CUS_4(
    services: Services, office: Office, open_tab: OpenTab, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    services.customers.files.request_change(
        office.staff, info.id, {"email": "x@example.tw"}, "新信箱"
    )
    tab = open_tab(office.director)
    tab.open_requests()
    requests = tab.dialogs["requests"]
    assert isinstance(requests, RequestsDialog)
    requests.table.selectRow(0)
    requests.refuse_button.click()
    field = requests.note_label.text().replace("&", "").rstrip(":：")
    assert f"“{field}”" in shown[-1]
    assert requests.pending_ids() == [1]  # nothing was decided


def test_the_history_dialog_has_a_close_button(
    services: Services, office: Office, open_tab: OpenTab
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    info = register(services, office.archivist)[0]
    tab = open_tab(office.archivist)
    select(tab, info.id)
    tab.history_action.trigger()
    dialog = tab.dialogs["history"]
    assert dialog.isVisible()
    buttons = dialog.findChildren(QDialogButtonBox)
    close = [b.button(QDialogButtonBox.StandardButton.Close) for b in buttons]
    assert [c for c in close if c is not None and c.isVisible()], "no Close button"
    next(c for c in close if c is not None).click()
    assert not dialog.isVisible()
