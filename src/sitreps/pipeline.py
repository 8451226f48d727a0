"""The processing pipeline: annotate, attribute, extract and resolve a batch of documents.

Relies on: documents from ``ingest`` (English ones PENDING, others UNSUPPORTED).
Gives: the same documents with status PROCESSED (or FAILED with a reason),
dateline, quotes, claims and event mentions. Models load once, lazily; texts
go through spaCy in batches with ``nlp.pipe``. Each document is held to a
``DocumentBudget`` (length, then time): over it, it is FAILED with the reason.
"""

from __future__ import annotations

import gc
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.tokens import Doc, Token

from sitreps.annotate.doctext import doc_ents, doc_text
from sitreps.annotate.nlp import load_nlp
from sitreps.annotate.segment import DATELINE_KEY
from sitreps.attribute.claims import find_claims
from sitreps.attribute.quotes import find_quotes
from sitreps.budget import BudgetExceeded, DocumentBudget
from sitreps.extract.candidates import Extractor, configured_extractor
from sitreps.extract.english import words
from sitreps.extract.mentions import DocumentContext, Resources, extract_mentions
from sitreps.extract.reader import configured_typer
from sitreps.extract.said_from import said_at
from sitreps.extract.taxonomy import load_taxonomy
from sitreps.extract.triggers import TriggerFinder
from sitreps.ingest.url_dates import url_month
from sitreps.models import Document, DocumentStatus, Quote, Span
from sitreps.resolve.actor_homes import actor_homes
from sitreps.resolve.actors import ActorRegistry, get_registry
from sitreps.resolve.gazetteer import Gazetteer, get_gazetteer
from sitreps.resolve.geoindex import unit_words
from sitreps.resolve.namesakes import settle as settle_namesakes
from sitreps.resolve.reference import URL_MONTH_KEY

log = logging.getLogger(__name__)

DEFAULT_BATCH_SIZE = 32
# Countries named most often in an article disambiguate its toponyms; beyond
# three the tail is mostly background ("Russia, Ukraine and the US").
CONTEXT_COUNTRIES = 3


@lru_cache(maxsize=4)
def extraction_setup(name: str) -> Extractor:
    """The rules' lexicons and, unless ``name`` is ``rules``, the event model (or reader), built once per setting."""
    finder = TriggerFinder(load_taxonomy(), load_nlp().make_doc(""))
    model = None if name == "rules" else configured_typer()
    return Extractor(finder, model, name)


@lru_cache(maxsize=4)
def _resources(name: str) -> Resources:
    resources = Resources(extractor=extraction_setup(name), registry=get_registry(), gazetteer=get_gazetteer())
    # The spaCy model, lexicons, registry and gazetteer (some 280,000 objects) live as long as the process:
    # frozen, the cyclic garbage collector stops walking them at each full collection, which cost
    # about 3% of processing 300 articles (benchmarks/throughput.py). Results are unchanged.
    gc.freeze()
    return resources


def load_resources(extractor: str | None = None) -> Resources:
    """Lexicons, model, actor registry and gazetteer for an extractor (default: the configured one)."""
    return _resources(configured_extractor(extractor))


def _context_countries(doc: Doc, gazetteer: Gazetteer, registry: ActorRegistry | None = None) -> tuple[str, ...]:
    """The countries the article's place entities and country names name most often, with its dateline's place
    counted once.

    The tagger seldom labels a capitalised dateline ("RAWALPINDI: ..."), yet where a story was
    filed is evidence of its country: without it a Pakistani story naming only "Afghanistan" (where
    the attackers' handlers were) would read "near Bolan" as an Afghan place. Counted first, it
    wins a tie. A demonym counts whatever the small tagger labels it: "Somali government forces
    recaptured the village of X" (no label) is a Somali story, "Nigerien troops" (a person) a Nigerien one.
    The home countries of the fighting groups it names (``registry``: :mod:`sitreps.resolve.actor_homes`)
    settle a town name of several countries. A place words were said at ("condemned at a news conference
    in Washington", :func:`~sitreps.extract.said_from.said_at`) ranks after every country named otherwise.

    A people's adjective says who, not where (round 30): a country known only by it ranks after the dateline's
    ("BANGUI, Central African Republic - Russian fighters killed ... Russian officials said" is a Central African
    story, :func:`_after_home`), and one describing a force serving abroad (:func:`_foreign_force`: "Russian
    mercenaries") is not counted at all.
    """
    counts: Counter[str] = Counter()
    placed: set[str] = set()  # countries named by a place or by name, not only by their people's adjective
    home = None  # the dateline's country
    dateline = doc.user_data.get(DATELINE_KEY)
    entities = [e for e in doc_ents(doc) if e.label_ in ("GPE", "NORP", "LOC")]
    if dateline is not None:
        written = doc_text(doc)[dateline.place_start:dateline.place_end]
        country = gazetteer.country_of(written) or gazetteer.country_of(written.split(",")[0])
        # a dateline the tagger ran an entity over ("Central African" of "BANGUI, Central African Republic")
        # is still where the story was filed, though the entity is counted in its stead
        if country:
            home = country
            if not any(e.start_char < dateline.place_end and dateline.place_start < e.end_char for e in entities):
                counts[country] += 1
    alternates: Counter[str] = Counter()
    spoken: Counter[str] = Counter()
    namesakes: list[tuple[str, ...]] = []  # town names of several countries, weighed last
    for entity in doc_ents(doc):
        if _foreign_force(entity.root):
            continue
        # a country's own name counts whatever the small tagger calls it ("Benin has sent troops" as a person)
        if entity.label_ in ("GPE", "NORP", "LOC") or gazetteer.names_country(entity.text):
            after = doc[entity.end].lower_ if entity.end < len(doc) else ""
            # "Niger state" is Nigeria's: a region word after the name makes it the state of that name
            state = gazetteer.state_country(entity.text) if after in unit_words().region else None
            country = state or gazetteer.country_of(entity.text, alternates=False)
            shared = () if state else gazetteer.namesake_countries(entity.text)
            if shared:
                namesakes.append(shared)
            elif country and said_at(entity):
                spoken[country] += 1
            elif country:
                counts[country] += 1
                if state or not gazetteer.demonym_country(entity.text):
                    placed.add(country)
            elif alternate := gazetteer.country_of(entity.text):
                alternates[alternate] += 1
    # so does a demonym the tagger left unlabelled or called a person ("Somali government forces
    # retook ...", "Nigerien troops"), the longer of two capitalised words first ("South Sudanese")
    for token in doc:
        if token.ent_type_ in ("GPE", "NORP", "LOC") or not token.is_title or _foreign_force(token) or (
                token.i and doc[token.i - 1].is_title
                and gazetteer.demonym_country(doc[token.i - 1:token.i + 1].text)):
            continue
        pair = doc[token.i:token.i + 2].text if token.i + 1 < len(doc) and doc[token.i + 1].is_title else None
        people = (gazetteer.demonym_country(pair) if pair else None) or gazetteer.demonym_country(token.text)
        named = None if people else _unlabelled_country(token, gazetteer)
        if named:
            placed.add(named)
        if country := people or named:
            counts[country] += 1
    homes = actor_homes(doc, registry) if registry is not None and namesakes else ()
    before = counts.copy()
    settle_namesakes(namesakes, counts, gazetteer, homes)
    placed.update(c for c in counts if counts[c] > before[c])  # a town's country is a place's
    # a name known only as a foreign city's alternate spelling ("Boni" for Bonn in a Malian story) is
    # likelier a village the gazetteer lacks: it counts only when nothing else names another country
    counts.update({c: n for c, n in alternates.items() if not counts or c in counts})
    ranked = _after_home([name for name, _ in counts.most_common()], home, placed)
    # where words were said ("condemned in Washington") ranks after every country the story names otherwise
    ranked += [name for name, _ in spoken.most_common() if name not in counts]
    return tuple(ranked[:CONTEXT_COUNTRIES])


def _after_home(ranked: list[str], home: str | None, placed: set[str]) -> list[str]:
    """``ranked`` with the dateline's country (``home``) ahead of every country named only by its people's
    adjective: "BANGUI - Russian fighters killed ... Russian officials said" is filed from the story's country,
    the foreign fighters' is not it. A country named by a place or by name keeps its rank ("Nigerian police said
    gunmen shot dead traders in Benin": the Nigerian story is only its people's, and Benin City's namesake country
    is not the dateline's)."""
    if home not in ranked:
        return ranked
    ahead = ranked[:ranked.index(home)]
    return [c for c in ahead if c in placed] + [home] + [c for c in ahead if c not in placed] \
        + ranked[ranked.index(home) + 1:]


def _foreign_force(token: Token) -> bool:
    """Whether a name describes a force serving in another country's war ("Russian mercenaries took part", "backed
    by Turkish instructors"): it says who came, not where the story is (``foreign_force_nouns`` of
    ``data/en/places.yaml``), and counted it put a Malian village the gazetteer lacks at Russia's centre."""
    return token.dep_ in ("amod", "compound") and token.head.lemma_.lower() in words("places", "foreign_force_nouns")


def _unlabelled_country(token: Token, gazetteer: Gazetteer) -> str | None:
    """The country a one-word name the tagger left outside every entity names ("protests in Togo's capital",
    "Chad's army"): counted as the entity loop counts a labelled one, so a story filed from a neighbour's
    capital ("ACCRA - ... in Togo's capital") is not the dateline's story on a tie of one name each."""
    if token.ent_type_ or not gazetteer.names_country(token.text):
        return None
    return gazetteer.country_of(token.text, alternates=False)


def _resolved_speakers(quotes: list[Quote], registry: ActorRegistry, countries: tuple[str, ...]) -> list[Quote]:
    resolved = []
    for quote in quotes:
        record = registry.resolve(quote.speaker, context_countries=countries) if quote.speaker else None
        resolved.append(quote.model_copy(update={"speaker_id": record.id}) if record else quote)
    return resolved


def analyse(document: Document, doc: Doc, resources: Resources) -> Document:
    """Everything sitreps extracts from one parsed document."""
    text = document.text
    dateline = doc.user_data.get(DATELINE_KEY)
    countries = _context_countries(doc, resources.gazetteer, resources.registry)
    quotes = _resolved_speakers(find_quotes(doc), resources.registry, countries)
    claims = find_claims(doc, quotes)
    # an undated page's URL month gives a year-less date its year, never a day (resolve.reference)
    doc.user_data[URL_MONTH_KEY] = None if document.published_at else url_month(document.url)
    context = DocumentContext(document.id, doc, document.published_at, dateline, countries, claims)
    return document.model_copy(update={
        "status": DocumentStatus.PROCESSED,
        "status_reason": None,
        "dateline": Span.of(text, dateline.start, dateline.end) if dateline else None,
        "events": extract_mentions(context, resources),
        "quotes": quotes,
        "claims": claims,
    })


def process(documents: Iterable[Document], *, batch_size: int = DEFAULT_BATCH_SIZE,
            budget: DocumentBudget | None = None, extractor: str | None = None) -> Iterator[Document]:
    """Process documents in spaCy batches; unsupported ones pass through untouched.

    ``extractor`` (rules, model, hybrid) overrides the ``SITREPS_EXTRACTOR`` setting.

    A document whose analysis raises is returned FAILED with the error as its
    reason, so one bad article never stops a batch; the traceback is logged.
    A document longer than the budget's ``max_chars`` is FAILED without being
    parsed; one whose analysis outlives the budget's ``seconds`` is FAILED when
    the time runs out. ``budget`` defaults to ``DocumentBudget.from_env()``.
    """
    nlp = load_nlp()
    resources = load_resources(extractor)
    limits = budget or DocumentBudget.from_env()
    pending: list[Document] = []

    def run(batch: list[Document]) -> Iterator[Document]:
        for doc, document in nlp.pipe(((d.text, d) for d in batch), as_tuples=True, batch_size=batch_size):
            try:
                with limits.deadline():
                    analysed = analyse(document, doc, resources)
            except BudgetExceeded as overrun:
                log.warning("processing %s stopped: %s", document.id, overrun)
                yield _failed(document, str(overrun))
            except Exception as error:  # recorded on the document, never swallowed
                log.exception("processing %s failed", document.id)
                yield _failed(document, f"{type(error).__name__}: {error}")
            else:
                yield analysed

    for document in documents:
        if document.status == DocumentStatus.UNSUPPORTED:
            yield document
            continue
        too_long = limits.too_long(document.text)
        if too_long:
            log.warning("not processing %s: %s", document.id, too_long)
            yield _failed(document, too_long)
            continue
        pending.append(document)
        if len(pending) >= batch_size:
            yield from run(pending)
            pending = []
    if pending:
        yield from run(pending)


def _failed(document: Document, reason: str) -> Document:
    return document.model_copy(update={"status": DocumentStatus.FAILED, "status_reason": reason})
