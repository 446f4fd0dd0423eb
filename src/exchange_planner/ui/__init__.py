"""The Qt user interface. The only package that imports PySide6."""

import ctypes
import sys

#: How far None's reference count is raised on Python 3.11 (see ``_keep_none_alive``).
NONE_RESERVE = 1 << 48


def _keep_none_alive() -> None:
    """Make ``None`` as immortal on Python 3.11 as it is from 3.12 on (PEP 683).

    PySide6 6.12.0 gives up one reference to ``None`` more than it takes on every call of a
    method that returns nothing (``QPainter.setPen``, ``QPainter.drawRect``...). From Python
    3.12 on ``None`` is immortal and nothing happens; on 3.11 its count runs down by some 300
    per repaint of the calendar until Python aborts ("deallocating None") after a few minutes of
    use. Its QtPdf module exists only for 6.12.0, so the binding cannot be pinned lower; raising
    the count by a margin no session can use up is what 3.12 does itself.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every object in CPython 3.11.
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < NONE_RESERVE:
        count.value += NONE_RESERVE


_keep_none_alive()
