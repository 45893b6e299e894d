"""A new user's pass over the commission disputes dialog (issue 12, R-REC-7…10): a director who
wanted another split than the proposal had to type account user names and percentages
("amy=60, bob=40") into one line; nobody knows colleagues' user names, a typo gave an error,
and nothing said the shares must total 100. The split is now edited as rows — a consultant
picked by name, a percentage — with a total that says what is wrong, and "Decide this split"
offered only for a split the rules take, with its reason."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.reception.vocabulary import Visitor
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.reception.deal_rows import DealDraft
from records_desk.ui.reception.disputes_dialog import DisputesDialog
from records_desk.ui.reception.split_editor import ShareRow, SplitEditor
from tests.conftest import PASSWORD, Clock, cheap_settings
from tests.ui.new_user_pass import clashes, language, mnemonic, shown_mnemonic_texts

__all__ = ["language"]  # the fixture

NAMES = {"amy": "陳美玲", "bob": "林志明", "cat": "王小華"}


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The errors the dialog showed, instead of message boxes."""
    said: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.error", lambda _p, text, title="": said.append(text)
    )
    return said


@pytest.fixture
def director(services: Services, principals: dict[Role, Principal]) -> Principal:
    return principals[Role.CUSTOMER_DIRECTOR]


@pytest.fixture
def deals(services: Services, principals: dict[Role, Principal], clock: Clock) -> list[int]:
    """Two deals designated mid-visit (R-REC-7): 王一 received by amy, closed by bob (amy 55,
    bob 45); 李二 received by bob, closed by cat (bob 55, cat 45)."""
    gm, clerk = principals[Role.GENERAL_MANAGER], principals[Role.RECEPTION_CLERK]
    for username, name in NAMES.items():
        services.accounts.create(gm, username, name, Role.CONSULTANT, "temporary-pw")
        services.auth.change_password(username, "temporary-pw", PASSWORD)
        services.reception.day.sign_in(clerk, username)
    made = []
    for visitor, phone, first, closer in (("王一", "0922000001", "amy", "bob"),
                                          ("李二", "0922000002", "bob", "cat")):  # fmt: skip
        clock.advance(minutes=1)
        services.reception.day.walk_in(clerk, Visitor(visitor, phone))
        day: date = clock.now.date()
        deal = services.reception.disputes.record(
            clerk,
            DealDraft(customer=Visitor(visitor, phone), day=day, consultant=closer,
                      designated=closer),
        )  # fmt: skip
        assert deal.shares == ((first, 55), (closer, 45))
        made.append(deal.id)
    return made


@pytest.fixture
def dialog(
    qtbot: QtBot,
    services: Services,
    director: Principal,
    deals: list[int],
    clock: Clock,
    told: list[str],
) -> DisputesDialog:
    """Shown; qtbot closes it (and it deletes itself on close)."""
    roster = [(c.username, c.label) for c in services.reception.roster.consultants(director)]
    shown = DisputesDialog(services, director, cheap_settings(), roster, clock.now.date())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def pick(row: ShareRow, name: str) -> None:
    """Choose a consultant by the name the director sees."""
    at = row.consultant.findText(name)
    assert at >= 0, name
    row.consultant.setCurrentIndex(at)


def test_a_director_decides_70_30_between_two_consultants_picked_by_name(
    qtbot: QtBot, services: Services, director: Principal, deals: list[int],
    dialog: DisputesDialog, told: list[str],
) -> None:  # fmt: skip
    editor = dialog.split
    assert [r.consultant.currentText() for r in editor.rows] == ["陳美玲", "林志明"]
    qtbot.mouseClick(editor.rows[0].remove, Qt.MouseButton.LeftButton)  # amy out
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert len(editor.rows) == 2
    pick(editor.rows[1], "王小華")
    editor.rows[0].percent.setValue(30)
    editor.rows[1].percent.setValue(70)
    qtbot.keyClicks(dialog.reason, "the contract was closed by cat")
    assert dialog.decide_button.isEnabled()
    qtbot.mouseClick(dialog.decide_button, Qt.MouseButton.LeftButton)
    assert told == []
    decided = services.reception.disputes.deal(director, deals[0]).decision
    assert decided is not None and not decided.as_proposed
    assert decided.shares == (("bob", 30), ("cat", 70))
    assert decided.reason == "the contract was closed by cat"


def test_decide_is_disabled_while_the_total_is_90_or_a_consultant_is_twice_and_the_total_says_why(
    qtbot: QtBot, dialog: DisputesDialog
) -> None:
    editor, decide = dialog.split, dialog.decide_button
    qtbot.keyClicks(dialog.reason, "a reason")
    assert decide.isEnabled() and editor.total.text() == "Total: 100 %"
    editor.rows[0].percent.setValue(45)
    assert not decide.isEnabled()
    said = editor.total.text()
    assert "90 %" in said and "must add up to 100 %" in said  # in words, not only red
    assert "#b71c1c" in editor.total.styleSheet()
    editor.rows[0].percent.setValue(55)
    assert decide.isEnabled() and editor.total.styleSheet() == ""
    editor.add_row()
    pick(editor.rows[2], "林志明")
    assert editor.rows[2].percent.value() == 0 and editor.sum() == 100
    assert not decide.isEnabled()
    assert "林志明 is chosen twice" in editor.total.text()
    editor.remove_row(editor.rows[2])
    assert decide.isEnabled()
    dialog.reason.clear()
    assert not decide.isEnabled()
    assert "reason" in decide.toolTip()


def test_selecting_another_deal_refills_the_editor_with_its_proposal(
    qtbot: QtBot, dialog: DisputesDialog
) -> None:
    editor = dialog.split
    assert editor.shares() == [("amy", 55), ("bob", 45)]
    editor.rows[0].percent.setValue(10)
    editor.add_row()
    dialog.table.selectRow(1)
    assert editor.shares() == [("bob", 55), ("cat", 45)]
    assert [r.consultant.currentText() for r in editor.rows] == ["林志明", "王小華"]
    assert editor.total.text() == "Total: 100 %"
    dialog.table.selectRow(0)
    assert editor.shares() == [("amy", 55), ("bob", 45)]


def test_a_consultant_the_proposal_names_but_the_list_lacks_is_still_shown(
    qtbot: QtBot, services: Services, director: Principal, deals: list[int], clock: Clock
) -> None:
    """A consultant no longer offered (off the roster) still shows in the proposal's rows."""
    lacking = DisputesDialog(services, director, cheap_settings(), [], clock.now.date())
    qtbot.addWidget(lacking)
    assert lacking.split.shares() == [("amy", 55), ("bob", 45)]
    assert lacking.split.rows[1].consultant.currentText() == "林志明"  # who closed it


def test_enter_in_a_field_neither_decides_nor_confirms(
    qtbot: QtBot, services: Services, director: Principal, deals: list[int],
    dialog: DisputesDialog,
) -> None:  # fmt: skip
    """A decision is final: Enter after the reason or a percentage does not make it; Enter
    on the focused Decide button does."""
    qtbot.keyClicks(dialog.reason, "a reason")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    spin = dialog.split.rows[0].percent
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert services.reception.disputes.deal(director, deals[0]).decision is None
    assert len(dialog.split.rows) == 2  # no Remove pressed either
    dialog.decide_button.setFocus()
    qtbot.keyClick(dialog.decide_button, Qt.Key.Key_Return)
    assert services.reception.disputes.deal(director, deals[0]).decision is not None


def test_the_disputes_dialog_has_each_mnemonic_once_and_a_tab_order_in_both_languages(
    qtbot: QtBot, dialog: DisputesDialog, language: str
) -> None:
    dialog.split.add_row()
    pick(dialog.split.rows[2], "王小華")
    dialog.reason.setText("a reason")  # Decide enabled: in the Tab order
    assert clashes(shown_mnemonic_texts(dialog)) == {}, language
    key = mnemonic(dialog.split_label.text())
    assert key is not None
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    assert dialog.split.rows[0].consultant.hasFocus()
    expected = [w for r in dialog.split.rows for w in r.widgets()][1:] + [
        dialog.split.add_button, dialog.reason, dialog.confirm_button, dialog.decide_button,
    ]  # fmt: skip
    visited = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        inside_spin_box = now is not None and now.objectName() == "qt_spinbox_lineedit"
        visited.append(now.parentWidget() if inside_spin_box else now)
    assert visited == expected, language


def test_the_disputes_dialog_fits_1366_by_768_in_both_languages(
    qtbot: QtBot, dialog: DisputesDialog, language: str
) -> None:
    for _ in range(2):
        dialog.split.add_row()
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 60, (language, hint)  # a taskbar
    assert dialog.size().boundedTo(QSize(1366, 768 - 60)) == dialog.size()


def test_the_split_column_and_the_deal_name_the_consultants_not_their_accounts(
    dialog: DisputesDialog,
) -> None:
    """The list and the deal said "amy 55 %, bob 45 %" beside an editor showing 陳美玲 and
    林志明: the same split in two vocabularies, one of them the accounts nobody knows."""
    split = next(
        c for c in range(dialog.model.columnCount())
        if dialog.model.headerData(c, Qt.Orientation.Horizontal) == "Split"
    )  # fmt: skip
    assert dialog.model.data(dialog.model.index(0, split)) == "陳美玲 55 %, 林志明 45 %"
    detail = dialog.detail.toPlainText()
    assert "Proposed split: 陳美玲 55 %, 林志明 45 %" in detail
    assert "→ 陳美玲 (" in detail  # the sheet row used: who received 王一
    assert "amy" not in detail and "bob" not in detail


def test_two_consultants_of_the_same_name_are_told_apart(qtbot: QtBot) -> None:
    editor = SplitEditor([("amy", "陳美玲"), ("amy2", "陳美玲"), ("bob", "林志明")])
    qtbot.addWidget(editor)
    editor.set_shares([("amy2", 60), ("bob", 40)])
    labels = [editor.rows[0].consultant.itemText(i) for i in range(3)]
    assert labels == ["陳美玲 (amy)", "陳美玲 (amy2)", "林志明"]
    assert editor.rows[0].consultant.currentText() == "陳美玲 (amy2)"
