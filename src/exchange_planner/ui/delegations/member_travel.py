"""The travel and stay of a delegation member in the Members section: the editor's fields
(arrival and departure by mode, carrier, number, place, terminal, pick-up; hotel, room type,
special requests, mobile) and the texts the member list shows ("LH 162 · 25.07. 17:40 ·
Terminal B", "302 (Suite) · shares with …")."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from exchange_planner.domain.enums import RoomType, TravelMode
from exchange_planner.domain.travel import TravelLeg, terminal_text
from exchange_planner.services.registry import Services
from exchange_planner.services.travel import LEG_TEXTS, Stay
from exchange_planner.ui.widgets.forms import Form
from exchange_planner.ui.widgets.pickers import add_picker, venue_picker

_CONTEXT = "MemberTravel"

MODE_LABELS: dict[str, str] = {
    TravelMode.FLIGHT.value: QT_TRANSLATE_NOOP("MemberTravel", "Flight"),
    TravelMode.TRAIN.value: QT_TRANSLATE_NOOP("MemberTravel", "Train"),
    TravelMode.CAR.value: QT_TRANSLATE_NOOP("MemberTravel", "Car"),
    TravelMode.BUS.value: QT_TRANSLATE_NOOP("MemberTravel", "Bus"),
    TravelMode.OTHER.value: QT_TRANSLATE_NOOP("MemberTravel", "Other"),
}
ROOM_TYPE_LABELS: dict[str, str] = {
    RoomType.SINGLE.value: QT_TRANSLATE_NOOP("MemberTravel", "single"),
    RoomType.DOUBLE.value: QT_TRANSLATE_NOOP("MemberTravel", "double"),
    RoomType.TWIN.value: QT_TRANSLATE_NOOP("MemberTravel", "twin"),
    RoomType.TRIPLE.value: QT_TRANSLATE_NOOP("MemberTravel", "triple"),
    RoomType.SUITE.value: QT_TRANSLATE_NOOP("MemberTravel", "suite"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def mode_text(mode: str) -> str:
    return _tr(MODE_LABELS[mode]) if mode in MODE_LABELS else mode


def room_type_text(room_type: str) -> str:
    return _tr(ROOM_TYPE_LABELS[room_type]) if room_type in ROOM_TYPE_LABELS else room_type


def leg_text(leg: TravelLeg, when: Callable[[datetime | None], str]) -> str:
    """ "LH 162 · 25.07. 17:40 · Terminal B": the number (else the carrier, else the mode),
    the local time and the terminal; "" when nothing but the time is known."""
    if leg.empty:
        return ""
    means = leg.number or leg.carrier or mode_text(leg.mode)
    terminal = terminal_text(
        leg.terminal,
        lambda code: _tr(QT_TRANSLATE_NOOP("MemberTravel", "Terminal %1")).replace("%1", code),
    )
    return " · ".join(part for part in (means, when(leg.at), terminal or leg.place) if part)


def leg_tooltip(leg: TravelLeg, when: Callable[[datetime | None], str]) -> str:
    """Everything entered of a leg, one fact a line (plain text)."""
    lines = [
        " ".join(part for part in (mode_text(leg.mode), leg.carrier, leg.number) if part),
        when(leg.at),
        ", ".join(part for part in (leg.place, leg.terminal) if part),
        _tr(QT_TRANSLATE_NOOP("MemberTravel", "Pick-up: %1")).replace("%1", leg.pickup)
        if leg.pickup
        else "",
    ]
    return "\n".join(line for line in lines if line)


def room_text(stay: Stay) -> str:
    """ "302 (suite) · shares with Lee Min-ho"."""
    text = stay.room
    if stay.room_type:
        kind = room_type_text(stay.room_type)
        text = f"{text} ({kind})" if text else kind
    if stay.sharing:
        text += " · " + _tr(QT_TRANSLATE_NOOP("MemberTravel", "shares with %1")).replace(
            "%1", ", ".join(stay.sharing)
        )
    return text


def stay_tooltip(stay: Stay) -> str:
    lines = [
        (
            _tr(QT_TRANSLATE_NOOP("MemberTravel", "Own hotel: %1"))
            if stay.own_hotel
            else _tr(QT_TRANSLATE_NOOP("MemberTravel", "Hotel of the visit: %1"))
        ).replace("%1", stay.hotel_name)
        if stay.hotel_name
        else "",
        room_text(stay),
        _tr(QT_TRANSLATE_NOOP("MemberTravel", "Special requests: %1")).replace(
            "%1", stay.special_requests
        )
        if stay.special_requests
        else "",
    ]
    return "\n".join(line for line in lines if line)


class TravelForm(Form):
    """The member editor's travel and stay fields, saved one by one like the other fields
    (``edited(name, value)``); the values are the columns of ``visit_member``."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("member_travel_form")
        modes: list[tuple[str, Any]] = [
            (_tr(QT_TRANSLATE_NOOP("MemberTravel", "(not known)")), None)
        ]
        modes += [(mode_text(mode.value), mode.value) for mode in TravelMode]
        labels = {
            "arrival": (
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Arrives by")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Arrival carrier")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Arrival flight / train no.")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Arrival airport / station")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Arrival terminal")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Pick-up on arrival")),
            ),
            "departure": (
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Departs by")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Departure carrier")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Departure flight / train no.")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Departure airport / station")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Departure terminal")),
                _tr(QT_TRANSLATE_NOOP("MemberTravel", "Pick-up on departure")),
            ),
        }
        for leg, captions in labels.items():
            self.combo(f"{leg}_mode", captions[0], modes)
            for (name, length), caption in zip(LEG_TEXTS.items(), captions[1:], strict=True):
                self.text(f"{leg}_{name}", caption, max_length=length, cap=length)
        self.hotel = add_picker(
            self,
            "hotel_id",
            _tr(QT_TRANSLATE_NOOP("MemberTravel", "Hotel")),
            venue_picker(
                services,
                optional=True,
                none_text=_tr(QT_TRANSLATE_NOOP("MemberTravel", "(the visit's hotel)")),
            ),
        )
        self.hotel.setToolTip(
            _tr(
                QT_TRANSLATE_NOOP(
                    "MemberTravel", "Leave empty when the member stays at the visit's hotel"
                )
            )
        )
        room_types: list[tuple[str, Any]] = [
            (_tr(QT_TRANSLATE_NOOP("MemberTravel", "(not known)")), None)
        ]
        room_types += [(room_type_text(kind.value), kind.value) for kind in RoomType]
        self.combo("room_type", _tr(QT_TRANSLATE_NOOP("MemberTravel", "Room type")), room_types)
        self.multiline(
            "special_requests",
            _tr(QT_TRANSLATE_NOOP("MemberTravel", "Special requests")),
            height=48,
        )
        self.text(
            "mobile", _tr(QT_TRANSLATE_NOOP("MemberTravel", "Mobile")), max_length=100, cap=100
        )
