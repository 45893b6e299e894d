"""Issue 10 §4, forms as the regulations lay them out: what a blank form pre-prints, what every
later page repeats, the fields the seed asks for, checked on the PDF as a user reads it
(pdftotext, pdfplumber, zbarimg on a page image)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from records_desk.domain.customers.evaluations import (
    CRITERION_STANDARDS,
    CRITERION_TERMS,
    DEFAULT_WEIGHTS,
    EvaluationPolicy,
)
from records_desk.domain.customers.vocabulary import ADMISSION_TERMS, Grade
from records_desk.printing import engine
from records_desk.printing.context import PrintContext
from records_desk.printing.definitions import load_form
from records_desk.services.container import Services
from records_desk.services.customers.review_form_data import PRINTED_CRITERIA
from tests.conftest import Clock
from tests.unit.customer_fixtures import Office, office, register

__all__ = ["office"]  # the fixture

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")
CONTEXT = PrintContext("王總 (boss)", datetime(2026, 11, 27, 1, 0, tzinfo=UTC), 42, "ab" * 32)


def pages_of(pdf: bytes, tmp_path: Path, *, layout: bool = False) -> list[str]:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    args = ["pdftotext", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return text.split("\f")[: engine.page_count(pdf)]


def blank(form_id: str, tmp_path: Path) -> str:
    return "".join(pages_of(engine.render(load_form(form_id), None, CONTEXT), tmp_path))


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# ---- blank 附件1, 附件2 and the registration sheet pre-print their criteria ------------------


def test_blank_appraisal_preprints_criteria_weights_score_boxes_grades_and_checklist(
    tmp_path: Path,
) -> None:
    d = load_form("appraisal_form")
    assert d.table is not None
    # the printed rows are the domain's criteria, standards and default weights, in order
    assert [r["criterion"] for r in d.table.preset] == [CRITERION_TERMS[c] for c in DEFAULT_WEIGHTS]
    assert [r["weight"] for r in d.table.preset] == [str(w) for w in DEFAULT_WEIGHTS.values()]
    assert all(
        r["standard"].startswith(CRITERION_STANDARDS[c])
        for r, c in zip(d.table.preset, DEFAULT_WEIGHTS, strict=True)
    )
    policy = EvaluationPolicy()
    assert f"{policy.vip_from}分以上為VIP" in d.table.legend_zh
    assert f"未滿{policy.preferred_from}分為合格" in d.table.legend_zh
    text = squeezed(blank("appraisal_form", tmp_path))
    for criterion, weight in DEFAULT_WEIGHTS.items():
        assert f"{CRITERION_TERMS[criterion]}" in text and str(weight) in text
    assert "滿分10分" in text and "等級標準" in text
    for i, term in enumerate(ADMISSION_TERMS.values()):
        assert squeezed(f"{chr(ord('a') + i)}) {term}") in text
    assert text.count("□") >= 6  # a box to tick beside each admission criterion


def test_blank_periodic_review_preprints_its_criteria(tmp_path: Path) -> None:
    """附件2's criteria are the regulation's (五3.1); it gives them no weights, so the weight
    boxes stay empty for the office to write in (they must total 100 when filled)."""
    text = squeezed(blank("periodic_review", tmp_path))
    for criterion in PRINTED_CRITERIA:
        assert criterion in text
    assert "權重合計100%" in text
    assert not re.search(r"(合同履約情況|貨款支付情況|誠信情況)\d", text)  # no made-up weight


def test_blank_registration_sheet_preprints_the_admission_checklist_a_to_f(
    tmp_path: Path,
) -> None:
    d = load_form("customer_registration")
    assert d.table is not None
    letters = [r["criterion"] for r in d.table.preset]
    assert letters == [f"{chr(ord('a') + i)}) {t}" for i, t in enumerate(ADMISSION_TERMS.values())]
    text = squeezed(blank("customer_registration", tmp_path))
    for line in letters:
        assert squeezed(line) in text
    assert "VIP不超過本部門客戶15%" in text


def test_a_recorded_review_prints_its_criterion_scores(
    services: Services, office: Office, clock: Clock, tmp_path: Path
) -> None:
    [scored, unscored] = register(services, office.archivist, 2)
    reviews = services.customers.reviews
    reviews.record_review(  # as the review dialog records them: 0–10 and a comment
        office.manager,
        scored.id,
        date(2026, 11, 27),
        {"contract": {"score": 7, "comment": "兩次延後提貨"}, "payment": {"score": 4}},
        result_grade=Grade.QUALIFIED,
    )
    reviews.record_review(office.manager, unscored.id, date(2026, 11, 27), {})
    forms = services.customers.forms
    rows = forms.data_for(office.staff, "periodic_review", scored.id)["rows"]
    assert [(r["criterion"], r.get("score"), r.get("weight")) for r in rows] == [
        ("合同履約情況", 7, None),
        ("貨款支付情況", 4, None),
        ("誠信情況", None, None),
    ]
    layout = "\n".join(
        pages_of(forms.render(office.staff, "periodic_review", scored.id), tmp_path, layout=True)
    )
    assert re.search(r"合同履約情況\s+7\s+兩次延後提貨", layout), layout
    assert re.search(r"貨款支付情況\s+4", layout)
    # a review recorded without scores still prints its criteria, never empty rows
    text = "".join(pages_of(forms.render(office.staff, "periodic_review", unscored.id), tmp_path))
    for criterion in PRINTED_CRITERIA:
        assert criterion in text


# ---- every later page says which paper it belongs to ----------------------------------------


def visitors(n: int) -> dict[str, Any]:
    return {
        "header": {"visit_date": "2026-11-27", "clerk": "許雅婷"},
        "rows": [
            {
                "seq": i + 1,
                "time_in": "09:30",
                "visitor": f"訪客{i + 1}",
                "visitor_type": "新客戶",
                "consultant": "陳志強",
                "assigned_by": "輪序",
            }
            for i in range(n)
        ],
    }


def test_every_later_page_repeats_what_identifies_the_paper(
    services: Services, office: Office, tmp_path: Path
) -> None:
    pages = pages_of(engine.render(load_form("visitor_sheet"), visitors(80), CONTEXT), tmp_path)
    assert len(pages) >= 3
    for page in pages[1:]:
        assert "客戶來訪登記表（續）" in page
        assert "來訪日期：2026-11-27" in page and "銷售文員：許雅婷" in page

    loans = {"header": {"period": "2026年11月", "archivist": "林小美"}, "rows": []}
    loans["rows"] = [
        {"borrower": "陳大文", "content": f"CS-2026-{i:05d}", "loan_time": "2026-11-27 09:00"}
        for i in range(60)
    ]
    pages = pages_of(engine.render(load_form("loan_register"), loans, CONTEXT), tmp_path)
    assert len(pages) >= 2
    assert all("登記期間：2026年11月" in p and "檔案管理員：林小美" in p for p in pages[1:])

    [file] = register(services, office.archivist)
    services.customers.evaluations.record_survey(
        office.consultant,
        file.id,
        date(2026, 11, 27),
        {key: "營業額穩定成長。" * 120 for key in ("basic", "operations", "staff")},
    )
    pdf = services.customers.forms.render(office.staff, "customer_survey", file.id)
    pages = pages_of(pdf, tmp_path)
    assert len(pages) >= 2  # 附件4's second page: the customer and the archive number
    for page in pages[1:]:
        assert f"客戶名稱：{file.name}" in page and f"檔案編號：{file.archive_number}" in page


def test_a_blank_forms_later_pages_have_lines_for_what_identifies_it(tmp_path: Path) -> None:
    pages = pages_of(engine.render(load_form("customer_survey"), None, CONTEXT), tmp_path)
    assert len(pages) == 2
    assert "客戶名稱：＿" in pages[1] and "檔案編號：＿" in pages[1]


def test_a_row_carried_to_the_next_page_repeats_its_identifying_cells(tmp_path: Path) -> None:
    rows = [
        {"loan_no": "LN-2026-0007", "borrower": "陳大文", "content": "CS-2026-00007",
         "loan_time": "2026-11-27 09:00", "remarks": "歸還時發現第三頁有折痕，已拍照存證。" * 110},
    ]  # fmt: skip
    data = {"header": {"period": "2026年11月"}, "rows": rows}
    pages = [
        squeezed(p)
        for p in pages_of(engine.render(load_form("loan_register"), data, CONTEXT), tmp_path)
    ]
    with_row = [p for p in pages if "歸還時發現" in p]  # the pages the row runs over
    assert len(with_row) >= 3
    assert "LN-2026-0007陳大文" in with_row[0]
    for page in with_row[1:]:
        # each identifying cell again, marked （續） under it
        assert "LN-2026-0007陳大文（續）（續）" in page


def test_a_section_heading_never_ends_a_page(tmp_path: Path) -> None:
    """The summary grows line by line until 客戶最新需求's box meets the foot of the page:
    wherever the page breaks, its heading has text of its own under it on the same page."""
    d = load_form("visit_report")
    later = 0  # renders where the heading is met after the first page
    for repeat in range(100, 260, 4):
        data = {
            "header": {"customer": "林記貿易有限公司"},
            "sections": {"summary": "拜訪經過良好。" * repeat, "latest_needs": "需" * 900},
        }
        pdf = engine.render(d, data, CONTEXT)
        with pdfplumber.open(BytesIO(pdf)) as doc:
            for page in doc.pages:
                heading = [w for w in page.extract_words() if w["text"].startswith("客戶最新需求")]
                if not heading:
                    continue
                below = [
                    c for c in page.chars if c["text"] == "需" and c["top"] > heading[0]["top"] + 5
                ]
                assert below, f"summary ×{repeat}: 客戶最新需求 ends page {page.page_number}"
                later += page.page_number > 1
    assert 5 < later < 40  # the page broke before, inside and after the box


# ---- the fields the seed asks for ------------------------------------------------------------


@pytest.mark.parametrize(
    ("form_id", "shown"),
    [
        ("visitor_sheet", ("原接待置業顧問", "介紹人")),
        (
            "phone_enquiry_sheet",
            ("來電登記表", "來電人姓名", "接聽置業顧問", "不作為確定客戶歸屬的依據"),
        ),
        ("loan_register", ("借閱人簽名", "審批人", "檔案管理員", "客戶總監（審核）", "日期 Date")),
        ("loan_slip", ("歸還時檔案狀況", "損壞情況說明", "罰款（元）", "撕破", "罰款決定人")),
        ("media_register", ("光碟分類", "送修單位", "送修日期", "修回日期", "銷毀日期", "監銷人")),
        ("periodic_review", ("建議列入黑名單", "報營銷事業部核實")),
        ("blacklist", ("名單範圍", "有效名單", "全部紀錄", "有效基準日", "填報日期")),
    ],
)
def test_the_missing_fields_are_on_the_blank_form(
    form_id: str, shown: tuple[str, ...], tmp_path: Path
) -> None:
    pages = pages_of(engine.render(load_form(form_id), None, CONTEXT), tmp_path)
    text = squeezed("".join(pages))
    assert len(pages) == 1  # still one sheet of paper
    for words in shown:
        assert squeezed(words) in text, words


def test_blank_media_labels_offer_both_classifications_and_a_classified_one_is_marked(
    tmp_path: Path,
) -> None:
    d = load_form("media_labels")
    text = blank("media_labels", tmp_path)
    assert text.count("□涉密") >= 24 and text.count("□非涉密") >= 24
    rows = [
        {"medium_no": "MD-001", "classification": "涉密"},
        {"medium_no": "MD-002", "classification": "非涉密"},
    ]
    pdf = engine.render(d, {"rows": rows}, CONTEXT)
    with pdfplumber.open(BytesIO(pdf)) as doc:
        big = [c for c in doc.pages[0].chars if c["text"] in "涉密" and c["size"] >= 10]
    assert "".join(c["text"] for c in big) == "涉密"  # once, large: only the classified label


def _barcodes(pdf: bytes, tmp_path: Path) -> list[str]:
    if not shutil.which("zbarimg"):
        pytest.skip("zbar-tools missing")
    (tmp_path / "b.pdf").write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", str(tmp_path / "b.pdf"),
         str(tmp_path / "page")],
        check=True,
    )  # fmt: skip
    image = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", str(image)], capture_output=True, text=True)
    return [line.split(":", 1)[1] for line in out.stdout.splitlines()]


@pytest.mark.parametrize(
    "form_id", ["appraisal_form", "periodic_review", "customer_survey", "visit_report"]
)
def test_the_archive_number_is_a_barcode_on_annexes_1_2_4_5(
    form_id: str, services: Services, office: Office, tmp_path: Path
) -> None:
    [file] = register(services, office.archivist)
    pdf = services.customers.forms.render(office.staff, form_id, file.id)
    assert _barcodes(pdf, tmp_path) == [file.archive_number]


def test_forms_of_a_void_file_are_marked_void(
    services: Services, office: Office, tmp_path: Path
) -> None:
    [live, void] = register(services, office.archivist, 2)
    services.customers.files.void(office.gm, void.id, "重複建檔")
    forms = services.customers.forms
    for form_id in ("customer_registration", "customer_survey", "visit_report"):
        with pdfplumber.open(BytesIO(forms.render(office.staff, form_id, void.id))) as doc:
            for page in doc.pages:
                assert [c for c in page.chars if c["text"] == "廢" and c["size"] > 50], form_id
        with pdfplumber.open(BytesIO(forms.render(office.staff, form_id, live.id))) as doc:
            assert not [c for p in doc.pages for c in p.chars if c["size"] > 50]
