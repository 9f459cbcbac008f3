"""Actors: the people, organisations, states, groups and media of an article, each once with
the other names the article uses for it, from spaCy's entities and parse (see `finder`)."""

from summarizer.text.actors.finder import ActorCandidate, find_actors

__all__ = ["ActorCandidate", "find_actors"]
