"""The gift protocol read back from the PDF: register fields, totals, flags, signatures."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

from pypdf import PdfReader

from exchange_planner.domain.gifts import ThresholdFlag
from exchange_planner.reports.data import GiftEntry, GiftProtocolData, PersonInfo, Stamp
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.services.registry import Services

AS_OF = datetime(2023, 7, 28, 9, 0, tzinfo=UTC)
HOSTILE = [
    "x < y & z",
    "<b>not bold</b>",
    '<a href="http://example.org/">no link</a>',
    '<img src="/etc/hostname"/>',
    '<font name="x">no font</font>',
]


def _pdf(data: GiftProtocolData, lang: str = "de") -> bytes:
    out = io.BytesIO()
    build_gift_protocol(data, out, GiftProtocolOptions(lang))
    return out.getvalue()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _after(text: str, pieces: list[str]) -> None:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        assert found >= 0, f"{piece!r} missing or out of order"
        position = found + len(piece)


def test_sample_protocol_of_the_visit(services: Services, sample_ids: dict[str, int]) -> None:
    data = services.documents.gift_protocol(visit_id=sample_ids["visit"], now=AS_OF)
    text = _text(_pdf(data, "de+ko"))
    _after(
        text,
        [
            "Geschenkprotokoll / 선물 기록부",
            "Offizieller Besuch der Delegation aus Gwangju",
            "Überreichte Geschenke / 증정한 선물",
            "1. Stiftablage aus Meissener Porzellan",
            "26. Juli 2023",
            "Burkhard Jung",
            "Oberbürgermeister der Stadt Leipzig",
            "Kang Gi-jung (강기정)",
            "Staatliche Porzellan-Manufaktur Meissen",
            "185,00 €",
            "Kaufpreis (Beispiel)",
            "Offizielles Gastgeschenk der Stadt Leipzig",
            "Dem Bürgermeister von Gwangju übergeben",
            "LE-G-2023-014",
            # 185 EUR reaches the Korean limit of USD 100 / KRW 100,000 for the recipient.
            "Meldegrenze von 100.000",
            "Erhaltene Geschenke / 받은 선물",
            "1. Porzellanteller mit einem Stadtmotiv von Gwangju",
            "120,00 €",
            "LE-R-2023-022",
            "Summen / 합계",
            "überreicht / 증정",
            "185,00 €",
            "erhalten / 수령",
            "120,00 €",
            "Erstellt von / 작성자",
            "Genehmigt von / 승인자",
        ],
    )
    # The Lord Mayor's plate (120 EUR) stays under the German 200 EUR limit: one flag only.
    assert text.count("Meldegrenze von") == 2  # in the entry and in the summary


def test_year_protocol_and_english(services: Services, sample_ids: dict[str, int]) -> None:
    data = services.documents.gift_protocol(year=2023, now=AS_OF)
    text = _text(_pdf(data, "en"))
    _after(
        text,
        [
            "Gift protocol 2023",
            "Gifts given",
            "Visit",
            "Official visit of the Gwangju",
            "Gifts received",
            "Totals",
            "Prepared by",
            "Approved by",
        ],
    )
    empty = services.documents.gift_protocol(year=2019, now=AS_OF)
    text = _text(_pdf(empty, "ko"))
    assert "2019년 선물 기록부" in text and "없음." in text


def test_totals_per_direction_and_currency() -> None:
    giver = PersonInfo(1, "Jung", "Burkhard", country="Germany")
    gifts = (
        GiftEntry(1, "given", "Book", value_amount=Decimal("30"), value_currency="EUR"),
        GiftEntry(2, "given", "Print", value_amount=Decimal("70.50"), value_currency="EUR"),
        GiftEntry(3, "given", "Tea", value_amount=Decimal("50000"), value_currency="KRW"),
        GiftEntry(4, "received", "Vase", giver=giver),
    )
    data = GiftProtocolData("Leipzig", gifts, year=2023, stamp=Stamp(AS_OF, 2))
    totals = {(t.direction, t.currency): (t.count, t.total) for t in data.totals()}
    assert totals == {
        ("given", "EUR"): (2, Decimal("100.50")),
        ("given", "KRW"): (1, Decimal("50000")),
    }
    text = _text(_pdf(data))
    _after(
        text,
        [
            "Summen",
            "überreicht",
            "EUR",
            "2",
            "100,50 €",
            "überreicht",
            "KRW",
            "erhalten",
            "ohne Wertangabe",
            "1",
        ],
    )
    assert "Version 2" in text


def test_hostile_gift_fields_print_literally() -> None:
    hostile = "\n".join(HOSTILE)
    person = PersonInfo(
        1,
        HOSTILE[1],
        HOSTILE[0],
        HOSTILE[3],
        title=hostile,
        organisation=HOSTILE[2],
        country=HOSTILE[4],
    )
    long_text = "Beginn " + "sehr langer Anlass " * 300 + "Ende"
    gift = GiftEntry(
        1,
        "given",
        hostile,
        maker=hostile,
        giver=person,
        recipient=person,
        presented_on=date(2023, 7, 26),
        value_amount=Decimal("999999.99"),
        value_currency="XYZ",
        valuation_basis=hostile,
        circumstances=long_text,
        disposition="😀 שלום",
        inventory_number=HOSTILE[3],
        visit_title=hostile,
        flag=ThresholdFlag(Decimal("200"), "EUR", "<b>message</b>"),
    )
    empty = GiftEntry(2, "received", "")
    data = GiftProtocolData(
        HOSTILE[0],
        (gift, empty),
        visit_id=1,
        visit_title=hostile,
        start_date=date(2023, 7, 26),
        end_date=date(2023, 7, 26),
        stamp=Stamp(AS_OF, 1),
    )
    for lang in ("de", "ko", "de+en"):
        pdf = _pdf(data, lang)
        reader = PdfReader(io.BytesIO(pdf))
        for page in reader.pages:
            assert "/Annots" not in page and "/XObject" not in page["/Resources"]
        assert b"/URI" not in pdf and b"/Subtype /Image" not in pdf
        text = _text(pdf)
        for piece in HOSTILE:
            assert piece in text, piece
        # Long circumstances follow the entry's table at full width (lines break elsewhere).
        words = " ".join(text.split())
        assert "Beginn sehr langer Anlass" in words and "Anlass Ende" in words


def test_reproducible(services: Services, sample_ids: dict[str, int]) -> None:
    data = services.documents.gift_protocol(visit_id=sample_ids["visit"], now=AS_OF)
    assert _pdf(data, "de+ko") == _pdf(data, "de+ko")
