"""Render every document kind on the sample and on the 42-item visit, in each language.

    PYTHONPATH=src python docs/documents/render_layout.py OUT_DIR [LANGS] [KINDS]

LANGS defaults to de,ko,en,de+ko; KINDS to all of itinerary, personal, gifts, balance,
residency, itinerary42, personal42, gifts42. Each PDF is written to OUT_DIR and turned into
one PNG a page with ``pdftoppm -png -r 70``.
"""

from __future__ import annotations

import pathlib
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, date, datetime

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tests" / "reports"))

from layout_visit import long_visit, many_gifts

from exchange_planner.reports.balance import build_balance_pdf
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services.registry import Services
from exchange_planner.services.sample import build_sample
from exchange_planner.storage.database import open_database

AS_OF = datetime(2023, 7, 20, 8, 30, tzinfo=UTC)
LEDGER_DAY = date(2024, 8, 20)


def main() -> None:
    out = pathlib.Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    langs = sys.argv[2].split(",") if len(sys.argv) > 2 else ["de", "ko", "en", "de+ko"]
    kinds = sys.argv[3].split(",") if len(sys.argv) > 3 else None
    services = Services.for_database(open_database(pathlib.Path(tempfile.mkdtemp()) / "s.db"))
    ids = build_sample(services)
    visit = services.documents.itinerary(ids["visit"], now=AS_OF)
    person = services.documents.member_ids(ids["visit"])[0]
    personal = services.documents.itinerary(ids["visit"], person_id=person, now=AS_OF)
    gifts = services.documents.gift_protocol(visit_id=ids["visit"], now=AS_OF)
    balance = services.balance.report_data(ids["partnership"], LEDGER_DAY)
    sheet = services.residencies.sheet_data(ids["residency_incoming"], LEDGER_DAY)
    docs: dict[str, Callable[[pathlib.Path, str], int]] = {
        "itinerary": lambda t, lang: build_itinerary(visit, t, ItineraryOptions(lang=lang)),
        "personal": lambda t, lang: build_itinerary(personal, t, ItineraryOptions(lang=lang)),
        "gifts": lambda t, lang: build_gift_protocol(gifts, t, GiftProtocolOptions(lang=lang)),
        "balance": lambda t, lang: build_balance_pdf(balance, t, lang=lang),
        "residency": lambda t, lang: build_residency_sheet(sheet, t, lang=lang),
        "itinerary42": lambda t, lang: build_itinerary(
            long_visit(visit), t, ItineraryOptions(lang=lang)
        ),
        "personal42": lambda t, lang: build_itinerary(
            long_visit(personal), t, ItineraryOptions(lang=lang)
        ),
        "gifts42": lambda t, lang: build_gift_protocol(
            many_gifts(gifts, 3, 3), t, GiftProtocolOptions(lang=lang)
        ),
    }
    for name, build in docs.items():
        if kinds and name not in kinds:
            continue
        for lang in langs:
            stem = out / f"{name}-{lang.replace('+', '')}"
            pages = build(stem.with_suffix(".pdf"), lang)
            subprocess.run(
                ["pdftoppm", "-png", "-r", "70", str(stem.with_suffix(".pdf")), str(stem)],
                check=True,
            )
            print(name, lang, pages, "pages")


if __name__ == "__main__":
    main()
