"""The reception services over one database (`services.reception.day`), each built on first
use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.services.reception.day import DayService
    from records_desk.services.reception.demo import ReceptionDemo
    from records_desk.services.reception.disputes import DisputeService
    from records_desk.services.reception.fairness import FairnessService
    from records_desk.services.reception.fairness_forms import FairnessFormService
    from records_desk.services.reception.forms import ReceptionFormService
    from records_desk.services.reception.registration_list import RegistrationListService
    from records_desk.services.reception.registrations import RegistrationService
    from records_desk.services.reception.roster import RosterService
    from records_desk.services.reception.sheet import SheetService


class ReceptionServices:
    def __init__(self, services: Services) -> None:
        self._services = services
        self.ctx = services.ctx

    @cached_property
    def day(self) -> DayService:
        from records_desk.services.reception.day import DayService

        return DayService(self.ctx)

    @cached_property
    def sheet(self) -> SheetService:
        from records_desk.services.reception.sheet import SheetService

        return SheetService(self.ctx)

    @cached_property
    def registrations(self) -> RegistrationService:
        from records_desk.services.reception.registrations import RegistrationService

        return RegistrationService(self.ctx)

    @cached_property
    def demo(self) -> ReceptionDemo:
        from records_desk.services.reception.demo import ReceptionDemo

        return ReceptionDemo(self.ctx)

    @cached_property
    def disputes(self) -> DisputeService:
        from records_desk.services.reception.disputes import DisputeService

        return DisputeService(self.ctx)

    @cached_property
    def fairness(self) -> FairnessService:
        from records_desk.services.reception.fairness import FairnessService

        return FairnessService(self.ctx)

    @cached_property
    def fairness_forms(self) -> FairnessFormService:
        from records_desk.services.reception.fairness_forms import FairnessFormService

        return FairnessFormService(self._services)

    @cached_property
    def forms(self) -> ReceptionFormService:
        from records_desk.services.reception.forms import ReceptionFormService

        return ReceptionFormService(self._services)

    @cached_property
    def roster(self) -> RosterService:
        from records_desk.services.reception.roster import RosterService

        return RosterService(self.ctx)

    @cached_property
    def registration_list(self) -> RegistrationListService:
        from records_desk.services.reception.registration_list import RegistrationListService

        return RegistrationListService(self.ctx)
