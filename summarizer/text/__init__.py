"""The text layer: an article read and refused or accepted, its sentences, the candidates our
code finds in it (figures, statement sentences, names), the word lists they use, and the
location of quotes (grounding).

May import: `summarizer.errors`, `summarizer.schema` and other modules of this package only;
never the brief, the model layer, the dossier or the outputs.
"""
