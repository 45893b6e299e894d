"""Where Records Desk keeps things: the database in the user data folder, keys and settings in
the user config folder (never beside the database), logs in the user log folder.
RECORDS_DESK_DB, RECORDS_DESK_CONFIG_DIR and RECORDS_DESK_LOG_DIR override them."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from records_desk import APP_ID

DB_ENV = "RECORDS_DESK_DB"
CONFIG_ENV = "RECORDS_DESK_CONFIG_DIR"
LOG_ENV = "RECORDS_DESK_LOG_DIR"
PASSWORD_ENV = "RECORDS_DESK_PASSWORD"


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


def log_dir() -> Path:
    env = os.environ.get(LOG_ENV)
    return Path(env) if env else Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def resources_dir() -> Path:
    """resources/ beside the package in a checkout; inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
