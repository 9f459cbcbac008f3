"""Statements: every attribution of an article (a source, a cue, a content) found from
spaCy's dependency parse, with pronouns and role nouns resolved to the names they stand for
(see `finder`)."""

from summarizer.text.statements.finder import Attribution, find_attributions

__all__ = ["Attribution", "find_attributions"]
