"""Every word list the rules use, once, each with where it comes from.

The lists are words of English news writing in general, as style guides and attribution
studies describe it (reporting verbs, pronouns, the names of wire agencies and kinds of
media); none is taken from a particular article. A rule that needs a narrower set names it
here, as a subset of a list, so that a word added to a list reaches every rule that uses it.
"""

from __future__ import annotations

# Verbs that say someone denied, and that someone said, in a sentence of our own making or
# the model's (its summary), in any tense.
DENYING_VERB_FORMS: tuple[str, ...] = (
    r"den(?:y|ies|ied|ying)", r"reject(?:s|ed|ing)?", r"dismiss(?:es|ed|ing)?",
    r"refut(?:e|es|ed|ing)", r"rebuff(?:s|ed)?",
)  # fmt: skip
REPORTING_VERB_FORMS: tuple[str, ...] = (
    "said", "says", r"claim(?:s|ed)?", r"alleg(?:e|es|ed)", r"accus(?:e|es|ed)",
    r"report(?:s|ed)?", r"confirm(?:s|ed)?", r"according\s+to",
)  # fmt: skip

# --- pronouns and words that name nobody ---------------------------------------------------
MALE_PRONOUNS: frozenset[str] = frozenset("he him his himself".split())
FEMALE_PRONOUNS: frozenset[str] = frozenset("she her hers herself".split())
PLURAL_PRONOUNS: frozenset[str] = frozenset("they them their theirs themselves".split())
NEUTER_PRONOUNS: frozenset[str] = frozenset("it its itself".split())
FIRST_PERSON: frozenset[str] = frozenset("i me my we us our".split())
RELATIVE_PRONOUNS: frozenset[str] = frozenset("who whom whose which that".split())
# Every pronoun that can stand where a speaker's name would ("he said", "his claim", "who
# said"): PolNeAR's annotators mark these as sources whose referent the text names elsewhere.
PRONOUNS: frozenset[str] = (
    frozenset("he him his she her hers they them their theirs it its you your".split())
    | FIRST_PERSON
    | RELATIVE_PRONOUNS
)
PERSONAL_PRONOUNS: frozenset[str] = frozenset("he she they it we i you".split())
ARTICLES: frozenset[str] = frozenset("the a an".split())
# Heads that only count or pick out people without naming anyone ("Many said", "one of the
# officials", "some of them").
QUANTIFIERS: frozenset[str] = frozenset(
    """one some many most several few all none each any both two three four five half other
    others various people everyone""".split()
)
# What a model writes when it has no speaker to give.
NO_NAME: frozenset[str] = frozenset("none null unknown n/a na someone nobody unnamed".split())

# --- actors: what tells an actor from a place, a title or a thing -----------------------

# Honorifics and titles that stand before a person's name ("President X", "Sen. X").
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady president vice sen senator rep representative
    gov governor mayor secretary minister premier chancellor king queen prince princess pope
    gen general lt lieutenant col colonel maj major capt captain adm admiral sgt sergeant cpl
    corporal pvt private cmdr commander chairman chairwoman judge justice attorney rev
    reverend father sheikh ambassador envoy spokesman spokeswoman spokesperson director
    speaker leader candidate nominee congressman congresswoman assemblyman councilman
    councilwoman officer analyst adviser advisor strategist aide official economist expert
    professor editor correspondent""".split()
)
# Words that stand inside a title before a name ("Deputy Foreign Minister X", "U.S. Army Gen.").
TITLE_WORDS = TITLES | frozenset(
    """former deputy acting chief state defense defence foreign interior prime army navy air
    force retired u.s. us house senate of the top senior""".split()
)
# Honorifics that always stand before a surname ("Mr Smith").
HONORIFICS = frozenset("mr mr. mrs mrs. ms ms. dr dr. prof prof.".split())

# Verbs whose subject is someone speaking (lemmas).
REPORTING_VERBS = frozenset(
    """say tell state claim report announce confirm deny insist argue warn add note write tweet
    post explain acknowledge admit accuse allege reject dismiss respond reply suggest urge ask
    decline refuse contend assert declare stress emphasize emphasise predict promise vow pledge
    complain criticize criticise praise describe testify recall believe reiterate maintain
    charge blame call disclose reveal concede caution counter agree disagree estimate
    speculate observe remark comment brief inform indicate signal demand question rebuff
    refute slam condemn welcome hail repeat react mention""".split()
)

# Nouns that, after a state's name or demonym, stand for that state ("Russian officials").
STATE_NOUNS = frozenset(
    """official officials government governments authorities authority regime side leadership
    military forces force army troops navy diplomats diplomat delegation
    administration establishment""".split()
)

# Family words apposed to a name ("his wife, Jane, said").
KIN_NOUNS = frozenset(
    """wife husband son daughter mother father brother sister widow widower spouse partner
    uncle aunt nephew niece cousin grandson granddaughter grandfather grandmother""".split()
)

# Nouns that, after a person's name, make a body of their own ("the Smith campaign").
ENTOURAGE_NOUNS = frozenset(
    "campaign administration team aides staff allies advisers advisors camp strategists".split()
)

# Nouns for people or bodies that can speak without a name ("critics said").
PEOPLE_NOUNS = frozenset(
    """critics critic officials official sources source activists activist witnesses witness
    residents resident analysts analyst experts expert observers observer monitors diplomats
    diplomat aides aide advisers adviser advisors advisor supporters opponents lawmakers
    legislators senators congressmen members leaders families family relatives parents
    protesters demonstrators rebels militants fighters insurgents troops soldiers police
    officers officer investigators investigator prosecutors prosecutor lawyers lawyer attorneys
    attorney spokesman spokeswoman spokesperson economists economist scientists researchers
    doctors voters workers employees staffers executives executive candidates delegates
    strategists strategist insiders donors backers allies pollsters victims survivors
    neighbors neighbours friends students teachers organizers organisers""".split()
)

# Nouns for a body that "the <noun>" refers back to ("the company said").
BODY_NOUNS = frozenset(
    """company firm group organization organisation agency ministry department foundation
    committee campaign administration party council commission office bank network
    union coalition alliance observatory court board institute center centre""".split()
)

# Nouns whose name-modifier is a thing, not an actor ("Scarab missiles", "Acme rifles").
THING_NOUNS = frozenset(
    """missile missiles rocket rockets jet jets plane planes aircraft drone drones tank tanks
    rifle rifles gun guns handgun handguns pistol pistols bomb bombs warhead warheads launcher
    launchers system systems vehicle vehicles helicopter helicopters warship warships ship
    ships submarine submarines weapon weapons drug drugs pill pills phone phones device
    devices product products cookie cookies car cars truck trucks flag flags maker makers
    treatment treatments medicine medicines vaccine vaccines brand brands model models tax
    taxes bill bills act law laws""".split()
)

# What a possessive place owns when it is only a place ("Ruritania's north", "Texas's coast").
PLACE_NOUNS = frozenset(
    """province provinces governorate governorates territory territories border borders city
    cities capital region regions coast coastline north south east west northwest northeast
    southwest southeast countryside soil airspace waters port ports streets town towns village
    villages neighborhood neighbourhood district districts state states county war conflict
    history economy population people primary primaries election elections caucus
    caucuses""".split()
)

# Last words of a news medium's name ("The Daily Bugle Times", "Ruritania News").
MEDIA_WORDS = frozenset(
    """news times post journal tribune herald gazette telegraph daily weekly magazine tv
    television radio press broadcasting broadcaster channel chronicle observer
    guardian independent examiner bulletin courier dispatch report""".split()
)
# Wire agencies and broadcasters known by a bare name (matched as whole words of a name).
MEDIA_NAMES = (
    "reuters", "afp", "ap", "associated press", "agence france-presse", "bloomberg", "cnn",
    "bbc", "nbc", "abc", "cbs", "msnbc", "fox", "npr", "pbs", "al jazeera", "politico",
    "axios", "xinhua", "tass", "interfax", "ria novosti", "sputnik", "rt", "breitbart",
    "huffpost", "huffington post", "yahoo", "vox", "slate", "usa today", "cnbc", "c-span",
    "univision", "telemundo", "newsweek", "wsj", "itar-tass", "anadolu", "sana", "irna",
)  # fmt: skip
# Appositive nouns that say a name is a medium ("X, a Russian media outlet").
MEDIA_NOUNS = frozenset(
    "outlet newspaper paper agency broadcaster channel network magazine tabloid daily".split()
)

# Words of an armed or political group's name.
GROUP_WORDS = frozenset(
    """front army brigade brigades militia movement jihad qaeda qaida taliban hezbollah hamas
    islamic isis isil daesh shabab haram rebels guard""".split()
)

# Corporate suffixes dropped when comparing names ("Acme Corp." is "Acme").
CORPORATE_SUFFIXES = frozenset(
    "inc inc. corp corp. co co. ltd ltd. llc plc corporation company group holdings".split()
)

# Words skipped when reading an acronym off a name ("Bank of the North" is BN).
ACRONYM_SKIPS = frozenset("of for the and on in at to & de du".split())

# Other names of states that English news uses for the same one.
STATE_NAMES: dict[str, str] = {
    "us": "united states", "u.s.": "united states", "usa": "united states",
    "u.s.a.": "united states", "america": "united states",
    "united states of america": "united states", "the united states": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom", "russian federation": "russia",
    "people's republic of china": "china", "prc": "china", "islamic republic of iran": "iran",
    "dprk": "north korea", "uae": "united arab emirates", "ussr": "soviet union",
    "syrian arab republic": "syria", "republic of korea": "south korea",
    "democratic people's republic of korea": "north korea",
    "kingdom of saudi arabia": "saudi arabia", "federal republic of germany": "germany",
}  # fmt: skip
# Other names of a few bodies that English news uses for the same one.
BODY_NAMES: dict[str, str] = {
    "un": "united nations", "u.n.": "united nations", "eu": "european union",
    "is": "islamic state", "isis": "islamic state", "isil": "islamic state",
    "daesh": "islamic state",
}  # fmt: skip
SAME_NAMES: dict[str, str] = {**STATE_NAMES, **BODY_NAMES}

# Capitals that news writing uses for their state's government ("Moscow said").
CAPITALS: dict[str, str] = {
    "washington": "united states", "moscow": "russia", "beijing": "china",
    "london": "united kingdom", "paris": "france", "berlin": "germany", "tokyo": "japan",
    "tehran": "iran", "damascus": "syria", "baghdad": "iraq", "kabul": "afghanistan",
    "islamabad": "pakistan", "new delhi": "india", "ankara": "turkey",
    "riyadh": "saudi arabia", "cairo": "egypt", "jerusalem": "israel", "kiev": "ukraine",
    "kyiv": "ukraine", "minsk": "belarus", "warsaw": "poland", "rome": "italy",
    "madrid": "spain", "ottawa": "canada", "mexico city": "mexico", "havana": "cuba",
    "caracas": "venezuela", "pyongyang": "north korea", "seoul": "south korea",
    "hanoi": "vietnam", "manila": "philippines", "jakarta": "indonesia",
    "canberra": "australia", "pretoria": "south africa", "nairobi": "kenya",
    "abuja": "nigeria", "addis ababa": "ethiopia", "khartoum": "sudan", "tripoli": "libya",
    "tunis": "tunisia", "algiers": "algeria", "rabat": "morocco", "amman": "jordan",
    "beirut": "lebanon", "sanaa": "yemen", "doha": "qatar", "abu dhabi": "united arab emirates",
    "baku": "azerbaijan", "yerevan": "armenia", "tbilisi": "georgia", "athens": "greece",
    "sofia": "bulgaria", "bucharest": "romania", "budapest": "hungary",
    "prague": "czech republic", "vienna": "austria", "bern": "switzerland",
    "stockholm": "sweden", "oslo": "norway", "copenhagen": "denmark", "helsinki": "finland",
    "dublin": "ireland", "lisbon": "portugal", "brasilia": "brazil",
    "buenos aires": "argentina", "santiago": "chile", "bogota": "colombia", "lima": "peru",
    "taipei": "taiwan", "bangkok": "thailand", "kuala lumpur": "malaysia", "dhaka": "bangladesh",
}  # fmt: skip

# Demonyms whose state's name does not start like them.
DEMONYMS: dict[str, str] = {
    "american": "united states", "americans": "united states", "u.s.": "united states",
    "us": "united states", "british": "united kingdom", "briton": "united kingdom",
    "french": "france", "dutch": "netherlands", "swiss": "switzerland", "greek": "greece",
    "spanish": "spain", "danish": "denmark", "polish": "poland", "filipino": "philippines",
    "welsh": "wales", "irish": "ireland", "soviet": "soviet union", "saudi": "saudi arabia",
    "emirati": "united arab emirates", "thai": "thailand", "turkish": "turkey",
    "argentine": "argentina", "kuwaiti": "kuwait", "afghan": "afghanistan",
}  # fmt: skip


def alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    """The words as one regular-expression group of alternatives."""
    return "(?:" + "|".join(sorted(words) if isinstance(words, frozenset) else words) + ")"
