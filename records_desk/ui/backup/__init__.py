"""The backup feature's window parts: the Backups dialog, the status-bar item, restore."""
