"""The loans tab as a new user found it (issue 11, try-loans findings): each test is named
after the finding it proves fixed."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from records_desk.domain.loans.lending import external_borrower
from records_desk.domain.loans.vocabulary import Condition, LoanKind
from records_desk.services.container import Services
from tests.unit.customer_fixtures import Office, office, today
from tests.unit.loan_fixtures import files

__all__ = ["office"]  # the fixture

VISITOR = external_borrower("林律師", "大成法律事務所", "A123456789", "02-2345-6789")


def _text(pdf: bytes, tmp_path: Path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler-utils missing")
    (tmp_path / "slip.pdf").write_bytes(pdf)
    out = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "slip.pdf"), "-"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return out.stdout


def test_finding_2_the_slip_has_a_box_for_each_condition_and_torn_is_torn(
    services: Services, office: Office, tmp_path: Path
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    blank = _text(services.loans.forms.printed_slip(office.archivist, loan.number).pdf, tmp_path)
    for word in ("完好", "加註／勾畫／塗改", "撕破", "折疊", "抽取文件"):
        assert word in blank
    assert "其他損壞" not in blank
    services.loans.returns.take_back(office.archivist, [a], Condition.TORN, 300, "page 3 torn")
    header = services.loans.forms.slip_data(office.archivist, loan.number)["header"]
    assert header["condition"] == "撕破"
    assert "撕破" in header["damage"]


def test_finding_7_the_slip_prints_the_fine_in_whole_yuan_under_a_short_label(
    services: Services, office: Office, tmp_path: Path
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(office.archivist, [a], "stan", "check")
    services.loans.returns.take_back(office.archivist, [a], Condition.FOLDED, 300, "corner")
    text = _text(services.loans.forms.printed_slip(office.archivist, loan.number).pdf, tmp_path)
    assert "300.00" not in text
    assert "罰款（元）" in text and "300" in text
    assert "罰款金額（100–50" not in text  # the label no longer wraps inside the range


def test_finding_4_a_slip_for_a_loan_awaiting_approval_shows_no_loan_time(
    services: Services, office: Office
) -> None:
    (a,) = files(services, office.archivist, 1)
    loan = services.loans.lending.lend(
        office.archivist, [a], VISITOR, "due diligence", LoanKind.TAKE_OUT,
        today(services) + timedelta(days=2),
    )  # fmt: skip
    header = services.loans.forms.slip_data(office.archivist, loan.number)["header"]
    assert header["loan_time"] == ""
    services.loans.forms.printed_slip(office.archivist, loan.number)  # prints, time left blank
    services.loans.lending.approve(office.director, loan.number)
    assert services.loans.forms.slip_data(office.archivist, loan.number)["header"]["loan_time"]


def test_finding_3_naming_the_archivist_deputy_is_refused_by_her_full_name(
    services: Services, office: Office
) -> None:
    from records_desk import wording
    from records_desk.domain.loans.errors import DeputyInvalid

    day = today(services)
    with pytest.raises(DeputyInvalid) as refused:
        services.loans.deputies.appoint(office.director, "ann", day, day)
    text = wording.describe(refused.value)
    assert text.startswith("Ann ") and "ann " not in text


def test_finding_5_a_second_deputy_for_overlapping_days_is_refused_naming_the_first(
    services: Services, office: Office
) -> None:
    from records_desk import wording
    from records_desk.domain.loans.errors import DeputyInvalid, DeputyProblem

    day = today(services)
    deputies = services.loans.deputies
    first = deputies.appoint(office.director, "stan", day, day + timedelta(days=5))
    other = office.consultant.username
    with pytest.raises(DeputyInvalid) as refused:
        deputies.appoint(office.director, other, day + timedelta(days=5), day + timedelta(days=9))
    assert refused.value.problem is DeputyProblem.OVERLAPS
    text = wording.describe(refused.value)
    assert first.full_name in text and first.starts_on.isoformat() in text
    # the days after the first period are free
    deputies.appoint(office.director, other, day + timedelta(days=6), day + timedelta(days=9))


def test_finding_5_a_deputy_period_is_ended_early_and_the_ending_is_audited(
    services: Services, office: Office
) -> None:
    from records_desk.domain.common.errors import PermissionDenied
    from records_desk.domain.loans.errors import DeputyInvalid
    from tests.unit.customer_fixtures import audit_trail

    (a,) = files(services, office.archivist, 1)
    day = today(services)
    deputies = services.loans.deputies
    period = deputies.appoint(office.director, "stan", day, day + timedelta(days=5))
    services.loans.lending.lend(office.staff, [a], "ann", "check")  # stan acts today
    services.loans.returns.take_back(office.staff, [a])
    ended = deputies.end(office.director, period.id)
    assert ended.ends_on == day - timedelta(days=1)  # today stan no longer acts
    with pytest.raises(PermissionDenied):
        services.loans.lending.lend(office.staff, [a], "ann", "check")
    with pytest.raises(DeputyInvalid):
        deputies.end(office.director, period.id)  # already over
    with pytest.raises(PermissionDenied):
        deputies.end(office.archivist, period.id)
    entries = audit_trail(services, office.gm, "loan.deputy")
    assert any((e.details or {}).get("ended_early") for e in entries)
    # the days are free again for another deputy
    deputies.appoint(office.director, office.consultant.username, day, day + timedelta(days=2))
