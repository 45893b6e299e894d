"""The other desks' changes, by feature (issue 15 §4): what store/live.py hears on a server
office, told as the names of the features (records_desk/features.py) whose records changed —
the window refreshes what those features show (ui/common/live.py).

A table belongs to the feature whose store module maps it (store/<feature>.py or
store/<feature>_<part>.py); the tables every feature shares (accounts, settings) to COMMON.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Protocol

from records_desk.features import features
from records_desk.store import live

if TYPE_CHECKING:
    from records_desk.store.database import AnyDatabase

COMMON = "common"
Deliver = Callable[[frozenset[str]], None]


class Watching(Protocol):
    def stop(self, timeout: float = 2.0) -> None: ...


@cache
def table_features() -> dict[str, str]:
    """Every mapped table's feature name (COMMON for the shared ones)."""
    import importlib

    from records_desk.store.models import Base

    for feature in features():  # every feature's models mapped, not only those imported yet
        try:
            importlib.import_module(f"records_desk.store.{feature.name}")
        except ModuleNotFoundError:
            pass
    names = sorted((f.name for f in features()), key=len, reverse=True)
    found: dict[str, str] = {}
    for mapper in Base.registry.mappers:
        module = mapper.class_.__module__.rsplit(".", 1)[-1]
        owner = next((n for n in names if module == n or module.startswith(f"{n}_")), COMMON)
        for table in mapper.tables:
            found[table.name] = owner
    return found


def features_changed(changed: live.Changed) -> frozenset[str]:
    """The features whose records CHANGED touches (every feature for live.EVERYTHING)."""
    if live.EVERYTHING in changed:
        return frozenset({COMMON, *(f.name for f in features())})
    owners = table_features()
    return frozenset(owners.get(table, COMMON) for table in changed)


def watch(database: AnyDatabase, deliver: Deliver) -> Watching | None:
    """Listen for the other desks' changes to DATABASE, told to DELIVER (in the listening
    thread) as feature names; None on a database file (no other desks)."""
    return live.listen(database, lambda changed: deliver(features_changed(changed)))
