"""Issue 10 §3: the import works out its files' data-quality rows (stored problems, duplicate
keys, states) from the rows it has just written (quality_upkeep.record_new_files) instead of
reading every file back through refresh_problems — and stores exactly what refresh_problems
stores for the same files, likely duplicates within the list and against older files too."""

from __future__ import annotations

import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from records_desk.domain.customers import duplicates as dup
from records_desk.domain.customers import quality as dq
from records_desk.domain.customers import reviews as rv
from records_desk.domain.customers.errors import EntryBeforeEvent
from records_desk.domain.customers.timeliness import EntryKind, lateness
from records_desk.domain.customers.vocabulary import CustomerField, RecordType
from records_desk.services.common.clock import office_day
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers import imports as import_service
from records_desk.services.customers import quality_checks, quality_upkeep
from records_desk.services.customers.demo import DemoData, ensure_demo_accounts
from records_desk.store.customers import Customer, QualityKey, QualityState, Review, StoredProblem
from tests.conftest import GM_PASSWORD
from tests.integration.test_customer_import_office_list import write_xlsx

HEADERS = [
    "客戶名稱", "錄入資料類型", "聯絡人", "手機", "電話", "統一編號/身分證字號", "電子郵件",
    "地址", "部門", "產品線", "事件日期", "等級",
]  # fmt: skip
TYPES = ("成交銷售客戶資料", "售后維修客戶資料", "重點客戶資料", "活動資料庫", "公司內部資料")
NAMES = ("陳淑芬", "林志明", "大同電機股份有限公司", "臺灣宏達有限公司", "台灣宏達有限公司")
PHONES = ("0912-345-678", "0912345678", "02-2345-6789", "12345", "0988 111 222", None)
IDS = ("A123456789", "A123456788", "04595257", "00000000", "12345678", None)
EMAILS = ("a@example.com.tw", "not-an-address", "b@x", None)


def office_list(rnd: random.Random, rows: int) -> list[list[object]]:
    """Rows drawn from small pools: names, phones and numbers repeat (likely duplicates),
    some values are wrong (validity), some cells empty (completeness)."""
    out: list[list[object]] = []
    for _ in range(rows):
        record_type = rnd.choice(TYPES)
        graded = record_type in TYPES[:3]
        out.append(
            [
                rnd.choice(NAMES),
                record_type,
                rnd.choice(("王小明", None)),
                rnd.choice(PHONES),
                rnd.choice(PHONES),
                rnd.choice(IDS),
                rnd.choice(EMAILS),
                rnd.choice(("臺北市信義區市府路1號", None)),
                rnd.choice(("業務一部", "業務二部", None)),
                rnd.choice(("冷氣", "冷氣、除濕機", None)),
                rnd.choice((datetime(2024, 3, 1), datetime(2026, 1, 15), None)),
                rnd.choice(("VIP", "優選", "合格", None)) if graded else None,
            ]
        )
    return out


def stored(session: Session, ids: list[int]) -> tuple[Counter, Counter, Counter]:
    """The files' quality rows, as multisets (their own ids aside: insertion order)."""
    problems = Counter(
        session.execute(
            select(
                StoredProblem.customer_id, StoredProblem.key, StoredProblem.dimension,
                StoredProblem.rule_id, StoredProblem.field, StoredProblem.message,
                StoredProblem.holds_from, StoredProblem.holds_until,
            ).where(StoredProblem.customer_id.in_(ids))
        ).all()
    )  # fmt: skip
    keys = Counter(
        session.execute(
            select(QualityKey.customer_id, QualityKey.grp, QualityKey.basis, QualityKey.value)
            .where(QualityKey.customer_id.in_(ids))
        ).all()
    )  # fmt: skip
    states = Counter(
        session.execute(
            select(
                QualityState.customer_id, QualityState.version, QualityState.active,
                QualityState.maintainer_id, QualityState.department,
                QualityState.archive_number, QualityState.name, QualityState.grade,
                QualityState.synced,
            ).where(QualityState.customer_id.in_(ids))
        ).all()
    )  # fmt: skip
    return problems, keys, states


def import_list(services: Services, gm: Principal, path: Path) -> list[int]:
    preview = services.customers.imports.preview(gm, path)
    assert preview.valid > 0
    done = services.customers.imports.commit(gm, preview, override_reason="test")
    return list(done.customer_ids)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_bulk_imported_lists_quality_rows_equal_those_refresh_problems_stores(
    services: Services, gm: Principal, tmp_path: Path, seed: int
) -> None:
    rnd = random.Random(seed)
    older = import_list(
        services, gm, write_xlsx(tmp_path / "舊.xlsx", [HEADERS, *office_list(rnd, 40)])
    )
    new = import_list(
        services, gm, write_xlsx(tmp_path / "新.xlsx", [HEADERS, *office_list(rnd, 120)])
    )
    with services.ctx.uow.read() as uow:
        bulk = stored(uow.session, new)
        old_keys = stored(uow.session, older)[1]
    problems, keys, states = bulk
    assert len(states) == len(new) and problems and keys
    kinds = {(dimension, rule) for _, _, dimension, rule, *_ in problems}
    assert {("completeness", "R-DQ-1"), ("validity", "R-DQ-1"), ("timeliness", "R-GRD-3")} <= kinds
    assert {"phone", "email", "id_number"} <= {
        f for _, _, d, _, f, *_ in problems if d == "validity"
    }
    assert {"id_number", "name_and_phone"} <= {basis for _, _, basis, _ in keys}
    # likely duplicates within the new list and against the older files: shared keys
    values = Counter((grp, basis, value) for _, grp, basis, value in keys)
    assert any(n > 1 for n in values.values())
    assert set(values) & {(grp, basis, value) for _, grp, basis, value in old_keys}
    with services.ctx.uow.write() as uow:  # the same files read back and checked again
        quality_upkeep.refresh_problems(uow.session, new)
        assert stored(uow.session, new) == bulk  # not committed: rolled back


def test_the_import_does_not_read_its_new_files_back_for_data_quality(
    services: Services, gm: Principal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refused(*_: object, **__: object) -> None:
        raise AssertionError("the import read its files back")

    monkeypatch.setattr(quality_upkeep, "refresh_problems", refused)
    monkeypatch.setattr(import_service, "refresh_problems", refused, raising=False)
    path = write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *office_list(random.Random(7), 30)])
    ids = import_list(services, gm, path)
    with services.ctx.uow.read() as uow:
        assert len(stored(uow.session, ids)[2]) == len(ids)


def plain_checks(session: Session, ids: list[int]) -> tuple[Counter, Counter, Counter]:
    """The stored rows as the domain's checks give them file by file, nothing remembered
    between files (refresh_problems as it was before the bulk path)."""
    facts = dq.PhoneFacts()
    problems: Counter = Counter()
    keys: Counter = Counter()
    states: Counter = Counter()
    last_review = dict(
        session.execute(
            select(Review.customer_id, func.max(Review.reviewed_on)).group_by(Review.customer_id)
        ).all()
    )
    for row in session.execute(select(*quality_upkeep._COLUMNS).where(Customer.id.in_(ids))):
        active = row.status == "active"
        states[
            (row.id, row.version, active, row.maintainer_id, row.department,
             row.archive_number, row.name, row.grade, None)
        ] += 1  # fmt: skip
        if not active:
            continue
        values = {
            CustomerField.NAME: row.name, CustomerField.CONTACT_PERSON: row.contact_person,
            CustomerField.PHONE: row.phones, CustomerField.EMAIL: row.email,
            CustomerField.ADDRESS: row.address, CustomerField.ID_NUMBER: row.id_number,
            CustomerField.DEPARTMENT: row.department,
            CustomerField.PRODUCT_LINES: row.product_lines,
            CustomerField.CONSULTANT: row.consultant_id,
            CustomerField.EVENT_DATE: row.event_date,
            CustomerField.SHELF_LOCATION: row.shelf_location,
            CustomerField.ADMISSION: row.admission,
        }  # fmt: skip
        found = [
            (p, None, None)
            for p in (
                *dq.completeness_problems(row.id, RecordType(row.record_type), values),
                *dq.validity_problems(row.id, row.phones, row.email, row.id_number),
            )
        ]
        entered_on = office_day(row.entered_at)
        if row.event_date is not None:
            written_on = office_day(row.updated_at)
            if row.event_date > written_on:
                for p in dq.validity_problems(row.id, event_on=row.event_date, today=written_on):
                    found.append((p, None, row.event_date))
            try:
                late = lateness(
                    EntryKind(row.entry_kind), row.event_date, row.entered_at.astimezone()
                )
            except EntryBeforeEvent:
                late = timedelta(0)
            if late:
                until = entered_on + timedelta(days=dq.QualityPolicy().late_entry_days)
                for p in dq.timeliness_problems(row.id, late_by=late, entered_on=entered_on):
                    found.append((p, None, until))
        if row.grade is not None:
            subject = rv.ReviewSubject(
                row.id, last_review.get(row.id), row.readmitted_on or entered_on
            )
            due_on = rv.review_due_on(subject, rv.ReviewPolicy())
            if due_on is not None:
                since = due_on + timedelta(days=rv.ReviewPolicy().grace_days + 1)
                for p in dq.timeliness_problems(row.id, review_due_on=due_on, review_overdue=True):
                    found.append((p, since, None))
        for p, holds_from, holds_until in found:
            problems[
                (row.id, dq.problem_key(p), p.dimension.value, p.rule_id, p.field, p.message,
                 holds_from, holds_until)
            ] += 1  # fmt: skip
        group = quality_checks.group_of(row.department, row.record_type)
        probe = dup.DuplicateProbe(row.id, row.name, tuple(row.phones), row.id_number)
        for basis, value in dup.duplicate_keys(probe, facts):
            keys[(row.id, group, basis.value, value)] += 1
    return problems, keys, states


@pytest.mark.parametrize("seed", [4, 5])
def test_the_remembered_checks_store_what_the_plain_domain_checks_give(
    services: Services, gm: Principal, tmp_path: Path, seed: int
) -> None:
    rnd = random.Random(seed)
    ids = import_list(
        services, gm, write_xlsx(tmp_path / "名單.xlsx", [HEADERS, *office_list(rnd, 150)])
    )
    with services.ctx.uow.read() as uow:
        assert stored(uow.session, ids) == plain_checks(uow.session, ids)


def test_the_demos_quality_rows_equal_the_plain_domain_checks(
    services: Services, gm: Principal
) -> None:
    """The demo shares the remembered checks (refresh_problems), with reviews, voided files,
    late entries and events of every kind."""
    ensure_demo_accounts(services.accounts, gm, GM_PASSWORD)
    DemoData(services.ctx).fill(gm, 400, seed=6)
    with services.ctx.uow.read() as uow:
        ids = list(uow.session.scalars(select(Customer.id)))
        problems, keys, states = stored(uow.session, ids)
        assert (problems, keys, states) == plain_checks(uow.session, ids)
    assert {"R-CUS-5", "R-GRD-3"} <= {rule for _, _, _, rule, *_ in problems}
