"""Finding 1 of the import's first real use (issue 10 §1, R-GRD-1): a list with no admission
column must not give its files a checklist with every criterion met. The file is written (a
missing field is never a refusal), its checklist is *not recorded* (empty), the preview and the
command line say how many files will have none, data quality lists each as "admission
checklist not recorded" until someone records it, and the printed 附件1 shows empty boxes.
Hand entry keeps refusing an incomplete checklist."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text

from records_desk.domain.customers.errors import AdmissionIncomplete
from records_desk.domain.customers.quality import Dimension
from records_desk.domain.customers.vocabulary import AdmissionChecklist, AdmissionCriterion
from records_desk.exchange.customers.columns import ImportField
from records_desk.exchange.customers.gaps import ColumnGap
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services, build_services
from records_desk.services.customers.form_data import admission_lines
from records_desk.store.customers import Customer, StoredProblem
from records_desk.store.database import open_database
from records_desk.store.keystore import KeyStore
from records_desk.wording import set_language
from records_desk.wording.language import current_language
from tests.conftest import cheap_settings
from tests.integration.cli_runner import init_office, run
from tests.unit.customer_fixtures import Office, draft, office, register
from tests.unit.test_customer_import_service import HEADERS, row, write_xlsx


@pytest.fixture(autouse=True)
def _language_kept() -> Iterator[None]:
    before = current_language()
    yield
    set_language(before)


__all__ = ["office"]  # the fixture
ADMISSION = "admission"
NO_ADMISSION = HEADERS[:-1]  # the list as the office keeps it: no 準入 column


def no_admission_list(path: Path, n: int) -> Path:
    return write_xlsx(path, [NO_ADMISSION, *(row(i)[:-1] for i in range(n))])


def admission_gaps(services: Services, actor: Principal) -> set[int]:
    return {
        p.customer.id
        for p in services.customers.quality.problems(actor)
        if p.dimension is Dimension.COMPLETENESS and p.field == ADMISSION
    }


def test_an_imported_file_without_an_admission_column_has_no_admission_checklist_recorded(
    services: Services, office: Office, tmp_path: Path
) -> None:
    path = no_admission_list(tmp_path / "名單.xlsx", 6)  # rows 0 and 3 are campaign records
    preview = services.customers.imports.preview(office.gm, path)
    assert preview.ok  # a gap, never a refusal
    [gap] = [m for m in preview.result.missing_columns if m.field is ImportField.ADMISSION]
    assert isinstance(gap, ColumnGap) and gap.files == 4  # the four sales files
    set_language("en")
    [said] = [p["problem"] for p in preview.column_problems if "admission" in str(p["problem"])]
    assert "4 files" in str(said) and "not taken as met" in str(said)
    committed = services.customers.imports.commit(office.gm, preview)
    with services.ctx.uow.read() as uow:
        stored = dict(
            uow.session.execute(
                select(Customer.id, Customer.admission).where(
                    Customer.id.in_(committed.customer_ids)
                )
            ).all()
        )
    assert all(stored[i] == [] for i in committed.customer_ids)  # nobody's check claimed
    sales = {i for i in committed.customer_ids[1:3] + committed.customer_ids[4:]}
    assert admission_gaps(services, office.director) == sales
    info = services.customers.files.get(office.director, min(sales))
    assert [tick for _, tick in admission_lines(info)] == [""] * 6  # 附件1: six empty boxes
    from records_desk.domain.customers.vocabulary import CustomerField

    assert CustomerField.ADMISSION in info.missing_fields  # the detail pane says so
    # Recorded by someone who checked: the file leaves the list.
    services.customers.files.change_directly(
        office.director, info.id, {"admission": AdmissionChecklist.all_met()}, "checked"
    )
    assert admission_gaps(services, office.director) == sales - {info.id}


def test_the_data_quality_list_words_the_gap_as_admission_checklist_not_recorded(
    services: Services, office: Office, tmp_path: Path
) -> None:
    from records_desk.ui.customers.quality_model import problem_text

    services.customers.imports.commit(office.gm, no_admission_list(tmp_path / "a.xlsx", 2))
    [problem] = [
        p for p in services.customers.quality.problems(office.director) if p.field == ADMISSION
    ]
    set_language("en")
    assert problem_text(problem) == "Admission checklist not recorded"


def test_a_list_that_gives_the_admission_column_still_imports_met_checklists(
    services: Services, office: Office, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", [HEADERS, *(row(i) for i in range(3))])
    committed = services.customers.imports.commit(office.gm, path)
    with services.ctx.uow.read() as uow:
        checklists = uow.session.scalars(
            select(Customer.admission).where(Customer.id.in_(committed.customer_ids))
        ).all()
    assert checklists[1] == [c.value for c in AdmissionCriterion]  # a sales row said 是
    assert admission_gaps(services, office.director) == set()


def test_hand_entry_still_refuses_an_incomplete_admission_checklist(
    services: Services, office: Office
) -> None:
    with pytest.raises(AdmissionIncomplete):
        services.customers.files.register(office.archivist, draft(admission=AdmissionChecklist()))


def test_the_command_line_says_how_many_files_will_have_no_admission_checklist(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    init_office(capsys, monkeypatch, db_path)
    db = db_path
    path = no_admission_list(tmp_path / "名單.xlsx", 6)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    code, out, _ = run(capsys, "--db", str(db), "--user", "boss", "import", "customers",
                       str(path), "--dry-run", "--json")  # fmt: skip
    assert code == 0
    problems = [p["problem"] for p in json.loads(out)["column_problems"]]
    assert any("4 files" in p and "no admission checklist" in p for p in problems), problems


@pytest.mark.sqlite_only(reason="takes a database file back to an older schema")
def test_the_first_look_after_the_upgrade_lists_admission_gaps_stored_before_the_check(
    services: Services, office: Office, db_path: Path, tmp_path: Path
) -> None:
    bare = register(services, office.archivist)[0]
    services.customers.files.change_directly(  # an edit could leave a checklist empty
        office.director, bare.id, {"admission": AdmissionChecklist()}, "unticked"
    )
    # As a database at customers_0002 was left: its stored problems worked out without the
    # admission check, the migration not yet run.
    with services.ctx.uow.write() as uow:
        session = uow.session
        session.execute(delete(StoredProblem).where(StoredProblem.field == ADMISSION))
        session.execute(
            text(
                "UPDATE alembic_version SET version_num = 'customers_0002'"
                " WHERE version_num LIKE 'customers_%'"
            )
        )
        uow.commit()
    clock = services.ctx.clock
    services.close()

    database = open_database(db_path, KeyStore(tmp_path / "config"))
    upgraded = build_services(database, cheap_settings(), clock=clock)
    try:
        assert database.migration_backup is not None  # the upgrade ran
        assert admission_gaps(upgraded, office.director) == {bare.id}
    finally:
        upgraded.close()
