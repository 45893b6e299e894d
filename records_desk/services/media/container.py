"""The media inventory's services over one database, each built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.services.container import Services
    from records_desk.services.media.exchange import MediaExchangeService
    from records_desk.services.media.forms import MediaFormService
    from records_desk.services.media.inventory import MediaService
    from records_desk.services.media.options import MediaOptionsService
    from records_desk.services.media.queries import MediaQueryService
    from records_desk.services.media.stocktakes import StocktakeService


class MediaServices:
    def __init__(self, services: Services) -> None:
        self._services = services
        self.ctx = services.ctx

    @cached_property
    def options(self) -> MediaOptionsService:
        from records_desk.services.media.options import MediaOptionsService

        return MediaOptionsService(self.ctx)

    @cached_property
    def inventory(self) -> MediaService:
        from records_desk.services.media.inventory import MediaService

        return MediaService(self.ctx, self.options)

    @cached_property
    def register(self) -> MediaQueryService:
        from records_desk.services.media.queries import MediaQueryService

        return MediaQueryService(self.ctx)

    @cached_property
    def stocktakes(self) -> StocktakeService:
        from records_desk.services.media.stocktakes import StocktakeService

        return StocktakeService(self.ctx)

    @cached_property
    def forms(self) -> MediaFormService:
        from records_desk.services.media.forms import MediaFormService

        return MediaFormService(self._services)

    @cached_property
    def exchange(self) -> MediaExchangeService:
        from records_desk.services.media.exchange import MediaExchangeService

        return MediaExchangeService(self.ctx)
