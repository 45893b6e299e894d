"""One file's recorded reviews and visits read back through ReviewService (what the 客戶檔案
tab lists beside the file): newest first, with who recorded them; anyone who may see the
file may read them (R-GRD-3, R-CUS-8)."""

from __future__ import annotations

from datetime import date

from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.container import Services
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture


def test_a_files_reviews_read_back_newest_first_with_the_next_due_R_GRD_3(
    services: Services, office: Office
) -> None:
    file, other = register(services, office.archivist, 2)
    scores = {"payment": {"score": 9, "comment": "準時"}}
    services.customers.reviews.record_review(office.manager, file.id, date(2026, 5, 20), scores)
    services.customers.reviews.record_review(
        office.manager, file.id, date(2026, 11, 20), {}, "付款延遲", Grade.QUALIFIED
    )
    services.customers.reviews.record_review(office.manager, other.id, date(2026, 11, 21), {})
    found = services.customers.reviews.reviews(office.staff, file.id)
    assert [(r.reviewed_on, r.next_due, r.reviewer) for r in found] == [
        (date(2026, 11, 20), date(2027, 5, 20), "sam"),
        (date(2026, 5, 20), date(2026, 11, 20), "sam"),
    ]
    assert (found[0].problems, found[0].result_grade) == ("付款延遲", Grade.QUALIFIED)
    assert found[1].scores == scores


def test_a_files_visits_read_back_newest_first_with_their_details_R_CUS_8(
    services: Services, office: Office
) -> None:
    file = register(services, office.archivist)[0]
    assert services.customers.reviews.visits(office.staff, file.id) == []
    services.customers.reviews.record_visit(office.consultant, file.id, date(2026, 11, 2), "初訪")
    services.customers.reviews.record_visit(
        office.consultant, file.id, date(2026, 11, 26), "回訪", {"latest_needs": "需要新型號"}
    )
    found = services.customers.reviews.visits(office.staff, file.id)
    assert [(v.visited_on, v.summary, v.by) for v in found] == [
        (date(2026, 11, 26), "回訪", "carl"),
        (date(2026, 11, 2), "初訪", "carl"),
    ]
    assert found[0].details == {"latest_needs": "需要新型號"}
