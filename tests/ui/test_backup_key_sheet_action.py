"""Issue 14 §4 in the window: Backups > Print key-recovery sheet… is the general manager's
alone (greyed for the others), asks the password again, then where to save, and saves the
sheet through the services; a wrong password is told and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.backup import key_sheet_dialog
from records_desk.ui.main_window import MainWindow
from tests.conftest import GM_PASSWORD, make_user

ACTION = "backup_key_sheet"


def _window(qtbot: QtBot, services: Services, settings: Settings, who: Principal) -> MainWindow:
    window = MainWindow(services, who, settings)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    said: dict[str, list[str]] = {"error": [], "info": []}
    monkeypatch.setattr(notify, "error", lambda parent, text, title="": said["error"].append(text))
    monkeypatch.setattr(notify, "info", lambda parent, text, title="": said["info"].append(text))
    return said


def answer(monkeypatch: pytest.MonkeyPatch, password: str | None, path: Path | None) -> None:
    monkeypatch.setattr(key_sheet_dialog, "ask_password", lambda parent, user: password)
    monkeypatch.setattr(key_sheet_dialog, "ask_path", lambda parent, suggested: path)


def test_key_sheet_action_is_greyed_for_roles_without_key_sheet(
    qtbot: QtBot, services: Services, ui_settings: Settings, gm: Principal
) -> None:
    assert _window(qtbot, services, ui_settings, gm).menu_actions[ACTION].isEnabled()
    director = make_user(services, gm, "dora", Role.CUSTOMER_DIRECTOR)
    assert not _window(qtbot, services, ui_settings, director).menu_actions[ACTION].isEnabled()


def test_key_sheet_action_saves_the_sheet_after_the_password(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    gm: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    out = tmp_path / "key.pdf"
    answer(monkeypatch, GM_PASSWORD, out)
    _window(qtbot, services, ui_settings, gm).menu_actions[ACTION].trigger()
    assert out.exists() and out.stat().st_mode & 0o777 == 0o600
    assert told["error"] == [] and str(out) in told["info"][0]
    assert services.audit.count(gm, AuditFilter(action="key.sheet_printed")) == 1


def test_key_sheet_action_with_a_wrong_password_saves_nothing_and_says_so(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    gm: Principal,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    out = tmp_path / "key.pdf"
    answer(monkeypatch, "not-the-password", out)
    _window(qtbot, services, ui_settings, gm).menu_actions[ACTION].trigger()
    assert not out.exists()
    assert len(told["error"]) == 1 and told["info"] == []
    assert services.audit.count(gm, AuditFilter(action="key.sheet_printed")) == 0
    assert services.audit.count(gm, AuditFilter(action="login.failed")) == 1


def test_key_sheet_action_cancelled_asks_no_file_and_saves_nothing(
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    gm: Principal,
    monkeypatch: pytest.MonkeyPatch,
    told: dict[str, list[str]],
) -> None:
    monkeypatch.setattr(key_sheet_dialog, "ask_password", lambda parent, user: None)
    monkeypatch.setattr(key_sheet_dialog, "ask_path", lambda *a: pytest.fail("asked a file"))
    _window(qtbot, services, ui_settings, gm).menu_actions[ACTION].trigger()
    assert told == {"error": [], "info": []}


def test_key_sheet_password_dialog_gives_what_was_typed(qtbot: QtBot) -> None:
    dialog = key_sheet_dialog.KeySheetPasswordDialog("boss")
    qtbot.addWidget(dialog)
    dialog.password_edit.setText("typed")
    assert dialog.password() == "typed"
    assert dialog.password_edit.echoMode() != dialog.password_edit.EchoMode.Normal
