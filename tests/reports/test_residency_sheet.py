from datetime import date
from io import BytesIO

from pypdf import PdfReader

from exchange_planner.reports.residency_sheet import build_residency_sheet

AS_OF = date(2024, 8, 20)


def text_of(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_sample_counter_residency_sheet(services, sample_ids, tmp_path):
    data = services.residencies.sheet_data(sample_ids["residency_incoming"], AS_OF)
    target = tmp_path / "sheet.pdf"
    pages = build_residency_sheet(data, target, lang="de+ko")
    assert pages >= 1
    text = text_of(target)
    for expected in (
        "Residenzblatt",
        "레지던시 개요서",
        "Gegenresidenz: Kunstschaffende aus Gwangju in Leipzig",
        "noch nicht benannt",
        "Gwangju Museum of Art",
        "Gastatelier der Stadt Leipzig",
        "Martin Reich im Gwangju Museum of Art",
        "Einladungsschreiben",
        "Offenes Atelier in Leipzig",
    ):
        assert expected in text, expected
    # Checklist in preparation order; five steps overdue on 20 Aug 2024.
    assert text.index("Einladungsschreiben") < text.index("Visum") < text.index("Bericht")
    assert text.count("überfällig") == 5
    assert "광주" in text
    fonts = {
        str(font["/BaseFont"])
        for page in PdfReader(target).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert not any("HYGothic" in name or "Helvetica" in name for name in fonts)


def test_completed_residency_sheet_in_english(services, sample_ids, tmp_path):
    data = services.residencies.sheet_data(sample_ids["residency_outgoing"], AS_OF)
    target = tmp_path / "sheet.pdf"
    build_residency_sheet(data, target, lang="en")
    text = text_of(target)
    assert "Residency sheet" in text and "Martin Reich" in text
    assert "overdue" not in text
    # Deliverables are not translated: as the office wrote them.
    assert "Künstlergespräch im Gwangju Museum of Art" in text
    assert "International Residency Studio, Gwangju Museum of Art" in text


def test_markup_hangul_emoji_and_long_text_print_literally(services, sample_ids, tmp_path):
    rid = sample_ids["residency_incoming"]
    services.residencies.update(
        rid,
        title='<b>Bold</b> <img src="/etc/passwd"/> & 광주 🎨',
        notes="Lange Notiz. " * 900,
    )
    data = services.residencies.sheet_data(rid, AS_OF)
    target = tmp_path / "sheet.pdf"
    pages = build_residency_sheet(data, target)
    assert pages >= 3
    text = text_of(target)
    assert '<b>Bold</b> <img src="/etc/passwd"/> &' in text


def test_output_is_reproducible(services, sample_ids):
    data = services.residencies.sheet_data(sample_ids["residency_outgoing"], AS_OF)
    first, second = BytesIO(), BytesIO()
    build_residency_sheet(data, first)
    build_residency_sheet(data, second)
    assert first.getvalue() == second.getvalue()
