"""Curate: the editor's corrections file (`corrections`), read, checked and applied after
extraction and linking."""
