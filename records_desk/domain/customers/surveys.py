"""The customer survey [銷售客戶情況調查表, 附件4] (R-CUS-7): seven sections of free text about a
customer, the surveyor's assessment, and a few facts from the form's head.

Seed: 第五篇 五6.2 (基本情況、經營狀況、人力資源情況、組織架構、產品流向、以往合同執行情況、
以往採購途徑), 6.3 (the evaluation is made from the survey), 5.2d (the department checks that
what the customer gave is true).

Decisions:
- A survey says something: at least one of the seven sections is filled in. Texts are kept as
  typed, without surrounding spaces; each is at most 4,000 characters (a printed page).
- The head's facts are optional: legal representative, customer type (text), the day the
  business was established (not in the future) and its registered capital (a whole number of
  NT$, not negative). Other keys are refused, so a misspelt one is never silently lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from records_desk.domain.common.errors import DomainError
from records_desk.domain.customers.limits import LIMITS, LimitedText

MAX_TEXT = LIMITS[LimitedText.SURVEY_TEXT]  # domain.limits


class SurveySection(StrEnum):
    """附件4 一…七, in the printed order; the values are the form's section keys."""

    BASIC = "basic"
    OPERATIONS = "operations"
    STAFF = "staff"
    ORGANISATION = "organisation"
    PRODUCT_FLOW = "product_flow"
    CONTRACT_HISTORY = "contract_history"
    PURCHASE_CHANNELS = "purchase_channels"


SECTION_TERMS: dict[SurveySection, str] = {
    SurveySection.BASIC: "基本情況",
    SurveySection.OPERATIONS: "經營狀況",
    SurveySection.STAFF: "人力資源情況",
    SurveySection.ORGANISATION: "組織架構",
    SurveySection.PRODUCT_FLOW: "購買本公司產品後的流向",
    SurveySection.CONTRACT_HISTORY: "以往與本公司簽訂合同的執行情況",
    SurveySection.PURCHASE_CHANNELS: "購買本公司產品前的採購途徑",
}


class SurveyFact(StrEnum):
    """附件4's head fields not already on the customer file."""

    LEGAL_REP = "legal_rep"  # 負責人
    CUSTOMER_TYPE = "customer_type"  # 客戶類別
    ESTABLISHED = "established"  # 成立日期, ISO date
    CAPITAL = "capital"  # 資本額, whole NT$


class SurveyProblem(StrEnum):
    EMPTY = "empty"  # no section filled in
    UNKNOWN_KEY = "unknown_key"
    TOO_LONG = "too_long"
    NOT_TEXT = "not_text"
    BAD_DATE = "bad_date"
    IN_FUTURE = "in_future"
    BAD_AMOUNT = "bad_amount"


@dataclass
class SurveyInvalid(DomainError):
    """R-CUS-7: what is wrong with the survey, and where (a section or fact key, or "")."""

    key: str
    problem: SurveyProblem

    def __str__(self) -> str:
        where = f" ({self.key})" if self.key else ""
        return f"survey not valid: {self.problem}{where}"


@dataclass(frozen=True)
class Survey:
    sections: dict[str, str]  # every section key, "" when not filled in
    assessment: str
    facts: dict[str, Any]  # JSON form: established as ISO text, capital as int


def _text(key: str, value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise SurveyInvalid(key, SurveyProblem.NOT_TEXT)
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise SurveyInvalid(key, SurveyProblem.TOO_LONG)
    return text


def _facts(facts: Mapping[str, object], today: date) -> dict[str, Any]:
    known = {f.value for f in SurveyFact}
    checked: dict[str, Any] = {}
    for key, value in facts.items():
        if key not in known:
            raise SurveyInvalid(key, SurveyProblem.UNKNOWN_KEY)
        if value is None or value == "":
            continue
        if key == SurveyFact.ESTABLISHED:
            try:
                day = value if isinstance(value, date) else date.fromisoformat(str(value))
            except ValueError:
                raise SurveyInvalid(key, SurveyProblem.BAD_DATE) from None
            if day > today:
                raise SurveyInvalid(key, SurveyProblem.IN_FUTURE)
            checked[key] = day.isoformat()
        elif key == SurveyFact.CAPITAL:
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise SurveyInvalid(key, SurveyProblem.BAD_AMOUNT)
            checked[key] = value
        else:
            text = _text(key, value)
            if text:
                checked[key] = text
    return checked


def check_survey(
    sections: Mapping[str, object],
    assessment: str = "",
    facts: Mapping[str, object] | None = None,
    today: date | None = None,
) -> Survey:
    """R-CUS-7: the survey as it will be kept, or SurveyInvalid naming the key at fault."""
    known = {s.value for s in SurveySection}
    for key in sections:
        if key not in known:
            raise SurveyInvalid(key, SurveyProblem.UNKNOWN_KEY)
    texts = {s.value: _text(s.value, sections.get(s.value)) for s in SurveySection}
    if not any(texts.values()):
        raise SurveyInvalid("", SurveyProblem.EMPTY)
    return Survey(
        sections=texts,
        assessment=_text("assessment", assessment),
        facts=_facts(facts or {}, today or date.max),
    )
