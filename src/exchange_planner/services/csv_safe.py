"""CSV that spreadsheets open as data: no formulas from user text, one record per row.

The rule (OWASP "CSV injection"):

- A cell that is a real number stays as it is: ``int``, ``float`` and ``Decimal`` values, and
  text that is a plain decimal number such as ``"-5.00"``, ``"+3"`` or ``"42"``. Spreadsheets
  read those as numbers, never as formulas, so they keep sorting and summing.
- Any other text cell that begins with ``=``, ``+``, ``-``, ``@``, TAB, CR or LF gets a single
  quote ``'`` in front, so Excel, LibreOffice and Google Sheets show the text instead of
  evaluating it (``=HYPERLINK(...)`` arrives as ``'=HYPERLINK(...)``).
- Cells with CR, LF, commas or quotes are quoted by the csv module, so a line break inside a
  title cannot start a new row; rows end with ``\\r\\n`` (RFC 4180).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TextIO

#: First characters a spreadsheet reads as the start of a formula (or of a DDE command).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
_PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")


def safe_cell(value: object) -> object:
    """One cell, neutralised by the rule of this module; ``None`` becomes an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        return value
    text = str(value)
    if text.startswith(FORMULA_START) and not _PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def csv_text(rows: Iterable[Iterable[object]]) -> str:
    """The rows as CSV text with ``\\r\\n`` line ends, every cell passed through safe_cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return out.getvalue()


def write_csv_stream(text: str, stream: TextIO) -> None:
    """Write CSV text unchanged: through the byte buffer when there is one, so that no
    newline translation turns ``\\r\\n`` into ``\\r\\r\\n``."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(text)
        return
    stream.flush()
    buffer.write(text.encode(stream.encoding or "utf-8", stream.errors or "strict"))
    buffer.flush()
