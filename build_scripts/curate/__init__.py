"""Curate: the editor's corrections file, read and checked (`corrections`: every mistake with its
file and line) and applied after extraction and linking (`apply`: an entry that matches nothing
becomes a warning)."""
