"""The customer files' office settings every desk on one database shares: the archive category
code per record type (R-CUS-2), the 附件1 criterion weights (R-GRD-3) and the weekly spot-check
sample size (R-CUS-6) and the shelving scheme of each record type (where a new file's
box is, R-CUS-2). They are office options (services/common/office_options.py), not each
machine's settings, so two desks can never number files with different codes or weigh
evaluations differently.

Decisions:
- Nothing stored means the domain's defaults (DEFAULT_ARCHIVE_CODES, DEFAULT_WEIGHTS,
  DEFAULT_SAMPLE_SIZE), declared once in the options below.
- Everyone may read them (the evaluation form shows the weights); only the general manager
  and the customer director change them (Action.OFFICE_SETTINGS), checked and audited here.
- Changing a code never renumbers a file: the old code is kept as a former code of its record
  type, so numbers issued with it are still read as that type, and it never goes to another
  type (domain.archive_numbers.ArchiveCodes).
- The services read the settings on each call (one small query): a change made at another
  desk applies at once, with no cache to refresh.
- Stored forms are the enums' values: {record type: code}, {code: record type} of former
  codes, {criterion: whole percent}, and an int.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.domain.customers.archive_numbers import ArchiveCodes, ShelvingScheme
from records_desk.domain.customers.errors import SampleSizeInvalid
from records_desk.domain.customers.evaluations import (
    DEFAULT_WEIGHTS,
    Criterion,
    EvaluationPolicy,
    check_weights,
)
from records_desk.domain.customers.spot_check import DEFAULT_SAMPLE_SIZE
from records_desk.domain.customers.vocabulary import DEFAULT_ARCHIVE_CODES, RecordType
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import (
    OfficeOption,
    read_options,
    write_options,
)

CODES: OfficeOption[dict[RecordType, str]] = OfficeOption(
    "archive_codes",
    dict(DEFAULT_ARCHIVE_CODES),
    lambda v: {**DEFAULT_ARCHIVE_CODES, **{RecordType(k): c for k, c in v.items()}},
    lambda codes: {t.value: c for t, c in codes.items()},
)
# Codes no longer issued, still read as their type.
FORMER_CODES: OfficeOption[dict[str, RecordType]] = OfficeOption(
    "former_archive_codes",
    {},
    lambda v: {c: RecordType(t) for c, t in v.items()},
    lambda former: {c: t.value for c, t in former.items()},
)
WEIGHTS: OfficeOption[dict[Criterion, int]] = OfficeOption(
    "evaluation_weights",
    dict(DEFAULT_WEIGHTS),
    lambda v: {**DEFAULT_WEIGHTS, **{Criterion(k): w for k, w in v.items()}},
    lambda weights: {c.value: w for c, w in weights.items()},
)
SAMPLE_SIZE: OfficeOption[int] = OfficeOption("spot_check_sample_size", DEFAULT_SAMPLE_SIZE, int)
# Where a new file goes on the shelf, per record type (domain.archive_numbers.ShelvingScheme).
SHELVING: OfficeOption[dict[RecordType, ShelvingScheme]] = OfficeOption(
    "shelving_schemes",
    {t: ShelvingScheme() for t in RecordType},
    lambda v: {
        t: ShelvingScheme(**v[t.value]) if t.value in v else ShelvingScheme() for t in RecordType
    },
    lambda schemes: {
        t.value: {"files_per_box": s.files_per_box, "pattern": s.pattern}
        for t, s in schemes.items()
    },
)
OPTIONS = (CODES, FORMER_CODES, WEIGHTS, SAMPLE_SIZE, SHELVING)


@dataclass(frozen=True)
class OfficeSettingsInfo:
    codes: dict[RecordType, str]
    weights: dict[Criterion, int]
    sample_size: int
    former_codes: dict[str, RecordType]
    shelving: dict[RecordType, ShelvingScheme] = field(default_factory=dict)
    changed_by: str | None = None  # None: the defaults, never changed
    changed_at: datetime | None = None

    @property
    def archive_codes(self) -> ArchiveCodes:
        return ArchiveCodes(self.codes, self.former_codes)


def _info(session: Session) -> OfficeSettingsInfo:
    stored = read_options(session, OPTIONS)
    return OfficeSettingsInfo(
        codes=stored.get(CODES),
        weights=stored.get(WEIGHTS),
        sample_size=stored.get(SAMPLE_SIZE),
        former_codes=stored.get(FORMER_CODES),
        shelving=stored.get(SHELVING),
        changed_by=stored.changed_by,
        changed_at=stored.changed_at,
    )


class OfficeSettingsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def read(self) -> OfficeSettingsInfo:
        """The settings now in force (the defaults where nothing was stored). No permission:
        every desk needs them to number files, weigh evaluations and draw samples."""
        with self.ctx.uow.read() as uow:
            return _info(uow.session)

    # What the other services read on each call.
    def archive_codes(self) -> ArchiveCodes:
        return self.read().archive_codes

    def evaluation_policy(self) -> EvaluationPolicy:
        return EvaluationPolicy(weights=self.read().weights)

    def sample_size(self) -> int:
        return self.read().sample_size

    def change(
        self,
        actor: Principal,
        *,
        codes: Mapping[RecordType, str] | None = None,
        weights: Mapping[Criterion, int] | None = None,
        sample_size: int | None = None,
        shelving: Mapping[RecordType, ShelvingScheme] | None = None,
    ) -> OfficeSettingsInfo:
        """Change any of them; each is checked whole before anything is written
        (ArchiveNumberInvalid, WeightsInvalid, SampleSizeInvalid), then written and audited in
        one transaction. Unchanged values are not rewritten."""
        actor = self.ctx.authorize(actor, Action.OFFICE_SETTINGS)
        if weights is not None:
            weights = check_weights(weights)
        if sample_size is not None and (
            isinstance(sample_size, bool) or not isinstance(sample_size, int) or sample_size < 1
        ):
            raise SampleSizeInvalid(size=sample_size)
        if shelving is not None:
            shelving = {t: s.check(t) for t, s in shelving.items()}
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            before = _info(session)
            values: dict[OfficeOption[Any], Any] = {}
            details: dict[str, Any] = {}
            if codes is not None:
                tidy = {t: codes.get(t, before.codes[t]).strip().upper() for t in RecordType}
                former = dict(before.former_codes)
                former.update({c: t for t, c in before.codes.items() if tidy[t] != c})
                for t, c in tidy.items():  # a type given its former code back issues it again
                    if former.get(c) is t:
                        del former[c]
                ArchiveCodes(tidy, former)  # unique, well-formed, no former code reused
                if tidy != before.codes:
                    values[CODES] = tidy
                    values[FORMER_CODES] = former
                    details["codes"] = _change(before.codes, tidy)
            if weights is not None and dict(weights) != before.weights:
                values[WEIGHTS] = dict(weights)
                details["weights"] = _change(before.weights, weights)
            if sample_size is not None and sample_size != before.sample_size:
                values[SAMPLE_SIZE] = sample_size
                details["sample_size"] = [before.sample_size, sample_size]
            if shelving is not None:
                schemes = {**before.shelving, **shelving}
                if schemes != before.shelving:
                    values[SHELVING] = schemes
                    details["shelving"] = {
                        t.value: [vars(before.shelving[t]), vars(s)]
                        for t, s in schemes.items()
                        if s != before.shelving[t]
                    }
            write_options(session, actor, now, values)
            if details:
                journal.append(
                    session,
                    now,
                    actor.username,
                    AuditAction.OFFICE_SETTINGS_CHANGE,
                    "office settings changed: " + ", ".join(details),
                    entity_type=AuditTarget.OFFICE_SETTING,
                    details=details,
                )
            session.flush()
            after = _info(session)
            uow.commit()
            return after


def _change(before: Mapping[Any, Any], after: Mapping[Any, Any]) -> dict[str, list[Any]]:
    """{name: [old, new]} for what differs, for the operation log."""
    return {str(k): [before[k], v] for k, v in after.items() if before[k] != v}
