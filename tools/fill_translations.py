"""Write tools/zh_TW_translations.py into resources/i18n/records_desk_zh_TW.ts and list what is
still missing. Run after `make i18n` (lupdate) and before committing; then `make i18n` again to
compile the .qm."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from zh_TW_translations import ZH_TW  # noqa: E402

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "records_desk_zh_TW.ts"


def main() -> int:
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            text = ZH_TW.get(f"{name}|{source}", ZH_TW.get(source))
            if text is None:
                if translation.text and translation.get("type") != "unfinished":
                    continue  # translated by hand in the .ts (e.g. with Qt Linguist)
                missing.append(f"{name}: {source!r}")
                continue
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    with TS.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    for line in missing:
        print("missing:", line)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
