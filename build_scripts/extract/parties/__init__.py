"""Who is involved: spaCy's entities corrected for news copy (`entities`), one party per
real-world entity (`merge`), roles and stated affiliations (`describe`, `affiliation`), what a
description refers to (`descriptions`), pronouns (`coref`), and the one resolver every rule asks
which party a phrase means (`reference`)."""
