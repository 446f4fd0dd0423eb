"""Any text in every text field: the calendar's month and week print to PDF.

The same property as tests/services/test_fuzz_outputs.py, for the print of the Calendar tab
(the calendar document, in the home zone and in the partner's).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from fuzz_pipeline import apply, build_plan, calendar_print
from fuzz_strategies import FIELDS, Scenario, scenarios

SUITE = settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


def _print(scenario: Scenario, folder: Path) -> list[str]:
    plan = build_plan(folder / "plan.sqlite3")
    try:
        apply(plan, scenario)
        return calendar_print(plan, scenario, folder)
    finally:
        plan.db.dispose()


@SUITE
@given(scenario=scenarios())
def test_any_text_prints_in_the_calendar(qapp, scenario: Scenario) -> None:  # type: ignore[no-untyped-def]
    with tempfile.TemporaryDirectory() as folder:
        _print(scenario, Path(folder))


def test_every_field_at_its_limit_prints_in_the_calendar(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    values: dict[str, object] = {}
    for spec in FIELDS:
        if spec.kind in ("text", "home_city"):
            values[spec.key] = "광W😀" * (spec.limit // 3)
        elif spec.kind == "email":
            values[spec.key] = "a@b"
        else:
            values[spec.key] = {"zone": "Asia/Seoul", "currency": "EUR", "amount": "1"}[spec.kind]
    done = _print(Scenario(values=values, lang="de", home_zone_column=False), tmp_path)
    assert len(done) == 3
