"""The letterhead's logo is kept in the database: it prints after the chosen file is gone,
travels through an export and import, and refuses what it cannot print."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfReader

from exchange_planner.domain.errors import ValidationError
from exchange_planner.services import interchange
from exchange_planner.services.registry import Services
from exchange_planner.services.settings import LETTERHEAD_LOGO_KEY, MAX_LOGO_BYTES
from exchange_planner.storage.database import open_database


def _png(width: int, height: int, noise: bool = False) -> bytes:
    """A grey PNG (random pixels with ``noise``, so it does not compress)."""
    row = lambda: b"\x00" + (os.urandom(width * 3) if noise else b"\x80" * (width * 3))  # noqa: E731
    raw = b"".join(row() for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _first_page_images(services: Services, visit_id: int) -> int:
    out = io.BytesIO()
    services.documents.write_itinerary(visit_id, out, lang="de")
    page = PdfReader(io.BytesIO(out.getvalue())).pages[0]
    xobjects = page["/Resources"].get("/XObject")
    if xobjects is None:
        return 0
    count = 0
    for ref in xobjects.get_object().values():
        form = ref.get_object()
        inner = (form.get("/Resources") or {}).get("/XObject") or {}
        count += form.get("/Subtype") == "/Image"
        count += sum(x.get_object().get("/Subtype") == "/Image" for x in inner.values())
    return count


def test_a_large_logo_goes_through_export_and_import(sample_db_path: Path, tmp_path: Path) -> None:
    db = open_database(sample_db_path)
    services = Services.for_database(db)
    logo = _png(420, 420, noise=True)  # about half a megabyte, far over other settings' limit
    assert 400_000 < len(logo) < MAX_LOGO_BYTES
    services.settings.set_letterhead_logo("arms.png", logo)
    exported = interchange.export_to_file(db, tmp_path / "export.json")
    db.dispose()

    fresh = open_database(tmp_path / "fresh.sqlite3")
    interchange.import_from_file(fresh, exported)
    imported = Services.for_database(fresh)
    assert imported.settings.letterhead_logo().data == logo
    visit = imported.visits.list()[0]
    assert _first_page_images(imported, int(visit.id)) == 1
    fresh.dispose()


def test_the_stored_logo_prints_when_its_file_is_gone(services: Services, sample_ids, tmp_path):  # type: ignore[no-untyped-def]
    file = tmp_path / "arms.png"
    file.write_bytes(_png(40, 20))
    services.settings.set_letterhead_logo(file.name, file.read_bytes())
    file.unlink()
    assert _first_page_images(services, sample_ids["visit"]) == 1


@pytest.mark.parametrize(
    ("data", "png", "reason"),
    [
        (b"GIF89a" + bytes(20), None, "not_png_svg"),
        (_png(30, 30)[:50], None, "not_image"),
        (_png(4100, 2), None, "too_many_pixels"),
        (b"\x89PNG\r\n\x1a\n" + bytes(MAX_LOGO_BYTES), None, "too_large"),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', None, "not_image"),
        (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
            b"",
            "not_png_svg",
        ),
        (b'<svg xmlns="http://www.w3.org/2000/svg"/>', b"not a png", "not_image"),
    ],
)
def test_what_cannot_be_printed_is_refused_and_nothing_is_stored(
    services: Services, data: bytes, png: bytes | None, reason: str
) -> None:
    services.settings.set_letterhead_logo("kept.png", _png(10, 10))
    before = services.settings.get(LETTERHEAD_LOGO_KEY)
    with pytest.raises(ValidationError) as refused:
        services.settings.set_letterhead_logo("new", data, png)
    assert (refused.value.field, refused.value.reason) == ("letterhead_logo", reason)
    assert services.settings.get(LETTERHEAD_LOGO_KEY) == before


def test_the_direct_read_finds_the_letterhead_in_the_plain_settings(services: Services) -> None:
    """``letterhead_from_settings`` needs only the stored values (no ORM), under the keys the
    services store them by."""
    from exchange_planner.reports import letterhead
    from exchange_planner.services import crud

    assert letterhead.OFFICE_LANGUAGE_KEY == crud.OFFICE_LANGUAGE_KEY
    services.settings.set_office_language("ko")
    services.settings.set_letterhead_texts({"de": "Amt", "ko": "사무소"}, {"en": "1 Market St"})
    services.settings.set_letterhead_logo("a.png", _png(8, 4))
    found = letterhead.letterhead_from_settings(services.settings.all())
    assert found == services.settings.letterhead()
    assert (found.name, found.original_language) == ("사무소", "ko")
    assert found.translations["name"] == {"de": "Amt"}
    assert found.translations["address"] == {"en": "1 Market St"}
    assert found.logo_png == _png(8, 4)
