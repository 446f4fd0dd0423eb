"""``export gifts --year 2023`` and ``print gift-register`` on the sample, read back."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from exchange_planner.cli import main
from exchange_planner.domain.texts import text_in
from exchange_planner.services.gift_register_xlsx import COLUMNS
from exchange_planner.services.registry import Services
from exchange_planner.storage.database import open_database


def _stored_gifts(path: Path) -> list[object]:
    db = open_database(path)
    try:
        services = Services.for_database(db)
        visits = {visit.id: visit for visit in services.visits.list()}
        return [
            gift
            for gift in services.gifts.list()
            if (gift.presented_on or visits[gift.visit_id].start_date).year == 2023  # type: ignore[index]
        ]
    finally:
        db.dispose()


def _eur(gift: object) -> Decimal | None:
    amount, currency = gift.value_amount, gift.value_currency  # type: ignore[attr-defined]
    if amount is None:
        return None
    if currency == "EUR":
        return amount
    rate = gift.rate_units_per_eur  # type: ignore[attr-defined]
    return None if rate is None else (amount / rate).quantize(Decimal("0.01"), ROUND_HALF_UP)


def test_export_gifts_of_the_sample(folders: tuple[Path, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    database, out = folders
    target = out / "gifts.xlsx"
    code = main(["export", "gifts", "--year", "2023", "--db", str(database), "-o", str(target)])
    assert code == 0, capsys.readouterr().err
    stored = _stored_gifts(database)
    book = load_workbook(target)
    rows = list(book["Register"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(header) == len(COLUMNS)
    for column in ("Date", "Direction", "Description", "Giver", "Recipient", "Value",
                   "Currency", "Rate (per 1 EUR)", "Rate date", "Rate source", "Value in EUR",
                   "Rule", "Limit reached", "Consequence", "Current disposition",
                   "Inventory number"):  # fmt: skip
        assert column in header
    column = {name: index for index, name in enumerate(header)}
    # One row per gift of 2023, described in the workbook's language (English) where the
    # gift has an English description.
    assert sorted(row[column["Description"]] for row in body) == sorted(
        text_in(gift, "description", "en").text for gift in stored
    )
    assert any(
        row[column["Description"]] == "Celadon tea bowl from Gwangju (sample)" for row in body
    )
    # The EUR totals per direction are the sample's gifts at their stored rates; the gift in
    # dollars without a rate is marked and left out.
    expected: dict[str, Decimal] = {"given": Decimal(0), "received": Decimal(0)}
    missing = {"given": 0, "received": 0}
    for gift in stored:
        direction = gift.direction.value  # type: ignore[attr-defined]
        value = _eur(gift)
        if value is None:
            missing[direction] += 1
        else:
            expected[direction] += value
    assert missing == {"given": 0, "received": 1}
    dollars = [row for row in body if row[column["Currency"]] == "USD"]
    assert len(dollars) == 1 and dollars[0][column["Value in EUR"]] == "rate missing"
    won = next(row for row in body if row[column["Currency"]] == "KRW")
    assert won[column["Rate (per 1 EUR)"]] == pytest.approx(1409.58)
    assert won[column["Rate source"]] == "EZB-Referenzkurs (Beispielwert)"
    assert won[column["Value in EUR"]] == pytest.approx(106.41)
    totals = {
        row[0]: row for row in book["Totals"].iter_rows(min_row=2, values_only=True) if row[1]
    }
    for direction in ("given", "received"):
        assert Decimal(str(totals[direction][2])) == expected[direction]
        assert totals[direction][3] == missing[direction]
    assert Decimal(str(totals["received"][2])) == Decimal("226.41")
    # Every rule applied, with its source.
    rules = {row[0]: row for row in book["Rules"].iter_rows(min_row=2, values_only=True)}
    assert rules["DE-SN-KOMMUNAL"][5].startswith("Verwaltungsvorschrift des Freistaates Sachsen")


def test_print_gift_register_of_the_sample(folders: tuple[Path, Path], capsys) -> None:  # type: ignore[no-untyped-def]
    database, out = folders
    target = out / "register.pdf"
    code = main(
        ["print", "gift-register", "--year", "2023", "--lang", "de", "--db", str(database),
         "-o", str(target)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Geschenkregister 2023" in text
    assert "Kurs fehlt" in text and "1 ohne Kurs: nicht in der Summe" in text
    assert "226,41" in text and "185,00" in text
    assert "DE-SN-KOMMUNAL" in text and "Verwaltungsvorschrift des Freistaates Sachsen" in text


def test_the_register_in_english_names_the_visit_and_gifts_in_english(
    folders: tuple[Path, Path], capsys
) -> None:  # type: ignore[no-untyped-def]
    database, out = folders
    target = out / "register-en.pdf"
    code = main(
        ["print", "gift-register", "--year", "2023", "--lang", "en", "--db", str(database),
         "-o", str(target)]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    db = open_database(database)
    try:
        visit = Services.for_database(db).visits.list()[0]
    finally:
        db.dispose()
    english, german = text_in(visit, "title", "en").text, visit.title
    assert english != german
    words = " ".join(english.split()[:3])  # a cell may wrap the rest of the title
    assert words in text and " ".join(german.split()[:3]) not in text
    assert "Celadon tea bowl" in text
