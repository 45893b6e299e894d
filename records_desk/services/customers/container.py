"""The customer-file services over one database (`services.customers.search`), each built on
first use. The office settings are read on each use: a change at another desk applies at once."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.services.customers.blacklist import BlacklistService
    from records_desk.services.customers.evaluations import EvaluationService
    from records_desk.services.customers.export import ExportService
    from records_desk.services.customers.files import CustomerService
    from records_desk.services.customers.forms import CustomerFormService
    from records_desk.services.customers.grading import GradingService
    from records_desk.services.customers.imports import ImportService
    from records_desk.services.customers.office_settings import OfficeSettingsService
    from records_desk.services.customers.quality import QualityService
    from records_desk.services.customers.reviews import ReviewService
    from records_desk.services.customers.search import CustomerSearchService
    from records_desk.services.customers.spot_checks import SpotCheckService


class CustomerServices:
    def __init__(self, services: Services) -> None:
        # Keeps the data-quality problems current on every write of a customer file.
        from records_desk.services.customers import quality_upkeep

        quality_upkeep.install()
        self._services = services
        self.ctx = services.ctx

    @cached_property
    def office(self) -> OfficeSettingsService:
        from records_desk.services.customers.office_settings import OfficeSettingsService

        return OfficeSettingsService(self.ctx)

    @cached_property
    def files(self) -> CustomerService:
        from records_desk.services.customers.files import CustomerService

        return CustomerService(self.ctx, codes=self.office.archive_codes)

    @cached_property
    def grading(self) -> GradingService:
        from records_desk.services.customers.grading import GradingService

        return GradingService(self.ctx)

    @cached_property
    def blacklist(self) -> BlacklistService:
        from records_desk.services.customers.blacklist import BlacklistService

        return BlacklistService(self.ctx)

    @cached_property
    def reviews(self) -> ReviewService:
        from records_desk.services.customers.reviews import ReviewService

        return ReviewService(self.ctx)

    @cached_property
    def forms(self) -> CustomerFormService:
        from records_desk.services.customers.forms import CustomerFormService

        return CustomerFormService(self._services)

    @cached_property
    def search(self) -> CustomerSearchService:
        from records_desk.services.customers.search import CustomerSearchService

        return CustomerSearchService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from records_desk.services.customers.imports import ImportService

        return ImportService(self.ctx, codes=self.office.archive_codes)

    @cached_property
    def exports(self) -> ExportService:
        from records_desk.services.customers.export import ExportService

        return ExportService(self.ctx, lambda: self.search)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from records_desk.services.customers.evaluations import EvaluationService

        return EvaluationService(self.ctx, policy=self.office.evaluation_policy)

    @cached_property
    def spot_checks(self) -> SpotCheckService:
        from records_desk.services.customers.spot_checks import SpotCheckService

        return SpotCheckService(self.ctx, sample_size=self.office.sample_size)

    @cached_property
    def quality(self) -> QualityService:
        from records_desk.services.customers.quality import QualityService

        return QualityService(self.ctx)
