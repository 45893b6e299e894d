"""The describers of the customer records' errors: 附件1 evaluations (R-GRD-3), 附件4 surveys
(R-CUS-7), the weekly spot check (R-CUS-6), dismissed duplicates (R-DQ-1) and what hand entry
refuses on the spot (issue 10 §2), in the user's language. Imported (and so registered) by wording/customers/errors.py."""

from __future__ import annotations

from records_desk.domain.common.errors import DateOutOfRange
from records_desk.domain.common.identifiers import EmailAddressInvalid, IdKind, IdNumberCheckFailed
from records_desk.domain.customers.archive_numbers import MAX_FILES_PER_BOX, ShelvingSchemeInvalid
from records_desk.domain.customers.duplicates import DismissalInvalid, LikelyDuplicates
from records_desk.domain.customers.evaluations import ScoreMissing, ScoreOutOfRange, WeightsInvalid
from records_desk.domain.customers.hand_entry import EntryInvalid
from records_desk.domain.customers.spot_check import (
    NoEntriesToCheck,
    SpotCheckAlreadyDrawn,
    SpotCheckItemNotFound,
)
from records_desk.domain.customers.surveys import MAX_TEXT, SurveyInvalid, SurveyProblem
from records_desk.wording.customers.date_words import date_out_of_range
from records_desk.wording.describe import describe, describer
from records_desk.wording.language import sub as _sub
from records_desk.wording.language import translate


def _criterion(name: str) -> str:
    from records_desk.domain.customers.evaluations import Criterion
    from records_desk.wording.customers.terms import evaluation_criterion_name

    try:
        return evaluation_criterion_name(Criterion(name))
    except ValueError:
        return name


def _survey_key(key: str) -> str:
    from records_desk.domain.customers.surveys import SurveyFact, SurveySection
    from records_desk.wording.customers.terms import survey_fact_name, survey_section_name

    if key in {s.value for s in SurveySection}:
        return survey_section_name(SurveySection(key))
    if key in {f.value for f in SurveyFact}:
        return survey_fact_name(SurveyFact(key))
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


@describer.register
def _weights_invalid(e: WeightsInvalid) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The evaluation weights in the settings add up to %1 %; they must be whole "
            "percentages adding up to 100. Ask the administrator to correct them.",
        ),
        e.total,
    )


@describer.register
def _score_missing(e: ScoreMissing) -> str:
    return _sub(translate("CustomerMessages", "Please score %1."), _criterion(e.criterion))


@describer.register
def _score_out_of_range(e: ScoreOutOfRange) -> str:
    return _sub(
        translate("CustomerMessages", "The score of %1 must be a whole number from 0 to %2."),
        _criterion(e.criterion),
        e.max_score,
    )


@describer.register
def _survey_invalid(e: SurveyInvalid) -> str:
    return _survey_message(e)


@describer.register
def _spot_check_already_drawn(e: SpotCheckAlreadyDrawn) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The week of %1 was already drawn (spot check %2); a week is drawn once.",
        ),
        e.week_start.isoformat(),
        e.spot_check_id,
    )


@describer.register
def _no_entries_to_check(e: NoEntriesToCheck) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "Nothing was entered or changed in the week of %1: there is nothing to check.",
        ),
        e.week_start.isoformat(),
    )


@describer.register
def _spot_check_item_not_found(e: SpotCheckItemNotFound) -> str:
    return translate("CustomerMessages", "That spot-check entry no longer exists.")


@describer.register
def _dismissal_invalid(e: DismissalInvalid) -> str:
    if e.problem == "same_record":
        return translate("CustomerMessages", "A file cannot be a duplicate of itself.")
    return translate(
        "CustomerMessages",
        "Please give a reason why the two files are not duplicates: it is kept with them.",
    )


# --- hand entry (issue 10 §2): each problem is shown beside its field -------------------------


@describer.register
def _entry_invalid(e: EntryInvalid) -> str:
    from records_desk.wording.customers.terms import field_name

    return "\n".join(f"{field_name(p.field)}: {describe(p.error)}" for p in e.problems)


@describer.register
def _date_out_of_range(e: DateOutOfRange) -> str:
    return date_out_of_range(e.text, e.earliest, e.latest)


@describer.register
def _email_address_invalid(e: EmailAddressInvalid) -> str:
    if e.no_domain:
        text = translate(
            "CustomerMessages",
            "“%1” is not an e-mail address: it needs a domain after @, such as name@example.com.tw.",
        )
    else:
        text = translate(
            "CustomerMessages",
            "“%1” is not an e-mail address (letters, digits and . _ - before @, such as "
            "name@example.com.tw).",
        )
    return _sub(text, e.text)


@describer.register
def _id_number_check_failed(e: IdNumberCheckFailed) -> str:
    texts = {
        IdKind.TW_NATIONAL_ID: translate(
            "CustomerMessages", "“%1” is not a valid ID number: its check digit is wrong."
        ),
        IdKind.TW_BUSINESS_NUMBER: translate(
            "CustomerMessages", "“%1” is not a valid business number: its check digit is wrong."
        ),
        IdKind.CN_RESIDENT_ID: translate(
            "CustomerMessages",
            "“%1” is not a valid resident ID number: its check digit or date of birth is wrong.",
        ),
        None: translate(
            "CustomerMessages",
            "“%1” is not a valid ID number (a letter and 9 digits), business number (8 digits) "
            "or resident ID number (18 characters).",
        ),
    }
    return _sub(texts[e.kind], e.text)


@describer.register
def _likely_duplicates(e: LikelyDuplicates) -> str:
    files = translate("CustomerMessages", ", ").join(
        f"{m.archive_number} {m.name}" for m in e.matches
    )
    return _sub(
        translate("CustomerMessages", "This looks like a file already registered: %1."), files
    )


@describer.register
def _shelving_scheme_invalid(e: ShelvingSchemeInvalid) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "The shelving scheme needs 1 to %1 files a box and a pattern with {box} in it "
            "(also {code} and {year} if wanted), such as {code}-{year}-B{box}.",
        ),
        MAX_FILES_PER_BOX,
    )
