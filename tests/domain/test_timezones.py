import pytest

from exchange_planner.domain.timezones import (
    country_code,
    is_timezone,
    timezone_names,
    zones_for_country,
)


@pytest.mark.parametrize(
    ("country", "zone"),
    [
        ("South Korea", "Asia/Seoul"),
        ("Südkorea", "Asia/Seoul"),
        ("대한민국", "Asia/Seoul"),
        ("Korea", "Asia/Seoul"),
        ("KR", "Asia/Seoul"),
        ("Japan", "Asia/Tokyo"),
        ("germany", "Europe/Berlin"),
        ("Deutschland", "Europe/Berlin"),
        ("  France ", "Europe/Paris"),
    ],
)
def test_a_country_offers_its_usual_zone_first(country, zone):
    assert zones_for_country(country)[0] == zone


def test_a_country_with_several_zones_offers_them_all():
    zones = zones_for_country("United States")
    assert zones[0] == "America/New_York"
    assert {"America/Chicago", "America/Los_Angeles", "Pacific/Honolulu"} <= set(zones)
    assert zones_for_country("Germany") == ["Europe/Berlin", "Europe/Busingen"]


@pytest.mark.parametrize("country", ["", "Atlantis", "XX", "Country"])
def test_an_unknown_country_offers_nothing(country):
    assert zones_for_country(country) == []
    assert country_code(country) is None


def test_timezone_names_are_iana_names_without_copies():
    names = timezone_names()
    assert "Asia/Seoul" in names and "Europe/Berlin" in names
    assert list(names) == sorted(names)
    assert not any(name.startswith(("posix/", "right/")) for name in names)
    assert is_timezone("Asia/Seoul") and not is_timezone("Mars/Olympus")
