"""Prompts: versioned files, one loader, the article first and the step's instruction last."""

from __future__ import annotations

import pytest

from summarizer import ConfigurationError
from summarizer.brief.analysis import Analysis
from summarizer.brief.prompts import load_prompt
from summarizer.brief.steps import STEPS, steps_for


@pytest.mark.parametrize("name", ["system", "article", "excerpt", "claims", "denials", "figures"])
def test_every_prompt_has_a_version(name):
    assert load_prompt(name).version >= 1


def test_an_unknown_prompt_is_a_configuration_error():
    with pytest.raises(ConfigurationError, match="no prompt named"):
        load_prompt("nonexistent")


def test_steps_share_the_system_text_and_end_on_their_instruction(seed_texts):
    for text in seed_texts.values():
        analysis = Analysis(text)
        rendered = {step.name: step.messages(analysis) for step in steps_for(analysis)}
        assert len({m[0]["content"] for m in rendered.values()}) <= 1
        for name, messages in rendered.items():
            assert messages[1]["content"].endswith(load_prompt(name).render(
                candidates=next(s for s in STEPS if s.name == name).candidates(analysis)
            ))  # fmt: skip


def test_candidate_steps_fix_one_verdict_per_candidate(seed_texts):
    for text in seed_texts.values():
        analysis = Analysis(text)
        unnamed = [s for s in analysis.claims if s.source is None]
        if not unnamed:
            continue
        claims = next(step for step in STEPS if step.name == "claims")
        schema = claims.answer_model(analysis).model_json_schema()
        assert schema["$defs"]["ClaimsVerdicts"]["required"] == [f"s{s.number}" for s in unnamed]
        return
    pytest.fail("no seed has a claim whose speaker the parse leaves open")


def test_the_model_is_asked_only_about_statements_whose_speaker_is_not_named(seed_texts):
    for text in seed_texts.values():
        analysis = Analysis(text)
        for step, statements in (("claims", analysis.claims), ("denials", analysis.denials)):
            asked = next(s for s in STEPS if s.name == step)
            ids = set(asked.verdicts(analysis)) if asked.verdicts else set()
            assert ids == {f"s{s.number}" for s in statements if s.source is None}


def test_a_step_whose_candidates_are_all_decided_makes_no_call():
    analysis = Analysis("Headline\n\nThe mayor said the bridge would reopen. Ana Lind said so too.")
    claims = next(step for step in STEPS if step.name == "claims")
    assert analysis.claims and all(s.source is not None for s in analysis.claims)
    assert not claims.applies(analysis)


def test_no_prompt_example_names_an_actor_of_the_sample_articles():
    # Prompt examples use invented text: a name from the seeds would teach the model them.
    from summarizer.resources import shipped_dir

    seed_names = {"Moscow", "Peskov", "Kremlin", "Putin", "Russia", "Syria", "Konashenkov"}
    for path in shipped_dir("prompts").iterdir():
        text = path.read_text(encoding="utf-8")
        assert not {n for n in seed_names if n in text}, path.name
