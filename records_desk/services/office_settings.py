"""The office settings every desk on one database shares: the archive category code per record
type (R-CUS-2), the 附件1 criterion weights (R-GRD-3) and the weekly spot-check sample size
(R-CUS-6). They live in the database (office_setting), not in each machine's settings, so two
desks can never number files with different codes or weigh evaluations differently.

Decisions:
- Nothing stored means the domain's defaults (DEFAULT_ARCHIVE_CODES, DEFAULT_WEIGHTS,
  DEFAULT_SAMPLE_SIZE): one source for them.
- Everyone may read them (the evaluation form shows the weights); only the general manager
  and the customer director change them (Action.OFFICE_SETTINGS), checked and audited here.
- Changing a code never renumbers a file: the old code is kept as a former code of its record
  type, so numbers issued with it are still read as that type, and it never goes to another
  type (domain.archive_numbers.ArchiveCodes).
- The services read the settings on each call (one small query): a change made at another
  desk applies at once, with no cache to refresh.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from records_desk.domain.archive_numbers import ArchiveCodes
from records_desk.domain.customer_errors import SampleSizeInvalid
from records_desk.domain.customers import DEFAULT_ARCHIVE_CODES, RecordType
from records_desk.domain.evaluations import (
    DEFAULT_WEIGHTS,
    Criterion,
    EvaluationPolicy,
    check_weights,
)
from records_desk.domain.permissions import Action
from records_desk.domain.spot_check import DEFAULT_SAMPLE_SIZE
from records_desk.services import journal
from records_desk.services.base import ServiceContext
from records_desk.services.dto import Principal
from records_desk.store.customer_models import OfficeSetting
from records_desk.store.models import Account

CODES = "archive_codes"  # {record type: code}
FORMER_CODES = "former_archive_codes"  # {code: record type} no longer issued
WEIGHTS = "evaluation_weights"  # {criterion: whole percent}
SAMPLE_SIZE = "spot_check_sample_size"  # int


@dataclass(frozen=True)
class OfficeSettingsInfo:
    codes: dict[RecordType, str]
    weights: dict[Criterion, int]
    sample_size: int
    former_codes: dict[str, RecordType]
    changed_by: str | None = None  # None: the defaults, never changed
    changed_at: datetime | None = None

    @property
    def archive_codes(self) -> ArchiveCodes:
        return ArchiveCodes(self.codes, self.former_codes)


def _info(session: Session) -> OfficeSettingsInfo:
    # One query, the author's name joined: the services read the settings on every use.
    found = session.execute(
        select(OfficeSetting, Account.username).outerjoin(
            Account, Account.id == OfficeSetting.changed_by_id
        )
    ).all()
    rows = {row.key: row for row, _ in found}
    authors = {row.key: username for row, username in found}
    stored: dict[str, Any] = {key: row.value for key, row in rows.items()}
    codes = dict(DEFAULT_ARCHIVE_CODES)
    codes.update({RecordType(k): v for k, v in stored.get(CODES, {}).items()})
    weights = dict(DEFAULT_WEIGHTS)
    weights.update({Criterion(k): v for k, v in stored.get(WEIGHTS, {}).items()})
    former = {k: RecordType(v) for k, v in stored.get(FORMER_CODES, {}).items()}
    latest = max(rows.values(), key=lambda r: r.changed_at, default=None)
    return OfficeSettingsInfo(
        codes=codes,
        weights=weights,
        sample_size=int(stored.get(SAMPLE_SIZE, DEFAULT_SAMPLE_SIZE)),
        former_codes=former,
        changed_by=authors[latest.key] if latest is not None else None,
        changed_at=latest.changed_at if latest is not None else None,
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
    ) -> OfficeSettingsInfo:
        """Change any of the three; each is checked whole before anything is written
        (ArchiveNumberInvalid, WeightsInvalid, SampleSizeInvalid), then written and audited in
        one transaction. Unchanged values are not rewritten."""
        actor = self.ctx.authorize(actor, Action.OFFICE_SETTINGS)
        if weights is not None:
            weights = check_weights(weights)
        if sample_size is not None and (
            isinstance(sample_size, bool) or not isinstance(sample_size, int) or sample_size < 1
        ):
            raise SampleSizeInvalid(size=sample_size)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            session = uow.session
            before = _info(session)
            values: dict[str, Any] = {}
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
                    values[CODES] = {t.value: c for t, c in tidy.items()}
                    values[FORMER_CODES] = {c: t.value for c, t in former.items()}
                    details["codes"] = _change(before.codes, tidy)
            if weights is not None and dict(weights) != before.weights:
                values[WEIGHTS] = {c.value: w for c, w in weights.items()}
                details["weights"] = _change(before.weights, weights)
            if sample_size is not None and sample_size != before.sample_size:
                values[SAMPLE_SIZE] = sample_size
                details["sample_size"] = [before.sample_size, sample_size]
            for key, value in values.items():
                row = session.get(OfficeSetting, key)
                if row is None:
                    row = OfficeSetting(key=key)
                    session.add(row)
                row.value = value
                row.changed_by_id = actor.account_id
                row.changed_at = now
            if details:
                journal.append(
                    session,
                    now,
                    actor.username,
                    Action.OFFICE_SETTINGS.value,
                    "office settings changed: " + ", ".join(details),
                    entity_type="office_setting",
                    details=details,
                )
            session.flush()
            after = _info(session)
            uow.commit()
            return after


def _change(before: Mapping[Any, Any], after: Mapping[Any, Any]) -> dict[str, list[Any]]:
    """{name: [old, new]} for what differs, for the operation log."""
    return {str(k): [before[k], v] for k, v in after.items() if before[k] != v}
