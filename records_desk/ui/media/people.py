"""Who an account is, by name, in the media tab: one map from user name to the person's name
(the active accounts, MediaSearchService.people), read by the screen once per refresh and
shared by every view of the tab that names someone — the list's Borrower column, the detail
panel, the stocktake dialog — instead of a map of its own in each, read at its own time."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the services load lazily (the tab's first paint)
    from records_desk.services.media.search import Person


class PeopleNames:
    """The names of the accounts; an account not known (or without a name) by its user name."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._names: dict[str, str] = {}
        self.update(people)

    def update(self, people: Iterable[Person]) -> None:
        """Every name read again (after a refresh): the views sharing this map see them."""
        self._names = {p.username: p.full_name for p in people if p.full_name}

    def name(self, username: str | None) -> str:
        """The person's name (林檔案), else the user name; "" for nobody."""
        if not username:
            return ""
        return self._names.get(username) or username

    def named(self, username: str | None) -> str:
        """The person's name and account (林檔案 (archivist)); the account alone if unknown."""
        if not username:
            return ""
        name = self._names.get(username)
        return f"{name} ({username})" if name else username
