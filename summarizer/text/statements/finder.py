"""Statements of a news article and who makes them, found from spaCy's dependency parse.

An attribution is a source (who), a cue (the words that report, deny or refuse) and a
content (what is said). Cues are reporting verbs with their subject ("X said", "said X",
"S, X said"), "according to X", a statement noun with its owner ("X's claim that S",
"allegations by X"), a passive with its agent ("was accused by X") and refusals to comment
(cue_finders). A pronoun or a bare role noun as source is resolved to the name it stands
for (sources, coreference). A sentence inside a quotation, or a quotation that follows one
of a speaker's without an attribution of its own, goes on in that speaker's name (carry),
and a quotation over several sentences is one statement (runs). A negation merely
stated is a denial only where it answers something (answers).
Parse with pipeline.load_pipeline(): it makes paragraph breaks sentence breaks.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from summarizer.text.grammar import VERBS
from summarizer.text.lexicon import (
    LIGHT_TARGETS,
    QUOTING_CUES,
    STATEMENT_NOUNS,
    TARGET_CUES,
    WRITING_CUES,
)
from summarizer.text.nlp import text_of
from summarizer.text.statements.answers import remarks_that_answer_nobody
from summarizer.text.statements.carry import (
    carry_quotations,
    continued_rebuttals,
    first_person,
    quotation_speakers,
)
from summarizer.text.statements.contents import opening_pronoun
from summarizer.text.statements.cue_finders import (
    from_according,
    from_noun,
    from_venue,
    from_verb,
    refusal,
)
from summarizer.text.statements.cues import StatementKind
from summarizer.text.statements.records import Attribution, Context, Found
from summarizer.text.statements.runs import join_quotation_runs
from summarizer.text.statements.spans import root_of, words

__all__ = ["Attribution", "find_attributions"]

_FINDERS = (refusal, from_verb, from_according, from_noun, from_venue)


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attribution of a parsed article, in reading order (by sentence, then cue)."""
    ctx = Context(doc)
    found: dict[tuple[int, int], Found] = {}
    for token in doc:
        for finder in _FINDERS:
            item = finder(ctx, token)
            if item is None:
                continue
            key = (item.attribution.sentence_start, item.attribution.cue_start)
            if key not in found:
                found[key] = item
                if item.speaker is not None:
                    ctx.speakers.append(item.speaker)  # later pronouns may stand for them
            break
    ordered = sorted(found.values(), key=lambda f: f.attribution.cue_start)
    speakers = quotation_speakers(ctx, ordered)
    ordered = first_person(ctx, ordered, speakers)
    carried = carry_quotations(ctx, ordered, speakers)
    carried += continued_rebuttals(ctx, carried)
    ordered_attributions = sorted(
        (f.attribution for f in carried if _says_something(ctx, f.attribution)),
        key=lambda a: (a.sentence_start, a.cue_start, a.content_start),
    )
    ordered_attributions = remarks_that_answer_nobody(ctx, ordered_attributions)
    joined = join_quotation_runs(text_of(doc), ctx.quotations, ordered_attributions)
    return [replace(a, stands_for=opening_pronoun(ctx, a)) for a in joined]


def _says_something(ctx: Context, attribution: Attribution) -> bool:
    """Whether a statement says something a reader can repeat. A denial names what it
    answers ("rejected the allegation"), and a reported fact may be a noun phrase
    ("reported income of $5,000"); but a cue aimed at someone or something, or a statement
    noun, with only a noun phrase after it ("praised the plan", "his assessment of the
    game"), or a word or two quoted ("said “impact,”"), says only that someone spoke; views
    held on a topic ("had opposing views on X") say no view, and what was written or sent
    with neither a clause nor a quotation ("tweeted a photo") says nothing. Such a
    statement is still found, so that a later "he said" can stand for its speaker."""
    if attribution.kind != StatementKind.CLAIM:
        return True
    doc = ctx.doc
    content = attribution.content_tokens(doc)
    if attribution.cue_lemma in LIGHT_TARGETS and not _clause_in(content):
        return False  # "had opposing views on X"
    quoted = any(
        q.overlaps(attribution.content_start, attribution.content_end) for q in ctx.quotations
    )
    if attribution.cue_lemma in WRITING_CUES and not (quoted or _clause_in(content)):
        return False  # "tweeted a photo of the harbour", "wrote a letter to the council"
    if any(t.pos_ in VERBS or t.dep_ == "oprd" or t.lower_ == "as" for t in content):
        return True  # a clause, or a predicate on its object ("deemed it a trade-off")
    lemma = attribution.cue_lemma
    cue = doc.char_span(attribution.cue_start, attribution.cue_end, alignment_mode="expand")
    noun = cue is not None and cue[0].pos_ == "NOUN" and lemma in STATEMENT_NOUNS
    if lemma in TARGET_CUES or noun:
        return False
    return not (lemma in QUOTING_CUES and len(words(content)) <= 3)


def _clause_in(content: list[Token]) -> bool:
    """Whether a content holds a clause of its own: its head is a verb, or a noun takes a
    clause ("the view that the port would close")."""
    root = root_of(words(content)) if words(content) else None
    if root is not None and root.pos_ in VERBS:
        return True
    return any(t.dep_ == "mark" and t.lower_ == "that" for t in content)
