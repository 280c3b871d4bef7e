"""The site: Markdown pages through Jinja2 templates. `render` writes them all, each page type by
its own module (`timeline_pages`, `party_pages`, `quote_pages`, `source_pages`, `update_pages`)
over what every template shares (`context`: the environment and `Site`, the story seen from its
pages), with `summary` and `diagram`; `escape` escapes every printed value; `serialize` writes
explainer.json, `feed` the Atom feed, `staging` keeps the pages between builds and `publish` is
the README's build command."""
