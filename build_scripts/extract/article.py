"""Extraction of one article: parse once, then sources -> parties -> posts -> quotes -> positions
-> events."""

from __future__ import annotations

from ..names import first_name_gender
from .doc import ParsedArticle
from .drafts import ArticleExtraction
from .events.find import extract_events
from .gazetteer import country_code
from .parties.affiliation import label_affiliations, member_lists, of_bodies, title_bodies
from .parties.describe import describe_parties
from .parties.entities import place_names, written_places
from .parties.merge import collect_parties
from .quotes.attribution import extract_quotes
from .quotes.positions import extract_positions
from .quotes.statements import colon_blocks, list_point_speakers
from .sources.citations import find_sources
from .sources.media import described_outlets
from .sources.posts import with_posts

__all__ = ["extract_parsed", "load_resources"]


def load_resources() -> None:
    """Load the name lists the rules consult (given names, countries) before the first article,
    so forked workers share one copy and the first article does not pay for them."""
    first_name_gender("Ann")
    country_code("France")


def extract_parsed(parsed: ParsedArticle) -> ArticleExtraction:
    sources = find_sources(parsed)
    places = place_names(parsed.docs)  # read once: the parties' and the story linker's
    parties = collect_parties(parsed, [s for s in sources if not s.tentative], places)
    label_affiliations(parsed, parties)  # a party label is the surest affiliation: it goes first
    describe_parties(parsed, parties)
    sources = sources + described_outlets(parsed, parties, sources)
    of_bodies(parsed, parties)
    member_lists(parsed, parties)
    title_bodies(parsed, parties)
    sources = with_posts(parsed, parties, sources)
    blocks = colon_blocks(parsed, parties)
    quotes = extract_quotes(parsed, parties, [s for s in sources if not s.tentative], blocks)
    positions = extract_positions(parsed, parties, list_point_speakers(blocks))
    events = extract_events(parsed, parties)
    return ArticleExtraction(
        article=parsed.pasted or parsed.article,
        parties=parties,
        quotes=quotes,
        sources=sources,
        events=events,
        positions=positions,
        places=written_places(parsed.docs, places),
    )
