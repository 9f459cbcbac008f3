"""The dossier: many articles' briefs cross-referenced: one actor across articles
(identity), which statements may answer which claims (ledger), the cross-article questions
and the `Dossier`'s assembly (cross_reference).

May import: the text layer, the brief, the model layer's protocol, `summarizer.schema`,
`summarizer.errors`, `summarizer.settings`; never the outputs or the CLI.
"""
