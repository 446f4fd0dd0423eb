"""Document languages: labels in German, English and Korean, alone or bilingual.

A document language is one of :data:`LANGUAGES`. Bilingual documents ("de+ko", "de+en") show
every label in both languages ("Programm / 일정") and dates in both forms on the cover and
in day headings; dates and amounts are formatted with babel for each locale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from exchange_planner.domain.amounts import money, number
from exchange_planner.domain.errors import ValidationError
from exchange_planner.domain.names import (
    Named,
    display_name,
    is_family_first,
    latin_name,
    own_script_name,
)

LANGUAGES: tuple[str, ...] = ("de", "en", "ko", "de+ko", "de+en")
LANGUAGE_NAMES: dict[str, str] = {
    "de": "Deutsch",
    "en": "English",
    "ko": "한국어",
    "de+ko": "Deutsch + 한국어",
    "de+en": "Deutsch + English",
}
_LOCALES = {"de": "de_DE", "en": "en_GB", "ko": "ko_KR"}

#: key -> (German, English, Korean). Placeholders in braces are filled by ``label(**values)``.
#: German terms as in the interface: a person's title/position is the "Funktion", a member's
#: part in the delegation the "Rolle" (Delegationsleitung, Stellvertretung, Amtsträger/in, ...).
LABELS: dict[str, tuple[str, str, str]] = {
    "itinerary": ("Besuchsprogramm", "Itinerary", "방문 일정"),
    "personal_itinerary": ("Persönliches Programm", "Personal itinerary", "개인 일정"),
    "for_person": ("für {name}", "for {name}", "{name} 님"),
    "gift_protocol": ("Geschenkprotokoll", "Gift protocol", "선물 기록부"),
    "gift_protocol_year": (
        "Geschenkprotokoll {year}",
        "Gift protocol {year}",
        "{year}년 선물 기록부",
    ),
    "as_of": ("Stand", "As of", "기준"),
    "version": ("Version", "Version", "버전"),
    "not_recorded": (
        "nicht vermerkt: Datenbank schreibgeschützt geöffnet",
        "not recorded: the database was opened read-only",
        "기록되지 않음: 데이터베이스가 읽기 전용으로 열림",
    ),
    "page_of": ("Seite {page} von {pages}", "Page {page} of {pages}", "{pages}쪽 중 {page}쪽"),
    "head_of_delegation": ("Delegationsleitung", "Head of delegation", "대표단장"),
    "dates": ("Zeitraum", "Dates", "기간"),
    "incoming": ("Besuch in {city}", "Visit to {city}", "{city} 방문"),
    "delegation": ("Delegation", "Delegation", "대표단"),
    "members_count": ("{count} Personen", "{count} persons", "{count}명"),
    "number": ("Nr.", "No.", "번호"),
    "name": ("Name", "Name", "성명"),
    "own_script": ("Originalschrift", "Own script", "원어"),
    "title": ("Funktion", "Title", "직함"),
    "role": ("Rolle", "Role", "역할"),
    "program": ("Programm", "Programme", "일정"),
    "time": ("Zeit", "Time", "시간"),
    "home_time": ("Zeit {city}", "{city} time", "{city} 시간"),
    "local_time": ("Ortszeit", "Local time", "현지 시간"),
    "item": ("Programmpunkt", "Programme item", "일정 내용"),
    "venue": ("Ort", "Venue", "장소"),
    "room": ("Raum", "Room", "호실"),
    "hotel_room": ("Zimmer", "Room", "객실"),
    "host": ("Gastgeber", "Host", "주최"),
    "dress_code": ("Kleidung", "Dress code", "복장"),
    "notes": ("Hinweise", "Notes", "참고"),
    "no_items": ("Keine Programmpunkte.", "No programme items.", "일정이 없습니다."),
    "changes_since": (
        "Änderungen seit Version {version}",
        "Changes since version {version}",
        "버전 {version} 이후 변경 사항",
    ),
    "printed_on": (
        "Version {version} gedruckt am {date}",
        "Version {version} printed on {date}",
        "버전 {version} 인쇄: {date}",
    ),
    "change": ("Änderung", "Change", "변경"),
    "change_added": ("Neu", "Added", "추가"),
    "change_cancelled": ("Entfällt", "Cancelled", "취소"),
    "change_moved": ("Verlegt", "Moved", "변경"),
    "before": ("Bisher", "Before", "이전"),
    "now": ("Jetzt", "Now", "현재"),
    "no_changes": (
        "Keine Änderungen am Programm seit Version {version}.",
        "No changes to the programme since version {version}.",
        "버전 {version} 이후 일정 변경이 없습니다.",
    ),
    "contacts": ("Kontakte", "Contacts", "연락처"),
    "hosts": ("Gastgeber", "Hosts", "주최 측"),
    "interpreters": ("Dolmetscher", "Interpreters", "통역"),
    # Place cards and name badges (reports/place_cards.py, reports/badges.py).
    "place_cards": ("Tischkarten", "Place cards", "좌석 명패"),
    "name_badges": ("Namensschilder", "Name badges", "명찰"),
    "table_seat": (
        "Tisch {table} · Platz {seat}",
        "Table {table} · seat {seat}",
        "테이블 {table} · 좌석 {seat}",
    ),
    "hotel": ("Hotel", "Hotel", "호텔"),
    "phone": ("Telefon", "Phone", "전화"),
    "email": ("E-Mail", "E-mail", "이메일"),
    "organisation": ("Organisation", "Organisation", "소속"),
    "contact": ("Kontakt", "Contact", "연락처"),
    "address": ("Adresse", "Address", "주소"),
    "given": ("Überreichte Geschenke", "Gifts given", "증정한 선물"),
    "received": ("Erhaltene Geschenke", "Gifts received", "받은 선물"),
    "none": ("Keine.", "None.", "없음."),
    "date": ("Datum", "Date", "날짜"),
    "giver": ("Geber", "Giver", "증정자"),
    "recipient": ("Empfänger", "Recipient", "수령자"),
    "description": ("Beschreibung", "Description", "내용"),
    "maker": ("Hersteller", "Maker", "제작자"),
    "value": ("Geschätzter Wert", "Estimated value", "추정 가액"),
    "valuation_basis": ("Grundlage der Schätzung", "Basis of valuation", "가액 산정 근거"),
    "circumstances": ("Anlass", "Circumstances", "증정 경위"),
    "disposition": ("Verbleib", "Disposition / location", "처리 및 보관 장소"),
    "inventory_number": ("Inventarnummer", "Inventory number", "목록 번호"),
    "visit": ("Besuch", "Visit", "방문"),
    "totals": ("Summen", "Totals", "합계"),
    "direction": ("Richtung", "Direction", "구분"),
    "direction_given": ("überreicht", "given", "증정"),
    "direction_received": ("erhalten", "received", "수령"),
    "currency": ("Währung", "Currency", "통화"),
    "count": ("Anzahl", "Count", "건수"),
    "sum": ("Summe", "Total", "합계액"),
    "no_value": ("ohne Wertangabe", "without value", "가액 미상"),
    "threshold": ("Meldegrenze", "Reporting threshold", "신고 기준"),
    "threshold_reached": (
        "Meldegrenze von {limit} für das Amt des Empfängers erreicht",
        "Reaches the reporting threshold of {limit} for the recipient's office",
        "수령자 직위의 신고 기준({limit})에 해당",
    ),
    "flags": ("Meldepflichtige Geschenke", "Gifts to be reported", "신고 대상 선물"),
    # The yearly gift register (reports/gift_register.py, services/gift_register_xlsx.py).
    "gift_register": ("Geschenkregister", "Gift register", "선물 등록부"),
    "gift_register_year": (
        "Geschenkregister {year}",
        "Gift register {year}",
        "{year}년 선물 등록부",
    ),
    "gift_value": ("Wert", "Value", "가액"),
    "rate": ("Kurs (je 1 EUR)", "Rate (per 1 EUR)", "환율 (1유로당)"),
    "rate_date": ("Kursdatum", "Rate date", "환율 기준일"),
    "rate_source": ("Kursquelle", "Rate source", "환율 출처"),
    "value_eur": ("Wert in EUR", "Value in EUR", "유로 환산액"),
    "gift_rule": ("Regel", "Rule", "적용 규정"),
    "crossed_limit": ("Erreichte Grenze", "Limit reached", "해당 기준"),
    "consequence": ("Folge", "Consequence", "조치"),
    "current_disposition": ("Verbleib (aktuell)", "Current disposition", "현재 처리"),
    "place": ("Ort", "Place", "장소"),
    "rate_missing": ("Kurs fehlt", "rate missing", "환율 없음"),
    "rate_missing_excluded": (
        "{count} ohne Kurs: nicht in der Summe",
        "{count} without a rate: not in the total",
        "환율 없음 {count}건: 합계에서 제외",
    ),
    "unvalued_excluded": (
        "{count} ohne Wertangabe",
        "{count} without a value",
        "가액 미상 {count}건",
    ),
    "total_eur": ("Summe in EUR", "Total in EUR", "유로 합계"),
    "gifts_count": ("Geschenke", "Gifts", "선물 수"),
    "rule_undetermined": (
        "nicht prüfbar: Kurs der Grenzwährung fehlt",
        "cannot be checked: no rate for the limit's currency",
        "확인 불가: 기준 통화 환율 없음",
    ),
    "rules_sources": (
        "Angewandte Regeln und ihre Quellen",
        "Rules applied and their sources",
        "적용 규정 및 출처",
    ),
    "rule_period": ("gültig {start} – {end}", "in force {start} – {end}", "시행 {start} – {end}"),
    "rule_open": ("offen", "open", "현재"),
    "limits": ("Grenzen", "Limits", "기준"),
    "source": ("Quelle", "Source", "출처"),
    "valuation": ("Bewertung", "Valuation", "가액 산정"),
    "register_note": (
        "Werte in EUR zum Kurs am Tag des Geschenks (Kurs, Datum und Quelle je Zeile). "
        "Geschenke in fremder Währung ohne Kurs sind markiert und nicht in den Summen.",
        "Values in EUR at the rate of the gift's day (rate, date and source on each row). "
        "Gifts in another currency without a rate are marked and left out of the totals.",
        "유로 환산액은 선물 일자의 환율 기준 (환율·기준일·출처는 각 행에 표시). "
        "환율이 없는 외화 선물은 표시되며 합계에서 제외됩니다.",
    ),
    "disposition_kept": ("behalten", "kept", "보유"),
    "disposition_handed_over": ("abgegeben", "handed over", "인계"),
    "disposition_displayed": ("ausgestellt", "displayed", "전시"),
    "disposition_stored": ("eingelagert", "stored", "보관"),
    "disposition_loaned": ("verliehen", "loaned", "대여"),
    "disposition_returned": ("zurückgegeben", "returned", "반환"),
    "disposition_disposed": ("ausgesondert", "disposed of", "폐기"),
    "prepared_by": ("Erstellt von", "Prepared by", "작성자"),
    "approved_by": ("Genehmigt von", "Approved by", "승인자"),
    "date_signature": ("Datum, Unterschrift", "Date, signature", "날짜, 서명"),
    # Order of precedence and seating plan (reports/precedence_list.py, seating_plan.py).
    "precedence_list": ("Protokollarische Rangfolge", "Order of precedence", "의전 서열"),
    "seating_plan": ("Sitzordnung", "Seating plan", "좌석 배치도"),
    "side": ("Seite", "Side", "구분"),
    "side_delegation": ("Delegation", "Delegation", "방문단"),
    "side_host": ("Gastgeber", "Hosts", "주최 측"),
    "rank": ("Rang", "Rank", "직급"),
    "marks": ("Zeichen", "Marks", "표시"),
    "legend": ("Zeichenerklärung", "Legend", "범례"),
    "legend_overridden": (
        "Platz von Hand gesetzt (Grund in den Hinweisen)",
        "Place set by hand (reason in the notes)",
        "서열 수동 지정 (사유는 참고란)",
    ),
    "legend_unranked": (
        "ohne Rang: nach allen mit Rang eingeordnet",
        "no rank: placed after everyone with a rank",
        "직급 없음: 직급이 있는 모든 사람 뒤에 배치",
    ),
    "legend_tie_alphabetical": (
        "gleicher Rang ohne weiteres Merkmal: alphabetisch entschieden",
        "equal rank and nothing else to tell: decided alphabetically",
        "동일 직급, 다른 기준 없음: 가나다(알파벳)순으로 결정",
    ),
    "legend_tie_breakers": (
        "Bei gleichem Rang: gewählt vor ernannt, länger im Amt, älter, dann Name.",
        "Equal ranks: elected before appointed, longer in office, older, then name.",
        "동일 직급: 선출직 우선, 재임 기간, 연령, 이름 순.",
    ),
    "legend_host_rows": (
        "Grau hinterlegt: Gastgeber der Stadt.",
        "Shaded: the home city's hosts.",
        "회색 음영: 주최 도시 측 참석자.",
    ),
    "override_note": (
        "Platz gesetzt (berechnet: {place})",
        "place set (computed: {place})",
        "서열 지정 (산정 서열: {place})",
    ),
    "interprets_for": ("dolmetscht für {name}", "interprets for {name}", "{name} 통역"),
    "precedence_error": (
        "Die Rangfolge konnte nicht berechnet werden",
        "The order of precedence could not be computed",
        "의전 서열을 산정할 수 없습니다",
    ),
    "no_participants": ("Keine Teilnehmer.", "No participants.", "참석자가 없습니다."),
    "table": ("Tisch", "Table", "테이블"),
    "seat": ("Platz", "Seat", "좌석"),
    "seats_count": ("{count} Plätze", "{count} seats", "{count}석"),
    "behind_seat": ("hinter Platz {seat}", "behind seat {seat}", "{seat}번 좌석 뒤"),
    "who_sits_where": ("Wer sitzt wo", "Who sits where", "좌석 안내"),
    "host_mark": ("Gastgeber", "Host", "주최자"),
    "guest_of_honour": ("Ehrengast", "Guest of honour", "주빈"),
    "unseated": ("Ohne Platz", "Without a seat", "좌석 미배정"),
    "rule_international": (
        "Internationale Regel: Ehrengast rechts vom Gastgeber",
        "International rule: guest of honour on the host's right",
        "국제 관례: 주빈은 주최자의 오른쪽",
    ),
    "rule_german": (
        "Deutsche Regel: Ehrengast links vom Gastgeber",
        "German rule: guest of honour on the host's left",
        "독일식 관례: 주빈은 주최자의 왼쪽",
    ),
    "seating_legend_sides": (
        "Dunkler Kreis: Delegation · heller Kreis: Gastgeber der Stadt · Platz 1: Gastgeber",
        "Dark circle: delegation · light circle: the home city · seat 1: the host",
        "진한 원: 방문단 · 연한 원: 주최 측 · 1번 좌석: 주최자",
    ),
    "seating_order_note": (
        "Plätze im Uhrzeigersinn nummeriert, von oben gesehen.",
        "Seats numbered clockwise seen from above.",
        "좌석 번호는 위에서 보아 시계 방향.",
    ),
    "role_head": ("Delegationsleitung", "Head of delegation", "단장"),
    "role_host_head": ("Gastgeber/in", "Host", "주최자"),
    "role_deputy": ("Stellvertretung", "Deputy head", "부단장"),
    "role_official": ("Amtsträger/in", "Official", "공식 수행원"),
    "role_staff": ("Mitarbeiter/in", "Staff", "실무진"),
    "role_interpreter": ("Dolmetscher/in", "Interpreter", "통역사"),
    "role_press": ("Presse", "Press", "언론"),
    "role_driver": ("Fahrer/in", "Driver", "운전기사"),
    "role_security": ("Sicherheit", "Security", "경호"),
    "role_guest": ("Gast", "Guest", "게스트"),
    # A member's own travel and stay on the personal itinerary (reports/itinerary.py).
    "travel_and_stay": ("Reise und Unterkunft", "Travel and stay", "도착·출발 및 숙소"),
    "arrival": ("Anreise", "Arrival", "도착"),
    "departure": ("Abreise", "Departure", "출발"),
    "terminal": ("Terminal {terminal}", "Terminal {terminal}", "{terminal} 터미널"),
    "pickup": ("Abholung", "Pick-up", "픽업"),
    "shares_with": ("gemeinsam mit {names}", "shares with {names}", "{names} 님과 같은 방"),
    "mobile": ("Mobil", "Mobile", "휴대전화"),
    "mode_flight": ("Flug", "Flight", "항공편"),
    "mode_train": ("Bahn", "Train", "열차"),
    "mode_car": ("Auto", "Car", "자동차"),
    "mode_bus": ("Bus", "Bus", "버스"),
    "mode_other": ("Sonstiges", "Other", "기타"),
    "room_single": ("Einzelzimmer", "single room", "싱글룸"),
    "room_double": ("Doppelzimmer", "double room", "더블룸"),
    "room_twin": ("Zweibettzimmer", "twin room", "트윈룸"),
    "room_triple": ("Dreibettzimmer", "triple room", "트리플룸"),
    "room_suite": ("Suite", "suite", "스위트룸"),
}

# Transport plan and driver sheets (reports/transport.py).
LABELS.update(
    {
        "transport_plan": ("Transportplan", "Transport plan", "차량 운행 계획"),
        "driver_sheet": ("Fahrerblatt", "Driver sheet", "운전기사 안내서"),
        "transfer": ("Transfer", "Transfer", "이동"),
        "transfers": ("Transfers", "Transfers", "이동 일정"),
        "vehicle": ("Fahrzeug", "Vehicle", "차량"),
        "vehicles": ("Fahrzeuge", "Vehicles", "차량"),
        "driver": ("Fahrer/in", "Driver", "운전기사"),
        "passengers": ("Fahrgäste", "Passengers", "탑승자"),
        "passengers_count": ("{count} Fahrgäste", "{count} passengers", "탑승자 {count}명"),
        "seats_of": (
            "{count} von {seats} Plätzen",
            "{count} of {seats} seats",
            "{seats}석 중 {count}석",
        ),
        "plate": ("Kennzeichen", "Number plate", "차량 번호"),
        "company": ("Unternehmen", "Company", "운수 회사"),
        "departure_time": ("Abfahrt", "Departure", "출발"),
        "arrival_time": ("Ankunft", "Arrival", "도착"),
        "from_place": ("Von", "From", "출발지"),
        "to_place": ("Nach", "To", "도착지"),
        "no_vehicle": (
            "Kein Fahrzeug zugeteilt.",
            "No vehicle assigned.",
            "배정된 차량이 없습니다.",
        ),
        "no_transfers": ("Keine Transfers.", "No transfers.", "이동 일정이 없습니다."),
        "no_passengers": ("Keine Fahrgäste.", "No passengers.", "탑승자가 없습니다."),
        "no_vehicles": ("Keine Fahrzeuge.", "No vehicles.", "차량이 없습니다."),
        "no_seat_number": ("ohne Platznummer", "no seat number", "좌석 번호 없음"),
        "place_unknown": ("(Ort fehlt)", "(place missing)", "(장소 미정)"),
        "transport_open": ("Offene Punkte", "Open points", "미해결 사항"),
        "kind_car": ("Pkw", "Car", "승용차"),
        "kind_van": ("Kleinbus", "Van", "밴"),
        "kind_minibus": ("Minibus", "Minibus", "미니버스"),
        "kind_bus": ("Reisebus", "Coach", "버스"),
        "your_trips": ("Ihre Fahrten", "Your trips", "운행 일정"),
        "language": ("Sprache", "Language", "언어"),
    }
)


#: The catering summary (reports/catering.py): its labels and the dietary requirements.
CATERING_LABELS: dict[str, tuple[str, str, str]] = {
    "catering_summary": ("Verpflegungsübersicht", "Catering summary", "케이터링 요약"),
    "meal_kind_meal": ("Essen", "Meal", "식사"),
    "meal_kind_reception": ("Empfang", "Reception", "리셉션"),
    "headcount": ("Personenzahl", "Headcount", "인원"),
    "headcount_split": (
        "{total} (Delegation {delegation}, Gastgeber {hosts})",
        "{total} (delegation {delegation}, hosts {hosts})",
        "{total}명 (방문단 {delegation}명, 주최 측 {hosts}명)",
    ),
    "requirements": ("Ernährungsvorgaben", "Dietary requirements", "식단 요구 사항"),
    "requirement": ("Vorgabe", "Requirement", "요구 사항"),
    "persons": ("Personen", "Persons", "인원"),
    "no_requirements": (
        "Keine besonderen Vorgaben.",
        "No special requirements.",
        "특별한 요구 사항이 없습니다.",
    ),
    "without_requirements": (
        "Ohne besondere Vorgaben",
        "Without special requirements",
        "특별 요구 사항 없음",
    ),
    "by_name": ("Namentlich", "By name", "개인별 안내"),
    "all_by_name": ("Alle Vorgaben namentlich", "All requirements by name", "전체 개인별 안내"),
    "dietary_note": ("Hinweis", "Note", "참고 사항"),
    "accessibility_note": ("Barrierefreiheit", "Accessibility", "접근성"),
    "withheld": (
        "{count} Teilnehmende mit nicht gedrucktem Hinweis: bitte beim Protokoll nachfragen",
        "{count} attendees with a withheld note: ask the protocol office",
        "비공개 참고 사항이 있는 참석자 {count}명: 의전 담당 부서에 문의하십시오",
    ),
    "withheld_one": (
        "1 Teilnehmende/r mit nicht gedrucktem Hinweis: bitte beim Protokoll nachfragen",
        "1 attendee with a withheld note: ask the protocol office",
        "비공개 참고 사항이 있는 참석자 1명: 의전 담당 부서에 문의하십시오",
    ),
    "consent_rule": (
        "Angaben zu Gesundheit oder Religion (Allergien, Unverträglichkeiten, Diabetes, "
        "kein Schweinefleisch, halal, koscher, kein Alkohol, Sonstiges) und freie Hinweise "
        "werden nur mit Einwilligung der Person gedruckt. Namen stehen nur, wo die Küche sie "
        "braucht.",
        "Health- or religion-related details (allergies, intolerances, diabetes, no pork, "
        "halal, kosher, no alcohol, other) and free-text notes are printed only with the "
        "person's consent. Names are given only where the kitchen needs them.",
        "건강 또는 종교 관련 정보(알레르기, 불내증, 당뇨, 돼지고기 제외, 할랄, 코셔, 무알코올, "
        "기타)와 자유 기재 참고 사항은 본인이 동의한 경우에만 인쇄됩니다. 이름은 주방에 "
        "필요한 경우에만 표시됩니다.",
    ),
    "no_meals": (
        "Keine Mahlzeiten oder Empfänge.",
        "No meals or receptions.",
        "식사 또는 리셉션이 없습니다.",
    ),
    "diet_vegetarian": ("vegetarisch", "vegetarian", "채식"),
    "diet_vegan": ("vegan", "vegan", "비건"),
    "diet_no_pork": ("kein Schweinefleisch", "no pork", "돼지고기 제외"),
    "diet_halal": ("halal", "halal", "할랄"),
    "diet_kosher": ("koscher", "kosher", "코셔"),
    "diet_no_alcohol": ("kein Alkohol", "no alcohol", "무알코올"),
    "diet_gluten_free": ("glutenfrei", "gluten-free", "글루텐 제외"),
    "diet_lactose_free": ("laktosefrei", "lactose-free", "유당 제외"),
    "diet_nut_allergy": ("Nussallergie", "nut allergy", "견과류 알레르기"),
    "diet_seafood_allergy": (
        "Allergie gegen Meeresfrüchte",
        "seafood allergy",
        "해산물 알레르기",
    ),
    "diet_diabetic": ("Diabetes", "diabetic", "당뇨"),
    "diet_other": ("Sonstiges", "other", "기타"),
}
LABELS.update(CATERING_LABELS)
#: The run-of-show (reports/run_of_show.py): the staff's internal plan.
RUN_OF_SHOW_LABELS: dict[str, tuple[str, str, str]] = {
    "run_of_show": ("Ablaufplan (intern)", "Run of show (internal)", "세부 진행 계획 (내부용)"),
    "run_of_show_note": (
        "Nur für den Dienstgebrauch: mit internen Hinweisen, Zuständigkeiten, Stichworten und "
        "Fahrzeugen. Nicht an Gäste weitergeben.",
        "For staff only: with internal notes, responsibilities, cues and vehicles. "
        "Not to be handed to guests.",
        "내부 업무용: 내부 참고 사항, 담당자, 진행 큐, 차량 포함. 방문단에게 배포하지 마십시오.",
    ),
    "responsible": ("Verantwortlich", "Responsible", "담당"),
    "internal_notes": ("Interne Hinweise", "Internal notes", "내부 참고"),
    "internal_notes_cars": (
        "Interne Hinweise, Fahrzeuge",
        "Internal notes, vehicles",
        "내부 참고, 차량",
    ),
    "route": ("Strecke", "Route", "이동 경로"),
    "vehicles": ("Fahrzeuge", "Vehicles", "차량"),
    "ros_no_vehicle": ("noch keines zugeteilt", "none assigned yet", "아직 배정되지 않음"),
    "driver": ("Fahrer/in", "Driver", "운전기사"),
}
LABELS.update(RUN_OF_SHOW_LABELS)


def check_language(code: str) -> str:
    """The language code if supported, else ValidationError naming the field ``lang``."""
    value = (code or "").strip().lower()
    if value not in LANGUAGES:
        raise ValidationError(
            "lang", f"'{code}' is not a document language; choose one of {', '.join(LANGUAGES)}"
        )
    return value


@dataclass(frozen=True)
class Language:
    """A document language: one locale or a bilingual pair (primary first)."""

    code: str = "de"

    def __post_init__(self) -> None:
        object.__setattr__(self, "code", check_language(self.code))

    @property
    def parts(self) -> tuple[str, ...]:
        return tuple(self.code.split("+"))

    @property
    def primary(self) -> str:
        return self.parts[0]

    @property
    def bilingual(self) -> bool:
        return len(self.parts) > 1

    @property
    def korean_only(self) -> bool:
        return self.parts == ("ko",)

    # --- labels ----------------------------------------------------------------------------
    def label(self, key: str, separator: str = " / ", **values: object) -> str:
        """The label in each language of the document, joined: 'Programm / 일정'."""
        texts = [self._one(key, part, values) for part in self.parts]
        unique = list(dict.fromkeys(texts))
        return separator.join(unique)

    def label_in(self, key: str, part: str, **values: object) -> str:
        return self._one(key, part, values)

    def label_each(
        self, key: str, values: Callable[[str], dict[str, object]], separator: str = " / "
    ) -> str:
        """The label in each language, filled with that language's values
        ("Zeit Leipzig / 라이프치히 시간")."""
        texts = [self._one(key, part, values(part)) for part in self.parts]
        return separator.join(dict.fromkeys(texts))

    @staticmethod
    def _one(key: str, part: str, values: dict[str, object]) -> str:
        text = LABELS[key][("de", "en", "ko").index(part)]
        return text.format(**values) if values else text

    def page_of(self, page: int, pages: int) -> str:
        return self.label("page_of", page=page, pages=pages)

    # --- dates, times, amounts ---------------------------------------------------------------
    def date(self, value: date, *, part: str | None = None, fmt: str = "long") -> str:
        """'26. Juli 2023' / 'July 26, 2023' / '2023년 7월 26일' (primary language by default)."""
        from babel.dates import format_date  # Babel's locale data: loaded when printing

        return format_date(value, format=fmt, locale=_LOCALES[part or self.primary])

    def date_all(self, value: date, *, fmt: str = "long", separator: str = " / ") -> str:
        """The date in every language of the document."""
        texts = [self.date(value, part=part, fmt=fmt) for part in self.parts]
        return separator.join(dict.fromkeys(texts))

    def date_range(self, start: date, end: date, *, part: str | None = None) -> str:
        if start == end:
            return self.date(start, part=part)
        return f"{self.date(start, part=part)} – {self.date(end, part=part)}"

    def date_range_all(self, start: date, end: date, separator: str = " / ") -> str:
        texts = [self.date_range(start, end, part=part) for part in self.parts]
        return separator.join(dict.fromkeys(texts))

    @staticmethod
    def time(value: datetime) -> str:
        """24-hour time, the same in every language of the documents: '10:00'."""
        return value.strftime("%H:%M")

    def datetime(self, value: datetime, *, part: str | None = None) -> str:
        from babel.dates import format_date, format_datetime

        locale = _LOCALES[part or self.primary]
        day = format_date(value, format="long", locale=locale)
        return f"{day}, {format_datetime(value, 'HH:mm', locale=locale)}"

    def money(self, amount: Decimal, currency: str) -> str:
        """'185,00 €' / '€185.00' / '₩350,000' (domain/amounts.py), in the first language."""
        return money(amount, currency, _LOCALES[self.primary])

    def number(self, value: Decimal | int) -> str:
        """'100.000' / '100,000' in the document's first language."""
        return number(value, _LOCALES[self.primary])

    # --- names (the rule: domain/names.py) --------------------------------------------------
    def latin_name(self, person: Named, *, capitals: bool = False) -> str:
        """The Latin name in the person's order in every language: 'Kang Gi-jung'."""
        return latin_name(person, capitals=capitals)

    def own_script(self, person: Named) -> str:
        """The name in own script as printed: '강기정'."""
        return own_script_name(person)

    def name_in(self, person: Named, part: str) -> str:
        """The name in running text of one language: '강기정' in Korean, else
        'Kang Gi-jung (강기정)'."""
        return display_name(person, part)

    def name_line(self, person: Named) -> str:
        """The name as printed in running text, in the document's first language."""
        return self.name_in(person, self.primary)

    def label_named(self, key: str, person: Named, separator: str = " / ") -> str:
        """A label holding a name, each language with the name as it writes it:
        'für Kang Gi-jung (강기정) / 강기정 님'."""
        texts = [self.label_in(key, part, name=self.name_in(person, part)) for part in self.parts]
        return separator.join(dict.fromkeys(texts))

    def role(self, role: str) -> str:
        key = f"role_{role}"
        return self.label(key) if key in LABELS else role


def family_first(person: Named) -> bool:
    return is_family_first(person)


@dataclass(frozen=True)
class DocumentOptions:
    """A document's language ("de", "ko", "de+ko" ...) and a TrueType file to use
    first (the settings' document font; None: the default chain)."""

    lang: str = "de"
    font_path: str | None = None


def requirement_label(code: str, lang: Language) -> str:
    """A dietary requirement code in each language of ``lang`` ("kein Schweinefleisch")."""
    key = f"diet_{code}"
    return lang.label(key) if key in LABELS else code  # a newer version's code: as stored
