"""Closed word lists of English news style, by name. Generic vocabulary only: no names, no events.

The words are data (resources/en/<name>.txt, each with a comment on what it is for); this
module only names them, so a rule imports SPEECH_VERBS and never writes a word list itself."""

from __future__ import annotations

from .resources import phrase_list, word_set

__all__ = [
    "AGENCY_WORDS",
    "ANONYMITY_CUES",
    "BIO_ROLE_NOUNS",
    "BODY_SUFFIXES",
    "CITED_DOCUMENT_NOUNS",
    "DIRECTION_PREPOSITIONS",
    "DOCUMENT_NOUNS",
    "FEMALE_WORDS",
    "FIGURE_DOCUMENT_NOUNS",
    "FINDING_VERBS",
    "GENERIC_DOCUMENT_MODIFIERS",
    "GROUP_KIND_WORDS",
    "GROUP_NOUNS",
    "INFORMANT_NOUNS",
    "LABEL_CUES",
    "LIST_NOUNS",
    "LIST_VERBS",
    "LOCATIVE_PREPOSITIONS",
    "MALE_WORDS",
    "MEDIA_ROLE_NOUNS",
    "MEDIA_WORK_NOUNS",
    "ORG_ROLE_NOUNS",
    "OUTLET_NOUNS",
    "OUTLET_WORDS",
    "PERSON_ROLE_NOUNS",
    "POSITION_VERBS",
    "PRONOUNS_GROUP",
    "PRONOUNS_PERSON",
    "REPORTING_VERBS",
    "REPORT_WORDS",
    "SOCIAL_PLATFORMS",
    "SPEECH_VERBS",
    "SPOKES_NOUNS",
    "THING_ROLE_NOUNS",
]

SPEECH_VERBS = word_set("speech_verbs")
POSITION_VERBS = word_set("position_verbs")
PRONOUNS_PERSON = word_set("pronouns_person")
PRONOUNS_GROUP = word_set("pronouns_group")
DOCUMENT_NOUNS = word_set("document_nouns")
LIST_NOUNS = word_set("list_nouns")
LIST_VERBS = word_set("list_verbs")
LABEL_CUES = word_set("label_cues")
OUTLET_WORDS = word_set("outlet_words")
AGENCY_WORDS = word_set("agency_words")
REPORT_WORDS = word_set("report_words")
GROUP_NOUNS = word_set("group_nouns")
GROUP_KIND_WORDS = word_set("group_kind_words")
ORG_ROLE_NOUNS = word_set("org_role_nouns")
PERSON_ROLE_NOUNS = word_set("person_role_nouns")
THING_ROLE_NOUNS = word_set("thing_role_nouns")
ANONYMITY_CUES = phrase_list("anonymity_cues")
BODY_SUFFIXES = tuple(tuple(suffix.split()) for suffix in phrase_list("body_suffixes"))
LOCATIVE_PREPOSITIONS = word_set("locative_prepositions")
DIRECTION_PREPOSITIONS = word_set("direction_prepositions")
OUTLET_NOUNS = word_set("outlet_nouns")
SPOKES_NOUNS = word_set("spokes_nouns")
FEMALE_WORDS = word_set("female_words")
MALE_WORDS = word_set("male_words")
REPORTING_VERBS = (SPEECH_VERBS - word_set("speech_verbs_not_claims")) | word_set("reporting_verbs")
INFORMANT_NOUNS = word_set("informant_nouns")
CITED_DOCUMENT_NOUNS = word_set("cited_document_nouns")
FIGURE_DOCUMENT_NOUNS = word_set("figure_document_nouns")
FINDING_VERBS = word_set("finding_verbs")
MEDIA_ROLE_NOUNS = word_set("media_role_nouns")
MEDIA_WORK_NOUNS = word_set("media_work_nouns")
BIO_ROLE_NOUNS = word_set("bio_role_nouns")
SOCIAL_PLATFORMS = word_set("social_platforms")
GENERIC_DOCUMENT_MODIFIERS = word_set("generic_document_modifiers")
