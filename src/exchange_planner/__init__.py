"""Exchange Planner: plan the visits, residencies and exhibitions of a city's partnerships."""

__version__ = "0.1.0"
APP_NAME = "Exchange Planner"
APP_ID = "exchange-planner"
ORG_NAME = "Exchange Planner"
