"""The bundled example corpus (``corpus/``) that ``sitreps demo`` ingests; see PROVENANCE.md.

A regular package so that ``importlib.resources.files("sitreps.examples")`` finds the
files both in a source checkout and in an installed wheel.
"""
