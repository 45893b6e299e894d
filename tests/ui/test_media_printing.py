"""Printing from the media tab (issue 13 §6, R-MED-6…8): the Print button's forms are enabled
as the selection allows — labels of any selected media, the disposal record only of disposed
ones, the repair record of a medium that went for repair, the stocktake report once one is
closed — the impossible ones disabled with the reason in their tooltip; a chosen form is
saved as a PDF off the UI thread, audited, and offered to open. The stocktake dialog prints
the report of the stocktake it has just closed."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.domain.media.evidence import Disposal, RepairSend
from records_desk.domain.media.vocabulary import DisposalMethod
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui.media.print_menu import MediaPrintButton
from records_desk.ui.media.screen import MediaScreen
from records_desk.ui.media.stocktake_dialog import StocktakeDialog
from tests.unit.media_fixtures import TODAY, ready, register


class Saving:
    """The save dialog's answer, and what the user was asked and had opened."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
        self.target = target
        self.offered: list[str] = []
        self.opened: list[Path] = []
        self.starts: list[str] = []
        module = "records_desk.ui.common.save_pdf"
        monkeypatch.setattr(f"{module}.choose_file", self._choose)
        monkeypatch.setattr(f"{module}.ask_to_open", self._ask)
        monkeypatch.setattr(f"{module}.open_file", lambda path: self.opened.append(path) or True)

    def _choose(self, _parent: object, _caption: str, start: str) -> str:
        self.starts.append(start)
        return str(self.target)

    def _ask(self, _parent: object, text: str, on_yes: object) -> None:
        self.offered.append(text)
        on_yes()  # type: ignore[operator]


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


@pytest.fixture
def screen(
    qtbot: QtBot, services: Services, principals: dict[Role, Principal], ui_settings: Settings
) -> MediaScreen:
    archivist, gm = principals[Role.ARCHIVIST], principals[Role.GENERAL_MANAGER]
    register(services, archivist)  # USB-0001: registered
    disposed = register(services, archivist).number  # USB-0002
    wipe = Disposal(DisposalMethod.WIPE_DESTROY, TODAY, "staff")
    services.media.inventory.apply(archivist, disposed, [wipe])
    repaired = ready(services, archivist).number  # USB-0003
    services.media.options.set_repair_units(gm, ["宏碁維修中心"])
    send = RepairSend("宏碁維修中心", backed_up=True, wiped=True, sent_on=TODAY)
    services.media.inventory.apply(archivist, repaired, [send])
    widget = MediaScreen(services, archivist, ui_settings)
    qtbot.addWidget(widget)
    widget.show()
    widget.load()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 3)
    return widget


def select(screen: MediaScreen, *numbers: str) -> None:
    screen.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag
    for number in numbers:
        row = screen.model.row_of(number)
        assert row is not None
        index = screen.model.index(row, 0)
        model = screen.table.selectionModel()
        model.select(index, flags.Select | flags.Rows)  # as a Ctrl+click adds a row
        model.setCurrentIndex(index, flags.NoUpdate)


def test_the_print_actions_follow_the_selection_and_say_why_not_R_MED_6_R_MED_7(
    screen: MediaScreen, services: Services, principals: dict[Role, Principal]
) -> None:
    button = screen.print_button
    assert isinstance(button, MediaPrintButton)
    acts = button.actions_
    select(screen)
    assert not acts["media_labels"].isEnabled() and acts["media_register"].isEnabled()
    assert "Select one or more media" in acts["media_labels"].toolTip()
    button.menu_.aboutToShow.emit()
    assert not acts["media_stocktake"].isEnabled()
    assert "No stocktake has been closed" in acts["media_stocktake"].toolTip()

    select(screen, "USB-0002")
    assert acts["media_disposal"].isEnabled() and acts["media_labels"].isEnabled()
    assert not acts["media_repair"].isEnabled() and not acts["media_slip"].isEnabled()
    assert "USB-0002" in acts["media_repair"].toolTip()
    assert "never sent for repair" in acts["media_repair"].toolTip()
    assert "never issued" in acts["media_slip"].toolTip()

    select(screen, "USB-0001", "USB-0002")
    assert acts["media_labels"].isEnabled() and not acts["media_disposal"].isEnabled()
    assert "USB-0001 is registered, not prepared, not disposed of" in (
        acts["media_disposal"].toolTip()
    )
    assert not acts["media_repair"].isEnabled()  # of one medium

    select(screen, "USB-0003")
    assert acts["media_repair"].isEnabled() and not acts["media_disposal"].isEnabled()

    archivist = principals[Role.ARCHIVIST]
    services.media.stocktakes.start(archivist)
    services.media.stocktakes.close(archivist)
    button.menu_.aboutToShow.emit()
    assert acts["media_stocktake"].isEnabled()


def test_a_form_is_saved_off_the_ui_thread_audited_and_offered_to_open_R_MED_8(
    qtbot: QtBot,
    screen: MediaScreen,
    services: Services,
    principals: dict[Role, Principal],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saving = Saving(monkeypatch, tmp_path / "disposal")
    select(screen, "USB-0002")
    screen.print_button.actions_["media_disposal"].trigger()
    job = screen.print_button.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    written = tmp_path / "disposal.pdf"  # the suffix added
    assert "移動存儲介質報廢(銷毀)記錄" in pdf_text(written) and "USB-0002" in pdf_text(written)
    assert Path(saving.starts[0]).name.startswith("移動存儲介質報廢(銷毀)記錄-USB-0002-")
    assert saving.offered == [f"Saved {written}. Open it now?"] and saving.opened == [written]
    gm = principals[Role.GENERAL_MANAGER]
    saved = services.audit.page(gm, AuditFilter(action="form.save"), 0, 1)[0]
    assert (saved.details["form"], saved.details["subject_label"]) == ("media_disposal", "USB-0002")

    saving.target = tmp_path / "labels.pdf"
    select(screen, "USB-0001", "USB-0003")
    screen.print_button.actions_["media_labels"].trigger()
    labels = screen.print_button.job
    assert labels is not None
    qtbot.waitUntil(lambda: labels.done, timeout=20_000)
    assert "USB-0001" in pdf_text(saving.target) and "USB-0003" in pdf_text(saving.target)


def test_a_refusal_while_saving_is_told_and_nothing_is_written(
    qtbot: QtBot,
    screen: MediaScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[str],
) -> None:
    saving = Saving(monkeypatch, tmp_path / "slip.pdf")
    screen.print_button.print_slip()  # nothing selected: nothing asked
    assert saving.starts == []
    select(screen, "USB-0001")
    screen.print_button.print_disposal()  # forced past its disabled action
    job = screen.print_button.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    assert shown == ["USB-0001 is registered, not prepared, not disposed of: it has no disposal "
                     "record."]  # fmt: skip
    assert not saving.target.exists() and saving.offered == []


def test_the_stocktake_dialog_prints_the_report_of_the_stocktake_it_closed(
    qtbot: QtBot,
    screen: MediaScreen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    saving = Saving(monkeypatch, tmp_path / "report.pdf")
    dialog = screen.open_stocktake()
    assert isinstance(dialog, StocktakeDialog)
    assert not dialog.report_button.isVisibleTo(dialog)
    dialog.start()
    dialog.scan_text("USB-0001")
    dialog.scan_text("USB-0001")
    assert not dialog.report_button.isVisibleTo(dialog)
    dialog.close_stocktake()
    assert dialog.report_button.isVisibleTo(dialog)
    dialog.report_button.click()
    qtbot.waitUntil(lambda: dialog.report_job is not None and dialog.report_job.done)
    text = pdf_text(saving.target)
    assert "移動存儲介質盤點報告" in text and "USB-0001" in text and "重複掃描" in text
    assert Path(saving.starts[0]).name.startswith("移動存儲介質盤點報告-ST-000001-")


def test_the_register_is_of_the_media_listed_search_text_included_R_MED_1(
    qtbot: QtBot, screen: MediaScreen, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saving = Saving(monkeypatch, tmp_path / "register.pdf")
    screen.filter_bar.search.setText("usb-2")
    screen.apply_filter()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.print_button.actions_["media_register"].trigger()
    job = screen.print_button.job
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=20_000)
    text = pdf_text(saving.target)
    assert "移動存儲介質登記表" in text and "USB-0002" in text
    assert "USB-0001" not in text and "USB-0003" not in text
    screen.filter_bar.search.setText("nothing like it")
    screen.apply_filter()
    assert not screen.print_button.actions_["media_register"].isEnabled()
