"""Parsed TrueType fonts kept between runs, so that a print does not parse every font again.

ReportLab reads a TrueType file's character map and the width of every glyph each time a
process registers the font: 40-60 ms for each weight of NanumGothic, about as long as the
rest of a short itinerary. What it reads depends only on the file and the ReportLab version,
so the parsed tables are stored once in the user's cache folder, as plain data (``marshal``:
numbers, strings, lists and dicts; nothing in it is ever run), and read back in a few
milliseconds. The font file itself is still read, for the glyphs embedded in each PDF.

A missing, stale (other file size, time or ReportLab version) or damaged entry only means the
file is parsed as before, and the entry written again; a cache folder that cannot be written
changes nothing. ``EXCHANGE_PLANNER_FONT_CACHE`` names another folder; ``off`` turns it off.

Each font is a :class:`DocumentFont`, which also remembers the width of every string it
measured: ReportLab measures the same words again each time it wraps a paragraph (a table
cell is wrapped several times), one character at a time.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from array import array
from itertools import accumulate
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from reportlab.lib.rl_accel import instanceStringWidthTTF
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from exchange_planner import APP_ID

#: Raised to store entries in a new form (old entries are then ignored).
FORMAT = 2
CACHE_ENV = "EXCHANGE_PLANNER_FONT_CACHE"
#: What a TTFont holds besides its face; a ReportLab that holds more is not served from here.
_FONT_ATTRIBUTES = frozenset(
    {"fontName", "face", "encoding", "state", "_asciiReadable", "_shapable"}
)
#: Face attributes rebuilt on reading rather than stored.
_NOT_STORED = frozenset({"_ttf_data", "_pdfScale"})


#: Widths a font remembers at most (then it starts again): words, not whole documents.
WIDTHS_KEPT = 100_000


class DocumentFont(TTFont):
    """A ReportLab TrueType font that remembers the widths of the strings it measured
    (the same numbers ReportLab computes, so the layout is the same)."""

    def stringWidth(self, text: str | bytes, size: float, encoding: str = "utf8") -> float:
        try:
            widths: dict[tuple[str | bytes, float, str], float] = self._widths
        except AttributeError:
            widths = self._widths = {}
        key = (text, size, encoding)
        width = widths.get(key)
        if width is None:
            if len(widths) >= WIDTHS_KEPT:
                widths.clear()
            width = widths[key] = instanceStringWidthTTF(self, text, size, encoding)
        return width


def cache_dir() -> Path | None:
    """The folder of the parsed fonts, or None when the cache is turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0") else Path(chosen)
    import platformdirs

    return platformdirs.user_cache_path(APP_ID, appauthor=False) / "fonts"


def _entry(path: Path, subfont: int) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    try:
        info = path.stat()
    except OSError:
        return None
    key = "|".join(
        map(
            str,
            (FORMAT, reportlab.Version, path.resolve(), subfont, info.st_size, info.st_mtime_ns),
        )
    )
    return folder / f"{hashlib.sha1(key.encode()).hexdigest()}.marshal"


def load_font(name: str, path: Path, subfont: int = 0) -> DocumentFont:
    """``TTFont(name, path, subfontIndex=subfont)``, from the cache when it has the file.

    Raises what ``TTFont`` raises for a file that is not a usable font."""
    entry = _entry(path, subfont)
    if entry is not None:
        font = _restore(name, path, entry)
        if font is not None:
            return font
    font = DocumentFont(name, str(path), subfontIndex=subfont)
    if entry is not None:
        _store(font, entry)
    return font


def _store(font: TTFont, entry: Path) -> None:
    if set(vars(font)) != _FONT_ATTRIBUTES:
        return  # a ReportLab that builds its fonts differently: parse every time
    face: dict[str, Any] = {}
    names: dict[str, bytes] = {}
    for key, value in vars(font.face).items():
        if key in _NOT_STORED:
            continue
        if isinstance(value, TTFNameBytes):
            names[key] = bytes(value)
        else:
            face[key] = _pack(value)
    state = {
        "face": face,
        "names": names,
        "font": {"_asciiReadable": font._asciiReadable, "_shapable": font._shapable},
    }
    try:
        data = marshal.dumps(state)
    except ValueError:
        return  # something that is not plain data
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f".{entry.name}.{os.getpid()}")
        temporary.write_bytes(data)
        os.replace(temporary, entry)
    except OSError:
        return


#: Tag of a packed table (a tuple starting with it); other values are stored as they are.
_PACKED = "exchange-planner:packed"


def _ints(values: Any) -> bool:
    return all(type(value) is int for value in values)


def _pack(value: Any) -> Any:
    """Big tables of the face as arrays of machine numbers (read back ten times faster than
    the same numbers as Python objects): dicts of int to int, float or list of ints, lists
    of ints and of (int, int) pairs."""
    if isinstance(value, dict) and len(value) > 64 and _ints(value):
        values = list(value.values())
        if _ints(values):
            return (_PACKED, "dict-q", _bytes("q", value), _bytes("q", values))
        if all(type(item) is float for item in values):
            return (_PACKED, "dict-d", _bytes("q", value), _bytes("d", values))
        if all(type(item) is list and _ints(item) for item in values):
            flat = [number for item in values for number in item]
            lengths = [len(item) for item in values]
            return (_PACKED, "dict-l", _bytes("q", value), _bytes("q", lengths), _bytes("q", flat))
    if isinstance(value, list) and len(value) > 64:
        if _ints(value):
            return (_PACKED, "list-q", _bytes("q", value))
        if all(type(item) is tuple and len(item) == 2 and _ints(item) for item in value):
            return (
                _PACKED,
                "pairs-q",
                _bytes("q", [item[0] for item in value]),
                _bytes("q", [item[1] for item in value]),
            )
    return value


def _bytes(kind: str, values: Any) -> bytes:
    return array(kind, values).tobytes()


def _numbers(kind: str, data: bytes) -> array[Any]:
    numbers = array(kind)
    numbers.frombytes(data)
    return numbers


def _unpack(value: Any) -> Any:
    if not (isinstance(value, tuple) and value and value[0] == _PACKED):
        return value
    kind, *parts = value[1:]
    if kind == "dict-q":
        return dict(zip(_numbers("q", parts[0]), _numbers("q", parts[1]), strict=True))
    if kind == "dict-d":
        return dict(zip(_numbers("q", parts[0]), _numbers("d", parts[1]), strict=True))
    if kind == "dict-l":
        keys, lengths, flat = (_numbers("q", part).tolist() for part in parts)
        starts = list(accumulate(lengths, initial=0))
        return {
            key: flat[start:end]
            for key, start, end in zip(keys, starts[:-1], starts[1:], strict=True)
        }
    if kind == "list-q":
        return _numbers("q", parts[0]).tolist()
    if kind == "pairs-q":
        return list(zip(_numbers("q", parts[0]), _numbers("q", parts[1]), strict=True))
    raise ValueError(f"unknown packed table {kind!r}")


#: Tables only text shaping (uharfbuzz) reads: unpacked when first asked for.
_LATER = ("glyphToChar",)


class _RestoredFace(TTFontFace):
    """A face read back from the cache (the same attributes as a parsed one)."""

    _later: dict[str, Any]

    def __getattr__(self, name: str) -> Any:
        later = self.__dict__.get("_later")
        if later is not None and name in later:
            value = _unpack(later.pop(name))
            setattr(self, name, value)
            return value
        raise AttributeError(name)


def _restore(name: str, path: Path, entry: Path) -> DocumentFont | None:
    try:
        state = marshal.loads(entry.read_bytes())
        face_state, names, font_state = state["face"], state["names"], state["font"]
        if not (
            isinstance(face_state, dict)
            and isinstance(names, dict)
            and isinstance(font_state, dict)
            and set(font_state) == {"_asciiReadable", "_shapable"}
        ):
            return None
        later = {key: face_state.pop(key) for key in _LATER if key in face_state}
        unpacked = {key: _unpack(value) for key, value in face_state.items()}
        if not (
            isinstance(unpacked.get("unitsPerEm"), int)
            and isinstance(unpacked.get("charToGlyph"), dict)
            and isinstance(unpacked.get("charWidths"), dict)
        ):
            return None
        data = path.read_bytes()
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None
    face = _RestoredFace.__new__(_RestoredFace)
    pdfmetrics.TypeFace.__init__(face, None)
    vars(face).update(unpacked)
    face._later = later
    for key, value in names.items():
        setattr(face, key, TTFNameBytes(value))
    face._ttf_data = data
    units = face.unitsPerEm
    face._pdfScale = (lambda x: x) if units == 1000 else (lambda x, m=1000 / units: x * m)
    font = DocumentFont.__new__(DocumentFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = font_state["_asciiReadable"]
    font._shapable = font_state["_shapable"]
    return font
