"""Turn tokens into money for hosted models, from a price table the user supplies.

The table is a JSON object: model name to prices in US dollars per million tokens,
`{"gpt-4o-mini": {"prompt": 0.15, "completion": 0.60, "cached": 0.075}}`; `cached`
(prompt tokens served from the provider's prompt cache) defaults to the prompt price.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigurationError
from summarizer.schema import Usage


@dataclass(frozen=True)
class Price:
    """Dollars per million tokens."""

    prompt: float
    completion: float
    cached: float

    def cost(self, usage: Usage) -> float:
        """What `usage` costs at these prices, in dollars."""
        fresh = max(0, usage.prompt_tokens - usage.cached_tokens)
        return (
            fresh * self.prompt
            + usage.cached_tokens * self.cached
            + usage.completion_tokens * self.completion
        ) / 1_000_000


def load_prices(path: Path) -> dict[str, Price]:
    """Read a price table; raises ConfigurationError when it is unreadable or malformed."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return {
            model: Price(
                prompt=float(entry["prompt"]),
                completion=float(entry["completion"]),
                cached=float(entry.get("cached", entry["prompt"])),
            )
            for model, entry in raw.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
        raise ConfigurationError(f"{path}: not a usable price table: {error}") from error
