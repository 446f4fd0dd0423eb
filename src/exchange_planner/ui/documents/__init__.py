"""Printing from the GUI: options, background generation, preview; the Documents menu."""
