"""The data-quality list speaks the user's language (R-DQ-3): a missing field is named as the
file names it (no Chinese column heading in English), a validity problem names its value in
Chinese when the window is in Chinese (it showed the service's English before)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from records_desk.domain.customers.quality import Dimension
from records_desk.services.customers.dto import CustomerRef
from records_desk.services.customers.quality_dto import QualityProblemInfo
from records_desk.ui.customers.quality_dialog import problem_text
from records_desk.ui.i18n import Translations


def problem(dimension: Dimension, field: str, message: str) -> QualityProblemInfo:
    return QualityProblemInfo(
        id=1,
        customer=CustomerRef(1, "CS-2026-00001", "陳記五金行", "業務一部", None),
        maintainer="archivist",
        dimension=dimension,
        rule_id="R-DQ-1",
        message=message,
        field=field,
        other_customer_id=None,
        first_seen_at=datetime(2026, 11, 27, tzinfo=UTC),
        fixed_at=None,
    )


@pytest.fixture
def chinese_window(qapp: object) -> Iterator[Translations]:
    """The window switched to Traditional Chinese, as the settings dialog does."""
    translations = Translations()
    assert translations.apply("zh_TW")
    yield translations
    translations.clear()


def test_a_missing_field_is_named_in_english_in_english_mode_R_DQ_1() -> None:
    text = problem_text(problem(Dimension.COMPLETENESS, "consultant", "consultant is empty"))
    assert text == "Consultant is not filled in"


def test_a_validity_problem_reads_chinese_in_chinese_mode_R_DQ_1(
    chinese_window: Translations,
) -> None:
    text = problem_text(problem(Dimension.VALIDITY, "phone", "not a valid phone number: 0912"))
    assert text == "電話號碼無效：0912"
    missing = problem_text(problem(Dimension.COMPLETENESS, "consultant", "consultant is empty"))
    assert "is not filled in" not in missing and "置業顧問" in missing
