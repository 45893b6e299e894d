"""Persistence: SQLAlchemy models, the one engine factory, key storage and Alembic migrations."""
