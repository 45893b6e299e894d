"""Extract approval (R-BAK-5; 第一篇 第二章2 and 第五章2): customer data leaves the office
through those with the export right (the general manager, the customer director, the
archivist); anyone else asks for an extract — what and why — and may make it once the general
manager or the customer director has approved the request.

The rules:
- a request is decided once, approved or refused, by a general manager or a customer
  director who did not make it (nobody approves their own extract);
- an approved request allows one extract of the kind asked for, by the account that asked,
  and lapses when unused for `VALID_DAYS` days after its approval;
- once used it is spent: the export records its row count and its audit entry on it.

Decisions:
- Single use and a short life: an approval answers one need ("the SMS list for the New Year
  greetings"), not a standing right; a standing right is a role (permissions.py).
- The approver's role is checked by the permission matrix (Action.EXTRACT_APPROVE); this module
  keeps what the matrix cannot say: not one's own request, decided once, lapsed when unused.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from records_desk.domain.common.errors import DomainError

VALID_DAYS = 7


class ExtractState(StrEnum):
    PENDING = "pending"  # asked, not yet decided
    APPROVED = "approved"  # may be used once, until it lapses
    REFUSED = "refused"
    USED = "used"  # the extract was made (its rows and audit entry on the request)
    LAPSED = "lapsed"  # approved and not used in time (never stored: read from the dates)


class ExtractRequestUnknown(DomainError):
    def __init__(self, request_id: int) -> None:
        super().__init__(f"no extract request {request_id}")
        self.request_id = request_id


class ExtractOwnRequest(DomainError):
    """Nobody decides their own extract request (第五章2: another's approval)."""

    def __init__(self, request_id: int, username: str) -> None:
        super().__init__(f"extract request {request_id} is {username}'s own")
        self.request_id = request_id
        self.username = username


class ExtractAlreadyDecided(DomainError):
    def __init__(self, request_id: int, state: ExtractState) -> None:
        super().__init__(f"extract request {request_id} is already {state.value}")
        self.request_id = request_id
        self.state = state


class ExtractReasonMissing(DomainError):
    """A request says why; a refusal says why not."""

    def __init__(self, field: str) -> None:
        super().__init__(f"extract request: {field} is required")
        self.field = field  # "why" or "note"


class ExtractGrantSpent(DomainError):
    """The approved request was used (or lapsed) between the check and the export's end."""

    def __init__(self, request_id: int) -> None:
        super().__init__(f"extract request {request_id} is no longer usable")
        self.request_id = request_id


def lapses_at(approved_at: datetime) -> datetime:
    return approved_at + timedelta(days=VALID_DAYS)


def state_at(stored: ExtractState, approved_at: datetime | None, now: datetime) -> ExtractState:
    """The request's state at NOW: an approval unused for VALID_DAYS has lapsed."""
    if (
        stored is ExtractState.APPROVED
        and approved_at is not None
        and now >= lapses_at(approved_at)
    ):
        return ExtractState.LAPSED
    return stored


def check_reason(text: str, field: str = "why") -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ExtractReasonMissing(field)
    return cleaned


def check_decision(
    request_id: int,
    state: ExtractState,
    requester_id: int,
    decider_id: int,
    decider_username: str,
) -> None:
    """Raise unless the request may be decided now by DECIDER (whose role the matrix checked)."""
    if requester_id == decider_id:
        raise ExtractOwnRequest(request_id, decider_username)
    if state is not ExtractState.PENDING:
        raise ExtractAlreadyDecided(request_id, state)
