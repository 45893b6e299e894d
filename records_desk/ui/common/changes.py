"""What an operation changed, told to every view that shows it (Anki's `OpChanges`): the one
that made the change publishes `Changes.of(topic)` on the window's `ChangeBus`, each view
listens and rereads only when a topic it shows is touched. No view is looked up by the one that
changed the data, and a new view needs nothing but its own `changed.connect`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

# The topics. A feature adds its own here as it is built.
CUSTOMER_FILES = "customer_files"  # files written, voided, graded, blacklisted, imported
LOANS = "loans"  # files lent, approved, taken back, re-shelved (the register, the overdue count)


@dataclass(frozen=True)
class Changes:
    topics: frozenset[str]

    @classmethod
    def of(cls, *topics: str) -> Changes:
        return cls(frozenset(topics))

    def touches(self, *topics: str) -> bool:
        return not self.topics.isdisjoint(topics)


class ChangeBus(QObject):
    """One per main window; `changed(Changes)` after every operation that wrote something."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        self.changed.emit(changes)
