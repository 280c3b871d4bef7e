"""The site: Markdown pages through Jinja2 templates (`render`, `templates/`, with `summary`,
`diagram`, `source_pages`, `update_pages`), escaping of every printed value (`escape`),
explainer.json (`serialize`), the Atom feed (`feed`), the staged pages between builds
(`staging`) and the README's build command (`publish`)."""
