"""Refusals of the media inventory's record forms (R-MED-6, R-MED-7, the stocktake report):
a disposal record of a medium that is not disposed of, a repair hand-over record of a medium
never sent for repair, a stocktake report with no closed stocktake — each naming the medium
and its state, with its describer in the user's language.

Decisions:
- Kept beside services/media/errors.py (the slip's NeverIssued) rather than in it, while
  issue 13 is built by several hands; the names and fields are what a move should keep.
"""

from __future__ import annotations

from dataclasses import dataclass

from records_desk.domain.common.errors import DomainError
from records_desk.domain.media.vocabulary import MediumState
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.media.terms import state_name


@dataclass
class NotDisposed(DomainError):
    """R-MED-7: a disposal record is of disposed media; NUMBER is in STATE."""

    number: str
    state: MediumState

    def __str__(self) -> str:
        return f"{self.number} is {self.state}, not disposed of: it has no disposal record"


@dataclass
class NeverSentForRepair(DomainError):
    """R-MED-6: a repair hand-over record is of a repair; NUMBER (in STATE) had none."""

    number: str
    state: MediumState

    def __str__(self) -> str:
        return f"{self.number} ({self.state}) was never sent for repair: it has no hand-over record"


@dataclass
class NoClosedStocktake(DomainError):
    """A stocktake report is of a closed stocktake: STOCKTAKE_ID is unknown or still open
    (None: no stocktake was ever closed)."""

    stocktake_id: int | None = None
    still_open: bool = False

    def __str__(self) -> str:
        if self.stocktake_id is None:
            return "no stocktake has been closed yet"
        if self.still_open:
            return f"stocktake {self.stocktake_id} is still open: close it first"
        return f"no stocktake {self.stocktake_id}"


@describer.register
def _not_disposed(e: NotDisposed) -> str:
    text = translate("MediaMessages", "%1 is %2, not disposed of: it has no disposal record.")
    return sub(text, e.number, state_name(e.state))


@describer.register
def _never_sent_for_repair(e: NeverSentForRepair) -> str:
    text = translate(
        "MediaMessages", "%1 (%2) was never sent for repair: it has no repair hand-over record."
    )
    return sub(text, e.number, state_name(e.state))


@describer.register
def _no_closed_stocktake(e: NoClosedStocktake) -> str:
    if e.stocktake_id is None:
        return translate("MediaMessages", "No stocktake has been closed yet: there is no report.")
    if e.still_open:
        text = translate("MediaMessages", "Stocktake %1 is still open: close it for its report.")
    else:
        text = translate("MediaMessages", "There is no stocktake %1.")
    return sub(text, e.stocktake_id)
