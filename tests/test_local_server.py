"""The embedded server's grammar-first greedy sampling picks the token llama.cpp's chain would;
its weights stay off AMX on CPUs that have it."""

from __future__ import annotations

import pytest

np = pytest.importorskip("numpy")

from summarizer.model.local_server import TOP, greedy_choice, has_amx, token_data  # noqa: E402


def full_vocabulary_choice(logits, constrain):
    """What llama.cpp's chain does: constrain every token, then the first highest logit."""
    data = token_data(len(logits))
    data["logit"] = logits
    constrain(data)
    return int(np.argmax(data["logit"]))


def masking(allowed, penalised=frozenset(), penalty=1.3):
    """A stand-in for llama.cpp's penalties and grammar samplers: divides positive logits
    (multiplies negative ones) of `penalised` tokens, masks every token not `allowed`."""

    def constrain(data):
        for row in range(len(data)):
            token = int(data["id"][row])
            logit = data["logit"][row]
            if token in penalised:
                data["logit"][row] = logit / penalty if logit > 0 else logit * penalty
            if token not in allowed:
                data["logit"][row] = -np.inf

    return constrain


def test_the_choice_is_the_greedy_choice_over_the_whole_vocabulary():
    rng = np.random.default_rng(0)
    for _ in range(200):
        logits = rng.normal(size=2000).astype(np.float32)
        allowed = set(rng.choice(2000, size=int(rng.integers(1, 2000)), replace=False).tolist())
        penalised = set(rng.choice(2000, size=50, replace=False).tolist())
        constrain = masking(allowed, penalised)
        assert greedy_choice(logits, constrain) == full_vocabulary_choice(logits, constrain)


def test_a_token_the_grammar_allows_outside_the_most_likely_is_found():
    logits = np.arange(1000, dtype=np.float32)  # token 999 is the most likely
    constrain = masking(allowed={3, 7})
    assert greedy_choice(logits, constrain) == 7


def test_a_penalised_favourite_loses_to_the_next_token_outside_the_first_few():
    logits = np.zeros(1000, dtype=np.float32)
    logits[:TOP] = 10.0  # the first few, all penalised below the next one
    logits[500] = 9.0
    constrain = masking(allowed=set(range(1000)), penalised=set(range(TOP)), penalty=2.0)
    assert greedy_choice(logits, constrain) == 500


def test_ties_go_to_the_lowest_token_id_as_in_llama_cpp():
    logits = np.zeros(1000, dtype=np.float32)
    constrain = masking(allowed={900, 20, 400})
    assert greedy_choice(logits, constrain) == 20


def test_a_grammar_that_allows_nothing_is_an_error():
    with pytest.raises(RuntimeError, match="allows no token"):
        greedy_choice(np.ones(500, dtype=np.float32), masking(allowed=set()))


def test_a_cpu_with_amx_tiles_is_recognised_by_its_flags():
    cpuinfo = "processor\t: 0\nflags\t\t: fpu avx2 avx512f amx_bf16 amx_tile amx_int8\n"
    assert has_amx(cpuinfo)


def test_a_cpu_without_amx_keeps_the_extra_buffers():
    cpuinfo = "processor\t: 0\nflags\t\t: fpu avx2 avx512f\nmodel name\t: amx_tile-free\n"
    assert not has_amx(cpuinfo)
