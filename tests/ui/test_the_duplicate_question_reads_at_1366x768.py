"""Issue 10 (what a new user noticed): the likely-duplicate question ("register anyway?")
wrapped badly — a narrow box broke the question after a few words and squeezed the files
beside the icon. Now it is a readable line wide (within a 1366×768 screen): the question on one
line, then the look-alike files one a row with why they look alike, each a link."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from records_desk.services.container import Services
from records_desk.ui.customers.register_dialog import RegisterDialog
from tests.ui.test_hand_entry_checks import answer, fill, new_file, question
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["new_file", "office"]  # fixtures, used by parameter name

QUESTION = "This file looks like one already registered. Register it anyway?"


def test_the_likely_duplicate_question_is_readable_at_1366x768(
    qtbot: QtBot,
    services: Services,
    office: Office,
    new_file: Callable[[], RegisterDialog],
    shown: list[str],
) -> None:
    files = [
        register(services, office.archivist, name="陳淑卿", phones=("0912-345-678",))[0]
        for _ in range(3)
    ]
    dialog = new_file()
    followed: list[int] = []
    dialog.show_file.connect(followed.append)
    fill(qtbot, dialog, name="陳 淑卿", phones="0912345678")
    dialog.save()
    box = question(qtbot, dialog)
    qtbot.wait(50)  # laid out
    assert 500 <= box.width() <= 1366 and box.height() <= 700
    [label] = [lb for lb in box.findChildren(QLabel) if QUESTION in lb.text()]
    bold = QFont(label.font())
    bold.setBold(True)
    assert label.width() >= QFontMetrics(bold).horizontalAdvance(QUESTION)  # one line
    text = box.text()
    for info in files:  # one row each: its number (a link), its name, why it looks alike
        assert f'<tr><td><a href="customer:{info.id}">{info.archive_number}</a></td>' in text
    assert text.count("the same name and phone") == 3
    label.linkActivated.emit(f"customer:{files[1].id}")
    assert followed == [files[1].id]
    answer(box, "noButton")
