"""News organisations and programmes a report cites: 'told the Courier', 'said on Radio Tamsin',
'in an interview with Harbour TV's evening programme', 'as the Gazette reported', 'a Wexmoor
Daily reporter', 'appeared on "Morning Desk"'.

A name is taken for an outlet only on evidence in the text: an outlet's word in the name
('Gazette', 'Radio'), a newsroom noun after it ('reporter', 'anchor', 'poll'), a programme it
airs, or a list it shares with one ('ABC News, X and Y'). 'Told the committee' cites no outlet.
An author's note ('Ola Berg is a columnist for the Courier') and the report's own outlet speaking
of itself cite nothing; its own earlier reporting ('as the Courier has reported') does.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

from spacy.tokens import Doc, Span, Token

from ...model import SourceKind
from ...names import acronyms, clean_name, is_acronym
from ..doc import ParsedArticle, cited_for, entities_in
from ..drafts import PartyIndex, SourceMention
from ..labels import CITABLE_ENTITY_LABELS, OUTLET_SHAPED_ENTITY_LABELS
from ..lexicon import (
    AGENCY_WORDS,
    ANONYMITY_CUES,
    BIO_ROLE_NOUNS,
    GROUP_NOUNS,
    MEDIA_ROLE_NOUNS,
    MEDIA_WORK_NOUNS,
    OUTLET_WORDS,
    REPORT_WORDS,
    SOCIAL_PLATFORMS,
)
from ..resources import word_set

__all__ = [
    "Outlets",
    "described_outlets",
    "is_agency_name",
    "is_body_name",
    "is_outlet_name",
    "is_own_outlet",
    "outlet_span",
    "programmes",
]

_PRESS_TITLES = word_set("media_press_titles")
_ROLE_MODIFIERS = word_set("media_role_modifiers")
_MEDIA_NAME_WORDS = word_set("media_name_words")
_INTERVIEW_VERBS = word_set("media_interview_verbs")
_CREDIT_VERBS = word_set("media_credit_verbs")
# A programme title in quotation marks after the words that cite it: told "Morning Desk",
# on "Morning Desk", Harbour TV's "Morning Desk". Title case, short, no sentence inside.
_PROGRAMME = re.compile(
    r"(?:\b(?:told|on|to|with|of)|(?P<owner>(?:[A-Z][\w&.-]*\s){0,3}(?:[A-Z][\w&.-]*|channel|network))"
    r"['\u2019]s?)\s+"
    r"[\"\u201c](?P<title>[A-Z][\w'\u2019&-]*(?:\s(?:[A-Z][\w'\u2019&-]*|and|of|the|&|with|in|on)){0,5})"
    r"[,.]?[\"\u201d]"
)


class Outlets:
    """The outlets one article cites. 'Told X' cites an outlet only on evidence that X is one;
    the evidence may come later in the article ('X reported', 'an X reporter'), so such
    mentions wait in `tentative` until the article is read."""

    def __init__(self, parsed: ParsedArticle):
        self.parsed = parsed
        self.known: set[str] = set()  # names the article shows are outlets
        self.tentative: list[SourceMention] = []

    def in_sentence(self, sent: Span) -> list[SourceMention]:
        if _is_author_note(sent):
            return []
        # a name listed with an outlet's is one too ("ABC News, X and Y"); an informant speaks
        # to the press on condition of anonymity
        candidates = [(ent, _position(ent)) for ent in _candidate_names(self.parsed, sent)]
        evidenced: set[int] = set()
        for ent, position in candidates:
            if (position is not None or _cites(ent)) and (is_outlet_name(ent.text) or _newsroom_noun(ent)):
                evidenced.update(t.i for t in _listed_with(ent.root) if t.i != ent.root.i)
        lowered = sent.text.lower()
        anonymous = any(cue in lowered for cue in ANONYMITY_CUES)
        out = []
        for ent, position in candidates:
            mention, sure = self._cited(ent, position, sent, evidenced, anonymous)
            if mention is None:
                continue
            if sure:
                if mention.kind != SourceKind.OTHER:
                    self.known.add(mention.name.lower())
                out.append(mention)
            else:
                self.tentative.append(mention)
        return out

    def waiting(self) -> list[SourceMention]:
        """The mentions that waited for evidence, now that the whole article is read: confirmed,
        or left for the story to decide (another report may show the name is an outlet's)."""
        return [m if m.name.lower() in self.known else dataclasses.replace(m, tentative=True) for m in self.tentative]

    def _cited(
        self, ent: Span, position: str | None, sent: Span, evidenced: set[int], anonymous: bool
    ) -> tuple[SourceMention | None, bool]:
        if position is None and ent.root.i in evidenced:
            position = "listed"  # "interviews with Harbour News, X and Y"
        if ent.label_ not in ("ORG", "PERSON") and position not in ("credit", "broadcast"):
            return None, False  # a place or a title is an outlet only where the sentence credits it
        if position is None and not (is_outlet_name(ent.text) and _cites(ent)):
            return None, False
        name = clean_name(ent.text)
        if name.lower() in SOCIAL_PLATFORMS:
            return None, False  # a post there is a statement by whoever posted it
        if is_own_outlet(name, self.parsed.article.outlet) and position != "credit":
            return None, False
        # "Berg reports": a person the small model took for an organisation? Not in "as Berg reported"
        lone_word = (
            len(ent) == 1
            and not ent.text.isupper()
            and ent.root.dep_ == "nsubj"
            and not any(c.dep_ == "mark" and c.lower_ == "as" for c in ent.root.head.children)
        )
        newsroom = (
            is_outlet_name(name)
            or _newsroom_noun(ent) is not None
            or ent.root.i in evidenced
            or (anonymous and position == "interview")
            or position == "broadcast"
        )
        sure = newsroom or (position == "credit" and not lone_word)
        # "the Watchdog Trust reported" cites a body that reports, not necessarily a newsroom: it
        # stays a party of the report (and is an outlet if the story shows it elsewhere)
        kind = SourceKind.AGENCY if is_agency_name(name) else SourceKind.NEWS_OUTLET if newsroom else SourceKind.OTHER
        mention = SourceMention(
            name=name,
            kind=kind,
            cited_for=cited_for(sent),
            paragraph=self.parsed.paragraph_of(ent),
            start=ent.start_char,
            end=ent.end_char,
        )
        return mention, sure

    def note(self, mention: SourceMention) -> None:
        """A name cited as an outlet by another rule (a programme's owner, a dateline)."""
        self.known.add(mention.name.lower())
        owner = mention.name.split("'s ", 1)
        if len(owner) == 2:
            self.known.add(owner[0].lower())


def described_outlets(parsed: ParsedArticle, index: PartyIndex, sources: list[SourceMention]) -> list[SourceMention]:
    """Newsrooms that only their description shows to be one ('public radio Kanal Vesta', 'X, a
    state-run news outlet'), cited where the sentence cites them ('X reported', 'speaking to X'):
    known once the parties are described, after the other sources."""
    cited = {(s.paragraph, s.start) for s in sources}
    out = []
    for draft in index.drafts:
        if not draft.outlet or is_outlet_name(draft.name):  # one named like an outlet: Outlets found it
            continue
        if is_own_outlet(draft.name, parsed.article.outlet):
            continue
        for mention in draft.mentions:
            ent = parsed.docs[mention.paragraph].char_span(mention.start, mention.end, alignment_mode="expand")
            if (mention.paragraph, mention.start) in cited or ent is None or _position(ent) is None:
                continue
            out.append(
                SourceMention(
                    name=draft.name,
                    kind=SourceKind.NEWS_OUTLET,
                    cited_for=cited_for(ent.root.sent),
                    paragraph=mention.paragraph,
                    start=mention.start,
                    end=mention.end,
                )
            )
    return out


def programmes(parsed: ParsedArticle, doc: Doc) -> list[SourceMention]:
    """Programmes quoted by title: 'told "Morning Desk"', 'Harbour TV's "Morning Desk"'. Read
    over the paragraph: spaCy often ends a sentence at the opening quotation mark."""
    paragraph = doc.user_data["paragraph"]
    text = parsed.article.paragraphs[paragraph]
    out = []
    for match in _PROGRAMME.finditer(text):
        owner, title = match.group("owner"), match.group("title")
        if (
            owner
            and owner.split()[-1].lower() not in OUTLET_WORDS
            and not is_outlet_name(owner)
            and not any(c.isupper() for c in owner.split()[-1][1:])
        ):
            continue  # "Ola Berg's 'Harbour Days'" is a person's book or phrase, not a programme
        start = match.start("owner") if owner else match.start("title")  # the owner is cited as its programme
        cue = doc.char_span(match.start(), match.start() + len(match.group(0).split()[0]), alignment_mode="expand")
        first = doc.char_span(start, match.end("title"), alignment_mode="expand")
        if cue is None or first is None or parsed.in_quote(paragraph, match.start()):
            continue
        sent = first[0].sent
        if not owner and not _cites_programme(cue.root):
            continue  # "a boss on 'The Big Haul'" names a show; "told 'Morning Desk'" cites one
        name = f"{owner}'s {title}" if owner else title
        out.append(
            SourceMention(
                name=clean_name(name),
                kind=SourceKind.NEWS_OUTLET,
                cited_for=cited_for(sent),
                paragraph=paragraph,
                start=start,
                end=match.end("title"),
            )
        )
    return out


def _cites_programme(cue: Token) -> bool:
    verb = cue if cue.lower_ == "told" else cue.head
    return verb.lemma_ in _INTERVIEW_VERBS or verb.lemma_ == "interview"


def _candidate_names(parsed: ParsedArticle, sent: Span):
    """Names that may be outlets: organisations, what spaCy's small model takes for a person, a
    place, a building or a title ('As Harbour Review noted' tagged a place), and an outlet's name
    it missed."""
    covered: set[int] = set()
    for found in entities_in(sent):
        covered.update(range(found.start, found.end))
        if found.label_ not in CITABLE_ENTITY_LABELS or parsed.token_in_quote(found.root):
            continue
        ent = outlet_span(found) if found.label_ in OUTLET_SHAPED_ENTITY_LABELS else found
        if ent is None:
            continue
        yield ent
    for token in sent:
        if token.pos_ != "PROPN" or token.dep_ == "compound" or token.i in covered or parsed.token_in_quote(token):
            continue
        start = token.i
        while start > sent.start and token.doc[start - 1].pos_ == "PROPN" and token.doc[start - 1].dep_ == "compound":
            start -= 1
        span = Span(token.doc, start, token.i + 1, label="ORG")
        # "as the Quillby Ledger reported", "HW reported"; not a lone "Post"
        named = (start < token.i and token.lower_ in OUTLET_WORDS) or (start == token.i and is_acronym(token.text))
        if named and _position(span) is not None:
            yield span


def _listed_with(token: Token) -> list[Token]:
    """The names of a list a name is in: 'ABC News, X and Y' (appositions and conjuncts)."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    members, stack = [], [token]
    while stack:
        member = stack.pop()
        members.append(member)
        stack.extend(c for c in member.children if c.dep_ in ("conj", "appos"))
    return members


def _position(ent: Span) -> str | None:
    """How the sentence cites the name: 'credit' (reported by, as X reported, X's count) and
    'broadcast' (said on X) need no more evidence that it is a source; 'interview' (told X)
    needs evidence that X is an outlet."""
    root = ent.root
    while root.dep_ in ("conj", "appos"):
        root = root.head
    head = root.head
    if _newsroom_noun(ent) is not None or _reported_which(root):
        return "credit"
    if root.dep_ in ("dobj", "dative") and head.lemma_ in _INTERVIEW_VERBS | {"cite"}:
        return "interview"
    if root.dep_ == "poss" and head.ent_type_ == "PERSON" and is_outlet_name(ent.text):
        return "credit"  # "the Courier's Ola Berg"
    if root.dep_ == "pobj":
        verb = head.head
        if head.lower_ == "by" and verb.lemma_ in _CREDIT_VERBS:
            # "a study published by the Centre": the Centre is the study's author (citations.py)
            return None if verb.dep_ == "acl" and verb.head.lemma_.lower() in REPORT_WORDS else "credit"
        if head.lower_ == "on" and verb.lemma_ in _INTERVIEW_VERBS and not is_body_name(ent.text):
            return "broadcast"  # "said on Radio Tamsin", "appeared on Harbour TV": people speak on a medium
        if head.lower_ in ("to", "with", "on") and (verb.lemma_ in _INTERVIEW_VERBS or verb.lemma_ == "interview"):
            return "interview"
    if root.dep_ == "nsubj" and head.lemma_ in _CREDIT_VERBS and not is_body_name(ent.text):
        if head.lemma_ == "report" or any(c.dep_ == "mark" and c.lower_ == "as" for c in head.children):
            return "credit"  # "as the Courier reported", "As Harbour Review noted"
        return "interview"  # "the Courier wrote": an outlet's name is needed
    return None


def _reported_which(root: Token) -> bool:
    """'the Courier, which first reported the story'."""
    return any(
        c.dep_ == "relcl"
        and c.lemma_ in ("report", "publish", "reveal")
        and any(s.dep_ == "nsubj" and s.lower_ in ("which", "that") for s in c.children)
        for c in root.children
    )


def _newsroom_noun(ent: Span) -> Token | None:
    """'a Courier reporter', 'the Gazette's poll', 'Harbour TV's evening programme'."""
    root = ent.root
    noun = root.head.lemma_.lower()
    work = noun in MEDIA_WORK_NOUNS and (root.dep_ == "poss" or (root.dep_ == "compound" and is_outlet_name(ent.text)))
    if (root.dep_ in ("compound", "poss") and noun in MEDIA_ROLE_NOUNS) or work:
        return root.head  # "a Harbour Times story"; but "a Berg story" is about Berg
    return None


def _cites(ent: Span) -> bool:
    return ent.root.dep_ in ("nsubj", "pobj", "dobj") or ent.root.head.lemma_ in ("report", "say")


def _is_author_note(sent: Span) -> bool:
    """'Ola Berg is a columnist for the Courier and editor of Harbour Review.' (The copula is
    not always the parse's root: a quoted title after it can take that place.)"""
    for verb in (t for t in sent if t.lemma_ == "be"):
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        roles = [t for c in verb.children if c.dep_ == "attr" for t in c.subtree]
        if (
            subject is not None
            and subject.ent_type_ == "PERSON"
            and any(t.lemma_.lower() in BIO_ROLE_NOUNS for t in roles)
        ):
            return True
    return False


def outlet_span(ent: Span) -> Span | None:
    """spaCy sometimes sees only 'Gazette' of 'the Quillby Gazette', and as a person; or the
    outlet and its journalist as one person ('Harbour News Senior Correspondent Ola Berg')."""
    doc = ent.doc
    start = ent.start
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    end = next((t.i for t in doc[start : ent.end] if t.lower_ in BIO_ROLE_NOUNS | MEDIA_ROLE_NOUNS), ent.end)
    while end > start and doc[end - 1].lower_ in _ROLE_MODIFIERS:
        end -= 1
    span = Span(doc, start, end, label="ORG") if end > start else None
    return span if span is not None and is_outlet_name(span.text) else None


def is_outlet_name(text: str) -> bool:
    """A news organisation's name: 'Valley Gazette', 'Radio Tamsin', 'Agence France-Presse'.
    A government 'Rivers Agency' is not one."""
    words = [w.lower() for w in re.split(r"[\s-]+", clean_name(text))]
    if any(a == "press" and b in _PRESS_TITLES for a, b in itertools.pairwise(words)):
        return False  # "White House Press Secretary Ola Berg" is a person
    if words and words[-1] in REPORT_WORDS - OUTLET_WORDS:
        return False  # "the Harbour News poll" is the outlet's poll: a report
    return bool(words) and (words[-1] in OUTLET_WORDS or bool(set(words) & _MEDIA_NAME_WORDS) or words[0] == "radio")


def is_body_name(text: str) -> bool:
    """'Harbour Department', 'Rivers Agency': a public body, even when it publishes."""
    return bool({w.lower() for w in re.split(r"[\s-]+", text)} & GROUP_NOUNS) and not is_outlet_name(text)


def is_agency_name(text: str) -> bool:
    return bool({w.lower() for w in text.split()} & AGENCY_WORDS)


def is_own_outlet(name: str, outlet: str | None) -> bool:
    """Whether a name is the report's own outlet, however the metadata writes it: 'Harbour Times'
    for 'harbour-times', 'harb-times', 'ht' or 'harbour'; 'Harbour Times Network' too."""
    if not outlet:
        return False
    words = [w for w in re.split(r"[\W_]+", clean_name(name).lower()) if w and w != "the"]
    mine = [w for w in re.split(r"[\W_]+", outlet.lower()) if w and w != "the"]
    if not words or not mine:
        return False
    if "".join(words) == "".join(mine) or (len(mine) == 1 and mine[0].upper() in acronyms(clean_name(name))):
        return True
    while len(words) > len(mine) and words[-1] in OUTLET_WORDS | {"network", "online", "digital"}:
        words.pop()  # "Harbour Times Network" is the Harbour Times
    return len(words) == len(mine) and all(w.startswith(m) for w, m in zip(words, mine))
