"""What an imported list lacks, said as the office needs to hear it (issue 10 §1, findings of
the import's first real use):

- A missing column is counted: how many of the files about to be written lack the field, and
  which of their types need it (`ColumnGap`) — not only the first type that did. For the
  admission checklist (R-GRD-1) that count is the number of files written with *no admission
  checklist recorded* (never taken as met), which data quality then lists until someone
  records it.
- A likely duplicate within the list shows what its row says (the name and the phone, or
  the ID, as the row has them), never the internal key the match was made on.

`annotate` runs once per preview, after the rows that cannot be written left the drafts (the
service's checks against the database), so the counts are of the files a commit writes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from records_desk.domain.customers.duplicates import DuplicateBasis
from records_desk.domain.customers.quality import PhoneFacts
from records_desk.domain.customers.vocabulary import REQUIRED_FIELDS, CustomerField, RecordType
from records_desk.exchange.customers.imports import ColumnMissing, DuplicateInFile, ImportResult
from records_desk.exchange.customers.rows import CustomerDraft


@dataclass
class ColumnGap(ColumnMissing):
    """A column no row has, and `files` rows (of `types`) written without its field."""

    files: int = 0
    types: tuple[RecordType, ...] = ()

    def __str__(self) -> str:
        kinds = ", ".join(t.value for t in self.types)
        return f"no column for {self.field}: {self.files} files ({kinds}) imported without it"


def annotate(result: ImportResult) -> None:
    """Count each missing column's files and show each duplicate as its row says it."""
    result.missing_columns = [column_gap(m, result.drafts) for m in result.missing_columns]
    if result.duplicates_in_file:
        drafts = {d.row: d for d in result.drafts}
        facts = PhoneFacts()
        result.duplicates_in_file = [
            d._replace(key=(d.key[0], shown_value(d, drafts.get(d.row), facts)))
            for d in result.duplicates_in_file
        ]


def column_gap(missing: ColumnMissing, drafts: list[CustomerDraft]) -> ColumnMissing:
    if missing.record_type is None or isinstance(missing, ColumnGap):
        return missing  # a file error (every row needs it), or counted already
    field = CustomerField(missing.field.value)
    by_type = Counter(d.record_type for d in drafts)
    types = tuple(t for t in RecordType if by_type[t] and field in REQUIRED_FIELDS[t])
    files = sum(by_type[t] for t in types)
    return ColumnGap(missing.field, missing.record_type, missing.first_row, files, types)


def shown_value(duplicate: DuplicateInFile, draft: CustomerDraft | None, facts: PhoneFacts) -> str:
    """The row's own words for what matched: "name phone" or the ID; "" for a row that
    cannot be imported (its cells are shown on the row itself)."""
    if draft is None:
        return ""
    basis, key = duplicate.key
    if basis is DuplicateBasis.ID_NUMBER:
        return draft.id_number or ""
    wanted = key.partition("|")[2]
    phone = next(
        (p for p in draft.phones if facts(p)[1] == wanted), draft.phones[0] if draft.phones else ""
    )
    return f"{draft.name} {phone}".strip()
