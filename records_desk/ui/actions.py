"""The main window's own actions (File, Admin, Help), each made by one small factory from a
declared spec (picard's ui/mainwindow/actions.py); a feature's actions are declared by the
feature (ui/common/feature.py) and made by the same factory. Texts are set by
`retranslate_actions`, so they follow a language switch; shortcuts are declared once."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    name: str
    shortcut: str = ""
    menu_role: QAction.MenuRole = QAction.MenuRole.NoRole


PRINT_BLANK_FORM = ActionSpec("print_blank_form", "Ctrl+P")
SETTINGS = ActionSpec("settings", "Ctrl+,", QAction.MenuRole.PreferencesRole)
CHANGE_PASSWORD = ActionSpec("change_password", "Ctrl+Shift+P")
LOCK = ActionSpec("lock", "Ctrl+Alt+L")  # Ctrl+L lends files (the loan register, issue 11)
SIGN_OUT = ActionSpec("sign_out", "Ctrl+Shift+Q")
QUIT = ActionSpec("quit", "Ctrl+Q", QAction.MenuRole.QuitRole)
ACCOUNTS = ActionSpec("accounts", "Ctrl+Shift+A")
AUDIT_LOG = ActionSpec("audit_log", "Ctrl+Shift+L")
VERIFY_AUDIT = ActionSpec("verify_audit")
ABOUT = ActionSpec("about", "", QAction.MenuRole.AboutRole)
OPEN_LOG_FOLDER = ActionSpec("open_log_folder")
ALL_SPECS = (
    PRINT_BLANK_FORM,
    SETTINGS,
    CHANGE_PASSWORD,
    LOCK,
    SIGN_OUT,
    QUIT,
    ACCOUNTS,
    AUDIT_LOG,
    VERIFY_AUDIT,
    ABOUT,
    OPEN_LOG_FOLDER,
)


def _texts() -> dict[str, tuple[str, str]]:
    """(menu text, status tip) per action, in the current language."""
    return {
        "print_blank_form": (
            translate("Actions", "&Print blank form…"),
            translate("Actions", "Preview and print an empty form to fill in by hand"),
        ),
        "settings": (
            translate("Actions", "&Settings…"),
            translate("Actions", "Change the language and the idle lock"),
        ),
        "change_password": (
            translate("Actions", "&Change password…"),
            translate("Actions", "Set a new password for your own account"),
        ),
        "lock": (
            translate("Actions", "&Lock"),
            translate("Actions", "Lock the window now; your work stays open"),
        ),
        "sign_out": (
            translate("Actions", "Sign &out"),
            translate("Actions", "End your session and return to the sign-in dialog"),
        ),
        "quit": (translate("Actions", "&Quit"), translate("Actions", "Close Records Desk")),
        "accounts": (
            translate("Actions", "&Accounts…"),
            translate("Actions", "Create, disable and reset user accounts"),
        ),
        "audit_log": (
            translate("Actions", "Operation &log…"),
            translate("Actions", "Read the operation log"),
        ),
        "verify_audit": (
            translate("Actions", "&Verify audit chain"),
            translate("Actions", "Check that no entry of the operation log was altered"),
        ),
        "about": (
            translate("Actions", "&About Records Desk"),
            translate("Actions", "Version, database and licences"),
        ),
        "open_log_folder": (
            translate("Actions", "Open log &folder"),
            translate("Actions", "Show the folder holding the application's log files"),
        ),
    }


def create_action(parent: QObject, spec: ActionSpec) -> QAction:
    action = QAction(parent)
    action.setObjectName(f"action_{spec.name}")
    if spec.shortcut:
        action.setShortcut(QKeySequence(spec.shortcut))
    action.setMenuRole(spec.menu_role)
    return action


def create_actions(parent: QObject) -> dict[str, QAction]:
    actions = {spec.name: create_action(parent, spec) for spec in ALL_SPECS}
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    texts = _texts()
    for name, action in actions.items():
        set_texts(action, *texts[name])


def set_texts(action: QAction, text: str, tip: str) -> None:
    action.setText(text)
    action.setIconText(button_text(text))
    action.setStatusTip(tip)
    action.setToolTip(tip)


# "新增檔案(&N)…": the mnemonic in brackets, as Chinese menus write it.
_BRACKETED_MNEMONIC = re.compile(r"\s*[(（]&[^)）][)）]")


def button_text(text: str) -> str:
    """A menu text as a toolbar button shows it: no mnemonic and no ellipsis. Qt drops a
    bare "&" itself but printed "新增檔案(N)" for the bracketed Chinese form, a letter that
    does nothing on a button."""
    plain = _BRACKETED_MNEMONIC.sub("", text)
    plain = plain.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return plain.rstrip("…").rstrip(".").rstrip()
