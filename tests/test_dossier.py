"""The dossier: actors merged across articles, the claim ledger, figure conflicts; the five
seeds replayed from their cassettes, and the rules on hand-made briefs."""

from __future__ import annotations

import json

import pytest

from summarizer import (
    Actor,
    Brief,
    Claim,
    Denial,
    Dossier,
    Evidence,
    Figure,
    Provenance,
    Usage,
    dossier_to_markdown,
    to_json,
)
from summarizer.cli import main
from summarizer.dossier.cross_reference import figure_pairs
from summarizer.dossier.identity import ActorIndex
from summarizer.dossier.ledger import candidate_pairs, items_of, settled_pairs

from .conftest import CASSETTES_DIR, SEED_PATHS, stub_cli_args
from .stub import for_step

# --- the seeds --------------------------------------------------------------------------


def _actor(dossier: Dossier, name: str):
    found = [a for a in dossier.actors if a.name == name or name in a.aliases]
    assert len(found) == 1, f"{name}: {found}"
    return found[0]


def _links(dossier: Dossier, relation: str, source: str, target: str):
    """Links whose `from` quote contains `source` and whose `to` quote contains `target`."""
    return [
        link
        for link in dossier.links
        if link.relation == relation and source in link.source.quote and target in link.target.quote
    ]


def test_the_seeds_dossier_names_every_source(seed_dossier):
    assert [s.article for s in seed_dossier.sources] == [p.name for p in SEED_PATHS]
    assert not seed_dossier.dropped


def test_russia_the_russian_federation_and_moscow_are_one_actor(seed_dossier):
    russia = _actor(seed_dossier, "Russia")
    assert {russia.name, *russia.aliases} >= {"Russia", "Russian Federation", "Moscow"}


def test_konashenkov_is_one_actor_in_two_articles(seed_dossier):
    konashenkov = _actor(seed_dossier, "Igor Konashenkov")
    assert konashenkov.kind == "person"
    assert len(konashenkov.articles) == 2


def test_putin_is_one_actor_in_four_articles(seed_dossier):
    assert len(_actor(seed_dossier, "Vladimir Putin").articles) == 4


def test_every_link_end_is_verbatim_in_its_own_article(seed_dossier, seed_texts):
    assert seed_dossier.links
    for link in seed_dossier.links:
        for end in (link.source, link.target):
            assert seed_texts[end.article][end.start : end.end] == end.quote


def test_the_defense_ministrys_denial_answers_the_observatorys_claim(seed_dossier):
    assert _links(seed_dossier, "denies", "Russian Defense Ministry rejected", "Observatory")


def test_the_denial_from_hollandes_side_answers_putins_account_of_his_idea(seed_dossier):
    links = _links(seed_dossier, "denies", "source close to Francois Hollande", "")
    assert any("Putin" in link.target.speaker for link in links)


def test_bulgarias_no_pressure_answers_bogdanovs_allegation(seed_dossier):
    assert _links(seed_dossier, "denies", "did not receive any pressure", "pressured Bulgaria")


def test_a_links_rationale_shows_both_contents_side_by_side(seed_dossier):
    assert seed_dossier.links
    for link in seed_dossier.links:
        said = " ".join(link.target.statement.split())
        assert said in link.rationale and " against " in link.rationale


def test_figure_conflicts_quote_both_reports_verbatim(seed_dossier, seed_texts):
    for conflict in seed_dossier.figure_conflicts:
        assert len({r.article for r in conflict.reports}) == 2
        for report in conflict.reports:
            assert seed_texts[report.article][report.start : report.end] == report.quote


def test_links_are_written_with_from_and_to(seed_dossier):
    document = json.loads(to_json(seed_dossier))
    assert {"actors", "links", "figure_conflicts"} <= document.keys()
    link = document["links"][0]
    assert {"relation", "from", "to", "rationale"} <= link.keys()
    assert {"article", "quote", "start", "end"} <= link["from"].keys()
    assert Dossier.model_validate(document) == seed_dossier


def test_the_markdown_shows_actors_ledger_conflicts_and_sources(seed_dossier):
    text = dossier_to_markdown(seed_dossier)
    for heading in ("## Who said what", "## Claim ledger", "## Figure conflicts", "## Sources"):
        assert heading in text
    assert "**denies**" in text
    assert "dropped: 0" in text


def test_the_cli_writes_the_seeds_dossier_offline(tmp_path):
    out = tmp_path / "dossier.json"
    code = main(
        ["dossier", *map(str, SEED_PATHS), "--replay", "--cassettes", str(CASSETTES_DIR),
         "--format", "json", "-o", str(out)]
    )  # fmt: skip
    assert code == 0
    assert Dossier.model_validate_json(out.read_text()).links


def test_a_bad_file_is_reported_and_the_others_still_make_the_dossier(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    code = main(
        ["dossier", *map(str, SEED_PATHS), str(empty), "--replay",
         "--cassettes", str(CASSETTES_DIR), "-o", str(tmp_path / "d.md")]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "empty.txt: the article is empty" in err
    assert "Traceback" not in err
    assert "## Claim ledger" in (tmp_path / "d.md").read_text()


def test_replaying_a_set_of_articles_never_recorded_is_a_clear_error(capsys, tmp_path):
    code = main(
        ["dossier", *map(str, SEED_PATHS[:2]), "--replay", "--cassettes", str(CASSETTES_DIR)]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "no cassette" in err and "dossier-" in err


# --- the rules, on hand-made briefs -----------------------------------------------------


def _brief(source: str, text: str, actors: list[Actor], claims=(), denials=()) -> Brief:
    return Brief(
        title=source,
        summary="",
        actors=actors,
        claims=list(claims),
        denials=list(denials),
        provenance=Provenance(
            source=source, article_sha256=source, model="m", endpoint="replay",
            prompt_versions={}, usage=Usage(),
        ),
    )  # fmt: skip


def _evidence(text: str, quote: str) -> Evidence:
    start = text.index(quote)
    return Evidence(quote=quote, start=start, end=start + len(quote))


def _unrelated(*said: str) -> list[Brief]:
    """Briefs of claims about other things, which the word index needs to tell a rare word
    from a common one."""
    briefs = []
    for n, other in enumerate(said):
        text = f"Mayor{n} said {other}."
        briefs.append(_brief(f"c{n}", text, [], claims=[
            Claim(speaker=f"Mayor{n}", statement=other, presentation="asserted",
                  evidence=_evidence(text, text))]))  # fmt: skip
    return briefs


def test_a_description_names_one_body_in_one_article_only():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Ruritanian Foreign Ministry", kind="organization",
                                   aliases=["the ministry"])]),
            _brief("b", "", [Actor(name="Freedonian Defence Ministry", kind="organization",
                                   aliases=["the ministry"])]),
        ]
    )  # fmt: skip
    merged = {a.name: a.aliases for a in index.actors}
    assert merged == {
        "Ruritanian Foreign Ministry": ["the ministry"],
        "Freedonian Defence Ministry": ["the ministry"],
    }


def test_a_spokesman_is_never_merged_with_the_body_he_speaks_for():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Kremlin", kind="organization")]),
            _brief("b", "", [Actor(name="Kremlin", kind="person", aliases=["Kremlin"])]),
        ]
    )
    kinds = sorted(a.kind for a in index.actors)
    assert kinds == ["organization", "person"]


def test_officials_and_a_minister_speak_for_their_state_and_are_not_merged_with_it():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Ruritania", kind="state"),
                             Actor(name="Ruritanian officials", kind="group",
                                   speaks_for="Ruritania")]),
            _brief("b", "", [Actor(name="Ruritania", kind="state"),
                             Actor(name="Jan Novak", kind="person",
                                   role="Ruritanian Foreign Minister", speaks_for="Ruritania")]),
        ]
    )  # fmt: skip
    actors = {a.name: a for a in index.actors}
    assert actors["Ruritania"].aliases == []
    assert actors["Ruritanian officials"].speaks_for == ["Ruritania"]
    assert actors["Jan Novak"].speaks_for == ["Ruritania"]
    assert index.ambiguous_pairs() == []  # "Ruritania" / "Ruritanian officials": no question


def test_a_state_and_its_army_are_never_asked_about_as_one_actor():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Ruritania", kind="state")]),
            _brief("b", "", [Actor(name="Ruritania army", kind="organization")]),
        ]
    )
    assert index.ambiguous_pairs() == []


def test_a_surname_joins_the_full_name_but_two_first_names_stay_apart():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Igor Konashenkov", kind="person")]),
            _brief("b", "", [Actor(name="Konashenkov", kind="person")]),
            _brief("c", "", [Actor(name="Ivan Konashenkov", kind="person")]),
        ]
    )
    names = sorted(a.name for a in index.actors)
    assert len(names) == 2
    assert "Ivan Konashenkov" in names


def test_an_acronym_joins_the_name_it_abbreviates():
    index = ActorIndex(
        [
            _brief(
                "a", "", [Actor(name="Syrian Observatory for Human Rights", kind="organization")]
            ),
            _brief("b", "", [Actor(name="SOHR", kind="organization")]),
        ]
    )
    [actor] = index.actors
    assert actor.aliases == ["SOHR"] and actor.articles == ["a", "b"]


def test_spelling_variants_are_one_actor():
    index = ActorIndex(
        [
            _brief("a", "", [Actor(name="Russian Defence Ministry", kind="organization")]),
            _brief("b", "", [Actor(name="Russian Defense Ministry", kind="organization")]),
        ]
    )
    assert len(index.actors) == 1


def test_candidate_pairs_grow_linearly_with_the_statements():
    # n articles, each a claim and its denial, all on one topic: every pair shares words,
    # yet each statement keeps only its best few candidates.
    briefs = []
    for n in range(40):
        text = (
            f"Officials{n} said the convoy carried aid. Ministers{n} denied the convoy carried aid."
        )
        claim_quote, denial_quote = text.split(". ")
        claim_quote += "."
        briefs.append(
            _brief(
                f"art{n}", text, [],
                claims=[Claim(speaker=f"Officials{n}", statement="the convoy carried aid",
                              presentation="reported",
                              evidence=_evidence(text, claim_quote))],
                denials=[Denial(speaker=f"Ministers{n}", denied="the convoy carried aid",
                                kind="denial",
                                evidence=_evidence(text, denial_quote))],
            )
        )  # fmt: skip
    items = items_of(briefs, lambda article, actor: actor)
    pairs = candidate_pairs(items, per_denial=3, per_denial_elsewhere=2, per_claim=1)
    assert 40 <= len(pairs) <= 5 * 40 + 1 * 40
    assert len(pairs) < len(items) ** 2 / 10


def test_a_content_that_names_only_a_topic_is_never_paired():
    text = "The alliance criticised Ruritania. Ruritania denied that it had shelled the port."
    criticised, denied = (
        text.split(" Ruritania denied")[0],
        "Ruritania denied" + text.split(" Ruritania denied")[1],
    )
    brief = _brief(
        "a", text, [],
        claims=[Claim(speaker="alliance", cue="criticised", statement="Ruritania",
                      presentation="asserted", evidence=_evidence(text, criticised))],
        denials=[Denial(speaker="Ruritania", denied="that it had shelled the port",
                        kind="denial", evidence=_evidence(text, denied))],
    )  # fmt: skip
    items = items_of([brief], lambda article, actor: actor)
    assert [item.kind for item in items] == ["denial"]
    assert candidate_pairs(items) == []


def test_statements_are_paired_by_what_they_say_not_by_their_sentences():
    said = "Officials in Ruritania's capital said the convoy carried weapons."
    answers = (
        "The mayor of Ruritania's capital denied that the harvest had failed. "
        "Freedonia's envoy denied that the convoy carried weapons."
    )
    harvest, convoy = answers.split(" Freedonia")[0], "Freedonia" + answers.split(" Freedonia")[1]
    briefs = [
        _brief("a", said, [], claims=[
            Claim(speaker="Officials", statement="the convoy carried weapons",
                  presentation="asserted", evidence=_evidence(said, said))]),
        _brief("b", answers, [], denials=[
            Denial(speaker="mayor", denied="that the harvest had failed", kind="denial",
                   evidence=_evidence(answers, harvest)),
            Denial(speaker="Freedonia's envoy", denied="that the convoy carried weapons",
                   kind="denial", evidence=_evidence(answers, convoy))]),
    ]  # fmt: skip
    pairs = candidate_pairs(items_of(briefs, lambda article, actor: actor))
    assert [pair.response.speaker for pair in pairs] == ["Freedonia's envoy"]


def test_a_denial_that_points_back_is_never_paired_across_articles():
    said = "Officials said the convoy carried weapons to the port."
    answer = "The envoy said: “I have no such information on the convoy's weapons or port.”"
    briefs = [
        _brief("a", said, [], claims=[
            Claim(speaker="Officials", statement="the convoy carried weapons to the port",
                  presentation="asserted", evidence=_evidence(said, said))]),
        _brief("b", answer, [], denials=[
            Denial(speaker="envoy",
                   denied="I have no such information on the convoy's weapons or port",
                   kind="denial", evidence=_evidence(answer, answer))]),
    ]  # fmt: skip
    briefs += _unrelated(
        "the harvest failed this year", "the bridge reopened on Monday", "taxes rose again"
    )
    items = items_of(briefs, lambda article, actor: actor)
    assert candidate_pairs(items) == []
    # Without the pointing "such", the same words make the pair.
    briefs[1] = _brief("b", answer, [], denials=[
        Denial(speaker="envoy", denied="that the convoy carried weapons to the port",
               kind="denial", evidence=_evidence(answer, answer))])  # fmt: skip
    assert len(candidate_pairs(items_of(briefs, lambda article, actor: actor))) == 1


@pytest.mark.usefixtures("stub_environment")
def test_questions_the_model_cannot_answer_are_listed_and_the_exit_is_1(stub, capsys, tmp_path):
    stub.faults = for_step("DeniesAnswer", "refusal")
    out = tmp_path / "dossier.json"
    code = main(
        ["dossier", *map(str, SEED_PATHS), "--format", "json", "-o", str(out),
         *stub_cli_args(stub)]
    )  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "unanswered (denied_claim)" in err and "refused" in err
    dropped = Dossier.model_validate_json(out.read_text()).dropped
    assert dropped and all(d.step == "denied_claim" for d in dropped)


def _figure_brief(source: str, text: str, counts: str, unit: str | None = "people") -> Brief:
    figure = Figure(
        value=float(text.split()[0].replace(",", "")), unit=unit, counts=counts, text=text,
        evidence=_evidence(text, text),
    )  # fmt: skip
    return _brief(source, text, []).model_copy(update={"figures": [figure]})


def test_figures_of_one_quantity_with_different_values_are_compared():
    briefs = [
        _figure_brief("a", "15 people", "people killed by the strikes"),
        _figure_brief("b", "20 people", "people killed by the strikes in Idlib"),
        _figure_brief("c", "20 people", "people killed by the strikes", unit="civilians"),
        _figure_brief("d", "30 people", "refugees who crossed the border"),
    ]
    assert [(a.article, b.article) for a, b in figure_pairs(briefs)] == [("a", "b")]


def test_statements_of_one_side_never_answer_each_other():
    # Ruritania's denial and its foreign minister's claim: one side, no dispute.
    text = (
        "Foreign Minister Jan Novak said the convoy carried weapons to the port. "
        "Ruritania denied that the convoy carried weapons to the port."
    )
    said, denied = text.split(". ")
    brief = _brief(
        "a", text,
        [Actor(name="Ruritania", kind="state"),
         Actor(name="Jan Novak", kind="person", role="Ruritanian Foreign Minister",
               speaks_for="Ruritania")],
        claims=[Claim(speaker="Jan Novak", actor="Jan Novak",
                      statement="the convoy carried weapons to the port",
                      presentation="asserted", evidence=_evidence(text, said))],
        denials=[Denial(speaker="Ruritania", actor="Ruritania",
                        denied="that the convoy carried weapons to the port", kind="denial",
                        evidence=_evidence(text, denied))],
    )  # fmt: skip
    index = ActorIndex([brief])
    assert candidate_pairs(items_of([brief], index.canonical, index.sides())) == []
    assert len(candidate_pairs(items_of([brief], index.canonical))) == 1


def test_a_denial_in_another_article_must_share_more_than_one_in_its_own():
    claim = "Officials said the convoy that left the port on Monday carried weapons and fuel."
    denial = "The envoy denied that weapons were aboard."
    briefs = [
        _brief("a", claim, [], claims=[
            Claim(speaker="Officials", statement="the convoy that left the port on Monday "
                  "carried weapons and fuel", presentation="asserted",
                  evidence=_evidence(claim, claim))]),
        _brief("b", denial, [], denials=[
            Denial(speaker="envoy", denied="that weapons were aboard", kind="denial",
                   evidence=_evidence(denial, denial))]),
    ]  # fmt: skip
    briefs += _unrelated("the harvest failed this year", "taxes rose again")
    items = items_of(briefs, lambda article, actor: actor)
    assert candidate_pairs(items) == []
    assert len(candidate_pairs(items, elsewhere_threshold=0.0)) == 1


def test_two_claims_that_share_one_word_are_never_paired():
    a_text = "Officials said the harbour matters to the whole region."
    b_text = "The mayor said the matter of the bridge would wait for May."
    briefs = [
        _brief("a", a_text, [], claims=[
            Claim(speaker="Officials", statement="the harbour matters to the whole region",
                  presentation="asserted", evidence=_evidence(a_text, a_text))]),
        _brief("b", b_text, [], claims=[
            Claim(speaker="mayor", statement="the matter of the bridge would wait for May",
                  presentation="asserted", evidence=_evidence(b_text, b_text))]),
    ]  # fmt: skip
    briefs += _unrelated("the harvest failed this year", "taxes rose again")
    items = items_of(briefs, lambda article, actor: actor)
    assert candidate_pairs(items, claim_threshold=0.0) == []


def test_a_refusal_is_linked_to_the_claim_its_words_name_or_point_back_at():
    text = (
        "Officials refused to comment on reports saying the convoy carried weapons. "
        "The envoy said the port was closed. A spokesman said: “We cannot comment on that.”"
    )
    refused, said, pointer = (
        "Officials refused to comment on reports saying the convoy carried weapons.",
        "The envoy said the port was closed.",
        "A spokesman said: “We cannot comment on that.”",
    )
    brief = _brief(
        "a", text, [],
        claims=[Claim(speaker="reports", statement="the convoy carried weapons",
                      presentation="reported", evidence=_evidence(text, refused)),
                Claim(speaker="envoy", statement="the port was closed",
                      presentation="asserted", evidence=_evidence(text, said))],
        denials=[Denial(speaker="Officials", denied="refused to comment on reports saying "
                        "the convoy carried weapons", kind="no_comment",
                        evidence=_evidence(text, refused)),
                 Denial(speaker="spokesman", denied="We cannot comment on that",
                        kind="no_comment", evidence=_evidence(text, pointer))],
    )  # fmt: skip
    items = items_of([brief], lambda article, actor: actor)
    settled = {(p.response.speaker, p.claim.statement) for p in settled_pairs(items)}
    assert settled == {
        ("Officials", "the convoy carried weapons"),
        ("spokesman", "the port was closed"),
    }
    assert candidate_pairs(items) == []  # a refusal is never a question to the model
