"""Layout descriptions of place cards and badges: the shipped sheets' geometry, bad data refused."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from exchange_planner.reports.layouts import (
    BADGE_LAYOUTS,
    NAME_FIELDS,
    PLACE_CARD_LAYOUTS,
    LayoutError,
    is_dark_neutral,
    layout,
    load_layout,
)

EVERY = [(key, "place_card") for key in PLACE_CARD_LAYOUTS] + [
    (key, "badge") for key in BADGE_LAYOUTS
]


@pytest.mark.parametrize(("key", "kind"), EVERY)
def test_every_card_and_element_lies_on_its_sheet(key: str, kind: str) -> None:
    chosen = layout(key, kind)
    for index in range(chosen.per_page):
        left, top = chosen.card_origin(index)
        assert left >= 0 and top >= 0
        assert left + chosen.card_width <= chosen.page_width + 0.01
        assert top + chosen.card_height <= chosen.page_height + 0.01
    for element in chosen.elements:
        assert element.x + element.width <= chosen.card_width + 0.01
        faces = chosen.faces if element.face is None else [chosen.faces[element.face]]
        assert all(element.y + element.height <= face.height + 0.01 for face in faces)
        if element.field in NAME_FIELDS:
            assert is_dark_neutral(element.colour), (key, element)


def test_tent_cards_fold_and_cut_where_the_documentation_says() -> None:
    two, four = layout("a4-2", "place_card"), layout("a4-4", "place_card")
    assert (two.page_width, two.page_height) == (210, 297)
    assert (two.card_width, two.card_height, two.per_page) == (190, 135, 2)
    assert (four.card_width, four.card_height, four.per_page) == (95, 135, 4)
    # Folded in half: a standing face of 67.5 mm on each side.
    assert [face.height for face in two.faces] == [67.5, 67.5]
    assert two.fold_lines() == four.fold_lines() == [81.0, 216.0]
    assert two.cut_lines() == ([13.5, 148.5, 283.5], [10.0, 200.0])
    assert four.cut_lines() == ([13.5, 148.5, 283.5], [10.0, 105.0, 200.0])
    # The upper face is printed upside down so that both read upright when it stands.
    assert [face.rotation for face in two.faces] == [180, 0]
    assert [face.rotation for face in four.faces] == [180, 0]


def test_badge_sheets_have_their_makers_grids() -> None:
    a6 = layout("a6", "badge")
    assert (a6.page_width, a6.page_height, a6.per_page) == (105, 148, 1)
    l4785 = layout("avery-l4785", "badge")
    assert (l4785.card_width, l4785.card_height) == (80, 50)
    assert (l4785.columns, l4785.rows, l4785.left, l4785.top) == (2, 5, 18, 13)
    assert (l4785.pitch_x, l4785.pitch_y) == (95, 55)
    c32011 = layout("avery-c32011", "badge")
    assert (c32011.card_width, c32011.card_height, c32011.per_page) == (85, 54, 10)
    assert c32011.card_origin(9) == (110, 229.5)
    l7414 = layout("avery-l7414", "badge")
    assert (l7414.card_width, l7414.card_height, l7414.per_page) == (90, 52, 10)
    # The last label ends where the maker's margins begin (15 mm, 18.5 mm).
    left, top = l7414.card_origin(9)
    assert (210 - left - 90, 297 - top - 52) == (15, 18.5)


def _two_up() -> dict[str, Any]:
    return copy.deepcopy(PLACE_CARD_LAYOUTS["a4-2"])


def _refused(data: dict[str, Any]) -> LayoutError:
    with pytest.raises(LayoutError) as caught:
        load_layout(data)
    return caught.value


def test_an_element_beyond_its_card_is_refused() -> None:
    data = _two_up()
    data["elements"][0]["width"] = 190  # from x = 8: 8 mm too wide
    error = _refused(data)
    assert error.field == "elements[0].width"
    assert "8 mm beyond the right edge" in error.message
    data = _two_up()
    data["elements"][2]["height"] = 30  # the title, from 46.5 mm on a face of 67.5 mm
    error = _refused(data)
    assert error.field == "elements[2].height"
    assert "9 mm below the bottom" in error.message


def test_an_unknown_field_is_refused() -> None:
    data = _two_up()
    data["elements"][1]["field"] = "nickname"
    error = _refused(data)
    assert error.field == "elements[1].field"
    assert "unknown field 'nickname'" in error.message and "name_other_script" in error.message


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"columns": 3}, "columns", "beyond the sheet's right edge"),
        ({"rows": 3}, "rows", "below the sheet's bottom edge"),
        ({"kind": "poster"}, "kind", "not one of"),
        ({"nonsense": 1}, "nonsense", "unknown entry"),
        ({"card_width": -5}, "card_width", "more than 0"),
        ({"faces": [{"top": 0, "height": 135}]}, "faces", "two faces"),
        ({"band_colours": {"delegation": "#123456"}}, "band_colours", "each side"),
        ({"elements": []}, "elements", "list of elements"),
    ],
)
def test_bad_layout_data_is_refused(change: dict[str, Any], field: str, words: str) -> None:
    data = _two_up()
    data.update(change)
    error = _refused(data)
    assert error.field == field
    assert words in error.message


def test_overlapping_labels_are_refused() -> None:
    data = copy.deepcopy(BADGE_LAYOUTS["avery-l4785"])
    data["pitch_y"] = 40
    error = _refused(data)
    assert error.field == "pitch_y" and "overlap" in error.message


@pytest.mark.parametrize("colour", ["#cc0000", "#ff3333", "#1f3a5f"])
def test_names_in_colour_are_refused(colour: str) -> None:
    data = _two_up()
    data["elements"][0]["colour"] = colour
    error = _refused(data)
    assert error.field == "elements[0].colour"
    assert "black or dark grey" in error.message


def test_a_layout_without_a_name_is_refused() -> None:
    data = _two_up()
    data["elements"] = [e for e in data["elements"] if e["field"] != "name"]
    assert _refused(data).field == "elements"


def test_an_unknown_layout_key_is_refused() -> None:
    with pytest.raises(LayoutError, match="'a3-8' is not a place card layout"):
        layout("a3-8", "place_card")
    with pytest.raises(LayoutError, match="not a badge layout"):
        layout("a4-2", "badge")


def test_the_documentation_states_the_fold_and_cut_lines_of_each_layout() -> None:
    from pathlib import Path

    page = (Path(__file__).parents[2] / "docs" / "protocol.md").read_text(encoding="utf-8")
    section = page.split("## Place cards and name badges", 1)[1]
    for key in PLACE_CARD_LAYOUTS:
        chosen = layout(key, "place_card")
        row = next(line for line in section.splitlines() if line.startswith(f"| `{key}`"))
        folds = " and ".join(f"**{fold:.1f}**" for fold in chosen.fold_lines())
        across, down = chosen.cut_lines()
        assert folds in row, row
        assert ", ".join(f"{cut:g}" for cut in across) in row
        assert ", ".join(f"{cut:g}" for cut in down) in row
