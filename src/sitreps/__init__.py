"""sitreps: conflict news in, a sourced and verifiable event record out."""

__version__ = "0.1.0"
