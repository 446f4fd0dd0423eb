"""Texts in several languages: the original, its translations and the fallback."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from exchange_planner.domain.texts import (
    Translations,
    missing_languages,
    swap_original,
    text_in,
    texts_of,
    with_text,
)


def _item(title: str = "Mittagessen", translations=None, language: str = "de"):
    return SimpleNamespace(
        title=title, notes="", original_language=language, translations=translations or {}
    )


def test_the_asked_language_is_given_when_there_is_a_text() -> None:
    item = _item(translations={"title": {"ko": "오찬", "en": "Lunch"}})
    assert text_in(item, "title", "ko").text == "오찬"
    assert not text_in(item, "title", "ko").fallback
    assert text_in(item, "title", "de").text == "Mittagessen"


def test_a_missing_translation_falls_back_to_the_original_marked() -> None:
    shown = text_in(_item(translations={"title": {"ko": "오찬"}}), "title", "en")
    assert (shown.text, shown.language, shown.fallback) == ("Mittagessen", "de", True)


def test_an_empty_original_is_no_fallback() -> None:
    assert text_in(_item(title=""), "notes", "ko").fallback is False


def test_missing_languages_ignore_the_original_and_empty_fields() -> None:
    item = _item(translations={"title": {"ko": "오찬"}})
    assert missing_languages(item, "title", ["de", "ko", "en"]) == ["en"]
    assert missing_languages(item, "notes", ["ko", "en"]) == []
    assert texts_of(item, "title") == {"de": "Mittagessen", "ko": "오찬"}


def test_with_text_sets_and_clears_without_changing_the_given_value() -> None:
    given = {"title": {"ko": "오찬"}}
    added = with_text(given, "title", "en", "Lunch")
    assert added == {"title": {"ko": "오찬", "en": "Lunch"}}
    assert given == {"title": {"ko": "오찬"}}
    assert with_text(added, "title", "ko", "") == {"title": {"en": "Lunch"}}
    assert with_text({"title": {"ko": "오찬"}}, "title", "ko", "") == {}


def test_swapping_the_original_keeps_every_text() -> None:
    item = _item(translations={"title": {"ko": "오찬", "en": "Lunch"}})
    plain, translations = swap_original(item, ["title", "notes"], "ko")
    assert plain == {"title": "오찬", "notes": ""}
    assert translations == {"title": {"de": "Mittagessen", "en": "Lunch"}}


def test_swapping_to_a_language_a_text_lacks_is_refused() -> None:
    with pytest.raises(ValueError, match="title"):
        swap_original(_item(translations={"title": {"en": "Lunch"}}), ["title"], "ko")


def test_translations_are_immutable_hashable_and_compare_with_dicts() -> None:
    first = Translations({"title": {"ko": "오찬", "en": ""}})
    assert first == {"title": {"ko": "오찬"}}
    assert hash(first) == hash(Translations({"title": {"ko": "오찬"}}))
    assert first.keys_and_texts() == {"title@ko": "오찬"}
    assert Translations.from_keys({"title@ko": "오찬"}) == first
    copy = first.to_dict()
    copy["title"]["ko"] = "changed"
    assert first.get_text("title", "ko") == "오찬"
