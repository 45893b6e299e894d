"""All services over one database, built once by the composition root (GUI or CLI).

The services shared by every feature (signing in, accounts, the operation log, printing) are
attributes of `Services`; each feature's are grouped under its name
(`services.customers.search`), built on first use: nothing at start-up needs them, and importing
them is a measurable part of the time to the main window (bench/startup.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import TYPE_CHECKING

from records_desk.services.common.accounts import AccountService
from records_desk.services.common.audit import AuditService
from records_desk.services.common.auth import AuthService
from records_desk.services.common.base import ServiceContext, utc_now
from records_desk.services.common.hashing import HashParams
from records_desk.services.common.printing import PrintService
from records_desk.settings import MemoryBackend, Options, Settings
from records_desk.store.audit_anchor import AuditAnchor, anchor_for
from records_desk.store.database import AnyDatabase, ServerDatabase
from records_desk.store.uow import UnitOfWorkFactory

if TYPE_CHECKING:
    from records_desk.services.backup.container import BackupServices
    from records_desk.services.customers.container import CustomerServices
    from records_desk.services.loans.container import LoanServices
    from records_desk.services.media.container import MediaServices
    from records_desk.services.reception.container import ReceptionServices


@dataclass
class Services:
    database: AnyDatabase
    ctx: ServiceContext
    auth: AuthService
    accounts: AccountService
    audit: AuditService
    printing: PrintService
    settings: Settings = field(default_factory=lambda: Settings(MemoryBackend()))

    @cached_property
    def customers(self) -> CustomerServices:
        from records_desk.services.customers.container import CustomerServices

        return CustomerServices(self)

    @cached_property
    def loans(self) -> LoanServices:
        from records_desk.services.loans.container import LoanServices

        return LoanServices(self)

    @cached_property
    def reception(self) -> ReceptionServices:
        from records_desk.services.reception.container import ReceptionServices

        return ReceptionServices(self)

    @cached_property
    def media(self) -> MediaServices:
        from records_desk.services.media.container import MediaServices

        return MediaServices(self)

    @cached_property
    def backup(self) -> BackupServices:
        from records_desk.services.backup.container import BackupServices

        return BackupServices(self)

    def close(self) -> None:
        self.database.dispose()


def hash_params(settings: Settings) -> HashParams:
    return HashParams(
        time_cost=settings.get(Options.ARGON2_TIME_COST),
        memory_cost=settings.get(Options.ARGON2_MEMORY_KIB),
        parallelism=settings.get(Options.ARGON2_PARALLELISM),
    )


def build_services(
    database: AnyDatabase,
    settings: Settings,
    clock: Callable[[], datetime] = utc_now,
    *,
    anchor: AuditAnchor | None = None,
) -> Services:
    """The services of DATABASE. Its audit anchor is the head file beside its key in the
    config folder, named after the key (store/audit_anchor.py), unless ANCHOR names another."""
    if anchor is None:
        from records_desk.paths import config_dir

        shared = isinstance(database, ServerDatabase)
        anchor = anchor_for(database.key, config_dir(), shared=shared)
    ctx = ServiceContext(
        uow=UnitOfWorkFactory(database.engine, anchor),
        clock=clock,
        hash_params=hash_params(settings),
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
