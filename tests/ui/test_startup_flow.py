"""Start-up as a user sees it (issue item 9): the sign-in dialog is on screen while the records
office is still being opened on a worker thread (records_desk/app_opening.py,
ui/pending_services.py). A Sign in pressed before the office is open waits for it with a busy
cursor and keeps what was typed; a new office still gets the first-run dialog, a sign-in from
the command line still signs in, and an office that cannot be opened still says why.

`Opening` is a stand-in for DatabaseOpening that the test ends by hand, from another thread as
the real one does; the last tests use the real one."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.app_opening import DatabaseOpening
from records_desk.domain.common.errors import KeyUnavailable, WrongKey
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.settings import Settings
from records_desk.ui import start_gc
from records_desk.ui.pending_services import PendingServices
from records_desk.ui.session_flow import SessionFlow
from records_desk.ui.start_gc import collect_garbage_once_started
from tests.conftest import GM_PASSWORD, Clock, cheap_settings


class Opening:
    """Ends when the test says so, calling back from a thread of its own."""

    def __init__(self, path: Path, exists: bool = True) -> None:
        self.path = path
        self.exists = exists
        self.closed = False
        self.started = False
        self._callbacks: list[Callable[[], object]] = []
        self._result: Any = None
        self._error: Exception | None = None

    def start(self) -> None:
        self.started = True

    def add_done_callback(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._result

    def close(self, timeout: float = 10.0) -> None:
        self.closed = True

    def end(self, result: Any = None, error: Exception | None = None) -> None:
        self._result, self._error = result, error
        worker = threading.Thread(target=lambda: [callback() for callback in self._callbacks])
        worker.start()
        worker.join()


@pytest.fixture
def opening(db_path: Path) -> Opening:
    return Opening(db_path)


@pytest.fixture
def early_flow(
    qtbot: QtBot, opening: Opening, services: Services, ui_settings: Settings
) -> Iterator[SessionFlow]:
    """A flow whose services are still being opened; once opened they are `services`."""
    flow = SessionFlow(PendingServices(opening, lambda _database: services), ui_settings)
    yield flow
    close_windows(flow)


def close_windows(flow: SessionFlow) -> None:
    for window in (flow.main_window, flow.login_dialog, flow.first_run_dialog):
        if window is not None and Shiboken.isValid(window):
            window.close()
            window.deleteLater()
    while QApplication.overrideCursor() is not None:  # never leak a busy cursor to other tests
        QApplication.restoreOverrideCursor()
    QApplication.processEvents()


def visible(window: object) -> bool:
    return window is not None and window.isVisible()  # type: ignore[attr-defined]


def gone(window: QWidget) -> bool:
    return not Shiboken.isValid(window) or not window.isVisible()


def test_the_sign_in_dialog_is_shown_before_the_records_office_is_open(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, gm: Principal
) -> None:
    ready: list[bool] = []
    early_flow.ready.connect(lambda: ready.append(True))
    early_flow.start()

    assert visible(early_flow.login_dialog)
    assert early_flow.services is None
    assert str(opening.path) in early_flow.login_dialog.heading.text()
    assert not ready  # --quit-when-ready waits for the services too

    opening.end()
    qtbot.waitUntil(lambda: early_flow.services is not None)
    assert ready == [True]
    assert visible(early_flow.login_dialog)


def test_sign_in_pressed_before_the_office_is_open_waits_busy_and_keeps_the_password(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, gm: Principal
) -> None:
    early_flow.start()
    dialog = early_flow.login_dialog
    dialog.user_name_edit.clear()
    qtbot.keyClicks(dialog.user_name_edit, "boss")
    qtbot.keyClicks(dialog.password_edit, GM_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    assert dialog.waiting
    assert QApplication.overrideCursor().shape() == Qt.CursorShape.WaitCursor
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.password_edit.text() == GM_PASSWORD
    assert early_flow.main_window is None

    opening.end()
    qtbot.waitUntil(lambda: visible(early_flow.main_window))
    assert early_flow.principal is not None and early_flow.principal.username == "boss"
    assert not dialog.waiting
    assert QApplication.overrideCursor() is None


def test_a_wrong_password_typed_before_the_office_is_open_is_told_once_open_R_ACC_3(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, gm: Principal
) -> None:
    early_flow.start()
    dialog = early_flow.login_dialog
    dialog.user_name_edit.setText("boss")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    opening.end()

    qtbot.waitUntil(lambda: "Wrong user name or password" in dialog.error_label.text())
    assert early_flow.main_window is None
    assert dialog.sign_in_button.isEnabled()
    assert QApplication.overrideCursor() is None


def test_an_office_that_cannot_be_opened_takes_the_sign_in_dialog_away_and_says_why(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening
) -> None:
    early_flow.start()
    dialog = early_flow.login_dialog
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)  # waits
    ready: list[bool] = []
    early_flow.ready.connect(lambda: ready.append(True))

    with qtbot.waitSignal(early_flow.open_failed, timeout=2000) as failed:
        opening.end(error=WrongKey(opening.path))
    assert isinstance(failed.args[0], WrongKey)
    assert gone(dialog) and early_flow.login_dialog is None
    assert QApplication.overrideCursor() is None
    assert not ready


def test_a_new_office_gets_the_first_run_dialog_once_its_database_is_made(
    qtbot: QtBot, db_path: Path, services: Services, ui_settings: Settings
) -> None:
    opening = Opening(db_path, exists=False)
    flow = SessionFlow(PendingServices(opening, lambda _database: services), ui_settings)
    flow.start()
    assert flow.login_dialog is None and flow.first_run_dialog is None

    opening.end()
    qtbot.waitUntil(lambda: visible(flow.first_run_dialog))
    assert flow.login_dialog is None
    close_windows(flow)


def test_an_office_without_accounts_swaps_the_sign_in_dialog_for_the_first_run_dialog(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, services: Services
) -> None:
    assert not services.auth.has_accounts()
    early_flow.start()
    dialog = early_flow.login_dialog

    opening.end()
    qtbot.waitUntil(lambda: visible(early_flow.first_run_dialog))
    assert gone(dialog) and early_flow.login_dialog is None


def test_a_sign_in_from_the_command_line_waits_for_the_office_then_skips_the_dialog(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, gm: Principal
) -> None:
    early_flow.start("boss", GM_PASSWORD)
    assert early_flow.login_dialog is None and early_flow.main_window is None

    with qtbot.waitSignal(early_flow.ready, timeout=2000):
        opening.end()
    assert visible(early_flow.main_window)
    assert early_flow.login_dialog is None


# -- the real opening, on its worker thread --------------------------------------------------


def real_flow(db_path: Path, clock: Clock, settings: Settings) -> tuple[SessionFlow, Any]:
    opening = DatabaseOpening(db_path)
    pending = PendingServices(opening, lambda db: build_services(db, cheap_settings(), clock))
    return SessionFlow(pending, settings), pending


def test_the_office_opened_on_a_worker_thread_reaches_the_sign_in_dialog(
    qtbot: QtBot, services: Services, gm: Principal, clock: Clock, ui_settings: Settings
) -> None:
    flow, pending = real_flow(services.database.path, clock, ui_settings)
    flow.start()
    assert visible(flow.login_dialog)

    qtbot.waitUntil(lambda: flow.services is not None, timeout=10_000)
    assert flow.services.database.path == services.database.path
    dialog = flow.login_dialog
    dialog.user_name_edit.setText("boss")
    qtbot.keyClicks(dialog.password_edit, GM_PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: visible(flow.main_window))
    close_windows(flow)
    pending.close()


def test_a_file_without_its_key_fails_on_the_worker_thread_and_is_handed_over(
    qtbot: QtBot, tmp_path: Path, clock: Clock, ui_settings: Settings
) -> None:
    junk = tmp_path / "not-a-database.db"
    junk.write_bytes(os.urandom(4096))
    flow, pending = real_flow(junk, clock, ui_settings)
    with qtbot.waitSignal(flow.open_failed, timeout=10_000) as failed:
        flow.start()
        assert visible(flow.login_dialog)  # the file is there: it looked like an office
    assert isinstance(failed.args[0], KeyUnavailable)
    assert flow.login_dialog is None
    close_windows(flow)
    pending.close()


def test_the_office_is_opened_once_the_sign_in_dialog_is_on_screen(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening
) -> None:
    early_flow.start()
    # Opening imports SQLAlchemy and the services, which would slow the dialog's first paint.
    assert not opening.started
    qtbot.waitUntil(lambda: opening.started)
    assert early_flow.login_dialog.windowHandle().isExposed()


def test_with_nothing_to_show_first_the_office_is_opened_at_once(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening
) -> None:
    early_flow.start("boss", GM_PASSWORD)
    assert opening.started


@pytest.fixture
def gc_off() -> Iterator[None]:
    """As the program starts: the garbage collector off (app.py run_gui)."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.unfreeze()


def test_garbage_is_collected_again_once_the_first_window_is_painted(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, gm: Principal, gc_off: None
) -> None:
    collect_garbage_once_started(early_flow)
    early_flow.start()
    assert visible(early_flow.login_dialog)
    QApplication.processEvents()
    assert not gc.isenabled()  # the dialog is up, the records office not open yet

    opening.end()
    qtbot.waitUntil(gc.isenabled)
    assert gc.get_freeze_count() > 0  # what start-up made is set aside, not walked again


def test_garbage_is_collected_again_when_the_office_cannot_be_opened(
    qtbot: QtBot, early_flow: SessionFlow, opening: Opening, db_path: Path, gc_off: None
) -> None:
    collect_garbage_once_started(early_flow)
    early_flow.start()
    opening.end(error=WrongKey(db_path))
    qtbot.waitUntil(gc.isenabled)


def test_garbage_is_collected_again_at_the_latest_after_a_while(
    qtbot: QtBot,
    early_flow: SessionFlow,
    opening: Opening,
    monkeypatch: pytest.MonkeyPatch,
    gc_off: None,
) -> None:
    monkeypatch.setattr(start_gc, "GC_OFF_AT_MOST_MS", 50)
    collect_garbage_once_started(early_flow)
    early_flow.start()  # the opening never ends: a server's password asked and not answered
    qtbot.waitUntil(gc.isenabled, timeout=2000)
