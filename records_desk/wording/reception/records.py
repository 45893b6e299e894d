"""The describers of the reception records' errors (services/reception/errors.py) in the
user's language: a reviewed day that no longer changes, a name that is no consultant, another
consultant's visitor, an entry that is not complete. Registered on wording.describe's
dispatcher when the reception feature's `wording` module imports this one."""

from __future__ import annotations

from records_desk.domain.reception import records_errors as re
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


@describer.register
def _day_closed(e: re.DayClosed) -> str:
    text = translate(
        "ReceptionRecords",
        "The visitor sheet of %1 was reviewed by %2 and can no longer change;"
        " write a correction as a new row that names the row it corrects.",
    )
    return sub(text, e.day.isoformat(), e.reviewed_by)


@describer.register
def _day_not_closed(e: re.DayNotClosed) -> str:
    text = translate("ReceptionRecords", "The visitor sheet of %1 has not been reviewed yet.")
    return sub(text, e.day.isoformat())


@describer.register
def _not_a_consultant(e: re.NotAConsultant) -> str:
    text = translate("ReceptionRecords", "“%1” is not an active consultant's user name.")
    return sub(text, e.username)


@describer.register
def _not_your_visitor(e: re.NotYourVisitor) -> str:
    text = translate(
        "ReceptionRecords",
        "%1 is another consultant's visitor: consultants record follow-ups of their own"
        " visitors only.",
    )
    return sub(text, e.visitor)


@describer.register
def _registration_not_found(e: re.RegistrationNotFound) -> str:
    return sub(translate("ReceptionRecords", "There is no registration %1."), e.registration_id)


@describer.register
def _row_not_found(e: re.RowNotFound) -> str:
    text = translate("ReceptionRecords", "The visitor sheet of %1 has no row %2.")
    return sub(text, e.day.isoformat(), e.row_no)


@describer.register
def _entry_invalid(e: re.EntryInvalid) -> str:
    P = re.EntryProblem
    if e.problem is P.NO_NAME:
        return translate("ReceptionRecords", "Write the visitor's name.")
    if e.problem is P.NO_CONTACT:
        return translate("ReceptionRecords", "A registration needs a phone or an ID number.")
    if e.problem is P.BAD_LEVEL:
        return sub(
            translate("ReceptionRecords", "“%1” is no prospect level: write A, B or C."), e.text
        )
    if e.problem is P.BAD_SOURCE:
        return sub(
            translate("ReceptionRecords", "“%1” is no source: walk_in, phone or referral."),
            e.text,
        )
    if e.problem is P.BAD_PARTY:
        return translate("ReceptionRecords", "A party is at least one person.")
    if e.problem is P.BAD_RELATION:
        return sub(
            translate(
                "ReceptionRecords",
                "“%1” is no relation between two people: spouse, parent_child, sibling or other.",
            ),
            e.text,
        )
    return sub(translate("ReceptionRecords", "%1 is a day still to come."), e.text)
