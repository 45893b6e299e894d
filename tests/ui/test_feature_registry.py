"""One registration point (records_desk/features.py): a feature added to FEATURES shows its tab,
menu and action in the window and its command in `--help`, and runs, with no central file
edited; its menu item follows the permission matrix (R-ACC-2) like every other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from records_desk import features
from records_desk.cli import build_parser, main
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.main_window import MainWindow
from tests.ui import throwaway_feature


@pytest.fixture
def with_throwaway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "FEATURES", (*features.FEATURES, throwaway_feature.FEATURE))


def window_for(qtbot: QtBot, services: Services, settings: Settings, who: Principal) -> MainWindow:
    window = MainWindow(services, who, settings)
    qtbot.addWidget(window)
    return window


def test_a_registered_feature_shows_its_tab_menu_and_action(
    with_throwaway: None,
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    principals: dict[Role, Principal],
) -> None:
    window = window_for(qtbot, services, ui_settings, principals[Role.GENERAL_MANAGER])
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles[-1] == "Throwaway" and len(titles) == 5
    assert window.feature_tab("throwaway").objectName() == "throwawayTab"
    menu = window.feature_menus["throwaway"]
    assert menu.title() == "&Throwaway"
    action = window.menu_actions["throwaway_greet"]
    assert action in menu.actions()
    assert action.text() == "&Greet" and action.shortcut() == QKeySequence("Ctrl+Alt+G")
    assert action.isEnabled()
    action.trigger()
    assert window.controllers["throwaway"].greeted == ["boss"]  # type: ignore[attr-defined]
    # The File, feature and Admin menus keep their order: the feature's sits before Admin.
    bar = [a.menu().objectName() for a in window.menuBar().actions() if a.menu()]
    assert bar.index("throwawayMenu") < bar.index("adminMenu")


def test_a_registered_action_is_greyed_out_for_a_refused_role_R_ACC_2(
    with_throwaway: None,
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    principals: dict[Role, Principal],
) -> None:
    window = window_for(qtbot, services, ui_settings, principals[Role.CONSULTANT])
    action = window.menu_actions["throwaway_greet"]
    assert not action.isEnabled()
    window._on_lock_changed(True)
    window._on_lock_changed(False)  # what unlocking does to the menus
    assert not action.isEnabled()  # unlocking does not give back what the role may not do


def test_a_registered_feature_adds_its_command_to_the_cli(
    with_throwaway: None, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert "throwaway" in build_parser().format_help()
    assert main(["throwaway", "hello", "--name", "desk", "--db", str(tmp_path / "x.db")]) == 0
    assert capsys.readouterr().out.strip() == "hello desk (x.db)"


def test_without_registration_the_feature_is_nowhere(
    qtbot: QtBot, services: Services, ui_settings: Settings, gm: Principal
) -> None:
    window = window_for(qtbot, services, ui_settings, gm)
    assert "throwaway_greet" not in window.menu_actions
    assert window.feature_tab("throwaway") is None
    assert "throwaway" not in build_parser().format_help()


def test_a_feature_cannot_take_an_action_name_already_registered(
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
    services: Services,
    ui_settings: Settings,
    gm: Principal,
) -> None:
    import dataclasses

    twin = dataclasses.replace(throwaway_feature.FEATURE, name="twin")
    monkeypatch.setattr(features, "FEATURES", (*features.FEATURES, throwaway_feature.FEATURE, twin))
    with pytest.raises(ValueError, match="throwaway_greet is taken"):
        window_for(qtbot, services, ui_settings, gm)
