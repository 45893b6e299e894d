"""The printed forms in forms/*.toml (R-PRN): every form SPEC lists is defined, loads, and carries
the fields the regulations name; a misspelt setting is refused with the field named."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from records_desk.printing import definitions
from records_desk.printing.definitions import FormDefinition, FormDefinitionError

ROOT = Path(__file__).resolve().parents[2]
FORMS = ROOT / "forms"
SAMPLES = ROOT / "docs" / "forms" / "data"

# id -> Chinese title as SPEC's R-PRN list names it (other code refers to these ids).
TITLES = {
    "visitor_sheet": "客戶來訪登記表",
    "phone_enquiry_sheet": "來電登記表",
    "loan_register": "檔案借閱登記表",
    "loan_overdue": "逾期未還檔案清單",  # R-LOAN-8, issue 11
    "fairness_report": "接待公平性報表",  # R-REC-13, issue 12
    "loan_slip": "借閱單",
    "media_slip": "介質借用單",
    "media_register": "移動存儲介質登記表",
    "media_labels": "移動存儲介質標籤",
    "folder_labels": "檔案夾標籤",
    "appraisal_form": "銷售客戶審核評價表",
    "periodic_review": "銷售客戶階段評價表",
    "blacklist": "銷售客戶黑名單",
    "customer_survey": "銷售客戶情況調查表",
    "visit_report": "銷售客戶拜訪總結報告",
    "handover_record": "交接清單",
    "customer_registration": "客戶檔案登記表",
    "key_recovery": "資料庫金鑰復原單",
    "key_recovery_server": "機構金鑰復原單",  # issue 15: a server office's sheet
    "media_disposal": "移動存儲介質報廢(銷毀)記錄",  # R-MED-7, issue 13 §6
    "media_repair": "移動存儲介質維修交接單",  # R-MED-6
    "media_stocktake": "移動存儲介質盤點報告",  # issue 13 §4
}
# label forms -> the column printed as a barcode on each label
LABEL_FORMS = {"media_labels": "medium_no", "folder_labels": "archive_no"}
MEDIA_TYPES = ("硬碟", "軟碟", "隨身碟", "光碟", "磁帶", "記憶卡")
CJK = re.compile(r"[\u4e00-\u9fff]")


def form(form_id: str) -> FormDefinition:
    return definitions.load_file(FORMS / f"{form_id}.toml")


def labelled(items, pattern: str):
    """The items whose Chinese label matches the pattern."""
    return [item for item in items if re.search(pattern, item.label_zh)]


def test_every_form_exists_and_loads_and_nothing_else_is_there():
    loaded = {d.id: d for d in definitions.list_forms(FORMS)}
    assert set(loaded) == set(TITLES)
    for path in FORMS.glob("*.toml"):
        assert loaded[path.stem].id == path.stem
        assert loaded[path.stem].source == path.name


def test_the_app_finds_the_forms_through_load_form():
    for form_id in TITLES:
        assert definitions.load_form(form_id).id == form_id


@pytest.mark.parametrize("form_id", sorted(TITLES))
def test_title_matches_spec_and_every_label_is_bilingual(form_id):
    d = form(form_id)
    assert d.title_zh == TITLES[form_id]
    assert d.title_en.strip()
    parts = [*d.header, *(d.table.columns if d.table else ()), *d.sections, *d.signatures]
    assert parts, "a form with nothing on it"
    for part in parts:
        assert CJK.search(part.label_zh), f"{form_id}.{part.key}: label_zh is not Chinese"
        assert part.label_en.strip() and not CJK.search(part.label_en), f"{form_id}.{part.key}"
    if d.footer_zh:
        assert d.footer_en.strip()


@pytest.mark.parametrize("form_id", sorted(TITLES))
def test_keys_are_unique_within_each_part(form_id):
    d = form(form_id)
    for part in (d.header, d.table.columns if d.table else (), d.sections, d.signatures):
        keys = [p.key for p in part]
        assert len(keys) == len(set(keys)), f"{form_id}: duplicate key"


def test_loan_register_has_the_regulations_four_fields():
    """第一篇 第六章2: 借閱人的姓名、借閱內容、借閱時間、歸檔時間 (R-LOAN-1), plus the due time."""
    d = form("loan_register")
    assert d.orientation == "landscape"
    columns = d.table.columns
    for pattern in ("借閱人姓名", "借閱內容", "借閱時間", "歸[還檔]", "應還時間"):
        assert labelled(columns, pattern), f"loan_register has no column {pattern}"
    for pattern in ("借閱人姓名", "借閱內容", "借閱時間"):
        assert all(c.required for c in labelled(columns, pattern)), pattern
    times = labelled(columns, "時間")
    assert times and all(c.type == "datetime" for c in times)
    # R-LOAN-5: the archivist confirms the file went back to its place.
    assert labelled(columns, "歸位")


def test_loan_slip_has_signatures_and_a_barcoded_loan_number():
    d = form("loan_slip")
    signatures = {s.key: s for s in d.signatures}
    assert {"borrower", "archivist", "approver"} <= set(signatures)
    assert "借閱人" in signatures["borrower"].label_zh
    assert "檔案管理員" in signatures["archivist"].label_zh
    assert d.record_number == "loan_no" and d.barcode == "code128+qr"  # issue 11: and QR
    header = {f.key: f for f in d.header}
    assert header["loan_no"].required
    # R-LOAN-2/3: where it is read, internal or external, and who approved an external loan.
    assert set(header["place"].choices) == {"檔案室", "辦公室", "帶出"}
    assert set(header["borrower_type"].choices) == {"內部", "外部"}
    assert "approver" in header and "due_time" in header
    assert [c.key for c in d.table.columns][:2] == ["archive_no", "title"]
    assert {s.key for s in d.sections} == {"purpose"}


def test_media_forms_use_taiwan_terms_and_the_two_classifications():
    for form_id in ("media_slip", "media_register", "media_labels"):
        d = form(form_id)
        fields = {f.key: f for f in (*d.header, *(d.table.columns if d.table else ()))}
        assert fields["media_type"].choices == MEDIA_TYPES, form_id
        assert set(fields["classification"].choices) == {"涉密", "非涉密"}, form_id
        assert fields["medium_no"].required, form_id
    slip = form("media_slip")
    assert slip.record_number == "slip_no"
    assert {"borrower", "dept_approver", "archivist"} <= {s.key for s in slip.signatures}
    assert {"consent_by", "loan_time", "return_time"} <= {f.key for f in slip.header}
    register = {c.key for c in form("media_register").table.columns}
    # R-MED-2: issued only after a security label, registration, encryption and a virus check.
    assert {"label_no", "encrypted", "virus_check", "registered", "custodian", "status"} <= register


@pytest.mark.parametrize("form_id", sorted(LABEL_FORMS))
def test_label_forms_have_fields_and_a_barcode(form_id):
    d = form(form_id)
    assert d.kind == "labels" and d.labels is not None
    columns = [c.key for c in d.table.columns]
    assert d.labels.fields and set(d.labels.fields) <= set(columns)
    assert d.labels.barcode_field in columns
    assert d.labels.barcode_field == LABEL_FORMS[form_id]


def test_only_label_forms_are_labels():
    for form_id in TITLES:
        assert (form(form_id).kind == "labels") == (form_id in LABEL_FORMS)


def test_visitor_sheet_records_why_each_visitor_went_to_whom():
    d = form("visitor_sheet")
    assert d.orientation == "landscape" and d.rule == "R-REC-11"
    columns = {c.key: c for c in d.table.columns}
    assert columns["visitor_type"].choices == ("新客戶", "舊客戶")
    assert columns["assigned_by"].choices == ("輪序", "指定", "舊客戶", "轉介", "義務接待")
    assert {"time_in", "visitor", "phone", "party_size", "consultant", "notes"} <= set(columns)
    assert {"visit_date", "clerk", "reviewed_by", "reviewed_at"} <= {f.key for f in d.header}
    assert [s.key for s in d.signatures] == ["clerk_review"]


def test_grading_forms():
    appraisal = form("appraisal_form")
    columns = {c.key: c for c in appraisal.table.columns}
    assert {"criterion", "weight", "score", "weighted", "remarks"} <= set(columns)
    assert columns["weight"].type == "number" and columns["weighted"].type == "number"
    header = {f.key: f for f in appraisal.header}
    assert header["proposed_grade"].choices == ("VIP", "優選", "合格")
    review = form("periodic_review")
    header = {f.key: f for f in review.header}
    assert header["current_grade"].choices == ("VIP", "優選", "合格")
    assert {"period_from", "period_to", "proposed_grade"} <= set(header)
    assert "problems" in {s.key for s in review.sections}
    assert {"evaluator", "dept_head"} <= {s.key for s in review.signatures}
    blacklist = form("blacklist")
    assert blacklist.orientation == "landscape"
    columns = {c.key: c for c in blacklist.table.columns}
    assert set(columns["scope"].choices) == {"公司", "部門"}
    assert columns["valid_until"].type == "date" and columns["lifted_on"].type == "date"
    assert {"customer", "id_no", "reason", "listed_from", "decided_by"} <= set(columns)


def test_survey_has_the_seven_areas_and_visit_report_the_three_things_to_record():
    """第五篇 6.2 names seven areas, in this order; the surveyor's assessment may follow."""
    survey = [s.key for s in form("customer_survey").sections]
    assert survey[:7] == [
        "basic",
        "operations",
        "staff",
        "organisation",
        "product_flow",
        "contract_history",
        "purchase_channels",
    ]
    report = form("visit_report")
    sections = {s.key for s in report.sections}
    assert {"latest_needs", "opinions", "suggestions", "follow_up"} <= sections
    # 第五篇 7.2: the three kinds of visit.
    assert {f.key: f for f in report.header}["visit_type"].choices == (
        "走訪",
        "客戶懇談會",
        "產品推介會",
    )
    assert {"customer", "visit_date", "visitors", "contact"} <= {f.key for f in report.header}


def test_handover_lists_open_loans_and_issued_media():
    d = form("handover_record")
    assert d.record_number == "handover_no"
    columns = {c.key: c for c in d.table.columns}
    assert set(columns["item_kind"].choices) == {"檔案借閱", "移動存儲介質"}
    assert {"number", "description", "holder", "due", "status"} <= set(columns)
    assert {"from_archivist", "to_archivist", "reason", "period", "handover_date"} <= {
        f.key for f in d.header
    }
    assert [s.key for s in d.signatures] == ["handing_over", "receiving", "supervisor"]


def minimal(**extra) -> dict:
    return {"id": "demo", "title_zh": "示範", "title_en": "Demo", **extra}


def test_a_typo_in_a_setting_is_refused_naming_the_field():
    raw = minimal(
        table={
            "columns": [{"key": "content", "label_zh": "內容", "label_en": "Content", "widht": 3}]
        }
    )
    with pytest.raises(FormDefinitionError) as caught:
        definitions.parse(raw, "demo.toml")
    assert caught.value.file == "demo.toml"
    assert caught.value.where == "table.columns[0].widht"
    assert "widht" in str(caught.value)


def test_a_typo_at_the_top_level_and_a_bad_value_are_refused():
    with pytest.raises(FormDefinitionError) as caught:
        definitions.parse(minimal(orientaton="landscape"), "demo.toml")
    assert caught.value.where == "orientaton"
    with pytest.raises(FormDefinitionError) as caught:
        definitions.parse(minimal(orientation="sideways"), "demo.toml")
    assert caught.value.where == "orientation"
    with pytest.raises(FormDefinitionError) as caught:
        definitions.parse(minimal(record_number="loan_no"), "demo.toml")
    assert caught.value.where == "record_number"


def test_every_definition_file_survives_a_round_trip_through_parse():
    """The TOML files hold only settings the loader knows (a stray key would be refused)."""
    import tomllib

    for path in sorted(FORMS.glob("*.toml")):
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
        assert definitions.parse(raw, path.name) == form(path.stem)


@pytest.mark.parametrize("form_id", sorted(TITLES))
def test_the_sample_data_of_the_contact_sheet_still_fills_the_form(form_id):
    """docs/forms/data/*.json (the contact sheet, CLI examples) keeps up with the definitions."""
    data = pytest.importorskip("records_desk.printing.data")
    sample = json.loads((SAMPLES / f"{form_id}.json").read_text(encoding="utf-8"))
    filled = data.validate(form(form_id), sample)
    assert filled.rows or filled.header


def test_media_record_forms_have_their_signatures_and_record_numbers_R_MED_6_R_MED_7():
    """Issue 13 §6: the disposal record signed by who disposed, the witness and the security
    office; the repair hand-over by who handed it over, the repair unit and the IT office; the
    stocktake report by the archivist and the supervisor."""
    expected = {
        "media_disposal": ["disposed_by", "witness", "security_office"],
        "media_repair": ["handed_over", "repair_receiver", "it_office"],
        "media_stocktake": ["archivist", "supervisor"],
    }
    for form_id, signatures in expected.items():
        d = form(form_id)
        assert [s.key for s in d.signatures] == signatures, form_id
        assert d.record_number and d.barcode == "code128", form_id
    disposal = {c.key: c for c in form("media_disposal").table.columns}
    assert {"medium_no", "classification", "method", "place", "on", "certificate"} <= set(disposal)
    assert "出售" not in "".join(disposal["method"].choices)  # R-MED-7: never sold
    repair = {f.key for f in form("media_repair").header}
    assert {"repair_unit", "backed_up", "wiped", "sent_on", "returned_on", "virus_check"} <= repair
    stocktake = form("media_stocktake")
    assert set(stocktake.table.columns[1].choices) == {"缺失", "帳外", "重複掃描", "待盤點"}
    assert {"expected", "found", "missing", "unexpected", "twice"} <= {
        f.key for f in stocktake.header
    }
