"""A digest as Markdown and as a standalone HTML page (every article-derived string escaped)."""

from __future__ import annotations

from markupsafe import Markup, escape

from sitreps.export.codes import fatalities
from sitreps.export.digest import Digest, DigestLine

MAX_QUOTE_CHARS = 240
"""Evidence quotes are cut here: a sentence is rarely longer, and a digest line stays readable."""


def _quote(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1] + "…"


def _summary(line: DigestLine) -> str:
    record = line.record
    parts = [record.date[:10] if record.date else "date unknown", record.type.replace("_", " ")]
    if record.actor1:
        parts.append(f"by {record.actor1.name}")
    if record.actor2:
        parts.append(f"against {record.actor2.name}")
    if record.place:
        parts.append(f"at {record.place.name or record.place.text} ({record.place.precision.value})")
    killed = fatalities(record.counts)
    if killed:
        parts.append(f"{killed} killed")
    return ", ".join(parts)


def _claims(line: DigestLine) -> str:
    who = "; ".join(f"{c.source} ({c.kind.replace('_', ' ')})" for c in line.claimants) or "no source named"
    return f"according to {who}; {line.record.n_originators} independent originator(s)"


def to_markdown(digest: Digest) -> str:
    """Markdown: one section per region, one subsection per type, one line per event with its evidence."""
    out = [f"# Situation report {digest.start} to {digest.end}", "",
           f"{digest.total} {digest.source} in the window (linked events when linking has run, else mentions).", ""]
    for region, types in digest.regions.items():
        out += [f"## {region} ({sum(len(v) for v in types.values())})", ""]
        for event_type, lines in types.items():
            out += [f"### {event_type.replace('_', ' ')} ({len(lines)})", ""]
            for line in lines:
                out.append(f"- [{_summary(line)}]({line.link}) — {_claims(line)}")
                for contradiction in line.record.contradictions:
                    out.append(f"  - contradiction: {contradiction}")
                out.append(f"  > [{_quote(line.record.notes)}]({line.evidence_link})")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def _html_line(line: DigestLine) -> Markup:
    contradictions = Markup("").join(
        Markup('<li class="contradiction">contradiction: {}</li>').format(c) for c in line.record.contradictions)
    return Markup(
        '<li><a href="{}">{}</a> — {}<ul>{}</ul><blockquote><a href="{}">{}</a></blockquote></li>'
    ).format(line.link, _summary(line), _claims(line), contradictions, line.evidence_link,
             _quote(line.record.notes))


def to_html(digest: Digest) -> str:
    """A self-contained HTML page (no scripts, no external resources)."""
    title = f"Situation report {digest.start} to {digest.end}"
    body = [Markup("<h1>{}</h1><p>{} {} in the window.</p>").format(title, digest.total, digest.source)]
    for region, types in digest.regions.items():
        body.append(Markup("<h2>{} ({})</h2>").format(region, sum(len(v) for v in types.values())))
        for event_type, lines in types.items():
            items = Markup("").join(_html_line(line) for line in lines)
            body.append(Markup("<h3>{} ({})</h3><ul>{}</ul>").format(event_type.replace("_", " "), len(lines), items))
    page = Markup('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{}</title></head>'
                  "<body>{}</body></html>\n").format(title, Markup("").join(body))
    return str(escape(page))
