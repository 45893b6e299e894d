"""The 客戶檔案 tab's Records group as its users work it: a periodic review moves the next due
date 6 months on (R-GRD-3), a problem on a VIP warns of the 5-day downgrade (R-GRD-4), a visit
report shows in the file's records (R-CUS-8), the 附件1 evaluation's weighted total and grade
follow the scores typed (R-GRD-3), a 附件4 survey is kept whole (R-CUS-7), and each role sees
only what it may record. Data is made through the services; message boxes are captured."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from records_desk.domain.customers import evaluations as ev
from records_desk.domain.customers.duplicates import DismissalInvalid
from records_desk.domain.customers.evaluations import ScoreMissing, ScoreOutOfRange, WeightsInvalid
from records_desk.domain.customers.spot_check import (
    NoEntriesToCheck,
    SpotCheckAlreadyDrawn,
    SpotCheckItemNotFound,
)
from records_desk.domain.customers.surveys import SurveyInvalid, SurveyProblem
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.customers.evaluation_dialog import EvaluationDialog
from records_desk.ui.customers.review_dialog import ReviewDialog
from records_desk.ui.customers.screen import CustomersScreen
from records_desk.ui.customers.survey_dialog import SurveyDialog
from records_desk.ui.customers.tab import CustomersTab
from records_desk.ui.customers.visit_dialog import VisitDialog
from records_desk.ui.messages import describe
from tests.conftest import cheap_settings
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture, used by parameter name

OpenFile = Callable[[Principal, int], CustomersScreen]


@pytest.fixture
def open_file(qtbot: QtBot, services: Services) -> Iterator[OpenFile]:
    """The tab as the main window shows it, with one file selected and its records read."""
    opened: list[CustomersTab] = []

    def open_as(principal: Principal, customer_id: int) -> CustomersScreen:
        tab = CustomersTab(services, principal, cheap_settings())
        qtbot.addWidget(tab)
        tab.resize(1200, 700)
        tab.show()
        qtbot.waitExposed(tab)
        qtbot.waitUntil(lambda: tab.loaded)
        opened.append(tab)
        screen = tab.content
        assert screen is not None
        row = screen.model.row_of(customer_id)
        assert row is not None
        screen.table.setCurrentIndex(screen.model.index(row, 0))
        assert screen.current is not None and screen.current.id == customer_id
        read(qtbot, screen)
        return screen

    yield open_as
    for tab in opened:
        if tab.content is not None:
            for dialog in list(tab.content.dialogs.values()):
                dialog.close()
        tab.close()
    QApplication.processEvents()


def read(qtbot: QtBot, screen: CustomersScreen) -> None:
    """The records are read a moment after the selection settles."""
    qtbot.waitUntil(lambda: not screen.records.reading)


def record_lines(screen: CustomersScreen) -> list[str]:
    box = screen.detail.records
    return [box.item(i).text() for i in range(box.count())]


def test_a_review_recorded_in_the_dialog_moves_the_next_due_6_months_R_GRD_3(
    qtbot: QtBot, services: Services, office: Office, open_file: OpenFile, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    screen = open_file(office.manager, info.id)
    assert screen.detail.next_review.text() == "Never reviewed: a review is due now."
    assert screen.records.review_action.isEnabled()
    screen.records.review_action.trigger()
    dialog = screen.dialogs["review"]
    assert isinstance(dialog, ReviewDialog)
    assert dialog.on == date(2026, 11, 27)  # today, and never later
    dialog.scores["payment"].setValue(8)
    dialog.comments["payment"].setText("準時付款")
    dialog.scores["good_faith"].setValue(9)
    assert not dialog.warning.isVisible()  # not a VIP
    dialog.buttons.accepted.emit()
    assert shown == ["Review recorded. The next review is due on 2027-05-27."]
    read(qtbot, screen)
    assert screen.detail.next_review.text() == "Next review due: 2027-05-27"
    assert record_lines(screen) == ["2026-11-27 review by sam → Qualified"]
    [review] = services.customers.reviews.reviews(office.staff, info.id)
    assert review.scores == {
        "payment": {"score": 8, "comment": "準時付款"},
        "good_faith": {"score": 9},
    }
    assert review.result_grade is Grade.QUALIFIED


def test_a_review_whose_next_day_has_come_shows_as_due_R_GRD_3(
    services: Services, office: Office, open_file: OpenFile
) -> None:
    info = register(services, office.archivist)[0]
    services.customers.reviews.record_review(office.manager, info.id, date(2026, 5, 27), {})
    screen = open_file(office.staff, info.id)
    assert screen.detail.next_review.text() == "Review due since 2026-11-27"
    assert not screen.records.button_action.isVisible()  # staff records none of them


def test_a_problem_on_a_vip_warns_of_the_downgrade_due_in_5_days_R_GRD_4(
    qtbot: QtBot, services: Services, office: Office, open_file: OpenFile, shown: list[str]
) -> None:
    files = register(services, office.archivist, 7)  # 1 VIP of 7 stays within the 15 % cap
    vip = services.customers.grading.change_grade(
        office.manager, files[0].id, Grade.VIP, "top buyer"
    )
    screen = open_file(office.manager, vip.id)
    screen.records.open_review()
    dialog = screen.dialogs["review"]
    assert isinstance(dialog, ReviewDialog)
    assert not dialog.warning.isVisible()
    dialog.problems.setPlainText("付款不及時（逾期45天）")
    assert dialog.warning.isVisible()
    assert "within 5 days, by 2026-12-02" in dialog.warning.text()
    dialog.result_grade.setCurrentIndex(dialog.result_grade.findData(Grade.PREFERRED))
    dialog.save()
    assert shown == [
        "Review recorded. The next review is due on 2027-05-27.\n"
        "A problem was recorded: downgrade the VIP by 2026-12-02."
    ]
    read(qtbot, screen)
    assert record_lines(screen) == [
        "2026-11-27 review by sam → Preferred — problems: 付款不及時（逾期45天）"
    ]
    late = services.customers.reviews.overdue_downgrades(office.staff, today=date(2026, 12, 3))
    assert [(f.customer.id, f.deadline) for f in late] == [(vip.id, date(2026, 12, 2))]


def test_a_visit_report_recorded_shows_in_the_files_records_R_CUS_8(
    qtbot: QtBot, services: Services, office: Office, open_file: OpenFile, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    screen = open_file(office.consultant, info.id)
    assert record_lines(screen) == ["Nothing recorded yet."]
    screen.records.visit_action.trigger()
    dialog = screen.dialogs["visit"]
    assert isinstance(dialog, VisitDialog)
    dialog.save()  # no summary yet: said in the dialog, nothing saved
    assert dialog.error.text() == "Please write a summary of the visit."
    assert dialog.isVisible() and services.customers.reviews.visits(office.staff, info.id) == []
    dialog.day.setDate(date(2026, 11, 20))
    dialog.summary.setPlainText("拜訪林經理，介紹新型義肢")
    dialog.details["latest_needs"].setPlainText("明年擴充門市")
    dialog.details["suggestions"].setPlainText("希望提供試用品")
    dialog.save()
    assert not dialog.isVisible() and shown == []
    read(qtbot, screen)
    assert record_lines(screen) == ["2026-11-20 visit by carl — 拜訪林經理，介紹新型義肢"]
    [visit] = services.customers.reviews.visits(office.staff, info.id)
    assert visit.details == {"latest_needs": "明年擴充門市", "suggestions": "希望提供試用品"}


def test_the_evaluation_total_and_grade_follow_the_scores_typed_R_GRD_3(
    qtbot: QtBot, services: Services, office: Office, open_file: OpenFile, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    screen = open_file(office.manager, info.id)
    screen.records.evaluation_action.trigger()
    dialog = screen.dialogs["evaluation"]
    assert isinstance(dialog, EvaluationDialog)
    weights = services.customers.evaluations.weights
    assert [dialog.findChild(type(dialog.total), f"weight_{c.value}").text() for c in weights] == [
        f"{w} %" for w in weights.values()
    ]
    assert (dialog.total.text(), dialog.suggested.text()) == ("0.00", "Qualified")
    for box in dialog.scores.values():
        box.selectAll()
        qtbot.keyClicks(box, "9")  # typed: 9 of 10 everywhere
    assert (dialog.total.text(), dialog.suggested.text()) == ("90.00", "VIP")
    dialog.scores[ev.Criterion.BUSINESS_VOLUME].setValue(3)  # weight 25: 15 points less
    assert dialog.weighted[ev.Criterion.BUSINESS_VOLUME].text() == "7.50"
    assert (dialog.total.text(), dialog.suggested.text()) == ("75.00", "Preferred")
    dialog.opinion.setPlainText("付款穩定，量偏小")
    dialog.save()
    assert shown == ["Evaluation recorded: 75.00 of 100, suggesting Preferred."]
    saved = services.customers.evaluations.latest_evaluation(office.staff, info.id)
    assert saved is not None
    assert (str(saved.total), saved.suggested_grade) == ("75.00", Grade.PREFERRED)
    assert {line.criterion: line.score for line in saved.lines} == {
        c: 3 if c is ev.Criterion.BUSINESS_VOLUME else 9 for c in ev.Criterion
    }
    read(qtbot, screen)
    assert record_lines(screen) == ["2026-11-27 evaluation by sam: 75.00 of 100 → Preferred"]


def test_a_survey_saved_in_the_dialog_reads_back_whole_R_CUS_7(
    qtbot: QtBot, services: Services, office: Office, open_file: OpenFile, shown: list[str]
) -> None:
    info = register(services, office.archivist)[0]
    screen = open_file(office.consultant, info.id)
    screen.records.survey_action.trigger()
    dialog = screen.dialogs["survey"]
    assert isinstance(dialog, SurveyDialog)
    assert len(dialog.sections) == 7
    dialog.save()  # nothing filled in
    assert shown == ["A survey says something: fill in at least one of the sections."]
    assert dialog.isVisible()
    dialog.legal_rep.setText("林志明")
    dialog.established.setDate(date(2001, 3, 15))
    qtbot.keyClicks(dialog.capital, "5000000")
    dialog.sections[next(iter(dialog.sections))].setPlainText("骨科器材經銷，員工30人")
    dialog.assessment.setPlainText("經營穩健")
    dialog.save()
    assert shown[-1] == "Survey recorded."
    survey = services.customers.evaluations.latest_survey(office.staff, info.id)
    assert survey is not None
    assert survey.sections["basic"] == "骨科器材經銷，員工30人"
    assert survey.assessment == "經營穩健" and survey.surveyor == "carl"
    assert survey.facts == {"legal_rep": "林志明", "established": "2001-03-15", "capital": 5000000}
    read(qtbot, screen)
    assert record_lines(screen) == ["2026-11-27 survey by carl"]


def test_a_consultant_sees_no_review_or_evaluation_actions(
    services: Services, office: Office, open_file: OpenFile
) -> None:
    info = register(services, office.archivist)[0]
    screen = open_file(office.consultant, info.id)
    records = screen.records
    assert records.button_action.isVisible()
    assert not records.review_action.isVisible() and not records.evaluation_action.isVisible()
    assert records.visit_action.isEnabled() and records.survey_action.isEnabled()
    records.open_review()
    records.open_evaluation()
    assert screen.dialogs == {}


@pytest.mark.parametrize(
    ("error", "text"),
    [
        (WeightsInvalid({}, 90), "The evaluation weights in the settings add up to 90 %"),
        (ScoreMissing("loyalty"), "Please score Loyalty to our products."),
        (ScoreOutOfRange("scale", 11, 10), "The score of Size and results must be a whole"),
        (SurveyInvalid("capital", SurveyProblem.BAD_AMOUNT), "Registered capital (NT$) must"),
        (SurveyInvalid("staff", SurveyProblem.TOO_LONG), "3. Staff is too long (at most 4000"),
        (SpotCheckAlreadyDrawn(date(2026, 11, 23), 4), "The week of 2026-11-23 was already"),
        (NoEntriesToCheck(date(2026, 11, 23)), "Nothing was entered or changed in the week"),
        (SpotCheckItemNotFound(9), "That spot-check entry no longer exists."),
        (DismissalInvalid(1, 1, "same_record"), "A file cannot be a duplicate of itself."),
        (DismissalInvalid(1, 2, "no_reason"), "Please give a reason why the two files"),
    ],
)
def test_the_records_errors_are_worded_for_the_user(error: Exception, text: str) -> None:
    assert describe(error).startswith(text)
