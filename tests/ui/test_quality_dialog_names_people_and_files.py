"""Finding 7 of the new-user try (2026-12-05), the data-quality dialog: a likely duplicate
names the other file's archive number; the maintainer is the person's name, not the login
name (the spot check's summary too); counts are formatted alike at the top and the foot; the
top line's separator is Chinese in Chinese; an archive number read later as the user scrolls
is never cut."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from records_desk.domain.customers.quality import Dimension
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerRef
from records_desk.services.customers.quality_dto import (
    QualityDimensionCount,
    QualityProblemInfo,
    QualityQuery,
    QualityReportInfo,
    QualityScoreInfo,
)
from records_desk.ui.customers.quality_dialog import QualityDialog
from records_desk.ui.customers.quality_model import ProblemColumn
from records_desk.ui.customers.spot_check_dialog import SpotCheckDialog
from records_desk.ui.i18n import Translations
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]


def loaded(qtbot: QtBot, dialog: Any) -> None:
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)


@pytest.fixture
def chinese_window(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    assert translations.apply("zh_TW")
    yield translations
    translations.clear()


def test_a_likely_duplicate_names_the_other_file_and_the_maintainer_by_name(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    first, second = register(services, office.archivist, 2)  # the same name and phone twice
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    model = dialog.problem_model
    row = next(
        r for r in range(model.rowCount()) if model.item(r).dimension is Dimension.UNIQUENESS
    )
    text = model.index(row, ProblemColumn.PROBLEM).data()
    others = {first.archive_number, second.archive_number} - {
        model.item(row).customer.archive_number
    }
    assert text == f"Likely the same customer as file {others.pop()}"
    assert model.index(row, ProblemColumn.MAINTAINER).data() == "Ann"  # not "ann"
    scores = dialog.maintainer_model
    assert "Ann" in [scores.index(r, 0).data() for r in range(scores.rowCount())]
    shown = [dialog.maintainer.itemText(i) for i in range(dialog.maintainer.count())]
    values = [dialog.maintainer.itemData(i) for i in range(dialog.maintainer.count())]
    assert "Ann" in shown and "ann" in values  # shown by name, filtered by user name


def _report(problems: tuple[QualityProblemInfo, ...]) -> QualityReportInfo:
    return QualityReportInfo(
        problems=problems,
        by_maintainer=(),
        by_department=(QualityScoreInfo("業務一部", 1607, 0),),
        checked_customers=1992,
        checked_at=datetime(2026, 12, 5, tzinfo=UTC),
        by_dimension=(
            QualityDimensionCount(Dimension.COMPLETENESS, 1500),
            QualityDimensionCount(Dimension.UNIQUENESS, 107),
        ),
        open_problems=1607,
        matching=1607,
    )


def _problem(number: int, archive_number: str) -> QualityProblemInfo:
    return QualityProblemInfo(
        id=number,
        customer=CustomerRef(number, archive_number, "陳記五金行", "業務一部", None),
        maintainer="archivist",
        dimension=Dimension.COMPLETENESS,
        rule_id="R-DQ-1",
        message="consultant is empty",
        field="consultant",
        other_customer_id=None,
        first_seen_at=datetime(2026, 11, 27, tzinfo=UTC),
        fixed_at=None,
    )


def test_counts_read_alike_at_top_and_foot_with_a_chinese_separator(
    qtbot: QtBot, services: Services, office: Office, chinese_window: Translations
) -> None:
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    dialog._show_report(QualityQuery(), _report(()))
    assert "1,992" in dialog.summary.text() and "1,607" in dialog.summary.text()
    assert dialog.department_model.index(0, 1).data() == "1,607"
    top = dialog.counts.text()
    assert "1,607" in top and "1,500" in top and "; " not in top and "；" in top


def test_an_archive_number_read_later_is_never_cut(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    later = [_problem(n, f"KCLONG-2026-{n:05d}") for n in range(100, 300)]
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    dialog._read_page = lambda query, after, limit: later if after is not None else []  # type: ignore[method-assign]
    dialog.problem_model._page = dialog._read_page
    first = tuple(_problem(n, f"CS-2026-{n:05d}") for n in range(1, 60))
    dialog._show_report(QualityQuery(), replace(_report(first), matching=59 + len(later)))
    dialog.show()
    model = dialog.problem_model
    model.fetchMore()
    assert model.rowCount() == 59 + len(later)
    widest = dialog.problems.fontMetrics().horizontalAdvance("KCLONG-2026-00299")
    assert dialog.problems.columnWidth(ProblemColumn.ARCHIVE_NUMBER) > widest
    assert not dialog.problems.user_widths  # not taken for the user's choice


def test_the_spot_checks_summary_names_who_drew_it(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    register(services, office.archivist, 2)
    dialog = SpotCheckDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.draw()
    assert "drawn by Dora" in dialog.summary.text()
