"""Finding 8 of the new-user try (2026-12-05): forms printed by id and 附件 number but not by
the Chinese names `forms list` shows — 借閱單, 客戶來訪登記表, 交接清單 gave "unknown form" (in
English). Every name the list shows is accepted now, and an unknown one is refused in the
user's language, naming the forms by their titles."""

from __future__ import annotations

from pathlib import Path

import pytest

from records_desk.cli.forms import form_id_of
from records_desk.printing.definitions import list_forms
from tests.integration.cli_runner import init_office, run


def test_every_title_forms_list_shows_names_its_form() -> None:
    assert form_id_of("借閱單") == "loan_slip"
    assert form_id_of("客戶來訪登記表") == "visitor_sheet"
    assert form_id_of("交接清單") == "handover_record"
    assert form_id_of("附件1 銷售客戶審核評價表") == "appraisal_form"
    assert form_id_of("File loan slip") == "loan_slip"
    for d in list_forms():
        assert form_id_of(d.title_zh) == d.id
        assert form_id_of(f" {d.title_zh}　{d.title_en} ") == d.id
    assert form_id_of("借閱") == "借閱"  # no such form: refused by name later


@pytest.mark.parametrize("title", ["借閱單", "客戶來訪登記表", "交接清單"])
def test_a_form_prints_by_its_chinese_title(
    title: str,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    init_office(capsys, monkeypatch, db_path)
    out = tmp_path / "form.pdf"
    argv = ["--db", str(db_path), "--user", "boss", "print", title, "--blank", "-o", str(out)]
    code, stdout, err = run(capsys, *argv)
    assert (code, err) == (0, "") and out.read_bytes().startswith(b"%PDF")
    assert stdout.startswith("已寫入")


def test_an_unknown_form_is_refused_in_the_users_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "print", "借閱", "--blank", "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and err.count("\n") == 1
    assert err.startswith("records-desk: 「借閱」：沒有這個表單；可列印的表單：")
    assert "loan_slip（借閱單）" in err and "unknown" not in err
