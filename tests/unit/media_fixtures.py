"""Shared by the media-service tests: media registered and prepared through the services."""

from __future__ import annotations

from datetime import date

from records_desk.domain.media.evidence import (
    Encryption,
    Issue,
    SecurityLabel,
    VirusCheck,
)
from records_desk.domain.media.vocabulary import MediumType, VirusResult
from records_desk.services.common.dto import Principal
from records_desk.services.container import Services
from records_desk.services.media.dto import MediumDraft, MediumInfo

TODAY = date(2026, 11, 27)  # the conftest clock's office day (09:00 UTC)
CLEAN = VirusCheck("ClamAV 1.4", date(2026, 11, 26), VirusResult.CLEAN)
PREPARATION = (SecurityLabel(), Encryption("BitLocker To Go", "10.0"), CLEAN)


def register(
    services: Services,
    actor: Principal,
    kind: MediumType = MediumType.USB,
    department: str = "客戶部",
    **changes: object,
) -> MediumInfo:
    draft = MediumDraft(media_type=kind, department=department, **changes)  # type: ignore[arg-type]
    return services.media.inventory.register(actor, draft)


def ready(services: Services, actor: Principal, **changes: object) -> MediumInfo:
    medium = register(services, actor, **changes)
    return services.media.inventory.apply(actor, medium.number, PREPARATION)


def issue(to: str, approver: str, due: date = date(2026, 12, 10)) -> Issue:
    return Issue(to=to, approved_by=approver, due=due)
