"""The backup feature's services over one database, each built on first use."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from records_desk.services.backup.backups import BackupService
    from records_desk.services.backup.extracts import ExtractService
    from records_desk.services.backup.key_sheet import KeySheetService
    from records_desk.services.backup.options import BackupOptionsService
    from records_desk.services.backup.purge import PurgeService
    from records_desk.services.backup.restore import RestoreService
    from records_desk.services.container import Services


class BackupServices:
    def __init__(self, services: Services) -> None:
        self._services = services
        self.ctx = services.ctx

    @cached_property
    def options(self) -> BackupOptionsService:
        from records_desk.services.backup.options import BackupOptionsService

        return BackupOptionsService(self.ctx)

    @cached_property
    def backups(self) -> BackupService:
        from records_desk.services.backup.backups import BackupService

        # A database file or a server office (pg_dump, issue 15 §6): BackupService chooses.
        return BackupService(self.ctx, self._services.database, self.options)

    @cached_property
    def restore(self) -> RestoreService:
        from records_desk.services.backup.restore import RestoreService

        return RestoreService(self._services, self.backups)

    @cached_property
    def purge(self) -> PurgeService:
        from records_desk.services.backup.purge import PurgeService

        return PurgeService(self.ctx, self.backups)

    @cached_property
    def extracts(self) -> ExtractService:
        from records_desk.services.backup.extracts import ExtractService

        return ExtractService(self.ctx)

    @cached_property
    def key_sheet(self) -> KeySheetService:
        from records_desk.services.backup.key_sheet import KeySheetService

        s = self._services
        return KeySheetService(self.ctx, s.database, s.auth, s.printing)
