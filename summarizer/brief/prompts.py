"""Load the versioned prompt templates shipped with the package.

Each template is a file `prompts/<name>.md`: a header of `key: value` lines (at least
`version`), a line `---`, then the text, with `$placeholders` filled by `string.Template`.
In an installed package the files are `summarizer/prompts/`; in a source checkout they are
the top-level `prompts/` directory, which the wheel build copies into the package.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cache

from summarizer.errors import ConfigurationError
from summarizer.resources import shipped_dir


@dataclass(frozen=True)
class Prompt:
    """One prompt template: its name, version and text."""

    name: str
    version: int
    template: str

    def render(self, **values: str) -> str:
        """Fill the template's `$placeholders`; raises ConfigurationError if one is missing."""
        try:
            return string.Template(self.template).substitute(values)
        except KeyError as error:
            raise ConfigurationError(
                f"prompt {self.name!r} needs a value for {error.args[0]!r}"
            ) from error


def _parse(name: str, raw: str) -> Prompt:
    header, separator, body = raw.partition("\n---\n")
    if not separator:
        raise ConfigurationError(f"prompt {name!r} has no '---' line after its header")
    fields = dict(
        (key.strip(), value.strip())
        for key, _, value in (line.partition(":") for line in header.splitlines() if line.strip())
    )
    try:
        version = int(fields["version"])
    except (KeyError, ValueError) as error:
        raise ConfigurationError(f"prompt {name!r} has no integer 'version'") from error
    return Prompt(name=name, version=version, template=body.strip())


@cache
def load_prompt(name: str) -> Prompt:
    """Return the prompt `name`; raises ConfigurationError if it does not exist or is malformed."""
    path = shipped_dir("prompts") / f"{name}.md"
    if not path.is_file():
        raise ConfigurationError(f"no prompt named {name!r}")
    return _parse(name, path.read_text(encoding="utf-8"))
