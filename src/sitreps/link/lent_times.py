"""A headline states no day: the time extraction lends it from the body is no stated time for linking.

Headlines name the incident without its day ("Drone strike on wedding kills 14"); extraction gives
a headline's report the time of the sentence after it, so that the headline's row has a date. Mostly
that is the lead's day of the incident, but the sentence after a headline is often not the incident's:
an editor's line of a reprinted statement ("The following statement was issued on Wednesday"), a
dateline's day of writing, a follow-up's "said on Monday". Read as stated, such a day gated the headline
apart from its own lead ("one article's two days") and from other outlets' reports of the day before
("two outlets' days far apart"), leaving the headline a row of its own: the same-type retelling within
one article that real news counts as an excess row. A headline report whose time evidence lies wholly
outside the headline is read as undated (``LinkNode.stated`` None), so it takes its article's lead day
(``LinkNode.news_day``) like any undated report of the main news, and is never gated by a lent day.
"""

from __future__ import annotations

from sitreps.link.windows import Window, stated_interval
from sitreps.models import EventMention


def own_stated(mention: EventMention, headline: bool) -> Window | None:
    """The interval the report itself states: ``stated_interval`` of its time, except a headline's
    time whose every evidence span lies outside the headline sentence (lent from the body)."""
    stated = stated_interval(mention.time)
    if stated is None or not headline or mention.time is None or not mention.time.evidence:
        return stated
    sentence = mention.sentence
    lent = all(s.end <= sentence.start or s.start >= sentence.end for s in mention.time.evidence)
    return None if lent else stated
