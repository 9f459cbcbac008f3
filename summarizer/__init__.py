"""summarizer: structured, source-grounded briefs of news articles.

Every claim, denial and figure in a `Brief` carries evidence: a verbatim passage of the
article and its character offsets, located by our code.
"""

from summarizer.api import asummarize, asummarize_many, summarize, summarize_many
from summarizer.article import Article, read_article
from summarizer.errors import (
    BudgetError,
    CacheError,
    ConfigurationError,
    EndpointError,
    GroundingError,
    InputError,
    LocalModelError,
    ModelOutputError,
    OutputError,
    ReplayMissError,
    SummarizerError,
)
from summarizer.grounding import locate
from summarizer.pipeline import BriefResult
from summarizer.render import to_json, to_markdown
from summarizer.schema import (
    Actor,
    Brief,
    Claim,
    Denial,
    Dropped,
    Evidence,
    Figure,
    Provenance,
    Usage,
)
from summarizer.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Brief",
    "BriefResult",
    "BudgetError",
    "CacheError",
    "Claim",
    "ConfigurationError",
    "Denial",
    "Dropped",
    "EndpointError",
    "Evidence",
    "Figure",
    "GroundingError",
    "InputError",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "Provenance",
    "ReplayMissError",
    "Settings",
    "SummarizerError",
    "Usage",
    "__version__",
    "asummarize",
    "asummarize_many",
    "locate",
    "read_article",
    "summarize",
    "summarize_many",
    "to_json",
    "to_markdown",
]
