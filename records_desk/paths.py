"""Where Records Desk keeps things: the database in the user data folder, keys and settings in
the user config folder (never beside the database), logs in the user log folder, temporary
files in a private folder of the user cache folder (records_desk/private_files.py).
RECORDS_DESK_DB, RECORDS_DESK_CONFIG_DIR, RECORDS_DESK_LOG_DIR and RECORDS_DESK_TEMP_DIR
override them. A records office may also be on a PostgreSQL server (issue 15): its address,
`postgresql://…`, stands where a path would (`is_server_address`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from records_desk import APP_ID

DB_ENV = "RECORDS_DESK_DB"
CONFIG_ENV = "RECORDS_DESK_CONFIG_DIR"
LOG_ENV = "RECORDS_DESK_LOG_DIR"
TEMP_ENV = "RECORDS_DESK_TEMP_DIR"
PASSWORD_ENV = "RECORDS_DESK_PASSWORD"
# The schemes of a server address (store/backends.py SERVER_SCHEMES, which parses it; told
# apart here without importing the store, before the window starts).
SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")


def is_server_address(value: str | os.PathLike[str]) -> bool:
    """Whether VALUE names a server database (postgresql://…) rather than a file."""
    scheme, sep, _rest = os.fspath(value).partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def default_db_path() -> Path:
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "records.db"


def config_dir() -> Path:
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    # On Windows and macOS platformdirs gives the data folder for config too; the key file
    # must never sit in the database's folder, so use the roaming / Preferences folder there.
    if sys.platform == "win32":
        return Path(platformdirs.user_config_dir(APP_ID, appauthor=False, roaming=True))
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Preferences" / APP_ID
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    env = os.environ.get(LOG_ENV)
    return Path(env) if env else default_log_dir()


def temp_root() -> Path:
    """The folder of the app's temporary files (one sub-folder per running process): never
    the system's shared temporary folder, where other users could list or read them."""
    env = os.environ.get(TEMP_ENV)
    if env:
        return Path(env)
    return Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "tmp"


def resources_dir() -> Path:
    """resources/ beside the package in a checkout; inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
