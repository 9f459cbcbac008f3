"""The text layer: an article's sentences, the candidates our code finds in it (figures,
statement sentences, names), the word lists they use, and the location of quotes
(grounding). It works on text: reading articles is the input layer's (`summarizer.sources`).

May import: `summarizer.errors`, `summarizer.schema` and other modules of this package only;
never the input layer, the brief, the model layer, the dossier or the outputs.
"""
