"""Issue 10 §4: the window asks before overwriting a file. The save dialog confirms a name that
exists (Qt's own question); a name the dialog never showed — ".pdf" added to what was typed —
is not put over an existing file without asking: nothing is written and the user is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.ui import notify
from records_desk.ui.printing.files import make_file_dialog
from records_desk.ui.printing.preview_dialog import PrintPreviewDialog


def test_the_save_dialog_confirms_before_replacing_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = make_file_dialog(parent, "Save as PDF", str(tmp_path / "slip.pdf"))
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    assert not dialog.testOption(QFileDialog.Option.DontConfirmOverwrite)


def test_a_name_completed_with_pdf_never_replaces_an_existing_file(
    qtbot: QtBot,
    services: Services,
    gm: Principal,
    ui_settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(notify, "error", lambda parent, text: told.append(text))
    existing = tmp_path / "slip.pdf"
    existing.write_bytes(b"the office's own file")
    printing = services.printing
    dialog = PrintPreviewDialog(printing, gm, printing.render(gm, "loan_slip"), ui_settings)
    qtbot.addWidget(dialog)
    assert dialog.save_to(str(tmp_path / "slip")) is False  # the dialog showed "slip"
    assert existing.read_bytes() == b"the office's own file"
    assert len(told) == 1 and str(existing) in told[0]
    assert services.audit.page(gm, AuditFilter(action="form."), 0, 10) == []
