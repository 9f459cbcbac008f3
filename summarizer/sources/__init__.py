"""The input layer: articles read from files or stdin, fetched from URLs (within bounds, the
pages cached), decoded or refused, HTML pages reduced to their main text; the `Article`
the rest of the package briefs. `reading.read_articles` takes any of a path, "-" or a URL.

May import: `summarizer.errors`, `summarizer.settings`, `summarizer.cache`,
`summarizer.version` and this package only; never the text layer, the brief, the model
layer, the dossier, the outputs, the evaluation or the CLI.
"""
