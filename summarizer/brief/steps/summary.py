"""The summary step: the article's own sentences, chosen by our code, so that a summary
never says what the article does not and never drops who said it.

A news article opens with its lead: who did what, as the reporter writes it. The summary
is that lead (the first sentence of the body that reads as one: a dateline's place and
agency go, a byline or an "Updated" line is passed over), then the sentence of the
brief's first denial and of a claim by another speaker, where those sentences name their
speaker, in the article's order. Every sentence stands in the article as written
(whitespace and a dateline aside); nothing is composed, so nothing can be garbled or
turned from a claim into a fact. No model is asked.
"""

from __future__ import annotations

import re

from summarizer.brief.steps.base import Assembly, Step, StepResult, first_part
from summarizer.schema import Claim, Denial
from summarizer.text.sentences import Sentence

#: The fewest words a sentence of the summary has: a shorter one is a label or a fragment.
LEAST_WORDS = 8
#: The longest sentence a summary takes, in characters: a longer one is a run-on or two
#: sentences the splitter could not part.
LONGEST_SENTENCE = 400

# "WASHINGTON (AP) — ", "MOSCOW, Oct. 1 (Reuters) - ": the place and agency a wire story
# opens with, before its first sentence proper.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]*[A-Z](?:,[^—–()\n]{1,24}?)?(?:\s*\([^()\n]{1,30}\))?\s*[—–-]{1,2}\s+"
)
_OPENS = re.compile(r"^[A-Z0-9“\"‘']")
_ENDS = re.compile(r"[.!?][”\"’']?$")


def readable(sentence: str) -> bool:
    """Whether a sentence of the article reads whole on its own: long enough to say who
    did what, not a run-on, opening as a sentence opens and ending as one ends, with its
    quotation marks closed."""
    words = sentence.split()
    return (
        len(words) >= LEAST_WORDS
        and len(sentence) <= LONGEST_SENTENCE
        and _OPENS.match(sentence) is not None
        and _ENDS.search(sentence) is not None
        and sentence.count("“") == sentence.count("”")
        and sentence.count('"') % 2 == 0
    )


def lead(sentences: list[Sentence], start: int) -> Sentence | None:
    """The article's lead: the first sentence from `start` (where the body starts) that
    reads whole once its dateline is set aside."""
    for sentence in sentences:
        if sentence.start >= start and readable(without_dateline(sentence.text)):
            return sentence
    return None


def without_dateline(text: str) -> str:
    """A sentence's words, whitespace made single, without the dateline it opens with."""
    return _DATELINE.sub("", " ".join(text.split()), count=1)


def _names_speaker(item: Claim | Denial) -> bool:
    """Whether an item's sentence names its speaker, so that it keeps who said it."""
    return item.speaker.casefold() in item.evidence.quote.casefold()


def after_first_line(text: str) -> int:
    """Where the summary may start quoting: after the first line when more lines follow (a
    news text opens with its headline, which restates the body in other words). Unlike
    `Analysis.body_start`, a first line that ends like a sentence is a headline here too:
    the statements of a headline count, but a summary does not repeat it."""
    first, newline, rest = text.lstrip().partition("\n")
    return len(text) - len(text.lstrip()) + len(first) if newline and rest.strip() else 0


def _said(
    items: list[Claim] | list[Denial], start: int, taken: dict[int, int], others: set[str]
) -> Claim | Denial | None:
    """The first item of the body (from `start`) whose sentence reads whole, names its
    speaker, overlaps no sentence `taken` (their ends by their starts), and whose speaker
    is not among `others`."""
    for item in items:
        sentence = without_dateline(item.evidence.quote)
        evidence = item.evidence
        if (
            evidence.start >= start
            and not any(evidence.start < e and s < evidence.end for s, e in taken.items())
            and item.speaker not in others
            and _names_speaker(item)
            and readable(sentence)
        ):
            return item
    return None


def summary_of(
    headline: str, text: str, sentences: list[Sentence], claims: list[Claim], denials: list[Denial]
) -> str:
    """The summary of an article (`text`, split into `sentences`): its lead, the sentence
    of its first denial and of a claim by another speaker (each where it names its
    speaker), in the article's order; the headline when none of them reads whole."""
    start = after_first_line(text)
    chosen: dict[int, int] = {}
    opening = lead(sentences, start)
    if opening is not None:
        chosen[opening.start] = opening.end
    denial = _said(denials, start, chosen, set())
    if denial is not None:
        chosen[denial.evidence.start] = denial.evidence.end
    speakers = {denial.speaker} if denial is not None else set()
    claim = _said(claims, start, chosen, speakers)
    if claim is not None:
        chosen[claim.evidence.start] = claim.evidence.end
    sentences_chosen = [without_dateline(text[s : chosen[s]]) for s in sorted(chosen)]
    return " ".join(sentences_chosen) or headline


def _build(assembly: Assembly, result: StepResult | None) -> None:
    # The last step built: the statements it chooses from are in the assembly.
    analysis = assembly.analysis
    assembly.fields["summary"] = summary_of(
        analysis.headline,
        analysis.text,
        analysis.sentences,
        assembly.fields.get("claims", []),
        assembly.fields.get("denials", []),
    )


SUMMARY = Step(
    "summary",
    field="summary",
    candidates=lambda analysis: "",
    build=_build,
    merge=first_part,
    # The summary takes its sentences from the statements the steps before it built.
    reads=("claims", "denials"),
)
