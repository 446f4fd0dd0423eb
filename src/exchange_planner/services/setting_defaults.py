"""The settings' keys and defaults that the direct readers need too, without SQLAlchemy.

``services.settings`` (which needs the ORM) and the readers of a SQLite file
(``services.calendar_reading``, ``services.itinerary_reading``) share them from here.
"""

from __future__ import annotations

#: The home city's names in other languages, as JSON {language: name}.
HOME_CITY_NAMES_KEY = "home_city_names"

#: What a database that stores no such setting has.
DEFAULTS: dict[str, str] = {
    "home_city": "Leipzig",
    "home_country": "Germany",
    "home_timezone": "Europe/Berlin",
    "is_sample": "false",
}
