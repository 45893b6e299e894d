"""Data quality (R-DQ) and the weekly spot check (R-CUS-6) screens: scores per maintainer and
department, problems with their record and rule, a likely duplicate dismissed with a reason
staying dismissed; a sample drawn and marked, a failure needing a note."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.spot_check import SpotResult
from records_desk.services.container import Services
from records_desk.services.customers.quality_dto import QualityQuery
from records_desk.ui.common.table import ITEM_ROLE
from records_desk.ui.customers.quality_dialog import QualityDialog, ScoreModel
from records_desk.ui.customers.quality_model import QualityProblemModel
from records_desk.ui.customers.spot_check_dialog import SpotCheckDialog, SpotCheckModel
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]


def loaded(qtbot: QtBot, dialog: Any) -> None:
    """Wait for the dialog's read, which runs off the UI thread."""
    qtbot.waitUntil(lambda: dialog.job is not None and dialog.job.done, timeout=30_000)


def _duplicate_row(dialog: QualityDialog) -> int:
    model = dialog.problem_model
    return next(
        r for r in range(model.rowCount()) if model.item(r).dimension is Dimension.UNIQUENESS
    )


def test_quality_scores_and_a_dismissed_duplicate_stays_dismissed_R_DQ_1_R_DQ_2(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    register(services, office.archivist, 2)  # the same name and phone twice
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    scores = dialog.maintainer_model
    ann = next(scores.item(r) for r in range(scores.rowCount()) if scores.item(r).name == "ann")
    assert ann.score == 100 - ann.open_problems and ann.open_problems >= 1
    assert dialog.department_model.rowCount() >= 1
    row = _duplicate_row(dialog)
    problem = dialog.problem_model.item(row)
    assert dialog.problem_model.index(row, 5).data() == problem.rule_id

    dialog.problems.doubleClicked.emit(dialog.problem_model.index(row, 0))
    assert problem.customer.archive_number in shown[-1]

    dialog.problems.selectRow(row)
    assert dialog.dismiss_button.isEnabled()
    form = dialog.start_dismiss()
    assert form is not None
    form.reason.setText("two branches of one chain, each its own customer")
    form.buttons.accepted.emit()
    loaded(qtbot, dialog)
    model = dialog.problem_model
    assert not any(model.item(r).dimension is Dimension.UNIQUENESS for r in range(model.rowCount()))
    assert len(services.customers.quality.dismissals(office.director)) == 1


def test_dismissing_is_off_for_a_sales_manager_R_DQ_1(
    qtbot: QtBot, services: Services, office: Office
) -> None:
    register(services, office.archivist, 2)
    dialog = QualityDialog(services, office.manager)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    dialog.problems.selectRow(_duplicate_row(dialog))
    assert not dialog.dismiss_button.isEnabled()


def test_spot_check_draws_the_week_and_marks_pass_and_fail_R_CUS_6(
    qtbot: QtBot, services: Services, office: Office, shown: list[str]
) -> None:
    register(services, office.archivist, 4)
    dialog = SpotCheckDialog(services, office.director)
    qtbot.addWidget(dialog)
    dialog.draw()
    assert dialog.model.rowCount() == 4
    assert dialog.earlier.count() == 1

    dialog.view.selectRow(0)
    dialog.mark(True)
    dialog.view.selectRow(1)
    dialog.mark(False)  # a failure without a note is refused
    assert shown
    assert dialog.model.item(1).result is SpotResult.PENDING
    dialog.view.selectRow(1)
    dialog.note.setText("phone typed with a digit missing")
    dialog.mark(False)
    results = [dialog.model.item(r).result for r in range(dialog.model.rowCount())]
    assert results.count(SpotResult.PASSED) == 1 and results.count(SpotResult.FAILED) == 1
    assert "1 passed, 1 failed" in dialog.summary.text()


def test_quality_and_spot_check_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, services: Services, office: Office
) -> None:
    register(services, office.archivist, 3)
    report = services.customers.quality.report(office.director, limit=2)
    problems = QualityProblemModel(
        lambda query, after, limit: services.customers.quality.page(
            office.director, query, after, limit
        ),
        page_size=2,
    )
    problems.show(QualityQuery(), report.matching, report.problems)
    scores = ScoreModel("Maintainer")
    scores.set_rows(report.by_maintainer)
    check = services.customers.spot_checks.draw(office.director, services.ctx.now().date())
    items = SpotCheckModel()
    items.set_rows(check.items)
    for model in (problems, scores, items):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert problems.index(0, 0).data(ITEM_ROLE) is not None


def test_the_quality_list_pages_from_the_database_as_the_user_scrolls(
    qtbot: QtBot, qtmodeltester: object, services: Services, office: Office
) -> None:
    """Issue 10 §3: the look reads the counts and a first page; the rest comes page by page,
    in the list's order, each problem once, until the count is reached."""
    register(services, office.archivist, 7, phones=("12-34",))  # a validity problem each
    every = services.customers.quality.problems(office.director)
    dialog = QualityDialog(services, office.director)
    qtbot.addWidget(dialog)
    loaded(qtbot, dialog)
    model = dialog.problem_model
    assert model.total == len(every) > 7  # the duplicates of one another, too
    model_pages = QualityProblemModel(
        lambda query, after, limit: services.customers.quality.page(
            office.director, query, after, limit
        ),
        page_size=3,
    )
    report = services.customers.quality.report(office.director, limit=3)
    model_pages.show(QualityQuery(), report.matching, report.problems)
    assert model_pages.rowCount() == 3 and model_pages.canFetchMore()
    while model_pages.canFetchMore():
        model_pages.fetchMore()
    assert [model_pages.item(r).id for r in range(model_pages.rowCount())] == [p.id for p in every]
    qtmodeltester.check(model_pages)  # type: ignore[attr-defined]
    dimensions = {c.dimension: c.open_problems for c in report.by_dimension}
    assert dimensions[Dimension.VALIDITY] == 7 and sum(dimensions.values()) == len(every)

    dialog.dimension.setCurrentIndex(dialog.dimension.findData(Dimension.VALIDITY))
    dialog.dimension.activated.emit(dialog.dimension.currentIndex())
    loaded(qtbot, dialog)
    assert dialog.problem_model.total == 7
    assert "7" in dialog.counts.text() or "7" in dialog.summary.text()
