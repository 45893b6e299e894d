"""Entry point `records-desk`: sub-commands go to the CLI, no sub-command opens the GUI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from records_desk.cli import main as cli_main

    return cli_main(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
