"""Fixtures for driving the session flow and main window headless: an English UI with cheap
argon2, a flow built on the `services` fixture, and the message boxes the user would read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from records_desk.services.container import Services
from records_desk.settings import Options, Settings
from records_desk.ui.session_flow import SessionFlow
from records_desk.wording.language import set_language
from tests.conftest import cheap_settings


@pytest.fixture(autouse=True)
def english_words() -> None:
    """The window's tests run in English (ui_settings); errors are worded to match, as
    Translations.apply("en") does for a real window."""
    set_language("en")


@pytest.fixture
def ui_settings() -> Settings:
    return cheap_settings(**{Options.LANGUAGE.key: "en"})


@pytest.fixture
def flow(qtbot: QtBot, services: Services, ui_settings: Settings) -> Iterator[SessionFlow]:
    session = SessionFlow(services, ui_settings)
    yield session
    windows = (
        session.main_window,
        session.change_password_dialog,
        session.login_dialog,
        session.first_run_dialog,
    )
    for window in windows:
        if window is not None and Shiboken.isValid(window):
            window.close()
            window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes the user would have read."""
    texts: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.show_message",
        lambda parent, icon, title, text: texts.append(text),
    )
    return texts
