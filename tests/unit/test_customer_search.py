"""Customer search (issue item 7) as the archivist uses it: search as you type from one
Chinese character, phones however they were typed, full and half width alike, archive numbers
and e-mail, ranked (exact, then prefix, then the rest), paged consistently, void files only on
request, and the index current after every change made through the services."""

from __future__ import annotations

import pytest

from records_desk.domain.common import search_text as st
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.vocabulary import Grade
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.services.customers.search import CustomerQuery
from tests.unit.customer_fixtures import Office, draft, office

__all__ = ["office"]  # the fixture


def names(services: Services, actor: Principal, text: str, **filters: object) -> list[str]:
    query = CustomerQuery(text=text, **filters)  # type: ignore[arg-type]
    rows = services.customers.search.page(actor, query, 0, 100)
    assert services.customers.search.count(actor, query) == len(rows)
    return [r.name for r in rows]


def add(services: Services, actor: Principal, name: str, **changes: object) -> CustomerInfo:
    return services.customers.files.register(actor, draft(name=name, **changes))


# --- pure parts ------------------------------------------------------------------------------


def test_full_width_and_half_width_normalise_alike() -> None:
    assert st.normalise("ＡＢＣ　０９１２") == st.normalise("abc 0912") == "abc 0912"


def test_a_phone_typed_with_separators_is_also_looked_for_as_digits() -> None:
    assert st.query_terms("0912-345 678") == ("0912-345 678", "0912345678")
    assert st.query_terms("０９１２") == ("0912",)
    assert st.query_terms("陳") == ("陳",)
    assert st.query_terms("  ") == ()


def test_grams_stay_inside_one_field() -> None:
    assert st.grams(["陳大文", "09"]) == {"陳", "大", "文", "陳大", "大文", "0", "9", "09"}


# --- search as you type ----------------------------------------------------------------------


def test_one_chinese_character_finds_every_name_containing_it(
    services: Services, office: Office
) -> None:
    for name in ("陳大文", "林小陳", "王美玲", "陳氏企業有限公司"):
        add(services, office.archivist, name, contact_person="")
    assert sorted(names(services, office.staff, "陳")) == ["林小陳", "陳大文", "陳氏企業有限公司"]
    assert names(services, office.staff, "美") == ["王美玲"]
    assert names(services, office.staff, "龍") == []


def test_two_three_and_four_characters_narrow_the_search(
    services: Services, office: Office
) -> None:
    for name in ("陳大文", "陳大同", "大文豪", "林志明"):
        add(services, office.archivist, name, contact_person="")
    assert sorted(names(services, office.staff, "大文")) == ["大文豪", "陳大文"]
    assert names(services, office.staff, "陳大文") == ["陳大文"]
    assert names(services, office.staff, "陳大文豪") == []
    assert sorted(names(services, office.staff, "陳大")) == ["陳大同", "陳大文"]


def test_contact_person_is_searched(services: Services, office: Office) -> None:
    add(services, office.archivist, "林記貿易有限公司", contact_person="張三豐")
    assert names(services, office.staff, "三") == ["林記貿易有限公司"]
    assert names(services, office.staff, "張三豐") == ["林記貿易有限公司"]


@pytest.mark.parametrize("typed", ["0912-345-678", "0912 345 678", "0912345678", "345-6", "56"])
def test_phone_stored_with_dashes_is_found_however_it_is_typed(
    services: Services, office: Office, typed: str
) -> None:
    add(services, office.archivist, "陳大文", phones=("0912-345-678",))
    add(services, office.archivist, "王美玲", phones=("02-2700-1111",))
    assert names(services, office.staff, typed) == ["陳大文"]


def test_phone_stored_with_spaces_is_found_by_digits_with_dashes(
    services: Services, office: Office
) -> None:
    add(services, office.archivist, "陳大文", phones=("0912 345 678",))
    assert names(services, office.staff, "0912-345") == ["陳大文"]


@pytest.mark.parametrize("typed", ["ＡＢＣ", "abc", "０９１２", "Ｌｉｎ＠"])
def test_full_width_queries_find_half_width_data(
    services: Services, office: Office, typed: str
) -> None:
    add(services, office.archivist, "ABC Trading", phones=("0912-000-111",), email="lin@abc.tw")
    assert names(services, office.staff, typed) == ["ABC Trading"]


def test_full_width_data_is_found_by_half_width_queries(services: Services, office: Office) -> None:
    add(services, office.archivist, "ＸＹＺ商行")
    assert names(services, office.staff, "xyz") == ["ＸＹＺ商行"]
    assert names(services, office.staff, "Z商") == ["ＸＹＺ商行"]


def test_archive_number_found_by_any_part(services: Services, office: Office) -> None:
    first = add(services, office.archivist, "陳大文")
    add(services, office.archivist, "王美玲")
    number = first.archive_number  # e.g. CS-2026-00001
    assert names(services, office.staff, number) == ["陳大文"]
    assert names(services, office.staff, number.lower()) == ["陳大文"]
    assert names(services, office.staff, number[-5:]) == ["陳大文"]
    assert len(names(services, office.staff, number[:7])) == 2


def test_email_is_searched(services: Services, office: Office) -> None:
    add(services, office.archivist, "陳大文", email="david.chen@example.tw")
    add(services, office.archivist, "王美玲", email="mei@example.tw")
    assert names(services, office.staff, "david") == ["陳大文"]
    assert names(services, office.staff, "@e") == ["陳大文", "王美玲"]


# --- ranking and paging ----------------------------------------------------------------------


def test_exact_name_first_then_names_starting_with_it_then_the_rest(
    services: Services, office: Office
) -> None:
    add(services, office.archivist, "林陳記", contact_person="")
    add(services, office.archivist, "陳記行", contact_person="")
    add(services, office.archivist, "陳記", contact_person="")
    add(services, office.archivist, "老陳記麵店", contact_person="")
    assert names(services, office.staff, "陳記") == ["陳記", "陳記行", "林陳記", "老陳記麵店"]


def test_exact_archive_number_ranks_first(services: Services, office: Office) -> None:
    files = [add(services, office.archivist, f"客戶{i}") for i in range(12)]
    # CS-2026-00001 is a substring of nothing else, but "0001" is in 00001 and 00010 etc.
    target = files[9]
    rows = services.customers.search.page(
        office.staff, CustomerQuery(text=target.archive_number), 0, 5
    )
    assert rows[0].id == target.id


def test_ties_are_ordered_by_archive_number(services: Services, office: Office) -> None:
    files = [add(services, office.archivist, f"王{n}") for n in "甲乙丙丁"]
    rows = services.customers.search.page(office.staff, CustomerQuery(text="王"), 0, 10)
    assert [r.archive_number for r in rows] == sorted(f.archive_number for f in files)


def test_pages_are_consistent_with_the_count(services: Services, office: Office) -> None:
    for i in range(23):
        add(services, office.archivist, "陳記" if i == 7 else f"陳{i}號" if i % 2 else f"老陳{i}")
    query = CustomerQuery(text="陳")
    total = services.customers.search.count(office.staff, query)
    assert total == 23
    pages = [services.customers.search.page(office.staff, query, off, 5) for off in range(0, 25, 5)]
    ids = [r.id for page in pages for r in page]
    assert len(ids) == len(set(ids)) == total
    whole = [r.id for r in services.customers.search.page(office.staff, query, 0, 100)]
    assert ids == whole
    assert [
        r.id for r in services.customers.search.iter_rows(office.staff, query, batch=4)
    ] == whole
    assert services.customers.search.page(office.staff, query, 30, 5) == []


def test_empty_query_lists_everything_by_archive_number(services: Services, office: Office) -> None:
    files = [add(services, office.archivist, f"客戶{i}") for i in range(5)]
    rows = services.customers.search.page(office.staff, CustomerQuery(), 0, 10)
    assert [r.id for r in rows] == [f.id for f in sorted(files, key=lambda f: f.archive_number)]
    assert services.customers.search.count(office.staff, CustomerQuery()) == 5


# --- filters ---------------------------------------------------------------------------------


def test_void_files_are_left_out_unless_asked_for(services: Services, office: Office) -> None:
    kept = add(services, office.archivist, "陳大文")
    gone = add(services, office.archivist, "陳小文")
    services.customers.files.void(office.director, gone.id, "entered twice")
    assert names(services, office.staff, "陳") == [kept.name]
    assert names(services, office.staff, "") == [kept.name]
    assert sorted(names(services, office.staff, "文", include_void=True)) == ["陳大文", "陳小文"]
    assert len(names(services, office.staff, "", include_void=True)) == 2


def test_filters_by_department_and_grade(services: Services, office: Office) -> None:
    add(services, office.archivist, "陳大文", department="台北一部")
    add(services, office.archivist, "陳小文", department="台中二部")
    assert names(services, office.staff, "陳", department="台中二部") == ["陳小文"]
    assert names(services, office.staff, "", department="台中二部") == ["陳小文"]
    assert names(services, office.staff, "陳", grade=Grade.VIP) == []
    assert services.customers.search.departments(office.staff) == ["台中二部", "台北一部"]


def test_blacklisted_until_is_set_while_an_entry_is_in_force_R_GRD_5(
    services: Services, office: Office
) -> None:
    bad = add(services, office.archivist, "陳大文")
    add(services, office.archivist, "陳小文")
    entry = services.customers.blacklist.add(
        office.director, bad.id, BlacklistScope.COMPANY, None, "unpaid invoices"
    )
    rows = {
        r.name: r for r in services.customers.search.page(office.staff, CustomerQuery("陳"), 0, 10)
    }
    assert rows["陳大文"].blacklisted_until == entry.last_day
    assert rows["陳小文"].blacklisted_until is None
    assert names(services, office.staff, "陳", blacklisted_only=True) == ["陳大文"]


# --- the index follows every change ----------------------------------------------------------


def test_index_follows_an_approved_change(services: Services, office: Office) -> None:
    file = add(services, office.archivist, "陳大文")
    request = services.customers.files.request_change(
        office.staff, file.id, {"name": "王美玲", "phones": ["02-2700-1111"]}, "renamed"
    )
    assert names(services, office.staff, "陳") == ["陳大文"]  # pending: not yet changed
    services.customers.files.approve(office.director, request.id)
    assert names(services, office.staff, "陳") == []
    assert names(services, office.staff, "美玲") == ["王美玲"]
    assert names(services, office.staff, "27001111") == ["王美玲"]
    assert names(services, office.staff, "0912") == []


def test_index_follows_a_direct_change_and_a_void(services: Services, office: Office) -> None:
    file = add(services, office.archivist, "陳大文")
    services.customers.files.change_directly(office.director, file.id, {"email": "new@x.tw"}, "fix")
    assert names(services, office.staff, "new@") == ["陳大文"]
    services.customers.files.void(office.director, file.id, "duplicate")
    assert names(services, office.staff, "new@") == []
    assert names(services, office.staff, "new@", include_void=True) == ["陳大文"]


def test_index_follows_a_grade_change(services: Services, office: Office) -> None:
    files = [add(services, office.archivist, f"陳{n}") for n in "甲乙丙丁戊己庚辛壬癸"]
    services.customers.grading.change_grade(
        office.director, files[0].id, Grade.VIP, "top buyer", "trial"
    )
    assert names(services, office.staff, "陳", grade=Grade.VIP) == ["陳甲"]
    rows = services.customers.search.page(office.staff, CustomerQuery(text="陳甲"), 0, 1)
    assert rows[0].grade is Grade.VIP
