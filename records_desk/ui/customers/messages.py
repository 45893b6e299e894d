"""The customer-file errors a user can cause (domain/customers/errors.py, customer_files.py, and
the records' evaluations.py, surveys.py, spot_check.py, quality.py), worded in the user's
language. ui/messages.describe() hands them here; None means "not a
customer-file error"."""

from __future__ import annotations

from datetime import timedelta
from fractions import Fraction

from PySide6.QtCore import QCoreApplication

from records_desk.domain.common import errors as common_errors
from records_desk.domain.customers import errors as ce
from records_desk.domain.customers import files as cf
from records_desk.domain.customers.duplicates import DismissalInvalid
from records_desk.domain.customers.evaluations import ScoreMissing, ScoreOutOfRange, WeightsInvalid
from records_desk.domain.customers.grading import QuotaScopeKind
from records_desk.domain.customers.spot_check import (
    NoEntriesToCheck,
    SpotCheckAlreadyDrawn,
    SpotCheckItemNotFound,
)
from records_desk.domain.customers.surveys import MAX_TEXT, SurveyInvalid, SurveyProblem
from records_desk.ui.customers.terms import criterion_name, field_name, grade_name

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def percent(value: Fraction, digits: int = 1) -> str:
    return f"{float(value) * 100:.{digits}f} %"


def cap_text(cap: Fraction) -> str:
    whole = float(cap) * 100
    return f"{whole:.0f} %" if whole == int(whole) else f"{whole:.1f} %"


def _sub(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


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


def _problem_text(problem: str) -> str:
    texts = {
        common_errors.PhoneProblem.EMPTY: translate("CustomerMessages", "it is empty"),
        common_errors.PhoneProblem.NOT_A_NUMBER: translate(
            "CustomerMessages", "it is not a number"
        ),
        common_errors.PhoneProblem.UNSUPPORTED_COUNTRY: translate(
            "CustomerMessages", "only Taiwan and mainland China numbers are accepted"
        ),
        common_errors.PhoneProblem.BAD_FORMAT: translate(
            "CustomerMessages", "the length or prefix is wrong for its region"
        ),
    }
    return texts.get(common_errors.PhoneProblem(problem), problem)


def _archive_problem(problem: ce.ArchiveNumberProblem) -> str:
    texts = {
        ce.ArchiveNumberProblem.BAD_FORMAT: translate(
            "CustomerMessages", "it must look like CS-2026-00042"
        ),
        ce.ArchiveNumberProblem.BAD_CODE: translate(
            "CustomerMessages", "its category code does not belong to the record type"
        ),
        ce.ArchiveNumberProblem.BAD_YEAR: translate("CustomerMessages", "its year is wrong"),
        ce.ArchiveNumberProblem.BAD_SEQUENCE: translate(
            "CustomerMessages", "its sequence number cannot be 00000"
        ),
        ce.ArchiveNumberProblem.DUPLICATE_CODE: translate(
            "CustomerMessages", "two record types have the same category code"
        ),
    }
    return texts[problem]


def _reason_text(e: cf.ChangeReasonRequired | ce.ReasonRequired) -> str:
    return translate(
        "CustomerMessages", "Please give a reason: it is kept with the file's history."
    )


def describe_customer_error(e: Exception) -> str | None:  # noqa: C901, PLR0911, PLR0912
    if isinstance(e, ce.QuotaExceeded):
        return quota_message(e)
    if isinstance(e, cf.StaleVersion):
        return _sub(
            translate(
                "CustomerMessages",
                "The file was changed by someone else since (it is now at version %1, the "
                "change was prepared on version %2). Look at it again and repeat the change.",
            ),
            e.current_version,
            e.expected_version,
        )
    if isinstance(e, cf.NothingToChange):
        return translate("CustomerMessages", "Nothing was changed: the file already says this.")
    if isinstance(e, ce.ArchiveNumberInvalid):
        return _sub(
            translate("CustomerMessages", "The archive number %1 cannot be used: %2."),
            e.text,
            _archive_problem(e.problem),
        )
    if isinstance(e, cf.ArchiveNumberTaken):
        return _sub(
            translate("CustomerMessages", "The archive number %1 is already in use."),
            e.archive_number,
        )
    if isinstance(e, ce.ArchiveSequenceExhausted):
        return _sub(
            translate("CustomerMessages", "No archive numbers are left for %1-%2."),
            e.code,
            e.year,
        )
    if isinstance(e, common_errors.PhoneInvalid):
        return _sub(
            translate("CustomerMessages", "%1 is not a valid phone number: %2."),
            e.text,
            _problem_text(e.problem),
        )
    if isinstance(e, common_errors.OfficeDateInvalid):
        return _sub(translate("CustomerMessages", "%1 is not a valid date."), e.text)
    if isinstance(e, ce.AdmissionIncomplete):
        missing = "、".join(criterion_name(m) for m in e.missing)
        return _sub(
            translate(
                "CustomerMessages", "The customer does not meet every admission criterion: %1."
            ),
            missing,
        )
    if isinstance(e, ce.ReasonRequired | cf.ChangeReasonRequired):
        return _reason_text(e)
    if isinstance(e, ce.CustomerBlacklisted):
        return _sub(
            translate(
                "CustomerMessages",
                "The customer is on the blacklist until %1 (first free day %2): %3",
            ),
            (e.expires_on - timedelta(days=1)).isoformat(),
            e.expires_on.isoformat(),
            e.reason,
        )
    if isinstance(e, ce.ReadmissionRequired):
        return _sub(
            translate(
                "CustomerMessages",
                "The customer left the blacklist on %1 and must be re-admitted first.",
            ),
            e.ended_on.isoformat(),
        )
    if isinstance(e, ce.ReadmissionNeedsApproval):
        return translate("CustomerMessages", "Re-admission needs an approval on record.")
    if isinstance(e, ce.ReadmissionGradeNotQualified):
        return translate("CustomerMessages", "A re-admitted customer starts again as qualified.")
    if isinstance(e, ce.BlacklistValidityTooLong):
        return _sub(
            translate(
                "CustomerMessages",
                "Without a director's override the entry may last until %1 at the latest.",
            ),
            e.longest.isoformat(),
        )
    if isinstance(e, ce.BlacklistValidityInvalid):
        return translate("CustomerMessages", "The entry must end after it starts.")
    if isinstance(e, ce.BlacklistScopeInvalid):
        return translate(
            "CustomerMessages",
            "A department entry names its department; a company entry names none.",
        )
    if isinstance(e, ce.BlacklistEntryNotActive):
        return _sub(
            translate("CustomerMessages", "That blacklist entry already ended on %1."),
            e.ended_on.isoformat(),
        )
    if isinstance(e, ce.EntryBeforeEvent):
        return _sub(
            translate(
                "CustomerMessages",
                "The event date %1 is after the entry; one of the two dates is wrong.",
            ),
            str(e.event)[:10],
        )
    if isinstance(e, ce.SampleSizeInvalid):
        return translate("CustomerMessages", "A spot check draws at least one entry.")
    if isinstance(e, cf.CustomerNotFound):
        return translate("CustomerMessages", "That customer file no longer exists.")
    if isinstance(e, cf.VersionNotFound):
        return _sub(translate("CustomerMessages", "The file has no version %1."), e.version)
    if isinstance(e, cf.CustomerVoided):
        return _sub(
            translate("CustomerMessages", "The file %1 is void and cannot be changed."),
            e.archive_number,
        )
    if isinstance(e, cf.FieldNotEditable):
        return _sub(
            translate("CustomerMessages", "%1 cannot be changed this way."), field_name(e.field)
        )
    if isinstance(e, cf.FieldRequired):
        return _sub(translate("CustomerMessages", "%1 is required."), field_name(e.field))
    if isinstance(e, cf.FieldValueInvalid):
        return _sub(
            translate("CustomerMessages", "%1 is not a valid value for %2."),
            e.value,
            field_name(e.field),
        )
    if isinstance(e, cf.ChangeRequestNotFound):
        return translate("CustomerMessages", "That change request no longer exists.")
    if isinstance(e, cf.ChangeRequestDecided):
        return _sub(
            translate("CustomerMessages", "Change request %1 has already been decided."),
            e.request_id,
        )
    if isinstance(e, cf.OwnRequestApproval):
        return translate(
            "CustomerMessages",
            "You filed this request yourself; someone else must approve it (you may refuse it).",
        )
    if isinstance(e, cf.GradeNotApplicable):
        return translate(
            "CustomerMessages", "Internal and campaign records have no grade to change."
        )
    if isinstance(e, cf.NotAwaitingReadmission):
        return translate(
            "CustomerMessages", "The customer has no ended blacklist entry to re-admit from."
        )
    if isinstance(e, cf.BlacklistEntryNotFound):
        return translate("CustomerMessages", "That blacklist entry no longer exists.")
    return _record_error(e)


def _criterion(name: str) -> str:
    from records_desk.domain.customers.evaluations import Criterion
    from records_desk.ui.customers.evaluation_dialog import criterion_text

    try:
        return criterion_text(Criterion(name))
    except ValueError:
        return name


def _survey_key(key: str) -> str:
    from records_desk.domain.customers.surveys import SurveyFact, SurveySection
    from records_desk.ui.customers.survey_dialog import fact_text, section_text

    if key in {s.value for s in SurveySection}:
        return section_text(SurveySection(key))
    if key in {f.value for f in SurveyFact}:
        return fact_text(SurveyFact(key))
    if key == "assessment":
        return translate("CustomerMessages", "the assessment")
    return key


def _survey_message(e: SurveyInvalid) -> str:
    """R-CUS-7: what is wrong with the survey, naming the box at fault."""
    texts = {
        SurveyProblem.EMPTY: translate(
            "CustomerMessages", "A survey says something: fill in at least one of the sections."
        ),
        SurveyProblem.UNKNOWN_KEY: translate("CustomerMessages", "%1 is not part of a survey."),
        SurveyProblem.TOO_LONG: translate(
            "CustomerMessages", "%1 is too long (at most %2 characters)."
        ),
        SurveyProblem.NOT_TEXT: translate("CustomerMessages", "%1 must be text."),
        SurveyProblem.BAD_DATE: translate("CustomerMessages", "%1 is not a valid date."),
        SurveyProblem.IN_FUTURE: translate("CustomerMessages", "%1 cannot be after today."),
        SurveyProblem.BAD_AMOUNT: translate(
            "CustomerMessages", "%1 must be a whole amount, not negative."
        ),
    }
    return _sub(texts[SurveyProblem(e.problem)], _survey_key(e.key), MAX_TEXT)


def _record_error(e: Exception) -> str | None:  # noqa: PLR0911
    """附件1 evaluations, 附件4 surveys, the weekly spot check (R-CUS-6), duplicates (R-DQ)."""
    if isinstance(e, WeightsInvalid):
        return _sub(
            translate(
                "CustomerMessages",
                "The evaluation weights in the settings add up to %1 %; they must be whole "
                "percentages adding up to 100. Ask the administrator to correct them.",
            ),
            e.total,
        )
    if isinstance(e, ScoreMissing):
        return _sub(translate("CustomerMessages", "Please score %1."), _criterion(e.criterion))
    if isinstance(e, ScoreOutOfRange):
        return _sub(
            translate("CustomerMessages", "The score of %1 must be a whole number from 0 to %2."),
            _criterion(e.criterion),
            e.max_score,
        )
    if isinstance(e, SurveyInvalid):
        return _survey_message(e)
    if isinstance(e, SpotCheckAlreadyDrawn):
        return _sub(
            translate(
                "CustomerMessages",
                "The week of %1 was already drawn (spot check %2); a week is drawn once.",
            ),
            e.week_start.isoformat(),
            e.spot_check_id,
        )
    if isinstance(e, NoEntriesToCheck):
        return _sub(
            translate(
                "CustomerMessages",
                "Nothing was entered or changed in the week of %1: there is nothing to check.",
            ),
            e.week_start.isoformat(),
        )
    if isinstance(e, SpotCheckItemNotFound):
        return translate("CustomerMessages", "That spot-check entry no longer exists.")
    if isinstance(e, DismissalInvalid):
        if e.problem == "same_record":
            return translate("CustomerMessages", "A file cannot be a duplicate of itself.")
        return translate(
            "CustomerMessages",
            "Please give a reason why the two files are not duplicates: it is kept with them.",
        )
    return None


# The feature's describer (records_desk/features.py `wording`): None for an error not its own.
describe = describe_customer_error
