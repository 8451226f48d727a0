"""link stage: reports of one real-world event across documents become one ``Event``.

``Linker`` links incrementally (``add`` a document, read ``events()``);
``LinkDecision`` records a reviewer's merge or split, re-applied on every run.
See docs/linking.md.
"""

from sitreps.link.decisions import DecisionKind, LinkDecision, apply_decisions
from sitreps.link.linker import Linker

__all__ = ["DecisionKind", "LinkDecision", "Linker", "apply_decisions"]
