"""The operation log's Summary column in the user's language (issue 8 item 4): entries made
through the real services read in Chinese in zh_TW, their values (user names, archive and
loan numbers, dates, file names) kept; in English each is the stored text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import AuditFilter, AuditRecord, Principal
from records_desk.services.container import Services
from records_desk.ui.dialogs.audit_log_dialog import AuditLogDialog, describe_entry
from records_desk.ui.i18n import Translations
from records_desk.ui.models.audit_model import AuditColumn
from records_desk.wording.language import set_language
from tests.conftest import GM_PASSWORD, cheap_settings
from tests.unit.customer_fixtures import register

LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass
class Log:
    records: list[AuditRecord]
    values: list[str]  # what the summaries hold as values (kept in any language)


@pytest.fixture
def office_day_log(
    services: Services, gm: Principal, principals: dict[Role, Principal], tmp_path: Path
) -> Log:
    """A day at the office: sign-in, a customer file registered, a loan lent and returned, the
    visitor sheet reviewed, a backup made."""
    archivist = principals[Role.ARCHIVIST]
    services.auth.login("boss", GM_PASSWORD)
    files = [f.archive_number for f in register(services, archivist, 2)]
    loan = services.loans.lending.lend(archivist, files, "staff", "contract check")
    services.loans.returns.take_back(archivist, files[:1])
    closing = services.reception.sheet.close(principals[Role.RECEPTION_CLERK])
    backup = services.backup.backups.make(gm, to=tmp_path / "copies")
    records = services.audit.page(gm, AuditFilter(), 0, 1000)
    values = [*files, loan.number, closing.day.isoformat(), backup.path.name, "林記貿易有限公司"]
    values += [p.username for p in principals.values()] + ["Staff"]
    return Log(records, values)


@pytest.fixture
def viewer(qtbot: QtBot, services: Services, gm: Principal) -> Iterator[AuditLogDialog]:
    dialog = AuditLogDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    yield dialog
    dialog.close()


def summaries(dialog: AuditLogDialog, role: int = Qt.ItemDataRole.DisplayRole) -> list[str]:
    model = dialog.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.index(row, AuditColumn.SUMMARY).data(role) for row in range(model.rowCount())]


def without_values(text: str, values: list[str]) -> str:
    for value in sorted(values, key=len, reverse=True):
        text = text.replace(value, " ")
    return text


def test_the_summary_column_has_no_english_left_in_zh_tw(
    office_day_log: Log, qtbot: QtBot, services: Services, gm: Principal
) -> None:
    set_language("zh_TW")
    dialog = AuditLogDialog(services, gm, cheap_settings())
    qtbot.addWidget(dialog)
    shown = summaries(dialog)
    stored = [r.summary for r in office_day_log.records]
    assert len(shown) == len(stored) >= 8
    english = {
        s: t
        for s, t in zip(stored, shown, strict=True)
        if LATIN_WORD.search(without_values(t, office_day_log.values))
    }
    assert english == {}
    assert any("C-" in t or "-0" in t for t in shown)  # the archive numbers are kept


def test_the_summary_column_reads_in_chinese_in_zh_tw_and_as_stored_in_english(
    office_day_log: Log, viewer: AuditLogDialog
) -> None:
    stored = [r.summary for r in office_day_log.records]
    set_language("zh_TW")
    viewer.model.reload()
    assert all(shown != text for shown, text in zip(summaries(viewer), stored, strict=True))
    set_language("en")
    viewer.model.reload()
    assert summaries(viewer) == stored
    assert summaries(viewer, Qt.ItemDataRole.ToolTipRole) == stored


def test_the_details_and_the_tooltip_show_the_stored_text_below_the_translation(
    office_day_log: Log, qtbot: QtBot, services: Services, gm: Principal
) -> None:
    translations = Translations()
    assert translations.apply("zh_TW")
    try:
        dialog = AuditLogDialog(services, gm, cheap_settings())
        qtbot.addWidget(dialog)
        signed_in = next(r for r in office_day_log.records if r.summary == "signed in")
        row = [r.seq for r in (dialog.model.record_at(i) for i in range(dialog.model.rowCount()))]
        index = dialog.model.index(row.index(signed_in.seq), AuditColumn.SUMMARY)
        assert index.data() == "已登入"
        assert index.data(Qt.ItemDataRole.ToolTipRole) == "已登入\n\n原始紀錄：signed in"
        details = describe_entry(signed_in).splitlines()
        assert details[1:3] == ["已登入", "原始紀錄：signed in"]
    finally:
        translations.apply("en")
