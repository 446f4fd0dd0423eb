"""Any text in every text field reaches every output without a traceback.

The property (tests/fuzz_pipeline.py) stores one hostile value per field through the services
and then prints and exports everything; the only exception allowed is a ValidationError naming
the field, for a value the documented rules refuse. The suite runs a few examples with a fixed
derandomised seed; tools/fuzz_outputs.py runs the same property long. Below the properties,
plain examples pin what fuzzing found and the worst cases (every field at its limit).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from exchange_planner.domain.errors import ImportFormatError, ValidationError
from exchange_planner.reports.i18n import LANGUAGES
from exchange_planner.services import interchange
from fuzz_pipeline import Plan, apply, build_plan, documents, exchange_files
from fuzz_strategies import FIELDS, Field, Scenario, scenarios

#: The suite's profile: few examples, the same ones on every run, no example database.
SUITE = settings(
    max_examples=4,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _run(scenario: Scenario, outputs: Callable[[Plan, Path], list[str]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        plan = build_plan(Path(folder) / "plan.sqlite3")
        try:
            apply(plan, scenario)
            outputs(plan, Path(folder))
        finally:
            plan.db.dispose()


@SUITE
@given(scenario=scenarios())
def test_any_text_prints_in_every_document(scenario: Scenario) -> None:
    _run(scenario, lambda plan, folder: documents(plan, scenario, folder))


@SUITE
@given(scenario=scenarios())
def test_any_text_survives_ics_the_command_line_and_the_exchange_file(scenario: Scenario) -> None:
    _run(scenario, exchange_files)


# --- worst cases, every language -------------------------------------------------------------
def _everywhere(value: Callable[[Field], Any], lang: str = "de+ko") -> Scenario:
    """The same kind of value in every free-text field (coded fields keep their values)."""
    values = {}
    for spec in FIELDS:
        if spec.kind in ("text", "home_city"):
            values[spec.key] = value(spec)
        elif spec.kind == "email":
            values[spec.key] = ("a@" + value(spec)[2:]).replace(" ", "_")
        else:
            values[spec.key] = {
                "zone": "Asia/Seoul",
                "currency": "EUR",
                "amount": "999999999999.99",
            }[spec.kind]
    return Scenario(values=values, lang=lang, home_zone_column=True)


def _stored_everything(plan: Plan, scenario: Scenario) -> None:
    outcome = apply(plan, scenario)
    assert not outcome.refused, outcome.refused


@pytest.mark.parametrize(
    ("lang", "longest"),
    [("de+ko", None), *((lang, 500) for lang in LANGUAGES if lang != "de+ko")],
    ids=lambda value: str(value),
)
def test_every_field_at_its_limit_as_one_unbreakable_word_prints_in_every_language(
    lang: str, longest: int | None, tmp_path: Path
) -> None:
    """20,000 characters without a space in every note, every name at its limit: the tables
    wrap and split them over pages ('Flowable too large' would be a defect). The other
    languages (other labels, other fonts first) with words of up to 500 characters."""
    scenario = _everywhere(lambda spec: "W" * min(spec.limit, longest or spec.limit), lang)
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        _stored_everything(plan, scenario)
        documents(plan, scenario, tmp_path)
    finally:
        plan.db.dispose()


UNITS = ('<font name="Courier" size="60"><para>', "]]>&amp;%s{0}\\", "광😀e\u0301\u202e")


def test_every_field_full_of_markup_escapes_and_scripts(tmp_path: Path) -> None:
    """Markup ReportLab would read, format and escape characters, Hangul, emoji, combining
    and bidi marks, 200 characters of one of them in each field."""
    fields = iter(range(len(FIELDS)))
    scenario = _everywhere(lambda spec: (UNITS[next(fields) % 3] * 200)[: min(spec.limit, 200)])
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        _stored_everything(plan, scenario)
        documents(plan, scenario, tmp_path)
        exchange_files(plan, tmp_path)
    finally:
        plan.db.dispose()


# --- defects found by the fuzzing ------------------------------------------------------------
@pytest.mark.parametrize("zone", ["Europe", "Asia/", "x" * 300])
def test_a_zone_folder_or_an_overlong_zone_is_refused_naming_the_field(
    tmp_path: Path, zone: str
) -> None:
    """ "Europe" made ZoneInfo raise IsADirectoryError, 300 characters OSError: a traceback
    in the editors and in the import."""
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        services = plan.services
        for service, record_id in (
            (services.partnerships, plan.ids["partnership"]),
            (services.venues, plan.ids["venue"]),
            (services.program, plan.ids["program_item"]),
        ):
            with pytest.raises(ValidationError) as refused:
                service.update(record_id, timezone=zone)
            assert refused.value.field == "timezone"
            assert service.get(record_id).timezone != zone
        with pytest.raises(ValidationError) as refused:
            services.settings.set_home(city="Leipzig", timezone=zone)
        assert refused.value.field == "home_timezone"

        document = interchange.export_document(plan.db)
        document["venues"][0]["timezone"] = zone[:64]
        copy = tmp_path / "copy.sqlite3"
        from exchange_planner.storage.database import open_database

        target = open_database(copy)
        try:
            with pytest.raises(ImportFormatError) as import_refused:
                interchange.import_document(target, json.loads(json.dumps(document)))
            assert import_refused.value.path == "$.venues[0].timezone"
        finally:
            target.dispose()
    finally:
        plan.db.dispose()


def test_an_amount_rounding_over_the_limit_is_refused_and_the_largest_travels(
    tmp_path: Path,
) -> None:
    """999999999999.995 was stored as 1000000000000.00: too long for NUMERIC(14, 2) and
    refused by the exchange file's own pattern, so export -> import failed."""
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        gifts = plan.services.gifts
        with pytest.raises(ValidationError) as refused:
            gifts.update(plan.ids["gift"], value_amount="999999999999.995")
        assert refused.value.field == "value_amount"
        gifts.update(plan.ids["gift"], value_amount="999999999999.99")
        exchange_files(plan, tmp_path)
    finally:
        plan.db.dispose()


def test_a_partner_city_longer_than_its_column_is_refused(tmp_path: Path) -> None:
    """The rule allowed 500 characters where the column and the schema hold 200: accepted
    in the editor, the text made the exchange file unreadable (and fails on PostgreSQL)."""
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        partnerships = plan.services.partnerships
        for field, limit in (("partner_city", 200), ("country", 100)):
            with pytest.raises(ValidationError) as refused:
                partnerships.update(plan.ids["partnership"], **{field: "G" * (limit + 1)})
            assert refused.value.field == field
            partnerships.update(plan.ids["partnership"], **{field: "G" * limit})
        exchange_files(plan, tmp_path)
    finally:
        plan.db.dispose()


@pytest.mark.parametrize("city", ["Leip\x00zig", "Leip\x1bzig", "Leip\ud800zig"])
def test_a_home_city_with_a_control_character_is_refused(tmp_path: Path, city: str) -> None:
    """The settings took NUL and ESC into the home city, printed on every document."""
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        settings_service = plan.services.settings
        with pytest.raises(ValidationError) as refused:
            settings_service.set_home(city=city, timezone="Asia/Seoul")
        assert refused.value.field == "home_city"
        assert settings_service.home_city() == "Leipzig"
        assert settings_service.home_timezone() == "Europe/Berlin"
    finally:
        plan.db.dispose()


def test_a_member_whose_name_makes_a_long_file_name_gets_a_personal_itinerary(
    tmp_path: Path,
) -> None:
    """60 letters of four bytes each made a 247-byte file name; with the atomic writer's
    temporary prefix and suffix it passed 255 bytes and the batch failed."""
    plan = build_plan(tmp_path / "plan.sqlite3")
    try:
        services = plan.services
        services.people.update(plan.ids["interpreter"], given_name="\U00020000" * 200)
        written = services.documents.write_personal_itineraries(plan.ids["visit"], tmp_path / "out")
        # The two members and the visit's host: hosts get personal itineraries too.
        assert len(written) == 3
        for path in written:
            assert path.exists() and len(path.name.encode("utf-8")) <= 130
        assert written[1].name.startswith("02-\U00020000")
    finally:
        plan.db.dispose()
