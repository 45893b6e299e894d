"""Alembic migration scripts for the Records Desk schema."""
