"""Training sitreps' learned event model: ``python -m sitreps.train`` (see ``__main__``)."""
