"""Texts in more than one language: an original and its translations.

A translatable record keeps its texts as written by whoever created it in its plain columns
(``title``, ``notes``…), in ``original_language``; the texts in other languages are in
``translations``, ``{field: {language: text}}``. Readers ask for a field in a language and get
the text in that language, or the original marked as a fallback, so a document never shows an
empty line where a translation is missing and never passes one language off as another.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

#: The languages content can be written in (the order of the translation editors).
CONTENT_LANGUAGES: tuple[str, ...] = ("de", "ko", "en")

#: The language of records whose language nobody stated (the office's own, by default).
DEFAULT_LANGUAGE = "de"

#: The translatable fields of each table.
TRANSLATABLE: dict[str, tuple[str, ...]] = {
    "visit": ("title", "notes"),
    "program_item": ("title", "notes", "dress_code"),
    "venue": ("name", "room", "address"),
    "person": ("title", "organisation"),
    "partnership": ("partner_city",),
    "gift": ("description", "circumstances"),
    "residency": ("title", "notes"),
    "exhibition": ("title", "description"),
    "rank_table": ("name",),
    "rank": ("title",),
    "gift_rule": ("name",),
}

#: How a translation is named where one name stands for a field and a language
#: (change log, conflicts): ``title@ko``.
KEY_SEPARATOR = "@"


def translation_key(field: str, language: str) -> str:
    return f"{field}{KEY_SEPARATOR}{language}"


def split_key(key: str) -> tuple[str, str] | None:
    """``("title", "ko")`` for ``"title@ko"``; None for a plain field name."""
    field, separator, language = key.partition(KEY_SEPARATOR)
    return (field, language) if separator and field and language else None


class Translations(Mapping[str, Mapping[str, str]]):
    """An immutable ``{field: {language: text}}`` (hashable, so read models stay frozen)."""

    __slots__ = ("_data", "_hash")

    def __init__(self, data: Mapping[str, Mapping[str, str]] | None = None) -> None:
        cleaned = {
            field: {language: text for language, text in sorted(texts.items()) if text}
            for field, texts in sorted((data or {}).items())
        }
        self._data: dict[str, dict[str, str]] = {f: t for f, t in cleaned.items() if t}
        self._hash: int | None = None

    def __getitem__(self, field: str) -> Mapping[str, str]:
        return dict(self._data[field])

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash(json.dumps(self._data, sort_keys=True))
        return self._hash

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Translations):
            return self._data == other._data
        if isinstance(other, Mapping):
            return self._data == Translations(other)._data
        return NotImplemented

    def __repr__(self) -> str:
        return f"Translations({self._data!r})"

    def get_text(self, field: str, language: str) -> str:
        return self._data.get(field, {}).get(language, "")

    def to_dict(self) -> dict[str, dict[str, str]]:
        """A plain copy, as stored (``{field: {language: text}}``)."""
        return {field: dict(texts) for field, texts in self._data.items()}

    def keys_and_texts(self) -> dict[str, str]:
        """Flat ``{"title@ko": text}``, for comparing and logging translation by translation."""
        return {
            translation_key(field, language): text
            for field, texts in self._data.items()
            for language, text in texts.items()
        }

    @classmethod
    def from_keys(cls, flat: Mapping[str, str]) -> Translations:
        nested: dict[str, dict[str, str]] = {}
        for key, text in flat.items():
            parts = split_key(key)
            if parts is not None and text:
                nested.setdefault(parts[0], {})[parts[1]] = text
        return cls(nested)


class HasTexts(Protocol):
    original_language: str
    translations: Mapping[str, Mapping[str, str]]


@dataclass(frozen=True)
class LocalText:
    """A field's text in a language: ``fallback`` when the language was missing and
    ``text`` is the original, written in ``language``."""

    text: str
    language: str
    fallback: bool = False

    def __str__(self) -> str:
        return self.text


def _original_language(record: Any) -> str:
    return getattr(record, "original_language", "") or DEFAULT_LANGUAGE


def _translations(record: Any) -> Mapping[str, Mapping[str, str]]:
    return getattr(record, "translations", None) or {}


def text_in(record: Any, field: str, language: str) -> LocalText:
    """The field's text in ``language``; its original (marked) where there is none."""
    original_language = _original_language(record)
    original = getattr(record, field, "") or ""
    if language == original_language:
        return LocalText(original, original_language)
    translated = _translations(record).get(field, {}).get(language, "")
    if translated:
        return LocalText(translated, language)
    return LocalText(original, original_language, fallback=bool(original))


def texts_of(record: Any, field: str) -> dict[str, str]:
    """Every language the field has a text in (original first), empty texts left out."""
    original_language = _original_language(record)
    texts: dict[str, str] = {}
    original = getattr(record, field, "") or ""
    if original:
        texts[original_language] = original
    for language, text in _translations(record).get(field, {}).items():
        if text and language != original_language:
            texts[language] = text
    return texts


def joined_in(
    texts: Mapping[str, str], stored: str, languages: Iterable[str], separator: str = " / "
) -> str:
    """A text in each of ``languages`` (``texts``: language -> text, as :func:`texts_of`
    gives them; ``stored`` where a language has none), each different text once:
    "Celadon bowl / 청자 그릇"."""
    shown = [texts.get(language) or stored for language in languages]
    return separator.join(dict.fromkeys(text for text in shown if text))


def missing_languages(record: Any, field: str, languages: Iterable[str]) -> list[str]:
    """The asked languages without a text for the field (none when the original is empty)."""
    texts = texts_of(record, field)
    if not texts:
        return []
    return [language for language in dict.fromkeys(languages) if language not in texts]


def with_text(
    translations: Mapping[str, Mapping[str, str]] | None,
    field: str,
    language: str,
    text: str,
) -> dict[str, dict[str, str]]:
    """A new ``translations`` value with the field's text in ``language`` set (or cleared
    when ``text`` is empty); the value given is not changed."""
    result = {f: dict(t) for f, t in (translations or {}).items()}
    texts = result.setdefault(field, {})
    if text:
        texts[language] = text
    else:
        texts.pop(language, None)
    if not texts:
        del result[field]
    return result


def swap_original(
    record: Any, fields: Iterable[str], new_language: str
) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Make ``new_language`` the original of the record's texts.

    Returns ``(plain_values, translations)``: the plain columns get the texts in the new
    language and the old originals become translations, so every text is kept. A field that
    has an original but no text in ``new_language`` would pass one language off as another:
    ``ValueError`` names the first such field.
    """
    old_language = _original_language(record)
    translations = {f: dict(t) for f, t in _translations(record).items()}
    fields = tuple(fields)
    if new_language == old_language:
        return {f: getattr(record, f, "") or "" for f in fields}, translations
    plain: dict[str, str] = {}
    for field in fields:
        old_text = getattr(record, field, "") or ""
        texts = translations.setdefault(field, {})
        new_text = texts.pop(new_language, "")
        if old_text and not new_text:
            raise ValueError(field)
        plain[field] = new_text
        if old_text:
            texts[old_language] = old_text
        if not texts:
            del translations[field]
    return plain, translations
