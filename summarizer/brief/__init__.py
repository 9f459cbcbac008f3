"""The brief of one article: the steps (each its prompt, answer schema and items), the
prompt loader, attribution of speakers to actors, long articles in chunks, and the
orchestration that asks the model and assembles a `Brief`.

May import: `summarizer.text`, `summarizer.schema`, `summarizer.errors`, `summarizer.settings`
and the model layer's protocol (`summarizer.model.protocol`); never the model layer's
concrete client, server or cache, the dossier, the outputs or the CLI.
"""
