"""Backups, restores and purges (R-BAK): the pure rules — how often, which copies to keep, what
makes a copy good. The manifest format is in domain/common/backup_manifest.py (the operation
log reads it too)."""
