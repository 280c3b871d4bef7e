"""The rule table: every temporal expression this package finds comes from one rule here, with
its name, its pattern (built from the vocabulary and holiday tables), the normaliser that gives
its TIMEX3 value, an optional check that turns away look-alikes, and worked examples that
tests/test_timex_rules.py runs against a report dated Thursday 23 March 2023.

Where two rules match overlapping text, the longest match wins, then the leftmost, then the
rule listed first. To add a rule: write its pattern from the shared fragments, pick or write a
normaliser (dates, relative, durations), give it examples, and run the tests.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from . import dates, durations, relative
from .checks import is_day_word, is_frequency, is_month_name, is_year
from .context import (
    Reading,
    ago_in_context,
    clock_in_context,
    first_day_in_context,
    from_anchor,
    month_of_that_year_in_context,
    quarter_in_context,
    rel_unit_in_context,
    rel_weekday_in_context,
)
from .holidays import HOLIDAY_PATTERN
from .vocabulary import (
    CLOCK,
    MONTH,
    NUM,
    ORDINAL,
    PART,
    PLURAL_UNIT,
    SMALL,
    SPOKEN_YEAR,
    TENS_RX,
    UNIT,
    WEEKDAY,
    YEAR,
    ZONE,
    Tense,
)

__all__ = ["EXAMPLE_DCT", "RULES", "Example", "Rule", "find_spans", "rule_named"]

EXAMPLE_DCT = dt.date(2023, 3, 23)  # a Thursday


class Example(NamedTuple):
    sentence: str
    span: str  # the expression the rule finds in the sentence
    type: str | None  # None: the rule claims the span and no timex comes out of it
    value: str | None
    tense: Tense = Tense.PAST  # how the clause is told (the parser's verdict, given here)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    normalise: Callable | None  # None: the span is claimed and dropped (an age is no timex)
    examples: tuple[Example, ...]
    accept: Callable[[str, int, int], bool] | None = None
    # how the expression reads against what the article said before it ('the next day' from the
    # last date given); None from it, or no such reading, and `normalise` reads it from the report's date
    in_context: Reading | None = None


def _ex(sentence: str, span: str, type_: str | None, value: str | None, tense: Tense = Tense.PAST) -> Example:
    return Example(sentence, span, type_, value, tense)


_ANY_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"

RULES: tuple[Rule, ...] = (
    Rule(
        "iso",
        r"\b\d{4}-\d{2}-\d{2}\b",
        dates.normalise_iso,
        (_ex("filed 2021-03-15", "2021-03-15", "DATE", "2021-03-15"),),
    ),
    Rule(
        "numeric",
        rf"\b(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/{YEAR}\b",
        dates.normalise_numeric,
        (_ex("filed on 3/15/2021", "3/15/2021", "DATE", "2021-03-15"),),
    ),
    Rule(
        "season",
        r"\b(?:the|in|this|last|next)\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|winter)\b",
        dates.normalise_season,
        (
            _ex("the talks in the summer failed", "the summer", "DATE", "2022-SU"),
            _ex("the plant closed in the early summer", "the early summer", "DATE", "2022-SU"),
            _ex("elections next spring", "next spring", "DATE", "2024-SP"),
        ),
    ),
    Rule(
        "fiscal",
        rf"\bfiscal\s+(?:year\s+)?{YEAR}\b",
        dates.normalise_fiscal,
        (_ex("results for fiscal 2024", "fiscal 2024", "DATE", "2024"),),
    ),
    Rule(
        "fiscal_year",
        r"\b(?:this|the\s+current|the\s+latest|the|its|last|next|the\s+previous|the\s+coming)\s+fiscal\s+year\b",
        dates.normalise_fiscal_year,
        (
            _ex("sales this fiscal year", "this fiscal year", "DATE", "2023"),
            _ex("a loss in the latest fiscal year", "the latest fiscal year", "DATE", "2022"),
        ),
    ),
    Rule(
        "mdy",
        rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b",
        dates.normalise_mdy,
        (_ex("signed on March 1, 2012", "March 1, 2012", "DATE", "2012-03-01"),),
    ),
    Rule(
        "dmy",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}\s+\d{{4}}\b",
        dates.normalise_mdy,
        (_ex("on 4 June 2019", "4 June 2019", "DATE", "2019-06-04"),),
    ),
    Rule(
        "weekday_md",
        rf"\b{WEEKDAY},?\s+{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b",
        dates.normalise_md,
        (_ex("on Monday, March 20 the talks began", "Monday, March 20", "DATE", "2023-03-20"),),
    ),
    # "On July20": real copy loses the space; a full month name only, and never a tag or a link
    Rule(
        "md",
        rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:%|percent))"
        rf"|(?<![#@/\w]){_ANY_MONTH}(?:[1-9]|[12]\d|3[01])\b",
        dates.normalise_md,
        (
            _ex("on March 13", "March 13", "DATE", "2023-03-13"),
            _ex("on December 31", "December 31", "DATE", "2022-12-31"),
            _ex("the vote on May 2", "May 2", "DATE", "2023-05-02"),  # six weeks ahead: this year's
            _ex("On March20, the nominee spoke.", "March20", "DATE", "2023-03-20"),
        ),
    ),
    Rule(
        "dm",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b",
        dates.normalise_md,
        (_ex("on the 3rd of March", "3rd of March", "DATE", "2023-03-03"),),
    ),
    Rule(
        "my",
        rf"\b{MONTH}\s+(?:of\s+)?\d{{4}}\b",
        dates.normalise_my,
        (_ex("in April 2024", "April 2024", "DATE", "2024-04"),),
    ),
    Rule(
        "month_that_year",
        rf"\b(?:(?:early|late|mid)[\s-]+)?{MONTH}\s+of\s+that\s+year\b",
        dates.normalise_month_rel,
        (
            _ex(
                "Ola Berg took office in January 2009; it peaked in October of that year.",
                "October of that year",
                "DATE",
                "2009-10",
            ),
        ),
        in_context=month_of_that_year_in_context,
    ),
    Rule(
        "month_rel",
        rf"\b(?:last|next|this|early|late|mid|earlier|later)[\s-]+{MONTH}\b",
        dates.normalise_month_rel,
        (
            _ex("last June", "last June", "DATE", "2022-06"),
            _ex("in early February", "early February", "DATE", "2023-02"),
        ),
    ),
    Rule(
        "month",
        rf"\b{_ANY_MONTH}\b",
        dates.normalise_month_rel,
        (
            _ex("the report released in November", "November", "DATE", "2022-11"),
            _ex("the summit set for April", "April", "DATE", "2023-04", Tense.FUTURE),
            _ex("the plant closed in April", "April", "DATE", "2023-04"),  # next month: not last April
            _ex("the plant closed in July", "July", "DATE", "2022-07"),
            _ex("the convention in July", "July", "DATE", "2023-07", Tense.UNMARKED),  # told in no past
        ),
        is_month_name,
    ),
    Rule(
        "month_year_rel",
        rf"\b{MONTH}\s+(?:of\s+)?(?:last|next|this)\s+year\b",
        dates.normalise_month_rel,
        (
            _ex("in June last year", "June last year", "DATE", "2022-06"),
            _ex("the attacks in January of last year", "January of last year", "DATE", "2022-01"),
        ),
    ),
    Rule(
        "md_year_rel",
        rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:last|next|this)\s+year\b",
        dates.normalise_md_year_rel,
        (
            _ex("on June 4 last year", "June 4 last year", "DATE", "2022-06-04"),
            _ex("on June 16th of last year", "June 16th of last year", "DATE", "2022-06-16"),
        ),
    ),
    Rule(
        "first_day",
        r"\bthe\s+(?:first|opening)\s+day\b(?!\s+of\b)",
        relative.normalise_first_day,
        (_ex("Talks opened on March 20. On the first day, they argued.", "the first day", "DATE", "2023-03-20"),),
        in_context=first_day_in_context,
    ),
    Rule(
        "ago",
        rf"\b(?:{NUM}\s+{UNIT}|{PLURAL_UNIT})(?:\s+or\s+so)?\s+(?:ago|earlier|before|later|after|since|from now)\b",
        relative.normalise_ago,
        (
            _ex("it fell three weeks ago", "three weeks ago", "DATE", "2023-W09"),
            _ex("They met in May 2012. Three weeks later they signed.", "Three weeks later", "DATE", "2012"),
            _ex("Wages rose in January 2012, 4% more than a year earlier.", "a year earlier", "DATE", "2011"),
        ),
        in_context=ago_in_context,
    ),
    Rule(
        "rel_unit",
        r"\b(?:(?:earlier|later|early|late)\s+)?(?:last|next|this(?:\s+past|\s+coming)?|past|coming|previous|the following"
        r"|the previous|the same)"
        r"\s+(?:week|month|year|weekend|spring|summer|autumn|fall|winter|quarter)\b",
        relative.normalise_rel_unit,
        (
            _ex("earlier this month", "earlier this month", "DATE", "2023-03"),
            _ex("last year", "last year", "DATE", "2022"),
            _ex("prices rose last week", "last week", "DATE", "2023-W11"),
            _ex("The talks ended last week after a vote.", "last week", "DATE", "2023-W11"),  # not "week after"
            _ex("next quarter", "next quarter", "DATE", "2023-Q2"),
        ),
        in_context=rel_unit_in_context,
    ),
    Rule(
        "rel_weekday",
        rf"\b(?:last|next|this|the following|the previous|coming)\s+{WEEKDAY}\b",
        relative.normalise_weekday_part,
        (
            _ex("last Monday", "last Monday", "DATE", "2023-03-20"),
            _ex("next Tuesday", "next Tuesday", "DATE", "2023-03-28"),
        ),
        in_context=rel_weekday_in_context,
    ),
    Rule(
        "weekday_part",
        rf"\b(?:(?:early|late)\s+{WEEKDAY}\b(?!\s+{PART})|{WEEKDAY}(?:\s+{PART})?\b)",
        relative.normalise_weekday_part,
        (
            _ex("talks ended on Wednesday", "Wednesday", "DATE", "2023-03-22"),
            _ex("police arrived late Tuesday", "late Tuesday", "DATE", "2023-03-21"),
            _ex("voting opens on Monday", "Monday", "DATE", "2023-03-27", Tense.FUTURE),
            _ex("talks ended on Thursday", "Thursday", "DATE", "2023-03-23"),
        ),
    ),
    Rule(
        "vague_duration",
        r"\b(?:(?:(?:the\s+)?(?:coming|past|last|next|recent|future)\s+)?(?:years|months|weeks|decades|centuries|days|hours"
        r"|minutes)(?:-long)?|(?:the\s+)?(?:coming|past|last|next|recent|future)\s+quarters)\b"
        r"(?!\s+(?:ago|later|earlier|before|after|ahead))|\bthe\s+(?:years|months|weeks|days)\s+ahead\b",
        durations.normalise_vague_duration,
        (
            _ex("they have fought for decades", "decades", "DURATION", "PXY"),
            _ex("in recent weeks", "recent weeks", "DURATION", "PXW"),
            _ex("talks in the weeks ahead", "the weeks ahead", "DURATION", "PXW"),
            _ex("a feud that has lasted centuries", "centuries", "DURATION", "PXC"),
            _ex("losses in recent quarters", "recent quarters", "DURATION", "PXQ"),
            _ex("a months-long standoff", "months-long", "DURATION", "PXM"),
        ),
    ),
    Rule(
        "deictic",
        rf"\b(?:(?:(?:early|late)\s+)?(?:yesterday|tomorrow)(?:\s+{PART})?|today|tonight|this\s+{PART}|last\s+night)\b",
        relative.normalise_deictic,
        (
            _ex("yesterday", "yesterday", "DATE", "2023-03-22"),
            _ex("he left late yesterday", "late yesterday", "DATE", "2023-03-22"),
        ),
        is_day_word,
    ),
    Rule(
        "decade",
        r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?:1[5-9]|20)\d0['’]?s|['‘’]\d0s|(?:twenties|thirties|forties|fifties|sixties|"
        r"seventies|eighties|nineties))\b",
        dates.normalise_decade,
        (
            _ex("it happened in the 1890s", "the 1890s", "DATE", "189"),
            _ex("he went to college in the 1970’s", "the 1970’s", "DATE", "197"),
            _ex("unlike in the ’90s", "the ’90s", "DATE", "199"),
        ),
    ),
    Rule(
        "part_year",
        rf"\b(?:early|mid|late)[\s-]+{YEAR}\b",
        dates.normalise_part_year,
        (_ex("in early 1997", "early 1997", "DATE", "1997"),),
    ),
    Rule(
        "year",
        rf"\b{YEAR}\b(?![-/,.]\d)",
        dates.normalise_year,
        (
            _ex("in 2014", "2014", "DATE", "2014"),
            _ex("from 2005 to 2008", "2005", "DATE", "2005"),
            _ex("leaders of the 1992 protests", "1992", "DATE", "1992"),
        ),
        is_year,
    ),
    Rule(
        "anaphoric",
        r"\b(?:(?:earlier|later)\s+)?(?:that(?:\s+same)?|the\s+same)\s+(?:day|week|month|year|morning|afternoon|evening|night)\b",
        relative.normalise_anaphoric,
        (
            _ex("Talks opened on March 1. Later that day the envoy left.", "Later that day", "DATE", "2023-03-01"),
            _ex("Talks opened on March 1 and ended that same day.", "that same day", "DATE", "2023-03-01"),
        ),
        in_context=from_anchor("anaphoric"),
    ),
    # "sales for the year", "the first nine months of the year": TimeBank marks the bare "the
    # year" (10 of 10 in TempEval train), the report's year (read from the last year named instead,
    # 2 of the 5 went wrong), and a market report's "for the week" (3 of 3) its week; "the year
    # ended June 30" is a length
    Rule(
        "year_length",
        r"\bthe\s+year(?=\s+(?:ended|ending)\b)",
        durations.normalise_past_span,
        (_ex("profit for the year ended June 30", "the year", "DURATION", "P1Y"),),
    ),
    Rule(
        "the_period",
        r"\bthe\s+(?:(?:full|current|entire|whole)\s+year|year|week(?!\s+of\b))\b"
        r"(?!-|\s+(?:before|after|earlier|ago|ahead|of\s+the|following|\d))",
        relative.normalise_the_period,
        (
            _ex("Sales for the year rose 4%.", "the year", "DATE", "2023"),
            _ex("For the week, the index fell 2%.", "the week", "DATE", "2023-W12"),
            _ex("the week's most active session", "the week", "DATE", "2023-W12"),
        ),
    ),
    Rule(
        "next_day",
        # not 'the day after her arrest': a day told from an event of its own, not from the
        # last date the text gave
        r"\b(?:the\s+)?(?:next|following|previous)\s+(?:day|morning|evening|night)\b|\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b"
        r"(?!\s+(?:his|her|their|its|my|our|your)\b)",
        relative.normalise_next_day,
        (
            _ex("Talks opened on March 1. The next day the envoy left.", "The next day", "DATE", "2023-03-02"),
            _ex("Talks opened on March 1. The day before, the envoy left.", "The day before", "DATE", "2023-02-28"),
        ),
        in_context=from_anchor("next_day"),
    ),
    # a live blog's entry, its time alone on a line ("9:40 p.m."): the report's day, not the day
    # the entry before it last named (PolNeAR: 46 of 220 such entries dated to an earlier story's day)
    Rule(
        "entry_clock",
        r"(?<![^\n])" + CLOCK + rf"(?:\s+{ZONE}\b)?(?=[ \t.]*(?![^\n]))",
        relative.normalise_clock,
        (_ex("Ola Berg spoke on March 1.\n9:40 p.m.\nThe count began.", "9:40 p.m.", "TIME", "2023-03-23T21:40"),),
    ),
    Rule(
        "clock",
        CLOCK + rf"(?:\s+{ZONE}\b)?",
        relative.normalise_clock,
        (
            _ex("Polls close at 8 p.m.", "8 p.m.", "TIME", "2023-03-23T20:00"),
            _ex("talks resume at 9:30 a.m. EDT", "9:30 a.m. EDT", "TIME", "2023-03-23T09:30"),
            _ex("the polls close at 14:00 GMT", "14:00 GMT", "TIME", "2023-03-23T14:00"),
            _ex("the speech starts at 9 p.m. ET", "9 p.m. ET", "TIME", "2023-03-23T21:00"),
            _ex(
                "he posted at three o'clock in the morning", "three o'clock in the morning", "TIME", "2023-03-23T03:00"
            ),
            _ex("the ferry left at 4 in the afternoon", "4 in the afternoon", "TIME", "2023-03-23T16:00"),
        ),
        in_context=clock_in_context,
    ),
    Rule(
        "second_duration",
        rf"\b(?:\d+|{TENS_RX}(?:-{SMALL})?|{SMALL})-second\b",
        durations.normalise_second_duration,
        (_ex("the 30-second advertisement", "30-second", "DURATION", "PT30S"),),
    ),
    Rule(
        "clock_day",
        rf"{CLOCK}(?:\s+{ZONE})?,?\s+(?:(?:(?:on|last|this|next)\s+)?{WEEKDAY}|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)\b"
        rf"|\b{WEEKDAY}(?:\s+{PART})?,?\s+at\s+{CLOCK}",
        relative.normalise_clock_day,
        (
            _ex("The vote closed at 10 p.m. on Monday.", "10 p.m. on Monday", "TIME", "2023-03-20T22:00"),
            _ex(
                "The offer expires at 5 p.m. EST, March 29.",
                "5 p.m. EST, March 29",
                "TIME",
                "2023-03-29T17:00",
                Tense.FUTURE,
            ),
            _ex("They leave at 4 a.m. EDT Friday.", "4 a.m. EDT Friday", "TIME", "2023-03-24T04:00", Tense.FUTURE),
        ),
    ),
    Rule(
        "ref",
        r"\b(?:the\s+(?:near\s+)?future|the\s+(?:near|short)\s+term|the\s+past(?!\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|few|several|week|month|year|decade))"
        r"|recently|formerly|the\s+other\s+day|(?:a\s+long\s+time\s+|long\s+)ago)\b",
        relative.normalise_ref,
        (
            _ex("plans for the future", "the future", "DATE", "FUTURE_REF"),
            _ex("a sale in the near future", "the near future", "DATE", "FUTURE_REF"),
            _ex("losses in the short term", "the short term", "DATE", "FUTURE_REF"),
            _ex("I saw him the other day", "the other day", "DATE", "PAST_REF"),
        ),
    ),
    Rule(
        "past_span",
        rf"\b(?:the\s+)?(?:past|last|previous|next|coming|first)\s+(?:(?:{NUM}|few|couple\s+of|many)\s+)?"
        r"(?:hours?|days?|weeks?|months?|quarters?|years?|decades?)(?:\s+or\s+so)?\b",
        durations.normalise_past_span,
        (
            _ex("over the past three years", "the past three years", "DURATION", "P3Y"),
            _ex("in the next several days", "the next several days", "DURATION", "PXD"),
            _ex("prices fell over the past few years", "the past few years", "DURATION", "PXY"),
            _ex("talks in the next couple of weeks", "the next couple of weeks", "DURATION", "P2W"),
            _ex("losses in the past two quarters", "the past two quarters", "DURATION", "P2Q"),
            _ex("closed over the next year or so", "the next year or so", "DURATION", "P1Y"),
        ),
    ),
    Rule(
        "season_year",
        rf"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{YEAR}\b",
        dates.normalise_season_year,
        (_ex("in spring 2021", "spring 2021", "DATE", "2021-SP"),),
    ),
    Rule(
        "spoken_year",
        rf"\b(?:(?:{MONTH}|(?:the\s+)?(?:spring|summer|autumn|fall|winter)\s+of)\s+)?{SPOKEN_YEAR}\b"
        r"(?![-\s]+(?:years?|months?|days?|hours?|people|times|percent|dollars)\b)",
        dates.normalise_spoken_year,
        (
            _ex("back in nineteen ninety-six", "nineteen ninety-six", "DATE", "1996"),
            _ex("by the year two thousand", "the year two thousand", "DATE", "2000"),
            _ex("since January nineteen ninety-seven", "January nineteen ninety-seven", "DATE", "1997-01"),
        ),
    ),
    Rule(
        "age",
        rf"\b{NUM}(?:-(?:year|month|week|day)s?-old|\s+(?:years?|months?)\s+old)\b"
        rf"|\b(?:{SMALL}|a)[- ]quarters?\s+of\b|\bthe\s+(?:early|small|wee)\s+hours\b",
        None,
        (
            _ex("a 6-year-old boy", "6-year-old", None, None),
            _ex("Ms. Lindqvist, 52 years old, will succeed him", "52 years old", None, None),
            _ex("it imports about three-quarters of its food", "three-quarters of", None, None),
            _ex("in the early hours of Sunday", "the early hours", None, None),
        ),
    ),
    Rule(
        "duration",
        rf"\b(?!an?[- ]+(?:{PLURAL_UNIT}\b|{UNIT}-)){NUM}[- ](?:(?:straight|consecutive|full|more|additional|whole|long|trading|business|working)\s+)?"
        rf"(?:{UNIT})(?:-long)?"
        r"(?:\s+or\s+so)?\b|\b(?:day|week|month|year|decade|hour)-long\b",
        durations.normalise_duration,
        (
            _ex("for 48 hours", "48 hours", "DURATION", "PT48H"),
            _ex("a two-year war", "two-year", "DURATION", "P2Y"),
            _ex("for a couple of years", "a couple of years", "DURATION", "P2Y"),
            _ex("a custom kept for almost a hundred years", "almost a hundred years", "DURATION", "P100Y"),
            _ex("after a year-long inquiry", "year-long", "DURATION", "P1Y"),
            _ex("the shares fell for eight trading days", "eight trading days", "DURATION", "P8D"),
        ),
    ),
    # "the nine months ended Sept. 30": TimeBank's extent takes the article (14 of 16 in train)
    Rule(
        "the_duration",
        rf"\bthe\s+(?:year-(?:earlier|ago)\s+|latest\s+)?(?:\d+|{TENS_RX}(?:-{SMALL})?|{SMALL}|several|few)\s+{UNIT}\b(?!-)",
        durations.normalise_the_duration,
        (
            _ex("sales in the nine months rose", "the nine months", "DURATION", "P9M"),
            _ex("in the few weeks since", "the few weeks", "DURATION", "PXW"),
        ),
    ),
    Rule(
        "half_duration",
        rf"\b(?:{NUM}\s+(?:and\s+a\s+half\s+{UNIT}|{UNIT}\s+and\s+a\s+half|1/2\s+{UNIT})"
        r"|half\s+an?\s+(?:hour|day|year|decade|century)"
        r"|(?:a\s+)?half[- ](?:century|decade|year|hour|day))\b",
        durations.normalise_half_duration,
        (
            _ex("It lasted a year and a half.", "a year and a half", "DURATION", "P1Y6M"),
            _ex("They spent 5 1/2 hours in talks.", "5 1/2 hours", "DURATION", "PT5H30M"),
            _ex("a minute and a half later", "a minute and a half", "DURATION", "PT1M30S"),
            _ex("They waited half an hour.", "half an hour", "DURATION", "PT30M"),
        ),
    ),
    Rule(
        "quarter_duration",
        r"\b(?:a|one|three)[- ]quarters?(?:\s+of\s+an?\s+|[\s-])(?:century|hour)\b",
        durations.normalise_quarter_duration,
        (
            _ex("for a quarter of a century", "a quarter of a century", "DURATION", "P25Y"),
            _ex("she spent a quarter-century in office", "a quarter-century", "DURATION", "P25Y"),
            _ex("it took three quarters of an hour", "three quarters of an hour", "DURATION", "PT45M"),
        ),
    ),
    Rule(
        "set_rate",
        rf"\b(?:once|twice|(?:\d+|{SMALL})\s+times)\s+(?:a|per|every|each)\s+(?:day|week|month|year)\b|\bper\s+(?:day|week|month|year|hour)\b",
        durations.normalise_set_rate,
        (_ex("they meet twice a week", "twice a week", "SET", "P1W"),),
    ),
    Rule(
        "half_year",
        rf"\bthe\s+(?:first|second)\s+half\s+of\s+(?:(?:the|this|last|next)\s+year|{YEAR})\b",
        dates.normalise_half_year,
        (_ex("in the second half of 2022", "the second half of 2022", "DATE", "2022-H2"),),
    ),
    Rule(
        "set",
        rf"\b(?:every|each)\s+(?:single\s+)?(?:(?:other|{SMALL}|\d+)\s+(?:day|week|month|year|hour|minute)s?"
        rf"|day|week|month|year|hour|minute|weekend|{PART}|{WEEKDAY})\b"
        r"|(?<!\bin\s)(?<!\bfrom\s)\b(?:every|each)\s+quarter\b"  # not the places of "in every quarter"
        r"|\b(?:daily|weekly|monthly|annually|yearly|quarterly|nightly|hourly)\b",
        durations.normalise_set,
        (
            _ex("they march every Sunday", "every Sunday", "SET", "XXXX-WXX-7"),
            _ex("the games are held every four years", "every four years", "SET", "P4Y"),
            _ex("they meet every other week", "every other week", "SET", "P2W"),
            _ex("the jet burns $9,000 every hour", "every hour", "SET", "PT1H"),
            _ex("she spoke every single day", "every single day", "SET", "P1D"),
            _ex("he slept there every night", "every night", "SET", "XXXX-XX-XXTNI"),
            _ex("the board meets each quarter", "each quarter", "SET", "P1Q"),
            _ex("the dividend is paid quarterly.", "quarterly", "SET", "P3M"),
            _ex("the fair is held annually in June", "annually", "SET", "P1Y"),
        ),
        is_frequency,
    ),
    Rule(
        "weekday_set",
        rf"\b{WEEKDAY}(?:s\b(?:\s+{PART}s\b)?|\s+{PART}s\b)",
        durations.normalise_set,
        (
            _ex("the market is closed on Sundays", "Sundays", "SET", "XXXX-WXX-7"),
            _ex("the show airs Tuesday nights", "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
        ),
    ),
    Rule(
        "present",
        r"\b(?:now|currently|at present|these days|nowadays)\b",
        relative.normalise_present,
        (_ex("prices are rising now", "now", "DATE", "PRESENT_REF"),),
    ),
    Rule(
        "holiday",
        HOLIDAY_PATTERN,
        dates.normalise_holiday,
        (
            _ex("shops closed on Christmas Eve", "Christmas Eve", "DATE", "2022-12-24"),
            _ex("the Easter 2024 ceasefire", "Easter 2024", "DATE", "2024-03-31"),
            _ex("since last Thanksgiving", "last Thanksgiving", "DATE", "2022-11-24"),
            _ex("fighting paused for Ramadan", "Ramadan", "DATE", None),
        ),
    ),
    Rule(
        "quarter",
        rf"\b(?:the\s+)?(?:fiscal[\s-]+)?(?:first|second|third|fourth|last|final)\s+quarter(?:\s+of\s+{YEAR})?\b|\bQ[1-4](?:\s+{YEAR})?\b"
        r"|\b(?:fiscal\s+)?(?:first|second|third|fourth)-quarter\b",
        dates.normalise_quarter,
        (
            _ex("profits in the fourth quarter", "the fourth quarter", "DATE", "2022-Q4"),
            _ex("third-quarter profits fell", "third-quarter", "DATE", "2022-Q3"),
        ),
    ),
    # "the quarter", "the latest quarter": the one a report on a quarter speaks of (find keeps it
    # only after the text has named a quarter; "through the quarter" of a town is no date)
    Rule(
        "quarter_ref",
        r"\bthe\s+(?:(?:latest|current|most\s+recent)\s+)?quarter\b(?!-|\s+(?:of|century))|\bthe\s+latest\s+period\b",
        dates.normalise_quarter_ref,
        (
            _ex(
                "Profit in the third quarter rose, and sales in the latest quarter fell.",
                "the latest quarter",
                "DATE",
                "2022-Q3",
            ),
        ),
        in_context=quarter_in_context,
    ),
    Rule(
        "period_edge",
        r"\b(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+(?:the\s+|this\s+|next\s+|last\s+)?(?:year|month|week|decade|century)\b"
        r"|\b(?:year|month)(?:-|\s+|['’]s\s+)end\b",
        dates.normalise_period_edge,
        (
            _ex("by the end of the year", "the end of the year", "DATE", "2023"),
            _ex("the deal should close by year-end", "year-end", "DATE", "2023"),
            _ex("in place by year's end", "year's end", "DATE", "2023"),
        ),
    ),
    # "the end of November", "the middle of 1990": TimeML takes the edge words, dates the month or year
    Rule(
        "edge_of",
        rf"\b(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+(?:{MONTH}(?:\s+{YEAR})?|{YEAR})\b",
        dates.normalise_edge_of,
        (
            _ex("until the end of November", "the end of November", "DATE", "2022-11"),
            _ex("by the middle of 1990", "the middle of 1990", "DATE", "1990"),
        ),
    ),
    # "year-earlier results" marks the adjective alone; "the year-ago quarter" the whole period
    Rule(
        "year_earlier",
        rf"\bthe\s+(?:comparable\s+)?year-(?:earlier|ago)\s+(?:{ORDINAL}\s+)?(?:quarter|period)\b|\byear-(?:earlier|ago)\b",
        dates.normalise_year_earlier,
        (
            _ex("up from the year-earlier period", "the year-earlier period", "DATE", "2022"),
            _ex("down from the year-ago quarter", "the year-ago quarter", "DATE", "2021-Q4"),
        ),
    ),
    Rule(
        "year_period",
        rf"\b(?:the\s+{YEAR}|(?:this|last|next)\s+year's)\s+(?:(?:fiscal\s+)?{ORDINAL}\s+)?(?:quarter|period)\b",
        dates.normalise_year_period,
        (
            _ex("against the 1988 third quarter", "the 1988 third quarter", "DATE", "1988-Q3"),
            _ex("in last year's second quarter", "last year's second quarter", "DATE", "2022-Q2"),
        ),
    ),
    Rule(
        "this_century",
        r"\b(?:this|last|next|the\s+(?:last|previous|next))\s+century\b",
        dates.normalise_this_century,
        (_ex("the worst war of this century", "this century", "DATE", "20"),),
    ),
    Rule(
        "century",
        r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:1[0-9]th|2[01](?:st|th)|(?:nineteenth|twentieth|twenty-first))\s+century\b",
        dates.normalise_century,
        (
            _ex("since the 19th century", "the 19th century", "DATE", "18"),
            _ex("built in the late 18th century", "the late 18th century", "DATE", "17"),
        ),
    ),
    Rule(
        "weekend",
        r"\b(?:this|last|next|the)\s+weekend\b",
        relative.normalise_weekend,
        (_ex("protests over the weekend", "the weekend", "DATE", "2023-W11-WE"),),
    ),
    Rule(
        "ordinal_day",
        rf"\bthe\s+{ORDINAL}\s+(?:day|week|month|year|round|session)\b(?:\s+of\b)?",
        durations.normalise_ordinal_day,
        (_ex("on the second day of talks", "the second day of", "DATE", None),),
    ),
)
_BY_NAME = {rule.name: rule for rule in RULES}
_COMPILED = [(rule.name, re.compile(rule.pattern, re.IGNORECASE)) for rule in RULES]


def rule_named(name: str) -> Rule:
    return _BY_NAME[name]


def find_spans(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping candidate spans (start, end, rule name): longest first, then leftmost."""
    found = []
    for name, rx in _COMPILED:
        for m in rx.finditer(text):
            found.append((m.start(), m.end(), name))
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    chosen: list[tuple[int, int, str]] = []
    taken = bytearray(len(text))  # characters already in a chosen span: no scan of the chosen per candidate
    for start, end, name in found:
        if not any(taken[start:end]):
            chosen.append((start, end, name))
            taken[start:end] = b"\x01" * (end - start)
    return sorted(chosen)
