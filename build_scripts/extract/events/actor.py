"""Who did it: the actor a statement names (extract/events/statement.py). The clause's own
subject, the noun a relative clause describes ('Brekke, who seized ...'), or the subject of the
clause it shares; a pronoun or a bare description ('the agency') resolved to the party only
where that is safe, since a wrong actor misleads more than a pronoun; and the party the subject
names, which the linker and the key timeline tell events apart by."""

from __future__ import annotations

from spacy.tokens import Token

from ...model import PartyKind
from ..doc import ParsedArticle, coordinated, entities_in, subject_of
from ..drafts import Draft, PartyIndex, party_at
from ..labels import SUBJECT_DEPS
from ..lexicon import PRONOUNS_GROUP, PRONOUNS_PERSON, REPORTING_VERBS
from ..parties.descriptions import name_heads
from ..parties.reference import Reference, party_of
from ..resources import word_set
from .wording import Pieces

__all__ = ["outlet_acting", "statement_subject"]

_RELATIVE_WORDS = word_set("relative_pronouns")


def statement_subject(
    parsed: ParsedArticle, index: PartyIndex, head: Token, pieces: Pieces
) -> tuple[Token, Draft | None] | None:
    """Put the clause's actor in `pieces`: its own subject, the noun a relative clause
    describes, or the subject of the clause it shares; a pronoun or a description resolved to
    the party. The subject and the party it names, if any; None when there is no actor a reader
    could name."""
    relative = next((c for c in head.children if c.lower_ in _RELATIVE_WORDS and c.tag_ in ("WDT", "WP")), None)
    # the first subject outside a dateline: the parser may take 'ELLA' of 'PORT ELLA, Tarvonia:' for one
    own = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i not in pieces.never), None)
    if own is None:  # 'WEXMOOR, Tarvonia (Harbour Wire) - President Signe Lindqvist met': the name hung on the place
        in_dateline = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if in_dateline is not None:
            own = next(
                (c for c in in_dateline.children if c.i not in pieces.never and c.pos_ in ("PROPN", "NOUN")), None
            )
    pieces.subject = own.i if own is not None else None
    described = _described(head, relative)
    if described is not None and described.pos_ == "PRON":
        return None  # 'anyone who never sat the bar exam': no one a reader could name
    if relative is not None and described is not None:
        if own is None or own == relative:
            pieces.replace(relative, pieces.noun_text(described))
            return relative, _named(parsed, index, described)
        pieces.after_verb(head, pieces.noun_text(described))  # 'which Lindqvist declared': the noun is the object
        pieces.drop(relative)
        pieces.noun(own)
        return own, _named(parsed, index, own)
    if own is not None and own == relative:
        return None  # 'who lost consciousness': no noun before it to say who
    subject = own if own is not None else subject_of(head)
    if subject is None or subject.i >= head.i and own is None:
        return None
    pronoun = subject.lower_ in PRONOUNS_PERSON or subject.lower_ in PRONOUNS_GROUP
    if pronoun or (subject.pos_ == "NOUN" and all(c.dep_ == "det" for c in subject.children)):
        found = _actor(parsed, index, subject)
        if found is not None:
            pieces.replace(subject, found.name, whole_phrase=True)
            return subject, found
        if pronoun:
            return None  # 'he', 'they' that no party surely answers: no actor a reader could name
    if own is None:
        pieces.before_verb(head, pieces.noun_text(subject))
    else:
        pieces.noun(own, subject=True)
        pieces.name_first(own)
    return subject, _named(parsed, index, subject)


def outlet_acting(parsed: ParsedArticle, index: PartyIndex, subject: Token, head: Token) -> bool:
    """A news outlet as the subject of anything but reporting ('AP went missing in the mine',
    from a photo credit pasted before the sentence): the parser took a credit for the actor."""
    party = party_at(index, parsed.paragraph_of(subject), subject.idx)
    return party is not None and party.outlet and head.lemma_.lower() not in REPORTING_VERBS


def _named(parsed: ParsedArticle, index: PartyIndex, head: Token) -> Draft | None:
    """The party a subject names by its name ('President Signe Lindqvist', 'the National
    Rivers Authority') or as the one whose doing it is ('Brekke's first statement', 'the court's
    ruling'), not one it only mentions ('the head of the authority')."""
    if head.pos_ == "NOUN":
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        party = party_at(index, parsed.paragraph_of(head), owner.idx) if owner is not None else None
    else:
        found = party_of(parsed, index, head)
        party = found.party if found.how == Reference.NAMED and head.pos_ == "PROPN" else None
    # a news outlet or a credit taken for the subject ('(AP) Credit: AP The crew went missing'): no actor
    return None if party is None or party.outlet or party.cited else party


def _actor(parsed: ParsedArticle, index: PartyIndex, subject: Token) -> Draft | None:
    """The party a pronoun or a bare description ('the agency') in a subject refers to, only
    where that is safe: a wrong actor misleads more than a pronoun. Not a news outlet ('the
    group' is not the channel reporting on it); 'they' only an organisation or a group, 'it' never;
    named in this paragraph or the one before, and no other person named before the pronoun in
    its sentence ('Another parent, Aron Falk, said that he ...' when no party is Falk), but for
    a pair joined by 'and' ('Korr's terms mirror those of Chancellors Vik and Lund, ... since he
    appointed', where he is Korr)."""
    if subject.lower_ == "it":
        return None  # 'it ran aground': a ship, far more often than an organisation
    found = party_of(parsed, index, subject).party
    if found is None or found.outlet or found.cited:
        return None
    paragraph = parsed.paragraph_of(subject)
    if not any(paragraph - 1 <= m.paragraph <= paragraph for m in found.mentions):
        return None
    if subject.lower_ in PRONOUNS_GROUP and found.kind not in (PartyKind.ORGANISATION, PartyKind.GROUP):
        return None
    noun = subject.lemma_.lower()
    if subject.pos_ == "NOUN" and noun not in found.nouns and not any(noun in name_heads(n) for n in found.spellings):
        return None  # 'the group' (of miners) is no organisation named before unless the text tied the word to it
    if not any(m.start >= parsed.text_start(m.paragraph) for m in found.mentions if m.text in found.spellings):
        return None  # named only in a credit or a dateline ('(AP) Credit: AP'): no party of the story
    if subject.lower_ in PRONOUNS_PERSON:
        names = set(found.spellings) | set(found.aliases)
        for ent in entities_in(subject.sent):
            if (
                ent.label_ == "PERSON"
                and ent.end <= subject.i
                and not coordinated(ent.root)  # 'Presidents Vik and Lund' is no 'he' (parties/coref.py)
                and not any(ent.text in n or n in ent.text for n in names)
            ):
                return None
    return found


def _described(head: Token, relative: Token | None) -> Token | None:
    """The noun a relative clause describes: its head, or, where the parser hung the clause
    elsewhere ('a farewell to Aron who on May 6 lost'), the noun right before the relative word."""
    if relative is None:
        return None
    if head.dep_ == "relcl":
        return head.head
    before = head.doc[relative.i - 1] if relative.i > 0 else None
    return before if before is not None and before.pos_ in ("NOUN", "PROPN") and before.head != head else None
