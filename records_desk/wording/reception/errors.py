"""The describers of reception rotation's errors (domain/reception/errors.py) in the user's
language: one sentence naming the event's position and time (or the day file's place) and what
is wrong with it. Registered on wording.describe's dispatcher when records_desk/features.py
names this module as the reception's `wording`."""

from __future__ import annotations

from records_desk.domain.reception import errors as re_
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def _event_problem(problem: re_.EventProblem) -> str:
    P = re_.EventProblem
    texts = {
        P.TIME_OUT_OF_ORDER: translate(
            "ReceptionMessages", "it is earlier than the event before it."
        ),
        P.UNKNOWN_CONSULTANT: translate("ReceptionMessages", "%1 has not signed in today."),
        P.NOT_SIGNED_IN: translate("ReceptionMessages", "%1 has signed out."),
        P.ALREADY_SIGNED_IN: translate("ReceptionMessages", "%1 is already signed in."),
        P.ALREADY_AWAY: translate("ReceptionMessages", "%1 is already away."),
        P.NOT_AWAY: translate("ReceptionMessages", "%1 comes back but was not away."),
        P.NOT_BUSY: translate("ReceptionMessages", "%1 has no visitor with them."),
        P.STILL_BUSY: translate(
            "ReceptionMessages", "%1 still has a visitor with them; end that visit first."
        ),
        P.APPROVAL_MISSING: translate(
            "ReceptionMessages", "%1 is away on a manager's assignment: say who approved it."
        ),
        P.BY_MISSING: translate("ReceptionMessages", "say which manager or supervisor did it."),
        P.ORDER_MISMATCH: translate(
            "ReceptionMessages",
            "the new order must name every consultant signed in, each once (%1 is not so).",
        ),
        P.NO_ONE_TO_RECEIVE: translate(
            "ReceptionMessages", "nobody is signed in and at post to receive the visitor."
        ),
    }
    return texts[problem]


@describer.register
def _event_refused(e: re_.EventRefused) -> str:
    problem = sub(_event_problem(re_.EventProblem(e.problem)), e.consultant)
    return sub(
        translate("ReceptionMessages", "Event %1 (%2): %3"), e.position, f"{e.t:%H:%M}", problem
    )


def _placed(e: re_.DayFileInvalid, problem: str) -> str:
    if e.where == "events" and e.position:
        if e.t:
            return sub(
                translate("ReceptionMessages", "Event %1 (%2): %3"), e.position, e.t, problem
            )
        return sub(translate("ReceptionMessages", "Event %1: %2"), e.position, problem)
    if e.where == "registrations" and e.position:
        return sub(translate("ReceptionMessages", "Registration %1: %2"), e.position, problem)
    if e.where == "relations" and e.position:
        return sub(translate("ReceptionMessages", "Relation %1: %2"), e.position, problem)
    return sub(translate("ReceptionMessages", "The day file: %1"), problem)


@describer.register
def _day_file_invalid(e: re_.DayFileInvalid) -> str:
    F = re_.FileProblem
    problem = re_.FileProblem(e.problem)
    if problem is F.NOT_JSON:
        text = translate("ReceptionMessages", "The day file is not JSON (line %1, column %2).")
        return sub(text, e.line, e.column)
    texts = {
        F.NOT_AN_OBJECT: translate("ReceptionMessages", "it must be a JSON object, not %1."),
        F.MISSING_KEY: translate("ReceptionMessages", "“%1” is missing."),
        F.BAD_VALUE: translate("ReceptionMessages", "“%1” has a value that is not allowed."),
        F.BAD_DATE: translate("ReceptionMessages", "“%1” is not a date (YYYY-MM-DD)."),
        F.BAD_TIME: translate("ReceptionMessages", "“%1” is not a time of day (HH:MM)."),
        F.UNKNOWN_EVENT_TYPE: translate("ReceptionMessages", "“%1” is not an event type."),
    }
    return _placed(e, sub(texts[problem], e.detail))
