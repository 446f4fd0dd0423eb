"""The rooming list's labels (German, English, Korean), added to ``reports.i18n.LABELS`` when
this module is imported (by ``reports.rooming_data`` and so by both writers)."""

from __future__ import annotations

from exchange_planner.reports.i18n import LABELS

#: key -> (German, English, Korean), as ``i18n.LABELS``.
ROOMING_LABELS: dict[str, tuple[str, str, str]] = {
    "rooming_list": ("Zimmerliste", "Rooming list", "객실 배정표"),
    "rooming_room": ("Zimmer", "Room", "객실"),
    "rooming_room_type": ("Zimmerart", "Room type", "객실 유형"),
    "rooming_guest": ("Gast", "Guest", "투숙객"),
    "rooming_arrival": ("Anreise", "Arrival", "도착"),
    "rooming_departure": ("Abreise", "Departure", "출발"),
    "rooming_sharing": ("Teilt mit", "Sharing with", "동숙자"),
    "rooming_requests": ("Besondere Wünsche", "Special requests", "특별 요청"),
    "rooming_hotel_not_set": (
        "Hotel nicht festgelegt",
        "Hotel not set",
        "호텔 미정",
    ),
    "rooming_no_room": ("Noch ohne Zimmer", "No room yet", "객실 미배정"),
    "rooming_guests_count": ("{count} Gäste", "{count} guests", "투숙객 {count}명"),
    "rooming_rooms_count": ("{count} Zimmer", "{count} rooms", "객실 {count}개"),
    "rooming_overfull": (
        "Zimmer {room} ({type}, für {capacity}) ist mit {count} Personen belegt",
        "Room {room} ({type}, for {capacity}) has {count} people in it",
        "{room} 객실({type}, {capacity}인용)에 {count}명이 배정됨",
    ),
    "rooming_no_guests": (
        "Keine Mitglieder der Delegation in diesem Hotel.",
        "No members of the delegation at this hotel.",
        "이 호텔에 배정된 대표단원이 없습니다.",
    ),
    "rooming_times_note": (
        "Zeiten in Ortszeit des Hotels ({zone}).",
        "Times in the hotel's local time ({zone}).",
        "시간은 호텔 현지 시간({zone}) 기준.",
    ),
    "rooming_note": ("Hinweis", "Note", "비고"),
    "rooming_see_below": ("siehe unten ({number})", "see below ({number})", "아래 참조 ({number})"),
    "rooming_full_name": ("Name", "Name", "성명"),
    "rooming_overfull_short": ("überbelegt", "overfull", "정원 초과"),
    "room_type_single": ("Einzelzimmer", "Single", "싱글룸"),
    "room_type_double": ("Doppelzimmer", "Double", "더블룸"),
    "room_type_twin": ("Zweibettzimmer", "Twin", "트윈룸"),
    "room_type_triple": ("Dreibettzimmer", "Triple", "트리플룸"),
    "room_type_suite": ("Suite", "Suite", "스위트룸"),
}

for _key, _texts in ROOMING_LABELS.items():
    LABELS.setdefault(_key, _texts)
