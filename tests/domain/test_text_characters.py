"""Typed text refuses NUL, other control characters and lone surrogates, naming the field."""

from __future__ import annotations

import pytest

from exchange_planner.domain import validation as v
from exchange_planner.domain.errors import ValidationError

#: Every control character (Unicode category Cc) except tab, line feed and carriage return.
REFUSED = [chr(c) for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(c) not in "\t\n\r"]


@pytest.mark.parametrize("char", REFUSED, ids=[f"U+{ord(c):04X}" for c in REFUSED])
@pytest.mark.parametrize("check", [v.required_text, v.optional_text], ids=["required", "optional"])
def test_control_characters_are_refused_with_the_field_and_the_character(check, char):
    with pytest.raises(ValidationError) as raised:
        check("family_name", f"Kang{char}Gi-jung")
    assert raised.value.field == "family_name"
    assert f"U+{ord(char):04X}" in raised.value.message
    assert "(character 5)" in raised.value.message


def test_nul_is_named_as_such():
    with pytest.raises(ValidationError, match=r"U\+0000 \(NUL\)"):
        v.optional_text("notes", "a\x00")


@pytest.mark.parametrize("char", ["\ud800", "\udbff", "\udc00", "\udfff"])
def test_lone_surrogates_are_refused(char):
    with pytest.raises(ValidationError) as raised:
        v.required_text("title", f"Visit {char}")
    assert raised.value.field == "title"
    assert f"lone surrogate \\u{ord(char):04x}" in raised.value.message


def test_tab_and_line_breaks_are_kept_and_line_ends_become_line_feeds():
    assert v.optional_text("notes", "a\tb\nc") == "a\tb\nc"
    assert v.optional_text("notes", "one\r\ntwo\rthree\n") == "one\ntwo\nthree"
    assert v.required_text("title", "\r\nTitle\r\n") == "Title"


@pytest.mark.parametrize(
    "text",
    [
        "강기정",  # Hangul
        "مرحبا بالوفد",  # right-to-left
        "\u200fמשלחת\u200e",  # bidi marks (format characters, not control characters)
        "Zoe\u0308",  # combining diaeresis
        "👩🏽‍🎨 Artist",  # emoji with modifier and joiner (a surrogate pair in UTF-16)
        "a\u2028b",  # line separator: not a control character; outputs handle it
    ],
)
def test_any_other_text_is_accepted_unchanged(text):
    assert v.required_text("title", text) == text
    assert v.text_characters("title", text) == text


def test_the_services_refuse_a_control_character_and_change_nothing(services):
    person = services.people.create(family_name="Kang")
    with pytest.raises(ValidationError) as raised:
        services.people.update(person.id, given_name="Gi\x1bjung")
    assert raised.value.field == "given_name"
    assert "U+001B" in str(raised.value)
    assert services.people.get(person.id).given_name == ""
