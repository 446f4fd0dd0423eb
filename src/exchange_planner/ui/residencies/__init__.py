"""The Residencies tab: artist residencies in both directions."""
