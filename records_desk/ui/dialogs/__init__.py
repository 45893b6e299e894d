"""Dialogs opened from the main window: account administration, the operation log, sign-in."""
