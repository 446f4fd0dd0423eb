"""The Exhibitions tab."""
