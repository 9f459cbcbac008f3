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
# officials", "some of them"), vague quantities among them ("Hundreds of residents", "dozens
# of them"): they count the people named after them and are no part of a name.
QUANTIFIERS: frozenset[str] = frozenset(
    """one some many most several few all none each any both two three four five half other
    others various people everyone dozen dozens hundreds thousands millions scores""".split()
)
# What a model writes when it has no speaker to give.
NO_NAME: frozenset[str] = frozenset("none null unknown n/a na someone nobody unnamed".split())

# --- statements: the words that cue a claim, a denial or a refusal, by lemma ------------
# From general English: verbs of saying, writing and reporting, of stance (believe, fear),
# of showing (a poll shows), the nouns they make (claim, allegation), the verbs of denying
# and rejecting, and the phrases of refusing to comment.

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

# Nouns for a government named after its ruler ("the Doe regime", "the regime of Jo Doe"):
# the ruler is named for that state's government, one actor with it.
REGIME_NOUNS = frozenset("regime dictatorship".split())

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

# Verbs of moving on a place, whose "on" says where ("troops advanced on the town", "marched
# on the capital"), not whom an act is aimed at ("pressure on a state").
ADVANCING = frozenset("advance march converge descend close move push".split())

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
