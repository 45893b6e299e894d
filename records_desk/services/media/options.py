"""The media inventory's office settings, shared by every desk (services/common/office_options.py):
the repair units the IT office names (R-MED-6: 必須到信息科指定的單位進行維修) and the categories
backup discs are filed under (R-MED-5: 分類存放). Changed by the general manager or the
customer director (Action.OFFICE_SETTINGS), audited; read on each use.

Decisions:
- No repair unit by default: until the IT office names one, nothing can go to repair, which is
  what the rule says (a default unit would be one nobody named).
- Backup categories start with the kinds of data the seed's backup rules name (第三篇10 2.1,
  2.7: general data, and the important ones: finance, servers, ERP/OA); the office may
  change them.
- A list is stored as given (trimmed, empty and repeated entries dropped, order kept).
"""

from __future__ import annotations

from collections.abc import Iterable

from records_desk.domain.common.audit_actions import AuditAction, AuditTarget
from records_desk.domain.common.permissions import Action
from records_desk.services.common import journal
from records_desk.services.common.base import ServiceContext
from records_desk.services.common.dto import Principal
from records_desk.services.common.office_options import OfficeOption, read_options, write_options


def tidy_list(values: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for value in values:
        text = " ".join(str(value).split())
        if text:
            seen.setdefault(text, None)
    return tuple(seen)


REPAIR_UNITS: OfficeOption[tuple[str, ...]] = OfficeOption(
    "media_repair_units", (), tidy_list, list
)
BACKUP_CATEGORIES: OfficeOption[tuple[str, ...]] = OfficeOption(
    "media_backup_categories",
    ("一般數據", "財務數據", "服務器數據", "ERP/OA 數據"),
    tidy_list,
    list,
)


class MediaOptionsService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def repair_units(self) -> tuple[str, ...]:
        with self.ctx.uow.read() as uow:
            return read_options(uow.session, (REPAIR_UNITS,)).get(REPAIR_UNITS)

    def backup_categories(self) -> tuple[str, ...]:
        with self.ctx.uow.read() as uow:
            return read_options(uow.session, (BACKUP_CATEGORIES,)).get(BACKUP_CATEGORIES)

    def set_repair_units(self, actor: Principal, units: Iterable[str]) -> tuple[str, ...]:
        return self._set(actor, REPAIR_UNITS, tidy_list(units), "media repair units")

    def set_backup_categories(self, actor: Principal, categories: Iterable[str]) -> tuple[str, ...]:
        return self._set(actor, BACKUP_CATEGORIES, tidy_list(categories), "backup categories")

    def _set(
        self,
        actor: Principal,
        option: OfficeOption[tuple[str, ...]],
        values: tuple[str, ...],
        what: str,
    ) -> tuple[str, ...]:
        actor = self.ctx.authorize(actor, Action.OFFICE_SETTINGS)
        now = self.ctx.now()
        with self.ctx.uow.write() as uow:
            write_options(uow.session, actor, now, {option: values})
            journal.append(
                uow.session,
                now,
                actor.username,
                AuditAction.OFFICE_SETTINGS_CHANGE,
                f"office settings changed: {what} {', '.join(values) or '(none)'}",
                entity_type=AuditTarget.OFFICE_SETTING,
                details={option.key: list(values)},
            )
            uow.commit()
        return values
