"""Issue 10 §4: the audit head printed on a form is the print's own entry (form.print or
form.save), not the log's head before it, so a signed paper copy names the entry that recorded
it. Checked on the saved PDF's text: from the command line, from the preview's Save, and for a
print through the service."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.settings import Settings
from records_desk.store.models import AuditEntry
from records_desk.ui.printing.preview_dialog import PrintPreviewDialog
from tests.integration.cli_runner import init_office, run

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
HEAD = re.compile(r"稽核紀錄：#(\d+) ([0-9a-f]{12})")


def heads_on(pdf: bytes, tmp_path: Path) -> set[tuple[int, str]]:
    path = tmp_path / "printed.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return {(int(seq), short) for seq, short in HEAD.findall(text)}


def entry(services: Services, seq: int) -> AuditEntry:
    with services.ctx.uow.read() as uow:
        found = uow.session.get(AuditEntry, seq)
        assert found is not None
        uow.session.expunge(found)
        return found


def newest_form_entry(services: Services, gm: Principal) -> AuditRecord:
    return services.audit.page(gm, AuditFilter(action="form."), 0, 1)[0]


def test_a_saved_form_carries_its_own_save_entry_from_the_command_line(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    init_office(capsys, monkeypatch, db_path)
    out = tmp_path / "slip.pdf"
    argv = ["--db", str(db_path), "--user", "boss", "print", "loan_register", "--blank"]
    code, _, err = run(capsys, *argv, "-o", str(out))
    assert (code, err) == (0, "")
    code, log, _ = run(capsys, "--db", str(db_path), "--user", "boss", "audit", "show")
    [(seq, short)] = heads_on(out.read_bytes(), tmp_path)  # the same on every page
    line = next(line for line in log.splitlines() if "form.save" in line)
    assert line.split()[0] == str(seq) and len(short) == 12  # the save's own entry
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_form_saved_from_the_preview_carries_its_own_save_entry(
    qtbot: QtBot, services: Services, gm: Principal, ui_settings: Settings, tmp_path: Path
) -> None:
    printing = services.printing
    dialog = PrintPreviewDialog(printing, gm, printing.render(gm, "loan_slip"), ui_settings)
    qtbot.addWidget(dialog)
    [before] = heads_on(dialog.printed.pdf, tmp_path)
    target = tmp_path / "out" / "slip.pdf"
    target.parent.mkdir()
    assert dialog.save_to(str(target))
    saved = newest_form_entry(services, gm)
    own = entry(services, saved.seq)
    assert heads_on(target.read_bytes(), tmp_path) == {(own.seq, own.hash[:12])}
    assert own.seq > before[0] and saved.action == "form.save"
    assert sorted(p.name for p in target.parent.iterdir()) == ["slip.pdf"]


def test_a_printed_form_carries_its_own_print_entry(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    printing = services.printing
    preview = printing.render(gm, "visitor_sheet")
    seq, entry_hash = printing.record_print(gm, preview.form_id, preview.pages, 1, "Counter")
    sent = preview.stamped(seq, entry_hash)
    assert entry(services, seq).hash == entry_hash
    assert heads_on(sent.pdf, tmp_path) == {(seq, entry_hash[:12])}
    assert sent.pages == preview.pages and heads_on(preview.pdf, tmp_path) != {
        (seq, entry_hash[:12])
    }
