"""Backups, restores, the key-recovery sheet, purges and extract approvals (R-BAK)."""
