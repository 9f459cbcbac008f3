"""Statements of a news article and who makes them, found from spaCy's dependency parse.

An attribution is a source (who), a cue (the words that report, deny or refuse) and a
content (what is said). Cues are reporting verbs with their subject ("X said", "said X",
"S, X said"), "according to X", a statement noun with its owner ("X's claim that S",
"allegations by X"), a passive with its agent ("was accused by X") and refusals to comment
(cue_finders). A pronoun or a bare role noun as source is resolved to the name it stands
for (sources, coreference). A sentence inside a quotation, or a quotation that follows one
of a speaker's without an attribution of its own, goes on in that speaker's name (carry),
and a quotation over several sentences is one statement (runs).
Parse with pipeline.load_pipeline(): it makes paragraph breaks sentence breaks.
"""

from __future__ import annotations

from spacy.tokens import Doc

from summarizer.text.nlp import text_of
from summarizer.text.statements.carry import (
    carry_quotations,
    continued_rebuttals,
    first_person,
    quotation_speakers,
)
from summarizer.text.statements.cue_finders import (
    from_according,
    from_appearance,
    from_noun,
    from_venue,
    from_verb,
    refusal,
)
from summarizer.text.statements.records import Attribution, Context, Found
from summarizer.text.statements.runs import join_quotation_runs

__all__ = ["Attribution", "find_attributions"]

_FINDERS = (refusal, from_verb, from_according, from_noun, from_venue, from_appearance)


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
        (f.attribution for f in carried),
        key=lambda a: (a.sentence_start, a.cue_start, a.content_start),
    )
    return join_quotation_runs(text_of(doc), ctx.quotations, ordered_attributions)
