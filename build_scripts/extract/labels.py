"""spaCy's labels the rules test for, as named sets: the model's label scheme (ClearNLP
dependencies, Universal POS tags, OntoNotes entity types), not English vocabulary, which is
data in resources/. A rule reads `token.dep_ in CLAUSE_DEPS`, never a literal list of labels,
so what each group means is written once."""

from __future__ import annotations

__all__ = [
    "ADVERBIAL_DEPS",
    "CITABLE_ENTITY_LABELS",
    "CLAUSE_CUT_DEPS",
    "EVENT_SIDE_CLAUSE_DEPS",
    "FINITE_TAGS",
    "HANGING_CLAUSE_DEPS",
    "NAME_ENTITY_LABELS",
    "NOUN_MODIFIER_DEPS",
    "NUMERIC_ENTITY_LABELS",
    "OUTLET_SHAPED_ENTITY_LABELS",
    "PHRASE_END_DEPS",
    "STATEMENT_ASIDE_DEPS",
    "STATEMENT_VERB_DEPS",
    "SUBJECT_CLIMB_DEPS",
    "SUBJECT_DEPS",
    "VERB_OBJECT_DEPS",
    "WORD_BREAK_POS",
]

# a subject is looked for up through these links: clauses, prepositional phrases, objects
SUBJECT_CLIMB_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp", "pcomp", "prep", "acl", "dobj", "pobj"})
# a noun phrase ends where one of these follows its head: a clause, an appositive, a list
PHRASE_END_DEPS = frozenset({"relcl", "acl", "appos", "punct", "cc", "conj", "advcl"})
# after its verb, these are another clause, not part of what an event says happened
EVENT_SIDE_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "conj", "cc", "punct", "parataxis", "mark"})
# a clause cut before its verb: "After the vote, ..."
CLAUSE_CUT_DEPS = frozenset({"advcl", "mark", "punct"})
# words that end a run of title words before a name: "Republican Sen." stops at a verb or "the"
WORD_BREAK_POS = frozenset({"VERB", "AUX", "ADP", "DET", "CCONJ"})
# entities that are amounts and times: never the rest of an organisation's name
NUMERIC_ENTITY_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY"})
# entities that can be a party of the story
NAME_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
# entities that may name an outlet or a programme a report cites
CITABLE_ENTITY_LABELS = frozenset({"ORG", "PERSON", "WORK_OF_ART", "GPE", "NORP", "LOC", "FAC"})
# entities spaCy gives to outlets' names too ("the Courier" as a place or a person)
OUTLET_SHAPED_ENTITY_LABELS = frozenset({"PERSON", "GPE", "NORP", "FAC"})
# a word modifying a noun: a quoted label in "the summer's 'red flag' days", not speech
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
# a clause's subject, of any kind ("there" of "there was" too)
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# what a verb takes that a statement keeps with it: objects and complements
VERB_OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd", "acomp"})
# the words a statement keeps with its verb: auxiliaries, negation, a particle ('ran out')
STATEMENT_VERB_DEPS = frozenset({"aux", "auxpass", "neg", "prt"})
# a noun phrase's asides that a statement leaves out: clauses on it, appositions, interjections
STATEMENT_ASIDE_DEPS = frozenset({"relcl", "advcl", "parataxis", "dep", "meta", "appos", "intj"})
# clauses that hang on another and cannot stand alone when not finite ('to offer', 'saying')
HANGING_CLAUSE_DEPS = frozenset({"advcl", "acl", "pcomp", "ccomp", "prep"})
# tags of a verb or auxiliary that tells its own tense: 'ran', 'runs', 'run', 'will'
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# the links by which a phrase tells when or where a clause happened ('in 2014', 'Monday')
ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod", "pobj"})
