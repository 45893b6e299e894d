"""The describers of the length limits of a customer file's text (domain/customers/limits.py,
issue 9 finding 8): which field, how long the text is and how long it may be. One wording for
hand entry, the import's report and the command line. Imported (and so registered) by
wording/customers/errors.py."""

from __future__ import annotations

from records_desk.domain.customers.limits import LimitedText, TextTooLong, TooManyItems
from records_desk.wording.customers.terms import field_name
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def limited_text_name(field: str) -> str:
    """A limited text as the user calls it: a file's field by its usual name."""
    names: dict[str, str] = {
        LimitedText.PRODUCT_LINE: translate("CustomerTerms", "Product line"),
        LimitedText.REASON: translate("CustomerTerms", "Reason"),
        LimitedText.VISIT_SUMMARY: translate("CustomerTerms", "Visit summary"),
        LimitedText.VISIT_DETAIL: translate("CustomerTerms", "Visit details"),
        LimitedText.REVIEW_PROBLEMS: translate("CustomerTerms", "Problems found"),
        LimitedText.OPINION: translate("CustomerTerms", "Opinion"),
        LimitedText.SURVEY_TEXT: translate("CustomerTerms", "Survey text"),
    }
    return names.get(field) or field_name(str(field))


@describer.register
def _text_too_long(e: TextTooLong) -> str:
    return sub(
        translate("CustomerMessages", "%1 is too long (%2 characters, at most %3)."),
        limited_text_name(e.field),
        e.length,
        e.limit,
    )


@describer.register
def _too_many_items(e: TooManyItems) -> str:
    return sub(
        translate("CustomerMessages", "%1: too many (%2, at most %3)."),
        limited_text_name(e.field),
        e.count,
        e.limit,
    )
