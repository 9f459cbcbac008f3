"""The summary step: one or two sentences on who did what, according to whom.

A summary is checked before it is kept: every number and every name in it must stand in
the article (the model is re-asked, with the words that do not, when they do not), it is
cut to whole sentences, and a summary that says someone denied or claimed something must
match a statement of the brief. One that still fails is replaced by a summary built from
the brief's own items, so the summary never says what the article does not.
"""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator, Field, StringConstraints, ValidationInfo

from summarizer.brief.steps.base import Assembly, CachedSchema, Step, StepResult, first_part
from summarizer.schema import Claim, Denial
from summarizer.text.lexicon import DENYING_VERB_FORMS, REPORTING_VERB_FORMS
from summarizer.text.sentences import split_sentences

# A number ("27.5", "1,500") or a capitalised word that does not open a sentence.
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*[A-Za-z]")
_DENYING = re.compile(rf"\b(?:{'|'.join(DENYING_VERB_FORMS)})\b", re.IGNORECASE)
_REPORTING = re.compile(rf"\b(?:{'|'.join(REPORTING_VERB_FORMS)})\b", re.IGNORECASE)


def foreign_words(summary: str, article: str) -> list[str]:
    """The numbers and names of `summary` that do not stand in `article` (case aside; a
    possessive "'s" is not part of a name)."""
    folded = " ".join(article.split()).casefold()
    words = [*_NUMBER.findall(summary), *_NAME.findall(summary)]
    missing = []
    for word in words:
        bare = re.sub(r"[’']s$", "", word)
        if bare.casefold() not in folded and word not in missing:
            missing.append(word)
    return missing


def _check(value: str, info: ValidationInfo) -> str:
    article = info.context.get("article") if info.context is not None else None
    if article is not None and (missing := foreign_words(value, article)):
        raise ValueError(
            f"these words are not in the article: {', '.join(missing)}; "
            "use only names and numbers the article gives"
        )
    return value


#: The longest summary the model may write, in characters.
SUMMARY_LENGTH = 320


class SummaryAnswer(CachedSchema):
    summary: Annotated[
        str, StringConstraints(min_length=1, max_length=SUMMARY_LENGTH), AfterValidator(_check)
    ] = Field(description="One or two sentences: who did what, according to whom.")


def whole_sentences(text: str) -> str:
    """The summary's whole sentences. One that reached the length bound was cut there: its
    last sentence goes, even when it ends on an abbreviation's full stop ("... U.S.").
    Empty when no whole sentence is left."""
    text = text.strip()
    sentences = split_sentences(text)
    if len(text) >= SUMMARY_LENGTH or text[-1:] not in _ENDS:
        sentences = sentences[:-1]
    return " ".join(s.text for s in sentences)


_ENDS = ".!?”\"'’"


def _speaks_in(sentence: str, items: list[Claim] | list[Denial]) -> bool:
    """Whether one of `items` has a speaker whose names stand in `sentence`."""
    return any(
        word.casefold() in sentence.casefold()
        for item in items
        for name in (item.speaker, item.actor or "")
        for word in re.findall(r"[A-Z][\w’'-]+", name)
    )


def holds(summary: str, claims: list[Claim], denials: list[Denial]) -> bool:
    """Whether every sentence of `summary` that says someone denied something names a
    speaker of one of the brief's denials, and every one that says someone said, claimed
    or reported something names a speaker of its statements."""
    for sentence in split_sentences(summary):
        if _DENYING.search(sentence.text) and not _speaks_in(sentence.text, denials):
            return False
        if _REPORTING.search(sentence.text) and not (
            _speaks_in(sentence.text, claims) or _speaks_in(sentence.text, denials)
        ):
            return False
    return True


def built_summary(title: str, claims: list[Claim], denials: list[Denial]) -> str:
    """A summary made of the brief's own items, their words quoted in their speakers' names:
    its first denial and the first claim of another speaker; the headline when it has
    neither."""
    sentences = [f"{d.speaker} ({_KINDS[d.kind]}): {_quoted(d.denied)}" for d in denials[:1]]
    speakers = {d.speaker for d in denials[:1]}
    sentences += [
        f"According to {c.speaker}: {_quoted(c.statement)}"
        for c in [c for c in claims if c.speaker not in speakers][:1]
    ]
    return " ".join(sentences) or title


_KINDS = {"denial": "denial", "rejection": "rejection", "no_comment": "no comment"}


def _quoted(words: str) -> str:
    """The article's words in quotation marks, ending our sentence."""
    words = " ".join(words.split()).strip("“”\"' ").rstrip(".,;:")
    return f"“{words}”."


def _build(assembly: Assembly, result: StepResult | None) -> None:
    # The last step built: the statements it is checked against are in the assembly.
    claims = assembly.fields.get("claims", [])
    denials = assembly.fields.get("denials", [])
    answer = result.answer if result is not None else None
    summary = whole_sentences(answer.summary) if isinstance(answer, SummaryAnswer) else ""
    if not summary or not holds(summary, claims, denials):
        summary = built_summary(assembly.analysis.headline, claims, denials)
    assembly.fields["summary"] = summary


SUMMARY = Step(
    "summary",
    field="summary",
    candidates=lambda analysis: "",
    build=_build,
    answer=SummaryAnswer,
    merge=first_part,
    # The model's summary is checked against the statements, and rebuilt from them.
    reads=("claims", "denials"),
)
