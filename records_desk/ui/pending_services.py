"""The services of a records office that is still being opened on a worker thread
(records_desk/app_opening.py), as the session flow sees them: the sign-in dialog is on screen
before they exist, and `opened(Services)` or `failed(exception)` arrives once, on the GUI
thread, when the opening ends.

Decisions:
- Nothing here imports the services or the store, at run time: the composition root hands in
  the opening and the function that builds the services from the database it opened.
- The worker thread only emits a private signal; the connection is queued, so the services are
  built and announced on the GUI thread, in the event loop, even when the opening had already
  ended when this object was made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot

if TYPE_CHECKING:
    from records_desk.services.container import Services


class Opening(Protocol):
    """What app_opening.DatabaseOpening offers (a test gives its own)."""

    path: Path | str
    exists: bool

    def start(self) -> None: ...

    def add_done_callback(self, callback: Callable[[], object]) -> None: ...

    def result(self) -> Any: ...

    def close(self, timeout: float = ...) -> None: ...


class PendingServices(QObject):
    """`path` is the database's, or its server address (for the sign-in dialog's heading);
    `exists` says whether a
    records office is already there (else the first-run dialog follows the opening)."""

    opened = Signal(object)
    failed = Signal(object)
    _ended = Signal()

    def __init__(
        self,
        opening: Opening,
        build: Callable[[Any], Services],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = opening.path
        self.exists = opening.exists
        self.services: Services | None = None
        self.error: Exception | None = None
        self._opening = opening
        self._build = build
        self._ended.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        opening.add_done_callback(self._ended.emit)

    def start(self) -> None:
        """Begin opening, if not begun yet."""
        self._opening.start()

    @property
    def settled(self) -> bool:
        """The services are there, or will never be."""
        return self.services is not None or self.error is not None

    @Slot()
    def _deliver(self) -> None:
        try:
            self.services = self._build(self._opening.result())
        except Exception as e:  # noqa: BLE001 - the flow tells the user, in one sentence
            self.error = e
            self.failed.emit(e)
            return
        self.opened.emit(self.services)

    def close(self) -> None:
        """At exit: the services' database, or whatever the opening still opens."""
        if self.services is not None:
            self.services.close()
        else:
            self._opening.close()
