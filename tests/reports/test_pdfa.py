"""Every document kind is PDF/A-2b, read back with pypdf.

The open-source veraPDF validator cannot be installed on the test machines (packaging/README.md
says how to run it where it can). What these tests check instead, for every document kind
(itinerary, personal itinerary, gift protocol, gift register, residency sheet, balance, the
calendar's month and week): XMP metadata present and parseable, saying the same as the
document information dictionary (title, author, subject, keywords, producer, creator tool,
dates) and ``pdfaid:part=2``, ``pdfaid:conformance=B``; the document's languages in
``dc:language`` and the catalog's ``/Lang``; an sRGB output intent (GTS_PDFA1) with its ICC
profile; every font embedded as a TrueType program (FontFile2) under a subset tag of six
capital letters, no two alike; no encryption. A normal print is dated now, a reproducible
one at the data's "as of" time, and printed twice it gives the same bytes.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from exchange_planner.reports import archive
from exchange_planner.reports.balance import build_balance_pdf
from exchange_planner.reports.balances import build_balances_pdf
from exchange_planner.reports.booklet import build_booklet
from exchange_planner.reports.calendar_sheet import build_calendar_sheet
from exchange_planner.reports.gifts import GiftProtocolOptions, build_gift_protocol
from exchange_planner.reports.itinerary import ItineraryOptions, build_itinerary
from exchange_planner.reports.residency_sheet import build_residency_sheet
from exchange_planner.services.registry import Services
from exchange_planner.services.settings import office_name

AS_OF = datetime(2023, 7, 20, 8, 30, tzinfo=UTC)
REPORT_DAY = date(2024, 8, 20)
NS = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdfaid": "http://www.aiim.org/pdfa/ns/id/",
}
TAG = re.compile(r"^/([A-Z]{6})\+\S+$")


@dataclass
class Kind:
    """A document kind: how to print it to bytes, its primary language, its "as of" time."""

    print: Callable[[], bytes]
    language: str
    as_of: datetime


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


def _to_bytes(build: Callable[[io.BytesIO], object]) -> Callable[[], bytes]:
    def run() -> bytes:
        out = io.BytesIO()
        build(out)
        return out.getvalue()

    return run


def _kind(name: str, services: Services, ids: dict[str, int], tmp_path: Path) -> Kind:
    documents = services.documents
    if name in ("itinerary", "personal itinerary"):
        data = documents.itinerary(ids["visit"], now=AS_OF)
        if name == "personal itinerary":
            person = data.members[0].person.id
            data = documents.itinerary(ids["visit"], person_id=person, now=AS_OF)
        assert data.stamp is not None
        return Kind(
            _to_bytes(lambda out: build_itinerary(data, out, ItineraryOptions(lang="de+ko"))),
            "de",
            data.stamp.as_of,
        )
    if name in ("gift protocol", "gift register"):
        if name == "gift protocol":
            gifts = documents.gift_protocol(visit_id=ids["visit"], now=AS_OF)
        else:
            gifts = documents.gift_protocol(year=2023, now=AS_OF)
        assert gifts.stamp is not None
        return Kind(
            _to_bytes(lambda out: build_gift_protocol(gifts, out, GiftProtocolOptions("ko"))),
            "ko",
            gifts.stamp.as_of,
        )
    if name == "residency sheet":
        sheet = services.residencies.sheet_data(ids["residency_incoming"], REPORT_DAY)
        return Kind(
            _to_bytes(lambda out: build_residency_sheet(sheet, out, lang="en")),
            "en",
            _midnight(REPORT_DAY),
        )
    if name == "balance":
        balance = services.balance.report_data(ids["partnership"], REPORT_DAY)
        return Kind(
            _to_bytes(lambda out: build_balance_pdf(balance, out, lang="de+en")),
            "de",
            _midnight(REPORT_DAY),
        )
    if name == "calendar sheet":
        sheet_day = date(2023, 7, 20)
        calendar = documents.calendar_sheet(
            date(2023, 7, 1), date(2023, 7, 31), "month", lang="ko", today=sheet_day
        )
        return Kind(
            _to_bytes(lambda out: build_calendar_sheet(calendar, out, lang="ko")),
            "ko",
            _midnight(sheet_day),
        )
    if name == "every balance":
        every = [
            services.balance.report_data(partnership.id, REPORT_DAY)
            for partnership in services.partnerships.list()
        ]
        return Kind(
            _to_bytes(lambda out: build_balances_pdf(every, out, lang="en")),
            "en",
            _midnight(REPORT_DAY),
        )
    if name == "booklet":
        visit = documents.itinerary(ids["visit"], now=AS_OF)
        parts = [
            documents.itinerary(ids["visit"], person_id=member.person.id, now=AS_OF)
            for member in visit.members[:2]
        ]
        assert parts[0].stamp is not None
        return Kind(
            _to_bytes(lambda out: build_booklet(parts, out, ItineraryOptions(lang="de"))),
            "de",
            parts[0].stamp.as_of,
        )
    return _calendar(name.split()[-1], services, tmp_path)


def _calendar(view: str, services: Services, tmp_path: Path) -> Kind:
    """The calendar document as the Calendar tab prints it: the week or month shown, in
    English."""
    today = date(2023, 7, 20)
    first, last = (
        (date(2023, 7, 24), date(2023, 7, 30))
        if view == "week"
        else (date(2023, 7, 1), date(2023, 7, 31))
    )
    data = services.documents.calendar_sheet(first, last, view, lang="en", today=today)
    return Kind(
        _to_bytes(lambda out: build_calendar_sheet(data, out, lang="en")), "en", _midnight(today)
    )


KINDS = [
    "itinerary",
    "personal itinerary",
    "gift protocol",
    "gift register",
    "residency sheet",
    "balance",
    "calendar month",
    "calendar week",
    "calendar sheet",
    "every balance",
    "booklet",
]


@dataclass
class Archival:
    created: datetime
    tags: list[str]
    title: str
    author: str


def _text(element: ET.Element | None) -> str:
    assert element is not None
    return element.text or ""


def _xmp_value(description: ET.Element, name: str) -> str | None:
    prefix, local = name.split(":")
    element = description.find(f"{prefix}:{local}", NS)
    if element is not None:
        return element.text or ""
    return description.get(f"{{{NS[prefix]}}}{local}")


def _fonts(reader: PdfReader) -> dict[int, DictionaryObject]:
    fonts: dict[int, DictionaryObject] = {}
    for page in reader.pages:
        for ref in page["/Resources"].get_object().get("/Font", {}).values():
            fonts[ref.idnum] = ref.get_object()
    return fonts


def check_archival(pdf: bytes, language: str) -> Archival:
    """Asserts what PDF/A-2b asks of the document; returns its date, tags, title, author."""
    reader = PdfReader(io.BytesIO(pdf))
    assert not reader.is_encrypted
    assert "/Encrypt" not in reader.trailer and "/ID" in reader.trailer
    # The header, then a comment of at least four bytes above 127 (ISO 19005-2, 6.1.2).
    assert re.match(rb"%PDF-1\.[0-7]\r?\n%[\x80-\xff]{4}", pdf), pdf[:20]
    root = reader.trailer["/Root"].get_object()
    info = reader.metadata
    assert info is not None

    # XMP: present, uncompressed, parseable, saying what the information dictionary says.
    metadata = root["/Metadata"].get_object()
    assert metadata["/Type"] == "/Metadata" and metadata["/Subtype"] == "/XML"
    assert "/Filter" not in metadata
    packet = metadata.get_data()
    assert packet.startswith(b"<?xpacket begin=") and packet.rstrip().endswith(b"?>")
    tree = ET.fromstring(packet.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0])
    descriptions = tree.findall(".//rdf:Description", NS)
    assert descriptions

    def value(name: str) -> str | None:
        for description in descriptions:
            found = _xmp_value(description, name)
            if found is not None:
                return found
        return None

    assert value("pdfaid:part") == "2"
    assert value("pdfaid:conformance") == "B"
    title = tree.find(
        ".//dc:title/rdf:Alt/rdf:li[@{http://www.w3.org/XML/1998/namespace}lang='x-default']", NS
    )
    assert _text(title) == info["/Title"] and info["/Title"]
    creators = tree.findall(".//dc:creator/rdf:Seq/rdf:li", NS)
    assert [c.text for c in creators] == [info["/Author"]] and info["/Author"]
    if info.get("/Subject"):
        description = tree.find(".//dc:description/rdf:Alt/rdf:li", NS)
        assert _text(description) == info["/Subject"]
    assert (value("pdf:Keywords") or "") == info.get("/Keywords", "")
    assert value("pdf:Producer") == info["/Producer"] and info["/Producer"]
    assert value("xmp:CreatorTool") == info["/Creator"] == "Exchange Planner"
    assert value("pdf:Trapped") == "False" and info["/Trapped"] == "/False"
    created = archive.parse_pdf_date(info["/CreationDate"])
    assert archive.parse_pdf_date(info["/ModDate"]) == created
    for name in ("xmp:CreateDate", "xmp:ModifyDate"):
        stated = value(name)
        assert stated is not None
        assert datetime.fromisoformat(stated) == created
        assert datetime.fromisoformat(stated).utcoffset() == created.utcoffset()
    languages = [li.text for li in tree.findall(".//dc:language/rdf:Bag/rdf:li", NS)]
    assert root["/Lang"] == language and languages[0] == language

    # An sRGB output intent with its ICC profile.
    intents = root["/OutputIntents"]
    assert len(intents) == 1
    intent = intents[0].get_object()
    assert intent["/Type"] == "/OutputIntent" and intent["/S"] == "/GTS_PDFA1"
    assert intent["/OutputConditionIdentifier"] == "sRGB IEC61966-2.1"
    profile = intent["/DestOutputProfile"].get_object()
    assert profile["/N"] == 3
    icc = profile.get_data()
    assert icc[36:40] == b"acsp" and icc[16:20] == b"RGB " and icc[12:16] == b"mntr"
    assert icc[8] == 4 and icc == archive.icc_profile()

    # Every font embedded, each subset under a tag of its own.
    tags: list[str] = []
    fonts = _fonts(reader)
    assert fonts
    for font in fonts.values():
        assert font["/Subtype"] in ("/TrueType", "/Type0"), font
        holder = font["/DescendantFonts"][0].get_object() if font["/Subtype"] == "/Type0" else font
        descriptor = holder["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000
        match = TAG.match(str(font["/BaseFont"]))
        assert match, font["/BaseFont"]
        assert descriptor["/FontName"] == font["/BaseFont"] == holder["/BaseFont"]
        tags.append(match.group(1))
    assert len(set(tags)) == len(tags), tags
    assert "AAAAAA" not in tags
    return Archival(created, tags, str(info["/Title"]), str(info["/Author"]))


@pytest.mark.parametrize("name", KINDS)
def test_every_document_kind_is_pdfa_2b(
    name: str, services: Services, sample_ids: dict[str, int], tmp_path: Path, qapp: object
) -> None:
    kind = _kind(name, services, sample_ids, tmp_path)

    # A normal print: dated now.
    before = datetime.now(UTC)
    with archive.reproducible(False):
        normal = check_archival(kind.print(), kind.language)
    assert (
        before - timedelta(seconds=2) <= normal.created <= datetime.now(UTC) + timedelta(seconds=1)
    )
    assert datetime.now(UTC) - normal.created < timedelta(minutes=1)
    assert normal.author  # the office

    # A reproducible print: dated at the data's "as of", the same bytes twice.
    with archive.reproducible():
        first = kind.print()
        second = kind.print()
    assert first == second
    exact = check_archival(first, kind.language)
    assert exact.created == kind.as_of.astimezone(UTC).replace(microsecond=0)
    assert exact.title == normal.title and exact.author == normal.author


def test_different_documents_have_different_subset_tags(
    services: Services, sample_ids: dict[str, int], tmp_path: Path
) -> None:
    with archive.reproducible():
        tags = {
            name: set(check_archival(kind.print(), kind.language).tags)
            for name in ("itinerary", "personal itinerary", "gift protocol", "balance")
            for kind in [_kind(name, services, sample_ids, tmp_path)]
        }
    names = list(tags)
    for index, one in enumerate(names):
        for other in names[index + 1 :]:
            assert not tags[one] & tags[other], (one, other)


def test_the_author_is_the_office_from_settings(
    services: Services, sample_ids: dict[str, int]
) -> None:
    settings = services.settings.all()
    city = services.settings.home_city()
    assert office_name({**settings, "letterhead": ""}, "de") == (
        f"Stadt {city} – Internationale Beziehungen"
    )
    assert office_name({**settings, "letterhead": ""}, "en") == (
        f"City of {city} – International Relations"
    )
    named = {**settings, "letterhead": '{"name": {"de": "Referat  Internationales"}}'}
    assert office_name(named, "de") == office_name(named, "ko") == "Referat Internationales"

    data = services.documents.itinerary(sample_ids["visit"], now=AS_OF)
    with archive.reproducible():
        pdf = _kind("itinerary", services, sample_ids, Path()).print()
    author = PdfReader(io.BytesIO(pdf)).metadata["/Author"]
    assert author == archive.document_author(data, "de")
    letterhead = getattr(data, "letterhead", None)
    if letterhead and letterhead.name:
        assert author == " ".join(letterhead.name.split())
    else:
        assert author == f"Stadt {data.home_city} – Internationale Beziehungen"


def test_the_test_suite_prints_reproducibly_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # tests/conftest.py sets the environment, so every byte comparison of the suite holds.
    assert archive.reproducible_wanted()
    with archive.reproducible(False):
        assert not archive.reproducible_wanted()
    monkeypatch.delenv(archive.REPRODUCIBLE_ENV)
    assert not archive.reproducible_wanted()  # a user's print is dated now
    with archive.reproducible():
        assert archive.reproducible_wanted()


def test_dates_keep_their_offset() -> None:
    from datetime import timezone

    moment = datetime(2026, 3, 29, 1, 59, 30, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    assert archive.pdf_date(moment) == "D:20260329015930-03'30'"
    assert archive.xmp_date(moment) == "2026-03-29T01:59:30-03:30"
    assert archive.parse_pdf_date(archive.pdf_date(moment)) == moment
    assert datetime.fromisoformat(archive.xmp_date(moment)) == moment
