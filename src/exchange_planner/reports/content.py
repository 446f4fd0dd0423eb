"""User content in the document's language: translated texts, country and zone city names.

A field is printed in each language of the document (``text_in``); where a language lacks a
translation the original stands in, followed by a small grey mark of its language ("(de)"),
so a Korean reader is not surprised by a German line. A bilingual document shows a text once
when both languages would print the same words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from typing import Any

from babel import Locale
from babel.dates import get_timezone_location
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from exchange_planner.domain.texts import LocalText, text_in
from exchange_planner.reports import styles as st
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.text import markup

#: How the language of a fallback text is marked: smaller and grey, after the text.
MARK_SCALE = 0.8
MUTED_HEX = st.MUTED.hexval().replace("0x", "#")


#: A piece of printed text: a field's text in a language (marked when it is a fallback) or
#: literal text of our own (labels, punctuation).
Segment = LocalText | str


def _plain(segments: list[Segment]) -> str:
    return "".join(str(segment) for segment in segments)


def _marked(segment: Segment) -> bool:
    """A fallback is marked unless it has no letters to be in a language (a room "200")."""
    return (
        isinstance(segment, LocalText)
        and segment.fallback
        and any(char.isalpha() for char in segment.text)
    )


def per_language(lang: Language, build: Callable[[str], list[Segment]]) -> list[list[Segment]]:
    """``build(part)`` for each language of the document, each text once.

    Where two languages print the same words (German standing in for a missing Korean
    translation in a German-Korean document) the text is shown once, unmarked if one of them
    is no fallback; empty results are left out."""
    built = [build(part) for part in lang.parts]
    shown: list[list[Segment]] = []
    for segments in built:
        plain = _plain(segments)
        if not plain.strip() or any(_plain(other) == plain for other in shown):
            continue
        same = [other for other in built if _plain(other) == plain]
        shown.append(min(same, key=lambda other: sum(map(_marked, other))))
    return shown


def local_texts(record: Any, field: str, lang: Language) -> list[LocalText]:
    """The field's text for each language of the document, each text once."""
    if record is None:
        return []
    return [
        segments[0]  # type: ignore[misc]
        for segments in per_language(lang, lambda part: [text_in(record, field, part)])
    ]


def plain_text(record: Any, field: str, lang: Language, separator: str = " / ") -> str:
    """The field's texts joined, without marks (running headers, PDF metadata)."""
    return separator.join(local.text for local in local_texts(record, field, lang))


def mark_markup(language: str, style: ParagraphStyle) -> str:
    size = round(style.fontSize * MARK_SCALE, 1)
    return f'<font size="{size}" color="{MUTED_HEX}">\u00a0({language})</font>'


def segments_markup(
    texts: list[list[Segment]],
    style: ParagraphStyle,
    *,
    separator: str = "\n",
    second_muted: bool = True,
) -> str:
    """Paragraph markup of texts in several languages: escaped, fallbacks marked; with
    ``second_muted`` the later languages are set in grey (each on a line of its own by
    default)."""
    parts: list[str] = []
    for index, segments in enumerate(texts):
        piece = ""
        for segment in segments:
            piece += markup(str(segment), style.fontName)
            if _marked(segment):
                assert isinstance(segment, LocalText)
                piece += mark_markup(segment.language, style)
        if index and second_muted:
            piece = f'<font color="{MUTED_HEX}">{piece}</font>'
        parts.append(piece)
    return markup(separator, style.fontName).join(parts)


def content_para(
    record: Any,
    field: str,
    lang: Language,
    style: ParagraphStyle,
    *,
    prefix: str = "",
    separator: str = "\n",
    second_muted: bool = True,
) -> Paragraph:
    """A Paragraph of the field in the document's languages, after an optional ``prefix``
    (a label such as "Kleidung / 복장: ")."""
    texts = per_language(lang, lambda part: [text_in(record, field, part)]) if record else []
    return composed_para(
        texts, style, prefix=prefix, separator=separator, second_muted=second_muted
    )


def composed_para(
    texts: list[list[Segment]],
    style: ParagraphStyle,
    *,
    prefix: str = "",
    separator: str = "\n",
    second_muted: bool = True,
) -> Paragraph:
    body = segments_markup(texts, style, separator=separator, second_muted=second_muted)
    return Paragraph(markup(prefix, style.fontName) + body, style)


def names_line(names: Iterable[str]) -> str:
    """A city in several languages: "Gwangju (광주)"; one name alone."""
    unique = list(dict.fromkeys(name for name in names if name))
    if len(unique) <= 1:
        return unique[0] if unique else ""
    return f"{unique[0]} ({' / '.join(unique[1:])})"


def has_text(record: Any, field: str) -> bool:
    return record is not None and bool(getattr(record, field, "") or "")


# --- country names ---
_TERRITORY_LOCALES = ("en", "de", "ko")


@lru_cache(maxsize=1)
def _territory_codes() -> dict[str, str]:
    """Lower-cased country names (English, German, Korean) and ISO codes → territory code."""
    codes: dict[str, str] = {}
    for name in _TERRITORY_LOCALES:
        for code, territory in Locale.parse(name).territories.items():
            if len(code) == 2 and code.isalpha():
                codes.setdefault(territory.casefold(), code)
                codes.setdefault(code.casefold(), code)
    # Common English short forms that babel spells out otherwise.
    for alias, code in (
        ("korea", "KR"),
        ("republic of korea", "KR"),
        ("korea, republic of", "KR"),
        ("usa", "US"),
        ("united states of america", "US"),
        ("uk", "GB"),
        ("great britain", "GB"),
        ("deutschland", "DE"),
    ):
        codes.setdefault(alias, code)
    return codes


def territory_code(country: str) -> str | None:
    """The ISO territory code of a country written as an English, German or Korean name or
    a two-letter code; None for text that names no known country."""
    key = " ".join((country or "").split()).casefold()
    return _territory_codes().get(key) if key else None


def country_in(country: str, part: str) -> str:
    """The country's name in one language ("Südkorea", "대한민국"); unknown text as written."""
    code = territory_code(country)
    if code is None:
        return country
    return Locale.parse(part).territories.get(code, country)


def country_all(country: str, lang: Language, separator: str = " / ") -> str:
    """The country's name in every language of the document, each once."""
    if not country:
        return ""
    return separator.join(dict.fromkeys(country_in(country, part) for part in lang.parts))


# --- time zones ---
def zone_city(zone: str, part: str, home_zone: str = "", home_names: Mapping[str, str] = {}) -> str:
    """The city a zone is named by in one language: the home city (Settings) for the home zone,
    else the zone's exemplar city from babel ("서울" for Asia/Seoul in Korean)."""
    if home_zone and zone == home_zone and home_names:
        return home_names.get(part) or next(iter(home_names.values()))
    try:
        city = get_timezone_location(zone, locale=part, return_city=True)
    except (LookupError, ValueError):
        city = ""
    return city or zone.rsplit("/", 1)[-1].replace("_", " ")


# --- rooms ---
#: Words a room's text may already start or end with, in any content language.
_ROOM_WORDS = re.compile(
    r"^(raum|room|rm\.?|zimmer|saal|sitzungssaal|konferenzraum|hall|suite|studio|"
    r"회의실|호실|장소|객실)\b|(호실|호|실|룸)$",
    re.IGNORECASE,
)
_ROOM_NUMBER = re.compile(r"^[\w.\-/]*\d[\w.\-/]*$")


def room_text(room: str, part: str, word: str) -> str:
    """A venue room as printed: "Raum 200" / "Room 200" / "200호실" for a number; a room
    that already names itself ("Room 200", "Ratssaal", "회의실 3") as written."""
    value = room.strip()
    if not value or _ROOM_WORDS.search(value) or not any(c.isdigit() for c in value):
        return value
    if part == "ko":
        return f"{value}{word}" if _ROOM_NUMBER.match(value) else value
    return f"{word} {value}"


def room_local(room: LocalText, part: str, word: str) -> LocalText:
    """A room's text (``text_in``) as printed in one language; a number standing in for a
    missing translation is no text in another language, so it is not marked."""
    marked = room.fallback and any(char.isalpha() for char in room.text)
    return LocalText(room_text(room.text, part, word), room.language, marked)
