"""The order of precedence read back from the PDF: order, both scripts, marks and reasons."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader

from exchange_planner.domain.texts import Translations
from exchange_planner.reports.data import PartnerInfo, PersonInfo
from exchange_planner.reports.precedence_list import (
    PrecedenceListData,
    PrecedenceOptions,
    PrecedenceRow,
    ProtocolVisit,
    RankInfo,
    build_precedence_list,
)

VISIT = ProtocolVisit(
    1,
    "Offizieller Besuch der Delegation aus Gwangju",
    date(2023, 7, 25),
    date(2023, 7, 28),
    "Leipzig",
    (("ko", "라이프치히"),),
    PartnerInfo(
        "Gwangju",
        "광주",
        "South Korea",
        translations=Translations({"partner_city": {"ko": "광주"}}),
    ),
    translations=Translations({"title": {"ko": "광주 대표단 공식 방문"}}),
)
JUNG = PersonInfo(
    1,
    "Jung",
    "Burkhard",
    "부르크하르트 융",
    title="Oberbürgermeister",
    organisation="Stadt Leipzig",
    translations=Translations({"title": {"ko": "라이프치히 시장", "en": "Lord Mayor"}}),
)
KANG = PersonInfo(
    2,
    "Kang",
    "Gi-jung",
    "강기정",
    "family_first",
    title="광주광역시장",
    organisation="광주광역시",
    original_language="ko",
    translations=Translations({"title": {"de": "Oberbürgermeister von Gwangju"}}),
)
BAEK = PersonInfo(
    3, "Baek", "Seo-yeon", "백서연", "family_first", title="통역사", original_language="ko"
)
LEE = PersonInfo(
    4, "Lee", "Min-ho", "이민호", "family_first", title="시의원", original_language="ko"
)
OB = RankInfo(
    "Oberbürgermeister",
    "Deutschland / Sachsen — Kommunen",
    translations=Translations({"title": {"ko": "시장(독일)", "en": "Lord Mayor"}}),
)
MAYOR = RankInfo(
    "광역시장 (차관급)",
    "대한민국 — 지방자치단체",
    "ko",
    Translations({"title": {"de": "Oberbürgermeister (Metropole)"}}),
)
REASON = "<b>beside</b> the mayor & his guest"


def _data(**changes: object) -> PrecedenceListData:
    rows = (
        PrecedenceRow(1, JUNG, "host", OB, computed_place=1, flags=frozenset({"tie_alphabetical"})),
        PrecedenceRow(
            2, KANG, "delegation", MAYOR, computed_place=2, flags=frozenset({"tie_alphabetical"})
        ),
        PrecedenceRow(
            3,
            BAEK,
            "delegation",
            None,
            role="interpreter",
            computed_place=4,
            flags=frozenset({"overridden", "unranked"}),
            override_reason=REASON,
            interprets_for=KANG,
        ),
        PrecedenceRow(4, LEE, "delegation", None, computed_place=3, flags=frozenset({"unranked"})),
    )
    values: dict[str, object] = {"visit": VISIT, "rows": rows, "as_of": date(2023, 7, 20)}
    values.update(changes)
    return PrecedenceListData(**values)  # type: ignore[arg-type]


def _text(data: PrecedenceListData, lang: str) -> str:
    out = io.BytesIO()
    build_precedence_list(data, out, PrecedenceOptions(lang))
    # Cells wrap their lines: compare words, not line breaks.
    return " ".join(" ".join(page.extract_text() for page in PdfReader(out).pages).split())


def _in_order(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order in {text!r}"
        position = found + len(piece)


def test_german_list_in_order_with_both_scripts_and_family_name_first() -> None:
    text = _text(_data(), "de")
    _in_order(
        text,
        [
            "Protokollarische Rangfolge",
            "Offizieller Besuch der Delegation aus Gwangju",
            "1",
            "Burkhard Jung",
            "Oberbürgermeister",
            "Leipzig",
            "Deutschland / Sachsen — Kommunen",
            "2",
            "Kang Gi-jung",
            "강기정",
            "Oberbürgermeister von Gwangju",
            "Gwangju",
            "Oberbürgermeister (Metropole)",
            "3",
            "Baek Seo-yeon",
            "백서연",
            "Platz gesetzt (berechnet: 4)",
            REASON,
            "dolmetscht für Kang Gi-jung (강기정)",
            "4",
            "Lee Min-ho",
            "이민호",
            "Zeichenerklärung",
            "✎",
            "Platz von Hand gesetzt",
            "∅",
            "ohne Rang",
            "A–Z",
            "alphabetisch entschieden",
        ],
    )
    assert "Gi-jung Kang" not in text and "Seo-yeon Baek" not in text


def test_korean_list_puts_hangul_first_and_titles_in_korean() -> None:
    text = _text(_data(), "ko")
    _in_order(
        text,
        [
            "의전 서열",
            "광주 대표단 공식 방문",
            "라이프치히 시장",
            "강기정",
            "Kang Gi-jung",
            "광주광역시장",
            "백서연",
            "서열 지정 (산정 서열: 4)",
            REASON,
            "강기정 통역",
            "범례",
        ],
    )
    assert "Protokollarische Rangfolge" not in text


def test_bilingual_list_shows_both_languages() -> None:
    text = _text(_data(), "de+ko")
    _in_order(
        text,
        [
            "Protokollarische Rangfolge / 의전 서열",
            "Burkhard Jung",
            "부르크하르트 융",
            "Oberbürgermeister",
            "라이프치히 시장",
            "Leipzig (라이프치히)",
            "Kang Gi-jung",
            "강기정",
            "Gwangju (광주)",
        ],
    )


def test_english_list_and_a_rank_cycle_is_stated() -> None:
    text = _text(_data(error="광역시장 = Oberbürgermeister = 부시장"), "en")
    _in_order(
        text,
        [
            "Order of precedence",
            "The order of precedence could not be computed: 광역시장 = Oberbürgermeister = 부시장",
            "Burkhard Jung",
            "Lord Mayor",
        ],
    )


def test_legend_lists_only_the_marks_in_use() -> None:
    plain = tuple(
        PrecedenceRow(row.place, row.person, row.side, row.rank, computed_place=row.place)
        for row in _data().rows
    )
    text = _text(_data(rows=plain), "de")
    assert "✎" not in text and "∅" not in text and "A–Z" not in text
    assert "Bei gleichem Rang: gewählt vor ernannt" in text


def test_a_list_longer_than_a_page_repeats_its_header() -> None:
    people = [
        PersonInfo(10 + i, f"Family{i:03d}", f"Given{i}", title="Referent") for i in range(60)
    ]
    rows = tuple(
        PrecedenceRow(i + 1, person, "host", None, computed_place=i + 1)
        for i, person in enumerate(people)
    )
    out = io.BytesIO()
    pages = build_precedence_list(_data(rows=rows), out, PrecedenceOptions("en"))
    assert pages >= 2
    reader = PdfReader(out)
    assert "Family059" in reader.pages[-1].extract_text()
    assert "Name" in reader.pages[-1].extract_text()


@pytest.mark.parametrize("lang", ["de", "en", "ko", "de+ko", "de+en"])
def test_every_language_prints(lang: str) -> None:
    assert "Kang Gi-jung" in _text(_data(), lang)


def test_precedence_list_is_pdfa_and_reprints_the_same_bytes() -> None:
    from test_pdfa import check_archival

    from exchange_planner.reports import archive

    def pdf() -> bytes:
        out = io.BytesIO()
        build_precedence_list(_data(), out, PrecedenceOptions("ko"))
        return out.getvalue()

    with archive.reproducible():
        first, second = pdf(), pdf()
    assert first == second
    archival = check_archival(first, "ko")
    assert archival.title == "의전 서열: 광주 대표단 공식 방문"
    assert archival.created.date() == date(2023, 7, 20)
