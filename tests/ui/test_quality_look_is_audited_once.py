"""Finding 5 of the new-user try (2026-12-05): every filter change in the data-quality dialog
wrote a new 檢查資料品質 entry (seven clicks, seven entries). A look is audited when the dialog
opens and when the user asks to refresh; a filter shows that look through another filter."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from records_desk.domain.customers.quality import Dimension
from records_desk.services.container import Services
from records_desk.ui.customers.quality_dialog import QualityDialog
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]


def looks(services: Services, office: Office) -> int:
    return len(audit_trail(services, office.gm, "quality.view"))


def test_a_look_is_audited_once_not_per_filter_change(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    register(services, office.archivist, 2)
    before = looks(services, office)
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    assert looks(services, office) == before + 1
    everything = dialog.problem_model.total
    for dimension in (Dimension.UNIQUENESS, Dimension.COMPLETENESS, None):
        dialog.dimension.setCurrentIndex(dialog.dimension.findData(dimension))
        dialog.dimension.activated.emit(dialog.dimension.currentIndex())
        qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
        if dimension is Dimension.UNIQUENESS:
            assert 0 < dialog.problem_model.total < everything  # the filter did filter
    dialog.maintainer.setCurrentIndex(dialog.maintainer.findData("ann"))
    dialog.maintainer.activated.emit(dialog.maintainer.currentIndex())
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    assert dialog.problem_model.total == everything  # every problem is one of ann's files
    assert looks(services, office) == before + 1
    dialog.refresh()
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)
    assert looks(services, office) == before + 2  # the look the user asked for is audited
