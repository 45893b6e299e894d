"""Alembic environment: always runs on a connection made by records_desk.store.engine (the key
is its first statement), never on an engine of its own. store/migrate.py sets the connection and
the version locations (the core chain and each feature's branch) and runs this once for the core
chain, then once for every branch, on the same connection and transaction."""

from alembic import context

from records_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without one
    raise RuntimeError("Records Desk migrations run through records_desk.store.migrate only")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
