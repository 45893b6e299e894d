"""The loan register's terms in the user's language: conditions, kinds and states."""

from __future__ import annotations

from records_desk.domain.loans.vocabulary import Condition, ItemStatus, LoanKind
from records_desk.wording.language import translate


def condition_name(condition: Condition) -> str:
    names = {
        Condition.OK: translate("LoanTerms", "in good order"),
        Condition.MARKED: translate("LoanTerms", "marked or written on"),
        Condition.TORN: translate("LoanTerms", "torn"),
        Condition.FOLDED: translate("LoanTerms", "folded"),
        Condition.PAGES_REMOVED: translate("LoanTerms", "with pages removed"),
    }
    return names[Condition(condition)]


def kind_name(kind: LoanKind) -> str:
    names = {
        LoanKind.IN_ROOM: translate("LoanTerms", "in-room reading"),
        LoanKind.TAKE_OUT: translate("LoanTerms", "take-out"),
    }
    return names[LoanKind(kind)]


def item_status_name(status: ItemStatus) -> str:
    names = {
        ItemStatus.AWAITING_APPROVAL: translate("LoanTerms", "awaiting approval"),
        ItemStatus.REFUSED: translate("LoanTerms", "refused"),
        ItemStatus.OPEN: translate("LoanTerms", "out"),
        ItemStatus.OVERDUE: translate("LoanTerms", "overdue"),
        ItemStatus.RETURNED: translate("LoanTerms", "returned"),
    }
    return names[ItemStatus(status)]
