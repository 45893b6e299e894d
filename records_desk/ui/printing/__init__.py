"""Print preview, printing and saving of the PDFs the printing service renders (R-PRN), and
File → Print blank form…. The widgets only know the service through the small protocols below,
so a feature tab opens a filled form with `open_preview(...)` the same way."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from records_desk.services.common.dto import Principal

if TYPE_CHECKING:
    from records_desk.services.common.printing import PrintSubject


class PrintedFormLike(Protocol):
    """What `PrintService.render` returns (a frozen dataclass: its fields are read-only)."""

    @property
    def form_id(self) -> str: ...
    @property
    def title_zh(self) -> str: ...
    @property
    def title_en(self) -> str: ...
    @property
    def pdf(self) -> bytes: ...
    @property
    def pages(self) -> int: ...
    @property
    def subject(self) -> PrintSubject | None:
        """The file a filled form is about; None for a blank form or a list."""
        ...


class PrintingApi(Protocol):
    """The part of `services.printing` the UI uses; every print and save is audited (R-AUD-1)."""

    def list_forms(self) -> Sequence[tuple[str, str, str, str]]:
        """(id, title_zh, title_en, kind) of every form."""
        ...

    def render(
        self, actor: Principal, form_id: str, data: dict[str, Any] | None = None
    ) -> PrintedFormLike: ...

    def record_print(
        self,
        actor: Principal,
        form_id: str,
        pages: int,
        copies: int,
        printer: str,
        subject: PrintSubject | None = None,
    ) -> object: ...

    def record_save(
        self,
        actor: Principal,
        form_id: str,
        path: str,
        pages: int,
        subject: PrintSubject | None = None,
    ) -> object: ...
