"""The review page's layout: each mark one element around exactly its span, nested when
one holds another; a mark crossing another highlighted by offsets; text escaped."""

from __future__ import annotations

import pytest

from summarizer import (
    Actor,
    Brief,
    DossierActor,
    GroundingError,
    Provenance,
    Usage,
    dossier_to_html,
    dossier_to_markdown,
    to_html,
)
from summarizer.output.review import (
    DossierMarks,
    Highlight,
    Mark,
    brief_marks,
    disputes,
    first_mention,
    lay_out,
)

TEXT = "The minister said 3 million people voted on Sunday."


def _mark(id_: str, kind: str, quote: str, text: str = TEXT) -> Mark:
    start = text.index(quote)
    return Mark(id_, kind, start, start + len(quote), heading=id_)


def _text_of(node: str | Highlight) -> str:
    return node if isinstance(node, str) else "".join(map(_text_of, node.children))


def test_text_runs_and_highlights_put_together_are_the_text():
    layout = lay_out(
        TEXT, [_mark("claim-0", "claim", "said 3 million"), _mark("a", "actor", "Sunday")]
    )
    assert "".join(map(_text_of, layout.nodes)) == TEXT


def test_a_mark_inside_another_is_its_child():
    claim, figure = (
        _mark("claim-0", "claim", "said 3 million people"),
        _mark("figure-0", "figure", "3 million"),
    )
    (outer,) = [
        node for node in lay_out(TEXT, [figure, claim]).nodes if isinstance(node, Highlight)
    ]
    assert outer.mark == claim
    assert [child.mark for child in outer.children if isinstance(child, Highlight)] == [figure]
    assert _text_of(outer) == "said 3 million people"


def test_marks_with_one_span_nest_with_the_claim_outermost():
    denial, claim = (
        _mark("denial-0", "denial", "The minister said"),
        _mark("claim-0", "claim", "The minister said"),
    )
    outer = lay_out(TEXT, [denial, claim]).nodes[0]
    assert isinstance(outer, Highlight) and outer.mark == claim
    assert [child.mark for child in outer.children] == [denial]


def test_a_mark_crossing_another_is_laid_out_by_its_offsets():
    claim, figure = (
        _mark("claim-0", "claim", "The minister said 3"),
        _mark("figure-0", "figure", "3 million people"),
    )
    layout = lay_out(TEXT, [claim, figure])
    assert [node.mark for node in layout.nodes if isinstance(node, Highlight)] == [claim]
    assert [(r.mark, r.start, r.end) for r in layout.ranged] == [(figure, figure.start, figure.end)]


def test_offsets_of_a_crossing_mark_count_utf16_units_as_the_browser_does():
    text = "🗳 " + TEXT
    claim = _mark("claim-0", "claim", "The minister said 3", text)
    figure = _mark("figure-0", "figure", "3 million people", text)
    (ranged,) = lay_out(text, [claim, figure]).ranged
    assert (ranged.start, ranged.end) == (figure.start + 1, figure.end + 1)


def test_a_mark_outside_the_text_is_a_grounding_error():
    with pytest.raises(GroundingError, match="outside the text"):
        lay_out(TEXT, [Mark("claim-0", "claim", 40, 400, heading="x")])


def test_an_actor_is_marked_at_its_first_mention_as_a_whole_word():
    actor = Actor(name="United States", kind="state", aliases=["US"])
    assert first_mention(actor, "It rose because the US said so.") == (20, 22)


def test_an_actor_the_text_never_names_has_no_mention():
    assert first_mention(Actor(name="NATO", kind="organization"), TEXT) is None


def _brief(**fields: object) -> Brief:
    provenance = Provenance(source="a.txt", article_sha256="0" * 64, model="none",
                            endpoint="custom", prompt_versions={}, usage=Usage())  # fmt: skip
    return Brief(**{"title": "T", "summary": "S", "provenance": provenance, **fields})


def test_a_brief_of_another_article_is_refused(seed_briefs, seed_texts):
    names = sorted(seed_briefs)
    with pytest.raises(GroundingError, match="not at its offsets"):
        to_html(seed_briefs[names[0]], seed_texts[names[1]])


def test_markup_in_the_article_and_the_brief_is_escaped():
    text = "<b>bold</b> & <script>alert(1)</script>"
    page = to_html(_brief(title="<i>title</i>", actors=[Actor(name="<b>", kind="group")]), text)
    assert "&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<i>title</i>" not in page and "&lt;i&gt;title&lt;/i&gt;" in page


def test_the_page_needs_no_network():
    page = to_html(_brief(), TEXT)
    assert "http://" not in page and "https://" not in page
    assert "default-src 'none'" in page.replace("&#39;", "'")


def test_the_ids_of_a_briefs_marks_can_carry_a_prefix_for_a_page_of_many_articles(
    seed_briefs, seed_texts
):
    name = sorted(seed_briefs)[0]
    marks, _ = brief_marks(seed_briefs[name], seed_texts[name], prefix="a1-")
    assert marks and all(mark.id.startswith("a1-") for mark in marks)


def test_each_distinct_span_of_a_dossier_is_one_mark(handmade_dossier):
    dossier, texts = handmade_dossier
    spans = {
        (item.article, item.start, item.end)
        for item in [
            *(end for link in dossier.links for end in (link.source, link.target)),
            *(report for conflict in dossier.figure_conflicts for report in conflict.reports),
        ]
    }
    marks = DossierMarks(dossier, texts).by_article
    laid = [(article, mark.start, mark.end) for article in marks for mark in marks[article]]
    assert sorted(laid) == sorted(spans)


def test_every_link_end_points_to_the_mark_of_its_span(handmade_dossier):
    dossier, texts = handmade_dossier
    marks = DossierMarks(dossier, texts)
    by_id = {
        mark.id: (article, mark)
        for article in marks.by_article
        for mark in marks.by_article[article]
    }
    for end in (end for link in dossier.links for end in (link.source, link.target)):
        article, mark = by_id[marks.id_of(end)]
        assert (article, texts[article][mark.start : mark.end]) == (end.article, end.quote)


def test_the_ledger_is_grouped_by_disputed_claim(handmade_dossier):
    dossier, _ = handmade_dossier
    grouped = disputes(dossier)
    assert [(d.claim.quote, [i for i, _ in d.links]) for d in grouped] == [
        ("The Observatory said 40 civilians were killed", [0, 1]),
        ("The ministry said its jets hit only militant positions", [2]),
    ]


def test_a_dossier_page_needs_the_text_of_every_source(handmade_dossier):
    dossier, texts = handmade_dossier
    del texts["beta.txt"]
    with pytest.raises(GroundingError, match="beta.txt: no text"):
        dossier_to_html(dossier, texts)


def test_a_dossier_page_of_other_texts_is_refused(handmade_dossier):
    dossier, texts = handmade_dossier
    texts["alpha.txt"], texts["beta.txt"] = texts["beta.txt"], texts["alpha.txt"]
    with pytest.raises(GroundingError, match="not at its offsets"):
        dossier_to_html(dossier, texts)


def test_the_dossier_page_and_markdown_say_whom_an_actor_speaks_for(handmade_dossier):
    dossier, texts = handmade_dossier
    ministry = DossierActor(
        name="Defence Ministry", kind="organization", articles=["beta.txt"],
        statements={"beta.txt": 1}, speaks_for=["Ruritania"],
    )  # fmt: skip
    dossier = dossier.model_copy(update={"actors": [ministry]})
    assert "for Ruritania" in dossier_to_html(dossier, texts)
    assert "for Ruritania" in dossier_to_markdown(dossier)
