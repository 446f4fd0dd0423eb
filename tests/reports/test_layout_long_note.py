"""A day whose items go on after a long note: the page the day continues on says so."""

from __future__ import annotations

from dataclasses import replace

import pytest
from layout_visit import long_visit
from test_layout import AS_OF, _weekdays, body_lines, reader

from exchange_planner.reports.data import NO_TRANSLATIONS, ItineraryData
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.services.registry import Services

MARKS = {
    "de": ["(Fortsetzung)"],
    "en": ["(continued)"],
    "ko": ["(계속)"],
    "de+ko": ["(Fortsetzung)", "(계속)"],
}


@pytest.fixture
def sample(services: Services, sample_ids: dict[str, int]) -> ItineraryData:
    return services.documents.itinerary(sample_ids["visit"], now=AS_OF)


def _with_long_note(base: ItineraryData, lines: int) -> tuple[ItineraryData, str, str]:
    """The long visit with a note of ``lines`` lines on the second item of its second day;
    returns the data, the note's first line and the title of the item after it."""
    data = long_visit(base)
    program = sorted(data.program, key=lambda item: item.starts_at)
    second_day = program[0].starts_at.date().toordinal() + 1
    day_items = [item for item in program if item.starts_at.date().toordinal() == second_day]
    noted, following = day_items[1], day_items[2]
    note = "\n".join(f"Hinweis {number:03d} zur Anfahrt und zum Ablauf" for number in range(lines))
    changed = []
    for item in data.program:
        if item.id == noted.id:
            item = replace(item, notes=note, translations=NO_TRANSLATIONS)
        if item.id == following.id:
            item = replace(item, title="Nachfolgender Termin", translations=NO_TRANSLATIONS)
        changed.append(item)
    return replace(data, program=tuple(changed)), "Hinweis 000", "Nachfolgender Termin"


#: Note lengths (lines) that end the note at the foot of a page, so that the rest of the
#: day's table goes on the next page (a bilingual note takes two lines per line).
PUSHED = {"de": 82, "ko": 82, "en": 82, "de+ko": 52}


@pytest.mark.parametrize("lang", ["de", "ko", "en", "de+ko"])
@pytest.mark.parametrize("case", ["table pushed", "note runs over"])
def test_a_day_pushed_onto_the_next_page_by_a_long_note_says_it_continues(  # type: ignore[no-untyped-def]
    sample, lang, case
) -> None:
    lines = PUSHED[lang] if case == "table pushed" else 140
    data, note_start, following = _with_long_note(sample, lines)
    pdf = reader(lambda out: build_itinerary(data, out, ItineraryOptions(lang=lang)))
    pages = [body_lines(page) for page in pdf.pages]
    first = next(n for n, body in enumerate(pages) if any(note_start in line for line in body))
    note_end = f"Hinweis {lines - 1:03d}"
    end = next(n for n, body in enumerate(pages) if any(note_end in line for line in body))
    last = next(n for n, body in enumerate(pages) if any(following in line for line in body))
    # The day's next item stands on a later page than the note's start: after the whole
    # note (the table pushed over) or after its part on the next page.
    assert last > first, (first, last)
    if case == "table pushed":
        assert last > end >= first, (first, end, last)
    else:
        assert end > first
    heading = next(
        line
        for line in reversed([line for body in pages[: first + 1] for line in body])
        if any(line.startswith(day) for day in _weekdays(lang))
    )
    marks = MARKS[lang]
    for number in range(first + 1, last + 1):
        top = pages[number][0]
        assert all(mark in top for mark in marks), (number, top)
        assert heading.startswith(top.split(f" {marks[0]}")[0]), (heading, top)
    # Marked once per page, at its top only.
    for number in range(first + 1, last + 1):
        assert sum(marks[0] in line for line in pages[number]) == 1, pages[number]
