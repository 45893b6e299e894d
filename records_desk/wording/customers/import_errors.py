"""The describers of the problems an imported customer list can have beyond the domain's own
(exchange/customers/problems.py and imports.py: a required field empty, an unknown choice, an
ID or e-mail that fails its check, a number repeated in the file, a missing column or sheet),
in the user's language. Imported (and so registered) by wording/customers/errors.py."""

from __future__ import annotations

from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.vocabulary import Grade, ProspectLevel, RecordType
from records_desk.exchange.customers.cells import (
    ArchiveNumberRepeated,
    ChoiceUnknown,
    EmailInvalid,
    FieldRequired,
    GradeForUngradedType,
    IdNumberInvalid,
)
from records_desk.exchange.customers.columns import ImportField
from records_desk.exchange.customers.gaps import ColumnGap
from records_desk.exchange.customers.imports import (
    ColumnMissing,
    HeaderRowNotFound,
)
from records_desk.wording.customers.terms import field_name, grade_name, record_type_name
from records_desk.wording.describe import describer
from records_desk.wording.language import sub, translate


def import_field_name(field: ImportField) -> str:
    """A column of an imported list, named as the customer file's field is everywhere."""
    return field_name(field.value)


def _choices(field: ImportField) -> str:
    """What a cell of a choice column may say, in the user's language (the import reads these
    words in either language, and the regulations' own, such as 售後維修客戶資料)."""
    listed = {
        ImportField.RECORD_TYPE: [record_type_name(t) for t in RecordType],
        ImportField.GRADE: [grade_name(g) for g in Grade],
        ImportField.PROSPECT_LEVEL: [level.value for level in ProspectLevel],
        ImportField.ADMISSION: [translate("ImportReport", "yes"), translate("ImportReport", "no")],
    }
    return translate("ImportReport", ", ").join(listed[field])


def basis_text(basis: DuplicateBasis) -> str:
    if basis is DuplicateBasis.ID_NUMBER:
        return translate("ImportReport", "the same business or ID number")
    return translate("ImportReport", "the same name and phone")


def _type_term(record_type: RecordType | None) -> str:
    return record_type_name(record_type) if record_type else ""


@describer.register
def _id_number_invalid(e: IdNumberInvalid) -> str:
    from records_desk.domain.common.identifiers import IdKind

    texts = {
        IdKind.TW_NATIONAL_ID: translate(
            "ImportReport", "“%1” is not a valid ID number (check digit)"
        ),
        IdKind.TW_BUSINESS_NUMBER: translate(
            "ImportReport", "“%1” is not a valid business number (check digit)"
        ),
        IdKind.CN_RESIDENT_ID: translate(
            "ImportReport", "“%1” is not a valid resident ID number (check digit or date of birth)"
        ),
        None: translate(
            "ImportReport",
            "“%1” does not have the shape of an ID number, business number or resident ID number",
        ),
    }
    return sub(texts[e.kind], e.text)


@describer.register
def _email_invalid(e: EmailInvalid) -> str:
    return sub(translate("ImportReport", "“%1” is not a valid e-mail address"), e.text)


@describer.register
def _archive_number_repeated(e: ArchiveNumberRepeated) -> str:
    return sub(
        translate(
            "ImportReport",
            "The archive number “%1” is already used in row %2; numbers never repeat",
        ),
        e.text,
        e.first_row,
    )


@describer.register
def _import_field_required(e: FieldRequired) -> str:
    if e.record_type is None:
        return sub(translate("ImportReport", "%1 must be filled in"), import_field_name(e.field))
    return sub(
        translate("ImportReport", "A file of type %1 must have %2 filled in"),
        _type_term(e.record_type),
        import_field_name(e.field),
    )


@describer.register
def _choice_unknown(e: ChoiceUnknown) -> str:
    return sub(
        translate("ImportReport", "“%1” is not a %2 (one of: %3)"),
        e.text,
        import_field_name(e.field),
        _choices(e.field),
    )


@describer.register
def _grade_for_ungraded_type(e: GradeForUngradedType) -> str:
    return sub(
        translate("ImportReport", "Files of type %1 have no grade; leave the grade empty"),
        _type_term(e.record_type),
    )


@describer.register
def _column_missing(e: ColumnMissing) -> str:
    field = import_field_name(e.field)
    if e.record_type is None:
        return sub(translate("ImportReport", "No column “%1” (every row needs it)"), field)
    # A gap, not a refusal (issue 10): the rows are imported and data quality lists them.
    if e.first_row:
        return sub(
            translate(
                "ImportReport",
                "No column “%1”: %2 need it, and are imported without it and listed in data "
                "quality (the first is in row %3)",
            ),
            field,
            _type_term(e.record_type),
            e.first_row,
        )
    return sub(
        translate(
            "ImportReport",
            "No column “%1”: %2 need it, and are imported without it and listed in data quality",
        ),
        field,
        _type_term(e.record_type),
    )


@describer.register
def _column_gap(e: ColumnGap) -> str:
    """A missing column counted (exchange/customers/gaps.py): how many of the files about to
    be written lack the field, and every type among them that needs it."""
    if not e.files:
        return _column_missing(e)
    field = import_field_name(e.field)
    types = translate("ImportReport", ", ").join(record_type_name(t) for t in e.types)
    if e.field is ImportField.ADMISSION:  # R-GRD-1: not recorded is never taken as met
        text = (
            translate(
                "ImportReport",
                "No column “%1”: 1 file (%2) will be imported with no admission checklist "
                "recorded — not taken as met — and listed in data quality until someone "
                "records it",
            )
            if e.files == 1
            else translate(
                "ImportReport",
                "No column “%1”: %3 files (%2) will be imported with no admission checklist "
                "recorded — not taken as met — and listed in data quality until someone "
                "records it",
            )
        )
        return sub(text, field, types, e.files)
    text = (
        translate(
            "ImportReport",
            "No column “%1”: 1 file (%2, which needs it) will be imported without it and "
            "listed in data quality",
        )
        if e.files == 1
        else translate(
            "ImportReport",
            "No column “%1”: %3 files (%2, which need it) will be imported without it and "
            "listed in data quality",
        )
    )
    return sub(text, field, types, e.files)


@describer.register
def _header_row_not_found(e: HeaderRowNotFound) -> str:
    return sub(
        translate(
            "ImportReport",
            "No header row in the first %2 rows of the sheet “%1” (it needs at least two "
            "column names the import knows, such as customer name and phone)",
        ),
        e.sheet,
        e.searched,
    )
