"""Every font a document uses is embedded: viewers without extra font packs show the same text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.cli import main


def _fonts(pdf: Path) -> dict[str, bool]:
    """BaseFont name -> whether its program is embedded, over all pages (and nested fonts)."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf.read_bytes())).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendants = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            for part in descendants:
                descriptor = part.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor.get_object()
                    for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(font["/BaseFont"])] = embedded
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["print", "itinerary", "--visit", "1", "--lang", "de+ko"],
        ["print", "gifts", "--visit", "1", "--lang", "de+ko"],
        ["print", "gifts", "--year", "2023", "--lang", "ko"],
    ],
    ids=["itinerary", "gifts-visit", "gifts-year"],
)
def test_all_fonts_embedded_and_no_standard_helvetica(
    sample_db_path: Path, tmp_path: Path, args
) -> None:
    target = tmp_path / "out.pdf"
    assert main([*args, "--db", str(sample_db_path), "-o", str(target)]) == 0
    fonts = _fonts(target)
    assert fonts, "a document without fonts cannot show text"
    assert not [name for name, embedded in fonts.items() if not embedded]
    assert any("Nanum" in name for name in fonts), "Hangul needs the embedded Korean font"
