"""The customer files as the main window shows them (records_desk/features.py): the 客戶檔案
tab, and the Customers menu — import and export, the holiday SMS list, grade quotas, reviews
and visits, the blacklist, data quality, the weekly spot check and the office settings.
Each item is enabled only for the roles the permission matrix allows; each opens its screen
lazily (ui/customers/admin_menu.py), so none of them costs start-up time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from records_desk.domain.common.permissions import Action
from records_desk.ui.common.changes import CUSTOMER_FILES
from records_desk.ui.common.feature import FeatureAction, FeatureHost, FeatureUi
from records_desk.ui.customers.admin_menu import CustomerAdminMenu as Menu

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for (literal arguments)


def _tab(host: FeatureHost) -> QWidget:
    from records_desk.ui.customers.tab import CustomersTab

    tab = CustomersTab(host.services, host.principal, host.settings)
    host.changes.changed.connect(lambda changes: tab.on_changes(changes))
    return tab


ACTIONS = (
    FeatureAction(
        "customer_import",
        lambda: translate("Actions", "&Import from Excel…"),
        lambda: translate("Actions", "Check an Excel list of customers row by row, then import it"),
        Menu.open_import,
        "Ctrl+I",
        Action.CUSTOMER_IMPORT,
    ),
    FeatureAction(
        "customer_export",
        lambda: translate("Actions", "&Export to Excel…"),
        lambda: translate(
            "Actions", "Write the customers shown in the tab (or all) to an Excel file"
        ),
        Menu.export_view,
        "Ctrl+E",
        Action.CUSTOMER_DATA_EXPORT,
    ),
    FeatureAction(
        "sms_list",
        lambda: translate("Actions", "Holiday &SMS list…"),
        lambda: translate(
            "Actions", "Names and mobiles for holiday greetings, without blacklisted files"
        ),
        Menu.export_sms,
        permission=Action.CUSTOMER_DATA_EXPORT,
    ),
    FeatureAction(
        "grade_quotas",
        lambda: translate("Actions", "Grade &quotas…"),
        lambda: translate("Actions", "VIP and preferred shares per department and product line"),
        Menu.open_quotas,
        permission=Action.CUSTOMER_VIEW,
    ),
    FeatureAction(
        "reviews",
        lambda: translate("Actions", "&Reviews and visits…"),
        lambda: translate("Actions", "Reviews due and overdue, VIP not downgraded, visits overdue"),
        Menu.open_reviews,
        permission=Action.CUSTOMER_VIEW,
    ),
    FeatureAction(
        "blacklist",
        lambda: translate("Actions", "&Blacklist…"),
        lambda: translate("Actions", "Who is blacklisted until when; add, lift, re-admit"),
        Menu.open_blacklist,
        permission=Action.CUSTOMER_VIEW,
    ),
    FeatureAction(
        "data_quality",
        lambda: translate("Actions", "&Data quality…"),
        lambda: translate(
            "Actions", "Scores per maintainer and department, and the problems to fix"
        ),
        Menu.open_quality,
        permission=Action.QUALITY_VIEW,
    ),
    FeatureAction(
        "spot_check",
        lambda: translate("Actions", "&Weekly spot check…"),
        lambda: translate("Actions", "Draw this week's sample of new entries and mark each one"),
        Menu.open_spot_check,
        permission=Action.SPOT_CHECK,
    ),
    FeatureAction(
        "office_settings",
        lambda: translate("Actions", "&Office settings…"),
        lambda: translate(
            "Actions", "Archive codes, evaluation weights and spot-check size for every desk"
        ),
        Menu.open_office_settings,
        # Everyone may read them; the dialog lets only Action.OFFICE_SETTINGS roles change them.
        permission=Action.CUSTOMER_VIEW,
    ),
)

FEATURE_UI = FeatureUi(
    "customers",
    topic=CUSTOMER_FILES,
    tab=_tab,
    menu_title=lambda: QCoreApplication.translate("MainWindow", "&Customers"),
    menu=(
        "customer_import",
        "customer_export",
        "sms_list",
        None,
        "grade_quotas",
        "reviews",
        "blacklist",
        None,
        "data_quality",
        "spot_check",
        None,
        "office_settings",
    ),
    actions=ACTIONS,
    controller=Menu,
)
__all__ = ["CUSTOMER_FILES", "FEATURE_UI"]
