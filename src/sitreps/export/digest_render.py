"""A digest as Markdown and as a standalone HTML page, every article-derived string escaped.

Article text is untrusted. In Markdown every ASCII punctuation character of it is
backslash-escaped (CommonMark renders an escaped character as itself), so a title
or quote cannot open a tag, a link, an image or emphasis; line breaks are folded
into spaces so it cannot start a heading or a list either. In HTML, markupsafe
escapes it.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from urllib.parse import quote

from markupsafe import Markup, escape

from sitreps.export.codes import fatalities
from sitreps.export.digest import Digest, DigestLine

MAX_QUOTE_CHARS = 240
"""Evidence quotes are cut here: a sentence is rarely longer, and a digest line stays readable."""
_MARKDOWN_SPECIAL = {ord(c): "\\" + c for c in string.punctuation}
_URL_SAFE = ":/#?=&%.-_~"
"""Characters kept as they are in link targets; everything else is percent-encoded."""


def md_escape(text: str) -> str:
    """Untrusted text as literal Markdown: one line, every ASCII punctuation character backslash-escaped."""
    return " ".join(text.split()).translate(_MARKDOWN_SPECIAL)


def _md_url(url: str) -> str:
    return "<" + quote(url, safe=_URL_SAFE) + ">"


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1] + "…"


def _summary(line: DigestLine, esc: Callable[[str], str]) -> str:
    record = line.record
    day = f"{line.day} (received; no date stated)" if line.by_ingest_date else str(line.day)
    if record.date_basis == "published":
        day = f"{line.day} (published; no event date stated)"
    elif record.date_basis == "lead":
        day = f"{line.day} (its report's day; not stated where told)"
    parts = [day, record.type.replace("_", " ")]
    if record.modality != "reported":
        parts.append(record.modality)
    if record.background:
        parts.append("background")
    if record.actor1:
        parts.append(f"by {esc(record.actor1.name)}")
    if record.actor2:
        parts.append(f"against {esc(record.actor2.name)}")
    if record.place:
        parts.append(f"at {esc(record.place.name or record.place.text)} ({record.place.precision.value})")
    killed = fatalities(record.counts)
    if killed:
        parts.append(f"{killed} killed")
    return ", ".join(parts)


def _claims(line: DigestLine, esc: Callable[[str], str]) -> str:
    who = "; ".join(f"{esc(c.source)} ({c.kind.replace('_', ' ')})" for c in line.claimants) or "no source named"
    return f"according to {who}; {line.record.n_originators} independent originator(s)"


def header_lines(digest: Digest) -> list[str]:
    """What the digest covers and what it leaves out, in plain words (no article text)."""
    lines = [f"{digest.total} {digest.source} in the window (linked events when linking has run, else mentions), "
             "dated by event date (the publication date where none is stated)."]
    if digest.by_ingest_date:
        lines.append(f"{digest.by_ingest_date} with neither date are dated by the day sitreps received them.")
    if digest.undated_elsewhere:
        lines.append(f"{digest.undated_elsewhere} undated, received outside the window, are not shown.")
    if digest.left_out:
        counts = ", ".join(f"{n} {why}" for why, n in digest.left_out.items())
        lines.append(f"Left out: {counts} (include them with --include-unreported and --include-background).")
    return lines


def to_markdown(digest: Digest) -> str:
    """Markdown: one section per region, one subsection per type, one line per event with its evidence."""
    out = [f"# Situation report {digest.start} to {digest.end}", ""]
    out += [" ".join(header_lines(digest)), ""]
    for region, types in digest.regions.items():
        out += [f"## {md_escape(region)} ({sum(len(v) for v in types.values())})", ""]
        for event_type, lines in types.items():
            out += [f"### {event_type.replace('_', ' ')} ({len(lines)})", ""]
            for line in lines:
                out.append(f"- [{_summary(line, md_escape)}]({_md_url(line.link)}) — {_claims(line, md_escape)}")
                for contradiction in line.record.contradictions:
                    out.append(f"  - contradiction: {md_escape(contradiction)}")
                out.append(f"  > [{md_escape(_quote(line.record.notes))}]({_md_url(line.evidence_link)})")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _plain(text: str) -> str:
    return text


def _html_line(line: DigestLine) -> Markup:
    contradictions = Markup("").join(
        Markup('<li class="contradiction">contradiction: {}</li>').format(c) for c in line.record.contradictions)
    return Markup(
        '<li><a href="{}">{}</a> — {}<ul>{}</ul><blockquote><a href="{}">{}</a></blockquote></li>'
    ).format(line.link, _summary(line, _plain), _claims(line, _plain), contradictions, line.evidence_link,
             _quote(line.record.notes))


def to_html(digest: Digest) -> str:
    """A self-contained HTML page (no scripts, no external resources)."""
    title = f"Situation report {digest.start} to {digest.end}"
    intro = Markup("").join(Markup("<p>{}</p>").format(text) for text in header_lines(digest))
    body = [Markup("<h1>{}</h1>{}").format(title, intro)]
    for region, types in digest.regions.items():
        body.append(Markup("<h2>{} ({})</h2>").format(region, sum(len(v) for v in types.values())))
        for event_type, lines in types.items():
            items = Markup("").join(_html_line(line) for line in lines)
            heading = Markup("<h3>{} ({})</h3>").format(event_type.replace("_", " "), len(lines))
            body.append(heading + Markup("<ul>{}</ul>").format(items))
    page = Markup('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{}</title></head>'
                  "<body>{}</body></html>\n").format(title, Markup("").join(body))
    return str(escape(page))
