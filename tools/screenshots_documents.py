"""Render the sample's documents to PNG for the docs: itinerary (de+ko), gift protocol, preview.

Run: ``.venv/bin/python tools/screenshots_documents.py`` (needs ``pdftoppm`` from poppler).
Writes ``docs/documents/*.png``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "documents"
AS_OF = datetime(2023, 7, 24, 14, 0, tzinfo=UTC)


def render(pdf: Path, prefix: str, resolution: int = 72) -> list[Path]:
    """Every page of ``pdf`` as ``<prefix>-<n>.png`` in the docs folder."""
    for old in OUT.glob(f"{prefix}-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(resolution), str(pdf), str(OUT / prefix)], check=True
    )
    pages = sorted(OUT.glob(f"{prefix}-*.png"))
    # pdftoppm pads page numbers by the page count; use plain numbers.
    renamed = []
    for number, page in enumerate(pages, start=1):
        target = OUT / f"{prefix}-{number}.png"
        page.rename(target)
        renamed.append(target)
    return renamed


def preview_screenshot(pdf: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from exchange_planner.ui.documents.preview import PdfPreview

    app = QApplication.instance() or QApplication(sys.argv[:1])
    preview = PdfPreview(pdf, "Print itinerary", temporary=False)
    preview.resize(820, 640)
    preview.show()
    # QPdfView renders pages on a worker thread: give it time to finish.
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.05)
    target = OUT / "preview.png"
    preview.grab().save(str(target))
    preview.close()
    return target


def main() -> None:
    from exchange_planner.services.registry import Services
    from exchange_planner.services.sample import write_sample
    from exchange_planner.storage.database import open_database

    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="exchange-planner-docs-"))
    try:
        db = open_database(write_sample(folder / "sample.sqlite3"))
        documents = Services.for_database(db).documents
        itinerary = folder / "itinerary.pdf"
        documents.write_itinerary(1, itinerary, lang="de+ko", home_zone_column=True, now=AS_OF)
        gifts = folder / "gifts.pdf"
        documents.write_gift_protocol(gifts, visit_id=1, lang="de+ko", now=AS_OF)
        db.dispose()
        written = render(itinerary, "itinerary-de-ko") + render(gifts, "gift-protocol-de-ko")
        written.append(preview_screenshot(itinerary))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
