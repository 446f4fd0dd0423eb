"""Exchange Planner: plan the visits, residencies and exhibitions of a city's partnerships."""

from importlib.metadata import PackageNotFoundError, version

#: The name of the distribution (pyproject's ``name``), also the folder name of the settings,
#: data and logs (platformdirs) and the name of the command.
DISTRIBUTION = "exchange-planner"

try:
    # pyproject.toml's ``version`` is the only place the version is written; an installed
    # wheel, an editable install and the frozen build (which copies the metadata) read it here.
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # sources on sys.path without any install: no version to tell
    __version__ = "0+unknown"

APP_NAME = "Exchange Planner"
APP_ID = "exchange-planner"
ORG_NAME = "Exchange Planner"
