"""Pure rules of the records office: no Qt, no SQLAlchemy, no I/O."""
