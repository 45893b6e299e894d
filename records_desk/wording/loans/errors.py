"""The describers of the loan register's errors (domain/loans/errors.py) in the user's
language, each naming the rule's reason: which file is already out and with whom, that a loan
awaits approval, that a fine must be 100–500. Registered on wording.describe's dispatcher when
records_desk/features.py names this module as the loans' `wording`."""

from __future__ import annotations

from records_desk.domain.loans import errors as le
from records_desk.domain.loans.vocabulary import Condition, LoanStatus
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.loans.terms import condition_name
from records_desk.wording.terms import local_time


@describer.register
def _loan_number_invalid(e: le.LoanNumberInvalid) -> str:
    text = translate("LoanMessages", "“%1” is not a loan number (it looks like L-2026-000123).")
    return sub(text, e.text)


@describer.register
def _loan_not_found(e: le.LoanNotFound) -> str:
    return sub(translate("LoanMessages", "There is no loan numbered %1."), e.number)


@describer.register
def _file_not_found(e: le.LoanFileNotFound) -> str:
    return sub(
        translate("LoanMessages", "There is no customer file numbered %1."), e.archive_number
    )


@describer.register
def _nothing_to_lend(e: le.NothingToLend) -> str:
    return translate("LoanMessages", "Name at least one file to lend.")


@describer.register
def _file_repeated(e: le.FileRepeated) -> str:
    return sub(translate("LoanMessages", "%1 is named twice."), e.archive_number)


@describer.register
def _file_already_out(e: le.FileAlreadyOut) -> str:
    text = translate(
        "LoanMessages",
        "%1 is already out on loan %2 with %3; it can be lent again once it is returned.",
    )
    return sub(text, e.archive_number, e.loan_number, e.borrower)


@describer.register
def _file_void(e: le.FileVoid) -> str:
    return sub(translate("LoanMessages", "%1 is a void file and is not lent."), e.archive_number)


@describer.register
def _borrower_invalid(e: le.BorrowerInvalid) -> str:
    P = le.BorrowerProblem
    texts = {
        P.NO_NAME: translate("LoanMessages", "Give the borrower's name."),
        P.NO_ORGANISATION: translate(
            "LoanMessages", "Give the organisation of %1, a borrower from outside the company."
        ),
        P.NO_PURPOSE: translate("LoanMessages", "Give the purpose of the loan."),
        P.UNKNOWN_ACCOUNT: translate("LoanMessages", "There is no account named %1."),
        P.DISABLED_ACCOUNT: translate("LoanMessages", "The account %1 is disabled."),
    }
    return sub(texts[le.BorrowerProblem(e.problem)], e.text)


@describer.register
def _due_required(e: le.DueRequired) -> str:
    return translate("LoanMessages", "A take-out loan needs a due date.")


@describer.register
def _due_not_allowed(e: le.DueNotAllowed) -> str:
    return translate(
        "LoanMessages", "An in-room loan is due at closing time today; it takes no due date."
    )


@describer.register
def _due_in_past(e: le.DueInPast) -> str:
    return sub(translate("LoanMessages", "The due time %1 has already passed."), local_time(e.due))


@describer.register
def _not_awaiting(e: le.LoanNotAwaitingApproval) -> str:
    if e.status == LoanStatus.REFUSED:
        text = translate(
            "LoanMessages",
            "Loan %1 is not awaiting approval: it has been refused (at another desk, perhaps). "
            "Reload the register to see it.",
        )
    elif e.status in (LoanStatus.OPEN, LoanStatus.CLOSED):
        text = translate(
            "LoanMessages",
            "Loan %1 is not awaiting approval: it has been approved (at another desk, "
            "perhaps). Reload the register to see it.",
        )
    else:
        text = translate("LoanMessages", "Loan %1 is not awaiting approval.")
    return sub(text, e.number)


@describer.register
def _loan_changed(e: le.LoanChanged) -> str:
    text = translate(
        "LoanMessages",
        "Loan %1 was changed at another desk after it was shown here; nothing was done. "
        "Reload it and decide again.",
    )
    return sub(text, e.number)


@describer.register
def _returned_elsewhere(e: le.FileReturnedElsewhere) -> str:
    if e.now_on:
        text = translate(
            "LoanMessages",
            "%1 is no longer out on loan %2: it was taken back at another desk and is now out "
            "on loan %3. Nothing was taken back; scan the files again.",
        )
        return sub(text, e.archive_number, e.loan_number, e.now_on)
    text = translate(
        "LoanMessages",
        "%1 of loan %2 was already taken back at another desk. Nothing was taken back; scan "
        "the files again.",
    )
    return sub(text, e.archive_number, e.loan_number)


@describer.register
def _awaiting(e: le.LoanAwaitingApproval) -> str:
    text = translate(
        "LoanMessages",
        "Loan %1 awaits approval by the general manager or the customer director; its files "
        "do not go out before.",
    )
    return sub(text, e.number)


@describer.register
def _note_required(e: le.NoteRequired) -> str:
    return translate("LoanMessages", "Say why the loan is refused.")


@describer.register
def _file_not_out(e: le.FileNotOut) -> str:
    return sub(translate("LoanMessages", "%1 is not out on any loan."), e.archive_number)


@describer.register
def _fine_required(e: le.FineRequired) -> str:
    text = translate(
        "LoanMessages",
        "%1 came back %2: record a fine of %3–%4 yuan with a reason, or a director's waiver "
        "with a reason.",
    )
    condition = condition_name(Condition(e.condition))
    return sub(text, e.archive_number, condition, le.FINE_MIN, le.FINE_MAX)


@describer.register
def _fine_out_of_range(e: le.FineOutOfRange) -> str:
    text = translate("LoanMessages", "The fine must be %1–%2 yuan, not %3.")
    return sub(text, le.FINE_MIN, le.FINE_MAX, e.amount)


@describer.register
def _reason_required(e: le.LoanReasonRequired) -> str:
    if e.what is le.ReasonFor.WAIVER:
        return translate("LoanMessages", "Give the reason for waiving the fine.")
    return translate("LoanMessages", "Give the reason for the fine.")


@describer.register
def _fine_without_damage(e: le.FineWithoutDamage) -> str:
    text = translate(
        "LoanMessages", "%1 came back in good order: there is nothing to fine or waive."
    )
    return sub(text, e.archive_number)


@describer.register
def _fine_and_waiver(e: le.FineAndWaiver) -> str:
    return translate("LoanMessages", "Record either a fine or a waiver, not both.")


@describer.register
def _waiver_needs_director(e: le.WaiverNeedsDirector) -> str:
    return translate(
        "LoanMessages", "Only the general manager or the customer director may waive a fine."
    )


@describer.register
def _copy_beyond(e: le.CopyBeyondLoan) -> str:
    text = translate("LoanMessages", "%1 is not on loan %2: no copies beyond what was lent.")
    return sub(text, ", ".join(e.archive_numbers), e.number)


@describer.register
def _copy_scope(e: le.CopyScopeRequired) -> str:
    return translate("LoanMessages", "Say which pages or part may be copied.")


@describer.register
def _copy_not_out(e: le.CopyNotWhileOut) -> str:
    return sub(translate("LoanMessages", "Loan %1 is not out: no copies."), e.number)


@describer.register
def _not_returned(e: le.FileNotReturned) -> str:
    return sub(translate("LoanMessages", "%1 has not been returned yet."), e.archive_number)


@describer.register
def _already_reshelved(e: le.AlreadyReshelved) -> str:
    text = translate("LoanMessages", "%1 was already confirmed back in its place by %2.")
    return sub(text, e.archive_number, e.by)


@describer.register
def _wrong_shelf(e: le.WrongShelf) -> str:
    text = translate("LoanMessages", "%1 belongs on shelf %2, not on %3.")
    return sub(text, e.archive_number, e.expected, e.scanned)


@describer.register
def _deputy_invalid(e: le.DeputyInvalid) -> str:
    P = le.DeputyProblem
    texts = {
        P.ENDS_BEFORE_START: translate("LoanMessages", "The deputy period ends before it starts."),
        P.ENDED: translate("LoanMessages", "The deputy period is already over."),
        P.IS_ARCHIVIST: translate(
            "LoanMessages", "%1 has the archivist's rights already and is not named deputy."
        ),
        P.DISABLED: translate("LoanMessages", "The account %1 is disabled."),
        P.NOT_FOUND: translate("LoanMessages", "There is no such deputy period to end."),
        P.NOT_NAMED: translate(
            "LoanMessages", "%1 is not named deputy archivist for today or a day to come."
        ),
    }
    if le.DeputyProblem(e.problem) is P.OVERLAPS:
        text = translate(
            "LoanMessages",
            "%1 is already the deputy archivist from %2 to %3; end that period first.",
        )
        start = e.starts_on.isoformat() if e.starts_on else ""
        return sub(text, e.other, start, e.ends_on.isoformat() if e.ends_on else "")
    return sub(texts[le.DeputyProblem(e.problem)], e.username)


@describer.register
def _handover_needs_successor(e: le.HandoverNeedsSuccessor) -> str:
    if e.username:
        return sub(
            translate("LoanMessages", "There is no account named %1 to hand over to."), e.username
        )
    return translate(
        "LoanMessages",
        "Name who takes over: no deputy archivist is named for today or later.",
    )
