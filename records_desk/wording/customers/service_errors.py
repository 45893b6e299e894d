"""The describers of what the customer services refuse or stop (domain/customers/errors.py,
last section): a cancelled export or import, an import with wrong rows, a form asked of the
wrong file. Imported (and so registered) by wording/customers/errors.py."""

from __future__ import annotations

from records_desk.domain.customers import errors as ce
from records_desk.wording.describe import describer
from records_desk.wording.language import sub as _sub
from records_desk.wording.language import translate


@describer.register
def _export_cancelled(e: ce.ExportCancelled) -> str:
    return translate("CustomerMessages", "The export was cancelled; no file was written.")


@describer.register
def _import_cancelled(e: ce.ImportCancelled) -> str:
    return translate("CustomerMessages", "The import was cancelled; nothing was imported.")


@describer.register
def _import_invalid(e: ce.ImportInvalid) -> str:
    return _sub(
        translate(
            "CustomerMessages",
            "%1 rows of the list are wrong, so nothing was imported; the preview and the "
            "error report say what to correct.",
        ),
        len(e.error_rows) + e.file_problems,
    )


@describer.register
def _not_a_customer_form(e: ce.NotACustomerForm) -> str:
    return _sub(
        translate("CustomerMessages", "The form %1 is not filled from a customer file."),
        e.form_id,
    )


@describer.register
def _form_not_applicable(e: ce.FormNotApplicable) -> str:
    return translate(
        "CustomerMessages",
        "Internal and campaign records have no grade, so this form does not apply to them.",
    )


@describer.register
def _form_record_not_found(e: ce.FormRecordNotFound) -> str:
    return _sub(
        translate("CustomerMessages", "This customer file has no record %1 for that form."),
        e.record_id,
    )


@describer.register
def _archive_number_not_found(e: ce.ArchiveNumberNotFound) -> str:
    return _sub(
        translate("CustomerMessages", "There is no customer file numbered %1."), e.archive_number
    )
