"""Issue 10 §2, hand entry: the same checks, said once, never silently changed — in the
new-file, change and change-requests dialogs (and §5: they fit a 1366×768 screen and ask
before Esc drops what was typed). Data is made through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.container import Services
from records_desk.services.customers.search import CustomerQuery
from records_desk.ui.customers.change_dialog import ChangeDialog, ChangeMode
from records_desk.ui.customers.office_settings_dialog import OfficeSettingsDialog
from records_desk.ui.customers.register_dialog import RegisterDialog
from records_desk.ui.customers.requests_dialog import RequestsDialog
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import DEPARTMENT, Office, audit_trail, office, register, today

__all__ = ["office"]  # the fixture, used by parameter name


@pytest.fixture
def new_file(qtbot: QtBot, services: Services, office: Office) -> Callable[[], RegisterDialog]:
    def open_dialog() -> RegisterDialog:
        dialog = RegisterDialog(
            services, office.archivist, cheap_settings(), [DEPARTMENT], None, today(services)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_dialog


def fill(qtbot: QtBot, dialog: RegisterDialog, **typed: str) -> None:
    dialog.record_type.setCurrentIndex(dialog.record_type.findData(RecordType.CAMPAIGN))
    dialog.form.department.setCurrentText(DEPARTMENT)
    for name, text in typed.items():
        edit = getattr(dialog.form, name)
        edit = getattr(edit, "edit", edit)  # a DateField types into its line edit
        edit.selectAll()
        type_text(qtbot, edit, text)


def type_text(qtbot: QtBot, edit: QLineEdit, text: str) -> None:
    """ASCII as key presses, Chinese committed by the input method (QTest has no keys for it)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(edit, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QApplication.sendEvent(edit, event)


def file_count(services: Services, office: Office) -> int:
    return services.customers.search.count(office.archivist, CustomerQuery())


def question(qtbot: QtBot, parent: QWidget) -> QMessageBox:
    """The question the dialog shows now (its own child, window-modal)."""
    boxes: list[QMessageBox] = []

    def found() -> bool:
        boxes[:] = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(found)
    return boxes[-1]


def answer(box: QMessageBox, name: str) -> None:
    button = box.findChild(QPushButton, name)
    assert button is not None
    button.click()


def test_hand_entry_refuses_an_invalid_phone_email_and_id_inline_all_at_once(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    dialog = new_file()
    before = file_count(services, office)
    fill(
        qtbot,
        dialog,
        name="陳淑卿",
        phones="abc-12, 12345",
        email="not-an-email",
        id_number="A123456788",
    )
    dialog.save()
    form = dialog.form
    assert "“abc-12” is not a phone number" in form.error_text("phones")
    assert "“12345” is not a valid phone number" in form.error_text("phones")
    assert "needs a domain" in form.error_text("email")
    assert "check digit is wrong" in form.error_text("id_number")
    assert form.error_text("name") == ""
    assert dialog.focusWidget() is form.phones  # the first wrong field
    assert shown == []  # beside the fields, not one pop-up at a time
    assert file_count(services, office) == before and dialog.isVisible()


def test_a_phone_with_an_extension_is_a_phone(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    dialog = new_file()
    fill(qtbot, dialog, name="林記貿易", phones="02-2345-6789 分機 12, 0912-345-678#3")
    dialog.save()
    assert dialog.form.error_text("phones") == ""
    assert shown and shown[0].startswith("Registered as CP-")


def test_an_empty_name_is_the_first_field_focused(
    qtbot: QtBot, new_file: Callable[[], RegisterDialog], shown: list[str]
) -> None:
    dialog = new_file()
    fill(qtbot, dialog, email="a@b")
    dialog.save()
    assert dialog.form.error_text("name") == "Name is required."
    assert "needs a domain" in dialog.form.error_text("email")
    assert dialog.focusWidget() is dialog.form.name and shown == []


def test_a_future_event_date_is_kept_as_typed_and_refused_with_the_range(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    dialog = new_file()
    before = file_count(services, office)
    fill(qtbot, dialog, name="春季活動 張小姐", event_date="2030-01-01")
    dialog.save()
    assert dialog.form.event_date.text() == "2030-01-01"  # never moved to an allowed day
    last = today(services).isoformat()
    assert dialog.form.error_text("event_date") == (
        f"“2030-01-01” is outside the allowed days, 1900-01-01 to {last}."
    )
    assert dialog.focusWidget() is dialog.form.event_date.edit
    assert shown == [] and file_count(services, office) == before


def test_an_unreadable_event_date_is_refused_not_dropped(
    qtbot: QtBot, new_file: Callable[[], RegisterDialog], shown: list[str]
) -> None:
    dialog = new_file()
    fill(qtbot, dialog, name="春季活動 張小姐", event_date="2026-02-30")
    dialog.save()
    assert "there is no such day" in dialog.form.error_text("event_date")
    assert dialog.form.event_date.text() == "2026-02-30" and shown == []


def test_registering_a_likely_duplicate_asks_register_anyway_and_audits_the_yes(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    first = register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
    before = file_count(services, office)
    dialog = new_file()
    followed: list[int] = []
    dialog.show_file.connect(followed.append)
    fill(qtbot, dialog, name="陳 淑卿", phones="0912345678")
    dialog.save()
    box = question(qtbot, dialog)
    assert "Register it anyway?" in box.text()
    assert f'href="customer:{first.id}"' in box.text() and first.archive_number in box.text()
    dialog._follow(f"customer:{first.id}")  # the link selects that file in the list
    assert followed == [first.id]
    answer(box, "noButton")
    assert file_count(services, office) == before and dialog.isVisible()

    dialog.save()
    answer(question(qtbot, dialog), "yesButton")
    qtbot.waitUntil(lambda: file_count(services, office) == before + 1)
    entry = audit_trail(services, office.gm, "customer.register")[-1]
    assert entry.details["registered_anyway"] == [first.archive_number]


def test_a_change_refuses_a_wrong_value_inline_but_not_one_already_on_the_file(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    info = register(services, office.archivist, phones=("12-34",))[0]  # an old, imported one
    dialog = ChangeDialog(
        services, office.director, cheap_settings(), info, ChangeMode.DIRECT, [DEPARTMENT]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.email.setText("lin@")
    dialog.reason.setText("new e-mail")
    dialog.save()
    assert "needs a domain" in dialog.form.error_text("email")
    assert dialog.form.error_text("phones") == "" and shown == []
    dialog.form.email.setText("lin@example.com")
    dialog.form.event_date.edit.setText((info.entered_at.date() + timedelta(days=400)).isoformat())
    dialog.save()
    assert "is outside the allowed days" in dialog.form.error_text("event_date")
    dialog.form.event_date.edit.setText("")
    dialog.save()
    assert shown == ["The file was changed."]


def test_approving_a_change_that_looks_like_another_file_asks_first_and_audits_the_yes(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    files = services.customers.files
    first = register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
    other = register(services, office.archivist, name="陳淑卿", phones=("0933-111-222",))[0]
    files.request_change(office.staff, other.id, {"phones": ("0912345678",)}, "new mobile")
    dialog = RequestsDialog(services, office.director, cheap_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.approve()
    box = question(qtbot, dialog)
    assert "Approve it anyway?" in box.text() and first.archive_number in box.text()
    answer(box, "yesButton")
    qtbot.waitUntil(lambda: dialog.pending_ids() == [])
    entry = audit_trail(services, office.gm, "customer.approve_change")[-1]
    assert entry.details["registered_anyway"] == [first.archive_number]


def test_esc_asks_before_discarding_a_changed_form(
    qtbot: QtBot, new_file: Callable[[], RegisterDialog]
) -> None:
    untouched = new_file()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()  # nothing typed: nothing to lose

    dialog = new_file()
    type_text(qtbot, dialog.form.name, "陳淑卿")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = question(qtbot, dialog)
    assert "Discard" in box.text()
    answer(box, "noButton")
    assert dialog.isVisible() and dialog.form.name.text() == "陳淑卿"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    answer(question(qtbot, dialog), "yesButton")
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_new_file_and_change_dialogs_fit_a_1366x768_screen_with_a_taskbar(
    qtbot: QtBot, services: Services, office: Office, new_file: Callable[[], RegisterDialog]
) -> None:
    dialog = new_file()
    dialog.record_type.setCurrentIndex(dialog.record_type.findData(RecordType.CLOSED_SALES))
    info = register(services, office.archivist)[0]
    change = ChangeDialog(
        services, office.director, cheap_settings(), info, ChangeMode.DIRECT, [DEPARTMENT]
    )
    qtbot.addWidget(change)
    for shown_dialog in (dialog, change):
        assert shown_dialog.height() <= 700 and shown_dialog.width() <= 1366
        # Everything fits without scrolling: the form's own wish is not taller either.
        assert shown_dialog.sizeHint().height() <= 700


def test_the_shelf_is_suggested_from_the_scheme_set_in_the_office_settings(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    settings = OfficeSettingsDialog(services, office.gm)
    qtbot.addWidget(settings)
    settings.files_per_box[RecordType.CAMPAIGN].setValue(1)
    settings.patterns[RecordType.CAMPAIGN].setText("活動櫃-{year}-{box}")
    settings.save()
    year = today(services).year
    register(services, office.archivist, record_type=RecordType.CAMPAIGN, name="秋季活動")
    dialog = new_file()
    fill(qtbot, dialog, name="春季活動 張小姐")
    assert dialog.form.shelf_location.text() == f"活動櫃-{year}-002"  # box 2: one file a box
    dialog.save()
    assert shown[-1] == f"Registered as CP-{year}-00002. Shelf location: 活動櫃-{year}-002."
