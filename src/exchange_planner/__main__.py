"""Entry point: ``python -m exchange_planner`` and the ``exchange-planner`` command."""

from __future__ import annotations

import sys

from exchange_planner.cli import main as cli_main


def main() -> int:
    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
