"""Alembic migration scripts for the Records Desk schema: the core chain in versions/, and one
branch per feature that has tables in <feature>/ (how a branch attaches: store/migrate.py)."""
