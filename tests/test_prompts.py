"""Prompts: versioned files, one loader, the article first and the step's instruction last."""

from __future__ import annotations

import pytest

from summarizer import ConfigurationError
from summarizer.brief.analysis import Analysis
from summarizer.brief.prompts import load_prompt
from summarizer.brief.steps import STEPS, steps_for


@pytest.mark.parametrize("name", ["system", "article", "summary", "actors", "claims", "denials",
                                  "figures"])  # fmt: skip
def test_every_prompt_has_a_version(name):
    assert load_prompt(name).version >= 1


def test_an_unknown_prompt_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="no prompt named"):
        load_prompt("nonexistent")


def test_steps_share_the_prefix_up_to_their_instruction(seed_texts):
    analysis = Analysis(next(iter(seed_texts.values())))
    rendered = [step.messages(analysis) for step in steps_for(analysis)]
    prefixes = {(m[0]["content"], m[1]["content"].split("TASK:")[0]) for m in rendered}
    assert len(prefixes) == 1
    ((system, prefix),) = prefixes
    assert "END OF ARTICLE." in prefix


def test_candidate_steps_fix_one_verdict_per_candidate(seed_texts):
    analysis = Analysis(next(iter(seed_texts.values())))
    claims = next(step for step in STEPS if step.name == "claims")
    schema = claims.answer_model(analysis).model_json_schema()
    verdicts = schema["$defs"]["ClaimsVerdicts"]
    assert verdicts["required"] == [f"s{s.number}" for s in analysis.undecided_claims]


def test_the_model_is_asked_only_about_sentences_whose_words_do_not_decide(seed_texts):
    for text in seed_texts.values():
        analysis = Analysis(text)
        asked = {s.number for s in analysis.undecided_claims}
        assert asked.isdisjoint(analysis.speakers)
        decided = set(analysis.denial_kinds)
        assert decided <= set(analysis.speakers)
        assert decided.isdisjoint(s.number for s in analysis.undecided_denials)


def test_a_step_whose_candidates_are_all_decided_makes_no_call():
    analysis = Analysis("Moscow said it was targeting ISIS. Officials said the talks went on.")
    claims = next(step for step in STEPS if step.name == "claims")
    assert analysis.claim_kinds and not analysis.undecided_claims
    assert not claims.applies(analysis)
