"""Office settings… as its users work it: the director changes the archive codes and the 附件1
weights (Save only while they total 100, R-GRD-3) and the next file is numbered with the new
code (R-CUS-2); staff open the same screen read-only (R-ACC-2)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from records_desk.domain.customers.evaluations import Criterion
from records_desk.domain.customers.vocabulary import RecordType
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.customers.office_settings_dialog import OfficeSettingsDialog
from records_desk.ui.main_window import MainWindow
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture, used by parameter name


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(
        "records_desk.ui.notify.show_message", lambda parent, icon, title, text: texts.append(text)
    )
    return texts


def _dialog(
    qtbot: QtBot, services: Services, settings: Settings, who: object
) -> OfficeSettingsDialog:
    dialog = OfficeSettingsDialog(services, who, settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_save_only_at_a_total_of_100_and_saving_changes_the_codes_R_GRD_3_R_CUS_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office, told: list[str]
) -> None:
    dialog = _dialog(qtbot, services, ui_settings, office.director)
    assert dialog.codes[RecordType.CLOSED_SALES].text() == "CS"
    assert dialog.total.text() == "100 %" and dialog.save_button.isEnabled()
    dialog.weights[Criterion.BUSINESS_VOLUME].setValue(30)  # 105
    assert not dialog.save_button.isEnabled()
    assert "105" in dialog.total.text()
    dialog.weights[Criterion.RECEIVABLES].setValue(15)  # 100 again
    assert dialog.save_button.isEnabled()
    dialog.codes[RecordType.CLOSED_SALES].setText("sa")
    dialog.sample_size.setValue(7)
    dialog.save_button.click()
    assert told and "saved" in told[-1]
    info = services.customers.office.read()
    assert info.codes[RecordType.CLOSED_SALES] == "SA"
    assert info.weights[Criterion.BUSINESS_VOLUME] == 30 and info.sample_size == 7
    assert "dora" in dialog.last_change.text()
    (registered,) = register(services, office.archivist)
    assert registered.archive_number == "SA-2026-00001"


def test_a_shared_code_is_worded_and_nothing_saved_R_CUS_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office, told: list[str]
) -> None:
    dialog = _dialog(qtbot, services, ui_settings, office.gm)
    dialog.codes[RecordType.CAMPAIGN].setText("CS")
    dialog.save_button.click()
    assert told and "CS" in told[-1]
    assert services.customers.office.read().codes[RecordType.CAMPAIGN] == "CP"


def test_staff_see_the_settings_read_only_R_ACC_2(
    qtbot: QtBot, services: Services, ui_settings: Settings, office: Office
) -> None:
    window = MainWindow(services, office.staff, ui_settings)
    qtbot.addWidget(window)
    action = window.menu_actions["office_settings"]
    assert action.isEnabled()
    action.trigger()
    dialog = window.dialogs["office_settings"]
    assert isinstance(dialog, OfficeSettingsDialog)
    assert all(edit.isReadOnly() for edit in dialog.codes.values())
    assert all(spin.isReadOnly() for spin in dialog.weights.values())
    assert dialog.sample_size.isReadOnly()
    assert not dialog.save_button.isVisible() and not dialog.save_button.isEnabled()
    assert "Only the general manager" in dialog.last_change.text()
    dialog.close()
