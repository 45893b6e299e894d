"""The describers of the customer-file errors a user can cause (domain/customers/errors.py,
files.py, and the records' evaluations.py, surveys.py, spot_check.py, duplicates.py), in the
user's language; with the phone and date errors of domain/common, which customer files are
the first to meet. Registered on wording.describe's dispatcher when records_desk/features.py
names this module as the customers' `wording`."""

from __future__ import annotations

import contextlib
import re
from datetime import date
from fractions import Fraction

from records_desk.domain.common import errors as common_errors
from records_desk.domain.customers import errors as ce
from records_desk.domain.customers import file_errors as cf
from records_desk.domain.customers.grading import QuotaScopeKind
from records_desk.wording.customers.date_words import date_out_of_range
from records_desk.wording.customers.terms import criterion_name, field_name, grade_name
from records_desk.wording.describe import describer
from records_desk.wording.language import sub as _sub
from records_desk.wording.language import translate


def percent(value: Fraction, digits: int = 1) -> str:
    return f"{float(value) * 100:.{digits}f} %"


def cap_text(cap: Fraction) -> str:
    whole = float(cap) * 100
    return f"{whole:.0f} %" if whole == int(whole) else f"{whole:.1f} %"


def quota_message(e: ce.QuotaExceeded) -> str:
    """R-GRD-2: names the department (or product line), the grade, the cap and the share now
    and after. The changed customer is counted in the scope before and after (the domain's
    rule), so the grade has one customer fewer today out of the same total."""
    if e.scope is QuotaScopeKind.DEPARTMENT:
        template = translate(
            "CustomerMessages",
            "Department %1: %2 of %3 customers are %4 now (%5); this change would make %6 "
            "(%7), over the %4 cap of %8.",
        )
    else:
        template = translate(
            "CustomerMessages",
            "Product line %1: %2 of %3 customers are %4 now (%5); this change would make %6 "
            "(%7), over the %4 cap of %8.",
        )
    now = e.count_after - 1
    return _sub(
        template,
        e.scope_name,
        now,
        e.total_after,
        grade_name(e.grade),
        percent(Fraction(now, e.total_after)),
        e.count_after,
        percent(e.share_after),
        cap_text(e.cap),
    )


# Phones, dates and archive numbers are worded as the import's report has always worded them
# (one wording for hand entry and import): what is wrong, and how to write it right.
def _phone_text(problem: common_errors.PhoneProblem) -> str:
    P = common_errors.PhoneProblem
    texts = {
        P.EMPTY: translate("CustomerMessages", "The phone number is empty"),
        P.NOT_A_NUMBER: translate(
            "CustomerMessages",
            "“%1” is not a phone number (it has characters a phone number does not have)",
        ),
        P.UNSUPPORTED_COUNTRY: translate(
            "CustomerMessages",
            "“%1” has a country code that is not accepted (only Taiwan +886 and mainland "
            "China +86)",
        ),
        P.BAD_FORMAT: translate(
            "CustomerMessages", "“%1” is not a valid phone number (its digits or prefix are wrong)"
        ),
    }
    return texts[P(problem)]


def _date_text(problem: common_errors.DateProblem) -> str:
    D = common_errors.DateProblem
    texts = {
        D.EMPTY: translate("CustomerMessages", "The date is empty"),
        D.UNRECOGNISED: translate(
            "CustomerMessages",
            "“%1” cannot be read as a date (write 2026/11/27, 2026-11-27, 115/11/27 or %2)",
        ),
        D.YEAR_NOT_FIRST: translate(
            "CustomerMessages", "“%1” does not start with the year (write year/month/day)"
        ),
        D.NO_SUCH_DAY: translate(
            "CustomerMessages", "“%1” is not a valid date: there is no such day"
        ),
        D.YEAR_OUT_OF_RANGE: translate("CustomerMessages", "The year of “%1” is out of range"),
        D.IN_FUTURE: translate(
            "CustomerMessages", "“%1” is in the future; an event date cannot be after today"
        ),
    }
    return texts[D(problem)]


# An accepted way of writing a date that is Chinese in any language (a parameter, so that no
# English source text carries Chinese).
ROC_DATE_EXAMPLE = "民國115年11月27日"


def _archive_text(problem: ce.ArchiveNumberProblem) -> str:
    A = ce.ArchiveNumberProblem
    texts = {
        A.BAD_FORMAT: translate(
            "CustomerMessages",
            "“%1” is not an archive number (category code-year-five digits, such as CS-2026-00042)",
        ),
        A.BAD_CODE: translate("CustomerMessages", "The category code of “%1” is wrong"),
        A.BAD_YEAR: translate("CustomerMessages", "The year of “%1” is wrong"),
        A.BAD_SEQUENCE: translate(
            "CustomerMessages", "The sequence number of “%1” is wrong (00001 to 99999)"
        ),
        A.DUPLICATE_CODE: translate("CustomerMessages", "The category code of “%1” is repeated"),
    }
    return texts[problem]


def _reason_text(e: cf.ChangeReasonRequired | ce.ReasonRequired) -> str:
    # Where the form has a field of its own for the reason, the message names it.
    if isinstance(e, cf.ChangeReasonRequired) and e.kind is cf.ReasonKind.REFUSAL:
        return translate(
            "CustomerMessages",
            "Fill in “Note” to refuse: it tells the person who asked why, and is kept "
            "with the request.",
        )
    if isinstance(e, ce.ReasonRequired) and e.action is ce.ReasonFor.BLACKLIST:
        return translate(
            "CustomerMessages", "Fill in “Reason”: it is kept with the blacklist entry."
        )
    return translate(
        "CustomerMessages", "Please give a reason: it is kept with the file's history."
    )


@describer.register
def _quota_exceeded(e: ce.QuotaExceeded) -> str:
    return quota_message(e)


@describer.register
def _stale_version(e: cf.StaleVersion) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The file was changed by someone else since (it is now at version %1, the "
            "change was prepared on version %2). Look at it again and repeat the change.",
        ),
        e.current_version,
        e.expected_version,
    )


@describer.register
def _nothing_to_change(e: cf.NothingToChange) -> str:
    return translate("CustomerMessages", "Nothing was changed: the file already says this.")


@describer.register
def _archive_number_invalid(e: ce.ArchiveNumberInvalid) -> str:
    return _sub(_archive_text(e.problem), e.text)


@describer.register
def _archive_number_taken(e: cf.ArchiveNumberTaken) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The archive number “%1” is already used by a file; numbers never repeat",
        ),
        e.archive_number,
    )


@describer.register
def _archive_sequence_exhausted(e: ce.ArchiveSequenceExhausted) -> str:
    return _sub(
        translate("CustomerMessages", "No archive numbers are left for %1-%2."),
        e.code,
        e.year,
    )


@describer.register
def _phone_invalid(e: common_errors.PhoneInvalid) -> str:
    return _sub(_phone_text(e.problem), e.text)


@describer.register
def _office_date_invalid(e: common_errors.OfficeDateInvalid) -> str:
    if e.problem == common_errors.DateProblem.IN_FUTURE:
        # One wording for a day out of range wherever it is typed or imported: the date
        # field's, with the range (finding 12 of the 2026-12-05 try).
        return date_out_of_range(e.text, None, _latest_allowed(e.detail))
    return _sub(_date_text(e.problem), e.text, ROC_DATE_EXAMPLE)


def _latest_allowed(detail: str) -> date:
    """The last allowed day an IN_FUTURE problem names ("after 2026-12-05"), else today."""
    found = re.search(r"\d{4}-\d{2}-\d{2}", detail)
    if found:
        with contextlib.suppress(ValueError):
            return date.fromisoformat(found.group(0))
    return date.today()


@describer.register
def _admission_incomplete(e: ce.AdmissionIncomplete) -> str:
    missing = translate("CustomerMessages", ", ").join(criterion_name(m) for m in e.missing)
    return _sub(
        translate(
            "CustomerMessages",
            "The admission criteria are not met, so no file can be made: %1",
        ),
        missing,
    )


@describer.register
def _reason_required(e: ce.ReasonRequired | cf.ChangeReasonRequired) -> str:
    return _reason_text(e)


@describer.register
def _entry_before_event(e: ce.EntryBeforeEvent) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The event date %1 is after the entry; one of the two dates is wrong.",
        ),
        str(e.event)[:10],
    )


@describer.register
def _sample_size_invalid(e: ce.SampleSizeInvalid) -> str:
    return translate("CustomerMessages", "A spot check draws at least one entry.")


@describer.register
def _customer_not_found(e: cf.CustomerNotFound) -> str:
    return translate("CustomerMessages", "That customer file no longer exists.")


@describer.register
def _version_not_found(e: cf.VersionNotFound) -> str:
    return _sub(translate("CustomerMessages", "The file has no version %1."), e.version)


@describer.register
def _customer_voided(e: cf.CustomerVoided) -> str:
    return _sub(
        translate("CustomerMessages", "The file %1 is void and cannot be changed."),
        e.archive_number,
    )


@describer.register
def _field_not_editable(e: cf.FieldNotEditable) -> str:
    return _sub(
        translate("CustomerMessages", "%1 cannot be changed this way."), field_name(e.field)
    )


@describer.register
def _field_required(e: cf.FieldRequired) -> str:
    return _sub(translate("CustomerMessages", "%1 is required."), field_name(e.field))


@describer.register
def _field_value_invalid(e: cf.FieldValueInvalid) -> str:
    return _sub(
        translate("CustomerMessages", "%1 is not a valid value for %2."),
        e.value,
        field_name(e.field),
    )


@describer.register
def _change_request_not_found(e: cf.ChangeRequestNotFound) -> str:
    return translate("CustomerMessages", "That change request no longer exists.")


@describer.register
def _change_request_decided(e: cf.ChangeRequestDecided) -> str:
    return _sub(
        translate("CustomerMessages", "Change request %1 has already been decided."),
        e.request_id,
    )


@describer.register
def _own_request_approval(e: cf.OwnRequestApproval) -> str:
    return translate(
        "CustomerMessages",
        "You filed this request yourself; someone else must approve it (you may refuse it).",
    )


@describer.register
def _grade_not_applicable(e: cf.GradeNotApplicable) -> str:
    return translate("CustomerMessages", "Internal and campaign records have no grade to change.")


@describer.register
def _not_awaiting_readmission(e: cf.NotAwaitingReadmission) -> str:
    return translate(
        "CustomerMessages", "The customer has no ended blacklist entry to re-admit from."
    )


@describer.register
def _blacklist_entry_not_found(e: cf.BlacklistEntryNotFound) -> str:
    return translate("CustomerMessages", "That blacklist entry no longer exists.")


# The records' errors (附件1, 附件4, the spot check, duplicates) are worded in record_errors.py,
# an imported list's own problems in import_errors.py, the length limits in limit_errors.py,
# the blacklist's in blacklist_errors.py, what the services refuse or stop in
# service_errors.py; importing them registers them.
from records_desk.wording.customers import (  # noqa: E402, F401
    blacklist_errors,
    import_errors,
    limit_errors,
    record_errors,
    service_errors,
)
