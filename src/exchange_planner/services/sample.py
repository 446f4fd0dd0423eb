"""The Leipzig–Gwangju sample: the July 2023 delegation visit, gifts, guestbook, residencies.

The mayor, the Lord Mayor, the artist Martin Reich, the venues and the exhibition are from the
public record of the partnership; the other delegation members, the timings and the values are
invented to make a realistic plan (as are the dates in office and the ranks' tie-breakers).
The database is marked as a sample (setting ``is_sample``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from exchange_planner.domain.enums import (
    ChecklistKind,
    DietaryRequirement,
    Direction,
    DispositionKind,
    GiftDirection,
    GuestbookKind,
    MemberRole,
    NameOrder,
    ProgramKind,
    ResidencyStatus,
    RoomType,
    TableShape,
    TravelMode,
    VehicleKind,
    VisitStatus,
)
from exchange_planner.domain.errors import DatabaseReadOnlyError, ExchangePlannerError
from exchange_planner.domain.timeutil import to_utc
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database, unwritable_reason
from exchange_planner.storage.tables import (
    ExchangeRate,
    GiftDisposition,
    GiftRule,
    GiftRuleLimit,
    ProgramCue,
    TransferSeat,
    TransferVehicle,
    Vehicle,
)

BERLIN = "Europe/Berlin"
SEOUL = "Asia/Seoul"
SAMPLE_NOTE = (
    "Sample data: names other than the public office holders, times and values are invented."
)
#: The note above in each content language (de is the office's own, the originals).
SAMPLE_NOTES: dict[str, str] = {
    "de": ("Beispieldaten: Namen außer denen der Amtsträger, Zeiten und Werte sind erfunden."),
    "ko": "예시 데이터: 공직자 외의 이름, 시간, 금액은 가상입니다.",
    "en": SAMPLE_NOTE,
}


def _l(de: str, ko: str, en: str) -> dict[str, str]:
    """One text in the three content languages."""
    return {"de": de, "ko": ko, "en": en}


def _noted(de: str, ko: str, en: str) -> dict[str, str]:
    """A text followed by the sample note, in each language."""
    return {
        language: (text + " " if text else "") + SAMPLE_NOTES[language]
        for language, text in _l(de, ko, en).items()
    }


def _texts(original_language: str, **fields: dict[str, str]) -> dict[str, object]:
    """The create values of translatable fields: the original in the plain column, the
    other languages in ``translations``."""
    values: dict[str, object] = {"original_language": original_language}
    translations: dict[str, dict[str, str]] = {}
    for field, by_language in fields.items():
        values[field] = by_language[original_language]
        others = {lang: text for lang, text in by_language.items() if lang != original_language}
        if others:
            translations[field] = others
    values["translations"] = translations
    return values


def _de(**fields: dict[str, str]) -> dict[str, object]:
    return _texts("de", **fields)


def _ko(**fields: dict[str, str]) -> dict[str, object]:
    return _texts("ko", **fields)


_GWANGJU_CITY = _l("Metropolstadt Gwangju", "광주광역시", "Gwangju Metropolitan City")

# (family, given, hangul, title in de/ko/en, role); the titles are written in Korean by
# Gwangju (their original) and translated by the Leipzig office.
_DELEGATION: list[tuple[str, str, str, dict[str, str], MemberRole]] = [
    (
        "Kang",
        "Gi-jung",
        "강기정",
        _l(
            "Bürgermeister der Metropolstadt Gwangju",
            "광주광역시장",
            "Mayor of Gwangju Metropolitan City",
        ),
        MemberRole.HEAD,
    ),
    (
        "Park",
        "Ji-won",
        "박지원",
        _l(
            "Generaldirektor für internationale Angelegenheiten",
            "국제협력국장",
            "Director-General, International Affairs",
        ),
        MemberRole.DEPUTY,
    ),
    (
        "Lee",
        "Seung-hoon",
        "이승훈",
        _l(
            "Mitglied des Stadtrats von Gwangju",
            "광주광역시의회 의원",
            "Member of the Gwangju City Council",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Choi",
        "Min-ji",
        "최민지",
        _l(
            "Mitglied des Stadtrats von Gwangju",
            "광주광역시의회 의원",
            "Member of the Gwangju City Council",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Jung",
        "Hae-won",
        "정해원",
        _l(
            "Direktor für Kultur- und Kunstpolitik",
            "문화예술정책관",
            "Director, Culture and Arts Policy",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Yoon",
        "Sang-woo",
        "윤상우",
        _l(
            "Direktor des Gwangju Museum of Art",
            "광주시립미술관장",
            "Director, Gwangju Museum of Art",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Han",
        "Eun-ji",
        "한은지",
        _l(
            "Kuratorin, Gwangju Museum of Art",
            "광주시립미술관 학예연구사",
            "Curator, Gwangju Museum of Art",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Kim",
        "Tae-yang",
        "김태양",
        _l(
            "Leiter der Städtepartnerschaften",
            "자매도시 교류 팀장",
            "Head of Sister City Relations",
        ),
        MemberRole.OFFICIAL,
    ),
    (
        "Oh",
        "Ji-hye",
        "오지혜",
        _l("Abteilung Stadterneuerung", "도시재생과", "Urban Regeneration Division"),
        MemberRole.OFFICIAL,
    ),
    (
        "Seo",
        "Jun-ho",
        "서준호",
        _l("Stiftung Gwangju Biennale", "광주비엔날레재단", "Gwangju Biennale Foundation"),
        MemberRole.OFFICIAL,
    ),
    (
        "Lim",
        "Na-yeon",
        "임나연",
        _l("Tourismusorganisation Gwangju", "광주관광공사", "Gwangju Tourism Organization"),
        MemberRole.OFFICIAL,
    ),
    (
        "Shin",
        "Dong-hyun",
        "신동현",
        _l("Sekretär des Bürgermeisters", "시장 비서", "Secretary to the Mayor"),
        MemberRole.STAFF,
    ),
    (
        "Kwon",
        "So-young",
        "권소영",
        _l("Protokollbeauftragte", "의전 담당관", "Protocol Officer"),
        MemberRole.STAFF,
    ),
    (
        "Jang",
        "Woo-jin",
        "장우진",
        _l(
            "Referent für internationale Zusammenarbeit",
            "국제협력 주무관",
            "International Cooperation Officer",
        ),
        MemberRole.STAFF,
    ),
    (
        "Moon",
        "Ha-eun",
        "문하은",
        _l(
            "Referentin für internationale Zusammenarbeit",
            "국제협력 주무관",
            "International Cooperation Officer",
        ),
        MemberRole.STAFF,
    ),
    (
        "Baek",
        "Seo-yeon",
        "백서연",
        _l(
            "Dolmetscherin (Koreanisch–Deutsch)",
            "통역사 (한국어–독일어)",
            "Interpreter (Korean–German)",
        ),
        MemberRole.INTERPRETER,
    ),
    (
        "Hwang",
        "Min-seok",
        "황민석",
        _l(
            "Fotograf, Pressestelle des Rathauses",
            "시청 공보실 사진 담당",
            "Photographer, City Hall Press Office",
        ),
        MemberRole.PRESS,
    ),
    (
        "Song",
        "Ye-jin",
        "송예진",
        _l("Reporterin, Gwangju Ilbo", "광주일보 기자", "Reporter, Gwangju Ilbo"),
        MemberRole.PRESS,
    ),
    (
        "Ahn",
        "Jae-hyun",
        "안재현",
        _l("Reporter, Kwangju Broadcasting", "광주방송 기자", "Reporter, Kwangju Broadcasting"),
        MemberRole.PRESS,
    ),
    (
        "Ryu",
        "Hyun-woo",
        "류현우",
        _l("Sicherheitsbeamter", "경호 담당", "Security Officer"),
        MemberRole.SECURITY,
    ),
]

_CITY_HALL_ADDRESS = _l(
    "Martin-Luther-Ring 4–6, 04109 Leipzig",
    "Martin-Luther-Ring 4–6, 04109 Leipzig (라이프치히 마르틴루터링 4–6)",
    "Martin-Luther-Ring 4–6, 04109 Leipzig",
)


# The two rank tables of the Leipzig–Gwangju case: (position, title in de/ko/en); the Korean
# ranks rank with the German ones of the same position (광역시장 with Oberbürgermeister).
_GERMAN_RANKS: list[tuple[int, dict[str, str]]] = [
    (1, _l("Oberbürgermeister", "시장 (Oberbürgermeister)", "Lord Mayor")),
    (
        2,
        _l(
            "Bürgermeister (Beigeordnete)",
            "부시장 (Bürgermeister/Beigeordnete)",
            "Deputy Mayor (Beigeordnete)",
        ),
    ),
    (3, _l("Stadtratsmitglied", "시의원 (Stadtrat)", "City councillor")),
    (4, _l("Amtsleiter", "국장 (Amtsleiter)", "Head of department")),
    (5, _l("Abteilungsleiter", "과장 (Abteilungsleiter)", "Head of division")),
    (6, _l("Referent", "주무관 (Referent)", "Officer")),
]
_KOREAN_RANKS: list[tuple[int, dict[str, str]]] = [
    (
        1,
        _l(
            "Bürgermeister einer Metropolstadt (Rang eines Vizeministers)",
            "광역시장 (차관급)",
            "Mayor of a metropolitan city (vice-minister level)",
        ),
    ),
    (2, _l("Vizebürgermeister", "부시장", "Vice mayor")),
    (3, _l("Mitglied des Stadtrats", "시의원", "City council member")),
    (4, _l("Generaldirektor", "국장", "Director-general")),
    (5, _l("Abteilungsleiter", "과장", "Division director")),
    (6, _l("Sachbearbeiter", "주무관", "Officer")),
]

# The delegation's ranks (position in the Korean table; None: no rank, e.g. the press) and
# tie-breakers (elected, in office since), by family name. Dates in office are approximate.
_DELEGATION_RANKS: dict[str, tuple[int | None, bool | None, date | None]] = {
    "Kang": (1, True, date(2022, 7, 1)),
    "Park": (4, False, date(2021, 1, 1)),
    "Lee": (3, True, date(2022, 7, 1)),
    "Choi": (3, True, date(2022, 7, 1)),
    "Jung": (4, False, date(2022, 1, 1)),
    "Yoon": (4, False, None),
    "Han": (6, False, None),
    "Kim": (5, False, date(2020, 3, 1)),
    "Oh": (6, False, None),
    "Shin": (6, False, date(2022, 7, 1)),
    "Kwon": (6, False, date(2019, 1, 1)),
    "Jang": (6, False, date(2021, 9, 1)),
    "Moon": (6, False, date(2023, 1, 1)),
}


def _sample_ranks(s: Services) -> tuple[dict[int, int], dict[int, int]]:
    """The two rank tables; returns position -> rank id for Germany and for Korea."""
    german = s.rank_tables.create(
        **_de(
            name=_l(
                "Deutschland / Sachsen — Kommunen",
                "독일 / 작센주 — 지방자치단체",
                "Germany / Saxony — municipalities",
            )
        ),
        country="Germany",
        notes="Rangfolge für Empfänge der Stadt Leipzig (Beispiel).",
    )
    korean = s.rank_tables.create(
        **_ko(
            name=_l(
                "Republik Korea — Gebietskörperschaften",
                "대한민국 — 지방자치단체",
                "Republic of Korea — local government",
            )
        ),
        country="South Korea",
    )
    de_ranks = {
        position: s.ranks.create(rank_table_id=german.id, position=position, **_de(title=title)).id
        for position, title in _GERMAN_RANKS
    }
    ko_ranks = {
        position: s.ranks.create(
            rank_table_id=korean.id,
            position=position,
            equivalent_rank_id=de_ranks[position],
            **_ko(title=title),
        ).id
        for position, title in _KOREAN_RANKS
    }
    return de_ranks, ko_ranks


def _sample_letterhead(s: Services) -> None:
    """A letterhead marked as a sample, with a placeholder logo (no real coat of arms)."""
    from exchange_planner import resources

    s.settings.set_letterhead_texts(
        _l(
            "Büro für internationale Partnerschaften (Beispiel)",
            "국제 자매결연 사무소 (예시)",
            "Office for International Partnerships (sample)",
        ),
        _l(
            "Musterstraße 1\n04109 Leipzig\nDeutschland",
            "독일 04109 라이프치히\n무스터 거리 1",
            "Musterstrasse 1\n04109 Leipzig\nGermany",
        ),
    )
    s.settings.set_letterhead_logo(
        "sample-logo.svg",
        resources.traversable("letterhead", "sample-logo.svg").read_bytes(),
        resources.traversable("letterhead", "sample-logo.png").read_bytes(),
    )


#: What the caterer must know of three members (by rank), with or without their consent.
_SAMPLE_DIETS: dict[int, dict[str, object]] = {
    7: {
        "dietary_notes": "Kein Schweinefleisch",
        "dietary_requirements": DietaryRequirement.NO_PORK.value,
        "notes_consent": True,
        "notes_consent_on": date(2023, 7, 10),
    },
    9: {
        "dietary_requirements": DietaryRequirement.VEGETARIAN.value,
        "notes_consent": True,
        "notes_consent_on": date(2023, 7, 12),
    },
    # No consent recorded: the allergy is kept but not printed (docs/privacy.md).
    18: {
        "dietary_notes": "Erdnussallergie",
        "dietary_requirements": DietaryRequirement.NUT_ALLERGY.value,
    },
}
#: Two pairs of staff share twin rooms (by rank: the room of the first of each pair).
_SHARED_ROOMS = {12: "313", 13: "313", 14: "315", 15: "315"}


def _sample_stay(rank: int) -> dict[str, object]:
    """A member's flights, pick-up and room: Lufthansa both ways, the head in a suite."""
    room_type = RoomType.SUITE if rank == 1 else RoomType.SINGLE
    if rank in _SHARED_ROOMS:
        room_type = RoomType.TWIN
    stay: dict[str, object] = {
        "arrival_mode": TravelMode.FLIGHT,
        "arrival_carrier": "Lufthansa",
        "arrival_number": "LH 162",
        "arrival_place": "Flughafen Leipzig/Halle",
        "arrival_terminal": "Terminal B",
        "arrival_pickup": "Van 1, Ausgang B" if rank in (1, 16) else "Bus 1, Ausgang B",
        "departure_mode": TravelMode.FLIGHT,
        "departure_carrier": "Lufthansa",
        "departure_number": "LH 163",
        "departure_place": "Flughafen Leipzig/Halle",
        "departure_terminal": "Terminal B",
        "departure_pickup": "Hotel, Lobby 08:00",
        "room": _SHARED_ROOMS.get(rank, str(301 + rank)),
        "room_type": room_type,
    }
    if rank == 1:
        stay["special_requests"] = "Ruhige Lage; Zimmer 303 für die Sicherheit daneben"
        stay["mobile"] = "+82 10 0000-0001 (Beispiel)"
    if rank == 20:
        stay["special_requests"] = "Zimmer neben der Suite des Bürgermeisters"
    return stay


def _sample_logistics(
    s: Services,
    visit_id: int,
    hotel_id: int,
    rathaus_id: int,
    protocol_id: int,
    interpreter_id: int,
    lord_mayor_id: int,
) -> None:
    """The airport, the two vehicles with their passengers on the three transfers, who is
    responsible for what, and the cues of the official reception."""
    airport = s.venues.create(
        **_de(
            name=_l(
                "Flughafen Leipzig/Halle",
                "라이프치히/할레 공항",
                "Leipzig/Halle Airport",
            ),
            address=_l(
                "Terminalring 11, 04435 Schkeuditz",
                "Terminalring 11, 04435 Schkeuditz",
                "Terminalring 11, 04435 Schkeuditz",
            ),
        ),
        city="Schkeuditz",
        timezone=BERLIN,
    )
    items = s.program.for_visit(visit_id)
    members = s.members.for_visit(visit_id)
    hosts = [host.person_id for host in s.hosts.for_visit(visit_id)]
    head = next(m.person_id for m in members if m.role == MemberRole.HEAD)
    head_interpreter = next(m.person_id for m in members if m.interprets_for_id == head)
    in_van = [head, head_interpreter, lord_mayor_id, interpreter_id, protocol_id]
    in_bus = [m.person_id for m in members if m.person_id not in in_van]
    in_bus += [person for person in hosts if person not in in_van]
    transfers = [item for item in items if item.kind == ProgramKind.TRANSFER]
    starts = {transfers[0].id: airport.id}
    starts |= {item.id: hotel_id for item in transfers[1:]}
    for item in transfers:
        s.program.update(item.id, from_venue_id=starts[item.id], responsible="Anna Schreiber")
    # The check-out goes from the hotel to the airport (it had no airport to go to before).
    s.program.update(transfers[-1].id, venue_id=airport.id)
    reception = next(item for item in items if item.kind == ProgramKind.RECEPTION)
    s.program.update(reception.id, responsible="Anna Schreiber (Protokoll)")
    with s.db.session() as session:
        bus = Vehicle(
            visit_id=visit_id,
            label="Bus 1",
            kind=VehicleKind.BUS,
            seats=24,
            driver_name="Uwe Schneider (Beispiel)",
            driver_phone="+49 170 000-101",
            driver_language="de",
            plate="L-EP 101",
            company="Leipziger Reisebus GmbH (Beispiel)",
        )
        van = Vehicle(
            visit_id=visit_id,
            label="Van 1",
            kind=VehicleKind.VAN,
            seats=8,
            driver_name="Daniel Koch (Beispiel)",
            driver_phone="+49 170 000-102",
            driver_language="en",
            plate="L-EP 202",
            company="Limousinenservice Leipzig (Beispiel)",
            notes="Fährt der Kolonne voraus.",
        )
        session.add_all([bus, van])
        session.flush()
        for item in transfers:
            for position, (vehicle, riders) in enumerate(((van, in_van), (bus, in_bus))):
                used = TransferVehicle(
                    program_item_id=item.id, vehicle_id=vehicle.id, position=position
                )
                session.add(used)
                session.flush()
                session.add_all(
                    TransferSeat(transfer_vehicle_id=used.id, person_id=person, seat=seat)
                    for seat, person in enumerate(riders, start=1)
                )
        day = reception.starts_at
        for position, (minutes, cue, responsible) in enumerate(
            (
                (-5, "OBM erwartet die Delegation am Haupteingang", "Protokoll"),
                (0, "Einzug in den Festsaal; Presse bleibt hinten links", "Protokoll"),
                (5, "Begrüßung durch OBM Jung", "OBM"),
                (
                    15,
                    "Erwiderung durch Bürgermeister Kang, konsekutiv gedolmetscht",
                    "Dolmetschung",
                ),
                (28, "Hinweis an die Gäste: weiter zum Goldenen Buch", "Protokoll"),
            )
        ):
            session.add(
                ProgramCue(
                    program_item_id=reception.id,
                    at=day + timedelta(minutes=minutes),
                    cue=cue,
                    responsible=responsible,
                    position=position,
                )
            )


#: Four offices' gift rules (limits and sources as published; check them before relying on
#: them: they change).
_GIFT_RULES: tuple[dict[str, object], ...] = (
    {
        "jurisdiction": "DE-SN-KOMMUNAL",
        "names": _de(
            name=_l(
                "Annahme von Belohnungen und Geschenken – Bedienstete der Stadt Leipzig",
                "보상 및 선물 수수 – 라이프치히시 공무원",
                "Acceptance of rewards and gifts – staff of the City of Leipzig",
            )
        ),
        "applies_to": "Beamte und Beschäftigte der Stadt (Freistaat Sachsen)",
        "effective_from": date(2015, 1, 1),
        "source": "Verwaltungsvorschrift des Freistaates Sachsen über die Annahme von "
        "Belohnungen und Geschenken, für kommunale Bedienstete entsprechend (Beispiel)",
        "source_url": "https://www.revosax.sachsen.de/",
        "valuation": "Verkehrswert in Deutschland am Tag der Annahme",
        "limits": (
            (1, 20, "EUR", "Bis 20 EUR: geringwertige Aufmerksamkeit, Annahme gilt als genehmigt"),
            (2, 60, "EUR", "Bis 60 EUR: der Dienststelle anzeigen; darüber nur mit Genehmigung"),
        ),
    },
    {
        "jurisdiction": "DE-BT",
        "names": _de(
            name=_l(
                "Verhaltensregeln für Mitglieder des Deutschen Bundestages",
                "독일 연방의회 의원 행동 규칙",
                "Code of conduct for Members of the German Bundestag",
            )
        ),
        "applies_to": "Mitglieder des Deutschen Bundestages",
        "effective_from": date(2021, 10, 26),
        "source": "Anlage 1 der Geschäftsordnung des Deutschen Bundestages (Verhaltensregeln), "
        "Gastgeschenke",
        "source_url": "https://www.bundestag.de/abgeordnete/verhaltensregeln",
        "valuation": "Verkehrswert",
        "limits": ((1, 200, "EUR", "Über 200 EUR: dem Präsidium anzeigen und aushändigen"),),
    },
    {
        "jurisdiction": "KR-PUBLIC",
        "names": _ko(
            name=_l(
                "Koreanisches Gesetz über die Ethik im öffentlichen Dienst, Art. 15",
                "공직자윤리법 제15조 – 외국 정부 등으로부터 받은 선물의 신고",
                "Korean Public Service Ethics Act, Art. 15 (gifts from foreign governments)",
            )
        ),
        "applies_to": "Korean public officials (공직자)",
        "effective_from": date(2009, 2, 3),
        "source": "Public Service Ethics Act Art. 15; Enforcement Decree Art. 28 "
        "(공직자윤리법 제15조, 시행령 제28조)",
        "source_url": "https://www.law.go.kr/",
        "valuation": "Market price in the giver's country at the time of receipt",
        "limits": (
            # One limit, in either currency.
            (1, 100, "USD", "USD 100 or more: report and hand over to the institution"),
            (1, 100000, "KRW", "KRW 100,000 or more: report and hand over to the institution"),
        ),
    },
    {
        "jurisdiction": "US-FEDERAL",
        "names": _de(
            name=_l(
                "Gesetz über ausländische Geschenke und Auszeichnungen (USA)",
                "미국 외국 선물 및 훈장법",
                "Foreign Gifts and Decorations Act",
            ),
        ),
        "applies_to": "Employees of the US federal government",
        "effective_from": date(2023, 1, 1),
        "effective_to": date(2025, 12, 31),
        "source": "5 U.S.C. 7342; 41 CFR 102-42 (minimal value for 2023 to 2025)",
        "source_url": "https://www.law.cornell.edu/uscode/text/5/7342",
        "valuation": "Retail value in the United States at the time of receipt",
        "limits": (
            (1, 480, "USD", "Above the minimal value: property of the United States; report it"),
        ),
    },
)


_NOT_FIELDS = ("limits", "names")


def _sample_gift_register(
    s: Services, visit_id: int, member_ids: list[int], deputy_mayor_id: int
) -> None:
    """The gift rules, the reference rates of the presentation day, two more gifts (one in
    won with its rate, one in dollars without: the register says so), where the gifts went."""
    with s.db.session() as session:
        for values in _GIFT_RULES:
            fields = {key: value for key, value in values.items() if key not in _NOT_FIELDS}
            rule = GiftRule(**fields, **values["names"])  # type: ignore[arg-type]
            session.add(rule)
            session.flush()
            for tier, amount, currency, consequence in values["limits"]:  # type: ignore[attr-defined]
                session.add(
                    GiftRuleLimit(
                        rule_id=rule.id,
                        tier=tier,
                        amount=Decimal(amount),
                        currency=currency,
                        consequence=consequence,
                    )
                )
        for currency, units in (("KRW", "1409.58"), ("USD", "1.1077")):
            session.add(
                ExchangeRate(
                    currency=currency,
                    rate_date=date(2023, 7, 26),
                    units_per_eur=Decimal(units),
                    source="EZB-Referenzkurs (Beispielwert)",
                )
            )
    bowl = s.gifts.create(
        visit_id=visit_id,
        direction=GiftDirection.RECEIVED,
        **_de(
            description=_l(
                "Seladon-Teeschale aus Gwangju (Beispiel)",
                "광주 청자 찻잔 (예시)",
                "Celadon tea bowl from Gwangju (sample)",
            ),
        ),
        giver_id=member_ids[1],
        recipient_id=deputy_mayor_id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("150000"),
        value_currency="KRW",
        valuation_basis="Ladenpreis in Gwangju, Angabe der Delegation (Beispiel)",
        rate_units_per_eur=Decimal("1409.58"),
        rate_date=date(2023, 7, 26),
        rate_source="EZB-Referenzkurs (Beispielwert)",
        inventory_number="LE-R-2023-023",
    )
    book = s.gifts.create(
        visit_id=visit_id,
        direction=GiftDirection.RECEIVED,
        **_de(
            description=_l(
                "Bildband über Gwangju, im Ausland gekauft (Beispiel)",
                "광주 사진집, 해외 구입 (예시)",
                "Photo book about Gwangju, bought abroad (sample)",
            ),
        ),
        giver_id=member_ids[2],
        recipient_id=deputy_mayor_id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("45.00"),
        value_currency="USD",
        valuation_basis="Kaufbeleg (Beispiel)",
    )
    gifts = {gift.inventory_number: gift.id for gift in s.gifts.list()}
    with s.db.session() as session:
        for gift_id, dated, kind, place, number in (
            (
                gifts["LE-G-2023-014"],
                date(2023, 7, 26),
                DispositionKind.HANDED_OVER,
                "Dem Bürgermeister von Gwangju übergeben",
                "LE-G-2023-014",
            ),
            (
                gifts["LE-R-2023-022"],
                date(2023, 7, 26),
                DispositionKind.KEPT,
                "Büro des Oberbürgermeisters",
                "LE-R-2023-022",
            ),
            (
                gifts["LE-R-2023-022"],
                date(2023, 8, 15),
                DispositionKind.DISPLAYED,
                "Vitrine, Büro des Oberbürgermeisters",
                "LE-R-2023-022",
            ),
            (
                bowl.id,
                date(2023, 7, 27),
                DispositionKind.STORED,
                "Magazin des Protokolls, Regal 3",
                "LE-R-2023-023",
            ),
            (book.id, date(2023, 7, 27), DispositionKind.KEPT, "Bibliothek des Protokolls", ""),
        ):
            session.add(
                GiftDisposition(
                    gift_id=gift_id,
                    dated_on=dated,
                    kind=kind,
                    place=place,
                    inventory_number=number,
                )
            )


def build_sample(services: Services) -> dict[str, int]:
    """Fill an empty database with the sample; returns the ids of its main records.

    The Leipzig office writes in German (the originals); what the delegation reads is
    translated into Korean, and into English as well. Records Gwangju wrote (the titles of
    its delegation, its museum's studio) have Korean originals.
    """
    s = services
    s.settings.set("is_sample", "true")
    s.settings.set("home_city", "Leipzig")
    s.settings.set("home_timezone", BERLIN)
    s.settings.set_office_language("de")
    s.settings.set_office_email("protocol@example.org")
    s.settings.set_home_city_names({"de": "Leipzig", "ko": "라이프치히", "en": "Leipzig"})
    _sample_letterhead(s)
    de_rank, ko_rank = _sample_ranks(s)

    gwangju = s.partnerships.create(
        **_de(partner_city=_l("Gwangju", "광주", "Gwangju")),
        country="South Korea",
        city_native="광주",
        since_year=2011,
        timezone=SEOUL,
        languages="ko,en",
        notes="Städtepartnerschaft Leipzig–Gwangju seit 2011. " + SAMPLE_NOTES["de"],
    )

    rathaus = s.venues.create(
        **_de(
            name=_l("Neues Rathaus", "라이프치히 신시청사", "Neues Rathaus"),
            address=_CITY_HALL_ADDRESS,
            room=_l("Festsaal", "연회장 (Festsaal)", "Festsaal (banqueting hall)"),
        ),
        city="Leipzig",
        timezone=BERLIN,
        capacity=120,
        contact="Protokoll, +49 341 123-0000 (Beispiel)",
    )
    council_hall = s.venues.create(
        **_de(
            name=_l(
                "Neues Rathaus – Ratsplenarsaal",
                "라이프치히 신시청사 – 시의회 본회의장",
                "Neues Rathaus – Council chamber",
            ),
            address=_CITY_HALL_ADDRESS,
            room=_l(
                "Sitzungssaal der Ratsversammlung",
                "시의회 회의장",
                "Session hall of the city council",
            ),
        ),
        city="Leipzig",
        timezone=BERLIN,
        capacity=150,
    )
    mayor_office = s.venues.create(
        **_de(
            name=_l(
                "Neues Rathaus – Büro des Oberbürgermeisters",
                "라이프치히 신시청사 – 시장 집무실",
                "Neues Rathaus – Lord Mayor's office",
            ),
            address=_CITY_HALL_ADDRESS,
            room=_l("Raum 200", "200호", "Room 200"),
        ),
        city="Leipzig",
        timezone=BERLIN,
        capacity=25,
    )
    mdbk = s.venues.create(
        **_de(
            name=_l(
                "Museum der bildenden Künste Leipzig (MdbK)",
                "라이프치히 조형예술박물관 (MdbK)",
                "Museum der bildenden Künste Leipzig (MdbK)",
            ),
            address=_l(
                "Katharinenstraße 10, 04109 Leipzig",
                "Katharinenstraße 10, 04109 Leipzig (라이프치히 카타리넨슈트라세 10)",
                "Katharinenstraße 10, 04109 Leipzig",
            ),
        ),
        city="Leipzig",
        timezone=BERLIN,
        contact="Besucherservice (Beispiel)",
    )
    hotel = s.venues.create(
        **_de(
            name=_l("Hotel am Ring (Beispiel)", "호텔 암 링 (예시)", "Hotel am Ring (sample)"),
            address=_l(
                "Richard-Wagner-Straße 1, 04109 Leipzig",
                "Richard-Wagner-Straße 1, 04109 Leipzig (라이프치히 리하르트바그너슈트라세 1)",
                "Richard-Wagner-Straße 1, 04109 Leipzig",
            ),
        ),
        city="Leipzig",
        timezone=BERLIN,
        contact="Rezeption +49 341 000-000 (Beispiel)",
    )
    restaurant = s.venues.create(
        **_de(
            name=_l(
                "Ratskeller Leipzig", "라츠켈러 라이프치히 (시청 레스토랑)", "Ratskeller Leipzig"
            ),
            address=_l(
                "Lotterstraße 1, 04109 Leipzig",
                "Lotterstraße 1, 04109 Leipzig (라이프치히 로터슈트라세 1)",
                "Lotterstraße 1, 04109 Leipzig",
            ),
        ),
        city="Leipzig",
        timezone=BERLIN,
        capacity=80,
    )
    gma_studio = s.venues.create(
        **_ko(
            name=_l(
                "Internationales Residenzatelier des Gwangju Museum of Art",
                "광주시립미술관 국제레지던시 스튜디오",
                "International Residency Studio, Gwangju Museum of Art",
            ),
            address=_l(
                "Haseo-ro 52, Buk-gu, Gwangju, Südkorea",
                "광주광역시 북구 하서로 52",
                "52 Haseo-ro, Buk-gu, Gwangju",
            ),
        ),
        city="Gwangju",
        timezone=SEOUL,
    )
    leipzig_studio = s.venues.create(
        **_de(
            name=_l(
                "Gastatelier der Stadt Leipzig (Beispiel)",
                "라이프치히시 게스트 스튜디오 (예시)",
                "Guest studio of the City of Leipzig (sample)",
            ),
            address=_l(
                "Spinnereistraße 7, 04179 Leipzig",
                "Spinnereistraße 7, 04179 Leipzig (라이프치히 슈피너라이슈트라세 7)",
                "Spinnereistraße 7, 04179 Leipzig",
            ),
        ),
        city="Leipzig",
        timezone=BERLIN,
    )

    jung = s.people.create(
        family_name="Jung",
        given_name="Burkhard",
        **_de(
            title=_l(
                "Oberbürgermeister der Stadt Leipzig", "라이프치히 시장", "Lord Mayor of Leipzig"
            ),
            organisation=_l("Stadt Leipzig", "라이프치히시", "City of Leipzig"),
        ),
        country="Germany",
        language="de",
        rank_id=de_rank[1],
        elected=True,
        in_office_since=date(2006, 8, 1),
        gift_jurisdiction="DE-SN-KOMMUNAL",
    )
    protocol = s.people.create(
        family_name="Schreiber",
        given_name="Anna",
        **_de(
            title=_l(
                "Leiterin des Protokolls (Beispiel)",
                "의전 책임자 (예시)",
                "Head of Protocol (sample)",
            ),
            organisation=_l(
                "Stadt Leipzig, Büro des Oberbürgermeisters",
                "라이프치히시 시장실",
                "City of Leipzig, Office of the Lord Mayor",
            ),
        ),
        country="Germany",
        email="protocol@example.org",
        phone="+49 341 000-001",
        language="de",
        rank_id=de_rank[5],
    )
    interpreter = s.people.create(
        family_name="Müller",
        given_name="Jiyoung",
        native_name="뮐러 지영",
        **_de(
            title=_l(
                "Dolmetscherin Deutsch–Koreanisch (Beispiel)",
                "독일어–한국어 통역사 (예시)",
                "Interpreter German–Korean (sample)",
            ),
            organisation=_l("Freiberuflich", "프리랜서", "Freelance"),
        ),
        country="Germany",
        phone="+49 170 000-002",
        language="de,ko",
    )
    museum_guide = s.people.create(
        family_name="Krüger",
        given_name="Thomas",
        **_de(
            title=_l(
                "Kurator für Bildung und Vermittlung (Beispiel)",
                "교육 담당 큐레이터 (예시)",
                "Curator of Education (sample)",
            ),
            organisation=_l(
                "Museum der bildenden Künste Leipzig",
                "라이프치히 조형예술박물관",
                "Museum der bildenden Künste Leipzig",
            ),
        ),
        country="Germany",
        language="de",
    )
    reich = s.people.create(
        family_name="Reich",
        given_name="Martin",
        **_de(
            title=_l("Künstler", "작가", "Artist"),
            organisation=_l("Leipzig", "라이프치히", "Leipzig"),
        ),
        country="Germany",
        language="de",
    )

    visit = s.visits.create(
        partnership_id=gwangju.id,
        **_de(
            title=_l(
                "Offizieller Besuch der Delegation aus Gwangju",
                "광주광역시 대표단 공식 방문",
                "Official visit of the Gwangju delegation",
            ),
            notes=_noted(
                "Delegation von 20 Personen unter Leitung von Bürgermeister Kang Gi-jung.",
                "강기정 시장이 이끄는 20명의 대표단.",
                "Delegation of 20 led by Mayor Kang Gi-jung.",
            ),
        ),
        direction=Direction.INCOMING,
        start_date=date(2023, 7, 25),
        end_date=date(2023, 7, 27),
        status=VisitStatus.COMPLETED,
        hotel_id=hotel.id,
    )
    member_ids: list[int] = []
    mayor_id = 0
    for rank, (family, given, hangul, title, role) in enumerate(_DELEGATION, start=1):
        position, elected, since = _DELEGATION_RANKS.get(family, (None, None, None))
        person = s.people.create(
            family_name=family,
            given_name=given,
            native_name=hangul,
            name_order=NameOrder.FAMILY_FIRST,
            **_ko(title=title, organisation=_GWANGJU_CITY),
            country="South Korea",
            language="ko",
            rank_id=ko_rank[position] if position is not None else None,
            elected=elected,
            in_office_since=since,
            gift_jurisdiction="KR-PUBLIC",
            **_SAMPLE_DIETS.get(rank, {}),
        )
        if rank == 1:
            mayor_id = person.id
        s.members.create(
            visit_id=visit.id,
            person_id=person.id,
            role=role,
            precedence=rank,
            arrival=to_utc(datetime(2023, 7, 25, 17, 40), BERLIN),
            departure=to_utc(datetime(2023, 7, 27, 11, 5), BERLIN),
            **_sample_stay(rank),
        )
        member_ids.append(person.id)
    s.visits.update(visit.id, head_id=mayor_id)
    # Leipzig's other hosts (created after the delegation: the ids above stay as they were).
    deputy_mayor = s.people.create(
        family_name="Lorenz",
        given_name="Stefan",
        **_de(
            title=_l(
                "Bürgermeister und Beigeordneter für Kultur (Beispiel)",
                "문화 담당 부시장 (예시)",
                "Deputy Mayor for Culture (sample)",
            ),
            organisation=_l("Stadt Leipzig", "라이프치히시", "City of Leipzig"),
        ),
        country="Germany",
        language="de,en",
        rank_id=de_rank[2],
        elected=False,
        in_office_since=date(2020, 6, 1),
        gift_jurisdiction="DE-SN-KOMMUNAL",
    )
    councillors = [
        s.people.create(
            family_name=family,
            given_name=given,
            **_de(
                title=_l(
                    "Mitglied des Stadtrats (Beispiel)",
                    "라이프치히 시의원 (예시)",
                    "City councillor (sample)",
                ),
                organisation=_l(
                    "Ratsversammlung der Stadt Leipzig",
                    "라이프치히 시의회",
                    "Leipzig City Council",
                ),
            ),
            country="Germany",
            language=language,
            rank_id=de_rank[3],
            elected=True,
            in_office_since=date(2019, 9, 1),
            born_on=born,
        )
        for family, given, language, born in (
            ("Vogel", "Katrin", "de,en", date(1975, 3, 12)),
            ("Baumann", "Michael", "de", date(1968, 11, 2)),
        )
    ]
    interpreter_of_guests = member_ids[[d[0] for d in _DELEGATION].index("Baek")]
    s.members.update(
        next(m.id for m in s.members.for_visit(visit.id) if m.person_id == interpreter_of_guests),
        interprets_for_id=mayor_id,
    )
    # The hosts of the home city on this visit, in list order.
    for person_id, role, principal in (
        (jung.id, MemberRole.HEAD, None),
        (deputy_mayor.id, MemberRole.DEPUTY, None),
        (councillors[0].id, MemberRole.OFFICIAL, None),
        (councillors[1].id, MemberRole.OFFICIAL, None),
        (protocol.id, MemberRole.STAFF, None),
        (interpreter.id, MemberRole.INTERPRETER, jung.id),
    ):
        s.hosts.create(
            visit_id=visit.id, person_id=person_id, role=role, interprets_for_id=principal
        )

    def item(
        day: int,
        start: tuple[int, int],
        end: tuple[int, int],
        title: dict[str, str],
        kind: ProgramKind,
        venue: int | None,
        host: int | None = None,
        *,
        notes: dict[str, str] | None = None,
        dress_code: dict[str, str] | None = None,
        **extra: object,
    ) -> int:
        texts = {"title": title}
        if notes:
            texts["notes"] = notes
        if dress_code:
            texts["dress_code"] = dress_code
        created = s.program.create(
            visit_id=visit.id,
            **_de(**texts),
            kind=kind,
            starts_at=to_utc(datetime(2023, 7, day, *start), BERLIN),
            ends_at=to_utc(datetime(2023, 7, day, *end), BERLIN),
            timezone=BERLIN,
            venue_id=venue,
            host_id=host,
            **extra,
        )
        return created.id

    formal = _l("Dunkler Anzug", "정장", "Business attire")
    item(
        25,
        (17, 40),
        (18, 30),
        _l(
            "Ankunft am Flughafen Leipzig/Halle und Transfer zum Hotel",
            "라이프치히/할레 공항 도착 및 호텔로 이동",
            "Arrival at Leipzig/Halle Airport and transfer to the hotel",
        ),
        ProgramKind.TRANSFER,
        hotel.id,
        protocol.id,
        notes=_l(
            "Der Bus wartet in der Ankunftshalle, Ausgang B.",
            "버스는 도착층 B 출구에서 기다립니다.",
            "Bus waits at arrivals, exit B.",
        ),
    )
    dinner = item(
        25,
        (19, 30),
        (21, 30),
        _l("Begrüßungsabendessen", "환영 만찬", "Welcome dinner"),
        ProgramKind.MEAL,
        restaurant.id,
        jung.id,
        dress_code=_l("Smart Casual", "비즈니스 캐주얼", "Business casual"),
    )
    item(
        26,
        (9, 30),
        (9, 50),
        _l("Transfer zum Neuen Rathaus", "신시청사로 이동", "Transfer to the Neues Rathaus"),
        ProgramKind.TRANSFER,
        rathaus.id,
        protocol.id,
        internal_notes="Polizeibegleitung telefonisch bestätigt; nicht drucken.",
    )
    item(
        26,
        (10, 0),
        (10, 30),
        _l(
            "Empfang durch Oberbürgermeister Burkhard Jung im Neuen Rathaus",
            "부르크하르트 융 라이프치히 시장 환영 접견",
            "Reception by Lord Mayor Burkhard Jung",
        ),
        ProgramKind.RECEPTION,
        rathaus.id,
        jung.id,
        dress_code=formal,
        notes=_l(
            "Begrüßung durch den Oberbürgermeister, Erwiderung durch Bürgermeister Kang.",
            "라이프치히 시장 환영사, 강기정 시장 답사.",
            "Welcome address by the Lord Mayor, reply by Mayor Kang.",
        ),
    )
    item(
        26,
        (10, 30),
        (10, 45),
        _l(
            "Eintragung in das Goldene Buch der Stadt Leipzig",
            "라이프치히시 황금방명록 서명",
            "Signing of the city guestbook",
        ),
        ProgramKind.GUESTBOOK,
        mayor_office.id,
        jung.id,
        dress_code=formal,
    )
    item(
        26,
        (10, 45),
        (11, 0),
        _l("Austausch der Gastgeschenke", "공식 선물 교환", "Exchange of official gifts"),
        ProgramKind.GIFT_EXCHANGE,
        mayor_office.id,
        jung.id,
        internal_notes="Geschenktüte im Vorzimmer.",
    )
    item(
        26,
        (11, 0),
        (11, 45),
        _l(
            "Ratsplenarsaal und die Pläne für den „Demokratiecampus“ am Matthäikirchhof",
            "시의회 본회의장 견학 및 마테이키르히호프 ‘민주주의 캠퍼스’ 계획 소개",
            "Council session hall and the Matthäikirchhof “Demokratiecampus” plans",
        ),
        ProgramKind.TOUR,
        council_hall.id,
        protocol.id,
        notes=_l(
            "Vorstellung der Pläne für den Demokratiecampus am Matthäikirchhof.",
            "마테이키르히호프 민주주의 캠퍼스 계획 발표.",
            "Presentation of the plans for the Demokratiecampus at the Matthäikirchhof.",
        ),
    )
    item(
        26,
        (12, 0),
        (13, 30),
        _l("Mittagessen", "점심 식사", "Lunch"),
        ProgramKind.MEAL,
        restaurant.id,
        protocol.id,
    )
    item(
        26,
        (14, 0),
        (16, 0),
        _l(
            "Museum der bildenden Künste: „Re-Connect: Kunst und Kampf im Bruderland“",
            "라이프치히 조형예술박물관: 〈Re-Connect: 형제국의 예술과 투쟁〉 관람",
            "Museum der bildenden Künste: “Re-Connect: Kunst und Kampf im Bruderland”",
        ),
        ProgramKind.MUSEUM,
        mdbk.id,
        museum_guide.id,
        notes=_l(
            "Führung auf Deutsch mit Dolmetschung ins Koreanische.",
            "독일어 해설, 한국어 통역 제공.",
            "Guided tour in German with Korean interpretation.",
        ),
    )
    item(
        26,
        (16, 15),
        (16, 45),
        _l(
            "Pressefoto auf der Museumstreppe",
            "미술관 계단에서 언론 사진 촬영",
            "Press photo on the museum steps",
        ),
        ProgramKind.PRESS,
        mdbk.id,
        protocol.id,
    )
    item(
        26, (17, 0), (19, 0), _l("Freizeit", "자유 시간", "Free time"), ProgramKind.FREE_TIME, None
    )
    item(
        27,
        (8, 0),
        (9, 15),
        _l(
            "Check-out und Transfer zum Flughafen",
            "체크아웃 및 공항으로 이동",
            "Check-out and transfer to the airport",
        ),
        ProgramKind.TRANSFER,
        hotel.id,
        protocol.id,
    )
    s.program.set_attendees(
        s.program.for_visit(visit.id)[9].id, [mayor_id, member_ids[16], member_ids[17]]
    )
    # The welcome dinner's seating: two round tables, placed by the international rule
    # (Kang Gi-jung on Burkhard Jung's right, the interpreters beside them).
    plan = s.seating.create_plan(
        dinner,
        tables=((TableShape.ROUND, 14, "1"), (TableShape.ROUND, 14, "2")),
        notes="Tischordnung nach internationaler Regel (Beispiel).",
    )
    s.seating.auto_place(plan.id)

    s.gifts.create(
        visit_id=visit.id,
        direction=GiftDirection.GIVEN,
        **_de(
            description=_l(
                "Stiftablage aus Meissener Porzellan",
                "마이센 도자기 펜 트레이",
                "Meissen porcelain pen tray",
            ),
            circumstances=_l(
                "Offizielles Gastgeschenk der Stadt Leipzig anlässlich des Besuchs",
                "방문을 기념하는 라이프치히시의 공식 선물",
                "Official gift of the City of Leipzig on the occasion of the visit",
            ),
        ),
        maker="Staatliche Porzellan-Manufaktur Meissen",
        giver_id=jung.id,
        recipient_id=mayor_id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("185.00"),
        value_currency="EUR",
        valuation_basis="Kaufpreis (Beispiel)",
        disposition="Dem Bürgermeister von Gwangju übergeben",
        inventory_number="LE-G-2023-014",
    )
    s.gifts.create(
        visit_id=visit.id,
        direction=GiftDirection.RECEIVED,
        **_de(
            description=_l(
                "Porzellanteller mit einem Stadtmotiv von Gwangju",
                "광주의 도시 풍경을 담은 도자기 접시",
                "Porcelain plate with a city motif of Gwangju",
            ),
            circumstances=_l(
                "Offizielles Gastgeschenk der Metropolstadt Gwangju",
                "광주광역시의 공식 선물",
                "Official gift of Gwangju Metropolitan City",
            ),
        ),
        maker="Keramikwerkstatt in Gwangju (Beispiel)",
        giver_id=mayor_id,
        recipient_id=jung.id,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("120.00"),
        value_currency="EUR",
        valuation_basis="Schätzung des Protokolls (Beispiel)",
        disposition="Vitrine, Büro des Oberbürgermeisters",
        inventory_number="LE-R-2023-022",
    )
    s.guestbook.create(
        visit_id=visit.id,
        book=GuestbookKind.CITY_GUESTBOOK,
        signer_id=mayor_id,
        signed_on=date(2023, 7, 26),
        occasion="Offizieller Besuch des Bürgermeisters von Gwangju",
        volume="XII",
        page="87",
    )

    outgoing = s.residencies.create(
        **_de(
            title=_l(
                "Martin Reich im Gwangju Museum of Art",
                "마르틴 라이히, 광주시립미술관 레지던시",
                "Martin Reich at the Gwangju Museum of Art",
            ),
            notes=_noted("", "", ""),
        ),
        artist_id=reich.id,
        partnership_id=gwangju.id,
        direction=Direction.OUTGOING,
        home_institution="Stadt Leipzig, Kulturamt",
        host_institution="Gwangju Museum of Art",
        studio_id=gma_studio.id,
        start_date=date(2023, 3, 1),
        end_date=date(2023, 5, 31),
        status=ResidencyStatus.COMPLETED,
        budget_amount=Decimal("9000.00"),
        budget_currency="EUR",
    )
    counter = s.residencies.create(
        **_de(
            title=_l(
                "Gegenresidenz: Kunstschaffende aus Gwangju in Leipzig",
                "교환 레지던시: 광주 작가의 라이프치히 체류",
                "Counter-residency: an artist from Gwangju in Leipzig",
            ),
            notes=_noted(
                "Künstlerin oder Künstler noch nicht benannt.",
                "작가 미정.",
                "Artist not yet named.",
            ),
        ),
        partnership_id=gwangju.id,
        direction=Direction.INCOMING,
        home_institution="Gwangju Museum of Art",
        host_institution="Stadt Leipzig, Kulturamt",
        studio_id=leipzig_studio.id,
        start_date=date(2024, 9, 1),
        end_date=date(2024, 11, 30),
        status=ResidencyStatus.PROPOSED,
        counterpart_id=outgoing.id,
        budget_amount=Decimal("9000.00"),
        budget_currency="EUR",
    )
    s.residencies.update(outgoing.id, counterpart_id=counter.id)
    for title, due, done in (
        ("Offenes Atelier in Gwangju", date(2023, 5, 20), True),
        ("Künstlergespräch im Gwangju Museum of Art", date(2023, 5, 25), True),
        ("Bericht an das Kulturamt", date(2023, 7, 31), True),
    ):
        s.deliverables.create(residency_id=outgoing.id, title=title, due_date=due, done=done)
    s.deliverables.create(
        residency_id=counter.id, title="Offenes Atelier in Leipzig", due_date=date(2024, 11, 22)
    )
    for kind, due, done in (
        (ChecklistKind.INVITATION_LETTER, date(2022, 11, 30), date(2022, 11, 28)),
        (ChecklistKind.VISA, date(2023, 1, 31), date(2023, 1, 20)),
        (ChecklistKind.TRAVEL, date(2023, 2, 1), date(2023, 1, 25)),
        (ChecklistKind.ACCOMMODATION, date(2023, 2, 1), date(2023, 1, 30)),
        (ChecklistKind.INSURANCE, date(2023, 2, 15), date(2023, 2, 10)),
        (ChecklistKind.ARRIVAL, date(2023, 3, 1), date(2023, 3, 1)),
        (ChecklistKind.OPEN_STUDIO, date(2023, 5, 20), date(2023, 5, 20)),
        (ChecklistKind.REPORT, date(2023, 7, 31), date(2023, 7, 28)),
    ):
        s.checklist.create(residency_id=outgoing.id, kind=kind, due_date=due, done_on=done)
    for kind, due in (
        (ChecklistKind.INVITATION_LETTER, date(2024, 3, 31)),
        (ChecklistKind.VISA, date(2024, 6, 30)),
        (ChecklistKind.TRAVEL, date(2024, 7, 15)),
        (ChecklistKind.ACCOMMODATION, date(2024, 7, 15)),
        (ChecklistKind.INSURANCE, date(2024, 8, 15)),
        (ChecklistKind.ARRIVAL, date(2024, 9, 1)),
        (ChecklistKind.OPEN_STUDIO, date(2024, 11, 22)),
        (ChecklistKind.REPORT, date(2024, 12, 31)),
    ):
        s.checklist.create(residency_id=counter.id, kind=kind, due_date=due)

    exhibition = s.exhibitions.create(
        **_de(
            title=_l(
                "Re-Connect: Kunst und Kampf im Bruderland",
                "Re-Connect: 형제국의 예술과 투쟁",
                "Re-Connect: Art and Struggle in the Brother Country",
            ),
            description=_l(
                "Ausstellung des Museums der bildenden Künste Leipzig; von der Delegation aus "
                "Gwangju am 26. Juli 2023 besucht. Die Daten in diesem Beispiel sind ungefähr.",
                "라이프치히 조형예술박물관 전시. 광주 대표단이 2023년 7월 26일에 관람했습니다. "
                "이 예시의 날짜는 대략적입니다.",
                "Exhibition of the Museum der bildenden Künste Leipzig; visited by the Gwangju "
                "delegation on 26 July 2023. Dates in this sample are approximate.",
            ),
        ),
        venue_id=mdbk.id,
        start_date=date(2023, 3, 30),
        end_date=date(2023, 9, 3),
        partnership_id=gwangju.id,
    )
    s.exhibitions.set_links(exhibition.id, "visits", [visit.id])
    _sample_logistics(s, visit.id, hotel.id, rathaus.id, protocol.id, interpreter.id, jung.id)
    _sample_gift_register(s, visit.id, member_ids, deputy_mayor.id)

    return {
        "partnership": gwangju.id,
        "visit": visit.id,
        "mayor": mayor_id,
        "lord_mayor": jung.id,
        "residency_outgoing": outgoing.id,
        "residency_incoming": counter.id,
        "exhibition": exhibition.id,
        "interpreter": interpreter.id,
        "protocol": protocol.id,
        "deputy_mayor": deputy_mayor.id,
        "dinner": dinner,
        "dinner_plan": plan.id,
    }


def write_sample(path: Path, *, force: bool = False) -> Path:
    """Write the sample database to ``path``; an existing file is replaced only with ``force``."""
    path = Path(path)
    if path.exists():
        if not force:
            raise ExchangePlannerError(f"{path} already exists; use --force to replace it")
        reason = unwritable_reason(path)
        if reason is not None:
            raise DatabaseReadOnlyError(
                f"{path} cannot be replaced ({reason}); make it writable or choose another file"
            )
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    db = open_database(path)
    try:
        build_sample(Services.for_database(db))
    finally:
        db.dispose()
    return path
