"""The loan-register services over one database (`services.loans.lending`), each built on
first use. The closing time is read on each use: a change at another desk applies at once."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.services.loans.deputies import DeputyService
    from records_desk.services.loans.forms import LoanFormService
    from records_desk.services.loans.lending import LoanService
    from records_desk.services.loans.options import LoanOptionsService
    from records_desk.services.loans.queries import LoanQueryService
    from records_desk.services.loans.returns import ReturnService
    from records_desk.services.loans.scans import LoanScanService


class LoanServices:
    def __init__(self, services: Services) -> None:
        self._services = services
        self.ctx = services.ctx

    @cached_property
    def options(self) -> LoanOptionsService:
        from records_desk.services.loans.options import LoanOptionsService

        return LoanOptionsService(self.ctx)

    @cached_property
    def lending(self) -> LoanService:
        from records_desk.services.loans.lending import LoanService

        return LoanService(self.ctx, closing_time=self.options.closing_time)

    @cached_property
    def returns(self) -> ReturnService:
        from records_desk.services.loans.returns import ReturnService

        return ReturnService(self.ctx)

    @cached_property
    def register(self) -> LoanQueryService:
        from records_desk.services.loans.queries import LoanQueryService

        return LoanQueryService(self.ctx)

    @cached_property
    def deputies(self) -> DeputyService:
        from records_desk.services.loans.deputies import DeputyService

        return DeputyService(self.ctx)

    @cached_property
    def forms(self) -> LoanFormService:
        from records_desk.services.loans.forms import LoanFormService

        return LoanFormService(self._services)

    @cached_property
    def scans(self) -> LoanScanService:
        from records_desk.services.loans.scans import LoanScanService

        return LoanScanService(self.ctx)
