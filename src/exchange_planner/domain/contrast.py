"""Colour contrast as WCAG 2 measures it: relative luminance, contrast ratio, readable colours.

Colours are ``#rrggbb`` strings. Text needs a ratio of at least 4.5:1 against its background
(WCAG 2.1, success criterion 1.4.3, level AA); ``ensure_contrast`` moves a colour towards
black or white until it reaches a ratio.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The contrast ordinary text needs against its background (WCAG 2.1 AA).
TEXT_CONTRAST = 4.5

WHITE = "#ffffff"
BLACK = "#000000"


def rgb(colour: str) -> tuple[int, int, int]:
    """``#rrggbb`` (or ``#rgb``) as three 0–255 channels."""
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    if len(value) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def hex_colour(channels: Iterable[float]) -> str:
    return "#" + "".join(f"{min(max(round(c), 0), 255):02x}" for c in channels)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """0.0 (black) to 1.0 (white), as WCAG 2 defines it."""
    r, g, b = (_linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """From 1.0 (the same luminance) to 21.0 (black on white); the order does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


def mix(first: str, second: str, amount: float) -> str:
    """``first`` moved ``amount`` (0.0–1.0) of the way to ``second``."""
    a, b = rgb(first), rgb(second)
    return hex_colour(x + (y - x) * amount for x, y in zip(a, b, strict=True))


def is_dark(colour: str) -> bool:
    """True when white text reads better on ``colour`` than black text."""
    return contrast_ratio(colour, WHITE) > contrast_ratio(colour, BLACK)


def best_text(background: str, candidates: Iterable[str] = (WHITE, "#111111")) -> str:
    """The candidate with the highest contrast on ``background``."""
    return max(candidates, key=lambda c: contrast_ratio(c, background))


def ensure_contrast(colour: str, background: str, minimum: float = TEXT_CONTRAST) -> str:
    """``colour``, or the least change of it towards black or white that reaches ``minimum``.

    On a light background the colour darkens, on a dark one it lightens; the hue is kept as far
    as the ratio allows. If even black or white does not reach ``minimum``, that is returned.
    """
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target = WHITE if is_dark(background) else BLACK
    low, high = 0.0, 1.0
    for _ in range(20):  # bisect the amount of black or white mixed in
        middle = (low + high) / 2
        if contrast_ratio(mix(colour, target, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    result = mix(colour, target, high)
    # Rounding to whole channels can fall just short: step on until the ratio holds.
    step = high
    while contrast_ratio(result, background) < minimum and step < 1.0:
        step = min(step + 0.01, 1.0)
        result = mix(colour, target, step)
    return result


def ensure_contrast_all(
    colour: str, backgrounds: Iterable[str], minimum: float = TEXT_CONTRAST
) -> str:
    """``colour`` adjusted until it reaches ``minimum`` on each of ``backgrounds``."""
    grounds = list(backgrounds)
    for _ in range(4):
        for background in grounds:
            colour = ensure_contrast(colour, background, minimum)
        if all(contrast_ratio(colour, b) >= minimum for b in grounds):
            break
    return colour


def readable_pair(fill: str, minimum: float = TEXT_CONTRAST) -> tuple[str, str]:
    """(fill, text) for a coloured box: the better of white and near-black text on ``fill``;
    when neither reaches ``minimum``, the fill is deepened or lightened until that text does."""
    text = best_text(fill)
    if contrast_ratio(text, fill) >= minimum:
        return fill, text
    return ensure_contrast(fill, text, minimum), text
