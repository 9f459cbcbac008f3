"""The words that cue a statement in news English, by lemma, and what kind each one is.

These lists come from general English: verbs of saying, writing and reporting, of stance
(believe, fear), of showing (a poll shows), the nouns they make (claim, allegation), the
verbs of denying and rejecting, and the phrases of refusing to comment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from spacy.tokens import Token

DenialKind = Literal["denial", "rejection", "no_comment"]
StatementKind = Literal["claim", "denial"]

# Verbs that report speech, writing or a stated position.
SAYING = frozenset(
    """say tell state claim allege assert contend maintain insist argue declare announce
    report confirm acknowledge admit concede add note observe remark comment explain write
    tweet post testify warn caution predict forecast estimate suggest propose recommend urge
    ask question reply respond answer counter retort repeat reiterate stress emphasize
    emphasise mention reveal disclose indicate imply hint promise pledge vow threaten boast
    brag complain lament accuse blame charge criticize criticise condemn denounce attack
    slam blast praise endorse deny reject dismiss refute rebut dispute disagree agree
    describe characterize quote cite recall conclude speculate joke quip muse concur
    acknowledge affirm swear guarantee assure inform notify advise brief demand
    declare proclaim reaffirm clarify elaborate contradict decry deplore lambast ridicule
    mock scoff deride rebuke chide scold fault assail question wonder complain protest
    object tout hail applaud welcome celebrate congratulate thank apologize apologise
    insinuate opine theorize predict call email""".split()
)
# Verbs of belief, feeling and expectation: an attributed stance, not a fact.
BELIEVING = frozenset(
    """believe think feel fear hope expect worry doubt suspect assume reckon figure
    anticipate remember""".split()
)
# Verbs of stance and intention: a position or a plan attributed to someone.
STANCE = frozenset(
    """want support oppose favor favour back seek plan intend decide deem consider regard
    view defend highlight recount portray depict frame label dub brand talk speak discuss
    refer focus target challenge push lobby prefer dislike hate love accept recognize
    recognise embrace champion advocate pitch float tease acquiesce vow aim identify""".split()
)
# Verbs whose subject is a document or a count ("a poll shows", "the study found").
SHOWING = frozenset("show find indicate suggest reveal conclude document list".split())
DOCUMENTS = frozenset(
    """poll survey study report data analysis record document filing figure research
    investigation review audit memo letter statement disclosure assessment estimate
    statistic count tally census result number timeline email video clip footage photo
    image chart map evidence polling sample""".split()
)
# Where a statement is made: "in a poll", "in his speech" say whose words follow.
VENUES = frozenset(
    """poll survey study report interview speech statement letter tweet post column memo
    filing testimony remarks book ad advertisement video analysis editorial op-ed essay
    article""".split()
)
# Nouns that name a statement ("her claim that", "allegations by").
STATEMENT_NOUNS = frozenset(
    """claim allegation accusation assertion statement denial charge suggestion argument
    warning promise pledge criticism remark comment view belief proposal announcement
    testimony insistence contention admission acknowledgment acknowledgement complaint
    threat vow prediction assessment opinion position stance call insinuation assurance
    declaration suspicion fear concern hope expectation explanation""".split()
)
DENYING = frozenset("deny".split())
REJECTING = frozenset(
    """reject dismiss rebuff refute rebut dispute disagree repudiate disavow spurn scoff
    deride balk contradict""".split()
)
# Verbs that, negated or after "decline"/"refuse", refuse an answer ("did not respond").
ANSWERING = frozenset(
    """comment elaborate respond reply return answer discuss address specify say speak
    confirm detail disclose explain""".split()
)
REFUSING = frozenset("decline refuse".split())
# What an unanswered request is ("did not return a phone message").
REQUESTS = frozenset("request message call email question inquiry query phone interview".split())
# "could not be reached", "was not available": the reporter got no answer.
UNREACHED = frozenset("reach contact".split())
# Rebuttal words that make a stated negation a rejection ("called it false").
REBUTTALS = frozenset(
    """false untrue baseless groundless unfounded nonsense lie lies ridiculous ludicrous
    absurd wrong fabrication fabricated unsubstantiated bogus""".split()
)


# Verbs with a particle that report a reply or a point ("shot back", "pointed out").
PARTICLE_CUES = frozenset(
    """shoot_back fire_back hit_back push_back point_out lash_out speak_out weigh_in chime_in
    spell_out rule_out""".split()
)
# A light verb with the noun that makes it a statement ("raised concerns", "made clear").
LIGHT_CUES: dict[str, frozenset[str]] = {
    "raise": frozenset("concern question doubt possibility issue alarm objection".split()),
    "express": frozenset(
        """concern support interest hope doubt frustration opposition disappointment
        confidence regret optimism skepticism scepticism dismay outrage anger""".split()
    ),
    "voice": frozenset("concern support doubt opposition frustration objection".split()),
    "make": frozenset(
        """clear case claim argument promise pledge point statement comment remark
        accusation allegation prediction vow threat""".split()
    ),
    "issue": frozenset("statement warning denial call threat appeal ultimatum".split()),
    "offer": frozenset("promise support assurance praise criticism".split()),
    "give": frozenset("assurance account warning".split()),
    "take": frozenset("stance position swipe aim shot issue line view".split()),
    "have": frozenset("view opinion concern doubt reservation misgiving".split()),
}
# Verbs that cue a statement only beside a quotation ("“...,” he continued").
QUOTING = frozenset("continue begin conclude".split())


def _known_lemma(token: Token) -> str:
    """The token's lemma, or the verb lemma its spelling gives when the lemmatiser erred
    ("hoping" read as "hop"): a form of the word that the cue lists know."""
    lemma = token.lemma_.lower()
    word = token.lower_
    candidates = [lemma, word]
    for suffix, replacement in (
        ("ing", "e"),
        ("ing", ""),
        ("ed", "e"),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if word.endswith(suffix):
            candidates.append(word[: -len(suffix)] + replacement)
    for candidate in candidates:
        if candidate in _ALL_VERBS:
            return candidate
    return lemma


def cue_lemma(token: Token) -> str | None:
    """The cue a word makes, as a lemma ("say", "point_out", "make_clear", "claim" for the
    noun), or None when it cues no statement."""
    lemma = token.lemma_.lower() if token.pos_ == "NOUN" else _known_lemma(token)
    if token.pos_ == "NOUN":
        return lemma if lemma in STATEMENT_NOUNS else None
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    for child in token.children:
        if child.dep_ == "prt" and f"{lemma}_{child.lower_}" in PARTICLE_CUES:
            return f"{lemma}_{child.lower_}"
    light = LIGHT_CUES.get(lemma)
    if light is not None:
        for child in token.children:
            if child.dep_ in {"dobj", "acomp", "oprd", "ccomp"} and child.lemma_.lower() in light:
                return f"{lemma}_{child.lemma_.lower()}"
    if lemma in QUOTING:
        return lemma
    if lemma in REFUSING:  # "refused to X"; "sales declined" is no statement
        return lemma if any(c.dep_ == "xcomp" for c in token.children) else None
    if lemma in SAYING or lemma in BELIEVING or lemma in SHOWING or lemma in STANCE:
        return lemma
    return None


_ALL_VERBS = SAYING | BELIEVING | SHOWING | STANCE | QUOTING | REFUSING | frozenset(LIGHT_CUES)


def verb_kind(lemma: str) -> DenialKind | None:
    """The denial kind a cue verb carries by itself, if any."""
    if lemma in DENYING:
        return "denial"
    if lemma in REJECTING:
        return "rejection"
    return None
