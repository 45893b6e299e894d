"""Finding 9 of the new-user try (2026-12-05): a filled 附件1 ran to two pages with its three
signature boxes alone on page 2, while the blank form fits one. The filled form fits its page,
and wherever a page must break, the signature boxes go over with the section above them."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO

import pdfplumber

from records_desk.domain.customers.vocabulary import ADMISSION_TERMS
from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import load_form

CONTEXT = PrintContext("陳建國 (director)", datetime(2026, 12, 5, 1, 34, tzinfo=UTC), 70, "ab" * 32)


def filled_annex1(opinion: str = "") -> dict[str, object]:
    d = load_form("appraisal_form")
    assert d.table is not None
    rows = [dict(row) for row in d.table.preset]
    ticks = "\n".join(f"{item}　✓" for item in d.sections[0].items)
    sections = {"admission": ticks, **({"opinion": opinion} if opinion else {})}
    header = {
        "customer": "宏達貿易有限公司",
        "archive_no": "CS-2026-00125",
        "department": "業務一部",
    }
    return {"header": header, "rows": rows, "sections": sections}


def test_filled_annex1_fits_one_page_like_the_blank_form() -> None:
    assert len(ADMISSION_TERMS) == 6
    d = load_form("appraisal_form")
    assert engine.page_count(engine.render(d, None, CONTEXT)) == 1
    assert engine.page_count(engine.render(d, filled_annex1(), CONTEXT)) == 1


def test_signature_boxes_are_never_alone_on_a_page() -> None:
    """The opinion grows until the form needs a second page: the page with the signature boxes
    always shows some of the opinion box too."""
    d = load_form("appraisal_form")
    two_pages = 0
    for repeat in range(0, 400, 40):
        pdf = engine.render(d, filled_annex1("意見良好。" * repeat if repeat else ""), CONTEXT)
        with pdfplumber.open(BytesIO(pdf)) as doc:
            for page in doc.pages:
                text = page.extract_text() or ""
                if "部門負責人" not in text:
                    continue
                assert "評審意見" in text or "意見良好" in text, f"×{repeat}: signatures alone"
        two_pages += engine.page_count(pdf) > 1
    assert two_pages > 2  # the page did break before the signatures
