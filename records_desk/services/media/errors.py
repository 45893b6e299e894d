"""Refusals of the media services that the domain's errors (domain/media/errors.py) do not
name yet — a stocktake already open, none open, a medium registered without its department —
each with its describer in the user's language.

Decisions:
- Kept here, beside the services that raise them, until domain/media/errors.py (another
  helper's file while issue 13 is built) takes them over with their wording in
  wording/media/errors.py; their names and fields are what that move should keep.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from records_desk.domain.common.errors import DomainError
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate
from records_desk.wording.terms import local_time


@dataclass
class StocktakeAlreadyOpen(DomainError):
    """One stocktake at a time: the one opened at OPENED_AT by OPENED_BY is still open."""

    opened_at: datetime
    opened_by: str

    def __str__(self) -> str:
        return f"a stocktake opened by {self.opened_by} at {self.opened_at:%Y-%m-%d %H:%M} is still open"


@dataclass
class NoStocktakeOpen(DomainError):
    """A scan or a closing with no stocktake open."""

    def __str__(self) -> str:
        return "no stocktake is open"


@dataclass
class DepartmentRequired(DomainError):
    """R-MED-1: a medium is registered with the department that owns it."""

    def __str__(self) -> str:
        return "a medium needs its owning department"


@describer.register
def _stocktake_already_open(e: StocktakeAlreadyOpen) -> str:
    text = translate(
        "MediaMessages", "A stocktake opened by %1 at %2 is still open; close it first."
    )
    return sub(text, e.opened_by, local_time(e.opened_at))


@describer.register
def _no_stocktake_open(e: NoStocktakeOpen) -> str:
    return translate("MediaMessages", "No stocktake is open; start one first.")


@describer.register
def _department_required(e: DepartmentRequired) -> str:
    return translate("MediaMessages", "Name the department that owns the medium.")


@dataclass
class NeverIssued(DomainError):
    """R-MED-8: a sign-out slip is of an issue; this medium was never issued."""

    number: str

    def __str__(self) -> str:
        return f"{self.number} was never issued: it has no sign-out slip"


@describer.register
def _never_issued(e: NeverIssued) -> str:
    return sub(
        translate("MediaMessages", "%1 was never issued: it has no sign-out slip."), e.number
    )
