"""PDF/A-2b for every document: metadata, dates, output intent and font subset names.

Every document the application writes is meant for the city archive, which takes PDF/A. What
the profile (ISO 19005-2, conformance level B) asks of our documents, and where it is done:

- XMP metadata (``xmp_packet``) that says the same as the document information dictionary:
  title, author (the office), subject, keywords, producer, creator tool, creation and
  modification date, and ``pdfaid:part=2``, ``pdfaid:conformance=B``; the document's
  languages in ``dc:language`` and the primary one as the catalog's ``/Lang``.
- An output intent (``GTS_PDFA1``) with the sRGB profile shipped in ``resources/icc``.
- Every font embedded: the documents use only TrueType subsets (``reports.fonts``), each
  with a subset tag of its own, derived from the document and the subset's glyphs
  (``subset_tag``), where ReportLab numbers every font's subsets AAAAAA, AAAAAB, ...
- No encryption, no annotations or scripts (the documents have none).

ReportLab documents (``reports.templates``) get all of it from ReportLab's own objects just
before they are written (``finish_reportlab``): no second parse of the file, so printing
costs no more than before. The calendar, painted by Qt, is finished with pypdf
(``finish_pdf_file``).

Dates: a normal print carries the time it was made. A reproducible print (``reproducible``,
or ``EXCHANGE_PLANNER_REPRODUCIBLE_PDF=1`` in the environment, which the test suite sets)
carries the data's "as of" time instead, and its document ID and subset tags come from its
content only: the same data gives the same bytes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

#: Set to "1" for reproducible documents where no caller says otherwise (the test suite).
REPRODUCIBLE_ENV = "EXCHANGE_PLANNER_REPRODUCIBLE_PDF"
CREATOR = "Exchange Planner"
#: The output intent's condition: the sRGB of IEC 61966-2-1, as the profile describes it.
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
ICC_REGISTRY = "http://www.color.org"
#: ReportLab's fixed date, for a reproducible document whose data has no "as of" time.
FIXED_DATE = datetime(2000, 1, 1, tzinfo=UTC)
_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_reproducible: ContextVar[bool | None] = ContextVar("reproducible_pdf", default=None)
_icc: bytes | None = None


@contextlib.contextmanager
def reproducible(enabled: bool = True) -> Iterator[None]:
    """Documents built inside are reproducible (``enabled``) or dated now (not ``enabled``),
    whatever the environment says."""
    token = _reproducible.set(enabled)
    try:
        yield
    finally:
        _reproducible.reset(token)


def reproducible_wanted() -> bool:
    """Whether documents built now are reproducible: ``reproducible()``, else the environment."""
    chosen = _reproducible.get()
    if chosen is not None:
        return chosen
    return os.environ.get(REPRODUCIBLE_ENV, "").strip().lower() in ("1", "true", "yes")


@dataclass(frozen=True)
class DocumentInfo:
    """What a document says about itself, in its information dictionary and its XMP."""

    title: str
    author: str = ""
    subject: str = ""
    keywords: tuple[str, ...] = ()
    #: The document's languages, primary first (BCP 47: "de", "ko", "en").
    languages: tuple[str, ...] = ("de",)
    #: Creation (= modification) time, timezone-aware, whole seconds.
    created: datetime = FIXED_DATE
    reproducible: bool = False
    creator: str = CREATOR
    producer: str = ""

    @property
    def keyword_text(self) -> str:
        return "; ".join(k for k in self.keywords if k)


def document_date(as_of: datetime | date | None, reproducible: bool) -> datetime:
    """The document's creation time: now (local time, whole seconds) for a normal print; the
    data's ``as_of`` (UTC; a date counts from midnight UTC) for a reproducible one."""
    if not reproducible:
        return datetime.now().astimezone().replace(microsecond=0)
    if as_of is None:
        return FIXED_DATE
    if not isinstance(as_of, datetime):
        return datetime.combine(as_of, time(0, 0), tzinfo=UTC)
    if as_of.tzinfo is None:  # the data's times are UTC
        as_of = as_of.replace(tzinfo=UTC)
    return as_of.astimezone(UTC).replace(microsecond=0)


def document_info(
    *,
    title: str,
    author: str,
    subject: str,
    keywords: Sequence[str],
    languages: Sequence[str],
    as_of: datetime | date | None,
    producer: str = "",
) -> DocumentInfo:
    """The information of a document built now (reproducible or not, see ``reproducible``)."""
    exact = reproducible_wanted()
    unique: list[str] = []
    for keyword in keywords:
        keyword = " ".join(keyword.replace(";", ",").split())
        if keyword and keyword not in unique:
            unique.append(keyword)
    return DocumentInfo(
        title=title,
        author=author,
        subject=subject,
        keywords=tuple(unique),
        languages=tuple(languages) or ("de",),
        created=document_date(as_of, exact),
        reproducible=exact,
        producer=producer,
    )


def default_office(home_city: str, language: str = "en") -> str:
    """The office's name when Settings name none: the home city's international office."""
    city = " ".join((home_city or "").split())
    if language == "de":
        return (
            f"Stadt {city} – Internationale Beziehungen" if city else "Internationale Beziehungen"
        )
    if language == "ko":
        return f"{city} 국제교류 담당" if city else "국제교류 담당"
    return f"City of {city} – International Relations" if city else "International Relations"


def document_author(data: object, language: str = "en") -> str:
    """A document's author: the office of the letterhead (Settings), else ``default_office``."""
    letterhead = getattr(data, "letterhead", None)
    name = " ".join(str(getattr(letterhead, "name", "") or "").split()) if letterhead else ""
    return name or default_office(str(getattr(data, "home_city", "") or ""), language)


def document_keywords(data: object) -> list[str]:
    """Keywords of a document: the cities it is about."""
    words: list[str] = []
    for field in ("home_city", "partner_city", "partner_city_native"):
        value = getattr(data, field, "")
        if isinstance(value, str) and value:
            words.append(value)
    return words


def document_as_of(data: object) -> datetime | date | None:
    """The data's "as of" time: the print stamp's, or the report's date."""
    stamp = getattr(data, "stamp", None)
    if stamp is not None:
        return stamp.as_of  # type: ignore[no-any-return]
    as_of = getattr(data, "as_of", None)
    return as_of if isinstance(as_of, datetime | date) else None


# --- dates and XMP ---------------------------------------------------------------------------


def _offset(moment: datetime) -> timedelta:
    return moment.utcoffset() or timedelta(0)


def pdf_date(moment: datetime) -> str:
    """``D:YYYYMMDDHHmmSS+HH'mm'`` (PDF 32000-1, 7.9.4)."""
    minutes = int(_offset(moment).total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{hours:02d}'{rest:02d}'"


def xmp_date(moment: datetime) -> str:
    """``YYYY-MM-DDThh:mm:ss+hh:mm``, the same instant and offset as ``pdf_date``."""
    minutes = int(_offset(moment).total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{moment:%Y-%m-%dT%H:%M:%S}{sign}{hours:02d}:{rest:02d}"


def parse_pdf_date(text: str) -> datetime:
    """The instant of a ``pdf_date`` (also ``Z`` and no offset, read as UTC)."""
    body = text[2:] if text.startswith("D:") else text
    moment = datetime.strptime(body[:14], "%Y%m%d%H%M%S")
    zone = body[14:].replace("'", "")
    tz: tzinfo = UTC
    if zone and zone[0] in "+-":
        delta = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5] or 0))
        from datetime import timezone

        tz = timezone(delta if zone[0] == "+" else -delta)
    return moment.replace(tzinfo=tz)


def _x(text: str) -> str:
    # XML 1.0 takes no control characters; documents' titles are plain text already.
    # (xml.sax.saxutils would import urllib and email into every print.)
    cleaned = "".join(c for c in text if c >= " " or c in "\t\n")
    for plain, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;")):
        cleaned = cleaned.replace(plain, entity)
    return cleaned


def xmp_packet(info: DocumentInfo, document_id: str) -> bytes:
    """The document's XMP metadata (UTF-8, uncompressed, as PDF/A asks)."""
    created = xmp_date(info.created)
    primary = info.languages[0]
    titles = f'<rdf:li xml:lang="x-default">{_x(info.title)}</rdf:li>'
    titles += f'<rdf:li xml:lang="{_x(primary)}">{_x(info.title)}</rdf:li>'
    languages = "".join(f"<rdf:li>{_x(code)}</rdf:li>" for code in info.languages)
    description = ""
    if info.subject:
        description = (
            "<dc:description><rdf:Alt>"
            f'<rdf:li xml:lang="x-default">{_x(info.subject)}</rdf:li>'
            "</rdf:Alt></dc:description>"
        )
    creator = ""
    if info.author:
        creator = f"<dc:creator><rdf:Seq><rdf:li>{_x(info.author)}</rdf:li></rdf:Seq></dc:creator>"
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt>{titles}</rdf:Alt></dc:title>
{creator}{description}<dc:language><rdf:Bag>{languages}</rdf:Bag></dc:language>
<pdf:Keywords>{_x(info.keyword_text)}</pdf:Keywords>
<pdf:Producer>{_x(info.producer)}</pdf:Producer>
<pdf:Trapped>False</pdf:Trapped>
<xmp:CreatorTool>{_x(info.creator)}</xmp:CreatorTool>
<xmp:CreateDate>{created}</xmp:CreateDate>
<xmp:ModifyDate>{created}</xmp:ModifyDate>
<xmp:MetadataDate>{created}</xmp:MetadataDate>
<xmpMM:DocumentID>uuid:{document_id}</xmpMM:DocumentID>
<xmpMM:InstanceID>uuid:{document_id}</xmpMM:InstanceID>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
    return text.encode("utf-8")


def icc_profile() -> bytes:
    """The shipped sRGB profile (``resources/icc/sRGB.icc``, see its licence beside it)."""
    global _icc
    if _icc is None:
        from exchange_planner.resources import traversable

        _icc = traversable("icc", "sRGB.icc").read_bytes()
    return _icc


def subset_tag(seed: bytes, name: str, program: bytes, taken: set[str]) -> str:
    """Six capital letters for a font subset, from the document's ``seed``, the font's name
    and its embedded program; different from the ``taken`` ones (which it joins)."""
    counter = 0
    while True:
        digest = hashlib.sha256(
            seed + name.encode("utf-8") + b"\0" + program + counter.to_bytes(4, "big")
        ).digest()
        value = int.from_bytes(digest[:8], "big")
        letters = []
        for _ in range(6):
            value, index = divmod(value, 26)
            letters.append(_LETTERS[index])
        tag = "".join(letters)
        if tag not in taken:
            taken.add(tag)
            return tag
        counter += 1


def _seed(info: DocumentInfo, content: bytes) -> bytes:
    """What the document ID and the subset tags derive from: the content, and for a normal
    print its time (two prints of the same data at different times differ)."""
    seed = hashlib.sha256(content)
    seed.update(info.title.encode("utf-8"))
    if not info.reproducible:
        seed.update(xmp_date(info.created).encode("ascii"))
    return seed.digest()


def _uuid(seed: bytes) -> str:
    h = hashlib.md5(seed, usedforsecurity=False).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# --- ReportLab ---------------------------------------------------------------------------


def finish_reportlab(canvas: Any, info: DocumentInfo, content: bytes) -> None:
    """Make the ReportLab document of ``canvas`` PDF/A-2b, just before ``Canvas.save``.

    ``content`` stands for what the pages show (their drawing operators); with ``info`` it
    decides the document ID and the subset tags. All pages must have been shown."""
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFont, makeToUnicodeCMap

    doc = canvas._doc
    seed = _seed(info, content)
    document_id = _uuid(seed)

    # Dates and identity: the information dictionary, the XMP and the trailer's /ID.
    stamp = pdf_date(info.created)
    canvas.setDateFormatter(lambda *_: stamp)
    canvas.setTitle(info.title)
    canvas.setAuthor(info.author)
    canvas.setSubject(info.subject)
    canvas.setKeywords(info.keyword_text)
    canvas.setCreator(info.creator)
    canvas.setProducer(info.producer)
    signature = hashlib.md5(seed, usedforsecurity=False)
    doc.signature = signature  # the trailer's /ID is this digest (and the information's)

    # Fonts: ReportLab writes its subsets when saving; done here, they can be renamed.
    subsets: dict[str, list[int]] = {}
    for font in doc.delayedFonts:
        if isinstance(font, TTFont):
            state = font.state.get(doc)
            if state is not None and state.internalName is not None:
                for number, subset in enumerate(state.subsets):
                    subsets[f"{state.internalName}+{number}"] = list(subset)
    for font in doc.delayedFonts:
        font.addObjects(doc)
    doc.delayedFonts = []
    taken: set[str] = set()
    fonts = doc.idToObject["BasicFonts"].dict
    for internal in sorted(fonts):
        font = fonts[internal]
        base = getattr(font, "BaseFont", "")
        if not isinstance(font, pdfdoc.PDFTrueTypeFont) or "+" not in base:
            continue
        descriptor = doc.idToObject[font.FontDescriptor.name]
        program = doc.idToObject[descriptor.dict["FontFile2"].name].content
        name = base.split("+", 1)[1]
        renamed = f"{subset_tag(seed, name, program, taken)}+{name}"
        font.BaseFont = renamed
        descriptor.dict["FontName"] = pdfdoc.PDFName(renamed)
        if internal in subsets and hasattr(font, "ToUnicode"):
            doc.idToObject[font.ToUnicode.name].content = makeToUnicodeCMap(
                renamed, subsets[internal]
            )

    # XMP and the output intent in the catalog.
    catalog = doc.Catalog
    catalog.Lang = pdfdoc.PDFString(info.languages[0])
    packet = xmp_packet(info, document_id)
    catalog.Metadata = pdfdoc.XMP(creator=lambda _doc: packet)
    profile = pdfdoc.PDFStream(
        dictionary=pdfdoc.PDFDictionary({"N": 3}), content=icc_profile(), filters=[]
    )
    intent = pdfdoc.PDFDictionary(
        {
            "Type": pdfdoc.PDFName("OutputIntent"),
            "S": pdfdoc.PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": pdfdoc.PDFString(OUTPUT_CONDITION),
            "Info": pdfdoc.PDFString(OUTPUT_CONDITION),
            "RegistryName": pdfdoc.PDFString(ICC_REGISTRY),
            "DestOutputProfile": doc.Reference(profile, "sRGB output profile"),
        }
    )
    # The catalog writes only the entries it lists; the output intents join them.
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*catalog.__NoDefault__, "OutputIntents"]
    catalog.OutputIntents = pdfdoc.PDFArray([intent])


def reportlab_producer() -> str:
    from reportlab import Version

    return f"ReportLab PDF Library {Version}"


# --- other PDFs (the calendar, painted by Qt) -------------------------------------------


def finish_pdf_file(path: Path, info: DocumentInfo) -> None:
    """Make the PDF at ``path`` PDF/A-2b in place (read whole, written whole to ``path``).

    For PDFs that ReportLab did not write: Qt's calendar. Fonts must be embedded TrueType
    (Qt embeds them so); their subsets are renamed like ReportLab's."""
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        ByteStringObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    source = Path(path).read_bytes()
    reader = PdfReader(BytesIO(source))
    writer = PdfWriter(clone_from=reader)
    # Content: the pages' drawing, without the painter's own dates and ids.
    content = hashlib.sha256()
    for page in writer.pages:
        content.update(page.get_contents().get_data() if page.get_contents() else b"")
    fonts: dict[int, DictionaryObject] = {}
    for page in writer.pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        for ref in resources.get_object().get("/Font", {}).values():
            font = ref.get_object()
            fonts[id(font)] = font
    programs: list[tuple[DictionaryObject, list[DictionaryObject], bytes, str]] = []
    for font in fonts.values():
        holders = [font]
        descendants = font.get("/DescendantFonts")
        if descendants:
            holders.append(descendants[0].get_object())
        descriptor = holders[-1].get("/FontDescriptor")
        if descriptor is None:
            continue
        descriptor = descriptor.get_object()
        file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        program = file.get_object().get_data() if file is not None else b""
        name = str(descriptor.get("/FontName", font.get("/BaseFont", "/Font")))[1:]
        name = name.split("+", 1)[-1]
        content.update(name.encode("utf-8") + program)
        programs.append((descriptor, holders, program, name))
    seed = _seed(info, content.digest())
    taken: set[str] = set()
    for descriptor, holders, program, name in sorted(programs, key=lambda p: p[3]):
        renamed = NameObject("/" + f"{subset_tag(seed, name, program, taken)}+{name}")
        descriptor[NameObject("/FontName")] = renamed
        for holder in holders:
            holder[NameObject("/BaseFont")] = renamed

    document_id = _uuid(seed)
    stamp = pdf_date(info.created)
    writer.add_metadata(
        {
            "/Title": info.title,
            "/Author": info.author,
            "/Subject": info.subject,
            "/Keywords": info.keyword_text,
            "/Creator": info.creator,
            "/Producer": info.producer,
            "/CreationDate": stamp,
            "/ModDate": stamp,
        }
    )
    if writer._info is not None:
        writer._info[NameObject("/Trapped")] = NameObject("/False")
    root = writer._root_object
    root[NameObject("/Lang")] = TextStringObject(info.languages[0])
    metadata = root.get("/Metadata")
    packet = xmp_packet(info, document_id)
    if metadata is not None:  # rewritten in place: no orphan of the painter's left behind
        stream = metadata.get_object()
        for key in ("/Filter", "/DecodeParms"):
            stream.pop(key, None)
        stream.set_data(packet)
    else:
        stream = DecodedStreamObject()
        stream.set_data(packet)
        stream[NameObject("/Type")] = NameObject("/Metadata")
        stream[NameObject("/Subtype")] = NameObject("/XML")
        root[NameObject("/Metadata")] = writer._add_object(stream)
    stream[NameObject("/Type")] = NameObject("/Metadata")
    stream[NameObject("/Subtype")] = NameObject("/XML")
    icc = DecodedStreamObject()
    icc.set_data(icc_profile())
    icc[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(OUTPUT_CONDITION),
            NameObject("/Info"): TextStringObject(OUTPUT_CONDITION),
            NameObject("/RegistryName"): TextStringObject(ICC_REGISTRY),
            NameObject("/DestOutputProfile"): writer._add_object(icc),
        }
    )
    root[NameObject("/OutputIntents")] = ArrayObject([intent])
    identifier = ByteStringObject(hashlib.md5(seed, usedforsecurity=False).digest())
    writer._ID = ArrayObject([identifier, identifier])
    writer.pdf_header = reader.pdf_header  # not pypdf's default 1.3
    out = BytesIO()
    writer.write(out)
    Path(path).write_bytes(out.getvalue())
