"""R-GRD-3 附件1 weighted evaluations with weights from the office settings, R-CUS-7 附件4
surveys recorded, read back and audited, R-CUS-2 category codes from the office settings."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from records_desk.domain.common.errors import OfficeDateInvalid
from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.errors import ArchiveNumberInvalid
from records_desk.domain.customers.evaluations import (
    DEFAULT_WEIGHTS,
    Criterion,
    EvaluationPolicy,
    ScoreMissing,
    ScoreOutOfRange,
    WeightsInvalid,
)
from records_desk.domain.customers.file_errors import GradeNotApplicable
from records_desk.domain.customers.surveys import SurveyInvalid, SurveyProblem, SurveySection
from records_desk.domain.customers.vocabulary import Grade, RecordType
from records_desk.services.container import Services
from tests.unit.customer_fixtures import Office, audit_trail, draft, office, register

__all__ = ["office"]  # the fixture

SCORES = {
    "business_volume": 10,
    "receivables": 9,
    "reputation": 9,
    "loyalty": 7,
    "scale": 3,
    "partnership": 10,
}
DAY = date(2026, 11, 20)


def reweigh(services: Services, office: Office) -> None:
    """The office's own 附件1 weights and closed-sales code, set by the general manager."""
    weights = {"business_volume": 40, "receivables": 30, "reputation": 10, "loyalty": 10}
    weights |= {"scale": 5, "partnership": 5}
    services.customers.office.change(
        office.gm,
        weights={Criterion(k): v for k, v in weights.items()},
        codes={RecordType.CLOSED_SALES: "xs"},
    )


def test_evaluation_is_weighted_per_annex_1_and_audited_R_GRD_3(
    services: Services, office: Office
) -> None:
    customer = register(services, office.archivist)[0]
    info = services.customers.evaluations.record_evaluation(
        office.manager, customer.id, DAY, SCORES, opinion=" 付款準時 "
    )
    # 10/10×25 + 9/10×20 + 9/10×20 + 7/10×15 + 3/10×10 + 10/10×10 = 84.5
    assert info.total == Decimal("84.50")
    assert info.suggested_grade is Grade.PREFERRED  # VIP from 85
    assert [(line.criterion, line.weight) for line in info.lines] == list(DEFAULT_WEIGHTS.items())
    assert info.lines[3].weighted == Decimal("10.50")
    assert (info.opinion, info.evaluator, info.customer.archive_number) == (
        "付款準時",
        "sam",
        customer.archive_number,
    )
    again = services.customers.evaluations.record_evaluation(
        office.manager, customer.id, date(2026, 11, 26), dict.fromkeys(SCORES, 9)
    )
    assert again.suggested_grade is Grade.VIP
    assert [
        e.id for e in services.customers.evaluations.evaluations(office.staff, customer.id)
    ] == [
        again.id,
        info.id,
    ]
    assert services.customers.evaluations.latest_evaluation(office.staff, customer.id) == again
    entries = audit_trail(services, office.gm, "evaluation.record")
    assert [e.details["total"] for e in entries] == ["84.50", "90.00"]


def test_weights_come_from_the_office_settings_and_stay_with_each_evaluation_R_GRD_3(
    services: Services, office: Office
) -> None:
    customer = register(services, office.archivist)[0]
    before = services.customers.evaluations.record_evaluation(
        office.manager, customer.id, DAY, SCORES
    )
    reweigh(services, office)
    after = services.customers.evaluations.record_evaluation(
        office.manager, customer.id, DAY, SCORES
    )
    # 40 + 27 + 9 + 7 + 1.5 + 5
    assert after.total == Decimal("89.50") and after.suggested_grade is Grade.VIP
    assert after.lines[0].weight == 40
    assert (
        services.customers.evaluations.evaluations(office.gm, customer.id)[1] == before
    )  # unchanged


def test_weights_must_total_100_R_GRD_3() -> None:
    with pytest.raises(WeightsInvalid) as refused:
        EvaluationPolicy(weights={**DEFAULT_WEIGHTS, Criterion.LOYALTY: 20})
    assert refused.value.total == 105
    assert EvaluationPolicy().weights == DEFAULT_WEIGHTS


@pytest.mark.parametrize(
    ("scores", "error"),
    [
        (SCORES | {"loyalty": 11}, ScoreOutOfRange),
        (SCORES | {"loyalty": -1}, ScoreOutOfRange),
        (SCORES | {"loyalty": 7.5}, ScoreOutOfRange),
        (SCORES | {"charm": 5}, ScoreOutOfRange),
        ({k: v for k, v in SCORES.items() if k != "scale"}, ScoreMissing),
    ],
)
def test_every_criterion_scored_zero_to_ten_R_GRD_3(
    services: Services, office: Office, scores: dict[str, object], error: type[Exception]
) -> None:
    customer = register(services, office.archivist)[0]
    with pytest.raises(error):
        services.customers.evaluations.record_evaluation(office.manager, customer.id, DAY, scores)  # type: ignore[arg-type]
    assert services.customers.evaluations.evaluations(office.gm, customer.id) == []


def test_evaluations_grade_admitted_files_only_and_not_ahead_R_GRD_3(
    services: Services, office: Office
) -> None:
    internal = register(services, office.archivist, record_type=RecordType.INTERNAL)[0]
    with pytest.raises(GradeNotApplicable):
        services.customers.evaluations.record_evaluation(office.manager, internal.id, DAY, SCORES)
    customer = register(services, office.archivist)[0]
    with pytest.raises(OfficeDateInvalid):
        services.customers.evaluations.record_evaluation(
            office.manager, customer.id, date(2026, 12, 1), SCORES
        )


def test_survey_recorded_read_back_and_audited_R_CUS_7(services: Services, office: Office) -> None:
    customer = register(services, office.archivist)[0]
    assert services.customers.evaluations.latest_survey(office.staff, customer.id) is None
    sections = {
        "basic": " 營業執照、醫療器材販賣業許可證齊全 ",
        "operations": "年營業額約 1.2 億",
        "product_flow": "轉售北部三家區域醫院",
        "purchase_channels": "原向進口代理商採購",
    }
    info = services.customers.evaluations.record_survey(
        office.consultant,
        customer.id,
        DAY,
        sections,
        assessment="符合準入條件，建議優選",
        facts={"legal_rep": "林志明", "established": "1998-03-02", "capital": 50_000_000},
    )
    read = services.customers.evaluations.latest_survey(office.staff, customer.id)
    assert read == info
    assert list(info.sections) == [s.value for s in SurveySection]
    assert info.sections["basic"] == "營業執照、醫療器材販賣業許可證齊全"
    assert info.sections["staff"] == ""
    assert info.facts == {"legal_rep": "林志明", "established": "1998-03-02", "capital": 50_000_000}
    assert (info.surveyor, info.surveyed_on) == ("carl", DAY)
    entry = audit_trail(services, office.gm, "survey.record")[-1]
    assert entry.account == "carl" and entry.entity_id == str(customer.id)
    assert entry.details["sections"] == ["basic", "operations", "product_flow", "purchase_channels"]


@pytest.mark.parametrize(
    ("sections", "facts", "problem"),
    [
        ({"basic": "  "}, {}, SurveyProblem.EMPTY),
        ({"history": "x"}, {}, SurveyProblem.UNKNOWN_KEY),
        ({"basic": "x" * 4001}, {}, SurveyProblem.TOO_LONG),
        ({"basic": "x"}, {"established": "2027-01-01"}, SurveyProblem.IN_FUTURE),
        ({"basic": "x"}, {"capital": -5}, SurveyProblem.BAD_AMOUNT),
    ],
)
def test_a_survey_that_says_nothing_or_too_much_is_refused_R_CUS_7(
    services: Services,
    office: Office,
    sections: dict[str, str],
    facts: dict[str, object],
    problem: SurveyProblem,
) -> None:
    customer = register(services, office.archivist)[0]
    with pytest.raises(SurveyInvalid) as refused:
        services.customers.evaluations.record_survey(
            office.consultant, customer.id, DAY, sections, "", facts
        )
    assert refused.value.problem is problem
    assert services.customers.evaluations.surveys(office.gm, customer.id) == []


def test_category_codes_come_from_the_office_settings_R_CUS_2(
    services: Services, office: Office
) -> None:
    default = services.customers.files.register(office.archivist, draft())
    reweigh(services, office)
    configured = services.customers.files.register(office.archivist, draft())
    assert default.archive_number.startswith("CS-2026-")
    assert configured.archive_number == "XS-2026-00001"
    assert services.customers.office.read().codes == {
        **ArchiveCodes().codes,
        RecordType.CLOSED_SALES: "XS",
    }


def test_two_record_types_cannot_share_a_code_R_CUS_2(services: Services, office: Office) -> None:
    with pytest.raises(ArchiveNumberInvalid):
        services.customers.office.change(office.gm, codes={RecordType.CAMPAIGN: "CS"})
