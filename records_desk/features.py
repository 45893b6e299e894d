"""The features of Records Desk, registered once: the main window and the command line loop
over `FEATURES`; nothing else names a feature.

A feature is a set of modules inside the layers (domain/<name>/, services/<name>/,
store/<name>.py, ui/<name>/, cli/<name>.py). Its `Feature` names, as module paths imported
only by the part that needs them (the command line never imports Qt; the window never imports
argparse):

- `ui`: a module whose `FEATURE_UI` (ui/common/feature.py `FeatureUi`) gives the tab, the menu
  and its actions (text, shortcut, permission, slot);
- `cli`: a module with `register(subparsers)` adding the feature's NOUN VERB commands, and
  optionally `PRINT_SOURCE` (forms filled from the feature's records: `forms print --…`);
- `wording`: a module that registers the describers of the feature's errors
  (records_desk/wording/describe.py) — imported before the first error is worded;
- `migrations`: the folder of the feature's own Alembic branch under store/migrations/ (its
  name there, e.g. "loans"), and `migration_head` the head revision of that branch (compared
  at start without importing Alembic); how a branch attaches: store/migrate.py;
- `translations`: the stem of the feature's .ts files in resources/i18n/;
- `demo`: a module adding the feature's sample data to `records-desk demo` (cli/customers_demo.py,
  which makes the sample customer files, loops over the features that have one):
  `add_arguments(parser)` adds its options (e.g. `--loans N`), and
  `run(services, principal, args) -> str | None` adds the data after the customer files, in its
  own transaction, and returns the line to print (None: nothing was asked of it);
- `customer_files`: a module saying what the feature knows of customer files, asked by the
  customer feature without importing the other (ui/common/feature.py `file_facts`,
  services/customers/quality_scan.py): `file_facts(services, principal, archive_number) ->
  list[str]`, lines for the customer-files detail panel in the user's language (e.g. "Out on
  loan … to … until …"), and `files_out(session) -> Iterable[int]`, the ids of the files out of
  the archive now, which data quality checks against voided files (R-DQ-1 consistency);
- `acting_role`: a module whose `acting_role(session, account_id, day)` says in which role,
  beyond its own, an account acts on that day, and what its audit entries then carry — the
  archivist's deputy (R-ACC-5) acts with the archivist's rights on the days of the period.
  Every service's permission check asks (services/common/base.py ServiceContext.authorize);
- `purge`: a module saying which of the feature's records a purge of old data removes
  (R-BAK-4; services/backup/purge.py asks): `purgeable(session, cutoff, kept_files)` and
  `purge(session, cutoff, kept_files)` -> list of (kind, numbers), the second removing them in
  the caller's transaction; `keeps_files(session, cutoff)`, the ids of the customer files its
  records that stay still name (a void file named by a loan that stays is kept). Purges run
  in the reverse order of FEATURES: a later feature's records may name an earlier one's;
- `extract_grant`: a module whose `extract_grant(session, account_id, what, now)` returns the
  approved, unused extract request (R-BAK-5) that lets an account without the export right
  make one extract of WHAT (permissions.Extract), as (request id, approver's user name), and
  `use_extract(session, request_id, rows, audit_seq, now)` spends it in the export's own
  transaction (services/common/extract_grant.py, asked by the customer exports).

Decisions:
- Module paths, not objects: listing a feature costs no import, so start-up and `--help` stay
  fast however many features there are.
- A throw-away feature (tests/ui/test_feature_registry.py) is added by extending this tuple, and
  shows up in the window and in `--help` without any other file changing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Feature:
    name: str
    ui: str | None = None
    cli: str | None = None
    wording: str | None = None
    migrations: str | None = None
    migration_head: str | None = None
    translations: str | None = None
    demo: str | None = None
    customer_files: str | None = None
    acting_role: str | None = None
    purge: str | None = None
    extract_grant: str | None = None


CUSTOMERS = Feature(
    "customers",
    ui="records_desk.ui.customers.feature",
    cli="records_desk.cli.customers",
    wording="records_desk.wording.customers.errors",
    migrations="customers",
    migration_head="customers_0004",
    translations="customers",
    purge="records_desk.services.customers.purge",
)
# The loan register (issue 11): its rules, tables and commands; its tab is still the stub.
LOANS = Feature(
    "loans",
    ui="records_desk.ui.loans.feature",
    cli="records_desk.cli.loans",
    wording="records_desk.wording.loans.errors",
    migrations="loans",
    migration_head="loans_0003",
    translations="loans",
    demo="records_desk.cli.loans_demo",
    customer_files="records_desk.services.loans.customer_files",
    acting_role="records_desk.services.loans.acting",
    purge="records_desk.services.loans.purge",
)
# The removable-media inventory (issue 13).
MEDIA = Feature(
    "media",
    ui="records_desk.ui.media.feature",
    cli="records_desk.cli.media",
    wording="records_desk.wording.media.errors",
    migrations="media",
    migration_head="media_0002",
    translations="media",
    demo="records_desk.cli.media_demo",
)
# Reception rotation (issue 12): the engine, `reception replay`, the live day's records and
# their own migration branch.
RECEPTION = Feature(
    "reception",
    ui="records_desk.ui.reception.feature",
    cli="records_desk.cli.reception",
    wording="records_desk.wording.reception.errors",
    migrations="reception",
    migration_head="reception_0002",
    demo="records_desk.cli.reception_demo",
    translations="reception",
)

# Backup, restore, retention and purge (issue 14): every table by construction, no feature's.
BACKUP = Feature(
    "backup",
    ui="records_desk.ui.backup.feature",
    cli="records_desk.cli.backup",
    wording="records_desk.wording.backup.errors",
    migrations="backup",
    migration_head="backup_0001",
    translations="backup",
    extract_grant="records_desk.services.backup.extract_grant",
)

FEATURES: tuple[Feature, ...] = (CUSTOMERS, LOANS, MEDIA, RECEPTION, BACKUP)


def features() -> tuple[Feature, ...]:
    """The registered features, read at call time (a test may extend FEATURES)."""
    return FEATURES
