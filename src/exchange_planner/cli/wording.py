"""Conflict and gift-threshold lines of the command line in the user's language.

The command line speaks English unless ``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` (the first one
set, as POSIX orders them) names German or Korean (``LANG=de_DE.UTF-8``, ``LANG=ko_KR.UTF-8``).
Then the few sentences of ``exchange-planner conflicts`` are worded here from the conflict's
values (``Conflict.facts``), with the same templates as the interface's catalogue
(``ui/wording.py``); dates and numbers come from babel in that locale. English is the
rules' own sentence (``Conflict.message``). No Qt here: the command line runs without it.
Babel is imported when a number or a date is first worded, not with this module.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    from exchange_planner.domain.conflicts import Conflict, ConflictFacts, Slot

#: Languages with their own texts here, and the locale used when only the language is named.
LANGUAGES: dict[str, str] = {"de": "de_DE", "ko": "ko_KR"}

#: English template -> (German, Korean). The same sources and texts as the interface's.
CATALOGUE: dict[str, tuple[str, str]] = {
    "conflict": ("Konflikt", "충돌"),
    "warning": ("Warnung", "경고"),
    "“%1” (%2)": ("„%1“ (%2)", "“%1” (%2)"),
    "%1 is booked twice: %2 and %3 overlap": (
        "%1 ist doppelt belegt: %2 und %3 überschneiden sich",
        "%1 중복 예약: %2, %3 일정이 겹칩니다",
    ),
    "%1 is expected at two places at once: %2 and %3 overlap": (
        "%1 wird gleichzeitig an zwei Orten erwartet: %2 und %3 überschneiden sich",
        "%1 – 같은 시간에 두 곳에 배정되었습니다: %2, %3 일정이 겹칩니다",
    ),
    "%1 are expected at two places at once: %2 and %3 overlap": (
        "%1 werden gleichzeitig an zwei Orten erwartet: %2 und %3 überschneiden sich",
        "%1 – 같은 시간에 두 곳에 배정되었습니다: %2, %3 일정이 겹칩니다",
    ),
    "%1 and %2 others are expected at two places at once: %3 and %4 overlap": (
        "%1 und %2 weitere werden gleichzeitig an zwei Orten erwartet: %3 und %4 "
        "überschneiden sich",
        "%1 외 %2명 – 같은 시간에 두 곳에 배정되었습니다: %3, %4 일정이 겹칩니다",
    ),
    "“%1” on %2 lies outside the dates of “%3” (%4)": (
        "„%1“ am %2 liegt außerhalb der Tage von „%3“ (%4)",
        "“%1”(%2) 일정이 “%3” 방문 기간(%4)을 벗어납니다",
    ),
    "%1 and %2 others": ("%1 und %2 weitere", "%1 외 %2명"),
    "Interpreter %1 is booked for two overlapping items: %2 and %3": (
        "Dolmetscher/in %1 ist für zwei sich überschneidende Programmpunkte eingeplant: %2 und %3",
        "통역사 %1 – 겹치는 두 일정에 배정되었습니다: %2, %3",
    ),
    "%1 starts before the arrival of %2 (%3)": (
        "%1 beginnt vor der Ankunft von %2 (%3)",
        "%1 일정이 %2의 도착(%3) 전에 시작합니다",
    ),
    "%1 starts before the arrival of %2": (
        "%1 beginnt vor der Ankunft von %2",
        "%1 일정이 %2의 도착 전에 시작합니다",
    ),
    "%1 ends after the departure of %2 (%3)": (
        "%1 endet nach der Abreise von %2 (%3)",
        "%1 일정이 %2의 출발(%3) 후에 끝납니다",
    ),
    "%1 ends after the departure of %2": (
        "%1 endet nach der Abreise von %2",
        "%1 일정이 %2의 출발 후에 끝납니다",
    ),
    "%1 has no venue": ("%1: Ort fehlt", "%1 일정에 장소가 없습니다"),
    "%1 has no host": ("%1: Gastgeber/in fehlt", "%1 일정에 주최자가 없습니다"),
    "%1 has neither a venue nor a host": (
        "%1: Ort und Gastgeber/in fehlen",
        "%1 일정에 장소와 주최자가 없습니다",
    ),
    "No arrival time for %1, though “%2” is %3": (
        "Keine Ankunftszeit für %1, obwohl „%2“ %3 ist",
        "“%2” 방문이 %3 상태이지만 %1의 도착 시간이 없습니다",
    ),
    "No departure time for %1, though “%2” is %3": (
        "Keine Abreisezeit für %1, obwohl „%2“ %3 ist",
        "“%2” 방문이 %3 상태이지만 %1의 출발 시간이 없습니다",
    ),
    "No arrival or departure time for %1, though “%2” is %3": (
        "Keine Ankunfts- oder Abreisezeit für %1, obwohl „%2“ %3 ist",
        "“%2” 방문이 %3 상태이지만 %1의 도착 또는 출발 시간이 없습니다",
    ),
    "confirmed": ("bestätigt", "확정"),
    "completed": ("abgeschlossen", "완료"),
    "%1 has a dietary note (“%2”) but attends no meal or reception of “%3”": (
        "%1 hat einen Ernährungshinweis („%2“), nimmt aber an keinem Essen und keinem Empfang "
        "von „%3“ teil",
        "%1 – 식단 참고 사항(“%2”)이 있지만 “%3” 방문의 식사나 리셉션에 참석하지 않습니다",
    ),
    # The transport plan's findings (services/transport.PROBLEM_SENTENCES).
    "%vehicle has %seats seats but %people people are aboard on “%title”": (
        "%vehicle hat %seats Plätze, aber %people Personen fahren bei „%title“ mit",
        "%vehicle: 좌석 %seats석에 %people명 탑승 (“%title”)",
    ),
    "%vehicle has seats 1 to %seats, not %seat (%names)": (
        "%vehicle hat die Plätze 1 bis %seats, nicht %seat (%names)",
        "%vehicle의 좌석은 1~%seats번이며 %seat번은 없습니다 (%names)",
    ),
    "Seat %seat of %vehicle is given twice on “%title”: %names": (
        "Platz %seat in %vehicle ist bei „%title“ doppelt vergeben: %names",
        "“%title”: %vehicle %seat번 좌석 중복 배정: %names",
    ),
    "%names is in two vehicles on “%title”: %vehicles": (
        "%names sitzt bei „%title“ in zwei Fahrzeugen: %vehicles",
        "%names: “%title”에서 차량 두 대에 배정됨: %vehicles",
    ),
    "%names is in vehicles of two transfers at the same time: “%other” and “%title”": (
        "%names sitzt zur selben Zeit in Fahrzeugen zweier Transfers: „%other“ und „%title“",
        "%names: 같은 시간의 두 이동에 배정됨: “%other”, “%title”",
    ),
    "Without a seat on “%title”: %names": (
        "Ohne Platz bei „%title“: %names",
        "“%title” 좌석 미배정: %names",
    ),
    "Aboard on “%title” without attending it: %names": (
        "Bei „%title“ im Fahrzeug, ohne teilzunehmen: %names",
        "“%title” 불참자가 탑승함: %names",
    ),
    "%names: the interpreter does not ride with the head on “%title”": (
        "%names: Die Dolmetschung fährt bei „%title“ nicht mit der Delegationsleitung",
        "%names: “%title”에서 통역이 단장과 같은 차량에 타지 않음",
    ),
    "%vehicle is on two transfers at the same time: “%other” and “%title”": (
        "%vehicle ist zur selben Zeit für zwei Transfers eingeteilt: „%other“ und „%title“",
        "%vehicle: 같은 시간의 두 이동에 배정됨: “%other”, “%title”",
    ),
    "%1 (the other item belongs to “%2”)": (
        "%1 (der andere Programmpunkt gehört zu „%2“)",
        "%1 (다른 일정은 “%2” 방문에 속합니다)",
    ),
    "the partner": ("den Partner", "파트너 측"),
    "%1 (%2)": ("%1 (%2)", "%1 (%2)"),
    "“%1” by %2: a similar gift “%3” was already given to %4 on %5 during “%6”": (
        "„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits am %5 während „%6“ "
        "an %4 überreicht",
        "“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 %5 “%6” 방문 중에 %4에게 전달했습니다",
    ),
    "“%1” by %2: a similar gift “%3” was already given to %4 on %5": (
        "„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits am %5 an %4 überreicht",
        "“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 %5에 %4에게 전달했습니다",
    ),
    "“%1” by %2: a similar gift “%3” was already given to %4 during “%5”": (
        "„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits während „%5“ an %4 überreicht",
        "“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 “%5” 방문 중에 %4에게 전달했습니다",
    ),
    "“%1” by %2: a similar gift “%3” was already given to %4 at an earlier visit": (
        "„%1“ von %2: Ein ähnliches Geschenk, „%3“, wurde bereits bei einem früheren Besuch "
        "an %4 überreicht",
        "“%1”(%2 제작): 비슷한 선물 “%3”을(를) 이미 이전 방문 때 %4에게 전달했습니다",
    ),
    "%1 reaches the reporting threshold of %2 for the recipient's office": (
        "%1 erreicht die Meldegrenze von %2 für das Amt des Empfängers",
        "%1 – 수령인 직위의 신고 기준 %2 이상입니다",
    ),
    "“%1” for %2: %3": ("„%1“ für %2: %3", "“%1”, 수령인 %2: %3"),
    "“%1”: %2": ("„%1“: %2", "“%1”: %2"),
    # exchange-planner FILE: a file that is not opened (cli/open_file.py, also the window's)
    "There is no file %1.": ("Die Datei %1 gibt es nicht.", "%1 파일이 없습니다."),
    "%1 is a folder, not a file.": (
        "%1 ist ein Ordner, keine Datei.",
        "%1은(는) 파일이 아니라 폴더입니다.",
    ),
    "%1 cannot be read: %2": ("%1 kann nicht gelesen werden: %2", "%1 파일을 읽을 수 없습니다: %2"),
    "%1 is neither an Exchange Planner database (SQLite) nor an exchange file (JSON); "
    "nothing was opened.": (
        "%1 ist weder eine Exchange-Planner-Datenbank (SQLite) noch eine Austauschdatei "
        "(JSON); es wurde nichts geöffnet.",
        "%1은(는) Exchange Planner 데이터베이스(SQLite)도 교환 파일(JSON)도 아닙니다. "
        "아무것도 열지 않았습니다.",
    ),
    "%1 is not a file on this computer; a server database opens with --db ADDRESS.": (
        "%1 ist keine Datei auf diesem Computer; eine Serverdatenbank öffnet --db ADRESSE.",
        "%1은(는) 이 컴퓨터의 파일이 아닙니다. 서버 데이터베이스는 --db 주소로 엽니다.",
    ),
}

_WHOLE_CURRENCIES = frozenset({"KRW", "JPY"})
#: The planning checks' kinds (``ConflictKind`` values), worded by ``Wording._planning``.
_PLANNING_KINDS = frozenset(
    {
        "interpreter_double_booked",
        "before_arrival",
        "after_departure",
        "item_without_venue_or_host",
        "member_without_travel",
        "dietary_note_without_meal",
    }
)
_PLACE = re.compile(r"%(\d+)")


def fill(template: str, *values: str) -> str:
    """Put ``values`` into ``%1``, ``%2`` … in one pass (a "%1" inside a value stays)."""

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return values[index] if 0 <= index < len(values) else match[0]

    return _PLACE.sub(value, template)


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """ "de", "ko" or "en": the language of the first of LC_ALL, LC_MESSAGES, LANG that is
    set (and not empty); anything else, "C" included, is English."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            language = value.split(".")[0].split("@")[0].split("_")[0].split("-")[0].lower()
            return language if language in LANGUAGES else "en"
    return "en"


def locale_from_env(language: str, environ: Mapping[str, str] | None = None) -> str:
    """The babel locale for dates and numbers: the environment's own (de_AT) when it names
    the language, else the language's usual one (de_DE, ko_KR)."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            name_part = value.split(".")[0].split("@")[0].replace("-", "_")
            if name_part.split("_")[0].lower() == language and "_" in name_part:
                return name_part
            break
    return LANGUAGES.get(language, "en_US")


class Wording:
    """The conflict sentences in one language ("en", "de" or "ko")."""

    def __init__(self, language: str = "en", locale: str | None = None) -> None:
        self.language = language if language in LANGUAGES else "en"
        self.locale = locale or LANGUAGES.get(self.language, "en_US")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Wording:
        language = language_from_env(environ)
        return cls(language, locale_from_env(language, environ))

    # --- pieces --------------------------------------------------------------------------
    def tr(self, source: str, *values: str) -> str:
        texts = CATALOGUE.get(source)
        template = source
        if texts is not None and self.language != "en":
            template = texts[0] if self.language == "de" else texts[1]
        return fill(template, *values)

    def number(self, value: Decimal | int, decimals: int = 0) -> str:
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(value, format=pattern, locale=self.locale)

    def amount(self, value: Decimal, currency: str) -> str:
        decimals = 0 if currency.upper() in _WHOLE_CURRENCIES else 2
        return f"{self.number(value, decimals)} {currency}"

    def limit(self, value: Decimal, currency: str) -> str:
        whole = value == value.to_integral_value()
        return f"{self.number(value, 0 if whole else 2)} {currency}"

    def day(self, value: date | datetime) -> str:
        from exchange_planner.domain.dates import format_user_date

        return format_user_date(value.date() if isinstance(value, datetime) else value, self.locale)

    def when(self, slot: Slot) -> str:
        start, end = slot.start, slot.end
        if isinstance(start, datetime) and isinstance(end, datetime):
            first = f"{self.day(start)} {start:%H:%M}"
            if end.date() == start.date():
                return f"{first}–{end:%H:%M}"
            return f"{first}–{self.day(end)} {end:%H:%M}"
        return f"{self.day(start)}–{self.day(end)}"

    def slot(self, item: Slot) -> str:
        return self.tr("“%1” (%2)", item.title, self.when(item))

    # --- sentences -----------------------------------------------------------------------
    def label(self, conflict: Conflict) -> str:
        """ "warning" or "conflict" in this language."""
        return self.tr("warning" if conflict.is_warning else "conflict")

    def line(self, conflict: Conflict) -> str:
        """The line ``exchange-planner conflicts`` prints: label, kind (always the same key,
        for scripts) and the sentence."""
        return f"{self.label(conflict)}: {conflict.kind.value}: {self.text(conflict)}"

    def text(self, conflict: Conflict) -> str:
        from exchange_planner.domain.conflicts import ConflictFacts, ConflictKind

        facts = conflict.facts
        if self.language == "en" or facts == ConflictFacts():
            return conflict.message
        kind = conflict.kind
        if kind in (ConflictKind.VENUE_DOUBLE_BOOKED, ConflictKind.STUDIO_DOUBLE_BOOKED):
            text = self.tr("%1 is booked twice: %2 and %3 overlap", facts.place, *self._two(facts))
        elif kind is ConflictKind.PERSON_DOUBLE_BOOKED:
            text = self._people(facts)
        elif kind is ConflictKind.OUTSIDE_VISIT_DATES:
            text = self._outside(facts)
        elif kind is ConflictKind.REPEATED_GIFT:
            text = self._repeated(facts)
        elif kind is ConflictKind.GIFT_OVER_THRESHOLD:
            text = self._over_threshold(facts)
        elif kind in _PLANNING_KINDS:
            text = self._planning(conflict)
        else:
            return conflict.message
        if facts.other_visit:
            text = self.tr("%1 (the other item belongs to “%2”)", text, facts.other_visit)
        return text

    def _listed(self, names: tuple[str, ...]) -> str:
        from exchange_planner.domain.conflicts import shown_names

        listed, others = shown_names(names)
        if not others:
            return ", ".join(listed)
        return self.tr("%1 and %2 others", ", ".join(listed), self.number(others))

    def _planning(self, conflict: Conflict) -> str:
        """The planning checks' sentences (the same templates as ``ui/wording.py``)."""
        from exchange_planner.domain.conflicts import ConflictKind, Slot

        facts, kind = conflict.facts, conflict.kind
        empty = Slot("", date.min, date.min)
        item = self.slot(facts.slots[0] if facts.slots else empty)
        names = ", ".join(facts.people)
        if kind is ConflictKind.INTERPRETER_DOUBLE_BOOKED:
            return self.tr(
                "Interpreter %1 is booked for two overlapping items: %2 and %3",
                names,
                *self._two(facts),
            )
        if kind in (ConflictKind.BEFORE_ARRIVAL, ConflictKind.AFTER_DEPARTURE):
            arriving = kind is ConflictKind.BEFORE_ARRIVAL
            if len(facts.people) == 1 and facts.moment is not None:
                at = f"{self.day(facts.moment)} {facts.moment:%H:%M}"
                source = (
                    "%1 starts before the arrival of %2 (%3)"
                    if arriving
                    else "%1 ends after the departure of %2 (%3)"
                )
                return self.tr(source, item, names, at)
            source = (
                "%1 starts before the arrival of %2"
                if arriving
                else "%1 ends after the departure of %2"
            )
            return self.tr(source, item, self._listed(facts.people))
        if kind is ConflictKind.ITEM_WITHOUT_VENUE_OR_HOST:
            source = {
                ("venue",): "%1 has no venue",
                ("host",): "%1 has no host",
            }.get(facts.missing, "%1 has neither a venue nor a host")
            return self.tr(source, item)
        visit = facts.visit.title if facts.visit else ""
        if kind is ConflictKind.MEMBER_WITHOUT_TRAVEL:
            source = {
                ("arrival",): "No arrival time for %1, though “%2” is %3",
                ("departure",): "No departure time for %1, though “%2” is %3",
            }.get(facts.missing, "No arrival or departure time for %1, though “%2” is %3")
            return self.tr(source, self._listed(facts.people), visit, self.tr(facts.status))
        from exchange_planner.domain.conflicts import dietary_summary
        from exchange_planner.reports.i18n import Language, requirement_label

        lang = Language(self.language)
        needs = [requirement_label(code, lang) for code in facts.requirements]
        return self.tr(
            "%1 has a dietary note (“%2”) but attends no meal or reception of “%3”",
            names,
            dietary_summary(needs, facts.note),
            visit,
        )

    def _two(self, facts: ConflictFacts) -> tuple[str, str]:
        from exchange_planner.domain.conflicts import Slot

        empty = Slot("", date.min, date.min)
        first, second = [*facts.slots, empty, empty][:2]
        return self.slot(first), self.slot(second)

    def _people(self, facts: ConflictFacts) -> str:
        from exchange_planner.domain.conflicts import shown_names

        first, second = self._two(facts)
        listed, others = shown_names(facts.people)
        names = ", ".join(listed)
        if others:
            return self.tr(
                "%1 and %2 others are expected at two places at once: %3 and %4 overlap",
                names,
                self.number(others),
                first,
                second,
            )
        if len(listed) > 1:
            return self.tr(
                "%1 are expected at two places at once: %2 and %3 overlap", names, first, second
            )
        return self.tr(
            "%1 is expected at two places at once: %2 and %3 overlap", names, first, second
        )

    def _outside(self, facts: ConflictFacts) -> str:
        from exchange_planner.domain.conflicts import Slot

        empty = Slot("", date.min, date.min)
        item = facts.slots[0] if facts.slots else empty
        start = item.start
        at = f"{self.day(start)} {start:%H:%M}" if isinstance(start, datetime) else ""
        visit = facts.visit or empty
        return self.tr(
            "“%1” on %2 lies outside the dates of “%3” (%4)",
            item.title,
            at,
            visit.title,
            self.when(visit),
        )

    def _repeated(self, facts: ConflictFacts) -> str:
        to_whom = facts.earlier_recipient or self.tr("the partner")
        if facts.earlier_partnership:
            to_whom = self.tr("%1 (%2)", to_whom, facts.earlier_partnership)
        values = [facts.gift, facts.maker, facts.earlier_gift, to_whom]
        if facts.earlier_on is not None and facts.earlier_visit:
            return self.tr(
                "“%1” by %2: a similar gift “%3” was already given to %4 on %5 during “%6”",
                *values,
                self.day(facts.earlier_on),
                facts.earlier_visit,
            )
        if facts.earlier_on is not None:
            return self.tr(
                "“%1” by %2: a similar gift “%3” was already given to %4 on %5",
                *values,
                self.day(facts.earlier_on),
            )
        if facts.earlier_visit:
            return self.tr(
                "“%1” by %2: a similar gift “%3” was already given to %4 during “%5”",
                *values,
                facts.earlier_visit,
            )
        return self.tr(
            "“%1” by %2: a similar gift “%3” was already given to %4 at an earlier visit",
            *values,
        )

    def _over_threshold(self, facts: ConflictFacts) -> str:
        from decimal import Decimal

        reached = self.tr(
            "%1 reaches the reporting threshold of %2 for the recipient's office",
            self.amount(facts.amount or Decimal(0), facts.currency),
            self.limit(facts.limit or Decimal(0), facts.limit_currency),
        )
        if facts.recipient:
            return self.tr("“%1” for %2: %3", facts.gift, facts.recipient, reached)
        return self.tr("“%1”: %2", facts.gift, reached)
