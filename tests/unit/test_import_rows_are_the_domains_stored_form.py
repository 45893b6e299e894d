"""Issue 10 §3 (the import's CPU): RowMaker normalises a plain text within its limit itself
(trimmed, as check_length trims it) and leaves everything else to the domain's
normalise_field. Whatever a draft holds, the row it makes holds what normalise_changes of the
draft's fields gives — value for value — or RowMaker raises what normalise_changes raises."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from records_desk.domain.common.identifiers import phone_digits
from records_desk.domain.common.permissions import Role
from records_desk.domain.customers.archive_numbers import ArchiveCodes
from records_desk.domain.customers.files import EditableField, normalise_changes
from records_desk.domain.customers.limits import LIMITS, MAX_ITEMS, LimitedText
from records_desk.domain.customers.timeliness import EntryKind
from records_desk.domain.customers.vocabulary import AdmissionChecklist, RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.customers.dto import CustomerDraft
from records_desk.services.customers.import_bulk import RowMaker

_ACTOR = Principal(1, "clerk", "Clerk", next(iter(Role)))
_NOW = datetime(2026, 12, 5, 3, 0, tzinfo=UTC)


def _around(limit: int) -> st.SearchStrategy[str]:
    """Texts with spaces around them, near the limit (within, just over, over once trimmed)."""
    return st.builds(
        lambda pad, body, n: pad + body * n + pad,
        st.sampled_from(["", " ", "  ", "\u3000", "\t"]),
        st.sampled_from(["陳", "a", " ", "Ｂ", "0"]),
        st.sampled_from([0, 1, limit - 1, limit, limit + 1, limit + 3]),
    )


def _text(limit: int) -> st.SearchStrategy[Any]:
    return (
        st.text(alphabet="陳淑卿 aZ0-.@\u3000ＡＺ\t", max_size=12)
        | _around(limit)
        | st.none()
        | st.sampled_from([7, 1.5, b"x"])
    )


_PHONE = LIMITS[LimitedText.PHONE]
_phones = st.lists(
    st.text(alphabet="0912-345 ", max_size=12) | _around(_PHONE) | st.sampled_from([" ", ""]),
    max_size=MAX_ITEMS[LimitedText.PHONE] + 2,
).map(tuple) | st.sampled_from([("0912",) * 2, None, "0912345678", (None,), (12,)])

_drafts = st.builds(
    CustomerDraft,
    record_type=st.just(RecordType.CLOSED_SALES),
    name=_text(LIMITS[LimitedText.NAME]),
    department=_text(LIMITS[LimitedText.DEPARTMENT]),
    contact_person=_text(LIMITS[LimitedText.CONTACT_PERSON]),
    phones=_phones,
    email=_text(LIMITS[LimitedText.EMAIL]),
    address=_text(LIMITS[LimitedText.ADDRESS]),
    id_number=_text(LIMITS[LimitedText.ID_NUMBER]),
    consultant_id=st.sampled_from([None, 3, True, "3"]),
    shelf_location=_text(LIMITS[LimitedText.SHELF_LOCATION]),
    event_date=st.sampled_from([None, date(2026, 1, 2)]),
    entry_kind=st.just(EntryKind.IMPORTED),
)

_FIELDS = tuple(EditableField)  # normalise_changes's order: the domain's


def _expected(draft: CustomerDraft) -> dict[str, Any] | BaseException:
    try:
        stored = normalise_changes({f.value: getattr(draft, f.value) for f in _FIELDS})
    except Exception as problem:  # noqa: BLE001 - compared with what RowMaker raises
        return problem
    phones = tuple(stored["phones"])
    return {
        **stored,
        "phones": phones,
        "product_lines": tuple(stored["product_lines"]),
        "admission": tuple(stored["admission"]),
        "phone_digits": tuple(phone_digits(p) for p in phones),
        "event_date": date.fromisoformat(stored["event_date"]) if stored["event_date"] else None,
    }


def _made(make: RowMaker, draft: CustomerDraft) -> dict[str, Any] | BaseException:
    try:
        values = make(draft, None).values
    except Exception as problem:  # noqa: BLE001 - compared with what the domain raises
        return problem
    return {f.value: values[f.value] for f in _FIELDS} | {"phone_digits": values["phone_digits"]}


def _same(a: dict[str, Any] | BaseException, b: dict[str, Any] | BaseException) -> bool:
    if isinstance(a, BaseException) or isinstance(b, BaseException):
        return type(a) is type(b) and str(a) == str(b)
    return a == b


@settings(max_examples=600, deadline=None)
@given(drafts=st.lists(_drafts, min_size=1, max_size=4))
def test_import_rows_hold_what_normalise_changes_gives_for_any_draft(
    drafts: list[CustomerDraft],
) -> None:
    make = RowMaker(_ACTOR, _NOW, ArchiveCodes())  # one maker: its remembered values shared
    for draft in [*drafts, *drafts]:  # each again: the remembered answers too
        assert _same(_made(make, draft), _expected(draft))


def test_import_rows_of_an_office_list_are_the_domains_stored_form() -> None:
    """The usual cells, and their neighbours: spaces, full-width, empty, repeated phones."""
    base = CustomerDraft(
        record_type=RecordType.CLOSED_SALES,
        name=" 陳淑卿 ",
        department="業務一部",
        product_lines=("冷氣", " 冷氣 ", "除濕機"),
        contact_person="王小明",
        phones=("0912-345-678", " 0912345678", "0912-345-678", "(02)2345-6789", ""),
        email=" A@Example.TW ",
        address="台北市",
        id_number="a123456789 ",
        consultant_id=3,
        admission=AdmissionChecklist.all_met(),
        shelf_location="A-1",
        event_date=date(2026, 1, 2),
        entry_kind=EntryKind.IMPORTED,
    )
    make = RowMaker(_ACTOR, _NOW, ArchiveCodes())
    for draft in (base, replace(base, email="", id_number="", phones=()), replace(base, name="")):
        assert _same(_made(make, draft), _expected(draft))
