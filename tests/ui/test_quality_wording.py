"""The data-quality list speaks the user's language (R-DQ-3): a missing field is named as the
file names it (no Chinese column heading in English), a validity problem is worded as hand
entry and the import word the same value, in Chinese when the window is in Chinese (it showed
the service's English before)."""

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
    assert text == "「0912」不是有效的電話號碼（位數或開頭不符）"  # as the import words it
    missing = problem_text(problem(Dimension.COMPLETENESS, "consultant", "consultant is empty"))
    assert "is not filled in" not in missing and "置業顧問" in missing


def test_a_validity_problem_is_worded_as_the_import_words_it_R_DQ_1() -> None:
    from records_desk.exchange.customers.problems import EmailInvalid
    from records_desk.ui.messages import describe

    text = problem_text(problem(Dimension.VALIDITY, "email", "not a valid e-mail address: a@"))
    assert text == describe(EmailInvalid(text="a@")) == "“a@” is not a valid e-mail address"
