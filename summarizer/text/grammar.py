"""The labels of spaCy's English parse that the rules read, each set of them declared once.

They are the labels spaCy's English pipelines write (spaCy's "Annotation Specifications"):
the OntoNotes 5 entity types in `ent_type_` and `label_`, the ClearNLP dependency labels in
`dep_`, the Penn Treebank tags in `tag_` and the Universal POS tags in `pos_`. A rule that
needs a wider set names it here as a union of these, so that the sets say how they differ.
"""

from __future__ import annotations

from enum import StrEnum


class Entity(StrEnum):
    """An entity type of the recogniser (OntoNotes 5), as spaCy writes it."""

    PERSON = "PERSON"
    NORP = "NORP"  # nationalities, religious and political groups ("Ruritanian", "Democrats")
    FAC = "FAC"
    ORG = "ORG"
    GPE = "GPE"  # countries, cities, states
    LOC = "LOC"
    PRODUCT = "PRODUCT"
    EVENT = "EVENT"
    WORK_OF_ART = "WORK_OF_ART"
    LAW = "LAW"
    LANGUAGE = "LANGUAGE"


# --- entity types ---------------------------------------------------------------------------
# The types whose names can speak or act: a person, a body, a place standing for its
# government, a nationality or party standing for its people.
SPEAKER_ENTITIES: frozenset[str] = frozenset({Entity.PERSON, Entity.ORG, Entity.GPE, Entity.NORP})
# The types that name a place or a people, whose name before a noun says whose it is
# ("Ruritanian officials", "the Ruritania government").
STATE_ENTITIES: frozenset[str] = frozenset({Entity.NORP, Entity.GPE})
# The types that name things, places and events: never an actor.
THING_ENTITIES: frozenset[str] = frozenset(
    {Entity.PRODUCT, Entity.WORK_OF_ART, Entity.LAW, Entity.EVENT, Entity.FAC, Entity.LOC,
     Entity.LANGUAGE}
)  # fmt: skip

# The types of a time ("Thursday", "last week", "at noon"): a content that is only one is
# when something was said, not what.
TIME_ENTITIES: frozenset[str] = frozenset({"DATE", "TIME"})

# Every type the recogniser gives a name: a number inside one is part of the name ("Fox 35").
NAME_ENTITIES: frozenset[str] = frozenset(Entity)

# --- parts of speech and tags ---------------------------------------------------------------
VERBS: frozenset[str] = frozenset({"VERB", "AUX"})
# The parts of speech that carry what a clause is about.
CONTENT_WORDS: frozenset[str] = frozenset({"NOUN", "PROPN", "VERB", "ADJ"})
NOUNS: frozenset[str] = frozenset({"PROPN", "NOUN"})
PLURAL_NOUN_TAGS: frozenset[str] = frozenset({"NNS", "NNPS"})

# --- dependency labels ----------------------------------------------------------------------
# The subject of a clause, active or passive.
SUBJECTS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
# A verb's clause complement ("said that it was", "wants to go").
CLAUSES: frozenset[str] = frozenset({"ccomp", "xcomp"})
# Auxiliaries of a verb ("has said", "was told").
AUXILIARIES: frozenset[str] = frozenset({"aux", "auxpass"})
# Words before a noun that qualify it ("Treasury spokesman", "Ruritanian officials").
NOUN_MODIFIERS: frozenset[str] = frozenset({"compound", "nmod", "amod"})
# Words before a noun that say whose it is ("Doe's campaign", "the Doe campaign").
OWNERS: frozenset[str] = frozenset({"poss", "compound"})
# The modifiers of an actor's noun kept in its name: the qualifiers, owners and numbers.
NAME_MODIFIERS: frozenset[str] = NOUN_MODIFIERS | OWNERS | {"nummod"}
# The modifiers of a speaker's noun kept in its label: a name's, and quantities and a
# possessive's case marker ("more than 100 residents", "the ministry's").
LABEL_MODIFIERS: frozenset[str] = NAME_MODIFIERS | {"quantmod", "case"}
# The modifiers of a counted noun kept in a figure's thing: a label's, and determiners and
# adverbs ("the first three", "nearly all").
FIGURE_MODIFIERS: frozenset[str] = LABEL_MODIFIERS | {"det", "advmod", "npadvmod"}
