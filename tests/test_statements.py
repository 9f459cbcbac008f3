"""Each speaker form the finder knows, on invented sentences."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

from summarizer.text.nlp import load_pipeline
from summarizer.text.statements import Attribution, find_attributions


@lru_cache(maxsize=1)
def _nlp() -> Language:
    return load_pipeline()


def _find(text: str) -> tuple[str, list[Attribution]]:
    return text, find_attributions(_nlp()(text))


def _content(text: str, attribution: Attribution) -> str:
    return text[attribution.content_start : attribution.content_end]


def _by_cue(found: list[Attribution], cue: str) -> Attribution:
    matches = [a for a in found if cue in a.cue]
    assert matches, f"no attribution with cue {cue!r} in {found}"
    return matches[0]


def test_subject_of_reporting_verb() -> None:
    text, found = _find("Mayor Helen Okafor said the bridge would reopen in May.")
    said = _by_cue(found, "said")
    assert said.source == "Helen Okafor"
    assert text[said.source_start or 0 : said.source_end or 0] == "Helen Okafor"
    assert "bridge would reopen" in _content(text, said)
    assert said.kind == "claim" and not said.pronoun


def test_according_to() -> None:
    text, found = _find("According to the Harbor Authority, three ships ran aground overnight.")
    according = _by_cue(found, "According to")
    assert according.source == "Harbor Authority"
    assert "three ships ran aground" in _content(text, according)
    assert according.cue_lemma == "according"  # no word's lemma: the cue form


def test_quotation_speaker_after_and_before() -> None:
    text, found = _find(
        "“We will not raise fares this year,” said Tomas Brandt, the transit director.\n\n"
        "Marta Quill said: “The depot needs a new roof.”"
    )
    after = _by_cue(found, "said")
    assert after.source == "Tomas Brandt"
    assert "raise fares" in _content(text, after)
    before = [a for a in found if a.source == "Marta Quill"]
    assert before and any("new roof" in _content(text, a) for a in before)


def test_possessive_claim() -> None:
    text, found = _find("Officials rejected Ravi Menon's claim that the reservoir was leaking.")
    claim = _by_cue(found, "claim")
    assert claim.source == "Ravi Menon" and claim.kind == "claim"
    assert "reservoir was leaking" in _content(text, claim)
    rejected = _by_cue(found, "rejected")
    assert rejected.kind == "denial" and rejected.denial_kind == "rejection"


def test_passive_by_agent() -> None:
    text, found = _find(
        "The council was accused by the Fenwick Residents Association of hiding costs."
    )
    accused = _by_cue(found, "accused")
    assert accused.source == "Fenwick Residents Association"
    assert "hiding costs" in _content(text, accused)
    assert accused.cue_lemma == "accuse"  # the cue's lemma, kept from the parse


def test_pronoun_resolved_to_nearest_fitting_person() -> None:
    text, found = _find(
        "Governor Alicia Moreno visited the flooded valley on Monday. "
        "She said the state would pay for the repairs."
    )
    said = _by_cue(found, "said")
    assert said.source == "Alicia Moreno" and said.pronoun
    assert text[said.source_start or 0 : said.source_end or 0] == "She"


def test_role_noun_resolved_to_the_named_mention() -> None:
    text, found = _find(
        "Northwind Logistics cut 300 jobs last year.\n\n"
        "The company said on Friday that the cuts were over."
    )
    said = _by_cue(found, "said")
    assert said.source == "Northwind Logistics" and said.pronoun


def test_he_added_stands_for_the_last_speaker_not_the_nearest_name() -> None:
    text, found = _find(
        "“The bridge is safe,” Tomas Brandt said. "
        "Engineer Paul Ruiz inspects the bridge in a photo from 2019. "
        "“We will keep it open,” he added."
    )
    assert _by_cue(found, "added").source == "Tomas Brandt"


def test_a_statement_without_an_owner_is_made_by_the_clauses_subject() -> None:
    _, found = _find("In a statement, Rep. Dana Whitlock reacted to the ruling with dismay.")
    assert [a.source for a in found] == ["Dana Whitlock"]
    _, found = _find("In a statement, Rep. Dana Whitlock reacted, saying: “The ruling is wrong.”")
    assert [a.source for a in found] == ["Dana Whitlock"]
    _, found = _find("In the latest county poll, Dana Whitlock leads by nine points.")
    assert [a.source for a in found] == ["latest county poll"]


def test_a_name_after_an_abbreviated_title_is_the_speaker() -> None:
    for sentence in (
        "“The base will close,” said Army spokesman Navy Capt. Dana Whitlock, who was asked about it.",
        "The base will close, said Det. Sgt. Dana Whitlock of the county police.",
    ):
        _, found = _find(sentence)
        assert [a.source for a in found] == ["Dana Whitlock"], sentence


def test_a_date_is_never_what_it_stands_for() -> None:
    _, found = _find(
        "Residents complained to the mayor in February, when it said the plant would close."
    )
    assert _by_cue(found, "said").source != "February"


def test_relative_who_is_its_head() -> None:
    text, found = _find("The plan was criticised by Jonas Pike, who said it ignored rural towns.")
    said = _by_cue(found, "said")
    assert said.source == "Jonas Pike"


def test_refusals_to_comment_are_no_comment_denials() -> None:
    for sentence, who in (
        ("A spokeswoman for Corvel Bank had no immediate comment.", "spokeswoman for Corvel Bank"),
        ("Corvel Bank declined to comment on the report.", "Corvel Bank"),
        ("Corvel Bank did not respond to a request for comment.", "Corvel Bank"),
    ):
        _, found = _find(sentence)
        refusals = [a for a in found if a.denial_kind == "no_comment"]
        assert refusals, sentence
        assert refusals[0].kind == "denial" and refusals[0].source == who, sentence


def test_someone_who_could_not_be_reached_declined_nothing() -> None:
    assert _cues("Dana Whitlock could not be reached for comment.") == []
    assert _cues("Dana Whitlock could not immediately be contacted on Friday.") == []


def test_refusing_to_act_is_no_statement_and_refusing_to_tell_is_no_comment() -> None:
    assert _cues("The council refused to help the tenants.") == []
    assert _cues("The mayor declined to claim victory on Tuesday night.") == []
    _, found = _find("The governor refused to divulge his plans.")
    assert [a.denial_kind for a in found] == ["no_comment"]


def test_not_elaborating_on_ones_own_words_answers_no_claim() -> None:
    assert _cues("Dana Whitlock did not elaborate.") == []
    text, found = _find("“We never met him,” the campaign said. The campaign did not elaborate.")
    assert [a.cue for a in found] == ["said"]


def test_saying_one_has_no_comment_is_no_comment() -> None:
    for sentence in (
        "A spokesman said the bank does not comment on individual accounts.",
        "“The union has no comment on the dispute,” Dana Whitlock said.",
    ):
        _, found = _find(sentence)
        assert found and {a.denial_kind for a in found} == {"no_comment"}, sentence


def test_saying_it_is_too_early_to_comment_is_no_comment() -> None:
    for sentence in (
        "Dana Whitlock said it was premature to discuss a merger.",
        "Dana Whitlock said it was too early to say whether the plant would close.",
        "Dana Whitlock said it was too soon to comment on the talks.",
    ):
        _, found = _find(sentence)
        assert [a.denial_kind for a in found] == ["no_comment"], sentence


def test_saying_something_came_early_is_a_claim() -> None:
    _, found = _find("Dana Whitlock said the harvest came early this year.")
    assert [(a.kind, a.denial_kind) for a in found] == [("claim", None)]


def test_accusation_is_a_claim_of_the_accuser() -> None:
    _, found = _find("Senator Paul Devlin accused the mayor of wasting public money.")
    accused = _by_cue(found, "accused")
    assert accused.kind == "claim" and accused.source == "Paul Devlin"


def test_denial_and_stated_negation() -> None:
    _, found = _find(
        "The Interior Ministry denied that its officers fired on protesters. "
        "“Our officers did not use live ammunition,” ministry spokesman Karl Ostrander said."
    )
    denied = _by_cue(found, "denied")
    assert denied.kind == "denial" and denied.denial_kind == "denial"
    assert denied.source == "Interior Ministry"
    stated = [a for a in found if a.source == "Karl Ostrander"]
    assert stated and stated[0].kind == "denial" and stated[0].denial_kind == "denial"


def test_prediction_with_negation_is_no_denial() -> None:
    _, found = _find("“We will never give up,” the coach, Ines Bauer, said.")
    said = _by_cue(found, "said")
    assert said.kind == "claim" and said.source == "Ines Bauer"


def test_quotation_carry_over() -> None:
    text, found = _find(
        "“The river rose faster than anyone expected,” said Lena Park, a hydrologist. "
        "“Nobody planned for this. The levees are too old.”\n"
    )
    speakers = {_content(text, a).strip("“” ."): a.source for a in found if a.source == "Lena Park"}
    assert any("levees are too old" in content for content in speakers)
    assert any("Nobody planned for this" in content for content in speakers)


def test_first_person_in_quotation_is_the_speaker() -> None:
    _, found = _find("“I reject that account entirely,” said Owen Hale.")
    reject = _by_cue(found, "reject")
    assert reject.source == "Owen Hale" and reject.denial_kind == "rejection"


def test_labels_are_names_not_clauses() -> None:
    _, found = _find(
        "The Coastal Monitoring Group, a network of volunteers which is based in Brest, "
        "said the spill had spread."
    )
    said = _by_cue(found, "said")
    assert said.source == "Coastal Monitoring Group"
    _, found = _find("There were reports that the dam had cracked, officials said.")
    assert all(a.source != "There" for a in found)


def test_a_vague_quantity_is_no_part_of_the_speaker() -> None:
    _, found = _find("Dozens of farmers said the new road had cut them off from the market.")
    assert _by_cue(found, "said").source == "farmers"


def _cues(text: str) -> list[str]:
    return [a.cue for a in _find(text)[1]]


def test_a_verb_of_backing_or_acting_on_a_position_is_no_statement() -> None:
    for text in (
        "The union supports the new contract.",
        "Now the ministry is focusing on the northern province.",
        "Government jets targeted the rebel camps on Sunday.",
        "The mayor pushed for a later vote on the budget.",
        "The board decided to proceed with the merger.",
    ):
        assert _cues(text) == [], text


def test_seeking_aiming_or_showing_interest_is_no_statement() -> None:
    for text in (
        "Tenants sought shelter in the school gym.",
        "The campaign aims to register young voters.",
        "Many buyers have expressed interest in the land.",
        "The delays raised the possibility of a second strike.",
    ):
        assert _cues(text) == [], text


def test_a_verb_with_a_statement_sense_counts_only_in_that_sense() -> None:
    assert _cues("The council agreed to the new budget on Monday.") == []
    assert _cues("The council agreed that the budget was too small.") == ["agreed"]
    assert _cues("Prosecutors charged the driver with manslaughter.") == []
    assert _cues("The senator charged that the agency had hidden the data.") == ["charged"]
    assert _cues("The army attacked the town at dawn.") == []
    assert _cues("The opposition attacked the budget as a giveaway to landlords.") == ["attacked"]


def test_a_telephone_call_is_no_statement_and_a_call_for_something_is() -> None:
    assert _cues("A year later, the president called the widow.") == []
    assert _cues("The governor called for an inquiry into the fire.") == ["called for"]
    assert _cues("The union called off its strike on Friday.") == []


def test_a_verb_of_acting_inside_a_quotation_is_the_speakers_own_statement() -> None:
    text, found = _find("“We have not agreed to any deal,” the minister said.")
    assert any(a.source == "minister" and a.kind == "denial" for a in found)


def test_a_cue_inside_a_quotation_with_its_subject_there_is_the_speakers_words() -> None:
    text, found = _find("“The governor spoke of a new bridge,” the aide said.")
    assert [(a.cue, a.source) for a in found] == [("said", "aide")]
    text, found = _find("“Who do they think they are?” Marta Quill asked.")
    assert all(a.cue != "think" for a in found)


def test_a_he_said_inside_a_quotation_left_open_is_still_the_cue() -> None:
    text, found = _find("Marta Quill said: “The roof leaks, he said, and the buses get wet.")
    assert "said" in [a.cue for a in found]


def test_a_quotation_over_several_sentences_is_one_statement() -> None:
    text, found = _find(
        "“The depot needs a new roof. The buses get wet,” said Marta Quill, the director. "
        "“We asked for the money in May.”"
    )
    quill = [a for a in found if a.source == "Marta Quill"]
    assert len(quill) == 1
    content = _content(text, quill[0])
    assert content.startswith("“The depot") and content.endswith("in May.”")


def test_another_speakers_statement_ends_a_quotation_run() -> None:
    text, found = _find(
        "“The depot needs a new roof,” said Marta Quill. Tomas Brandt said the roof was fine. "
        "“We asked for the money in May,” Quill said."
    )
    quill = {a.sentence_start for a in found if a.source and "Quill" in a.source}
    assert len(quill) == 2


def test_a_time_or_a_manner_is_not_what_was_said() -> None:
    text, found = _find("Lashing out, the mayor said the council's plan “is a disgrace.”")
    said = _by_cue(found, "said")
    assert "Lashing" not in _content(text, said)
    assert "disgrace" in _content(text, said)
    assert _cues("The minister will testify on Thursday.") == []


def test_a_gerund_that_a_verb_reports_is_its_content() -> None:
    text, found = _find("In her filing, the senator reported holding shares in two airlines.")
    assert _content(text, _by_cue(found, "reported")).startswith("holding shares")


def test_refusing_a_request_or_not_denying_is_no_denial() -> None:
    assert _cues("The judge denied bail to the driver on Friday.") == []
    assert _cues("The company has not denied the report.") == []
    assert _cues("The company denied the report.") == ["denied"]


def test_what_is_rejected_keeps_who_made_it_and_what_they_said() -> None:
    text, found = _find(
        "The ministry rejected an allegation by a watchdog group that its troops shelled a market."
    )
    content = _content(text, _by_cue(found, "rejected"))
    assert content.endswith("that its troops shelled a market")
    text, found = _find(
        "Obama repeated his contention that identifying the group as Islamic would only help it."
    )
    assert [a.cue for a in found] == ["repeated"]
    assert _content(text, found[0]).endswith("would only help it")


def test_rejecting_what_was_not_said_refuses_it_and_denies_nothing() -> None:
    assert _cues("The union rejected the offer on Friday.") == []
    assert _cues("The campaign rejected those dates for a debate.") == []
    assert _cues("The union rejected the allegations.") == ["rejected"]
    assert _cues("The union rejected the idea that it had broken the deal.") == ["rejected"]


def test_what_a_speaker_says_others_must_say_is_part_of_her_words() -> None:
    text, found = _find("“The council must reject this plan,” the mayor said.")
    assert [a.source for a in found] == ["mayor"]


def test_what_a_passive_reports_is_the_noun_phrase_it_describes() -> None:
    text, found = _find(
        "The sale of six ferries to the harbour board, first reported by the Gazette, "
        "went ahead on Monday."
    )
    reported = _by_cue(found, "reported")
    assert reported.source == "Gazette"
    assert _content(text, reported) == "The sale of six ferries to the harbour board"


def test_a_thing_does_not_speak_through_a_verb_it_hangs_on() -> None:
    assert _cues("The shipment went ahead despite pledging to cut arms sales.") == []
    assert _cues("The minister went ahead despite pledging to cut arms sales.") == ["pledging"]


def test_a_verb_aimed_only_at_a_name_says_nothing_a_reader_can_repeat() -> None:
    assert _cues("Senator Alma Ruiz criticized Governor Dale Pike on Friday.") == []
    assert _cues("The mayor praised her.") == []


def test_a_quotation_after_a_verb_aimed_at_a_name_is_what_was_said() -> None:
    text, found = _find("The mayor criticized him: “He has wasted the harbour fund.”")
    (criticized,) = found
    assert _content(text, criticized) == "“He has wasted the harbour fund.”"


def test_an_endorsement_is_an_act_not_a_statement() -> None:
    assert _cues("The dockworkers' union endorsed the mayor's bid for a second term.") == []


def test_the_terms_on_which_someone_speaks_are_not_what_they_said() -> None:
    assert _cues("Two officials spoke to the Gazette on condition of anonymity.") == []


def test_a_topic_after_a_time_is_what_a_speaker_spoke_about() -> None:
    text, found = _find("The minister spoke on Monday about how the ferry strike would end.")
    (spoke,) = found
    assert _content(text, spoke) == "how the ferry strike would end"


def test_praise_or_a_remark_about_a_noun_phrase_only_is_no_claim() -> None:
    assert _cues("The mayor praised the new ferry timetable.") == []
    assert _cues("The minister gave his assessment of the ferry strike.") == []
    assert _cues("The mayor joked about the harbour's seagulls.") == []


def test_a_predicate_on_the_object_or_a_reported_fact_is_a_claim() -> None:
    assert _cues("The mayor deemed the deal a fair trade-off.") == ["deemed"]
    assert _cues("The mayor reported income of $5,000 from the ferry company.") == ["reported"]


def test_a_word_or_two_in_quotation_marks_is_no_statement() -> None:
    assert _cues("The mayor said “impact,” and left.") == []


def test_a_statement_someone_should_or_might_make_is_not_made() -> None:
    text, found = _find("The mayor said councillors should not comment on the inquiry.")
    assert [a.cue for a in found] == ["said"]
    assert _cues("It is rare for a judge to criticize a candidate in public.") == []


def test_a_speakers_own_hedge_is_still_said() -> None:
    assert "argue" in _cues("“I would argue that the fund was wasted,” the mayor said.")


def test_a_vow_with_a_negation_is_no_denial() -> None:
    (said,) = _find("“We are not going to let that stand,” the mayor said.")[1]
    assert said.kind == "claim"


def test_a_document_that_contradicts_a_statement_denies_nothing() -> None:
    _, found = _find("The audit contradicted the mayor's claim that the fund was untouched.")
    assert _by_cue(found, "contradicted").kind == "claim"


def test_responding_in_kind_is_no_refusal_to_comment() -> None:
    assert _cues("The mayor did not respond in kind.") == []


def test_details_not_disclosed_are_nobodys_refusal() -> None:
    assert _cues("Details of the settlement have not been disclosed.") == []


def test_a_name_in_quotation_marks_after_a_quotation_is_not_its_speakers_words() -> None:
    text, found = _find(
        "The harbour master told reporters, “We cannot comment on that.”\n\n"
        "The “Sea Lion” ferries, as sailors call them, are known as “Lions” in port."
    )
    assert all(a.content_start < text.index("The “Sea Lion”") for a in found)


def test_a_thing_that_promises_or_threatens_says_what_is_likely_not_a_statement() -> None:
    assert _cues("The debate promised to be a crucial moment for the mayor.") == []
    assert _cues("The storm threatened to close the harbour.") == []
    assert _cues("The mayor threatened to close the harbour.") == ["threatened"]


def test_maintaining_a_lead_is_no_statement_and_maintaining_that_is() -> None:
    assert _cues("The mayor maintains a comfortable lead in the polls.") == []
    assert _cues("The mayor maintained that the fund was never touched.") == ["maintained"]


def test_a_statement_put_out_by_someone_is_theirs() -> None:
    _, found = _find("The harbour board issued a statement saying the ferries were safe.")
    assert [(a.cue, a.source) for a in found] == [("saying", "harbour board")]


def test_a_target_of_a_passive_challenge_is_no_speaker() -> None:
    assert _cues("The mayor was challenged over the ferry contract.") == []


def test_what_seems_so_to_the_writer_is_nobodys_statement() -> None:
    assert _cues("The mayor seemed to mock the harbour board.") == []


def test_a_speakers_negation_about_someone_else_is_a_remark_not_a_denial() -> None:
    (said,) = _find("“He has no plan for the harbour,” the mayor said.")[1]
    assert said.kind == "claim"


def test_a_speakers_negation_about_her_own_side_denies() -> None:
    (said,) = _find("“We did not touch the harbour fund,” the mayor said.")[1]
    assert said.kind == "denial"


def test_a_preposition_the_parse_takes_for_a_subject_is_no_speaker() -> None:
    _, found = _find("Of the mayor, Levine, who owns a ferry, said, “She is a fine sailor.”")
    assert all(a.source != "Of" for a in found)


def test_she_is_not_the_husband_named_beside_her() -> None:
    text, found = _find(
        "Ana Ruiz, a teacher from Leeds, said the ferry was late. Along with her husband, "
        "Tomas Ruiz, a pilot, she has sailed for years. She said the timetable was a joke."
    )
    assert [a.source for a in found if "timetable" in _content(text, a)] == ["Ana Ruiz"]


def test_a_quotation_ends_where_the_writer_goes_on_in_a_clause_of_their_own() -> None:
    text, found = _find(
        "The mayor said: “I have always kept the harbour fund apart,” but in fact the fund "
        "paid for her car."
    )
    said = _by_cue(found, "said")
    assert _content(text, said) == "“I have always kept the harbour fund apart,”"


def test_a_negation_that_answers_nobody_is_a_claim() -> None:
    (said,) = _find("No city has lost more ferries than ours, the mayor said.")[1]
    assert said.kind == "claim"


def test_a_negation_about_a_third_party_that_answers_no_claim_is_a_claim() -> None:
    (added,) = _find("The rival ferry line did not rise above the storm, the analyst added.")[1]
    assert added.kind == "claim"


def test_a_negation_that_answers_another_speakers_claim_denies() -> None:
    text, found = _find(
        "The union said the harbour board had sold the ferries in secret.\n\n"
        "The board's chairwoman said the ferries had not been sold in secret."
    )
    chairwoman = next(a for a in found if a.source == "board's chairwoman")
    assert chairwoman.kind == "denial"


def test_a_negation_after_a_denial_goes_on_with_it() -> None:
    _, found = _find(
        "The ministry rejected the allegation. "
        "“Our planes do not strike towns,” its spokesman, Ivo Marek, said."
    )
    said = next(a for a in found if a.source == "Ivo Marek")
    assert said.kind == "denial"


def test_a_speaker_who_denies_it_of_herself_denies() -> None:
    (said,) = _find("The mayor said that she did not sign the contract.")[1]
    assert said.kind == "denial"


def test_a_refusal_in_someone_elses_quotation_is_their_charge() -> None:
    text, found = _find("“The mayor refused to even answer the question,” the senator said.")
    assert [(a.source, a.kind) for a in found] == [("senator", "claim")]


def test_a_first_person_rejection_is_the_quotation_not_the_tag_after_it() -> None:
    text, found = _find("“I fundamentally disagree,” said Jane Roe, who advised the harbour board.")
    disagree = _by_cue(found, "disagree")
    assert disagree.kind == "denial"
    assert _content(text, disagree) == "“I fundamentally disagree,”"


def test_a_refusal_ends_where_the_writer_goes_on() -> None:
    text, found = _find(
        "The senator would not say whether he has a plan for the harbour, and he insisted on "
        "Wednesday that he is still in the race."
    )
    refusal = next(a for a in found if a.denial_kind == "no_comment")
    assert _content(text, refusal) == "would not say whether he has a plan for the harbour"
    insisted = _by_cue(found, "insisted")
    assert _content(text, insisted) == "that he is still in the race"


def test_some_of_a_documents_findings_deny_nothing() -> None:
    _, found = _find(
        "Several of the audit's findings contradicted the mayor's claim that it was safe."
    )
    assert _by_cue(found, "contradicted").kind == "claim"


def test_a_contradiction_of_only_a_noun_phrase_says_nothing_a_reader_can_repeat() -> None:
    assert _cues("The audit contradicted the mayor's account of the fund.") == []


def test_nothing_said_so_far_refuses_nothing_and_claims_nothing() -> None:
    assert _cues("The mayor has not yet responded to the senator's remarks.") == []
    assert _cues("The senator hasn't said whether he has a plan for the harbour.") == []


def test_a_request_left_unanswered_so_far_is_a_refusal() -> None:
    (refusal,) = _find("The mayor has not responded to requests for comment.")[1]
    assert refusal.denial_kind == "no_comment"


def test_a_pronoun_opening_reported_words_stands_for_the_speaker_it_fits() -> None:
    (said,) = _find("Mayor Jane Roe said she would resign in May.")[1]
    assert said.stands_for == "Jane Roe"
    (said,) = _find("The harbour board said it had hidden nothing from the inspectors.")[1]
    assert said.stands_for == "harbour board"


def test_an_it_that_holds_a_place_for_a_clause_stands_for_nothing() -> None:
    (said,) = _find("The mayor said it was clear that the plan had failed.")[1]
    assert said.stands_for is None


def test_a_pronoun_a_statement_is_aimed_at_is_not_its_speaker() -> None:
    _, found = _find("The senator described him as unfit for office.")
    assert all(a.stands_for is None for a in found)


def test_a_pronoun_before_its_tag_is_not_taken_for_the_speaker() -> None:
    (said,) = _find("She left the harbour board early, Tom Reyes said.")[1]
    assert said.stands_for is None


def test_an_owner_pronoun_that_opens_the_subject_stands_for_whom_it_fits() -> None:
    text, found = _find(
        "Mrs. Jane Roe unveiled a tax plan on Monday.\n\n"
        "“Her instinct is to be cautious,” said Tom Bell, a former labor secretary."
    )
    assert _by_cue(found, "said").stands_for == "Jane Roe"


def test_an_owner_pronoun_after_the_cue_is_the_speakers_only_if_the_gender_says_so() -> None:
    (said,) = _find("Tom Reyes testified that her report was accurate.")[1]
    assert said.stands_for is None
    (said,) = _find("Mayor Jane Roe said her report was accurate.")[1]
    assert said.stands_for is None  # nothing in the article says Roe is a woman
    _, found = _find("Mrs. Jane Roe said her report was accurate.")
    assert _by_cue(found, "said").stands_for == "Jane Roe"


def test_a_saying_verb_with_words_of_its_own_inside_a_quotation_is_no_tag() -> None:
    text, found = _find(
        "Director Tom Bell testified on Tuesday.\n\n"
        "“I have said that what I told the board, which he said was truthful, is what I said "
        "publicly,” Mrs. Jane Roe said."
    )
    quoted = [a for a in found if "which he said was truthful" in _content(text, a)]
    assert [a.source for a in quoted] == ["Jane Roe"]


def test_a_content_does_not_end_on_a_conjunction_whose_clause_is_gone() -> None:
    text, found = _find(
        "The group polled the race in May and again two weeks ago, and Smith is far ahead, "
        "the group said."
    )
    said = _by_cue(found, "said")
    content = _content(text, said)
    assert content.startswith("The group polled the race")
    assert content.split()[-1] != "and"


def test_holding_views_on_a_topic_says_no_view_and_a_view_that_does() -> None:
    assert _cues("The senators had opposing views on harbour funding.") == []
    assert _cues("The senator took the view that the harbour was safe.") == ["took"]


def test_wanting_planning_and_advocating_are_no_statements() -> None:
    assert _cues("The council wants to close the harbour.") == []
    assert _cues("The mayor plans to run again next year.") == []
    assert _cues("Others advocated a tougher line on the ferry company.") == []


def test_what_was_sent_without_its_words_is_no_statement() -> None:
    assert _cues("The mayor tweeted a photo of the flooded harbour.") == []
    assert _cues("The mayor wrote a letter to the council.") == []
    assert _cues("The mayor tweeted that the harbour would close.") == ["tweeted"]
