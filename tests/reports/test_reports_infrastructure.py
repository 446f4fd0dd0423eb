"""Fonts, escaping, labels and the reproducible page template."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from exchange_planner.domain.errors import ValidationError
from exchange_planner.reports.fonts import FontError, font_set
from exchange_planner.reports.i18n import Language
from exchange_planner.reports.styles import make_styles
from exchange_planner.reports.templates import PageFrame, build_pdf
from exchange_planner.reports.text import clean, markup, para


def _pdf(story_texts: list[str], lang: str = "de") -> bytes:
    fonts = font_set()
    styles = make_styles(fonts)
    out = io.BytesIO()
    build_pdf(
        out,
        [para(text, styles.body) for text in story_texts],
        fonts=fonts,
        lang=Language(lang),
        title="Test",
        frame=PageFrame(header_left="Kopf <b>", footer_left="Fuß", header_on_first_page=True),
    )
    return out.getvalue()


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_fonts_are_embedded_truetype_with_hangul_and_umlauts() -> None:
    data = _pdf(["Ärger, Öl und Übermut: 강기정"])
    reader = PdfReader(io.BytesIO(data))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = []
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] in ("/TrueType", "/Type0")
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None:
                descriptors.append(descriptor.get_object())
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    text = _text(data)
    assert "Ärger, Öl und Übermut" in text
    assert "강기정" in text


def test_chain_puts_hangul_in_the_fallback_face() -> None:
    fonts = font_set()
    assert fonts.face_for("Ä") is fonts.faces[0]
    assert fonts.face_for("강") is not fonts.faces[0]
    assert fonts.face_for("강").covers("강")


def test_markup_escapes_everything_and_keeps_line_breaks() -> None:
    result = markup('x < y & z <b>bold</b> <a href="http://e.org">l</a>\nnext')
    assert "<b>" not in result and "<a " not in result
    assert "&lt;b&gt;" in result and "&amp;" in result
    assert result.endswith("<br/>next")
    assert markup(None) == "" and markup("") == ""
    assert clean("a\x00b\x07c\r\nd\u2028e\tf") == "abc\nd\ne    f"
    assert isinstance(para("", make_styles(font_set()).body), Paragraph)


def test_user_font_that_is_not_a_font_is_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bogus = tmp_path / "fake.ttf"
    bogus.write_bytes(b"not a font")
    with pytest.raises(FontError, match="cannot be used"):
        font_set(bogus)
    with pytest.raises(FontError, match="does not exist"):
        font_set(tmp_path / "missing.ttf")


def test_page_x_of_y_and_same_bytes_twice() -> None:
    texts = [f"Absatz {n} " + "Text " * 200 for n in range(12)]
    first, second = _pdf(texts), _pdf(texts)
    assert first == second
    reader = PdfReader(io.BytesIO(first))
    pages = len(reader.pages)
    assert pages > 1
    assert f"Seite {pages} von {pages}" in reader.pages[-1].extract_text()
    assert "Kopf <b>" in reader.pages[0].extract_text()


def test_language_labels_dates_and_names() -> None:
    day = date(2023, 7, 26)
    assert Language("de").date(day) == "26. Juli 2023"
    assert Language("ko").date(day) == "2023년 7월 26일"
    assert Language("de+ko").label("program") == "Programm / 일정"
    assert Language("de+ko").date_all(day) == "26. Juli 2023 / 2023년 7월 26일"
    assert Language("en").page_of(2, 5) == "Page 2 of 5"

    class Kang:
        family_name, given_name, native_name, name_order = (
            "Kang",
            "Gi-jung",
            "강기정",
            "family_first",
        )

    assert Language("de").name_line(Kang) == "Kang Gi-jung (강기정)"
    assert Language("ko").name_line(Kang) == "강기정"
    with pytest.raises(ValidationError) as info:
        Language("fr")
    assert info.value.field == "lang"
