"""The command line's sentences (``cli/wording.CATALOGUE``) say what the window's say: where
the interface translates the same English text, the German and Korean are the same too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from exchange_planner.cli.wording import CATALOGUE
from exchange_planner.services.transport import PROBLEM_SENTENCES

TRANSLATIONS = Path(__file__).parents[1] / "src/exchange_planner/resources/translations"


def _interface(language: str) -> dict[str, set[str]]:
    """English source -> every translation the interface has for it (in any context)."""
    found: dict[str, set[str]] = {}
    root = ET.parse(TRANSLATIONS / f"exchange-planner_{language}.ts").getroot()
    for message in root.iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source and translation:
            found.setdefault(source, set()).add(translation)
    return found


def test_the_command_line_translates_as_the_interface() -> None:
    german, korean = _interface("de"), _interface("ko")
    shared = [source for source in CATALOGUE if source in german]
    assert set(PROBLEM_SENTENCES.values()) <= set(shared)
    for source in shared:
        de, ko = CATALOGUE[source]
        assert de in german[source], (source, de, german[source])
        assert ko in korean.get(source, {ko}), (source, ko, korean[source])


def test_the_window_words_the_same_transport_findings() -> None:
    from exchange_planner.ui.delegations.transport import _PROBLEM_SENTENCES

    assert _PROBLEM_SENTENCES == PROBLEM_SENTENCES
