"""The main window's actions, each made by one small factory from a declared spec (picard's
ui/mainwindow/actions.py). Texts are set by `retranslate_actions`, so they follow a language
switch; shortcuts are declared once here."""

from __future__ import annotations

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
LOCK = ActionSpec("lock", "Ctrl+L")
SIGN_OUT = ActionSpec("sign_out", "Ctrl+Shift+Q")
QUIT = ActionSpec("quit", "Ctrl+Q", QAction.MenuRole.QuitRole)
ACCOUNTS = ActionSpec("accounts", "Ctrl+Shift+A")
AUDIT_LOG = ActionSpec("audit_log", "Ctrl+Shift+L")
VERIFY_AUDIT = ActionSpec("verify_audit")
ABOUT = ActionSpec("about", "", QAction.MenuRole.AboutRole)
OPEN_LOG_FOLDER = ActionSpec("open_log_folder")
# The 客戶檔案 (Customers) menu: the director's and archivist's customer-file screens.
CUSTOMER_IMPORT = ActionSpec("customer_import", "Ctrl+I")
CUSTOMER_EXPORT = ActionSpec("customer_export", "Ctrl+E")
SMS_LIST = ActionSpec("sms_list")
GRADE_QUOTAS = ActionSpec("grade_quotas")
REVIEWS = ActionSpec("reviews")
BLACKLIST = ActionSpec("blacklist")
DATA_QUALITY = ActionSpec("data_quality")
SPOT_CHECK = ActionSpec("spot_check")
OFFICE_SETTINGS = ActionSpec("office_settings")

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
    CUSTOMER_IMPORT,
    CUSTOMER_EXPORT,
    SMS_LIST,
    GRADE_QUOTAS,
    REVIEWS,
    BLACKLIST,
    DATA_QUALITY,
    SPOT_CHECK,
    OFFICE_SETTINGS,
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
        "customer_import": (
            translate("Actions", "&Import from Excel…"),
            translate("Actions", "Check an Excel list of customers row by row, then import it"),
        ),
        "customer_export": (
            translate("Actions", "&Export to Excel…"),
            translate("Actions", "Write the customers shown in the tab (or all) to an Excel file"),
        ),
        "sms_list": (
            translate("Actions", "Holiday &SMS list…"),
            translate(
                "Actions", "Names and mobiles for holiday greetings, without blacklisted files"
            ),
        ),
        "grade_quotas": (
            translate("Actions", "Grade &quotas…"),
            translate("Actions", "VIP and preferred shares per department and product line"),
        ),
        "reviews": (
            translate("Actions", "&Reviews and visits…"),
            translate("Actions", "Reviews due and overdue, VIP not downgraded, visits overdue"),
        ),
        "blacklist": (
            translate("Actions", "&Blacklist…"),
            translate("Actions", "Who is blacklisted until when; add, lift, re-admit"),
        ),
        "data_quality": (
            translate("Actions", "&Data quality…"),
            translate("Actions", "Scores per maintainer and department, and the problems to fix"),
        ),
        "spot_check": (
            translate("Actions", "&Weekly spot check…"),
            translate("Actions", "Draw this week's sample of new entries and mark each one"),
        ),
        "office_settings": (
            translate("Actions", "&Office settings…"),
            translate(
                "Actions", "Archive codes, evaluation weights and spot-check size for every desk"
            ),
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
        text, tip = texts[name]
        action.setText(text)
        action.setStatusTip(tip)
        action.setToolTip(tip)
