"""The describers of the customer records' errors: 附件1 evaluations (R-GRD-3), 附件4 surveys
(R-CUS-7), the weekly spot check (R-CUS-6) and dismissed duplicates (R-DQ-1), in the user's
language. Imported (and so registered) by wording/customers/errors.py."""

from __future__ import annotations

from records_desk.domain.customers.duplicates import DismissalInvalid
from records_desk.domain.customers.evaluations import ScoreMissing, ScoreOutOfRange, WeightsInvalid
from records_desk.domain.customers.spot_check import (
    NoEntriesToCheck,
    SpotCheckAlreadyDrawn,
    SpotCheckItemNotFound,
)
from records_desk.domain.customers.surveys import MAX_TEXT, SurveyInvalid, SurveyProblem
from records_desk.wording.describe import describer
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
