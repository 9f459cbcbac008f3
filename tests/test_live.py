"""Live: the embedded model really starts and really answers. Run with `pytest -m live`."""

from __future__ import annotations

import openai
import pytest

from summarizer import Settings, local
from summarizer.endpoint import open_endpoint

pytestmark = pytest.mark.live


@pytest.mark.skipif(not local.runtime_installed(), reason="needs the 'local' extra")
def test_the_embedded_model_starts_and_completes(tmp_path):
    settings = Settings.load(env={}, local_context=2048)
    with open_endpoint(settings) as endpoint:
        assert endpoint.kind == "local"
        client = openai.OpenAI(base_url=endpoint.base_url, api_key=endpoint.api_key)
        reply = client.chat.completions.create(
            model=endpoint.model,
            messages=[{"role": "user", "content": "Reply with the single word: ready"}],
            max_tokens=8,
            temperature=0,
        )
    assert reply.choices[0].message.content.strip()
    assert reply.usage is not None and reply.usage.completion_tokens > 0
