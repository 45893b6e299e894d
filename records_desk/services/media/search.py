"""The media tab's list (records_desk/ui/media): the inventory's filters (queries.py) with a
search by number or serial number, and the departments and locations on record for the
filters and the stocktake's scope. Written beside the inventory's own queries by the tab's
helper (issue 13 §5): the tab needs the search, the CLI does not.

Decisions:
- The search matches a number or a serial number containing the text (case-insensitive); a
  scanned label (full-width, lower case) is read as the number it holds first, so a scan into
  the search box finds the medium.
- The backup filter (R-MED-5) offers the office's categories (services/media/options.py):
  those discs are filed under are not gathered from the media (no index serves it: 40 ms over
  50,000 media at each refresh). A disc filed under a category the office has since renamed
  or removed is found among "any backup disc", its category shown in its row.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVarTuple

from sqlalchemy import func, or_, select
from sqlalchemy.sql import Select

from records_desk.domain.common.permissions import Action, is_allowed
from records_desk.domain.common.roles import Role
from records_desk.services.common.dto import Principal
from records_desk.services.media.dto import MediaFilter
from records_desk.services.media.queries import MediaQueryService
from records_desk.store.media import Medium
from records_desk.store.models import Account

_Ts = TypeVarTuple("_Ts")


@dataclass(frozen=True)
class Person:
    """An active account as the tab's pickers offer it (borrower, approver, witness)."""

    username: str
    full_name: str
    may_consent: bool  # may consent to an issue for a department (R-MED-3)

    @property
    def display(self) -> str:
        return f"{self.full_name} ({self.username})" if self.full_name else self.username


ANY_BACKUP = ""  # MediaSearch.backup: the discs filed as backups, whatever their category


@dataclass(frozen=True)
class MediaSearch(MediaFilter):
    """MediaFilter, a text found in the number or the serial number ("": any) and the backup
    discs of a category (None: any medium; ANY_BACKUP: every disc filed as a backup)."""

    text: str = ""
    backup: str | None = None


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class MediaSearchService(MediaQueryService):
    def filtered(self, query: Select[*_Ts], flt: MediaFilter) -> Select[*_Ts]:
        query = super().filtered(query, flt)
        backup: str | None = getattr(flt, "backup", None)
        if backup == ANY_BACKUP:
            query = query.where(Medium.backup_category.is_not(None))
        elif backup is not None:
            query = query.where(Medium.backup_category == backup)
        text = " ".join(getattr(flt, "text", "").split())
        if not text:
            return query
        from records_desk.domain.media.errors import MediumNumberInvalid
        from records_desk.domain.media.numbers import normalise_medium_number

        try:
            number = normalise_medium_number(text)
        except MediumNumberInvalid:  # not a whole number: searched as typed
            number = text
        return query.where(
            or_(
                Medium.number.ilike(_like(number), escape="\\"),
                Medium.number.ilike(_like(text), escape="\\"),
                Medium.serial.ilike(_like(text), escape="\\"),
            )
        )

    def departments(self, actor: Principal) -> list[str]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            query = select(Medium.department).distinct().order_by(Medium.department)
            return [d for d in uow.session.scalars(query) if d]

    def locations(self, actor: Principal) -> list[str]:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            query = select(Medium.location).distinct().order_by(Medium.location)
            return [loc for loc in uow.session.scalars(query) if loc]

    def total(self, actor: Principal) -> int:
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            return int(uow.session.scalar(select(func.count()).select_from(Medium)) or 0)

    def people(self, actor: Principal) -> list[Person]:
        """The active accounts, by name: whom a medium may be issued to, who consents (those
        with MEDIA_CONSENT; the service checks again), who witnesses a disposal."""
        self.ctx.authorize(actor, Action.MEDIA_VIEW)
        with self.ctx.uow.read() as uow:
            query = select(Account).where(Account.active.is_(True)).order_by(Account.full_name)
            return [
                Person(a.username, a.full_name, is_allowed(Role(a.role), Action.MEDIA_CONSENT))
                for a in uow.session.scalars(query)
            ]
