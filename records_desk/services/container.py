"""All services over one database, built once by the composition root (GUI or CLI)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from records_desk.services.accounts import AccountService
from records_desk.services.audit import AuditService
from records_desk.services.auth import AuthService
from records_desk.services.base import ServiceContext, utc_now
from records_desk.services.hashing import HashParams
from records_desk.services.printing import PrintService
from records_desk.settings import MemoryBackend, Options, Settings
from records_desk.store.database import Database
from records_desk.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from records_desk.services.blacklist import BlacklistService
    from records_desk.services.customer_evaluations import EvaluationService
    from records_desk.services.customer_export import ExportService
    from records_desk.services.customer_forms import CustomerFormService
    from records_desk.services.customer_import import ImportService
    from records_desk.services.customer_reviews import ReviewService
    from records_desk.services.customer_search import CustomerSearchService
    from records_desk.services.customers import CustomerService
    from records_desk.services.data_quality import QualityService
    from records_desk.services.grading import GradingService
    from records_desk.services.office_settings import OfficeSettingsService
    from records_desk.services.spot_checks import SpotCheckService


@dataclass
class Services:
    database: Database
    ctx: ServiceContext
    auth: AuthService
    accounts: AccountService
    audit: AuditService
    printing: PrintService
    settings: Settings = field(default_factory=lambda: Settings(MemoryBackend()))

    # The customer-file services are built on first use: nothing at start-up needs them, and
    # importing them is a measurable part of the time to the main window (bench/startup.py).
    @cached_property
    def customers(self) -> CustomerService:
        from records_desk.services.customers import CustomerService

        # The office settings are read on each use: a change at another desk applies at once.
        return CustomerService(self.ctx, codes=self.office.archive_codes)

    @cached_property
    def office(self) -> OfficeSettingsService:
        from records_desk.services.office_settings import OfficeSettingsService

        return OfficeSettingsService(self.ctx)

    @cached_property
    def grading(self) -> GradingService:
        from records_desk.services.grading import GradingService

        return GradingService(self.ctx)

    @cached_property
    def blacklist(self) -> BlacklistService:
        from records_desk.services.blacklist import BlacklistService

        return BlacklistService(self.ctx)

    @cached_property
    def reviews(self) -> ReviewService:
        from records_desk.services.customer_reviews import ReviewService

        return ReviewService(self.ctx)

    @cached_property
    def customer_forms(self) -> CustomerFormService:
        from records_desk.services.customer_forms import CustomerFormService

        return CustomerFormService(self)

    @cached_property
    def search(self) -> CustomerSearchService:
        from records_desk.services.customer_search import CustomerSearchService

        return CustomerSearchService(self.ctx)

    @cached_property
    def imports(self) -> ImportService:
        from records_desk.services.customer_import import ImportService

        return ImportService(self.ctx, codes=self.office.archive_codes)

    @cached_property
    def exports(self) -> ExportService:
        from records_desk.services.customer_export import ExportService

        return ExportService(self.ctx, lambda: self.search)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from records_desk.services.customer_evaluations import EvaluationService

        return EvaluationService(self.ctx, policy=self.office.evaluation_policy)

    @cached_property
    def spot_checks(self) -> SpotCheckService:
        from records_desk.services.spot_checks import SpotCheckService

        return SpotCheckService(self.ctx, sample_size=self.office.sample_size)

    @cached_property
    def quality(self) -> QualityService:
        from records_desk.services.data_quality import QualityService

        return QualityService(self.ctx)

    def close(self) -> None:
        self.database.dispose()


def hash_params(settings: Settings) -> HashParams:
    return HashParams(
        time_cost=settings.get(Options.ARGON2_TIME_COST),
        memory_cost=settings.get(Options.ARGON2_MEMORY_KIB),
        parallelism=settings.get(Options.ARGON2_PARALLELISM),
    )


def build_services(
    database: Database, settings: Settings, clock: Callable[[], datetime] = utc_now
) -> Services:
    ctx = ServiceContext(
        uow=UnitOfWorkFactory(database.engine), clock=clock, hash_params=hash_params(settings)
    )
    return Services(
        database=database,
        ctx=ctx,
        auth=AuthService(ctx),
        accounts=AccountService(ctx),
        audit=AuditService(ctx),
        printing=PrintService(ctx, settings=settings),
        settings=settings,
    )
