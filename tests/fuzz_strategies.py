"""Hypothesis strategies for hostile text in every text field (shared by the tests and
tools/fuzz_outputs.py).

``FIELDS`` lists every field a user can type into, per record of the plan that
``fuzz_pipeline.Plan`` builds; ``scenarios()`` draws one value for each of them: any Unicode
(NUL and other control characters, lone surrogates, right-to-left and combining marks, emoji),
markup that ReportLab's paragraph parser would read (``<font>``, ``<para>``, ``&``, ``]]>``),
format and escape characters (``%``, braces, backslashes) and long text just below, at and
just over each field's documented limit (docs/text-limits.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from exchange_planner.reports.i18n import LANGUAGES
from exchange_planner.services.settings import MAX_CITY_LENGTH
from exchange_planner.services.text_limits import text_limits

#: Pieces that have broken, or could break, one output or another.
SNIPPETS: tuple[str, ...] = (
    # ReportLab paragraph markup and XML
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "&nbsp;",
    "&lt;b&gt;",
    "<b>bold</b>",
    "<i>",
    '<font name="Courier" size="60">',
    "</font>",
    "<para>",
    "</para>",
    '<para autoLeading="max">',
    '<img src="/etc/passwd"/>',
    '<a href="https://example.org">link</a>',
    "<br/>",
    "<![CDATA[",
    "]]>",
    "<!--",
    "<?xml version='1.0'?>",
    '<span style="x">',
    # format strings and escapes
    "%s",
    "%(name)s",
    "%d",
    "%",
    "%%",
    "{}",
    "{0}",
    "{name}",
    "{{",
    "}}",
    "\\",
    "\\n",
    "\\u0000",
    '"',
    "'",
    # ICS and CSV syntax
    ";",
    ",",
    ":",
    "BEGIN:VEVENT",
    "END:VCALENDAR",
    "=1+1",
    "@SUM(A1)",
    "+",
    "-",
    # line breaks and white space
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\u2028",
    "\u2029",
    "\x85",
    "\x0b",
    "\x0c",
    "\u00a0",
    "\u3000",
    " ",
    "   ",
    # control characters and surrogates (refused when stored)
    "\x00",
    "\x1b[31m",
    "\x7f",
    "\x9b",
    "\ud800",
    "\udfff",
    "\udc00\udbff",  # a low surrogate before a high one: two lone halves
    # format characters, bidi, noncharacters
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\ufffd",
    "\u200b",
    "\u200d",
    "\u202e",
    "\u202d",
    "\u200f",
    "\u2066",
    "مرحبا",
    "שלום",
    # combining marks
    "e\u0301",
    "\u0301\u0301\u0301",
    "Z\u0351\u0352\u0353\u0354\u0355\u0356",
    # scripts, emoji
    "광주",
    "강기정",
    "ㄱㅏ",
    "ÄÖÜäöüß",
    "ẞ",
    "ﬃ",
    "😀",
    "👩🏽‍🎨",
    "🇰🇷",
    "\U0001f9d1\u200d\U0001f91d\u200d\U0001f9d1",
    "\U00020000",
    "\U0010ffff",
    "\U000e0001",
    # file-name trouble
    "..",
    "/",
    "CON",
    "../../etc/passwd",
    "C:\\x",
)

#: Units repeated to make long text: no spaces (one unbreakable word), wide glyphs, markup.
LONG_UNITS: tuple[str, ...] = (
    "W",
    "i",
    "광",
    "😀",
    "e\u0301",
    "<>&",
    "]]>",
    "&amp;",
    "a b ",
    "x\n",
    "\u202e",
    "👩🏽‍🎨",
    "\U00020000",
    "-",
    "\u200b",
)

#: Any code point, lone surrogates included (hypothesis leaves them out by default).
ANY_CHARACTER = st.characters(exclude_categories=()) | st.characters(categories=["Cs"])


def hostile_text(max_pieces: int = 8) -> st.SearchStrategy[str]:
    """Short text from hostile pieces and arbitrary code points."""
    piece = st.sampled_from(SNIPPETS) | st.text(ANY_CHARACTER, max_size=6)
    return st.lists(piece, max_size=max_pieces).map("".join)


@st.composite
def long_text(draw: st.DrawFn, limit: int) -> str:
    """Text of about ``limit`` code points: one below, at, just over, or somewhere around."""
    length = draw(
        st.sampled_from([limit - 1, limit, limit + 1]) | st.integers(max(1, limit - 50), limit + 2)
    )
    head = draw(hostile_text(3))
    unit = draw(st.sampled_from(LONG_UNITS) | hostile_text(2).filter(bool))
    body = head + unit * (length // len(unit) + 1)
    return body[:length]


def text_value(limit: int) -> st.SearchStrategy[str]:
    """What a user may type or paste into a text field of at most ``limit`` characters."""
    return st.one_of(
        hostile_text(),
        hostile_text(),
        long_text(limit),
        st.sampled_from(["", " ", "\n", "\t\r\n"]),
    )


def email_value() -> st.SearchStrategy[str]:
    return text_value(300) | st.builds(lambda a, b: f"{a}@{b}", hostile_text(3), hostile_text(3))


def zone_value() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            ["Europe/Berlin", "Asia/Seoul", "UTC", "America/St_Johns", "Asia/Kathmandu"]
        ),
        # folders of the zone database, files that are no zone, names too long for a path
        st.sampled_from(
            ["Europe", "Asia", "America/", "posixrules", "zone.tab", "../etc", "x" * 300]
        ),
        hostile_text(3),
        st.builds(lambda zone, extra: zone + extra, st.just("Europe/Berlin"), hostile_text(1)),
    )


def currency_value() -> st.SearchStrategy[str]:
    return st.sampled_from(["EUR", "KRW", "usd", " eur ", "XYZ", "ﬀa", "EURO"]) | hostile_text(2)


def amount_value() -> st.SearchStrategy[object]:
    return st.one_of(
        st.none(),
        st.decimals(min_value=0, max_value=Decimal("1e13"), places=3, allow_nan=False),
        st.sampled_from(
            ["185,50", "1e3", "999999999999.99", "999999999999.995", "NaN", "-1", "1e999", " 7 "]
        ),
        st.integers(-5, 10**15),
        hostile_text(2),
    )


@dataclass(frozen=True)
class Field:
    """One field of one record of the plan: ``instance`` names the record (two people)."""

    instance: str
    record: str
    name: str
    kind: str  # text, email, zone, currency, amount, home_city
    limit: int = 0
    required: bool = False

    @property
    def key(self) -> str:
        return f"{self.instance}.{self.name}"


#: Records of the plan that get their own values: instance -> record kind.
INSTANCES = {
    "partnership": "partnership",
    "rank_table": "rank_table",
    "rank": "rank",
    "person": "person",
    "interpreter": "person",
    "venue": "venue",
    "visit": "visit",
    "member": "member",
    "host": "host",
    "program_item": "program_item",
    "gift": "gift",
    "guestbook_entry": "guestbook_entry",
    "residency": "residency",
    "deliverable": "deliverable",
    "exhibition": "exhibition",
    "seating_plan": "seating_plan",
    "seating_table": "seating_table",
}

_CODED = [
    ("partnership", "timezone", "zone"),
    ("venue", "timezone", "zone"),
    ("program_item", "timezone", "zone"),
    ("gift", "value_currency", "currency"),
    ("gift", "value_amount", "amount"),
    ("residency", "budget_currency", "currency"),
    ("residency", "budget_amount", "amount"),
]


def _fields() -> tuple[Field, ...]:
    found = []
    for instance, record in INSTANCES.items():
        for entry in text_limits():
            if entry.record == record:
                kind = "email" if entry.field == "email" else "text"
                found.append(
                    Field(instance, record, entry.field, kind, entry.limit, entry.required)
                )
        found += [Field(instance, record, name, kind) for r, name, kind in _CODED if r == record]
    found.append(Field("settings", "settings", "home_city", "home_city", MAX_CITY_LENGTH, True))
    found.append(Field("settings", "settings", "home_timezone", "zone"))
    return tuple(found)


FIELDS: tuple[Field, ...] = _fields()


def value_for(field: Field) -> st.SearchStrategy[Any]:
    if field.kind == "email":
        return email_value()
    if field.kind == "zone":
        return zone_value()
    if field.kind == "currency":
        return currency_value()
    if field.kind == "amount":
        return amount_value()
    return text_value(field.limit)


@dataclass(frozen=True)
class Scenario:
    """One value per field, and how the documents are printed."""

    values: dict[str, Any]
    lang: str
    home_zone_column: bool

    def __repr__(self) -> str:  # a reproducer that can be pasted into a test
        return f"Scenario(values={self.values!r}, lang={self.lang!r}, home_zone_column=" + (
            f"{self.home_zone_column!r})"
        )


def scenarios(fields: tuple[Field, ...] = FIELDS) -> st.SearchStrategy[Scenario]:
    return st.builds(
        Scenario,
        values=st.fixed_dictionaries({field.key: value_for(field) for field in fields}),
        lang=st.sampled_from(LANGUAGES),
        home_zone_column=st.booleans(),
    )
