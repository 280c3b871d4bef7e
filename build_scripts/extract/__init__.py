"""The extractor: spaCy-based rules that turn one article into drafts (see article.py); folders by concern: parties, quotes, sources, timex.

Kept empty of imports so that loading cached extractions (drafts.py) needs no NLP stack.
"""
