"""Embedded TrueType fonts for every PDF: Latin text and Hangul, never unembedded CID fonts.

ReportLab embeds a subset of each TrueType font it uses, so the PDF shows the same glyphs in
every viewer. No single font the project ships covers both German and Korean (NanumGothic
lacks "Ä", "Ö" and "„"), so a :class:`FontSet` is a chain of faces: text is split into runs and
every run is set in the first face that has its glyphs.

The chain, first to last:

1. a font the user chose in the settings (any TrueType ``.ttf``, or ``.ttc`` with TrueType
   outlines), if given;
2. DejaVu Sans, shipped in ``exchange_planner.resources`` (Bitstream Vera licence), for Latin,
   Greek, Cyrillic and symbols; ReportLab's own Bitstream Vera if that is missing;
3. NanumGothic, shipped there too (SIL OFL 1.1); a system font (Malgun Gothic on Windows,
   Apple SD Gothic Neo on macOS, Debian's ``fonts-nanum``) only if the package's is missing.

Characters no face has (rare emoji) print as the primary face's "missing glyph" box.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import threading
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError

from exchange_planner import resources
from exchange_planner.domain.errors import ExchangePlannerError
from exchange_planner.reports.font_cache import load_font

#: Characters always set in the primary face (word spaces keep the primary face's width),
#: except word spaces between two words of one other face (see ``FontSet.runs``).
_PRIMARY_ALWAYS = frozenset(map(ord, " \n"))


_SPACE = ord(" ")

#: Marks of the faces after the primary one while text is cut into runs (Plane 15, private
#: use; face N is marked with this plus N).
_MARK_BASE = 0xF0000


class FontError(ExchangePlannerError):
    """A font file that cannot be used (missing, not TrueType, unreadable)."""


@dataclass(frozen=True)
class Face:
    """One registered face: ReportLab names of its regular and bold weights."""

    regular: str
    bold: str
    source: str
    #: Code points the face can draw (shared with the regular weight; bold usually matches).
    coverage: frozenset[int]

    def covers(self, char: str) -> bool:
        return ord(char) in self.coverage


@dataclass(frozen=True)
class FontSet:
    """The chain of faces used for one document; ``faces[0]`` is the primary face."""

    faces: tuple[Face, ...]

    @property
    def regular(self) -> str:
        return self.faces[0].regular

    @property
    def bold(self) -> str:
        return self.faces[0].bold

    def face_for(self, char: str) -> Face:
        for face in self.faces:
            if face.covers(char):
                return face
        return self.faces[0]

    def runs(self, text: str, *, bold: bool = False) -> list[tuple[str, str]]:
        """``text`` cut into (font name, piece) runs, each piece drawable by its font.

        Every character goes to the first face that has it; spaces, line breaks and
        characters no face has stay in the primary face, except the word spaces between two
        words of one other face (a Korean sentence is one run of the Hangul face, with its
        own word spaces: each font switch is a fragment ReportLab parses, measures and draws
        on its own). The cutting is one pass in C, not a look-up per character in Python:
        ``str.translate`` marks each character with its face (:attr:`_marks`), and one
        regular expression finds the runs of marks."""
        if not text:
            return []
        names = [face.bold if bold else face.regular for face in self.faces]
        table, pattern = self._marks
        runs: list[tuple[str, str]] = []
        position = 0
        if pattern is not None:
            for match in pattern.finditer(text.translate(table)):
                start, end = match.span()
                if start > position:
                    runs.append((names[0], text[position:start]))
                name = names[match.lastindex or 0]
                if runs and runs[-1][0] == name:  # two faces of one font (a bold fallback)
                    runs[-1] = (name, runs[-1][1] + text[start:end])
                elif (
                    len(runs) > 1
                    and runs[-2][0] == name
                    and runs[-1][0] == names[0]
                    and not runs[-1][1].strip(" ")
                    and _SPACE in self.faces[match.lastindex or 0].coverage
                ):  # word spaces between two words of this face
                    runs[-2:] = [(name, runs[-2][1] + runs[-1][1] + text[start:end])]
                else:
                    runs.append((name, text[start:end]))
                position = end
        if position < len(text):
            rest = text[position:]
            if runs and runs[-1][0] == names[0]:
                runs[-1] = (names[0], runs[-1][1] + rest)
            else:
                runs.append((names[0], rest))
        return runs

    @cached_property
    def _marks(self) -> tuple[dict[int, str], re.Pattern[str] | None]:
        """A ``str.translate`` table turning each character that goes to a face after the
        primary one into that face's mark, and a pattern whose group N matches a run of the
        marks of face N. Marks are private-use characters; where the text itself holds one,
        the table turns it into a plain letter, so only the table's marks are ever found."""
        if len(self.faces) == 1:
            return {}, None
        marks = [chr(_MARK_BASE + index) for index in range(1, len(self.faces))]
        table: dict[int, str] = dict.fromkeys(map(ord, marks), "x")
        taken = set(self.faces[0].coverage)
        for mark, face in zip(marks, self.faces[1:], strict=True):
            table.update(dict.fromkeys(face.coverage - taken - _PRIMARY_ALWAYS, mark))
            taken |= face.coverage
        return table, re.compile("|".join(f"({re.escape(mark)}+)" for mark in marks))

    def string_width(self, text: str, size: float, *, bold: bool = False) -> float:
        return sum(
            pdfmetrics.stringWidth(piece, name, size) for name, piece in self.runs(text, bold=bold)
        )

    def describe(self) -> str:
        return ", ".join(face.source for face in self.faces)


_lock = threading.Lock()
_registered: dict[tuple[str, str], Face] = {}
_font_sets: dict[str, FontSet] = {}
#: Every font name a chain uses as its primary face -> (chain, is the bold weight).
_chains: dict[str, tuple[FontSet, bool]] = {}


def chain_for(font_name: str) -> tuple[FontSet, bool] | None:
    """The chain whose primary face is ``font_name`` (so paragraphs can fall back), or None."""
    with _lock:
        return _chains.get(font_name)


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file inside an installed package, found without importing the package."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        path = Path(location).joinpath(*parts)
        if path.is_file():
            return path
    return None


def latin_candidates() -> list[tuple[Path, Path | None]]:
    """(regular, bold) files for Latin text, best first."""
    found: list[tuple[Path, Path | None]] = []
    found.extend(resources.shipped_files(resources.DEJAVU_SANS))
    vera = _package_file("reportlab", "fonts", "Vera.ttf")
    if vera is not None:
        found.append((vera, vera.with_name("VeraBd.ttf")))
    return found


def hangul_candidates() -> list[tuple[Path, Path | None]]:
    """(regular, bold) TrueType files with Hangul, best first: the shipped font, then the system."""
    return resources.hangul_fonts()


def _register_file(path: Path, role: str) -> str:
    """Register one file under a name derived from its path; returns that name."""
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    name = f"EP{role}-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    try:
        # Subfont 0 is the first face of a .ttc collection; ignored for .ttf. Parsed once,
        # then read from the cache of parsed fonts (font_cache.py) in later runs.
        font = load_font(name, path, 0)
    except (TTFError, OSError, ValueError) as error:
        raise FontError(f"font {path} cannot be used: {error}") from error
    pdfmetrics.registerFont(font)
    return name


def register_face(regular: Path, bold: Path | None = None, *, role: str = "Font") -> Face:
    """Register a TrueType face (and its bold weight, if that file exists) for embedding."""
    regular = Path(regular)
    if not regular.is_file():
        raise FontError(f"font file {regular} does not exist")
    key = (str(regular.resolve()), str(bold.resolve()) if bold else "")
    with _lock:
        if key in _registered:
            return _registered[key]
        regular_name = _register_file(regular, role)
        bold_name = regular_name
        if bold is not None and bold.is_file():
            try:
                bold_name = _register_file(bold, role + "Bold")
            except FontError:
                bold_name = regular_name
        # Family mapping so that <b> in generated markup picks the bold weight.
        for is_bold, is_italic, name in (
            (0, 0, regular_name),
            (1, 0, bold_name),
            (0, 1, regular_name),
            (1, 1, bold_name),
        ):
            addMapping(regular_name, is_bold, is_italic, name)
        font = pdfmetrics.getFont(regular_name)
        coverage = frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]
        face = Face(regular_name, bold_name, str(regular), coverage)
        _registered[key] = face
        return face


def _first_usable(candidates: list[tuple[Path, Path | None]], role: str) -> Face | None:
    for regular, bold in candidates:
        try:
            return register_face(regular, bold, role=role)
        except FontError:
            continue
    return None


def font_set(user_font: str | Path | None = None) -> FontSet:
    """The font chain for a document; ``user_font`` (a file path) goes first when given.

    Raises :class:`FontError` when the user's font cannot be read or no Hangul font exists.
    """
    key = str(user_font or "")
    with _lock:
        cached = _font_sets.get(key)
    if cached is not None:
        return cached
    faces: list[Face] = []
    if user_font:
        path = Path(user_font)
        faces.append(register_face(path, _bold_sibling(path), role="User"))
    latin = _first_usable(latin_candidates(), "Latin")
    if latin is not None:
        faces.append(latin)
    hangul = _first_usable(hangul_candidates(), "Hangul")
    if hangul is None:
        raise FontError(
            "no TrueType font with Hangul was found; reinstall the application "
            "(it ships NanumGothic) or choose a font file in the document settings"
        )
    faces.append(hangul)
    result = FontSet(tuple(faces))
    with _lock:
        _font_sets[key] = result
        _chains.setdefault(result.regular, (result, False))
        if result.bold != result.regular:
            _chains.setdefault(result.bold, (result, True))
    return result


def _bold_sibling(path: Path) -> Path | None:
    for candidate in (
        path.with_name(f"{path.stem}Bold{path.suffix}"),
        path.with_name(f"{path.stem}-Bold{path.suffix}"),
        path.with_name(f"{path.stem}bd{path.suffix}"),
    ):
        if candidate.is_file():
            return candidate
    return None


def check_font_file(path: str | Path) -> str:
    """Validate a font file the user picked; returns a short description or raises FontError."""
    face = register_face(Path(path), role="Check")
    hangul = sum(1 for code in range(0xAC00, 0xD7A4) if code in face.coverage)
    return f"{Path(path).name}: {len(face.coverage)} characters, {hangul} Hangul syllables"
