"""Where claims come from: wire credits, "according to" and documents (`citations`), outlets
and programmes (`media`), unnamed informants and bodies named by a description
(`informants`), posts on social networks (`posts`)."""
