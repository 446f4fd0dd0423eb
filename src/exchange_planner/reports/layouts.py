"""Layouts of place cards and name badges, described as data (as pretix describes its badges).

A layout is a mapping (it could come from a JSON file) that :func:`load_layout` checks and
turns into a :class:`CardLayout`: the sheet, the grid of cards on it, the faces of a card and
the elements printed on every face. All lengths are millimetres measured from the top-left
corner (of the sheet, the card or the face); font sizes are points.

- A **card** sits in a grid: ``columns`` × ``rows`` cards of ``card_width`` × ``card_height``,
  the first one's top-left corner at (``left``, ``top``), the next ones ``pitch_x`` /
  ``pitch_y`` further (a label sheet's pitch, as the maker states it).
- A card has one or more **faces** stacked from its top edge. A tent card (place card) has
  two: it is folded along the line between them, so the upper face is printed upside down
  (``rotation`` 180) and both read upright when the card stands on the table.
- An **element** is a box on a face: a ``field`` of the person (see :data:`FIELDS`), its
  largest ``font_size`` (the text shrinks until it fits the box, on at most ``max_lines``
  lines), a ``language`` ("" = the document's languages), ``align``, ``rotation`` (0 or 180)
  and ``colour``. Names are printed in black or dark grey only: a name in red ink is a taboo
  in Korea (it is how the names of the dead are written).

Mistakes in a layout are refused when it is loaded, naming the element and what is wrong
(:class:`LayoutError`): an element outside its card, an unknown field, a grid that does not
fit on the sheet, a name in colour.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any

from exchange_planner.domain.contrast import contrast_ratio, rgb
from exchange_planner.domain.errors import ValidationError

A4 = (210.0, 297.0)
A6 = (105.0, 148.0)

#: What an element can print (the builders fill these for every person).
FIELDS: dict[str, str] = {
    "name": "the name in large type: a Korean name in Hangul (family name first), "
    "any other name in Latin script",
    "name_other_script": "the name's other script: the Latin name under a Hangul name "
    "('Kang Gi-jung'); the Hangul transcription of a foreign name on Korean cards",
    "title": "the person's title (position) in the card's languages, a line each",
    "organisation": "the person's organisation in the card's languages",
    "delegation": "the side the person belongs to: the partner city (delegation) or the "
    "home city (hosts), in the card's languages",
    "band": "a band in the side's colour with the delegation's name on it",
    "seat": "table and seat ('Tisch 1 · Platz 3'), where a seating plan places the person",
}
#: Fields that print a person's name.
NAME_FIELDS = frozenset({"name", "name_other_script"})
KINDS = ("place_card", "badge")
ALIGNMENTS = ("left", "center", "right")
ELEMENT_LANGUAGES = ("", "de", "en", "ko")
SIDES = ("delegation", "host")
#: Slack for lengths given to a tenth of a millimetre.
_EPSILON = 0.01


class LayoutError(ValidationError):
    """A layout description that cannot be printed; ``field`` names the offending entry
    (``elements[2].width``)."""


@dataclass(frozen=True)
class Element:
    field: str
    x: float
    y: float
    width: float
    height: float
    font_size: float = 12.0
    min_font_size: float = 3.0
    max_lines: int = 1
    language: str = ""
    align: str = "center"
    rotation: int = 0
    bold: bool = False
    colour: str = "#000000"
    #: Only on this face (0 = the first from the card's top); None = on every face.
    face: int | None = None


@dataclass(frozen=True)
class Face:
    top: float
    height: float
    rotation: int = 0


@dataclass(frozen=True)
class CardLayout:
    key: str
    kind: str
    name: str
    page_width: float
    page_height: float
    card_width: float
    card_height: float
    columns: int
    rows: int
    left: float
    top: float
    pitch_x: float
    pitch_y: float
    faces: tuple[Face, ...]
    elements: tuple[Element, ...]
    #: Crop marks in the sheet's margins at the card edges (cards cut from plain paper).
    crop_marks: bool = False
    #: side -> colour of its band (``#rrggbb``); the document's data may give others.
    band_colours: tuple[tuple[str, str], ...] = (("delegation", "#1f3a5f"), ("host", "#e3b23c"))
    #: The label product the grid is made for ("Avery L4785"); "" for plain paper.
    sheet: str = ""

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def pages_for(self, people: int) -> int:
        return max(1, math.ceil(people / self.per_page))

    def card_origin(self, index: int) -> tuple[float, float]:
        """Top-left corner of the ``index``-th card of a page (row by row), mm from the
        sheet's top-left corner."""
        row, column = divmod(index % self.per_page, self.columns)
        return self.left + column * self.pitch_x, self.top + row * self.pitch_y

    def fold_lines(self) -> list[float]:
        """Where the cards are folded: mm from the sheet's top edge, top to bottom."""
        lines: list[float] = []
        for row in range(self.rows):
            top = self.top + row * self.pitch_y
            lines += [round(top + face.top, 2) for face in self.faces[1:]]
        return lines

    def cut_lines(self) -> tuple[list[float], list[float]]:
        """Where the cards are cut from the sheet: (mm from the top edge, mm from the left
        edge), each list sorted; a cut shared by two cards touching each other counts once."""
        across: set[float] = set()
        down: set[float] = set()
        for row in range(self.rows):
            top = self.top + row * self.pitch_y
            across |= {round(top, 2), round(top + self.card_height, 2)}
        for column in range(self.columns):
            left = self.left + column * self.pitch_x
            down |= {round(left, 2), round(left + self.card_width, 2)}
        return sorted(across), sorted(down)

    def band_colour(self, side: str, override: Mapping[str, str] | None = None) -> str:
        if override and override.get(side):
            return override[side]
        return dict(self.band_colours).get(side, "#1f3a5f")

    def describe(self) -> str:
        """'A4 (210 × 297 mm), 4 cards of 95 × 135 mm' — for errors and the documents."""
        return (
            f"{_mm(self.page_width)} × {_mm(self.page_height)} mm, {self.per_page} "
            f"card{'s' if self.per_page != 1 else ''} of "
            f"{_mm(self.card_width)} × {_mm(self.card_height)} mm"
        )


def _mm(value: float) -> str:
    return f"{value:g}"


# --- loading and checking -------------------------------------------------------------------
_LAYOUT_KEYS = {f.name for f in fields(CardLayout)}
_ELEMENT_KEYS = {f.name for f in fields(Element)}
_FACE_KEYS = {f.name for f in fields(Face)}


def _number(value: object, field: str, *, positive: bool = False) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise LayoutError(field, f"{value!r} is not a number (millimetres or points)")
    if value < 0 or (positive and value <= 0):
        raise LayoutError(field, f"{value:g} must be {'more than' if positive else 'at least'} 0")
    return float(value)


def _whole(value: object, field: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise LayoutError(field, f"{value!r} is not a whole number from {low} to {high}")
    return value


def _colour(value: object, field: str) -> str:
    try:
        if not isinstance(value, str) or not value.startswith("#"):
            raise ValueError
        rgb(value)
    except ValueError:
        raise LayoutError(field, f"{value!r} is not a colour (#rrggbb)") from None
    return value.lower()


def _unknown(data: Mapping[str, Any], known: set[str], where: str) -> None:
    extra = sorted(set(data) - known)
    if extra:
        raise LayoutError(
            f"{where}{extra[0]}" if where else extra[0],
            f"unknown entry {extra[0]!r}; a layout knows {', '.join(sorted(known))}",
        )


def is_dark_neutral(colour: str) -> bool:
    """Black or dark grey: no hue to speak of and dark enough to read on white."""
    red, green, blue = rgb(colour)
    return (
        max(red, green, blue) - min(red, green, blue) <= 40
        and contrast_ratio(colour, "#ffffff") >= 7.0
    )


def _element(data: object, index: int, layout: dict[str, Any]) -> Element:
    where = f"elements[{index}]"
    if not isinstance(data, Mapping):
        raise LayoutError(where, "an element is a mapping of its entries")
    _unknown(data, _ELEMENT_KEYS, f"{where}.")
    field = data.get("field")
    if field not in FIELDS:
        raise LayoutError(
            f"{where}.field",
            f"unknown field {field!r}; an element prints one of {', '.join(FIELDS)}",
        )
    for required in ("x", "y", "width", "height"):
        if required not in data:
            raise LayoutError(f"{where}.{required}", f"the {field} element needs its {required}")
    x = _number(data["x"], f"{where}.x")
    y = _number(data["y"], f"{where}.y")
    width = _number(data["width"], f"{where}.width", positive=True)
    height = _number(data["height"], f"{where}.height", positive=True)
    font_size = _number(data.get("font_size", 12.0), f"{where}.font_size", positive=True)
    min_font_size = _number(data.get("min_font_size", 3.0), f"{where}.min_font_size", positive=True)
    if min_font_size > font_size:
        raise LayoutError(
            f"{where}.min_font_size",
            f"{min_font_size:g} pt is larger than the font size {font_size:g} pt",
        )
    faces: tuple[Face, ...] = layout["faces"]
    face = data.get("face")
    if face is not None:
        face = _whole(face, f"{where}.face", 0, len(faces) - 1)
    on = [faces[face]] if face is not None else list(faces)
    card_width = layout["card_width"]
    if x + width > card_width + _EPSILON:
        raise LayoutError(
            f"{where}.width",
            f"the {field} element ends {x + width - card_width:g} mm beyond the right edge of "
            f"its card ({_mm(card_width)} mm wide)",
        )
    low = min(f.height for f in on)
    if y + height > low + _EPSILON:
        raise LayoutError(
            f"{where}.height",
            f"the {field} element ends {y + height - low:g} mm below the bottom of its "
            f"card's face ({_mm(card_width)} × {_mm(low)} mm)",
        )
    align = data.get("align", "center")
    if align not in ALIGNMENTS:
        raise LayoutError(f"{where}.align", f"{align!r} is not one of {', '.join(ALIGNMENTS)}")
    language = data.get("language", "")
    if language not in ELEMENT_LANGUAGES:
        raise LayoutError(
            f"{where}.language",
            f"{language!r} is not a language of the cards (de, en, ko, or empty for all)",
        )
    rotation = data.get("rotation", 0)
    if rotation not in (0, 180):
        raise LayoutError(f"{where}.rotation", f"{rotation!r}: an element turns by 0 or 180°")
    colour = _colour(data.get("colour", "#000000"), f"{where}.colour")
    if field in NAME_FIELDS and not is_dark_neutral(colour):
        raise LayoutError(
            f"{where}.colour",
            f"names are printed in black or dark grey, not in {colour} (a name in red ink "
            "is how Korea writes the names of the dead)",
        )
    bold = data.get("bold", False)
    if not isinstance(bold, bool):
        raise LayoutError(f"{where}.bold", f"{bold!r} is not true or false")
    return Element(
        field=str(field),
        x=x,
        y=y,
        width=width,
        height=height,
        font_size=font_size,
        min_font_size=min_font_size,
        max_lines=_whole(data.get("max_lines", 1), f"{where}.max_lines", 1, 6),
        language=str(language),
        align=str(align),
        rotation=int(rotation),
        bold=bold,
        colour=colour,
        face=face,
    )


def _faces(data: object, card_height: float) -> tuple[Face, ...]:
    if data is None:
        return (Face(0.0, card_height, 0),)
    if not isinstance(data, Sequence) or isinstance(data, str) or not data:
        raise LayoutError("faces", "faces is a list of the card's faces, top to bottom")
    faces: list[Face] = []
    bottom = 0.0
    for index, face in enumerate(data):
        where = f"faces[{index}]"
        if not isinstance(face, Mapping):
            raise LayoutError(where, "a face is a mapping of top, height and rotation")
        _unknown(face, _FACE_KEYS, f"{where}.")
        top = _number(face.get("top"), f"{where}.top")
        height = _number(face.get("height"), f"{where}.height", positive=True)
        rotation = face.get("rotation", 0)
        if rotation not in (0, 180):
            raise LayoutError(f"{where}.rotation", f"{rotation!r}: a face turns by 0 or 180°")
        if top < bottom - _EPSILON:
            raise LayoutError(f"{where}.top", f"face {index} overlaps the face above it")
        if top + height > card_height + _EPSILON:
            raise LayoutError(
                f"{where}.height",
                f"face {index} ends {top + height - card_height:g} mm below its card "
                f"({card_height:g} mm high)",
            )
        bottom = top + height
        faces.append(Face(top, height, int(rotation)))
    return tuple(faces)


def load_layout(data: Mapping[str, Any]) -> CardLayout:
    """A layout from its description, checked; :class:`LayoutError` names what is wrong."""
    if not isinstance(data, Mapping):
        raise LayoutError("layout", "a layout is a mapping of its entries")
    _unknown(data, _LAYOUT_KEYS, "")
    key = data.get("key")
    if not isinstance(key, str) or not key.strip():
        raise LayoutError("key", "a layout needs a key (a short name such as 'a4-2')")
    kind = data.get("kind")
    if kind not in KINDS:
        raise LayoutError("kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    values: dict[str, Any] = {"key": key, "kind": kind, "name": str(data.get("name") or key)}
    for name in ("page_width", "page_height", "card_width", "card_height"):
        if name not in data:
            raise LayoutError(name, f"a layout needs its {name.replace('_', ' ')} (mm)")
        values[name] = _number(data[name], name, positive=True)
    values["columns"] = _whole(data.get("columns", 1), "columns", 1, 20)
    values["rows"] = _whole(data.get("rows", 1), "rows", 1, 40)
    values["left"] = _number(data.get("left", 0.0), "left")
    values["top"] = _number(data.get("top", 0.0), "top")
    values["pitch_x"] = _number(data.get("pitch_x", values["card_width"]), "pitch_x")
    values["pitch_y"] = _number(data.get("pitch_y", values["card_height"]), "pitch_y")
    for pitch, size in (("pitch_x", "card_width"), ("pitch_y", "card_height")):
        count = values["columns" if pitch == "pitch_x" else "rows"]
        if count > 1 and values[pitch] < values[size] - _EPSILON:
            raise LayoutError(
                pitch,
                f"a pitch of {values[pitch]:g} mm is less than the card's "
                f"{values[size]:g} mm: the cards would overlap",
            )
    right = values["left"] + (values["columns"] - 1) * values["pitch_x"] + values["card_width"]
    if right > values["page_width"] + _EPSILON:
        raise LayoutError(
            "columns",
            f"the cards end {right - values['page_width']:g} mm beyond the sheet's right edge "
            f"({values['page_width']:g} mm wide)",
        )
    bottom = values["top"] + (values["rows"] - 1) * values["pitch_y"] + values["card_height"]
    if bottom > values["page_height"] + _EPSILON:
        raise LayoutError(
            "rows",
            f"the cards end {bottom - values['page_height']:g} mm below the sheet's bottom "
            f"edge ({values['page_height']:g} mm high)",
        )
    values["faces"] = _faces(data.get("faces"), values["card_height"])
    if kind == "place_card":
        faces = values["faces"]
        if len(faces) != 2 or sorted(f.rotation for f in faces) != [0, 180]:
            raise LayoutError(
                "faces",
                "a place card (tent card) has two faces, the upper one turned by 180°, so "
                "that the name reads upright on both sides when the card stands",
            )
        if abs(faces[0].top + faces[0].height - faces[1].top) > _EPSILON:
            raise LayoutError("faces", "a tent card's two faces meet at the fold")
    elements = data.get("elements")
    if not isinstance(elements, Sequence) or isinstance(elements, str) or not elements:
        raise LayoutError("elements", "a layout needs a list of elements")
    values["elements"] = tuple(
        _element(element, index, values) for index, element in enumerate(elements)
    )
    if not any(element.field == "name" for element in values["elements"]):
        raise LayoutError("elements", "a card without a name element would print no name")
    crop = data.get("crop_marks", False)
    if not isinstance(crop, bool):
        raise LayoutError("crop_marks", f"{crop!r} is not true or false")
    values["crop_marks"] = crop
    colours = data.get("band_colours", dict(CardLayout.band_colours))
    if not isinstance(colours, Mapping) or set(colours) != set(SIDES):
        raise LayoutError("band_colours", "band colours name one colour for each side")
    values["band_colours"] = tuple(
        (side, _colour(colours[side], f"band_colours.{side}")) for side in SIDES
    )
    values["sheet"] = str(data.get("sheet", "") or "")
    return CardLayout(**values)


# --- the layouts shipped ----------------------------------------------------------------------
def _tent_card_elements(width: float, scale: float) -> list[dict[str, Any]]:
    """Elements of a tent card face ``width`` mm wide and 67.5 mm high."""
    inner = width - 2 * 8
    return [
        {
            "field": "name",
            "x": 8,
            "y": 11,
            "width": inner,
            "height": 24,
            "font_size": round(40 * scale),
            "max_lines": 2,
            "bold": True,
        },
        {
            "field": "name_other_script",
            "x": 8,
            "y": 36,
            "width": inner,
            "height": 9,
            "font_size": round(18 * scale),
        },
        {
            "field": "title",
            "x": 8,
            "y": 46.5,
            "width": inner,
            "height": 14,
            "font_size": round(12 * scale, 1),
            "max_lines": 3,
            "colour": "#333333",
        },
        {
            "field": "seat",
            "x": 8,
            "y": 62,
            "width": inner,
            "height": 4,
            "font_size": 6,
            "align": "right",
            "colour": "#777777",
            "face": 0,
        },
    ]


#: Tent cards: each card is cut from the sheet and folded along the line between its faces.
#: Two per A4: 190 × 135 mm, standing 190 × 67.5 mm; four per A4: 95 × 135 mm, standing
#: 95 × 67.5 mm. Margins of 10 mm (left, right) and 13.5 mm (top, bottom) keep the crop
#: marks where office printers print.
PLACE_CARD_LAYOUTS: dict[str, dict[str, Any]] = {
    "a4-2": {
        "key": "a4-2",
        "kind": "place_card",
        "name": "A4, two tent cards (190 × 135 mm, standing 190 × 67.5 mm)",
        "page_width": A4[0],
        "page_height": A4[1],
        "card_width": 190,
        "card_height": 135,
        "columns": 1,
        "rows": 2,
        "left": 10,
        "top": 13.5,
        "faces": [
            {"top": 0, "height": 67.5, "rotation": 180},
            {"top": 67.5, "height": 67.5, "rotation": 0},
        ],
        "elements": _tent_card_elements(190, 1.0),
        "crop_marks": True,
    },
    "a4-4": {
        "key": "a4-4",
        "kind": "place_card",
        "name": "A4, four tent cards (95 × 135 mm, standing 95 × 67.5 mm)",
        "page_width": A4[0],
        "page_height": A4[1],
        "card_width": 95,
        "card_height": 135,
        "columns": 2,
        "rows": 2,
        "left": 10,
        "top": 13.5,
        "faces": [
            {"top": 0, "height": 67.5, "rotation": 180},
            {"top": 67.5, "height": 67.5, "rotation": 0},
        ],
        "elements": _tent_card_elements(95, 0.7),
        "crop_marks": True,
    },
}


def _badge_elements(width: float, height: float, scale: float) -> list[dict[str, Any]]:
    """Elements of a badge ``width`` × ``height`` mm: the band on top, then name, the name's
    other script, title and organisation, their sizes ``scale`` times those of A6."""
    pad = max(2.5, 5 * scale)
    inner = width - 2 * pad
    band = 20 * scale
    rest = height - band - 2 * pad
    rows = [("name", 0.30, 30, 2, True), ("name_other_script", 0.12, 15, 1, False)]
    rows += [("title", 0.27, 11, 3, False), ("organisation", 0.21, 9, 2, False)]
    elements: list[dict[str, Any]] = [
        {
            "field": "band",
            "x": pad,
            "y": pad,
            "width": inner,
            "height": band,
            "font_size": round(14 * scale, 1),
            "max_lines": 2,
            "bold": True,
        }
    ]
    y = pad + band + rest * 0.06
    for field, share, size, lines, bold in rows:
        box = rest * share
        elements.append(
            {
                "field": field,
                "x": pad,
                "y": round(y, 2),
                "width": inner,
                "height": round(box * 0.94, 2),
                # Small print stays readable on labels: titles shrink less than names.
                "font_size": round(size * (scale if field in NAME_FIELDS else max(scale, 0.62)), 1),
                "max_lines": lines,
                "bold": bold,
                "colour": "#000000" if field in NAME_FIELDS else "#333333",
            }
        )
        y += box
    return elements


#: Badges: one A6 sheet each, or on self-adhesive label sheets (their makers' grids, as
#: published in the gLabels template database and on the makers' product pages).
BADGE_LAYOUTS: dict[str, dict[str, Any]] = {
    "a6": {
        "key": "a6",
        "kind": "badge",
        "name": "A6, one badge per sheet (105 × 148 mm)",
        "page_width": A6[0],
        "page_height": A6[1],
        "card_width": A6[0],
        "card_height": A6[1],
        "elements": _badge_elements(A6[0], A6[1], 1.0),
    },
    # Avery L4785 (also L4784, L4786, L4787): 80 × 50 mm, 2 × 5 on A4, pitch 95 × 55 mm.
    "avery-l4785": {
        "key": "avery-l4785",
        "kind": "badge",
        "name": "Avery L4785 name badge labels, 80 × 50 mm, 10 per A4",
        "sheet": "Avery L4785",
        "page_width": A4[0],
        "page_height": A4[1],
        "card_width": 80,
        "card_height": 50,
        "columns": 2,
        "rows": 5,
        "left": 18,
        "top": 13,
        "pitch_x": 95,
        "pitch_y": 55,
        "elements": _badge_elements(80, 50, 0.42),
    },
    # Avery Zweckform C32011: business cards 85 × 54 mm (ISO/IEC 7810 ID-1), 2 × 5 on A4,
    # pitch 95 × 54 mm (the rows touch: micro-perforated card).
    "avery-c32011": {
        "key": "avery-c32011",
        "kind": "badge",
        "name": "Avery Zweckform C32011 business cards, 85 × 54 mm, 10 per A4",
        "sheet": "Avery Zweckform C32011",
        "page_width": A4[0],
        "page_height": A4[1],
        "card_width": 85,
        "card_height": 54,
        "columns": 2,
        "rows": 5,
        "left": 15,
        "top": 13.5,
        "pitch_x": 95,
        "pitch_y": 54,
        "elements": _badge_elements(85, 54, 0.45),
    },
    # Avery L7414: business cards 90 × 52 mm, 2 × 5 on A4, no gaps.
    "avery-l7414": {
        "key": "avery-l7414",
        "kind": "badge",
        "name": "Avery L7414 business cards, 90 × 52 mm, 10 per A4",
        "sheet": "Avery L7414",
        "page_width": A4[0],
        "page_height": A4[1],
        "card_width": 90,
        "card_height": 52,
        "columns": 2,
        "rows": 5,
        "left": 15,
        "top": 18.5,
        "pitch_x": 90,
        "pitch_y": 52,
        "elements": _badge_elements(90, 52, 0.44),
    },
}

PLACE_CARD_KEYS: tuple[str, ...] = tuple(PLACE_CARD_LAYOUTS)
BADGE_KEYS: tuple[str, ...] = tuple(BADGE_LAYOUTS)
DEFAULT_PLACE_CARD_LAYOUT = "a4-2"
DEFAULT_BADGE_LAYOUT = "a6"


def layout(key: str, kind: str) -> CardLayout:
    """A shipped layout of ``kind`` ("place_card" or "badge") by key, checked."""
    shipped = PLACE_CARD_LAYOUTS if kind == "place_card" else BADGE_LAYOUTS
    if key not in shipped:
        raise LayoutError(
            "layout",
            f"'{key}' is not a {kind.replace('_', ' ')} layout; choose one of {', '.join(shipped)}",
        )
    return load_layout(shipped[key])
