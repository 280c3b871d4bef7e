"""The extractor: spaCy-based rules that turn one article into drafts (see article.py), in
folders by concern: parties, quotes, sources, events, timex.

Kept empty of imports so that loading cached extractions (drafts.py) needs no NLP stack.
"""
