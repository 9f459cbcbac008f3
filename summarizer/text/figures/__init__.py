"""Figures: every quantity of an article with its whole value, unit, qualifier and what it
counts, read by our number forms and spaCy's parse (see `finder`)."""

from summarizer.text.figures.finder import FigureCandidate, find_figures

__all__ = ["FigureCandidate", "find_figures"]
