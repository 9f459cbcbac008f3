"""The linguistic backbone: one spaCy pipeline, paragraphs as sentence breaks, a clear error
for a pipeline that is not installed."""

from __future__ import annotations

import pytest

from summarizer import ConfigurationError, Settings
from summarizer.text.nlp import load_pipeline, parse, text_of


def test_a_pipeline_that_is_not_installed_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="not installed"):
        load_pipeline("no_such_pipeline_installed")


def test_a_headline_without_a_full_stop_is_a_sentence_of_its_own():
    doc = parse("Harbour council approves ferry contract\n\nThe council approved it on Monday.")
    assert next(s.text.strip() for s in doc.sents) == "Harbour council approves ferry contract"


def test_the_parsed_text_is_the_article():
    text = "The mayor said so.\n\nShe left."
    assert text_of(parse(text)) == text


def test_the_pipeline_is_a_setting():
    settings = Settings.load(env={"SUMMARIZER_SPACY_PIPELINE": "en_core_web_lg"})
    assert settings.spacy_pipeline == "en_core_web_lg"
