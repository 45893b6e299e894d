"""Printing forms (R-PRN): render a form to PDF for the signed-in user, and record every print
and every save in the operation log (R-AUD-1).

Rendering writes nothing: a preview is not a print. The UI (or the CLI) calls record_print
before the printer has the pages, and record_save before the file takes its name; each returns
the form stamped with that entry: every page carries who printed it, when, and the print's
own audit entry (printing/context.py), so a signed paper copy names the very entry that
recorded it (issue 10 §4; the preview shows the log's head before it)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import select

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.printing.context import PrintContext
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.settings import Settings
from records_desk.store.models import AuditEntry

if TYPE_CHECKING:
    from records_desk.printing.definitions import FormDefinition

# printing.engine (reportlab) and the definitions are imported when first used: the app
# starts without them (bench/startup.py).

CALIBRATION_ID = "label_calibration"


class FormInfo(NamedTuple):
    """One printable form, for File > Print blank form… and `records-desk print --list`."""

    id: str
    title_zh: str
    title_en: str
    kind: str  # "form" or "labels"


class PrintSubject(NamedTuple):
    """What a filled form is about (a customer file…), named in its print and save entries."""

    entity_type: AuditTarget
    entity_id: int
    label: str  # e.g. the archive number


@dataclass(frozen=True)
class PrintedForm:
    form_id: str
    title_zh: str
    title_en: str
    pdf: bytes
    pages: int
    subject: PrintSubject | None = None  # None: a blank form or a list (附件3)
    # The same form drawn again with another print context (the print's own audit entry).
    remake: Callable[[PrintContext], bytes] | None = field(default=None, compare=False, repr=False)
    context: PrintContext | None = field(default=None, compare=False, repr=False)

    def stamped(self, seq: int, entry_hash: str) -> PrintedForm:
        """This form with the audit entry `seq` printed on every page (same pages)."""
        if self.remake is None or self.context is None:
            return self
        context = replace(self.context, audit_seq=seq, audit_hash=entry_hash)
        return replace(self, pdf=self.remake(context), context=context)


def _about(subject: PrintSubject | None) -> str:
    return f" for {subject.entity_type} {subject.label}" if subject else ""


class PrintService:
    def __init__(
        self,
        ctx: ServiceContext,
        forms_folder: Path | None = None,
        settings: Settings | None = None,
    ) -> None:
        self.ctx = ctx
        self.forms_folder = forms_folder  # None: the forms/ shipped with the app
        self.settings = settings  # the label grid and offset; None: the declared defaults

    def list_forms(self) -> list[FormInfo]:
        """Every form definition, sorted by id (definitions are not secret: no sign-in)."""
        from records_desk.printing.definitions import list_forms

        return [
            FormInfo(d.id, d.title_zh, d.title_en, d.kind) for d in list_forms(self.forms_folder)
        ]

    def definition(self, form_id: str) -> FormDefinition:
        """Raises UnknownForm or FormDefinitionError."""
        from records_desk.printing.definitions import load_form

        return load_form(form_id, self.forms_folder)

    def render(
        self,
        actor: Principal,
        form_id: str,
        data: dict[str, Any] | None = None,
        layout: Any = None,
    ) -> PrintedForm:
        """The form as PDF, blank when data is None. Raises UnknownForm, FormDefinitionError,
        FormDataError (naming the field), or for label sheets labels.LabelDataError.
        `layout` (a printing.label_layout.LabelLayout) is only used by label sheets; without one,
        they use the label grid and offset of the settings."""
        from records_desk.printing import engine

        actor = self.ctx.authorize(actor, Action.FORM_PRINT)
        definition = self.definition(form_id)
        if definition.kind == "labels" and layout is None:
            layout = engine.default_label_layout(definition, self.settings)
        context = self._context(actor)
        pdf = engine.render(definition, data, context, layout)

        def remake(stamp: PrintContext) -> bytes:
            return engine.render(definition, data, stamp, layout)

        return PrintedForm(
            definition.id,
            definition.title_zh,
            definition.title_en,
            pdf,
            engine.page_count(pdf),
            remake=remake,
            context=context,
        )

    def render_calibration(self, actor: Principal, layout: Any = None) -> PrintedForm:
        """The label calibration page for a label layout (default: from the settings)."""
        from records_desk.printing import engine

        actor = self.ctx.authorize(actor, Action.FORM_PRINT)
        layout = layout if layout is not None else engine.default_label_layout(None, self.settings)
        context = self._context(actor)
        pdf = engine.render_calibration(context, layout)

        def remake(stamp: PrintContext) -> bytes:
            return engine.render_calibration(stamp, layout)

        return PrintedForm(
            CALIBRATION_ID,
            "標籤校準頁",
            "Label calibration page",
            pdf,
            engine.page_count(pdf),
            remake=remake,
            context=context,
        )

    def record_print(
        self,
        actor: Principal,
        form_id: str,
        pages: int,
        copies: int,
        printer: str,
        subject: PrintSubject | None = None,
    ) -> tuple[int, str]:
        """R-AUD-1: a form goes to a printer; the entry's (seq, hash), for PrintedForm.stamped."""
        return self._record(
            actor,
            AuditAction.FORM_PRINT,
            f"printed {form_id}{_about(subject)}: {pages} page(s) x {copies} on {printer}",
            form_id,
            subject,
            {"pages": pages, "copies": copies, "printer": printer},
        )

    def record_save(
        self,
        actor: Principal,
        form_id: str,
        path: str | Path,
        pages: int,
        subject: PrintSubject | None = None,
    ) -> tuple[int, str]:
        """R-AUD-1: a form is saved as a PDF file; the entry's (seq, hash)."""
        return self._record(
            actor,
            AuditAction.FORM_SAVE,
            f"saved {form_id}{_about(subject)} as {path} ({pages} page(s))",
            form_id,
            subject,
            {"path": str(path), "pages": pages},
        )

    def save_file(
        self,
        actor: Principal,
        printed: PrintedForm,
        path: Path,
        subject: PrintSubject | None = None,
    ) -> PrintedForm:
        """Write PRINTED to PATH and audit the save (R-AUD-1); the form as written (stamped).
        The audit entry is written before the file appears under its name, so there is never a
        saved form the log does not know of, nor a file that replaced another and vanished; the
        file's pages carry that entry (issue 10 §4): the first write proves the folder takes the
        file before anything is audited, the second is the form stamped with its entry. Raises
        FileNotWritten (nothing left behind). The command line's and the window's saves."""
        from records_desk.private_files import AtomicOutput

        output = AtomicOutput(path)
        output.write(printed.pdf)
        try:
            seq, entry_hash = self.record_save(
                actor, printed.form_id, path.resolve(), printed.pages, subject=subject
            )
            stamped = printed.stamped(seq, entry_hash)
            final = AtomicOutput(path)
            final.write(stamped.pdf)
        except BaseException:
            output.discard()
            raise
        output.discard()
        final.commit()
        return stamped

    def _record(
        self,
        actor: Principal,
        action: AuditAction,
        summary: str,
        form_id: str,
        subject: PrintSubject | None,
        details: dict[str, Any],
    ) -> tuple[int, str]:
        # A filled form's entry is the file's (the customer's history shows who printed it);
        # a blank form's is the form's.
        actor = self.ctx.authorize(actor, Action.FORM_PRINT)
        about: dict[str, Any] = {}
        if subject is not None:
            about = {"subject": subject.entity_type.value, "subject_label": subject.label}
        with self.ctx.uow.write() as uow:
            entry = journal.append(
                uow.session,
                self.ctx.now(),
                actor.username,
                action,
                summary,
                entity_type=subject.entity_type if subject else AuditTarget.FORM,
                entity_id=subject.entity_id if subject else form_id,
                details={"form": form_id, **about, **details},
            )
            head = entry.seq, entry.hash
            uow.commit()
        return head

    def _context(self, actor: Principal) -> PrintContext:
        with self.ctx.uow.read() as uow:
            head = uow.session.execute(
                select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)
            ).first()
        who = f"{actor.full_name} ({actor.username})" if actor.full_name else actor.username
        return PrintContext(
            printed_by=who,
            printed_at=self.ctx.now(),
            audit_seq=head[0] if head else None,
            audit_hash=head[1] if head else None,
        )
