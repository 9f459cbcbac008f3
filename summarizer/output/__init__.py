"""The outputs: a `Brief` or `Dossier` as markdown or JSON (render), as the HTML review page
(review, with the templates shipped in `templates/`), and a batch's progress and account on
stderr (progress).

May import: `summarizer.schema`, `summarizer.errors`, `summarizer.resources`, the text
layer's grounding check and the model layer's prices; never the brief's orchestration, the
dossier's questions or the CLI.
"""
