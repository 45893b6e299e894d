"""The composition root of the GUI: logging, the database opened on a worker thread
(app_opening.py), QApplication, settings, font, translators, the excepthook, then the session
flow — which puts the sign-in dialog on screen before the store, SQLAlchemy and the services
are imported, and is handed the services once they are open (ui/pending_services.py, built
here from the opened database; a sign-in from the command line has its password checked
meanwhile: app_opening.py `_early_check`). Also the switches the build and the benchmark use:
--self-test (self_test.py), --quit-when-ready (print `ready_ms=` once the first window a user
can act in is on screen: signed in with --user and RECORDS_DESK_PASSWORD, else the sign-in
dialog) and --quit-at-login (the same as soon as the sign-in dialog is on screen,
without signing in). "On screen" is the window's first expose (ui/widgets/exposed.py).

The records office is the file or server `--db` names (with a server, `--office-key FILE`
gives the office key once, else it is asked for), else the one chosen in the settings
dialog (a server: Options.DATABASE_ON_SERVER), else this computer's file
(paths.default_db_path). A server office is opened once the window is up, since what it asks
(a password, the office key) is asked in dialogs (ui/dialogs/server_questions.py)."""

from __future__ import annotations

import gc
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from records_desk.cli import GuiOptions
    from records_desk.services.common.hashing import EarlyCheck
    from records_desk.services.container import Services
    from records_desk.settings import Settings
    from records_desk.store.database import Database
    from records_desk.ui.session_flow import SessionFlow

# Fallback clock for --quit-when-ready where the process start time cannot be read.
_IMPORTED_AT = time.perf_counter()

EXIT_NO_DISPLAY = 2
NO_DISPLAY_MESSAGE = (
    "records-desk: no display available (DISPLAY and WAYLAND_DISPLAY are not set); "
    "set QT_QPA_PLATFORM=offscreen to run headless"
)

log = logging.getLogger(__name__)


def run_gui(options: GuiOptions) -> int:
    if options.self_test:
        from records_desk.self_test import self_test

        return self_test()
    if _no_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return EXIT_NO_DISPLAY
    gc.disable()  # until the first window is up (ui/start_gc.py)
    from records_desk.app_logging import setup_logging
    from records_desk.app_opening import DatabaseOpening
    from records_desk.paths import PASSWORD_ENV

    log_path = setup_logging()
    from records_desk.private_files import end_private_temp, use_private_temp

    use_private_temp()  # temporary files (openpyxl's, the viewer's copies) only there
    sign_in = options.user and not options.quit_at_login
    password = os.environ.get(PASSWORD_ENV) if sign_in else None
    # The store, SQLAlchemy and the services are the largest part of start-up: they are
    # imported and the database opened on a worker thread. With nothing to show before they
    # are there, that starts now, while Qt starts (C++ that releases the GIL); else the session
    # flow starts it once the sign-in dialog is on screen, and they load while the user types.
    target = options.server or database_to_open(options.db_path)
    chosen_in_settings = options.server is None and isinstance(target, str)
    opening = DatabaseOpening(target, office_key_file=options.office_key_file)
    if password and options.user:
        opening.sign_in = (options.user, password)
    if not opening.server and (password or not opening.exists):
        opening.start()
    from records_desk.settings import Options
    from records_desk.ui.application import make_application
    from records_desk.ui.exception_reporter import ExceptionReporter
    from records_desk.ui.i18n import Translations
    from records_desk.ui.pending_services import PendingServices
    from records_desk.ui.session_flow import SessionFlow
    from records_desk.ui.settings_store import open_settings
    from records_desk.ui.start_gc import collect_garbage_once_started

    app = make_application()
    settings = open_settings()
    translations = Translations(app)
    translations.apply(settings.get(Options.LANGUAGE))
    sys.excepthook = ExceptionReporter(log_path)
    services = PendingServices(
        opening, lambda database: _build_services(database, settings, opening.early_check)
    )
    flow = SessionFlow(services, settings, translations)
    questions = None
    if opening.server:  # what a server asks (its password, the office key); a file asks nothing
        from records_desk.ui.dialogs.server_questions import ServerQuestionsAsker

        questions = ServerQuestionsAsker(lambda: flow.front_window)
        opening.questions = questions  # before the flow starts the opening
    flow.finished.connect(app.quit)
    collect_garbage_once_started(flow)
    told: list[object] = []  # the message box, kept alive while it is on screen
    flow.open_failed.connect(
        lambda e: told.append(
            _cannot_open(
                app,
                options,
                str(opening.path),
                log_path,
                e,
                forget_server=_forgetting(settings) if chosen_in_settings else None,
            )
        )
    )
    if options.unattended:
        _quit_once_shown(app, flow, options, signing_in=bool(password))
    flow.start(options.user, password)
    try:
        return app.exec()
    finally:
        from records_desk.ui.common.background import wait_for_all

        wait_for_all()  # a job still running (an automatic backup) ends before its thread goes
        if questions is not None:
            questions.close()  # an opening waiting for an answer gets none, and ends
        services.close()
        end_private_temp()
        gc.enable()  # whatever happened (an exit before the first window: a test's run)


def database_to_open(given: Path | str) -> Path | str:
    """GIVEN (--db, or RECORDS_DESK_DB, else the default file), unless it is the default file
    and the settings dialog chose a server: then that server's address."""
    from records_desk.paths import DB_ENV, default_db_path, is_server_address

    if is_server_address(given) or os.environ.get(DB_ENV):
        return given
    if Path(given).expanduser() != default_db_path().expanduser():
        return given
    return saved_server() or given


def saved_server() -> str | None:
    """The server chosen in the settings dialog, read from the settings file. The settings
    (Qt's QSettings) are read only when the file says a server was chosen: a file office
    starts without waiting for Qt's import."""
    from records_desk import APP_ID
    from records_desk.paths import config_dir
    from records_desk.settings import Options

    ini = config_dir() / f"{APP_ID}.ini"
    try:
        text = ini.read_text("utf-8", errors="replace")
    except OSError:
        return None
    if Options.DATABASE_ON_SERVER.key.rpartition("/")[2] + "=true" not in text:
        return None
    from records_desk.ui.settings_store import open_settings

    return open_settings().saved_server()


def _quit_once_shown(
    app: QApplication, flow: SessionFlow, options: GuiOptions, signing_in: bool
) -> None:
    """--quit-at-login: `ready_ms=` once the first window (the sign-in dialog) is on screen.
    --quit-when-ready: once the first window a user can act in is on screen with the services
    open — the main window when signing in from the command line, which failing exits 1."""
    from records_desk.ui.widgets.exposed import when_exposed

    def ready() -> None:
        if signing_in and flow.main_window is None:
            print(
                f"records-desk: could not sign in as {options.user}: {flow.auto_sign_in_error}",
                file=sys.stderr,
            )
            app.exit(1)
        elif flow.front_window is not None:
            when_exposed(flow.front_window, lambda: _report_ready(app))

    if options.quit_at_login:
        flow.shown.connect(lambda window: when_exposed(window, lambda: _report_ready(app)))
    else:
        flow.ready.connect(ready)


def _no_display() -> bool:
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def _build_services(
    database: Database, settings: Settings, early_check: EarlyCheck | None = None
) -> Services:
    from records_desk.services.container import build_services

    services = build_services(database, settings)
    if early_check is not None:  # the command line's sign-in, checked while this opened
        services.ctx.hasher.adopt(early_check)
    return services


def _forgetting(settings: Settings) -> Callable[[], None]:
    def forget() -> None:
        from records_desk.settings import Options

        settings.set(Options.DATABASE_ON_SERVER, False)
        qsettings = getattr(settings.backend, "qsettings", None)
        if qsettings is not None:
            qsettings.sync()  # written now: the app ends when the box closes

    return forget


def _cannot_open(
    app: QApplication,
    options: GuiOptions,
    shown: str,
    log_path: Path,
    error: Exception,
    *,
    forget_server: Callable[[], None] | None = None,
) -> QMessageBox | None:
    """Why the database (SHOWN: its path or server address) could not be opened: one message,
    no traceback (the log has it). The message box (returned, for the caller to keep) ends the
    app when closed. A question the user cancelled (a server's password) ends it quietly.
    FORGET_SERVER: the server was the settings' choice, which the settings dialog — behind the
    sign-in — cannot change now; the box offers to go back to this computer's file."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from records_desk.app_opening import OpeningCancelled
    from records_desk.store.backends import ServerAddressError

    if isinstance(error, OpeningCancelled):
        log.info("opening %s cancelled by the user", shown)
        app.exit(1)
        return None

    from records_desk.domain.common.errors import (
        CannotOpenDatabase,
        DiskFull,
        KeyUnavailable,
        NewerDatabase,
        WrongKey,
    )
    from records_desk.ui.messages import describe

    if isinstance(error, KeyUnavailable | WrongKey | NewerDatabase | CannotOpenDatabase | DiskFull):
        log.error("cannot open %s: %s", shown, error)
        text = describe(error)
    elif isinstance(error, ServerAddressError):
        log.error("cannot open %s: not a server address", shown)
        from records_desk.ui.server_office import address_error_text

        text = address_error_text(shown)
    else:
        log.error("cannot open %s", shown, exc_info=error)
        text = (
            QCoreApplication.translate(
                "App", "The database %1 could not be opened (%2). The details are in %3."
            )
            .replace("%1", shown)
            .replace("%2", type(error).__name__)
            .replace("%3", str(log_path))
        )
    if options.unattended:  # nobody there to read a message box
        print(f"records-desk: {text}", file=sys.stderr)
        app.exit(1)
        return None
    box = QMessageBox(QMessageBox.Icon.Critical, "Records Desk", text)
    if forget_server is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "App",
                "This server is the one chosen in the settings. Records Desk can open this "
                "computer's file at the next start instead (the server stays as it is).",
            )
        )
        use_file = box.addButton(
            QCoreApplication.translate("App", "Use this computer's &file next time"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        use_file.setObjectName("useFileNextTime")
        use_file.clicked.connect(forget_server)
        box.addButton(QMessageBox.StandardButton.Close)
    box.finished.connect(lambda _result: app.exit(1))
    box.show()
    return box


def _report_ready(app: QApplication) -> None:
    print(f"ready_ms={_elapsed_since_process_start_ms()}", flush=True)
    app.exit(0)


def _elapsed_since_process_start_ms() -> int:
    """From the start of the process (Linux: /proc/self/stat field 22, in clock ticks since
    boot); elsewhere from the import of this module."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            data = stat.read()
        start_ticks = int(data[data.rindex(")") + 2 :].split()[19])
        started = start_ticks / os.sysconf("SC_CLK_TCK")
        return round((time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000)
    except (OSError, ValueError, IndexError, AttributeError):
        return round((time.perf_counter() - _IMPORTED_AT) * 1000)
