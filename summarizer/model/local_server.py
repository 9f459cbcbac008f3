"""The embedded server process: llama-cpp-python's server, with faster grammar sampling.

`python summarizer/local_server.py ARGS` takes the arguments of `python -m llama_cpp.server`
and runs that server. One thing differs: how a token is chosen when a request is greedy
(temperature 0) and constrained by a grammar, which is every call we make.

llama-cpp-python's sampler applies the grammar to the whole vocabulary (151,936 tokens for
Qwen2.5) before it picks the most likely token: about 40 ms per generated token on two
cores, as long as the model's own forward pass. The greedy choice under a grammar is the
most likely token the grammar allows, so, as llama.cpp's own server does, we check the few
most likely tokens first and the whole vocabulary only when none of them can be the
answer (see `greedy_choice`). The token chosen is the same one, and so are the answers
(tests/test_live.py compares one with its recording).

Everything else (sampling at a temperature, logits processors, penalties that may raise a
logit) goes through llama-cpp-python's own sampler unchanged.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

# How many of the most likely tokens are checked against the grammar before the whole
# vocabulary is: the grammar allows one of the first few almost always.
TOP = 64

TOKEN_DATA = np.dtype([("id", np.int32), ("logit", np.float32), ("p", np.float32)], align=True)


class GrammarFirstSampler:
    """Greedy sampling under a grammar, the most likely tokens checked first: llama.cpp's
    penalties and grammar samplers, applied through `greedy_choice`."""

    def __init__(
        self,
        llama_cpp: Any,
        vocab: Any,
        n_vocab: int,
        penalties: tuple[int, float, float, float],
        grammar: tuple[bytes, bytes],
    ) -> None:
        self._lib = llama_cpp
        self._n_vocab = n_vocab
        last_n, repeat, frequency, presence = penalties
        self._penalties = llama_cpp.llama_sampler_init_penalties(
            n_vocab, last_n, repeat, frequency, presence
        )
        self._grammar = llama_cpp.llama_sampler_init_grammar(vocab, *grammar)
        self._full = token_data(n_vocab)

    def sample(self, ctx: Any, idx: int = -1) -> int:
        """The next token at `idx` of the context's logits; the grammar and the penalties
        are advanced with it."""
        lib = self._lib
        logits = np.ctypeslib.as_array(
            lib.llama_get_logits_ith(ctx.ctx, idx), shape=(self._n_vocab,)
        )
        token = greedy_choice(logits, self._constrain, self._full)
        lib.llama_sampler_accept(self._penalties, token)
        lib.llama_sampler_accept(self._grammar, token)
        return token

    def _constrain(self, data: np.ndarray[Any, Any]) -> None:
        """Penalise and mask `data` in place as llama.cpp's chain would (a token data array)."""
        lib = self._lib
        array = lib.llama_token_data_array(
            data=data.ctypes.data_as(lib.llama_token_data_p),
            size=len(data),
            selected=-1,
            sorted=False,
        )
        lib.llama_sampler_apply(self._penalties, ctypes.byref(array))
        lib.llama_sampler_apply(self._grammar, ctypes.byref(array))

    def close(self) -> None:
        """Free the llama.cpp samplers."""
        for name in ("_penalties", "_grammar"):
            sampler = getattr(self, name, None)  # None also when __init__ failed midway
            if sampler is not None:
                self._lib.llama_sampler_free(sampler)
            setattr(self, name, None)

    def __del__(self) -> None:
        self.close()


def token_data(n: int) -> np.ndarray[Any, Any]:
    """An array laid out as llama.cpp's `llama_token_data` (id, logit, p), ids 0..n-1."""
    data = np.zeros(n, dtype=TOKEN_DATA)
    data["id"] = np.arange(n, dtype=np.int32)
    return data


def greedy_choice(
    logits: np.ndarray[Any, Any],
    constrain: Callable[[np.ndarray[Any, Any]], None],
    full: np.ndarray[Any, Any] | None = None,
) -> int:
    """The token greedy sampling picks once `constrain` has penalised and masked the logits.

    That is the highest constrained logit (masked tokens are -inf), the lowest id on a tie,
    as llama.cpp's greedy sampler scans the vocabulary in id order. `constrain` may only
    lower logits (our sampler uses it only with penalties that do), so a token outside the
    `TOP` highest raw logits is at most their lowest: when the winner among them is above
    that, it is the winner overall. Otherwise the whole vocabulary (in `full`, a
    `token_data` array, when given) decides. Raises RuntimeError when every token is masked.
    """
    best = np.argpartition(logits, -TOP)[-TOP:] if len(logits) > TOP else np.arange(len(logits))
    top = np.zeros(len(best), dtype=TOKEN_DATA)
    top["id"] = best
    top["logit"] = logits[best]
    constrain(top)
    token = _highest(top)
    # A token outside the first few has a raw logit (so a constrained one) at most `floor`.
    floor = logits[best].min()
    if len(best) < len(logits) and (token is None or top["logit"][top["id"] == token][0] <= floor):
        full = full if full is not None else token_data(len(logits))
        full["logit"] = logits
        constrain(full)
        token = _highest(full)
    if token is None:
        raise RuntimeError("the grammar allows no token")
    return token


def _highest(data: np.ndarray[Any, Any]) -> int | None:
    """The unmasked token with the highest logit, the lowest id on a tie; None if none."""
    allowed = data[np.isfinite(data["logit"])]
    if len(allowed) == 0:
        return None
    return int(allowed["id"][allowed["logit"] == allowed["logit"].max()].min())


def install() -> None:
    """Make llama-cpp-python's `Llama` sample greedy grammar requests grammar-first."""
    import llama_cpp
    from llama_cpp import llama

    stock = llama.Llama._init_sampler

    def init_sampler(self: Any, *args: Any, **kwargs: Any) -> Any:
        grammar = kwargs.get("grammar")
        greedy = (
            kwargs.get("temp") == 0.0
            and kwargs.get("logits_processor") is None
            and kwargs.get("mirostat_mode", 0) == 0
            and not args
            and kwargs.get("repeat_penalty", 1.0) >= 1.0
            and kwargs.get("frequency_penalty", 0.0) >= 0.0
            and kwargs.get("presence_penalty", 0.0) >= 0.0
        )
        if grammar is None or not greedy:
            return stock(self, *args, **kwargs)
        return GrammarFirstSampler(
            llama_cpp,
            self._model.vocab,
            self._n_vocab,
            (
                self.last_n_tokens_size,
                kwargs.get("repeat_penalty", 1.0),
                kwargs.get("frequency_penalty", 0.0),
                kwargs.get("presence_penalty", 0.0),
            ),
            (grammar._grammar.encode("utf-8"), grammar._root.encode("utf-8")),
        )

    llama.Llama._init_sampler = init_sampler  # type: ignore[method-assign]


def has_amx(cpuinfo: str) -> bool:
    """Whether a CPU's flags (/proc/cpuinfo) include Intel's AMX tiles."""
    return any(
        line.startswith("flags") and "amx_tile" in line.split() for line in cpuinfo.splitlines()
    )


def keep_weights_off_amx() -> None:
    """Load weights into llama.cpp's plain CPU buffers where the CPU has AMX.

    llama.cpp puts weights into its AMX buffer type when the CPU has AMX and then crashes at
    the first matrix product (a general protection fault in libggml-cpu, ggml-org/llama.cpp
    issue 20824). The extra buffer types are the AMX one and the weight repacking; without
    them the weights are multiplied by the AVX kernels, as on any other CPU.
    """
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return
    if not has_amx(cpuinfo):
        return
    # The bindings module whose defaults `Llama` reads when it loads a model.
    import llama_cpp.llama_cpp as bindings

    stock = bindings.llama_model_default_params

    def without_extra_buffers() -> Any:
        params = stock()
        params.use_extra_bufts = False
        return params

    setattr(bindings, "llama_model_default_params", without_extra_buffers)  # noqa: B010


def main() -> None:
    """Run llama-cpp-python's server with grammar-first sampling installed, and its weights
    off AMX."""
    install()
    keep_weights_off_amx()
    from llama_cpp.server.__main__ import main as serve

    serve()  # type: ignore[no-untyped-call]


if __name__ == "__main__":
    main()
