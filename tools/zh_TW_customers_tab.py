"""Traditional Chinese of the UI strings of ui/customers/ (customers_tab); merged into ZH_TW by
tools/zh_TW_translations.py. Keyed like it: English source, or "Context|source"."""

ZH_TW: dict[str, str] = {}
