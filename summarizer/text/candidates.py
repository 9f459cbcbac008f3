"""Deterministic candidates: what the model is asked to judge instead of asked to find.

Every number in the text (digits, number words, "a dozen", "half a dozen") is a figure
candidate with exact offsets, its value and qualifier parsed here. Sentences with denial
cues are denial candidates; sentences with reporting verbs or "according to" are claim
candidates. Where a sentence's own words settle it (its speaker named, its verb saying how:
presentation_of, denial_kind, answered_party) our code decides; the model classifies and
attributes the rest (and may add items), so it has far less to invent, and every item stays
tied to text we located ourselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from summarizer.text.lexicon import (
    ARTICLES,
    DENYING_SAYING_VERBS,
    MEDIUM_WORDS,
    NEWS_AGENCIES,
    PERSONAL_PRONOUNS,
    POINTING_WORDS,
    SPEECH_VERBS,
    alternatives,
)
from summarizer.text.sentences import Sentence, sentence_at

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {"dozens", "hundreds", "thousands", "millions", "scores"}

_WORD_NUMBER = (
    r"(?:(?:"
    + "|".join(_TENS)
    + r")(?:[- ](?:"
    + "|".join(k for k in _UNITS if k != "zero")
    + r"))?|"
    + "|".join(sorted(_UNITS, key=len, reverse=True))
    + r")"
)
_SCALE = r"(?:\s+(?:" + "|".join(_SCALES) + r"))"
# What every number below starts with: a currency sign, a digit, "a " or the first three
# letters of a number word. Checked first, it spares the regex engine from trying every
# alternative at every position of the article (three times faster), and finds the same.
_NUMBER_WORDS = [*_UNITS, *_TENS, "half", *_VAGUE]
_STARTS = r"(?=[$€£\d]|a\s|" + "|".join(sorted({w[:3] for w in _NUMBER_WORDS})) + ")"
_NUMBER = re.compile(
    # Not inside a word (a currency sign aside: "US$5"): _is_excluded would drop such a
    # match anyway ("often" holds "ten"), and refusing it first spares the engine the
    # alternatives at most positions of the article (two to three times faster again).
    r"(?:(?<![A-Za-z])|(?=[$€£]))" + _STARTS + r"(?P<money>[$€£]\s?)?"
    r"(?P<number>"
    r"half\s+a\s+dozen|a\s+dozen|(?:" + _WORD_NUMBER + r")\s+dozen|"
    r"(?:a|one)\s+(?:hundred|thousand|million|billion)|"
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?" + _SCALE + r"?|"
    r"\d+(?:\.\d+)?" + _SCALE + r"?|"
    r"(?:" + _WORD_NUMBER + r")" + _SCALE + r"?|"
    r"dozens|hundreds|thousands|millions"
    r")\b(?P<percent>\s?%|\s+per\s?cent|\s+percent)?",
    re.IGNORECASE,
)
_QUALIFIER = re.compile(
    r"(?:at\s+least|at\s+most|nearly|almost|more\s+than|over|about|around|approximately|"
    r"roughly|some|up\s+to|fewer\s+than|less\s+than|as\s+many\s+as|close\s+to|"
    r"an\s+estimated|just\s+over|just\s+under|more\s+then)\s+$",
    re.IGNORECASE,
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_BEFORE = re.compile(r"(?:" + _MONTHS + r")\.?\s+$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^\s+(?:" + _MONTHS + r")\b", re.IGNORECASE)
# Words that follow a number without being its unit.
_NOT_UNITS = frozenset(
    "of the a an and or to in on at for by with from as is was were are be that which who "
    "than more less".split()
)
_UNIT_WORD = re.compile(r"^(?:-|\s+)(?:of\s+)?([A-Za-z][A-Za-z-]*)")


def _cues(*alternatives: str) -> re.Pattern[str]:
    """Whole words that cue a kind of sentence, as one case-blind pattern. Each alternative
    starts with a letter: checked first, the set of those letters spares the engine every
    alternative at the other words (twice as fast; these run on every sentence)."""
    if not all(a[:1].isalpha() for a in alternatives):
        raise ValueError("every cue must open with a letter")
    firsts = "".join(sorted({a[0].lower() for a in alternatives}))
    return re.compile(rf"\b(?=[{firsts}])(?:{'|'.join(alternatives)})\b", re.IGNORECASE)


_DENIAL_CUES = _cues(
    r"den(?:y|ies|ied|ying|ial|ials)", r"reject(?:s|ed|ing)?", r"dismiss(?:es|ed|ing)?",
    r"refut(?:e|es|ed|ing)", r"rebuff(?:s|ed)?", r"no\s+such\s+information",
    r"can ?not\s+comment", r"can't\s+comment", r"could\s+not\s+comment",
    r"declined\s+to\s+comment", r"refused\s+to\s+comment", r"would\s+not\s+comment",
    r"no\s+comment", r"did\s+not", r"didn't", r"does\s+not", r"doesn't", r"do\s+not",
    r"has\s+not", r"had\s+not", r"have\s+not", r"never", r"not\s+true", r"a\s+lie", r"lies",
    r"lying", r"false", r"baseless", r"groundless", r"unfounded", r"nonsense", r"fake",
    r"fabricat\w*", r"no\s+evidence", r"not\s+a\s+single", r"premature", r"unsubstantiated",
    r"untrue", r"no\s+intention", r"not\s+on\s+the\s+agenda", r"not\s+prepared", r"declined",
    r"were\s+not", r"was\s+not", r"is\s+not", r"are\s+not",
)  # fmt: skip
_CLAIM_CUES = _cues(
    r"said", r"says", r"say", r"told", r"tells", r"stated", r"states", r"claim(?:s|ed|ing)?",
    r"according\s+to", r"report(?:s|ed|ing)?", r"alleg(?:e|es|ed|ing|ation|ations)",
    r"accus(?:e|es|ed|ing)", r"announc(?:e|es|ed)", r"confirm(?:s|ed)?", r"insist(?:s|ed)?",
    r"argu(?:e|es|ed)", r"warn(?:s|ed)", r"cit(?:e|es|ed|ing)", r"add(?:s|ed)",
    r"emphasi[sz]ed", r"noted", r"believes?", r"suggest(?:s|ed)", r"reveal(?:s|ed)",
    r"assert(?:s|ed)", r"show(?:s|ed)", r"estimat(?:e|es|ed)", r"quoted", r"wrote", r"writes",
)  # fmt: skip


@dataclass(frozen=True)
class FigureCandidate:
    """A number found in the text: `article[start:end] == text`, qualifier and unit included."""

    number: int
    start: int
    end: int
    text: str
    value: float | None
    qualifier: str | None
    unit: str | None
    sentence: int


def _word_value(words: str) -> float | None:
    """Value of a number phrase in words or digits ("twenty-five", "1,500", "2.5 million")."""
    tokens = re.split(r"[\s-]+", words.lower().replace(",", ""))
    if tokens[-1] in _VAGUE:
        return None
    if tokens[-1] == "dozen":
        head = " ".join(tokens[:-1])
        return (
            6.0 if head == "half a" else 12.0 * (1 if head in {"a", ""} else _word_value(head) or 1)
        )
    total = 0.0
    current = 0.0
    for token in tokens:
        if token in {"a", "and"}:
            current = current or 1.0
        elif token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in _SCALES:
            current = (current or 1.0) * _SCALES[token]
            if _SCALES[token] >= 1_000:
                total, current = total + current, 0.0
        else:
            current += float(token)
    return total + current


def _is_excluded(article: str, start: int, end: int, text: str) -> bool:
    """Years, dates, times, ordinals and names with digits ("SS-21", "T-90") are not figures."""
    before, after = article[max(0, start - 12) : start], article[end : end + 12]
    if re.search(r"[A-Za-z]-?$", before) or re.match(r"^(?:st|nd|rd|th|:\d|-[A-Za-z]*\d)", after):
        return True
    if re.match(r"^-[A-Z]", after):  # "S-400" read from its digits, "21-M" style names
        return True
    if re.fullmatch(r"1[89]\d\d|20\d\d", text):
        return True  # a calendar year
    # "September 30", "30 September"
    is_day = _DATE_BEFORE.search(before) is not None or _DATE_AFTER.match(after) is not None
    return re.fullmatch(r"\d{1,2}", text) is not None and is_day


def find_figures(article: str, sentences: list[Sentence]) -> list[FigureCandidate]:
    """Every quantity in the article, with exact offsets, value, qualifier and unit."""
    found: list[FigureCandidate] = []
    for match in _NUMBER.finditer(article):
        start, end = match.span()
        number_text = match.group("number")
        if _is_excluded(article, match.start("number"), match.end("number"), number_text):
            continue
        qualifier_match = _QUALIFIER.search(article[max(0, start - 20) : start])
        qualifier = None
        if qualifier_match:
            qualifier = " ".join(qualifier_match.group(0).split()).lower()
            start -= len(qualifier_match.group(0))
        unit: str | None = None
        if match.group("percent"):
            unit = "percent"
        elif match.group("money"):
            unit = {"$": "dollars", "€": "euros", "£": "pounds"}[match.group("money").strip()]
        else:
            unit_match = _UNIT_WORD.match(article[end : end + 40])
            if unit_match and re.match(r"[-\d]", article[end + unit_match.end() :][:1]):
                unit_match = None  # a name with digits ("SS-21") is not a unit
            if unit_match and unit_match.group(1).lower() not in _NOT_UNITS:
                unit = unit_match.group(1).lower()
                end += unit_match.end()
        sentence = sentence_at(sentences, match.start())
        found.append(
            FigureCandidate(
                number=len(found) + 1,
                start=start,
                end=end,
                text=article[start:end],
                value=_word_value(number_text),
                qualifier=qualifier,
                unit=unit,
                sentence=sentence.number if sentence else 0,
            )
        )
    return found


def denial_sentences(sentences: list[Sentence]) -> list[int]:
    """Numbers of the sentences that contain a denial cue and may hold a denial."""
    return [
        s.number
        for s in sentences
        if _DENIAL_CUES.search(s.text) and denial_strength(s.text) != "none"
    ]


def claim_sentences(sentences: list[Sentence]) -> list[int]:
    """Numbers of the sentences that contain a reporting verb or 'according to'."""
    return [s.number for s in sentences if _CLAIM_CUES.search(s.text)]


_WORD = r"(?:[A-Z][\w’'.-]*|al-[A-Z][\w-]*)"
_WORD = r"(?:[A-Z][\w’'.-]*|al-[A-Z][\w-]*)"
_JOIN = r"(?:[ \u00a0]+(?:of[ ]+the[ ]+|of[ ]+|for[ ]+|al-|bin[ ]+|de[ ]+)?)"
_NAME = re.compile(_WORD + "(?:" + _JOIN + _WORD + ")*")
# Capitalised words that start sentences or name times, not actors.
_NOT_NAMES = frozenset(
    """The A An In On At It He She They We I You This That These Those Now Much Currently
    According Furthermore Responding Updated But And Or If As While When After Before Since
    During Its His Her Their Our Some Many Most One However Meanwhile Also Still Yet So Then
    There Here What Who Why How Earlier Later Last Next Both Such Other Another Each Every No
    Not Any All Despite Although Though Including Under Over With Without Moreover Instead
    Today Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December Leave Comment Is
    Are Was Were Do Does Did Has Have Had Will Would Can Could Should Let""".split()
)


def find_names(sentences: list[Sentence], limit: int = 30) -> list[str]:
    """Capitalised names in the article's sentences (headlines skipped), most frequent first.

    Names that differ only by a possessive "'s" count as one; sentence-opening words and
    month or day names are trimmed off.
    """
    counts: dict[str, int] = {}
    for sentence in sentences:
        words = sentence.text.split()
        capitalised = sum(1 for word in words if word[:1].isupper())
        if len(words) > 3 and capitalised / len(words) > 0.6:
            continue  # a headline: every word is capitalised
        for match in _NAME.finditer(sentence.text):
            parts = match.group(0).split()
            while parts and parts[0].strip("’'.") in _NOT_NAMES:
                parts = parts[1:]
            while parts and parts[-1].strip("’'.,") in _NOT_NAMES:
                parts = parts[:-1]
            name = re.sub(r"[’']s$", "", " ".join(parts).rstrip(".,’'"))
            if len(name) < 2 or re.search(r"\d", name):
                continue
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts, key=lambda name: -counts[name])  # stable: first seen wins ties
    return ranked[:limit]


_SPEECH_VERBS = "|".join(SPEECH_VERBS)
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+([^,;:“”\"]+?)(?=[,;:]|\.(?:\s|$)|$)", re.IGNORECASE
)
_PHRASE = r"((?:[\w’'.-]+\s+){0,9}?[\w’'.-]+)"  # up to ten words
_SUBJECT_VERB = re.compile(
    r"(?:^|[,;:“”\"(]\s*)" + _PHRASE + r"\s+(?:on\s+\w+\s+)?(?:" + _SPEECH_VERBS + r")\b"
)
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:also|has|have|had|repeatedly|recently|previously|again|already|then|later))+$",
    re.IGNORECASE,
)
_SOURCE_NOUNS = re.compile(
    r"\b(?:activists?|officials?|sources?|ministry|government|spokes(?:man|woman|person)|"
    r"reports?|analysts?|witnesses|residents|diplomats?|experts?|observers?|monitors?)\b",
    re.IGNORECASE,
)
_BY_SOURCE = re.compile(
    r"\b(?:reported|cited|quoted|announced|published|claimed|confirmed)\s+by\s+([A-Z][^,.;:]+)"
)
_PRONOUNS = PERSONAL_PRONOUNS | POINTING_WORDS | ARTICLES
# A phrase that opens with one of these is a clause, not a speaker ("Despite what X say").
_CLAUSE_OPENERS = (
    "despite ",
    "although ",
    "though ",
    "what ",
    "as ",
    "if ",
    "when ",
    "while ",
    "because ",
    "unless ",
    "whatever ",
    "it ",
    "responding ",
)
_TIME_WORDS = re.compile(
    r"^(?:(?:on|last|this|in|earlier|later)\s+)?(?:monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|week|month|year|today|yesterday|now)\s+",
    re.IGNORECASE,
)


def speaker_hint(sentence: str) -> str | None:
    """Who a sentence says is speaking: the subject of its speech verb, or the source after
    "according to". None when there is no such phrase or it is only a pronoun.

    "Those strikes killed 15 people, Syrian activists said." gives "Syrian activists";
    "Russian Defense Ministry spokesman Igor Konashenkov said ..." gives the whole title.
    """
    found = [m.group(1) for m in _SUBJECT_VERB.finditer(sentence)]
    found += [m.group(1) for m in _ACCORDING_TO.finditer(sentence)]
    found += [m.group(1) for m in _BY_SOURCE.finditer(sentence)]
    for phrase in found:
        words = phrase.strip().rstrip(",").split()
        # Drop a leading time phrase ("On Monday Zakharova said") and a trailing one.
        text = _TIME_WORDS.sub("", " ".join(words))
        text = re.sub(r"\s+(?:on|last)\s+\w+$", "", text)
        text = re.sub(r"^(?:in\s+\w+,?\s+|now,?\s+|but\s+|and\s+|also\s+)", "", text, flags=re.I)
        text = _TRAILING_ADVERBS.sub("", text)
        lowered = text.casefold()
        if not text or lowered in _PRONOUNS or lowered.startswith(_CLAUSE_OPENERS):
            continue
        if not any(c.isupper() for c in text) and not _SOURCE_NOUNS.search(text):
            continue  # "first reported", "recently said": no speaker in these words
        return text
    return None


# A denial verb as the finite verb of its clause ("has denied", "rejected that
# allegation"), not negated ("did not deny"), not an infinitive ("to reject") or a gerund
# ("for denying"), leaves no doubt; so do a refusal to comment and words of rebuttal.
_DENIAL_VERB = re.compile(
    r"\b(?:denies|denied|rejects|rejected|dismisses|dismissed|refutes|refuted|rebuffs|rebuffed)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"(?:\bnot|\bnever|n't)\s+(?:\w+\s+)?$", re.IGNORECASE)
_REFUSAL = re.compile(
    r"\b(?:no\s+such\s+information|(?:can ?not|can't|could\s+not|refused\s+to|declined\s+to|"
    r"would\s+not)\s+comment|no\s+comment|unsubstantiated|untrue|baseless|groundless|"
    r"unfounded|a\s+lie|no\s+intention|not\s+on\s+the\s+agenda)\b",
    re.IGNORECASE,
)
_NO_COMMENT = re.compile(r"\b(?:no\s+such\s+information|comment)\b", re.IGNORECASE)
# Someone speaking (a speech verb, or quotation marks) and a negation in what they say.
_SPEECH = re.compile(rf"[“”\"]|\b{alternatives(DENYING_SAYING_VERBS)}\b", re.IGNORECASE)
# A negated verb or noun ("had not conducted", "no fighter jets"); "is not the one" or
# "are not ISIL" say what something is, which is no denial of an event.
_NEGATION = re.compile(r"(?:\b(?:not|never|no)|n't)\s+(?!(?:a|an|the)\b)[a-z]")
# Negations that assert ("never concealed", "did not deny") or only say what is unknown
# ("do not know", "did not specify"): no denial in them.
_NOT_DENYING = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?(?:conceal\w*|hid|hide|hidden|hiding|den(?:y|ied)|"
    r"know|sure|clear|specif\w*|say)\b",
    re.IGNORECASE,
)


def _affirmed(verbs: re.Pattern[str], sentence: str) -> bool:
    """Whether one of `verbs` stands in the sentence without a negation just before it."""
    return any(not _NEGATED.search(sentence[: v.start()]) for v in verbs.finditer(sentence))


@lru_cache(maxsize=4096)  # asked of a sentence by several steps and by the ledger
def denial_strength(sentence: str) -> str:
    """How surely a denial-cue sentence holds a denial: "sure" (an affirmed denial verb, a
    refusal to comment, words of rebuttal), "likely" (someone speaking negates something),
    "open" (a bare negation that may be a plain fact: left to the model), or "none" (the
    negation asserts or only says what is unknown: "never concealed", "did not specify")."""
    if _REFUSAL.search(sentence) or _affirmed(_DENIAL_VERB, sentence):
        return "sure"
    if _NOT_DENYING.search(sentence):
        return "none"
    if _SPEECH.search(sentence) and _NEGATION.search(sentence):
        return "likely"
    return "open"


def is_strong_denial(sentence: str) -> bool:
    """True when the words leave no doubt that someone denies ("sure", see denial_strength)."""
    return denial_strength(sentence) == "sure"


def is_no_comment(sentence: str) -> bool:
    """True when the sentence is about (refusing) comment or having no information."""
    return _NO_COMMENT.search(sentence) is not None


_REJECTION_VERB = re.compile(
    r"\b(?:rejects|rejected|dismisses|dismissed|refutes|refuted|rebuffs|rebuffed)\b", re.IGNORECASE
)


def denial_kind(sentence: str) -> str:
    """The kind of a denial whose words leave no doubt that it is one ("sure" or "likely",
    see denial_strength): "no_comment" for a refusal to comment or to have information,
    "rejection" for an affirmed reject/dismiss/rebuff/refute, else "denial"."""
    if denial_strength(sentence) == "sure" and is_no_comment(sentence):
        return "no_comment"
    if _affirmed(_REJECTION_VERB, sentence):
        return "rejection"
    return "denial"


# What a denial says it answers: "an allegation by X", "accusations from X", "X's claims",
# "U.S. media reports". Its words are the article's; a bare "that allegation" names nobody.
_ACCUSATION = r"(?:allegations?|accusations?|claims?|reports?|suggestions?|statements?|charges?)"
_ANSWERED = (
    re.compile(
        r"\b" + _ACCUSATION + r"\s+(?:made\s+)?(?:by|from)\s+(?P<who>[^,;:“”\"()]+?)"
        r"(?=\s+(?:that|which|who|of|about|on|in|saying|are|is|were|was)\b|[,;:.()“”\"]|$)"
    ),
    re.compile(r"(?P<who>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)[’']s\s+" + _ACCUSATION + r"\b"),
    re.compile(r"(?P<who>(?:[A-Z][\w.’'-]*\s+)+(?:media\s+)?)" + _ACCUSATION + r"\b"),
)


_REFERRING = frozenset(
    "he she they it we i you him her them us who which this that these those such".split()
)


def answered_party(sentence: str) -> str | None:
    """Whose claim a denial answers, when its sentence names them ("rejected a recent
    allegation by a shadowy monitoring group" gives "a shadowy monitoring group"); None
    when it names nobody."""
    text = " ".join(sentence.split())
    for pattern in _ANSWERED:
        for match in pattern.finditer(text):
            who = match.group("who").strip()
            words = who.split()
            if words and len(words) <= 8 and words[0].casefold() not in _REFERRING:
                return who
    return None


_ALLEGING = re.compile(r"^(?:alleg|accus|claim)", re.IGNORECASE)
_CONFIRMING = re.compile(r"^(?:confirm|acknowledg|admit)", re.IGNORECASE)
_REPORTING = re.compile(r"^(?:report|cite|cites|cited|quoted|wrote|writes|revealed)", re.IGNORECASE)
_SPEECH_VERB = re.compile(r"\b(?:" + _SPEECH_VERBS + r"|reportedly)\b", re.IGNORECASE)
# A report, or a medium, as a speaker: what it says is reported.
_MEDIUM = re.compile(
    rf"\b{alternatives((*MEDIUM_WORDS, *NEWS_AGENCIES))}\b",
    re.IGNORECASE,
)


def presentation_of(sentence: str, speaker: str) -> str:
    """How a sentence presents what its speaker says, from the speaker's own verb:
    "alleged" (alleged, accused, claimed), "confirmed" (confirmed, acknowledged, admitted),
    "reported" (reported, cited, "according to", "reported by", or a medium speaking), else
    "asserted". A speaker the sentence only refers to ("he said") takes its first verb."""
    text = " ".join(sentence.split())
    who = " ".join(speaker.split())
    at = text.casefold().find(who.casefold())
    before = text[:at] if at >= 0 else ""
    if re.search(r"\baccording\s+to\s+$", before, re.IGNORECASE):
        return "reported"
    by = re.search(r"(\w+)\s+by\s+$", before)  # "first reported by FOX News"
    after = _SPEECH_VERB.search(text, at + len(who) if at >= 0 else 0)
    verb = by.group(1) if by else after.group(0) if after else ""
    if _ALLEGING.match(verb):
        return "alleged"
    if _CONFIRMING.match(verb):
        return "confirmed"
    if _REPORTING.match(verb) or _MEDIUM.search(who):
        return "reported"
    return "asserted"


_QUOTATION = re.compile(r"[“\"]([^”\"]{12,})(?:[”\"]|$)")


def statement_of(sentence: str, speaker: str | None) -> str:
    """What a sentence states, without its attribution, in the sentence's own words.

    A quotation is what was said; else "X said (to Y) (that) S", "S, X said." and
    "According to X, S" give S; a sentence without a recognisable attribution is whole.
    """
    text = " ".join(sentence.split())
    quoted = _QUOTATION.search(text)
    # A quotation that is most of the sentence is what was said; a few words in quotation
    # marks ("other intelligence channels") are not.
    if quoted and len(quoted.group(1)) >= len(text) / 2:
        text = quoted.group(1)
    elif speaker:
        who = re.escape(" ".join(speaker.split()))
        verb = rf"(?:on\s+\w+\s+)?(?:{_SPEECH_VERBS})\b"
        patterns = (
            rf"^(?:.*?\b)?{who}\s+{verb}(?:\s+[^,;]{{0,60}}?\s+that\s+|[,:]?\s+(?:that\s+)?)(?P<s>.+)$",
            rf"^(?P<s>.+?),\s*{who}\s+{verb}\s*\.?$",
            rf"^according\s+to\s+{who},\s*(?P<s>.+)$",
        )
        for pattern in patterns:
            match = re.match(pattern, text, re.IGNORECASE)
            # A short rest is the object of the verb ("rejected that allegation"), no statement.
            # ... and so is an infinitive ("refused to comment on the reports").
            rest = match.group("s") if match else ""
            # "told reporters, according to Sputnik, “We cannot comment”": the quotation.
            opening = re.search(r"[,:]\s*[“\"]", rest)
            if opening:
                rest = rest[opening.end() - 1 :]
            if len(rest) > 30 and not rest.lower().startswith("to "):
                text = rest
                break
    text = text.strip(' “”"')
    return text[:1].upper() + text[1:] if text else sentence
