"""The reception feature as the main window shows it (records_desk/features.py): until its own issue
lands, only a tab that says the feature is not built yet."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from records_desk.ui.common.feature import FeatureHost, FeatureUi


def _tab(host: FeatureHost) -> QWidget:
    from records_desk.ui.reception.tab import ReceptionTab

    return ReceptionTab(host.services, host.principal)


FEATURE_UI = FeatureUi("reception", tab=_tab)
