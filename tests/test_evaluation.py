"""The scorer, on hand-made briefs whose scores are known."""

from __future__ import annotations

import pytest

from summarizer import Actor, Brief, Claim, Denial, Evidence, Figure, Provenance, Usage
from summarizer.evaluation import (
    evaluate_briefs,
    evaluate_rules,
    load_gold,
    report,
    score,
    score_brief,
    table,
)

TEXT = (
    "Activists said the strikes killed at least 15 people. "  # 0..53
    "Peskov said: we cannot comment on that. "  # 54..93
    "The ministry denied any strike. "  # 94..125
    "The base is 1,500 kilometres away."  # 126..160
)


def ev(quote: str) -> Evidence:
    start = TEXT.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


GOLD = {
    "actors": [
        {"name": "Dmitry Peskov", "aliases": ["Peskov"], "kind": "person", "central": True},
        {"name": "Defence ministry", "aliases": ["ministry"], "kind": "organization", "central": True},
        {"name": "Activists", "aliases": ["activists"], "kind": "group", "central": False},
    ],
    "claims": [
        {"by": ["activists"], "evidence": "the strikes killed at least 15 people", "start": 14, "end": 53},
        {"by": ["ministry"], "evidence": "The base is 1,500 kilometres away", "start": 126, "end": 159},
    ],
    "denials": [
        {"by": ["Peskov"], "evidence": "we cannot comment on that", "start": 66, "end": 91, "kind": "no_comment"},
        {"by": ["ministry"], "evidence": "denied any strike", "start": 107, "end": 124, "kind": "denial"},
        {"by": ["ministry"], "evidence": "x", "start": 0, "end": 5, "kind": "denial", "required": False},
    ],
    "figures": [
        {"value": 15, "evidence": "at least 15 people", "start": 35, "end": 53},
        {"value": [1500, 1600], "evidence": "1,500 kilometres", "start": 138, "end": 154},
    ],
}  # fmt: skip


def brief(**items) -> Brief:
    provenance = Provenance(
        source="t", article_sha256="0", model="m", endpoint="replay", prompt_versions={},
        usage=Usage(),
    )  # fmt: skip
    return Brief(title="t", summary="s", provenance=provenance, **items)


@pytest.fixture
def scores():
    made = brief(
        actors=[Actor(name="Kremlin spokesman Peskov", kind="person")],
        claims=[Claim(speaker="Syrian activists", statement="15 killed", presentation="reported",
                      evidence=ev("Activists said the strikes killed at least 15 people."))],
        denials=[
            Denial(speaker="Kremlin", denied="report", kind="no_comment",
                   evidence=ev("Peskov said: we cannot comment on that.")),
            Denial(speaker="Peskov", denied="base", kind="denial",
                   evidence=ev("The base is 1,500 kilometres away.")),
        ],
        figures=[
            Figure(value=15, text="at least 15 people", evidence=ev("at least 15 people")),
            Figure(value=1500, text="1,500 kilometres", evidence=ev("1,500 kilometres")),
            Figure(value=3, text="strikes", evidence=ev("strikes")),
        ],
    )  # fmt: skip
    return score_brief(made, TEXT, GOLD).percentages()


def test_actor_recall_counts_central_actors_found_by_name_or_alias(scores):
    assert scores["actor_recall"] == 50.0


def test_claim_found_by_overlap_and_attributed_by_containment(scores):
    assert (scores["claim_recall"], scores["claim_attribution"]) == (50.0, 100.0)


def test_denial_recall_precision_and_attribution(scores):
    assert scores["denial_recall"] == 50.0
    assert scores["denial_precision"] == 50.0
    assert scores["denial_attribution"] == 0.0  # "Kremlin" is not one of Peskov's aliases


def test_figures_match_on_value_and_overlap(scores):
    assert (scores["figure_recall"], scores["figure_precision"]) == (100.0, 66.7)


def test_grounding_counts_verbatim_quotes(scores):
    assert scores["grounding"] == 100.0


def test_a_quote_off_its_offsets_is_not_grounded():
    bad = Evidence(quote="killed", start=0, end=6)
    made = brief(figures=[Figure(value=1, text="killed", evidence=bad)])
    assert score_brief(made, TEXT, GOLD).percentages()["grounding"] == 0.0


def test_report_sums_articles_and_table_has_a_total_row():
    made = brief()
    result = report(
        {"a.txt": score_brief(made, TEXT, GOLD), "b.txt": score_brief(made, TEXT, GOLD)}
    )
    assert result["counts"]["claim_recall"] == "0/4"
    assert table(result).splitlines()[-1].startswith("ALL")


def test_actor_precision_counts_a_second_entry_for_one_actor_as_wrong():
    made = brief(
        actors=[
            Actor(name="Dmitry Peskov", kind="person"),
            Actor(name="Peskov", kind="person"),
            Actor(name="Damascus", kind="state"),
            Actor(name="The ministry", kind="organization"),
        ]
    )
    ratio = score_brief(made, TEXT, GOLD).ratios["actor_precision"]
    assert (ratio.hits, ratio.total) == (2, 4)


ATTRIBUTIONS = {
    "attributions": [
        {"type": "Attribution", "source": {"spans": [[0, 9]], "text": ["Activists"]},
         "content": {"spans": [[15, 53]]}},
        {"type": "Attribution", "source": {"spans": [[54, 59]], "text": ["he"]},
         "content": {"spans": [[66, 91]]}},
        {"type": "Attribution-no-source", "source": None, "content": {"spans": [[94, 125]]}},
    ]
}  # fmt: skip


def test_attributions_are_found_by_content_overlap_and_sources_scored_by_kind():
    made = brief(
        claims=[Claim(speaker="Syrian activists", statement="s", presentation="reported",
                      evidence=ev("Activists said the strikes killed at least 15 people."))],
        denials=[Denial(speaker="Dmitry Peskov", denied="d", kind="no_comment",
                        evidence=ev("Peskov said: we cannot comment on that."))],
    )  # fmt: skip
    ratios = score(made, TEXT, ATTRIBUTIONS).ratios
    assert (ratios["span_recall"].hits, ratios["span_recall"].total) == (2, 3)
    assert ratios["span_precision"].percent == 100.0
    assert ratios["named_source"].percent == 100.0
    assert (ratios["pronoun_source"].hits, ratios["pronoun_source"].total) == (0, 1)


def claimed(statement: str, evidence: str) -> Brief:
    return brief(
        claims=[Claim(speaker="Activists", statement=statement, presentation="reported",
                      evidence=ev(evidence))]
    )  # fmt: skip


SENTENCE = "Activists said the strikes killed at least 15 people."


def test_content_that_is_the_annotated_content_scores_exact():
    made = claimed("The strikes killed at least 15 people.", SENTENCE)
    ratios = score(made, TEXT, ATTRIBUTIONS).ratios
    assert ratios["content_exact"].hits == 1
    assert ratios["content_f1"].hits == pytest.approx(1.0)
    assert ratios["content_precision"].percent == 100.0
    assert ratios["fragments"].hits == 0


def test_a_fragment_of_the_content_scores_part_of_a_word_f1_and_counts_as_a_fragment():
    made = claimed("15 people", SENTENCE)
    ratios = score(made, TEXT, ATTRIBUTIONS).ratios
    # two of the content's seven words: F1 = 2 * 2 / (2 + 7)
    assert ratios["content_f1"].hits == pytest.approx(4 / 9)
    assert ratios["content_exact"].hits == 0
    assert ratios["content_recall"].hits == 1  # it lies wholly inside the content
    assert ratios["fragments"].hits == 1


def test_content_not_found_in_its_evidence_is_scored_as_the_whole_evidence():
    made = claimed("a paraphrase of what they said", SENTENCE)
    ratios = score(made, TEXT, ATTRIBUTIONS).ratios
    # the sentence's nine words against the content's seven
    assert ratios["content_f1"].hits == pytest.approx(2 * 7 / (9 + 7))
    assert ratios["fragments"].hits == 0


def test_content_scores_average_over_every_attribution_found_or_not():
    made = claimed("The strikes killed at least 15 people.", SENTENCE)
    ratio = score(made, TEXT, ATTRIBUTIONS).ratios["content_f1"]
    assert (ratio.total, ratio.percent) == (3, pytest.approx(33.3))


def test_a_folder_of_attribution_files_is_read_as_gold(tmp_path):
    import json

    (tmp_path / "001_a.json").write_text(json.dumps({"article": "001_a.txt", **ATTRIBUTIONS}))
    assert list(load_gold(tmp_path)) == ["001_a.txt"]


def test_rules_only_evaluation_needs_no_model(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\n" + TEXT, encoding="utf-8")
    gold = {"a.txt": {"claims": [], "denials": [], "figures": [], "actors": []}}
    result = evaluate_rules(tmp_path, gold)
    assert result["failed"] == {} and "a.txt" in result["articles"]


def test_briefs_already_written_are_scored_and_missing_ones_listed(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT, encoding="utf-8")
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "a.json").write_text(brief().model_dump_json(), encoding="utf-8")
    result = evaluate_briefs(tmp_path, {"a.txt": GOLD, "b.txt": GOLD}, briefs)
    assert list(result["articles"]) == ["a.txt"]
    assert list(result["failed"]) == ["b.txt"]


def test_an_actor_contains_an_alias_only_as_whole_words():
    gold = {**GOLD, "actors": [{"name": "US officials", "aliases": ["US"], "kind": "group"}]}
    made = brief(actors=[Actor(name="Damascus", kind="state"), Actor(name="Russia", kind="state")])
    scores = score_brief(made, TEXT, gold).ratios
    assert scores["actor_precision"].hits == 0


def test_an_entry_named_exactly_is_matched_before_one_only_contained():
    gold = {**GOLD, "actors": [
        {"name": "Russia", "aliases": ["Russian"], "kind": "state"},
        {"name": "Defence ministry", "aliases": ["Russian Defense Ministry"], "kind": "organization"},
    ]}  # fmt: skip
    made = brief(actors=[Actor(name="Russian Defense Ministry", kind="organization"),
                         Actor(name="Russia", kind="state")])  # fmt: skip
    assert score_brief(made, TEXT, gold).ratios["actor_precision"].hits == 2
