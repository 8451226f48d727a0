"""The ``sitreps`` command line: thin commands that call the Python API and print."""

from sitreps.cli.app import app

__all__ = ["app"]
