"""Exchange Planner: plan the visits, residencies and exhibitions of a city's partnerships."""

from __future__ import annotations

#: The name of the distribution (pyproject's ``name``), also the folder name of the settings,
#: data and logs (platformdirs) and the name of the command.
DISTRIBUTION = "exchange-planner"

APP_NAME = "Exchange Planner"
APP_ID = "exchange-planner"
ORG_NAME = "Exchange Planner"

_version: str | None = None


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the package metadata when first asked for, not at import:
    # importlib.metadata costs more than the rest of a quick command (``--help``, ``list``).
    if name == "__version__":
        return version()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def version() -> str:
    """pyproject.toml's ``version``, the only place it is written: an installed wheel, an
    editable install and the frozen build (which copies the metadata) read it here."""
    global _version
    if _version is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as distribution_version

        try:
            _version = distribution_version(DISTRIBUTION)
        except PackageNotFoundError:  # sources on sys.path without any install
            _version = "0+unknown"
    return _version
