"""Every tunable of the build, once, grouped by stage: limits on untrusted input, how work is
spread over cores, the extractor's windows, linking, what counts as main or key, and how big a
page may grow. Each says what it trades and which benchmark or test measures it.

Read at call time through the module (`settings.PAGES.timeline_page_events`), never copied
into another module's constant, so that one replacement here (or a test's monkeypatch of a
group) reaches every use.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "EXTRACTION",
    "LIMITS",
    "LINKING",
    "PAGES",
    "SALIENCE",
    "WORK",
    "ExtractionWindows",
    "InputLimits",
    "Linking",
    "Pages",
    "Salience",
    "Work",
]


@dataclass(frozen=True, kw_only=True)
class InputLimits:
    """Bounds on what the build reads: each keeps one bad file from taking minutes or gigabytes
    (bench.adversarial measures the time at n and 2n; tests/test_load.py, test_security.py)."""

    article_bytes: int = 2_000_000  # a long report is 100 kB; beyond this, parsing takes minutes
    # a saved news page is mostly markup and scripts (1 to 3 MB); its article is far below article_bytes
    web_page_bytes: int = 10_000_000
    web_page_field_chars: int = 300  # a page's title, site name or address: no page needs more
    web_page_elements: int = 60_000  # a news page has a few thousand; the extractor takes ~7 s per 50,000
    # spaCy parses at most 1,000,000 characters at once and needs about 1 GB per 100,000: a longer
    # paragraph (a text with no blank lines) is split at sentence ends
    paragraph_chars: int = 100_000
    yaml_depth: int = 20  # metadata and curation entries nest two or three levels
    cache_entry_bytes: int = 50_000_000  # an extraction is a few times its article (at most 2 MB); more is not ours
    # the staged pages' manifest and one staged page, read back from .cache/site/: far above what a
    # real story makes, so a file planted there costs memory only up to these
    manifest_bytes: int = 100_000_000
    page_bytes: int = 500_000_000


@dataclass(frozen=True, kw_only=True)
class Work:
    """How extraction is spread over processes and how often it reports (bench.scale: cold builds)."""

    parallel_from: int = 8  # below this many articles, starting a second process costs more than it saves
    most_workers: int = 4  # each worker is a forked copy of the model; memory grows with each
    progress_every_articles: int = 50  # a progress line per this many extracted articles ...
    progress_every_seconds: float = 10.0  # ... or this long, whichever comes first


@dataclass(frozen=True, kw_only=True)
class ExtractionWindows:
    """How far the extractor looks: wider finds more, costs time and risks a wrong link
    (bench.stories, bench.quotes, bench.explainer)."""

    coref_lookback_paragraphs: int = 4  # a pronoun's party is named within this many paragraphs
    statement_block_paragraphs: int = 10  # unquoted paragraphs read out after "said in a statement:"
    event_what_words: int = 22  # an event's description: the clause, clipped to this many words
    # a statement a timeline line shows (events/statement.py): at most this many words before its
    # optional phrases go (the "about 30"), and at least this many to say who did what
    statement_words: int = 30
    statement_least_words: int = 5
    headline_words: int = 14  # a statement as a site's title: longer is a sentence, not a title
    # a sentence with more dates than this is a list (a schedule, a table), not events; keeps
    # thousands of weekdays in one line linear (bench.adversarial)
    dates_per_sentence: int = 20
    # how far back "the union" or "the daily" may refer: on the dev stories and the explainer
    # articles a description's party was at most 18 paragraphs and 50 mentions back; without a
    # limit, a description that refers to nothing read the whole article before it, each time
    near_paragraphs: int = 20
    near_mentions: int = 200


@dataclass(frozen=True, kw_only=True)
class Linking:
    """Joining reports into one story (bench.stories: parties and sources)."""

    # two tellings are one event when their sentences' TF-IDF vectors (the parties' names among
    # the words) reach this cosine with the event's centroid (bench.events: pairs of gold evidence)
    # a telling of fewer words than this (dates aside) is too short to be another's twin
    twin_event_words: int = 4
    same_event_similarity: float = 0.15
    next_day_similarity: float = 0.5  # the same, for a telling a day before or after the event's
    # and for a report's second telling: its paragraphs return to a day for its other happenings,
    # and a report that tells one event twice tells it in nearly the same words
    same_report_similarity: float = 0.6
    # a telling is compared with at most this many events per word it shares, on its day and the
    # next: a story with thousands of events on one day stays linear (bench.adversarial)
    event_candidates: int = 50
    # more fuller names than this that could fit a short source name: ambiguous, and checking them
    # all is quadratic
    fuller_name_candidates: int = 8


@dataclass(frozen=True, kw_only=True)
class Salience:
    """What matters first (bench.stories: main parties, key events; bench.quality pins them)."""

    main_parties: int = 12  # at most; the overview and diagram stay readable
    key_events: int = 12
    key_quotes: int = 12
    main_share: float = 0.15  # a main party weighs at least this share of the most present party
    lead_paragraphs: int = 2  # a news report tells its main news in its first paragraphs
    lead_news_days: int = 7  # the news a report leads with happened within the week before it
    lead_words: int = 8  # shorter lines before the lead are headlines, bylines and "FULL TEXT."
    # a key event's day is named by at least one report (a month by two, a year by four: they
    # count 0.6 and 0.3, and background before the first report half)
    key_event_floor: float = 1.0
    # what an event's centrality to its day's reporting (0 to 1, link/events.py) adds to its own
    # weight, beside its reports (1 each), leads (2 each) and main parties (1 each)
    day_centrality: float = 10.0
    key_background: int = 2  # key places kept for background that several reports retell, before the first report
    key_event_words: int = 4  # an event described in a word or two ('Republicans') tells a reader nothing
    key_quote_words: int = 8  # a key quote says something whole, not 'a hell of a lot worse'
    # a month or a year many reports name is a backdrop ('in 2015'), not news: its count of
    # reports stops at this
    coarse_date_reports: int = 5


@dataclass(frozen=True, kw_only=True)
class Pages:
    """How big a page may grow before it splits or shortens (bench.scale at 921 reports: page
    sizes, search index size, build times)."""

    search_article_text: int = 500_000  # characters of article text indexed in full (about 100 articles)
    diagram_all_parties: int = 40  # up to this many parties the diagram shows them all; beyond, the main sides
    directory_page_parties: int = 800  # beyond this many parties of a kind, the tables go on pages of their own
    timeline_page_events: int = 300  # beyond this, the full timeline is one page per period: no page near 1 MB
    quotes_page_quotes: int = 400  # beyond this, quotes.md shows a few per speaker; party pages hold the rest
    quotes_per_speaker_at_scale: int = 5
    no_speaker_page_reports: int = 20  # reports per page of quotes with no named speaker
    citations_shown: int = 3  # a source cited all over a big story lists its other paragraphs as links only
    sources_per_page: int = 300
    first_of_kind: int = 20  # on the Sources page of a big story, per kind
    # the newest reports in the feed and on the Updates page (older ones on pages of their own):
    # 921 corpus reports make a feed under 1 MB with room to spare
    feed_entries: int = 50
    update_events: int = 12  # per report on the Updates page; the rest on its source page
    update_parties: int = 12
    update_quotes: int = 6
    update_sources: int = 12


LIMITS = InputLimits()
WORK = Work()
EXTRACTION = ExtractionWindows()
LINKING = Linking()
SALIENCE = Salience()
PAGES = Pages()
