"""IANA time zones: every name, and the zones of a country (South Korea -> Asia/Seoul).

A country is recognised by its name in English, German or Korean (as babel's CLDR data spells
it: "South Korea", "Südkorea", "대한민국"), a few common variants ("Korea", "Republic of
Korea") or its ISO 3166 code ("KR"). Its zones come from the tz database's ``zone.tab``
(most populous first: United States -> America/New_York, ...), else from CLDR.
"""

from __future__ import annotations

import zoneinfo
from functools import cache
from importlib import resources

from babel.core import Locale, get_global

#: Names babel does not list but people type.
_ALIASES: dict[str, str] = {
    "korea": "KR",
    "republic of korea": "KR",
    "korea, republic of": "KR",
    "south-korea": "KR",
    "republik korea": "KR",
    "한국": "KR",
    "usa": "US",
    "united states of america": "US",
    "uk": "GB",
    "england": "GB",
    "great britain": "GB",
    "deutschland": "DE",
    "federal republic of germany": "DE",
}


@cache
def timezone_names() -> tuple[str, ...]:
    """Every IANA zone name, sorted, without the ``posix/`` and ``right/`` copies."""
    return tuple(
        sorted(
            name
            for name in zoneinfo.available_timezones()
            if not name.startswith(("posix/", "right/", "SystemV/")) and name != "localtime"
        )
    )


def is_timezone(name: str) -> bool:
    return name in zoneinfo.available_timezones()


@cache
def _country_codes() -> dict[str, str]:
    codes: dict[str, str] = {}
    for language in ("en", "de", "ko"):
        for code, name in Locale(language).territories.items():
            if len(code) == 2 and code.isalpha():
                codes.setdefault(name.casefold(), code)
    codes.update(_ALIASES)
    return codes


def country_code(country: str) -> str | None:
    """The ISO 3166 code of a country name or code, None when unknown."""
    cleaned = " ".join(country.split())
    if not cleaned:
        return None
    if len(cleaned) == 2 and cleaned.isalpha():
        code = cleaned.upper()
        return code if code in _zone_tab() or code in get_global("territory_zones") else None
    return _country_codes().get(cleaned.casefold())


@cache
def _zone_tab() -> dict[str, tuple[str, ...]]:
    """Country code -> zones in the order of the tz database's zone.tab."""
    table: dict[str, list[str]] = {}
    try:
        text = (resources.files("tzdata.zoneinfo") / "zone.tab").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            table.setdefault(parts[0], []).append(parts[2])
    return {code: tuple(zones) for code, zones in table.items()}


def zones_for_country(country: str) -> list[str]:
    """The zones of ``country``, the usual one first; empty when the country is unknown."""
    code = country_code(country)
    if code is None:
        return []
    zones = list(_zone_tab().get(code, ()))
    if not zones:
        zones = list(get_global("territory_zones").get(code, ()))
    return [zone for zone in zones if zone in zoneinfo.available_timezones()]
