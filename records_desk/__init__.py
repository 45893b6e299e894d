"""Records Desk: the records office's desktop application (customer files, loans, media, reception)."""

__version__ = "0.1.0"
APP_NAME = "Records Desk"
APP_ID = "records-desk"
