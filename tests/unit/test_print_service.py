"""PrintService (R-PRN, R-AUD-1): everyone may print; a preview writes nothing; every print and
every save is in the operation log; the page carries the log's head at printing time."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.domain.common.errors import AccountDisabled
from records_desk.domain.common.roles import Role
from records_desk.printing.data import FormDataError
from records_desk.printing.definitions import UnknownForm
from records_desk.services.common.dto import AuditFilter, Principal
from records_desk.services.container import Services
from tests.integration.test_pdf_engine import needs_poppler, page_texts


def log_size(services: Services, gm: Principal) -> int:
    return services.audit.count(gm, AuditFilter())


def test_a_preview_writes_nothing_to_the_log(services: Services, gm: Principal) -> None:
    before = log_size(services, gm)
    printed = services.printing.render(gm, "loan_slip")
    assert printed.pdf.startswith(b"%PDF") and printed.pages == 1
    assert (printed.form_id, printed.title_zh) == ("loan_slip", "借閱單")
    assert log_size(services, gm) == before


def test_every_print_and_every_save_is_audited_R_AUD_1(
    services: Services, principals: dict[Role, Principal], gm: Principal
) -> None:
    clerk = principals[Role.RECEPTION_CLERK]
    services.printing.record_print(clerk, "visitor_sheet", pages=2, copies=3, printer="HP 前台")
    services.printing.record_save(clerk, "visitor_sheet", Path("/tmp/來訪.pdf"), pages=2)
    saved, printed = services.audit.page(gm, AuditFilter(action="form."), 0, 2)
    assert (printed.action, printed.account, printed.entity_id) == (
        "form.print",
        clerk.username,
        "visitor_sheet",
    )
    assert printed.details == {
        "form": "visitor_sheet",
        "pages": 2,
        "copies": 3,
        "printer": "HP 前台",
    }
    assert saved.action == "form.save" and saved.details["path"] == "/tmp/來訪.pdf"
    assert services.audit.verify(gm).intact


@needs_poppler
def test_the_page_shows_the_audit_head_at_printing_time_R_AUD(
    services: Services, gm: Principal, tmp_path: Path
) -> None:
    head = services.audit.page(gm, AuditFilter(), 0, 1)[0]
    text = "".join(page_texts(services.printing.render(gm, "loan_register").pdf, tmp_path))
    assert f"#{head.seq} {head.hash[:12]}" in text
    assert "王總 (boss)" in text


def test_every_role_may_print_but_not_a_disabled_account(
    services: Services, principals: dict[Role, Principal], gm: Principal
) -> None:
    for actor in principals.values():
        assert services.printing.render(actor, "media_slip").pages >= 1
    services.accounts.disable(gm, "staff", "left the company")
    with pytest.raises(AccountDisabled):
        services.printing.render(principals[Role.STAFF], "media_slip")


def test_bad_requests_are_refused_with_what_is_wrong(services: Services, gm: Principal) -> None:
    with pytest.raises(UnknownForm):
        services.printing.render(gm, "no_such_form")
    with pytest.raises(FormDataError, match=r"^header\.borower: unknown field"):
        services.printing.render(gm, "loan_slip", {"header": {"borower": "陳大文"}})


def test_list_forms_for_the_print_menu(services: Services) -> None:
    forms = services.printing.list_forms()
    ids = [f.id for f in forms]
    assert ids == sorted(ids) and {"loan_slip", "loan_register", "media_labels"} <= set(ids)
    slip = next(f for f in forms if f.id == "loan_slip")
    assert (slip.title_zh, slip.title_en, slip.kind) == ("借閱單", "File loan slip", "form")
    assert next(f for f in forms if f.id == "media_labels").kind == "labels"


def test_a_forms_folder_of_its_own(services: Services, gm: Principal, tmp_path: Path) -> None:
    from records_desk.services.common.printing import PrintService

    (tmp_path / "memo.toml").write_text(
        'id = "memo"\ntitle_zh = "備忘錄"\ntitle_en = "Memo"\n', encoding="utf-8"
    )
    printing = PrintService(services.ctx, tmp_path)
    assert [f.id for f in printing.list_forms()] == ["memo"]
    assert printing.render(gm, "memo").pages == 1


def test_label_sheets_use_the_label_grid_of_the_settings_R_MED_8(
    services: Services, gm: Principal
) -> None:
    pytest.importorskip("records_desk.printing.labels")
    from records_desk.services.common.printing import PrintService
    from records_desk.settings import Options
    from tests.conftest import cheap_settings

    rows = {"rows": [{"medium_no": f"M-{i:04d}", "classification": "涉密"} for i in range(20)]}
    assert services.printing.render(gm, "media_labels", rows).pages == 1  # 3x8 by default
    two_by_seven = cheap_settings(**{Options.LABEL_COLUMNS.key: 2, Options.LABEL_ROWS.key: 7})
    printing = PrintService(services.ctx, settings=two_by_seven)
    assert printing.render(gm, "media_labels", rows).pages == 2
    assert printing.render_calibration(gm).pages == 1
