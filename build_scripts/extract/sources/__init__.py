"""Where claims come from: wire credits, "according to" and embedded posts, and the walk over
each sentence (`citations`), documents (`documents`), outlets and programmes (`media`), unnamed
informants and bodies named by a description (`informants`), posts on social networks (`posts`)."""
