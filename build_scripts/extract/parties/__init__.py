"""Who is involved: spaCy's entities corrected for news copy (`entities`), one party per
real-world entity (`merge`), roles and descriptions (`describe`), stated affiliations
(`affiliation`), pronouns (`coref`) and what a phrase refers to (`speakers`)."""
