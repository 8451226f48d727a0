"""Review: a person's merge, split or undo of linked events, checked first and kept with an audit trail.

The CLI (``sitreps review``, ``sitreps link merge/split``), the REST API and the
dashboard all come here through ``sitreps.api``. See docs/review.md.
"""
