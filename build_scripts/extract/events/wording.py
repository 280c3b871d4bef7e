"""The words of a statement: which tokens of a parsed sentence it keeps, what it puts in place
of a pronoun or a relative word, and the text they make. A clause keeps its actor, its verb
with its auxiliaries and negation, what the verb takes (objects, complements, a reported
'that' clause) and the phrases after it; a noun phrase keeps its words and its 'of' phrases but
no relative clause, aside or parenthesis. Dates go: the timeline shows them beside the line."""

from __future__ import annotations

import itertools
import re

from spacy.tokens import Doc, Token

from ..doc import CharRanges
from ..labels import (
    FINITE_TAGS,
    NUMERIC_ENTITY_LABELS,
    STATEMENT_ASIDE_DEPS,
    STATEMENT_VERB_DEPS,
    SUBJECT_DEPS,
    VERB_OBJECT_DEPS,
)
from ..lexicon import SPEECH_VERBS
from ..resources import word_set

__all__ = ["Pieces", "finite", "set_off", "tidy"]

_KEEP_TIME_PREPOSITIONS = word_set("events_time_relation_prepositions")  # 'since Saturday', 'until May'
_DROP_ADVERBS = word_set("events_statement_drop_adverbs")
_DATE_FILLER = word_set("events_date_filler_words")


def finite(verb: Token) -> bool:
    """A verb that tells its own tense: 'ran', 'has been freed', 'will sail'; not 'to sail',
    'sailing', 'freed by crews'."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VBN" and not auxiliaries and any(c.dep_ == "nsubj" for c in verb.children):
        return True  # 'Crews battled the blaze': a past tense the tagger read as a participle
    return verb.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in auxiliaries)


class Pieces:
    """The tokens a statement keeps, by index, with replacements and inserted phrases."""

    def __init__(self, doc: Doc, dates: CharRanges, skip_before: int = 0):
        self.doc = doc
        self.dates = dates  # the paragraph's date expressions
        # a dateline: 'PORT ELLA, Tarvonia:' (its tokens only: a statement's cost is its sentence's)
        self.never: set[int] = {t.i for t in itertools.takewhile(lambda t: t.idx < skip_before, doc)}
        self.keep: set[int] = set()
        self.replaced: dict[int, str] = {}
        self.inserted: list[tuple[float, str]] = []
        self.optional: list[tuple[int, set[int]]] = []  # (level, tokens) that shorten() may drop
        self.subject: int | None = None  # the clause's own subject, which statement.py words
        self.last: set[int] = set()  # a clause told first that the statement tells last

    # -- choosing -------------------------------------------------------------------------

    def verb_clause(self, verb: Token, path: set[int], top: bool = False) -> None:
        self.keep.add(verb.i)
        prepositions = 0
        for child in verb.children:
            on_path = child.i in path
            dep = child.dep_
            if child.i in self.never or child.i in self.keep:
                continue
            if child.i < verb.i and self._in_date(child):
                continue  # 'Wednesday on Harbour TV's evening programme, Korr discussed ...': a date and its setting, told first
            if dep not in ("mark", "cc") and self.is_date(child) and not (on_path and child.pos_ in ("VERB", "AUX")):
                continue  # but 'after' of 'one day after he was extradited' joins the clause
            if dep in SUBJECT_DEPS:
                joined = self._joined_subject(child)
                if not top or (self.subject is not None and child.i > self.subject and joined is not None):
                    # a second subject the parser hung beside the first: 'the miners and their foreman'
                    self.noun(child, subject=True)
                    self.keep |= {joined.i} if joined is not None else set()
            elif dep in STATEMENT_VERB_DEPS or (dep == "mark" and not top):
                self.keep.add(child.i)
            elif dep in VERB_OBJECT_DEPS or dep == "agent":
                if child.tag_ not in ("VBD", "VBZ", "VBP"):  # a finite verb as an object: a misparse
                    self.noun(child)
            elif dep == "conj" and child.pos_ in ("VERB", "AUX"):
                self._conjoined(verb, child, path)
            elif dep in ("xcomp", "ccomp", "pcomp") or (on_path and child.pos_ in ("VERB", "AUX")):
                self._clause_or_phrase(child, path)
            elif (
                dep == "advcl"
                and child.i > verb.i
                and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children)
            ):
                before = set(self.keep)  # 'flew to Wexmoor to offer support': what for
                self.verb_clause(child, path)
                self.optional.append((1, self.keep - before))
            elif dep == "prep" and child.lower_ == "according":
                continue  # 'according to the coastguard': where the report has it from, not what happened
            elif dep == "prep" and (child.i > verb.i or on_path):
                tokens = self._phrase(child)
                prepositions += not on_path
                self.keep |= tokens
                if not on_path and prepositions > 1:
                    self.optional.append((1, tokens))
                elif (
                    not on_path or child.i > verb.i
                ):  # 'at a hearing on 13 December': the date's, a headline's last to go
                    self.optional.append((2, tokens))
            elif dep == "advmod" and child.tag_ == "WRB":
                if not top and verb.dep_ == "advcl":  # 'died when he ran out of air'
                    self.keep.add(child.i)
            elif dep == "advmod" and (on_path or (child.i > verb.i and child.lower_ not in _DROP_ADVERBS)):
                self.keep |= self._phrase(child)
            elif on_path:
                self._clause_or_phrase(child, path)

    def _joined_subject(self, subject: Token) -> Token | None:
        """The 'and' that joins a second subject to the first; None when nothing does ('found
        the miners after the crew went missing', read with two subjects, has none)."""
        first = min(t.i for t in subject.subtree)
        return next((t for t in self.doc[max(first - 2, 0) : first] if t.dep_ == "cc"), None)

    def _clause_or_phrase(self, token: Token, path: set[int]) -> None:
        if token.pos_ in ("VERB", "AUX"):
            self.verb_clause(token, path)
        else:
            self.keep |= self._phrase(token)

    def _conjoined(self, verb: Token, conj: Token, path: set[int]) -> None:
        """'was arrested and charged': a second verb of the same actor stays, unless the line
        grows too long; one with its own actor is another statement."""
        if conj.i not in path and (
            any(c.dep_ in SUBJECT_DEPS for c in conj.children)
            or conj.lemma_.lower() in SPEECH_VERBS
            or self.dated(conj)
        ):
            return  # another actor's, what was said besides ('and told reporters "..."'), or another day's
        before = set(self.keep)
        cc = [c for c in verb.children if c.dep_ == "cc" and verb.i < c.i < conj.i]
        self.keep |= {c.i for c in cc}
        self.verb_clause(conj, path)
        if conj.i not in path:
            self.optional.append((1, self.keep - before))

    def noun(self, head: Token, subject: bool = False) -> None:
        """A noun phrase's words; a subject that is itself a date keeps it: 'the second day of
        talks has concluded' is about the day ('the death Saturday of the justice' is not)."""
        self.keep |= self._phrase(head, relates=subject and self._in_date(head))

    def widen(self, verb: Token) -> bool:
        """Keep the aside that says what the verb's object is ('released the Koronna, a grain
        carrier'), for a line too short without it; whether there was one."""
        objects = [c for c in verb.children if c.dep_ in VERB_OBJECT_DEPS and c.i in self.keep]
        asides = [a for o in objects for a in o.children if a.dep_ == "appos" and not self.is_date(a)]
        for aside in asides:
            self.keep |= {aside.i - 1} if aside.i and self.doc[aside.i - 1].text == "," else set()
            self.keep |= self._phrase(aside)
        return bool(asides)

    def name_first(self, head: Token) -> None:
        """'Leading candidate Signe Lindqvist' -> 'Signe Lindqvist': a line does not open on a
        participle, which reads as a fragment ('Leading ...', 'Beleaguered' is fine)."""
        kept = sorted(i for i in self.keep if i in {t.i for t in head.subtree} and i not in self.never)
        if not kept or not self.doc[kept[0]].lower_.endswith("ing") or self.doc[kept[0]].pos_ == "PROPN":
            return
        name = next((i for i in kept if self.doc[i].pos_ == "PROPN"), None)
        if name is not None:
            self.never |= {i for i in kept if i < name}

    def noun_text(self, head: Token) -> str:
        """A noun phrase's words on their own: what a relative word or a borrowed subject reads."""
        tokens = sorted(self._phrase(head))
        return tidy(self._join([(i, self.doc[i].text, self.doc[i].whitespace_) for i in tokens]))

    def _phrase(self, head: Token, relates: bool = False) -> set[int]:
        """A phrase's tokens without its clauses, asides, parentheses and dates. A common noun
        with a name beside it is read as the name: 'the agency's chief, Ola Berg' -> 'Ola Berg'."""
        if head.pos_ == "NOUN":
            name = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if name is not None and name.ent_type_ not in NUMERIC_ENTITY_LABELS:
                return self._phrase(name, relates)
        listed = [c for c in head.children if c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children)]
        # 'the revelation that aides received bonuses': what the noun says, not a relative clause
        listed += [c for c in head.children if c.dep_ == "relcl" and any(g.dep_ == "mark" for g in c.children)]
        out = {head.i}
        # 'since last week's effort', 'after 7:50 p.m.': a date this phrase relates to stays whole
        relates = relates or (head.dep_ == "prep" and head.lower_ in _KEEP_TIME_PREPOSITIONS)
        for child in head.children:
            if child.i in self.never or (child.dep_ in STATEMENT_ASIDE_DEPS and child not in listed):
                continue  # an aside, unless a list goes on from it: 'Quillby, the fund Ostra, and dozens of firms'
            if child.i > head.i and child not in listed and self._aside(child):
                continue
            if child.dep_ == "acl" and child.i > head.i:
                tokens = self._phrase(child, relates)  # 'an order allowing the ship to leave': goes when too long
                out |= tokens
                if not any(c.dep_ == "mark" for c in child.children):  # but 'the revelation that ...' stays
                    self.optional.append((1, tokens))
                continue
            if not relates and self.is_date(child):
                if child.dep_ == "poss":  # "Tuesday's ruling" -> "the ruling"
                    self.replaced[child.i] = "the"
                    self.never |= {t.i for t in child.subtree}
                continue
            if not relates and self._in_date(child) and child.dep_ == "npadvmod":
                # 'the death Saturday of Justice Korr': the date goes, what hangs on it stays
                out |= {i for g in child.children if not self.is_date(g) for i in self._phrase(g)}
                continue
            if child.dep_ == "punct" and child.text not in (",", "-", "'", "\u2019", "&"):
                continue
            out |= self._phrase(child, relates and self._in_date(child))  # "for six days", not "for a link in 2014"
        return out

    def is_date(self, token: Token) -> bool:
        """A phrase that only dates ('on Tuesday', 'yesterday', '(July 9)', 'at 2am local
        time'); one that relates to a date ('since Saturday', 'until May') is kept."""
        if token.dep_ == "prep" and token.lower_ in _KEEP_TIME_PREPOSITIONS:
            return False
        words = [t for t in _without_clauses(token) if not t.is_punct and not (t == token and token.dep_ == "prep")]
        dated = [t for t in words if self._in_date(t)]
        return bool(dated) and all(self._in_date(t) or t.lower_ in _DATE_FILLER or t.like_num for t in words)

    def dated(self, verb: Token) -> bool:
        """Whether a verb has a date of its own: 'stranded on 3 May and was towed free on 9 May'."""
        return any(self.is_date(c) for c in verb.children)

    def _in_date(self, token: Token) -> bool:
        return self.dates.covers(token.idx)

    @staticmethod
    def _aside(token: Token) -> bool:
        """A modifier set off by a comma ('Mr Berg, aged 52,'): an aside, unless it continues a
        list ('Berg, Vik and Lund')."""
        return token.dep_ not in ("conj", "cc", "punct") and set_off(token)

    # -- replacing and inserting ------------------------------------------------------------

    def replace(self, token: Token, text: str, whole_phrase: bool = False) -> None:
        """`text` in place of a token (of its whole phrase: 'they' -> 'the rescuers')."""
        if whole_phrase:
            self.never |= {t.i for t in token.subtree}
        self.never.add(token.i)
        self.replaced[token.i] = text

    def tell_last(self, clause: Token) -> None:
        """'When the roof gave way, Falk lost consciousness' -> 'Falk lost consciousness when
        the roof gave way': a line opens on its actor, not on 'When'."""
        self.last |= {t.i for t in clause.subtree}

    def drop(self, token: Token) -> None:
        self.never.add(token.i)

    def before_verb(self, verb: Token, text: str) -> None:
        first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")])
        self.inserted.append((first - 0.5, text))

    def after_verb(self, verb: Token, text: str) -> None:
        last = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"])
        if re.match(r"(?:The|A|An) ", text):
            text = text[0].lower() + text[1:]  # 'declared the Old Mill': no longer the sentence's start
        self.inserted.append((last + 0.5, text))

    def shorten(self, level: int) -> None:
        for at, tokens in self.optional:
            if at <= level:
                self.keep -= tokens

    # -- writing ---------------------------------------------------------------------------

    def _mend_hyphens(self) -> None:
        """'co-founder Ola Berg', which the parser splits: a kept word glued to a hyphen keeps
        the hyphenated word and the phrase it belongs to."""
        for i in sorted(self.keep):
            token = self.doc[i]
            if token.whitespace_ or i + 2 >= len(self.doc) or self.doc[i + 1].text != "-":
                continue
            joined = self.doc[i + 2]
            self.keep |= {i + 1, i + 2}
            if joined.head.i > joined.i and joined.head.i not in self.never:
                self.keep |= self._phrase(joined.head)

    def text(self) -> str:
        self._mend_hyphens()
        kept = (self.keep - self.never) | set(self.replaced)
        # a comma between two kept words ('Vik, Lund and Berg') stays; one left by an aside goes
        kept -= {i for i in kept if self.doc[i].text == "," and not (i - 1 in kept and i + 1 in kept)}
        end = len(self.doc)  # a clause told last is placed after every other word, in its own order
        items: list[tuple[float, str, str]] = [
            (i + end * (i in self.last), self._word(i), self.doc[i].whitespace_) for i in kept if i not in self.replaced
        ]
        items += [(i + end * (i in self.last), text, " ") for i, text in self.replaced.items()]
        items += [(at, text, " ") for at, text in self.inserted]
        return self._join(sorted(items))

    def _word(self, i: int) -> str:
        """A token's text, the first word of a clause told last in lower case ('when')."""
        token = self.doc[i]
        if self.last and i == min(self.last) and token.pos_ != "PROPN" and token.text[:1].isupper():
            return token.text[:1].lower() + token.text[1:]
        return token.text

    @staticmethod
    def _join(items: list[tuple[float, str, str]]) -> str:
        out = []
        for n, (at, text, space) in enumerate(items):
            following = items[n + 1][0] if n + 1 < len(items) else None
            out.append(text + (space if following == at + 1 else " "))
        return "".join(out)


def set_off(token: Token) -> bool:
    """A phrase after a comma ('the deal, signed in May 2012, collapsed')."""
    first = min(t.i for t in token.subtree)
    return first > 0 and token.doc[first - 1].text == ","


def _without_clauses(token: Token) -> list[Token]:
    """A phrase's words, but those of a clause hanging on it ('May 10, when the last miner was
    brought up': a date with an event of its own)."""
    out = [token]
    for child in token.children:
        if child.dep_ not in ("relcl", "acl", "advcl"):
            out.extend(_without_clauses(child))
    return out


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?%)\u2019\u201d])")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_EDGE = re.compile(r"^[\s,;:\u2014\u2013-]+|[\s,;:(\u2014\u2013-]+$")


def tidy(text: str) -> str:
    """Spacing and punctuation of kept words: no space before a comma, no parenthesis, no
    comma twice, no dangling mark at either end, quotation marks in pairs."""
    text = _PARENTHESIS.sub("", text)
    text = text.replace("(", "").replace(")", "")
    text = " ".join(text.split())
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = re.sub(r"([\u201c(])\s+", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    if text.count("\u201c") != text.count("\u201d"):
        text = text.replace("\u201c", "").replace("\u201d", "")
    if text.count('"') % 2:
        text = text.replace('"', "")
    previous = None
    while previous != text:
        previous = text
        text = _EDGE.sub("", text)
        text = re.sub(r"^(?:and|but|or|so|then)\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"\s+(?:and|but|or|that|who|which)$", "", text, flags=re.IGNORECASE)
    return text
