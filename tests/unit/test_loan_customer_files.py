"""The loan register seen from the customer files (issue 11 Build 5), without the customer
feature importing loans (features.py `customer_files`): the detail panel's lines say whether a
file is out, with whom and until when; data quality flags a voided file that is on loan
(R-DQ-1 consistency, R-CUS-3) until it is back."""

from __future__ import annotations

from datetime import timedelta

from records_desk.domain.customers.quality import Dimension
from records_desk.domain.loans.vocabulary import ExternalBorrower, LoanKind
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.ui.common.feature import file_facts
from records_desk.wording.language import set_language
from tests.unit.customer_fixtures import register


def test_file_facts_say_the_file_is_out_with_whom_and_until_when(
    services: Services, gm: Principal
) -> None:
    set_language("en")
    [a, b, c] = register(services, gm, 3)
    assert file_facts(services, gm, a.archive_number) == []
    today = services.ctx.now().astimezone().date()
    due = today + timedelta(days=3)
    loan = services.loans.lending.lend(
        gm, [a.archive_number], "boss", "contract check", LoanKind.TAKE_OUT, due
    )
    [line] = file_facts(services, gm, a.archive_number.lower())  # as scanned
    assert line == f"Out on loan {loan.number} to 王總 until {due} 17:30"
    set_language("zh_TW")
    assert file_facts(services, gm, a.archive_number) == [
        f"借出中：借閱單 {loan.number} 借予 王總，至 {due} 17:30"
    ]
    set_language("en")
    visitor = ExternalBorrower("陳律師", "大成法律事務所")
    asked = services.loans.lending.lend(gm, [b.archive_number], visitor, "court order")
    assert file_facts(services, gm, b.archive_number) == [
        f"Asked for on loan {asked.number} by 陳律師 (大成法律事務所): awaiting approval"
    ]
    services.loans.returns.take_back(gm, [a.archive_number])
    assert file_facts(services, gm, a.archive_number) == [
        f"Back from loan {loan.number}; not yet confirmed on shelf A-01-03"
    ]
    assert file_facts(services, gm, c.archive_number) == []


def test_a_voided_file_on_loan_is_flagged_by_data_quality_until_it_is_back(
    services: Services, gm: Principal
) -> None:
    [a, b] = register(services, gm, 2)
    services.loans.lending.lend(gm, [a.archive_number, b.archive_number], "boss", "check")
    services.customers.files.void(gm, a.id, "重複建檔")

    def flagged() -> list[int]:
        report = services.customers.quality.report(gm, dimension=Dimension.CONSISTENCY)
        return [p.customer.id for p in report.problems if p.rule_id == "R-CUS-3"]

    assert flagged() == [a.id]
    services.loans.returns.take_back(gm, [a.archive_number])
    assert flagged() == []
