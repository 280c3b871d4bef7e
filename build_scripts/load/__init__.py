"""Load: the seeds folder becomes articles. `seeds` reads files, metadata and paragraphs and
turns every bad input into an ExplainerError with its file and line; `untrusted` decides what of
the folder is read at all (regular files, clean names and text, YAML without aliases)."""
