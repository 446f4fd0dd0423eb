"""A note of thousands of short lines prints below its table, line by line.

Found by tools/fuzz_outputs.py: program notes, gift circumstances and residency notes of
10,000 lines ("x\\n" × 10,000, within the 20,000-character limit) sat in one table cell or one
paragraph, which ReportLab lays out again from the start on every page it continues on: a
gift protocol took minutes. Now such text goes into the story as one paragraph per line; these
tests check that structure and that every line is printed, in order.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table

from exchange_planner.reports.continued import ContinuedPart
from exchange_planner.reports.fonts import font_set
from exchange_planner.reports.gifts import gift_protocol_flowables
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.itinerary import itinerary_flowables
from exchange_planner.reports.residency_sheet import (
    build_residency_sheet,
    residency_sheet_flowables,
)
from exchange_planner.reports.styles import make_styles
from exchange_planner.reports.text import LONG_LINES, is_long
from fuzz_pipeline import AS_OF, Plan, build_plan

NOTE = "FIRST-LINE\n" + "x\n" * 300 + "LAST-LINE"


@pytest.fixture
def plan(tmp_path: Path) -> Iterator[Plan]:
    plan = build_plan(tmp_path / "plan.sqlite3")
    yield plan
    plan.db.dispose()


def _unwrapped(story: list[Flowable]) -> list[Flowable]:
    """The story with a day's parts (which mark the pages the day continues on) unwrapped."""
    return [f.content if isinstance(f, ContinuedPart) else f for f in story]


def _cells(flowable: object) -> Iterator[object]:
    """Everything inside tables and KeepTogether groups, recursively."""
    if isinstance(flowable, ContinuedPart):
        yield from _cells(flowable.content)
    elif isinstance(flowable, Table):
        for row in flowable._cellvalues:
            for cell in row:
                for item in cell if isinstance(cell, list) else [cell]:
                    yield item
                    yield from _cells(item)
    elif isinstance(flowable, KeepTogether):
        for item in flowable._content:
            yield from _cells(item)


def _in_tables(story: list[Flowable]) -> str:
    return " ".join(
        item.getPlainText() for f in story for item in _cells(f) if isinstance(item, Paragraph)
    )


def _story_lines(story: list[Flowable]) -> list[str]:
    return [f.getPlainText() for f in _unwrapped(story) if isinstance(f, Paragraph)]


def _printed(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_what_counts_as_long() -> None:
    assert not is_long("a\n" * (LONG_LINES - 1))
    assert is_long("a\n" * LONG_LINES)
    assert is_long("W" * 2001) and not is_long("W" * 2000)


def test_long_program_notes_follow_the_item_and_the_day_goes_on(plan: Plan) -> None:
    services, ids = plan.services, plan.ids
    services.program.update(ids["program_item"], notes=NOTE)
    data = services.documents.itinerary(ids["visit"], record=False)
    styles = make_styles(font_set())
    story = itinerary_flowables(data, styles, Language("de"))
    assert "FIRST-LINE" not in _in_tables(story)
    lines = _story_lines(story)
    first, last = lines.index("FIRST-LINE"), lines.index("LAST-LINE")
    assert last - first == 301  # one paragraph per line
    # The next item of the day ("Briefing") is in a table after the notes.
    story = _unwrapped(story)
    after = story[next(i for i, f in enumerate(story) if isinstance(f, Paragraph)) :]
    assert "Briefing" in _in_tables(after)

    out = io.BytesIO()
    services.documents.write_itinerary(ids["visit"], out, lang="de")
    text = _printed(out.getvalue())
    assert text.index("Reception") < text.index("FIRST-LINE") < text.index("LAST-LINE")
    assert text.index("LAST-LINE") < text.index("Briefing")


def test_long_gift_circumstances_follow_the_register_entry(plan: Plan) -> None:
    services, ids = plan.services, plan.ids
    services.gifts.update(ids["gift"], circumstances=NOTE)
    data = services.documents.gift_protocol(visit_id=ids["visit"], record=False)
    story = gift_protocol_flowables(data, make_styles(font_set()), Language("de+ko"))
    assert "FIRST-LINE" not in _in_tables(story)
    lines = _story_lines(story)
    assert lines.index("LAST-LINE") - lines.index("FIRST-LINE") == 301
    assert "Meissen plate" in _in_tables(story)  # the rest of the entry stays in its table

    out = io.BytesIO()
    services.documents.write_gift_protocol(out, visit_id=ids["visit"], lang="de")
    text = _printed(out.getvalue())
    assert text.index("Meissen plate") < text.index("FIRST-LINE") < text.index("LAST-LINE")
    assert text.index("LAST-LINE") < text.index("Celadon vase")


def test_long_residency_notes_print_line_by_line(plan: Plan, tmp_path: Path) -> None:
    services, ids = plan.services, plan.ids
    services.residencies.update(ids["residency"], notes=NOTE)
    data = services.residencies.sheet_data(ids["residency"], AS_OF)
    story = residency_sheet_flowables(data, make_styles(font_set()), Language("de"))
    lines = _story_lines(story)
    assert lines.index("LAST-LINE") - lines.index("FIRST-LINE") == 301
    assert not any(isinstance(f, KeepTogether) for f in story)

    target = tmp_path / "sheet.pdf"
    build_residency_sheet(data, target, lang="de")
    text = _printed(target.read_bytes())
    assert text.index("FIRST-LINE") < text.index("LAST-LINE")
    assert text.count("\nx") + text.startswith("x") >= 300 or text.count("x") >= 300
