"""Customer-file forms printed from the database (issue 4 item 12, R-PRN): the registration
sheet and 附件1, 2, 4, 5 for a customer, 附件3 for the blacklist — read back from the PDF with
pdftotext, as a user would read the page. Data is made through the services."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from records_desk.domain.common.errors import AccountDisabled, PermissionDenied
from records_desk.domain.common.permissions import MATRIX, Action
from records_desk.domain.common.roles import Role
from records_desk.domain.customers.blacklist import BlacklistScope
from records_desk.domain.customers.file_errors import CustomerNotFound
from records_desk.domain.customers.vocabulary import Grade, RecordType
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.customers.dto import CustomerInfo
from records_desk.services.customers.forms import (
    FormNotApplicable,
    FormRecordNotFound,
    NotACustomerForm,
)
from tests.conftest import GM_PASSWORD, Clock
from tests.integration.test_cli import run
from tests.unit.customer_fixtures import Office, audit_trail, office, register

__all__ = ["office"]  # the fixture

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils missing")


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "form.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout


def one_file(services: Services, office: Office, **changes: object) -> CustomerInfo:
    return register(services, office.archivist, **changes)[0]


def test_registration_sheet_shows_archive_number_shelf_and_the_whole_file_R_CUS_2(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office, shelf_location="B-07-02", prospect_level=None)
    text = text_of(
        services.customers.forms.render(office.archivist, "customer_registration", file.id),
        tmp_path,
    )
    assert "客戶檔案登記表" in text
    for shown in (
        file.archive_number,
        "B-07-02",
        "林記貿易有限公司",
        "成交銷售客戶資料",
        "合格",  # new admitted files start as 合格
        "04595257",
        "0912-345-678",
        "台北市中山區南京東路二段100號",
        "2026-11-26",  # event day (R-CUS-5)
        "2026-11-27",  # entered
        "具有良好的商業信譽",  # R-GRD-1 checklist, ticked
        "✓",
        "檔案管理員",
    ):
        assert shown in text, shown
    assert text.count("✓") == 6


def test_registration_sheet_marks_a_blacklisted_file_R_GRD_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    entry = services.customers.blacklist.add(
        office.director, file.id, BlacklistScope.COMPANY, None, "拖欠貨款"
    )
    text = text_of(
        services.customers.forms.render(office.staff, "customer_registration", file.id), tmp_path
    )
    assert f"是（有效期至 {entry.last_day.isoformat()}）" in text


def test_periodic_review_shows_scores_problems_and_the_downgrade_R_GRD_3(
    services: Services, office: Office, clock: Clock, tmp_path: Path
) -> None:
    files = register(services, office.archivist, 7)  # 1 VIP of 7 stays within the 15 % cap
    vip = files[0]
    services.customers.grading.change_grade(office.manager, vip.id, Grade.VIP, "top buyer")
    clock.advance(hours=1)
    services.customers.reviews.record_review(
        office.manager,
        vip.id,
        date(2026, 11, 27),
        {
            "contract": {"score": 70, "weight": 40, "comment": "兩次延後提貨"},
            "payment": {"score": 55, "weight": 40, "comment": "貨款逾期45天"},
            "good_faith": {"score": 90, "weight": 20},
        },
        problems="付款不及時（逾期45天）",
        result_grade=Grade.PREFERRED,
    )
    clock.advance(hours=1)
    services.customers.grading.change_grade(office.manager, vip.id, Grade.PREFERRED, "R-GRD-4")
    data = services.customers.forms.data_for(office.staff, "periodic_review", vip.id)
    header = data["header"]
    assert (header["current_grade"], header["proposed_grade"], header["grade_change"]) == (
        "VIP",
        "優選",
        "降級",
    )
    assert (header["total_score"], header["effective_date"], header["next_review"]) == (
        "68",
        "2026-11-27",
        "2027-05-27",
    )
    text = text_of(
        services.customers.forms.render(office.staff, "periodic_review", vip.id), tmp_path
    )
    for shown in (
        "銷售客戶階段評價表",
        vip.archive_number,
        "林記貿易有限公司",
        "合同履約情況",
        "貨款支付情況",
        "誠信情況",
        "貨款逾期45天",
        "付款不及時（逾期45天）",
        "降級",
        "Sam",  # the reviewer's full name
        "2027-05-27",
    ):
        assert shown in text, shown


def test_periodic_review_without_a_review_is_the_customers_part_to_fill_by_hand_R_GRD_3(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    data = services.customers.forms.data_for(office.manager, "periodic_review", file.id)
    assert data["header"]["customer"] == "林記貿易有限公司"
    assert data["header"]["current_grade"] == "合格"
    assert "rows" not in data and "evaluator" not in data["header"]
    text = text_of(
        services.customers.forms.render(office.manager, "periodic_review", file.id), tmp_path
    )
    assert file.archive_number in text and "評價項目" in text


def test_grading_forms_refuse_an_ungraded_file_and_a_record_of_another_R_GRD_3(
    services: Services, office: Office
) -> None:
    internal = one_file(services, office, record_type=RecordType.INTERNAL)
    with pytest.raises(FormNotApplicable):
        services.customers.forms.data_for(office.staff, "periodic_review", internal.id)
    offered = [f.form_id for f in services.customers.forms.printable(office.staff, internal.id)]
    assert offered == ["customer_registration", "customer_survey", "visit_report"]
    a, b = register(services, office.archivist, 2)
    review = services.customers.reviews.record_review(
        office.manager, a.id, date(2026, 11, 27), {"payment": 9}
    )
    with pytest.raises(FormRecordNotFound):
        services.customers.forms.data_for(
            office.staff, "periodic_review", b.id, record_id=review.id
        )
    with pytest.raises(NotACustomerForm):
        services.customers.forms.data_for(office.staff, "loan_slip", a.id)
    with pytest.raises(NotACustomerForm):
        services.customers.forms.data_for(office.staff, "blacklist", a.id)


def test_visit_report_shows_the_latest_needs_opinions_and_suggestions_R_CUS_8(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    services.customers.reviews.record_visit(
        office.consultant,
        file.id,
        date(2026, 11, 20),
        "每月例行走訪",
        {"needs": "舊的需求", "opinions": "", "suggestions": ""},
    )
    services.customers.reviews.record_visit(
        office.consultant,
        file.id,
        date(2026, 11, 26),
        "了解第四季度採購計劃",
        {
            "needs": "明年第一季增購碳纖維足板30組",
            "opinions": "交貨週期偏長",
            "suggestions": "院內舉辦技術說明會",
            "visit_type": "visit",
            "follow_up": "12月5日前寄送樣品",
        },
    )
    text = text_of(services.customers.forms.render(office.staff, "visit_report", file.id), tmp_path)
    for shown in (
        "銷售客戶拜訪總結報告",
        file.archive_number,
        "林記貿易有限公司",
        "合格",
        "2026-11-26",
        "走訪",
        "Carl",
        "了解第四季度採購計劃",
        "明年第一季增購碳纖維足板30組",
        "交貨週期偏長",
        "院內舉辦技術說明會",
        "12月5日前寄送樣品",
    ):
        assert shown in text, shown
    assert "舊的需求" not in text  # the newest visit unless another is asked for


def test_blacklist_lists_only_the_entries_asked_for_R_GRD_5(
    services: Services, office: Office, tmp_path: Path
) -> None:
    files = register(services, office.archivist, 3)
    forms = services.customers.forms
    bl = services.customers.blacklist
    bl.add(office.director, files[0].id, BlacklistScope.COMPANY, None, "偽造付款憑證")
    bl.add(office.director, files[1].id, BlacklistScope.DEPARTMENT, "台北一部", "拒絕履行合同")
    lifted = bl.add(office.director, files[2].id, BlacklistScope.DEPARTMENT, "台中二部", "轉售")
    bl.lift(office.director, lifted.id, "誤列")

    in_force = forms.data_for(office.staff, "blacklist")
    assert [r["reason"] for r in in_force["rows"]] == ["偽造付款憑證", "拒絕履行合同"]
    assert in_force["header"]["prepared_by"] == "Stan"
    text = text_of(forms.render(office.staff, "blacklist"), tmp_path)
    for shown in (
        "銷售客戶黑名單",
        files[0].archive_number,
        "偽造付款憑證",
        "公司",
        "台北一部",
        "2026-11-27",  # listed from
        "2027-05-26",  # valid until (6 months)
        "04595257",
        "Dora",  # decided by
    ):
        assert shown in text, shown
    assert "轉售" not in text

    every = forms.data_for(office.staff, "blacklist", all_entries=True)
    assert [r["lifted_on"] for r in every["rows"]] == ["", "", "2026-11-27"]
    taichung = forms.data_for(office.staff, "blacklist", all_entries=True, department="台中二部")
    assert [r["reason"] for r in taichung["rows"]] == ["偽造付款憑證", "轉售"]
    later = forms.data_for(office.staff, "blacklist", on=date(2027, 6, 1))
    assert later["rows"] == [] and later["header"]["in_force_on"] == "2027-06-01"
    # 附件3's scope and its filing date are two fields: in force on a day, or every entry
    assert later["header"]["entries"] == "有效名單"
    assert later["header"]["report_date"] == "2026-11-27"  # the day it is filed
    assert every["header"]["entries"] == "全部紀錄" and every["header"]["in_force_on"] == ""


def test_appraisal_form_shows_the_weighted_evaluation_R_GRD_3(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    forms = services.customers.forms
    unscored = forms.data_for(office.manager, "appraisal_form", file.id)
    assert [(r["criterion"], r["weight"]) for r in unscored["rows"]][:2] == [
        ("業務合作量", 25),
        ("應收款情況", 20),
    ]
    assert "score" not in unscored["rows"][0]  # to be scored by hand
    scores = {
        "business_volume": 9,
        "receivables": 10,
        "reputation": 8,
        "loyalty": 7,
        "scale": 6,
        "partnership": 10,
    }
    evaluation = services.customers.evaluations.record_evaluation(
        office.manager, file.id, date(2026, 11, 26), scores, opinion="合作穩定、付款及時"
    )
    data = forms.data_for(office.staff, "appraisal_form", file.id)
    assert data["header"]["total_score"] == str(evaluation.total) == "85.00"
    assert data["header"]["proposed_grade"] == "VIP"
    assert data["rows"][0] == {
        "criterion": "業務合作量",
        "standard": data["rows"][0]["standard"],
        "weight": 25,
        "score": 9,
        "weighted": "22.50",
    }
    text = text_of(forms.render(office.staff, "appraisal_form", file.id), tmp_path)
    for shown in (
        "銷售客戶審核評價表",
        file.archive_number,
        "林記貿易有限公司",
        "台北一部",
        "業務合作量",
        "長期合作意願",
        "22.50",
        "85.00",
        "2026-11-26",
        "Sam",  # the evaluator's full name
        "合作穩定、付款及時",
        "具有良好的商業信譽",  # the admission checklist as recorded (R-GRD-1)
    ):
        assert shown in text, shown


def test_survey_shows_the_seven_areas_and_the_heads_facts_R_CUS_7(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    empty = services.customers.forms.data_for(office.consultant, "customer_survey", file.id)
    assert empty["header"]["contact"] == "林志明" and "sections" not in empty
    services.customers.evaluations.record_survey(
        office.consultant,
        file.id,
        date(2026, 11, 25),
        {"basic": "營業執照及許可證均有效", "product_flow": "七成供應醫院復健科"},
        assessment="符合準入基本條件，建議評定為優選類客戶",
        facts={
            "legal_rep": "林德昌",
            "customer_type": "經銷商",
            "established": "2008-04-01",
            "capital": 30000000,
        },
    )
    pdf = services.customers.forms.render(office.staff, "customer_survey", file.id)
    text = text_of(pdf, tmp_path)
    for shown in (
        "銷售客戶情況調查表",
        file.archive_number,
        "林記貿易有限公司",
        "04595257",
        "林志明",
        "林德昌",
        "經銷商",
        "2008-04-01",
        "30,000,000.00",
        "2026-11-25",
        "營業執照及許可證均有效",
        "七成供應醫院復健科",
        "建議評定為優選類客戶",
    ):
        assert shown in text, shown


def test_appraisal_and_survey_without_records_print_the_customers_part_R_GRD_3_R_CUS_7(
    services: Services, office: Office, tmp_path: Path
) -> None:
    file = one_file(services, office)
    forms = services.customers.forms
    appraisal = text_of(forms.render(office.manager, "appraisal_form", file.id), tmp_path)
    for shown in ("銷售客戶審核評價表", file.archive_number, "林記貿易有限公司", "台北一部"):
        assert shown in appraisal, shown
    assert "具有良好的商業信譽" in appraisal
    survey = text_of(forms.render(office.consultant, "customer_survey", file.id), tmp_path)
    for shown in ("銷售客戶情況調查表", file.archive_number, "04595257", "林志明"):
        assert shown in survey, shown


def test_staff_print_the_files_they_may_view_and_the_print_is_audited_R_AUD_1(
    services: Services, office: Office, gm: Principal, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = one_file(services, office)
    printed = services.customers.forms.printed(office.staff, "customer_registration", file.id)
    assert printed.pages == 1 and printed.pdf.startswith(b"%PDF")
    assert audit_trail(services, gm, "form.") == []  # a preview is not a print
    services.printing.record_print(
        office.staff, printed.form_id, printed.pages, 1, "HP-1", subject=printed.subject
    )
    [entry] = audit_trail(services, gm, "form.print")
    # the entry is the file's: its history shows who printed what of it
    assert (entry.account, entry.entity_type, entry.entity_id) == ("stan", "customer", str(file.id))
    assert entry.details["form"] == "customer_registration"
    assert file.archive_number in entry.summary
    with pytest.raises(CustomerNotFound):
        services.customers.forms.render(office.staff, "customer_registration", 9999)
    # the data is read through the viewing permission, not only the printing one: were staff
    # ever kept from the files, their prints would be refused too
    narrowed = MATRIX[Action.CUSTOMER_VIEW] - {Role.STAFF}
    with monkeypatch.context() as m:
        m.setitem(MATRIX, Action.CUSTOMER_VIEW, narrowed)
        for form_id in ("customer_registration", "visit_report"):
            with pytest.raises(PermissionDenied):
                services.customers.forms.render(office.staff, form_id, file.id)
        with pytest.raises(PermissionDenied):
            services.customers.forms.render(office.staff, "blacklist")
        services.printing.render(office.staff, "visit_report")  # a blank form still prints
    services.accounts.disable(gm, "stan")
    with pytest.raises(AccountDisabled):
        services.customers.forms.render(office.staff, "customer_registration", file.id)
    assert audit_trail(services, gm, "permission.denied")[-1].details["action"] == "customer.view"


# --- the command line --------------------------------------------------------------------


def cli(db_path: Path, *argv: str) -> list[str]:
    return ["--db", str(db_path), "--user", "boss", "print", *argv]


@pytest.mark.sqlite_only(reason="the command line on the database file of the fixture")
def test_cli_prints_a_customer_form_by_archive_number_and_audits_the_save_R_AUD_1(
    services: Services,
    office: Office,
    gm: Principal,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    file = one_file(services, office)
    out = tmp_path / "reg.pdf"
    argv = cli(db_path, "customer_registration", "--customer", file.archive_number, "-o", str(out))
    code, stdout, err = run(capsys, *argv)
    assert (code, err) == (0, "") and stdout.startswith(f"已寫入 {out}")
    assert file.archive_number in text_of(out.read_bytes(), tmp_path)
    [saved] = audit_trail(services, gm, "form.save")
    assert saved.details["form"] == "customer_registration" and saved.account == "boss"
    assert saved.details["subject_label"] == file.archive_number

    services.customers.blacklist.add(gm, file.id, BlacklistScope.COMPANY, None, "偽造付款憑證")
    listed = tmp_path / "bl.pdf"
    code, _, err = run(
        capsys, *cli(db_path, "blacklist", "--entries", "in-force", "-o", str(listed))
    )
    assert (code, err) == (0, "")
    assert "偽造付款憑證" in text_of(listed.read_bytes(), tmp_path)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["visit_report", "--customer", "CS-2099-99999"],
            "沒有編號為 CS-2099-99999 的客戶檔案",  # a domain error: in the office's language
        ),
        (["visit_report", "--entries", "all"], "visit_report 需要 --customer 檔案編號"),
        (["blacklist", "--customer", "CS-2026-00001"], "黑名單是整份名單"),
        (["loan_slip", "--customer", "CS-2026-00001"], "loan_slip：不是由客戶檔案填寫的表單"),
        (["visit_report", "--customer", "X", "--blank"], "不可同時使用 --list、--blank、--data"),
    ],
)
@pytest.mark.sqlite_only(reason="the command line on the database file of the fixture")
def test_cli_refuses_what_it_cannot_fill_and_leaves_no_file(
    gm: Principal,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.setenv("RECORDS_DESK_PASSWORD", GM_PASSWORD)
    out = tmp_path / "x.pdf"
    code, _, err = run(capsys, *cli(db_path, *argv, "-o", str(out)))
    assert code == 2 and message in err and err.count("\n") == 1
    assert not out.exists()
