"""The words of the media list's Excel exchange (exchange/media/): its columns and every problem
an imported list can have, in the user's language, for the preview, the command line and the
saved error report alike. Registered when the media feature's wording (errors.py) is loaded."""

from __future__ import annotations

from pathlib import Path

from records_desk.exchange.media.columns import FIELD_TERMS, MediaField
from records_desk.exchange.media.problems import (
    CustodianUnknown,
    DepartmentNew,
    FinalStateNotImported,
    MediaColumnMissing,
    MediaExportCancelled,
    MediaHeaderRowNotFound,
    MediaImportCancelled,
    MediaImportInvalid,
    MediaValueRequired,
    MediaValueTooLong,
    MediaValueUnknown,
    MediumNumberTaken,
    NumberTypeMismatch,
    SerialOnRecord,
    ValueRepeated,
)
from records_desk.wording.describe import describer
from records_desk.wording.exchange import row_ranges
from records_desk.wording.language import sub, translate
from records_desk.wording.media.terms import type_name


def field_name(f: MediaField) -> str:
    """A column as the list heads it (the export's header), in either language: the office's
    lists are Chinese, so the Chinese header is named beside the English word."""
    names = {
        MediaField.NUMBER: translate("MediaExchange", "number"),
        MediaField.TYPE: translate("MediaExchange", "type"),
        MediaField.BRAND: translate("MediaExchange", "brand"),
        MediaField.MODEL: translate("MediaExchange", "model"),
        MediaField.SERIAL: translate("MediaExchange", "serial number"),
        MediaField.CAPACITY: translate("MediaExchange", "capacity"),
        MediaField.CLASSIFIED: translate("MediaExchange", "classification"),
        MediaField.DEPARTMENT: translate("MediaExchange", "department"),
        MediaField.CUSTODIAN: translate("MediaExchange", "custodian"),
        MediaField.LOCATION: translate("MediaExchange", "location"),
        MediaField.STATE: translate("MediaExchange", "state"),
        MediaField.NOTE: translate("MediaExchange", "note"),
    }
    name, header = names[MediaField(f)], FIELD_TERMS[MediaField(f)]
    return name if name == header else f"{name} ({header})"


@describer.register
def _header_row_not_found(e: MediaHeaderRowNotFound) -> str:
    text = translate(
        "MediaExchange",
        "No header row in the first %2 rows of the sheet “%1” (it needs at least two column "
        "names such as %3)",
    )
    return sub(text, e.sheet, e.searched, "編號、類型、密級、部門")


@describer.register
def _column_missing(e: MediaColumnMissing) -> str:
    text = translate("MediaExchange", "The list has no %1 column; every medium needs one")
    return sub(text, field_name(e.field))


@describer.register
def _value_required(e: MediaValueRequired) -> str:
    return sub(translate("MediaExchange", "The %1 is empty; every medium needs one"),
               field_name(e.field))  # fmt: skip


@describer.register
def _value_unknown(e: MediaValueUnknown) -> str:
    if e.field is MediaField.TYPE:
        text = translate("MediaExchange", "“%1” is not a type of medium (%2)")
        return sub(text, e.text, "USB 隨身碟、硬碟、光碟、磁帶、記憶卡、軟碟")
    text = translate("MediaExchange", "“%1” says neither %2 nor %3 (nor yes or no)")
    return sub(text, e.text, "涉密", "非涉密")


@describer.register
def _value_too_long(e: MediaValueTooLong) -> str:
    text = translate("MediaExchange", "The %1 is longer than %2 characters")
    return sub(text, field_name(e.field), e.limit)


@describer.register
def _number_type_mismatch(e: NumberTypeMismatch) -> str:
    text = translate("MediaExchange", "%1 is not a number of a %2 (the type column says so)")
    return sub(text, e.number, type_name(e.media_type))


@describer.register
def _value_repeated(e: ValueRepeated) -> str:
    text = translate("MediaExchange", "“%1” is already on row %2: a %3 names one medium")
    return sub(text, e.text, e.first_row, field_name(e.field))


@describer.register
def _number_taken(e: MediumNumberTaken) -> str:
    text = translate("MediaExchange", "%1 is on record already (a number is never given twice)")
    return sub(text, e.number)


@describer.register
def _serial_on_record(e: SerialOnRecord) -> str:
    text = translate("MediaExchange", "Serial number %1 is on record already, as %2")
    return sub(text, e.serial, e.number)


@describer.register
def _final_state(e: FinalStateNotImported) -> str:
    text = translate(
        "MediaExchange",
        "A medium “%1” is not imported: it could be issued again; remove the row",
    )
    return sub(text, e.text)


@describer.register
def _custodian_unknown(e: CustodianUnknown) -> str:
    text = translate(
        "MediaExchange", "No account is named “%1”; the medium is imported without a custodian"
    )
    return sub(text, e.name)


@describer.register
def _department_new(e: DepartmentNew) -> str:
    text = translate("MediaExchange", "No medium on record belongs to “%1” yet; check the spelling")
    return sub(text, e.department)


@describer.register
def _import_invalid(e: MediaImportInvalid) -> str:
    if not e.error_rows:
        return sub(translate("MediaExchange", "%1 cannot be imported; nothing was written"),
                   Path(e.path).name)  # fmt: skip
    text = translate("MediaExchange", "%1 has rows with errors (%2); nothing was written")
    return sub(text, Path(e.path).name, row_ranges(e.error_rows))


@describer.register
def _import_cancelled(e: MediaImportCancelled) -> str:
    return translate("MediaExchange", "The import was cancelled; nothing was written.")


@describer.register
def _export_cancelled(e: MediaExportCancelled) -> str:
    return translate("MediaExchange", "The export was cancelled; no file was written.")
