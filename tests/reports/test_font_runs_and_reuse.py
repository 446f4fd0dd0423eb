"""Font chains: text cut into runs in one pass; fonts parsed once per process, and read
back from the cache of parsed fonts in later processes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace

from exchange_planner.reports.font_cache import CACHE_ENV, load_font
from exchange_planner.reports.fonts import FontSet, font_set
from exchange_planner.reports.text import markup
from exchange_planner.resources import NANUM_GOTHIC, font_file


def reference_runs(fonts: FontSet, text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """The definition of the runs, one character at a time: each character in the first
    face that has it (the primary face for spaces, line breaks and what no face has),
    neighbours in the same font joined; word spaces between two runs of one other face that
    has a space join those runs."""
    primary = fonts.faces[0].bold if bold else fonts.faces[0].regular
    spaced = {f.bold if bold else f.regular for f in fonts.faces if ord(" ") in f.coverage}
    runs: list[tuple[str, str]] = []
    for char in text:
        face = fonts.faces[0]
        if char not in " \n":
            face = next((f for f in fonts.faces if ord(char) in f.coverage), fonts.faces[0])
        name = face.bold if bold else face.regular
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + char)
        else:
            runs.append((name, char))
    joined: list[tuple[str, str]] = []
    for name, piece in runs:
        if (
            len(joined) > 1
            and name != primary
            and name in spaced
            and joined[-2][0] == name
            and joined[-1][0] == primary
            and set(joined[-1][1]) == {" "}
        ):
            joined[-2:] = [(name, joined[-2][1] + joined[-1][1] + piece)]
        else:
            joined.append((name, piece))
    return joined


#: Latin with German punctuation, Hangul (syllables and jamo), Hanja, emoji, spaces, breaks.
MIXED = st.text(
    alphabet=st.one_of(
        st.sampled_from("aZÄöß „“–…€·,.:1 \n\u00a0\u3000강기정광주ㄱㅏ漢字😀"),
        st.characters(min_codepoint=0x20, max_codepoint=0x2FFFF, exclude_categories=("Cs",)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None)
@given(text=MIXED, bold=st.booleans())
def test_runs_match_the_character_by_character_definition(text: str, bold: bool) -> None:
    fonts = font_set()
    assert fonts.runs(text, bold=bold) == reference_runs(fonts, text, bold=bold)


@settings(max_examples=60, deadline=None)
@given(text=MIXED)
def test_runs_with_a_hangul_font_first(text: str) -> None:
    # A user font first (here NanumGothic): Latin it lacks ("Ä") falls back to DejaVu Sans.
    fonts = font_set(font_file(NANUM_GOTHIC.regular))
    assert len(fonts.faces) == 3
    assert fonts.runs(text) == reference_runs(fonts, text)


def test_runs_are_cut_without_a_look_up_per_character(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts = font_set()

    def per_character(self: FontSet, char: str) -> None:
        raise AssertionError(f"face looked up for {char!r}")

    monkeypatch.setattr(FontSet, "face_for", per_character)
    latin, hangul = fonts.faces[0].regular, fonts.faces[-1].regular
    assert fonts.runs("Kang 강기정 (광주), Ärger") == [
        (latin, "Kang "),
        (hangul, "강기정"),
        (latin, " ("),
        (hangul, "광주"),
        (latin, "), Ärger"),
    ]
    # A Korean sentence is one run, its word spaces in the Hangul face; spaces next to
    # Latin text and line breaks stay in the primary face.
    assert fonts.runs("a 주최자 환영사  통역\n회의 b") == [
        (latin, "a "),
        (hangul, "주최자 환영사  통역"),
        (latin, "\n"),
        (hangul, "회의"),
        (latin, " b"),
    ]
    assert fonts.runs("") == []
    # Markup and widths use the same runs.
    assert markup("a<b> 강", fonts.regular) == f'a&lt;b&gt; <font name="{hangul}">강</font>'
    assert fonts.string_width("강 a", 10) > 0


BATCH = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from reportlab.pdfbase import ttfonts

    parsed = []
    original = ttfonts.TTFontFile.__init__

    def counting(self, file, *args, **kwargs):
        parsed.append(str(file))
        original(self, file, *args, **kwargs)

    ttfonts.TTFontFile.__init__ = counting

    from exchange_planner.services.registry import Services
    from exchange_planner.storage.database import open_database

    db = open_database(Path(sys.argv[1]))
    services = Services.for_database(db)
    written = services.documents.write_personal_itineraries(1, Path(sys.argv[2]), lang="de+ko")
    written += services.documents.write_personal_itineraries(1, Path(sys.argv[3]), lang="en")
    pages = services.documents.write_itinerary(1, Path(sys.argv[2]) / "visit.pdf")
    db.dispose()
    print(len(written), pages, len(parsed), len(set(parsed)))
    """
)


def test_batch_of_personal_itineraries_parses_each_font_once(
    sample_db_path: Path, tmp_path: Path
) -> None:
    """Two batches of the sample's 26 personal itineraries (20 members, 6 hosts) and the visit's itinerary in one
    process (what "Print personal itineraries" does): every font file is parsed once."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            BATCH,
            str(sample_db_path),
            str(tmp_path / "a"),
            str(tmp_path / "b"),
        ],
        capture_output=True,
        text=True,
        check=True,
        # Without the cache of parsed fonts, so that every parse is seen.
        env={**os.environ, CACHE_ENV: "off"},
        timeout=600,
    )
    documents, pages, parses, files = map(int, result.stdout.split())
    assert documents == 52  # 20 members and 6 hosts, twice
    assert pages >= 4
    assert files == 4  # DejaVu Sans and NanumGothic, regular and bold
    assert parses == files


COUNTED_PRINT = textwrap.dedent(
    """
    import sys
    from reportlab.pdfbase import ttfonts

    parsed = []
    original = ttfonts.TTFontFile.__init__

    def counting(self, file, *args, **kwargs):
        parsed.append(str(file))
        original(self, file, *args, **kwargs)

    ttfonts.TTFontFile.__init__ = counting
    from exchange_planner.cli import main

    code = main(sys.argv[1:])
    print("parsed", len(parsed))
    sys.exit(code)
    """
)


def _print(db: Path, out: Path, cache: str, *extra: str) -> int:
    """``exchange-planner print itinerary`` in a process of its own; returns the number of
    font files it parsed."""
    command = ["print", "itinerary", "--db", str(db), "--visit", "1", "-o", str(out), *extra]
    result = subprocess.run(
        [sys.executable, "-c", COUNTED_PRINT, *command],
        capture_output=True,
        text=True,
        env={**os.environ, CACHE_ENV: cache},
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.split("parsed")[-1])


def test_later_prints_read_parsed_fonts_from_the_cache(
    sample_db_path: Path, tmp_path: Path
) -> None:
    cache = tmp_path / "cache"
    assert _print(sample_db_path, tmp_path / "first.pdf", str(cache), "--lang", "de+ko") == 4
    assert len(list(cache.glob("*.marshal"))) == 4
    assert _print(sample_db_path, tmp_path / "second.pdf", str(cache), "--lang", "de+ko") == 0
    assert _print(sample_db_path, tmp_path / "parsed.pdf", "off", "--lang", "de+ko") == 4
    # The same document whether the fonts were parsed or read back.
    first = (tmp_path / "first.pdf").read_bytes()
    assert (tmp_path / "second.pdf").read_bytes() == first
    assert (tmp_path / "parsed.pdf").read_bytes() == first
    # A damaged entry is parsed again and written anew.
    for entry in cache.glob("*.marshal"):
        entry.write_bytes(b"\x00garbage")
    assert _print(sample_db_path, tmp_path / "damaged.pdf", str(cache), "--lang", "de+ko") == 4
    assert (tmp_path / "damaged.pdf").read_bytes() == first
    assert _print(sample_db_path, tmp_path / "again.pdf", str(cache), "--lang", "de+ko") == 0


def test_restored_font_is_the_parsed_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    path = font_file(NANUM_GOTHIC.regular)
    parsed = TTFont("parsed", str(path))
    load_font("stored", path)
    restored = load_font("restored", path)
    assert set(vars(restored)) == set(vars(parsed))
    assert restored.face is not parsed.face
    theirs = vars(parsed.face)
    # Tables only shaping reads are unpacked when first asked for.
    assert "glyphToChar" not in vars(restored.face)
    mine = {key: getattr(restored.face, key) for key in theirs}
    assert set(vars(restored.face)) - set(theirs) == {"_later"}
    for key, value in theirs.items():
        if key == "_pdfScale":
            assert mine[key](1234) == value(1234)
        else:
            assert mine[key] == value and type(mine[key]) is type(value), key
    for key in ("charToGlyph", "charWidths", "glyphToChar"):
        assert list(mine[key].items()) == list(theirs[key].items())
    assert isinstance(restored.face, TTFontFace)
    # A font file that changed (here: another file) gets an entry of its own.
    copy = tmp_path / "copy.ttf"
    copy.write_bytes(path.read_bytes())
    load_font("copy", copy)
    assert len(list(tmp_path.glob("*.marshal"))) == 2


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=30))
def test_escaping_is_that_of_xml_sax(text: str) -> None:
    from xml.sax.saxutils import escape as sax_escape

    from exchange_planner.reports.text import escape

    assert escape(text) == sax_escape(text)


def test_document_builders_import_no_network_or_xml_modules() -> None:
    """Printing needs ReportLab, not ``xml.sax`` (whose ``escape`` pulls in urllib,
    http.client and ssl at every print)."""
    code = (
        "import sys\n"
        "import exchange_planner.reports.itinerary, exchange_planner.reports.gifts\n"
        "import exchange_planner.reports.balance, exchange_planner.reports.residency_sheet\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('xml', 'ssl', 'http', 'email') or m == 'urllib.request'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_fonts_remember_the_widths_reportlab_computes(monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.lib.rl_accel import instanceStringWidthTTF
    from reportlab.pdfbase import pdfmetrics

    from exchange_planner.reports import font_cache

    fonts = font_set()
    names = {name for face in fonts.faces for name in (face.regular, face.bold)}
    assert all(isinstance(pdfmetrics.getFont(name), font_cache.DocumentFont) for name in names)
    measured: list[str] = []

    def counting(font: object, text: str, size: float, encoding: str = "utf8") -> float:
        measured.append(text)
        return instanceStringWidthTTF(font, text, size, encoding)

    monkeypatch.setattr(font_cache, "instanceStringWidthTTF", counting)
    name = fonts.faces[-1].regular
    vars(pdfmetrics.getFont(name)).pop("_widths", None)  # nothing remembered yet
    for text in ("광주광역시", "Ärger 강", "광주광역시", "", "광주광역시"):
        assert pdfmetrics.stringWidth(text, name, 9.5) == instanceStringWidthTTF(
            pdfmetrics.getFont(name), text, 9.5
        )
    assert measured == ["광주광역시", "Ärger 강", ""]
