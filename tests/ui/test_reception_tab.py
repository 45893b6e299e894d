"""The 接待輪序 counter as a receptionist uses it (issue 12): sign three consultants in, assign
four walk-ins with F2 (the fourth goes back to the first), mark one away and see the next name
change; close the day and see an edit refused. Data is made through the services; message
boxes are patched (never a modal exec())."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception.dto import Level
from records_desk.ui.reception import counter
from records_desk.ui.reception.day_dialogs import CorrectDialog, SignInDialog
from records_desk.ui.reception.deal_dialog import DealDialog
from records_desk.ui.reception.dialogs import WalkInDialog
from records_desk.ui.reception.disputes_dialog import DisputesDialog
from records_desk.ui.reception.fairness_dialog import FairnessDialog
from records_desk.ui.reception.registrations_dialog import (
    FollowUpDialog,
    RegisterDialog,
    RegistrationsDialog,
)
from records_desk.ui.reception.screen import ReceptionScreen
from records_desk.ui.reception.tab import ReceptionTab
from tests.conftest import PASSWORD, Clock, cheap_settings
from tests.unit.reception_desk_fixtures import consultants

OpenTab = Callable[[Principal], ReceptionScreen]


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the screen told the user (errors and notes), instead of message boxes."""
    said: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.error", lambda _p, text, title="": said.append(text)
    )
    monkeypatch.setattr("records_desk.ui.notify.info", lambda _p, text, title="": said.append(text))
    monkeypatch.setattr(
        "records_desk.ui.reception.screen_acts.ask", lambda _p, _t, on_yes: on_yes()
    )
    return said


@pytest.fixture
def open_tab(qtbot: QtBot, services: Services, told: list[str]) -> Iterator[OpenTab]:
    opened: list[ReceptionTab] = []

    def open_as(principal: Principal) -> ReceptionScreen:
        tab = ReceptionTab(services, principal, cheap_settings())
        opened.append(tab)
        qtbot.addWidget(tab)
        tab.resize(1366, 700)
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.waitUntil(lambda: tab.loaded)
        assert tab.content is not None
        return tab.content

    yield open_as
    for tab in opened:
        tab.close()


@pytest.fixture
def clerk(services: Services, principals: dict[Role, Principal]) -> Principal:
    consultants(services, principals[Role.GENERAL_MANAGER], "amy", "bob", "cat")
    return principals[Role.RECEPTION_CLERK]


def _dialog(screen: ReceptionScreen, key: str) -> object:
    return screen.dialogs[key]


def _sign_in(qtbot: QtBot, screen: ReceptionScreen, *names: str) -> None:
    screen.open_sign_in()
    dialog = _dialog(screen, "sign_in")
    assert isinstance(dialog, SignInDialog)
    for name in names:
        for row in range(dialog.list.count()):
            item = dialog.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _walk_in(qtbot: QtBot, screen: ReceptionScreen, name: str, phone: str) -> None:
    screen.open_walk_in()
    dialog = _dialog(screen, "walk_in")
    assert isinstance(dialog, WalkInDialog)
    dialog.name.setText(name)  # typed Chinese arrives by input method, not key clicks
    qtbot.keyClicks(dialog.phone, phone)
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _consultants_of_rows(screen: ReceptionScreen) -> list[str | None]:
    return [r.consultant for r in screen.model.rows()]


def test_f2_assigns_by_rotation_and_the_fourth_goes_back_to_the_first_R_REC_2(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    screen = open_tab(clerk)
    assert screen.chips.chips == []
    _sign_in(qtbot, screen, "amy", "bob", "cat")
    assert [c.consultant for c in screen.chips.chips] == ["amy", "bob", "cat"]
    assert screen.next_up.name.text() == "Amy"
    for n, (visitor, phone) in enumerate(
        [("王一", "0922000001"), ("陳二", "0922000002"), ("張三", "0922000003")]
    ):
        clock.advance(minutes=1)
        _walk_in(qtbot, screen, visitor, phone)
        who = ["amy", "bob", "cat"][n]
        screen.on_chip(who, counter.VISIT_END)
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "李四", "0922000004")
    assert _consultants_of_rows(screen) == ["amy", "bob", "cat", "amy"]
    assert "Amy" in screen.last_label.text()


def test_marking_the_next_one_away_changes_the_next_name_R_REC_3(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob", "cat")
    assert screen.next_up.name.text() == "Amy"
    chip = screen.chips.chip("amy")
    assert chip is not None
    away = next(a for a in chip.menu().actions() if a.objectName() == "chip_away_unexcused")
    away.trigger()
    assert screen.next_up.name.text() == "Bob"
    assert "away" in screen.next_up.why.text()
    amy = screen.chips.chip("amy")
    assert amy is not None and "away without good reason" in amy.text()


def test_a_closed_day_refuses_an_edit_R_REC_11(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock, told: list[str]
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob")
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "王一", "0922000001")
    screen.close_day()
    assert screen.closing is not None and screen.closing.row_count == 1
    assert "can no longer change" in screen.closing_label.text()
    assert not screen.walk_in_action.isEnabled()
    screen.on_chip("bob", counter.AWAY_UNEXCUSED)  # a chip's act, if one got through
    assert any("closed" in t or "reviewed" in t for t in told), told
    assert [c.consultant for c in screen.chips.chips] == ["amy", "bob"]
    bob = screen.chips.chip("bob")
    assert bob is not None and "free" in bob.text()


def test_the_walk_in_dialog_says_a_returning_customer_before_assigning_R_REC_4(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    clerk: Principal,
    principals: dict[Role, Principal],
) -> None:
    registrations = services.reception.registrations
    # Registered before today: a registration made during the day does not change it (registry.py).
    registrations.register(clerk, Visitor("李大同", "0911000001"), "bob", date(2026, 11, 20))
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob")
    screen.open_walk_in()
    dialog = _dialog(screen, "walk_in")
    assert isinstance(dialog, WalkInDialog)
    qtbot.keyClicks(dialog.phone, "0911000001")
    dialog.check_now()
    assert "Returning customer of Bob" in dialog.found.text()
    assert dialog.goes_to.text().startswith("Goes to Bob")  # said before Assign is pressed
    dialog.name.setText("李大同")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _consultants_of_rows(screen) == ["bob"]
    assert screen.next_up.name.text() == "Amy"  # not counted: the pointer did not move


def test_thirty_consultants_are_all_in_sight_at_1366x768(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    clerk: Principal,
    principals: dict[Role, Principal],
) -> None:
    names = [f"c{n:02d}" for n in range(30)]
    consultants(services, principals[Role.GENERAL_MANAGER], *names)
    for name in names:
        services.reception.day.sign_in(clerk, name)
    screen = open_tab(clerk)
    QApplication.processEvents()
    assert len(screen.chips.chips) == 30
    bar = screen.chips.rect()
    for chip in screen.chips.chips:
        assert chip.isVisible()
        assert bar.contains(chip.geometry()), chip.consultant  # wrapped, never cut off
    assert screen.table.height() > 150  # the sheet keeps room below the chips


def test_a_correction_of_a_closed_day_is_a_new_row_pointing_to_the_old_R_REC_11(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob")
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "王一", "0922000001")
    screen.close_day()
    screen.table.selectRow(0)
    assert screen.correct_action.isEnabled()
    screen.open_correct()
    dialog = screen.dialogs["correct"]
    assert isinstance(dialog, CorrectDialog)
    dialog.visitor.setText("王壹")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    rows = screen.model.rows()
    assert [(r.row_no, r.visitor, r.corrects) for r in rows] == [(1, "王一", None), (2, "王壹", 1)]
    assert rows[1].consultant == rows[0].consultant  # who received them is not corrected


def test_an_earlier_day_shows_its_own_sheet_and_review_R_REC_11(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy")
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "王一", "0922000001")
    first = screen.today
    assert first is not None
    clock.advance(days=1)
    screen.refresh()
    assert screen.model.rows() == [] and screen.day != first
    screen.sheet_day.set_date(first)
    screen.show_day()
    assert [r.visitor for r in screen.model.rows()] == ["王一"]
    assert screen.close_action.isEnabled()  # yesterday's sheet still awaits its review
    screen.close_day()
    assert screen.closing is not None and screen.closing.day == first
    assert screen.walk_in_action.isEnabled()  # today stays open


def test_registrations_dialog_registers_and_the_consultant_follows_up_R_GRD_6(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    clerk: Principal,
    principals: dict[Role, Principal],
) -> None:
    screen = open_tab(clerk)
    screen.open_registrations()
    dialog = screen.dialogs["registrations"]
    assert isinstance(dialog, RegistrationsDialog)
    assert dialog.model.rowCount() == 0
    dialog.open_register()
    form = dialog._child
    assert isinstance(form, RegisterDialog)
    form.name.setText("李大同")
    form.phone.setText("0911000001")
    form.consultant.setCurrentIndex(form.consultant.findData("bob"))
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.table.selectRow(0)
    assert not dialog.follow_button.isEnabled()  # the desk does not grade prospects
    dialog.search.setText("0922")
    dialog.refresh()
    assert dialog.model.rowCount() == 0

    bob = services.auth.login("bob", PASSWORD)
    mine = RegistrationsDialog(services, bob, cheap_settings(), [])
    qtbot.addWidget(mine)
    mine.show()
    assert [r.visitor_name for r in mine.model.rows()] == ["李大同"]
    mine.table.selectRow(0)
    mine.open_follow_up()
    follow = mine._child
    assert isinstance(follow, FollowUpDialog)
    follow.level.setCurrentIndex(follow.level.findData("A"))
    follow.text.setText("看過樣品屋")
    follow.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not follow.isVisible())
    row = mine.model.rows()[0]
    assert (row.visitor_name, row.consultant, row.level) == ("李大同", "bob", Level.A)


def test_the_days_visitor_sheet_prints_from_the_counter_R_REC_11(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    from records_desk.ui.printing.preview_dialog import PrintPreviewDialog

    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy")
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "王一", "0922000001")
    screen.close_day()
    screen.print_sheet()
    preview = screen.dialogs["preview"]
    assert isinstance(preview, PrintPreviewDialog) and preview.isVisible()
    preview.close()


def test_a_mid_visit_designation_is_proposed_55_45_and_a_manager_confirms_it_R_REC_7(
    qtbot: QtBot,
    open_tab: OpenTab,
    services: Services,
    clerk: Principal,
    principals: dict[Role, Principal],
    clock: Clock,
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob")
    clock.advance(minutes=1)
    _walk_in(qtbot, screen, "王一", "0922000001")  # amy, by rotation
    screen.open_disputes()
    disputes = screen.dialogs["disputes"]
    assert isinstance(disputes, DisputesDialog)
    assert not disputes.confirm_button.isEnabled()  # the clerk records; managers decide
    disputes.open_record()
    form = disputes._child
    assert isinstance(form, DealDialog)
    form.name.setText("王一")
    form.phone.setText("0922000001")
    form.consultant.setCurrentIndex(form.consultant.findData("bob"))
    form.situation.setCurrentIndex(form.situation.findData("designated"))
    form.other.setCurrentIndex(form.other.findData("bob"))
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: disputes.model.rowCount() == 1)
    deal = disputes.model.rows()[0]
    assert dict(deal.shares) == {"amy": 55, "bob": 45}
    assert "Row used" in disputes.detail.toPlainText()  # the rows the rules were applied to

    decide = DisputesDialog(
        services, principals[Role.SALES_MANAGER], cheap_settings(), [], deal.day
    )
    qtbot.addWidget(decide)
    decide.show_all.setChecked(True)
    decide.table.selectRow(0)
    assert decide.split.shares() == [("amy", 55), ("bob", 45)]  # the proposal, to change
    decide.split.rows[0].percent.setValue(60)
    decide.split.rows[1].percent.setValue(40)
    decide.decide(confirm=False)  # no reason: refused, nothing decided
    assert decide.model.rows()[0].decision is None
    decide.reason.setText("bob prepared the contract")
    decide.split.rows[0].percent.setValue(60)
    decide.split.rows[1].percent.setValue(40)
    decide.decide(confirm=False)
    decided = decide.model.rows()[0].decision
    assert decided is not None and dict(decided.shares) == {"amy": 60, "bob": 40}
    assert not decide.decide_button.isEnabled()  # final


def test_the_fairness_report_counts_turns_per_consultant_R_REC_13(
    qtbot: QtBot, open_tab: OpenTab, clerk: Principal, clock: Clock
) -> None:
    screen = open_tab(clerk)
    _sign_in(qtbot, screen, "amy", "bob")
    for n in range(3):
        clock.advance(minutes=1)
        _walk_in(qtbot, screen, f"客{n}", f"092200000{n}")
        screen.on_chip(["amy", "bob", "amy"][n], counter.VISIT_END)
    screen.open_fairness()
    report = screen.dialogs["fairness"]
    assert isinstance(report, FairnessDialog)
    turns = {r.consultant: r.figures["turns"] for r in report.model.rows()}
    assert turns == {"amy": 2, "bob": 1}
    report.kind.setCurrentIndex(report.kind.findData("day"))
    assert {r.consultant: r.figures["turns"] for r in report.model.rows()} == turns
    report.period.setText("2026-13")
    report.refresh()  # not a month: told, the figures stay
    assert report.model.rowCount() == 2
