"""The model layer: which endpoint answers (OpenAI, any OpenAI-compatible server, or the
embedded llama.cpp server), schema-constrained calls with their retries, the shared 429
throttle, the response cache, cassettes, and one `Session` that the rest uses through the
small protocol in `summarizer.model.protocol`.

May import: `summarizer.errors`, `summarizer.schema`, `summarizer.settings`, `summarizer.cache`
and this package; never the text layer, the brief, the dossier, the outputs or the CLI.
"""
