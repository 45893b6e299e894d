"""The describers of the blacklist's errors (R-GRD-5; domain/customers/errors.py and
blacklist.py): an entry's scope and validity, a customer on the list, leaving it and
re-admission, in the user's language. Imported (and so registered) by
wording/customers/errors.py."""

from __future__ import annotations

from datetime import timedelta

from records_desk.domain.customers import errors as ce
from records_desk.wording.describe import describer
from records_desk.wording.language import sub as _sub
from records_desk.wording.language import translate


@describer.register
def _customer_blacklisted(e: ce.CustomerBlacklisted) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The customer is on the blacklist until %1 (first free day %2): %3",
        ),
        (e.expires_on - timedelta(days=1)).isoformat(),
        e.expires_on.isoformat(),
        e.reason,
    )


@describer.register
def _readmission_required(e: ce.ReadmissionRequired) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The customer left the blacklist on %1 and must be re-admitted first.",
        ),
        e.ended_on.isoformat(),
    )


@describer.register
def _readmission_needs_approval(e: ce.ReadmissionNeedsApproval) -> str:
    return translate("CustomerMessages", "Re-admission needs an approval on record.")


@describer.register
def _readmission_grade_not_qualified(e: ce.ReadmissionGradeNotQualified) -> str:
    return translate("CustomerMessages", "A re-admitted customer starts again as qualified.")


@describer.register
def _blacklist_validity_too_long(e: ce.BlacklistValidityTooLong) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "Without a director's override the entry may last until %1 at the latest.",
        ),
        e.longest.isoformat(),
    )


@describer.register
def _blacklist_validity_invalid(e: ce.BlacklistValidityInvalid) -> str:
    return translate("CustomerMessages", "The entry must end after it starts.")


@describer.register
def _blacklist_scope_invalid(e: ce.BlacklistScopeInvalid) -> str:
    return translate(
        "CustomerMessages",
        "A department entry names its department; a company entry names none.",
    )


@describer.register
def _blacklist_entry_not_active(e: ce.BlacklistEntryNotActive) -> str:
    return _sub(
        translate("CustomerMessages", "That blacklist entry already ended on %1."),
        e.ended_on.isoformat(),
    )
