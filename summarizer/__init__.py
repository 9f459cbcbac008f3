"""summarizer: structured, source-grounded briefs of news articles.

Every claim, denial and figure in a `Brief` carries evidence: a verbatim passage of the
article and its character offsets, located by our code.
"""

from summarizer.api import (
    abuild_dossier,
    asummarize,
    asummarize_dossier,
    asummarize_many,
    asummarize_url,
    build_dossier,
    summarize,
    summarize_dossier,
    summarize_many,
    summarize_url,
)
from summarizer.brief.result import BriefResult
from summarizer.errors import (
    BudgetError,
    CacheError,
    ConfigurationError,
    EndpointError,
    FetchError,
    GroundingError,
    InputError,
    LocalModelError,
    ModelOutputError,
    OutputError,
    ReplayMissError,
    SummarizerError,
)
from summarizer.output.render import dossier_to_markdown, to_json, to_markdown
from summarizer.output.review import dossier_to_html, to_html
from summarizer.schema import (
    Actor,
    Brief,
    Claim,
    Denial,
    Dossier,
    DossierActor,
    Dropped,
    Evidence,
    Figure,
    FigureConflict,
    FigureReport,
    Link,
    Provenance,
    Source,
    Statement,
    Usage,
)
from summarizer.settings import Settings
from summarizer.sources.article import Article
from summarizer.sources.reading import read_article
from summarizer.sources.web import fetch_article
from summarizer.text.grounding import locate
from summarizer.version import __version__

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
    "Dossier",
    "DossierActor",
    "Dropped",
    "EndpointError",
    "Evidence",
    "FetchError",
    "Figure",
    "FigureConflict",
    "FigureReport",
    "GroundingError",
    "InputError",
    "Link",
    "LocalModelError",
    "ModelOutputError",
    "OutputError",
    "Provenance",
    "ReplayMissError",
    "Settings",
    "Source",
    "Statement",
    "SummarizerError",
    "Usage",
    "__version__",
    "abuild_dossier",
    "asummarize",
    "asummarize_dossier",
    "asummarize_many",
    "asummarize_url",
    "build_dossier",
    "dossier_to_html",
    "dossier_to_markdown",
    "fetch_article",
    "locate",
    "read_article",
    "summarize",
    "summarize_dossier",
    "summarize_many",
    "summarize_url",
    "to_html",
    "to_json",
    "to_markdown",
]
