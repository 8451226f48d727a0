"""Text of small HTML fragments (feed summaries, content fields), without scripts or styles.

Full pages go through trafilatura (html_page.py); fragments are too short for its
boilerplate scoring, so here the markup is only parsed and its text kept, with block
elements on their own lines.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

UNSAFE_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "math")
"""Elements whose content is code or non-text, never article prose."""

BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table",
     "section", "article", "header", "footer", "pre", "hr", "figcaption", "dd", "dt"}
)  # fmt: skip
"""Elements that start a new line in rendered text."""

_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n\s*\n+")
_LOOKS_LIKE_MARKUP = re.compile(r"<[A-Za-z/!]")


def fragment_to_text(fragment: str) -> str:
    """The readable text of an HTML fragment; plain text passes through unchanged."""
    if not _LOOKS_LIKE_MARKUP.search(fragment):
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except etree.ParserError:  # markup with no content at all, such as "<br/>"
        return ""
    etree.strip_elements(root, *UNSAFE_TAGS, etree.Comment, with_tail=False)
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
    text = "".join(root.itertext())
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
