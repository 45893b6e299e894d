"""A day out of range, worded one way wherever it is typed or imported (the date field, hand
entry, the records' dialogs, the spot check, the import): with the range it had to be in."""

from __future__ import annotations

from datetime import date

from records_desk.domain.common.dates import MAX_YEAR, MIN_YEAR
from records_desk.wording.language import sub, translate


def date_out_of_range(text: str, earliest: date | None, latest: date | None) -> str:
    """A day read fine but outside what is allowed, with the range, an open end given as the
    first or last day the program takes at all."""
    first = earliest or date(MIN_YEAR, 1, 1)
    last = latest or date(MAX_YEAR, 12, 31)
    template = translate("CustomerMessages", "“%1” is outside the allowed days, %2 to %3.")
    return sub(template, text, first.isoformat(), last.isoformat())
