"""Alembic environment: always runs on a connection made by records_desk.store.engine."""

from alembic import context

from records_desk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - the app never runs alembic without one
    raise RuntimeError("Records Desk migrations run through records_desk.store.migrate only")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
