"""Print preview, printing and saving of the PDFs the printing service renders (R-PRN), and
File → Print blank form…. The widgets only know the service through the small protocols below,
so a feature tab opens a filled form with `open_preview(...)` the same way."""

from __future__ import annotations

from typing import Any, Protocol

from records_desk.services.common.dto import Principal


class PrintedFormLike(Protocol):
    """What `PrintService.render` returns."""

    form_id: str
    title_zh: str
    title_en: str
    pdf: bytes
    pages: int
    subject: Any  # services.printing.PrintSubject | None: the file a filled form is about


class PrintingApi(Protocol):
    """The part of `services.printing` the UI uses; every print and save is audited (R-AUD-1)."""

    def list_forms(self) -> list[tuple[str, str, str, str]]: ...

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
        subject: Any = None,
    ) -> object: ...

    def record_save(
        self, actor: Principal, form_id: str, path: str, pages: int, subject: Any = None
    ) -> object: ...
