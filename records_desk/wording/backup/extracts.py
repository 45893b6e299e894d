"""The describers of the extract requests' errors (domain/backup/extracts.py, R-BAK-5) in the
user's language, and the words for what an extract is and where a request stands (the command
line and the Requests dialog). Imported by wording/backup/errors.py, the backup feature's
`wording`."""

from __future__ import annotations

from records_desk.domain.backup import extracts as ex
from records_desk.domain.common.permissions import Extract
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def extract_name(what: Extract) -> str:
    names = {
        Extract.CUSTOMER_LIST: translate("ExtractMessages", "the customer list"),
        Extract.SMS_LIST: translate("ExtractMessages", "the SMS list"),
    }
    return names[Extract(what)]


def state_name(state: ex.ExtractState) -> str:
    S = ex.ExtractState
    names = {
        S.PENDING: translate("ExtractMessages", "waiting for approval"),
        S.APPROVED: translate("ExtractMessages", "approved"),
        S.REFUSED: translate("ExtractMessages", "refused"),
        S.USED: translate("ExtractMessages", "used"),
        S.LAPSED: translate("ExtractMessages", "lapsed unused"),
    }
    return names[ex.ExtractState(state)]


@describer.register
def _unknown(e: ex.ExtractRequestUnknown) -> str:
    return sub(translate("ExtractMessages", "There is no extract request %1."), e.request_id)


@describer.register
def _own(e: ex.ExtractOwnRequest) -> str:
    text = translate(
        "ExtractMessages",
        "Extract request %1 is your own: another approver (the general manager or the "
        "customer director) must decide it.",
    )
    return sub(text, e.request_id)


@describer.register
def _decided(e: ex.ExtractAlreadyDecided) -> str:
    text = translate("ExtractMessages", "Extract request %1 is already decided (%2).")
    return sub(text, e.request_id, state_name(e.state))


@describer.register
def _reason(e: ex.ExtractReasonMissing) -> str:
    if e.field == "note":
        return translate("ExtractMessages", "Say why the extract is refused.")
    return translate("ExtractMessages", "Say why the extract is needed.")


@describer.register
def _spent(e: ex.ExtractGrantSpent) -> str:
    text = translate(
        "ExtractMessages",
        "Extract request %1 was used or lapsed meanwhile; no file was written. Ask for a new one.",
    )
    return sub(text, e.request_id)
