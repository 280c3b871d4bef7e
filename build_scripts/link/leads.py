"""A report's lead and the news it leads with: what a reader of one report meets first, which
the story's main parties and key events are weighed by."""

from __future__ import annotations

import datetime as dt
import re

from .. import settings
from ..extract.furniture import page_furniture
from ..model import Article, Place

__all__ = ["bare_words", "is_lead_news", "lead_paragraphs"]


def lead_paragraphs(article: Article) -> range:
    """The indexes of a report's lead: its first paragraphs of running text, after any headline
    repeated as the first paragraph, byline, caption or other line of the page's own."""
    title = bare_words(article.title)
    furniture = page_furniture(article.paragraphs)
    for index, paragraph in enumerate(article.paragraphs):
        if (
            len(paragraph.split()) >= settings.SALIENCE.lead_words
            and bare_words(paragraph) != title
            and furniture[index] is None  # a video's caption before the text is no lead
        ):
            return range(index, index + settings.SALIENCE.lead_paragraphs)
    return range(0)


def bare_words(text: str) -> str:
    """A text's words, lower case, one space apart: how a headline repeated as a paragraph is told."""
    return " ".join(re.findall(r"\w+", text.lower()))


def is_lead_news(date: str | None, place: Place, article: Article, lead: range) -> bool:
    """The report's own news: told in its lead, on a day of the week before publication
    (load/seeds.py lets through only calendar dates)."""
    if place.paragraph not in lead or not article.published or not date or len(date) != 10:
        return False
    days = (dt.date.fromisoformat(article.published) - dt.date.fromisoformat(date)).days
    return 0 <= days <= settings.SALIENCE.lead_news_days
