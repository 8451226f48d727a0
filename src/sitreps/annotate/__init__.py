"""Linguistic annotation: the spaCy pipeline plus sitreps' own components."""
