"""The build's smoke test (`records-desk --self-test`, run by .ci/run on the bundle): a store
in a temporary folder, a general manager, the main window built offscreen. Prints `self-test ok`
(exit 0) or the reason (exit 1)."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

SELF_TEST_PASSWORD = "self-test-password"


def self_test() -> int:
    """Smoke test of a (packaged) build: a store in a temporary folder, a general manager, the
    main window built offscreen. Prints `self-test ok` (exit 0) or the reason (exit 1)."""
    import tempfile

    try:
        with tempfile.TemporaryDirectory(
            prefix="records-desk-self-test-", ignore_cleanup_errors=True
        ) as tmp:
            _self_test_in(Path(tmp))
    except Exception as e:  # noqa: BLE001 - the reason is the output
        print(f"self-test failed: {type(e).__name__}: {e}")
        return 1
    print("self-test ok")
    return 0


def _self_test_in(folder: Path) -> None:
    import keyring
    from keyring.backends import fail

    from records_desk.paths import CONFIG_ENV, LOG_ENV, config_dir, resources_dir

    os.environ[CONFIG_ENV] = str(folder / "config")
    os.environ[LOG_ENV] = str(folder / "logs")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Never write into the user's real keyring: the key goes to a file in the temp folder.
    keyring.set_keyring(fail.Keyring())
    from records_desk.app_logging import setup_logging
    from records_desk.services.container import build_services
    from records_desk.settings import MemoryBackend, Options, Settings
    from records_desk.store.database import open_database
    from records_desk.store.keystore import KeyStore
    from records_desk.ui.application import make_application
    from records_desk.ui.backup.status import AUTOMATIC as AUTOMATIC_BACKUPS
    from records_desk.ui.i18n import Translations, app_qm_path
    from records_desk.ui.main_window import MainWindow

    setup_logging(console=False)
    app = make_application()
    frozen = bool(getattr(sys, "frozen", False))
    if frozen and not (resources_dir() / "fonts").is_dir():
        raise RuntimeError("the bundled fonts folder is missing")
    qm = app_qm_path("zh_TW")
    if not Translations(app).apply("zh_TW") and (frozen or qm.exists()):
        raise RuntimeError(f"the translation {qm} did not load")
    settings = Settings(
        MemoryBackend(
            {
                AUTOMATIC_BACKUPS.key: False,  # a smoke test: no copy at start nor at exit
                Options.ARGON2_TIME_COST.key: 1,
                Options.ARGON2_MEMORY_KIB.key: 8,
                Options.ARGON2_PARALLELISM.key: 1,
            }
        )
    )
    services = build_services(
        open_database(folder / "records.db", KeyStore(config_dir())), settings
    )
    try:
        gm = services.auth.create_first_manager("selftest", "Self test", SELF_TEST_PASSWORD)
        window = MainWindow(services, gm, settings)
        window.show()
        app.processEvents()
        if window.tabs.count() != 4 or not window.isVisible():
            raise RuntimeError("the main window did not come up with its four tabs")
        window.close()
        window.deleteLater()
        app.processEvents()
        if not services.audit.verify(gm).intact:
            raise RuntimeError("the audit chain of the new database does not verify")
    finally:
        services.close()
        _close_log_files()


def _close_log_files() -> None:
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_records_desk", False):
            root.removeHandler(handler)
            handler.close()
