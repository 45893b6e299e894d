"""This PC's automatic backups, as a careful office user meets them (issue 14, upkeep):

1. `backup/automatic` (whether this PC makes the automatic copies at start and at exit) had no
   control in the window — only the ini file. The Backups dialog has "Make the automatic
   backups on this PC", reflecting and saving this PC's setting, which holds at once: a PC
   with it off makes no copy at start nor at exit, without a restart.
2. The copy at exit ran on the UI thread after the main window had gone: seconds with nothing
   on screen, a process that seemed hung. It now runs in a small window of its own (as does
   the copy at start when it still runs at exit), and the application still ends when it
   fails."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.backup import exit_backup
from records_desk.ui.backup.backups_dialog import BackupsDialog
from records_desk.ui.backup.status import AUTOMATIC, BackupStatusLabel
from records_desk.ui.i18n import Translations
from records_desk.ui.main_window import MainWindow
from records_desk.ui.session_flow import SessionFlow
from tests.conftest import make_user
from tests.ui.new_user_pass import OpenWindow, open_window
from tests.ui.test_unique_mnemonics import buttons_of, clashes

__all__ = ["open_window"]  # the fixture


@pytest.fixture(autouse=True)
def _no_exit_copy_left(qtbot: QtBot) -> Iterator[None]:
    yield
    qtbot.waitUntil(lambda: not exit_backup.running(), timeout=20_000)  # one a failure left
    QApplication.processEvents()


def backups_dialog(
    qtbot: QtBot, services: Services, who: Principal, settings: Settings
) -> BackupsDialog:
    dialog = BackupsDialog(services, who, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def exit_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == "exitBackup"]


def made(services: Services) -> bool:
    return services.backup.backups.status().last_good is not None


# -- finding 1 -------------------------------------------------------------------------------


def test_finding_1_the_backups_dialog_has_a_box_for_this_pcs_automatic_backups_and_saves_it(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> None:
    ui_settings.set(AUTOMATIC, True)
    dialog = backups_dialog(qtbot, services, gm, ui_settings)
    box = dialog.automatic_check
    assert box.isVisible() and box.isEnabled() and box.isChecked()  # reflects the setting
    assert box.text() == "Make the automatic backups on this &PC"
    assert "one desk" in dialog.automatic_note.text()  # says what it is for
    assert not clashes(buttons_of(dialog))  # its Alt letter is its own
    box.click()
    assert ui_settings.get(AUTOMATIC) is False  # saved at once, in this PC's settings
    dialog.close()
    again = backups_dialog(qtbot, services, gm, ui_settings)
    assert not again.automatic_check.isChecked()
    again.automatic_check.click()
    assert ui_settings.get(AUTOMATIC) is True


def test_finding_1_the_automatic_box_has_its_own_alt_letter_in_chinese(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> None:
    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    assert translations.apply("zh_TW")
    try:
        dialog = backups_dialog(qtbot, services, gm, ui_settings)
        text = dialog.automatic_check.text()
        assert "(&P)" in text and "自動備份" in text
        assert not clashes(buttons_of(dialog))
    finally:
        translations.clear()


def test_finding_1_the_automatic_box_is_the_managers_and_says_why_to_others(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> None:
    archivist = make_user(services, gm, "arch", Role.ARCHIVIST)
    dialog = backups_dialog(qtbot, services, archivist, ui_settings)
    assert not dialog.automatic_check.isEnabled()
    assert "general manager" in dialog.automatic_check.toolTip()


def test_finding_1_a_pc_turned_off_in_the_dialog_makes_no_copy_at_start_nor_at_exit(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings
) -> None:
    ui_settings.set(AUTOMATIC, True)  # on when the window is made: off before it acts
    window = MainWindow(services, gm, ui_settings)
    qtbot.addWidget(window)
    dialog = backups_dialog(qtbot, services, gm, ui_settings)
    dialog.automatic_check.click()  # off, no restart
    dialog.close()
    window.show()
    qtbot.waitExposed(window)
    status = window.findChild(BackupStatusLabel, "backupStatus")
    assert status is not None
    qtbot.waitUntil(lambda: status.status is not None)
    qtbot.wait(300)
    assert status.job is None and not made(services)  # none at start, though one is due
    window.close()
    assert not exit_windows() and not exit_backup.running()
    qtbot.wait(300)
    assert not made(services)  # none at exit


def test_finding_1_a_pc_turned_on_in_the_dialog_makes_the_copy_at_exit_without_a_restart(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings, open_window: OpenWindow
) -> None:
    window = open_window(gm)  # the tests' settings: off
    qtbot.wait(200)
    assert not made(services)
    dialog = backups_dialog(qtbot, services, gm, ui_settings)
    dialog.automatic_check.click()  # on
    dialog.close()
    window.close()
    qtbot.waitUntil(lambda: made(services) and not exit_backup.running(), timeout=20_000)


# -- finding 2 -------------------------------------------------------------------------------


def test_finding_2_the_copy_at_exit_runs_in_a_window_of_its_own_not_on_a_blank_screen(
    qtbot: QtBot,
    services: Services,
    gm: Principal,
    ui_settings: Settings,
    open_window: OpenWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(gm)
    backups = services.backup.backups
    real = backups.make_if_due
    go = threading.Event()

    def held(actor: Principal | None, progress: object = None) -> object:
        go.wait(5)  # the copy takes a while: the test looks at the screen meanwhile
        return real(actor)

    monkeypatch.setattr(backups, "make_if_due", held)
    ui_settings.set(AUTOMATIC, True)
    started = time.monotonic()
    window.close()
    assert time.monotonic() - started < 2  # the UI thread is not held by the copy
    shown = exit_windows()
    assert len(shown) == 1 and shown[0].isVisible() and exit_backup.running()
    qtbot.waitExposed(shown[0])
    message = shown[0].findChild(QWidget, "exitBackupMessage")
    assert message is not None
    assert message.text() == "Making the office's backup before closing…"  # type: ignore[attr-defined]
    assert not [
        b for b in shown[0].findChildren(QWidget) if b.metaObject().className() == "QPushButton"
    ]
    shown[0].close()  # no close while it copies (a quit asked meanwhile waits)
    assert shown[0].isVisible()
    go.set()
    qtbot.waitUntil(lambda: not exit_backup.running(), timeout=20_000)
    assert made(services) and not [w for w in exit_windows() if w.isVisible()]


def test_finding_2_the_application_still_ends_when_the_copy_at_exit_fails(
    qtbot: QtBot,
    qapp: QApplication,
    services: Services,
    gm: Principal,
    ui_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The real event loop, quit as app.py quits it: when the session flow has finished."""
    backups = services.backup.backups

    def failing(actor: Principal | None, progress: object = None) -> object:
        time.sleep(0.5)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "make_if_due", failing)
    ui_settings.set(AUTOMATIC, True)
    flow = SessionFlow(services, ui_settings)
    flow.show_main_window(gm)
    window = flow.main_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    flow.finished.connect(qapp.quit)
    seen: list[bool] = []
    was = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)  # as app.py: only the flow's end quits
    QTimer.singleShot(0, window.close)
    QTimer.singleShot(250, lambda: seen.append(any(w.isVisible() for w in exit_windows())))
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: qapp.exit(9))  # a quit that never came: fail, do not hang
    guard.start(20_000)
    started = time.monotonic()
    with caplog.at_level(logging.ERROR):
        code = qapp.exec()
    guard.stop()
    qapp.setQuitOnLastWindowClosed(was)
    assert code == 0  # it ended, by the flow's quit
    assert seen == [True]  # with the window on screen while the copy ran
    assert time.monotonic() - started >= 0.5  # the quit waited for the copy
    assert not exit_backup.running()
    assert "the backup at exit failed" in caplog.text
    assert not made(services)


def test_finding_2_a_copy_at_start_still_running_at_exit_is_shown_until_it_ends(
    qtbot: QtBot,
    services: Services,
    gm: Principal,
    ui_settings: Settings,
    open_window: OpenWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backups = services.backup.backups
    real = backups.make_if_due
    go = threading.Event()

    def held(actor: Principal | None, progress: object = None) -> object:
        go.wait(5)
        return real(actor)

    monkeypatch.setattr(backups, "make_if_due", held)
    ui_settings.set(AUTOMATIC, True)
    window = open_window(gm)
    status = window.findChild(BackupStatusLabel, "backupStatus")
    assert status is not None
    qtbot.waitUntil(lambda: status.job is not None)  # the copy at start runs
    window.close()
    shown = exit_windows()
    assert len(shown) == 1 and shown[0].isVisible()  # not a process waiting unseen
    progress = [w for w in QApplication.topLevelWidgets() if w.objectName() == "backgroundProgress"]
    assert not [w for w in progress if w.isVisible()]  # one window, not two
    go.set()
    qtbot.waitUntil(lambda: not exit_backup.running(), timeout=20_000)
    assert made(services)
