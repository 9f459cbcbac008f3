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
# The forms of each pronoun of someone or something other than the speaker and listener.
PRONOUN_FORMS: tuple[frozenset[str], ...] = (
    MALE_PRONOUNS, FEMALE_PRONOUNS, PLURAL_PRONOUNS, NEUTER_PRONOUNS,
)  # fmt: skip
# Verbs whose "it" holds a place for a clause ("it is clear that", "it seems", "it matters").
PLACEHOLDER_VERBS = frozenset("be seem appear look sound feel matter remain become happen".split())
# The pronouns of someone or something other than the speaker and the listener.
THIRD_PERSON: frozenset[str] = MALE_PRONOUNS | FEMALE_PRONOUNS | PLURAL_PRONOUNS | NEUTER_PRONOUNS
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
# Words with which a writer goes on after a quotation in a clause of their own ("“...,” but
# in fact", "“...,” yet records show").
WRITERS_TURNS = frozenset("but yet although though while whereas".split())
# The pronouns by which a speaker's own words speak of someone or something else.
OTHERS: frozenset[str] = frozenset("he she it they".split())
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
    """say tell state claim allege assert contend insist argue declare announce
    report confirm acknowledge admit concede add note observe remark comment explain write
    tweet testify warn caution predict forecast estimate suggest propose recommend urge
    ask question counter retort repeat reiterate stress emphasize
    emphasise mention reveal disclose indicate imply hint promise pledge vow threaten boast
    brag complain lament accuse blame criticize criticise condemn denounce
    slam blast praise deny reject dismiss refute rebut dispute disagree
    describe characterize quote cite recall conclude speculate joke quip muse concur
    affirm swear guarantee assure inform notify advise demand
    proclaim reaffirm clarify elaborate contradict decry deplore lambast ridicule
    mock scoff deride rebuke chide scold fault assail wonder protest
    object tout hail applaud celebrate congratulate thank apologize apologise
    insinuate opine theorize call email""".split()
)
# Verbs that put out a statement ("issued a statement saying", "gave a speech saying"):
# whose statement it is, is their subject's.
ISSUING_VERBS = frozenset("issue release publish post send make give deliver".split())
# Cues whose object is whom a statement is aimed at or what it is about ("praised the plan",
# "questioned his logic", "joked about stereotypes", "took swipes at X", "his assessment
# of the game"): with only a noun phrase after them they say that someone spoke, not what.
# Verbs of reporting a fact ("reported income of $5,000", "proposed a debate") are not here.
TARGET_CUES = frozenset(
    """praise criticize criticise hail tout applaud celebrate congratulate thank slam blast
    condemn denounce decry deplore lambast ridicule mock deride rebuke chide scold fault
    assail attack defend question challenge highlight discuss talk speak joke cite mention
    recount weigh_in take_swipe take_stance take_issue raise_question issue_statement
    lash_out contradict dispute""".split()
)
# Verbs of writing or sending: with only a noun phrase after them they name what was sent
# ("tweeted a photo", "wrote a letter to the council"), not what it says.
WRITING_CUES = frozenset("write tweet email post text".split())
# A light verb and a noun of a view whose object is only a noun phrase say that someone
# held a view, not which ("had opposing views on research"); with a clause they say it
# ("held the view that ...").
LIGHT_TARGETS = frozenset("have_view have_opinion take_view".split())
# Cues of saying that, with a word or two in quotation marks after them ("said “impact,”"),
# quote a term, not a statement.
QUOTING_CUES = frozenset("say tell tweet email write add repeat".split())
# Verbs that say what is likely when a thing is their subject ("the debate promised to be
# crucial", "the storm threatens to flood the town"), and what someone commits to otherwise.
LIKELIHOOD_VERBS = frozenset("promise threaten".split())
# Verbs of belief, feeling and expectation: an attributed stance, not a fact.
BELIEVING = frozenset(
    """believe think feel fear hope expect worry doubt suspect assume reckon figure
    anticipate remember""".split()
)
# Verbs of a stated stance: a judgement or a position attributed to someone ("deemed it
# fair", "defended the plan", "portrayed her as"). Verbs of wanting, planning, liking,
# backing, deciding, striving and acting on a position ("wants to", "plans to", "supports",
# "advocated", "decided to", "is focusing on", "targeted", "pushed", "seeks to") are not
# here: they report what someone wishes or does, not what they say or mean.
STANCE = frozenset(
    """deem consider
    regard view defend highlight recount portray depict frame label dub brand talk speak
    discuss refer challenge pitch float tease vow identify""".split()
)
# Verbs that report a statement in one sense and name an act in another: "agreed that" /
# "agreed to the deal", "charged that" / "charged him with murder", "responded that" /
# "responded with strikes", "attacked the plan as" / "attacked the town", "endorsed the
# view that" / "endorsed the candidate" (backing, as "supports" is), "maintained that" /
# "maintained a lead". They cue a
# statement only with a clause or a quotation of what was said, or with one of the
# prepositions given here ("agreed with", "attacked X as").
CLAUSE_CUES: dict[str, frozenset[str]] = {
    "agree": frozenset({"with"}),
    "attack": frozenset("as for over".split()),
    **dict.fromkeys(
        """charge answer respond reply post brief welcome accept recognize recognise
        endorse maintain""".split(),
        frozenset[str](),
    ),
}
# Words right after a verb that open what it reports ("agreed that", "asked whether").
CLAUSE_OPENERS = frozenset('that whether if : “ "'.split())
# "call": a statement with what is called for or what someone is called ("called for an
# inquiry", "called on X to", "called it a disgrace"), a telephone call with a bare object.
CALLING_PREPOSITIONS = frozenset("for on".split())
# Verbs whose subject is a document or a count ("a poll shows", "the study found").
SHOWING = frozenset("show find indicate suggest reveal conclude document list".split())
DOCUMENTS = frozenset(
    """poll survey study report data analysis record document filing figure research
    investigation review audit memo letter statement disclosure assessment estimate
    statistic count tally census result number timeline email video clip footage photo
    image chart map evidence polling sample finding""".split()
)
# The terms on which a source speaks, in news usage: "spoke on condition of anonymity",
# "on the record", "on background". What follows "on" is not what was said.
SPEAKING_TERMS = frozenset("condition record background".split())
# Where a statement is made: "in a poll", "in his speech" say whose words follow.
VENUES = frozenset(
    """poll survey study report interview speech statement letter tweet post column memo
    filing testimony remarks book ad advertisement video analysis editorial op-ed essay
    article""".split()
)
# Venues that find rather than say ("in a poll, X leads"): the venue is the source, never
# the clause's subject.
FINDING_VENUES = frozenset("poll survey study report analysis".split())
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
# "Did not elaborate" is not here: it leaves the speaker's own words as they are and
# answers nobody's claim.
ANSWERING = frozenset(
    """comment respond reply return answer discuss address specify say speak divulge
    confirm detail disclose explain""".split()
)
REFUSING = frozenset("decline refuse".split())
# What is granted or refused rather than claimed: "the court denied bail", "rejected the
# appeal" refuse a request; they deny no claim.
GRANTS = frozenset(
    """bail request motion permission application appeal access entry visa petition parole
    licence license permit asylum waiver extension""".split()
)
# What an unanswered request is ("did not return a phone message").
REQUESTS = frozenset("request message call email question inquiry query phone interview".split())
# "could not be reached", "was not available": the reporter got no answer.
# Verbs of getting hold of someone: "could not be reached for comment" says that nobody
# answered, not that anyone declined.
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
    "raise": frozenset("concern question doubt alarm objection".split()),
    "express": frozenset(
        """concern support hope doubt frustration opposition disappointment
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
# Cues that go on from the speaker's earlier words ("he added", "she continued"): their
# pronoun stands for the one who spoke last.
GOING_ON = frozenset("add continue".split())


# --- actors: what tells an actor from a place, a title or a thing -----------------------

# Abbreviated titles that news style writes before a name with a full stop (the AP
# stylebook's military, police, legal and church titles: "Navy Capt. Jo Doe", "Lt. Col.
# Doe"): one word with the stop, which ends no sentence. spaCy's English tokenizer knows
# "Dr.", "Gen.", "Gov.", "Sen.", "Rep.", "Adm." and a few more already.
TITLE_ABBREVIATIONS = frozenset(
    """Capt. Lt. Col. Sgt. Cmdr. Maj. Cpl. Pvt. Brig. Det. Supt. Insp. Atty. Amb. Msgr. Fr.
    Hon. Pres. Ens. Spc.""".split()
)
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

# Nouns that, after a state's name or demonym, name the state itself ("the Russian
# government", "Syrian authorities").
STATE_BODY_NOUNS = frozenset(
    """government governments authorities authority regime side leadership administration
    establishment""".split()
)
# Nouns that, after a state's name or demonym, name those who act or speak for the state,
# a party of their own ("Russian officials", "the Syrian army"), by the kind they are.
STATE_AGENT_NOUNS: dict[str, str] = {
    **dict.fromkeys("official officials diplomat diplomats delegation".split(), "officials"),
    **dict.fromkeys("military forces force army troops navy".split(), "forces"),
}
# The last word of a body of a state's government, which a name that opens with the
# state's demonym or name makes that state's ("Ruritanian Foreign Ministry").
GOVERNMENT_BODY_NOUNS = frozenset("ministry department agency office services".split()) | {
    noun for noun, kind in STATE_AGENT_NOUNS.items() if kind == "forces"
}
# Either: a state's phrase that acts for it ("Russian officials" act where Russia does).
STATE_NOUNS = STATE_BODY_NOUNS | frozenset(STATE_AGENT_NOUNS)

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

# Nouns of a race for an office: the name before them is the office sought ("White House
# bid", "Senate race", "a White House hopeful"), not an actor.
RACE_NOUNS = frozenset("bid bids contender contenders hopeful hopefuls race races run".split())

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


# --- statements: every verb that can cue a statement, of the lists above ------------------
# Every verb the cue lists know, that a misread lemma is checked against.
CUE_VERBS = (
    SAYING
    | BELIEVING
    | SHOWING
    | STANCE
    | frozenset(CLAUSE_CUES)
    | QUOTING
    | REFUSING
    | frozenset(LIGHT_CUES)
)


# --- denials: the verbs and words a negation is read with ---------------------------------
# From general English; negatives, modals and wh-words are closed classes of any English grammar.
# Verbs that state what their content says ("said it had not").
# Verbs of answering someone: a negation they report answers what was said ("replied that
# it had not").
REPLYING_VERBS = frozenset("respond reply answer counter retort clarify".split())
STATING_VERBS = REPLYING_VERBS | frozenset(
    """say tell state add write tweet post declare announce note explain confirm report
    testify""".split()
)
# Verbs of holding to a position: a negation they report is a denial even when it judges.
INSISTING_VERBS = frozenset(
    """insist maintain stress emphasize emphasise reiterate repeat assert contend affirm
    underline swear""".split()
)
NEGATIVES = frozenset("no neither nothing none nobody never".split())
MODALS = frozenset("will would can could should may might must shall 'll wo ca".split())
# The modals of a statement not made ("should weigh in", "could argue"); "will" and "can"
# also open statements made ("I can tell you", "will say only that"). Of a refusal, "would
# not say" and "could not comment" are made; "should not comment" is not.
OUGHT_MODALS = frozenset("should may might must shall".split())
HYPOTHETICAL_MODALS = OUGHT_MODALS | frozenset("would could".split())
# Verbs of mind and perception: "did not see", "don't think" say what one knows or thinks.
MENTAL_VERBS = frozenset(
    """think believe know understand see feel want like need care expect mind remember hope
    wish seem appear realize recall""".split()
)
# Negated, these affirm: "never concealed", "did not deny", "did not rule out".
AFFIRMING_WHEN_NEGATED = frozenset("conceal hide deny dispute doubt hesitate rule".split())
# Words for what a denial answers: talk of them with a negation rebuts them.
ACCUSATION_NOUNS = frozenset(
    "accusation allegation speculation smear rumor rumour insinuation slander".split()
)
# What can be rejected as untrue: something said or written ("rejected the allegations",
# "dismissed the report"), or an idea given with its clause ("rejected the idea that").
# Rejecting anything else refuses it ("rejected the offer", "rejected those dates") and
# denies no claim.
SAID_THINGS = ACCUSATION_NOUNS | frozenset(
    """claim assertion statement charge suggestion argument criticism remark comment view
    contention characterization characterisation notion premise report story account
    version narrative portrayal description finding conclusion theory interpretation figure
    number estimate data analysis assessment article reporting concern worry fear complaint
    objection doubt question warning""".split()
)
# A content that is only a refusal ("No," she said; "Sorry," he said).
REFUSAL_WORDS = frozenset("no sorry nope never".split())
WH_WORDS = frozenset("whether if how why what when who where which".split())


# --- contents: verbs and prepositions that say where a content is -------------------------
# From general English.
# Verbs whose object is the one spoken to, not what is said ("told reporters").
ADDRESSEE_VERBS = frozenset("tell ask inform notify advise brief assure thank congratulate".split())
TOPIC_PREPOSITIONS = frozenset("of about for against on over as".split())
# What one comments on or talks about: the prepositions of a refusal's topic.
COMMENT_PREPOSITIONS = frozenset("on about".split())
# Verbs of speaking whose only content is a topic ("spoke about the wall"): without one they
# say that someone spoke ("spoke to Reuters"), not what.
TOPIC_VERBS = frozenset("speak talk".split())
# What someone is blamed, praised or accused for ("blasted X for Y", "accused X of Y").
GROUNDS_PREPOSITIONS = frozenset("for of over as at".split())
# Verbs whose topic comes after "to" ("referred to", "responded to").
TO_VERBS = frozenset("refer point respond react object allude reply".split())


# --- sources: words a parse may take for a subject that name nobody -----------------------
# From closed-class English words, as any English grammar lists them.
NOT_SOURCES = frozenset("there here what whatever nobody nothing none".split())


# --- presentation: what a denial answers, and words that only refer back ------------------
# From general news English.
# What a denial says it answers: "an allegation by X", "accusations from X", "X's claims",
# "U.S. media reports". Its words are the article's; a bare "that allegation" names nobody.
ACCUSATION_FORMS = (
    r"(?:allegations?|accusations?|claims?|reports?|suggestions?|statements?|charges?)"
)
REFERRING_WORDS = frozenset(
    "he she they it we i you him her them us who which this that these those such".split()
)
# Determiners that point back at what the text has just said ("that allegation", "such a
# suggestion"), and the nouns of what is said that they point back with.
POINTING_BACK = frozenset("that this such these those".split())
# Nouns a demonstrative places in the calendar, not back in the text ("this year", "these
# days", "this week").
CALENDAR_NOUNS = frozenset(
    """year years week weeks month months day days morning afternoon evening night weekend
    time times season summer winter spring autumn fall quarter decade""".split()
)
SAID_NOUNS = frozenset(
    """allegation allegations claim claims report reports suggestion suggestions accusation
    accusations assertion assertions charge charges idea ideas proposal proposals
    information""".split()
)


# --- speakers' labels: titles, places and prepositions around a speaker's noun ------------
# From general news English.
# Words that open a person's name without being part of it: courtesy and office titles.
NAME_TITLES = frozenset(
    """mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. representative gov gov.
    governor president vice secretary gen gen. general lt lt. col col. maj maj. capt capt.
    adm adm. sgt sgt. prof prof. judge justice mayor chairman chairwoman speaker former
    retired rev rev. sir lord lady prime minister u.s. attorney""".split()
)
# Nouns whose apposition is a place, not who speaks ("the city, Lyon").
APPOSED_PLACE_NOUNS = frozenset("city town country state capital region province village".split())
# Offices that stand before a name ("Ambassador to Ruritania X").
ROLE_TITLES = frozenset("ambassador envoy secretary minister spokesman spokeswoman".split())
# Prepositions whose phrase says whom a common noun speaks for ("spokesman for X").
OWNER_PREPOSITIONS = frozenset({"of", "for", "at", "from", "with", "close"})


# --- back-references: words that give a gender, and nouns that "the N" refers back with ---
# From general news English.
MALE_TITLES = frozenset("mr mr. sir".split())
FEMALE_TITLES = frozenset("mrs mrs. ms ms. miss madam lady".split())
MALE_ROLES = frozenset("spokesman chairman congressman businessman king prince".split())
# Kin nouns that give the gender of the person named beside them ("her husband, Jo Doe").
MALE_KIN = frozenset("husband son father brother widower uncle nephew grandson grandfather".split())
FEMALE_KIN = frozenset(
    "wife daughter mother sister widow aunt niece granddaughter grandmother".split()
)
FEMALE_ROLES = frozenset(
    "spokeswoman chairwoman congresswoman businesswoman queen princess actress".split()
)
# Nouns that stand for an organisation when an article writes "the N".
ORGANISATION_NOUNS = frozenset(
    """company firm corporation business group organization organisation agency foundation
    bank party committee department ministry network union association institute
    government administration office commission council board""".split()
)
# Nouns that stand for a person by their role ("the spokesman", "the senator").
ROLE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official senator governor president candidate
    minister secretary lawyer attorney representative congressman congresswoman chairman
    chairwoman director chief executive leader mayor nominee ambassador general commander
    adviser advisor aide judge sheriff""".split()
)
# Nouns for whoever can decline to comment: a person by their role, or a body.
PERSON_OR_BODY_NOUNS = ROLE_NOUNS | ORGANISATION_NOUNS | {"campaign"}
# The nouns of people, bodies and documents: what can say something.
SPEAKING_NOUNS = PEOPLE_NOUNS | BODY_NOUNS | PERSON_OR_BODY_NOUNS | DOCUMENTS


# --- actors' roles: who speaks, for whom, and the prepositions of parties and of places ---
# From general English.
# A name speaks as the subject of a verb that cues a statement (the statements' cues).
SPEAKING_VERBS = SAYING | frozenset(CLAUSE_CUES) | BELIEVING | REFUSING
# Who speaks through a spokesperson, official or executive speaks too ("the ministry's
# spokesman said", "Acme executives said").
VOICE_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official officials representative executive
    executives""".split()
)
# A place after these prepositions is a party to what happens, not where it happens.
PARTY_PREPOSITIONS = frozenset("by with against between".split())
# A place after these prepositions is where something happens.
LOCATING_PREPOSITIONS = frozenset(
    "in at to near into toward towards outside inside around across throughout within".split()
)


# --- actors' groups: the words that tie mentions of one actor together --------------------
# From general news English.
# Words that open an unnamed speaker's phrase without adding to who they are ("some
# military officials"), and the possessives that tie one to someone ("her aides").
THIRD_PERSON_POSSESSIVES = frozenset("his her their its".split())
UNNAMED_OPENERS = THIRD_PERSON_POSSESSIVES | {"the", "some", "other"}
COMPANY_NOUNS = frozenset({"company", "firm"})
# Words for one person's organisation that name the same one ("the Doe campaign", "Doe's team").
ENTOURAGE_KINDS = {
    "team": "campaign", "staff": "campaign", "camp": "campaign", "strategists": "campaign",
    "advisers": "aides", "advisors": "aides",
}  # fmt: skip


# --- actors' mentions: the words that set a state's opponents apart from it ---------------
# From general news English.
# Words that, between a demonym and "forces" or "leaders", make them the state's opponents.
OPPOSITION_WORDS = frozenset(
    """opposition rebel rebels insurgent insurgents militant militants jihadist jihadists
    separatist separatists exile exiled dissident dissidents resistance""".split()
)


# --- actors' names: the states the tables above know, and words of names ------------------
# From general news English.
STATES = frozenset([*CAPITALS.values(), *DEMONYMS.values(), *STATE_NAMES.values()])
# Words of a body's name that no person's name has.
INSTITUTION_WORDS = BODY_NOUNS | frozenset(
    "house senate congress university college school church hospital museum court".split()
)
# Words the recogniser takes for names.
NOT_NAMES = frozenset({"ok", "o.k", "okay"})
HONORIFIC_SEXES = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


# --- names the recogniser missed: particles of surnames ----------------------------------
# From the naming customs of Dutch, German, French, Italian, Spanish, Portuguese and Arabic.
# Lower-case particles inside surnames ("de Souza", "van Dijk", "al-Rashid").
SURNAME_PARTICLES = frozenset("de da di du del della van von der le la al bin ibn".split())


# --- actors' kinds: an entourage that is a group of people, not a body --------------------
# The entourage nouns for people around a person, not the body they run ("her aides").
GROUP_ENTOURAGE_NOUNS = ENTOURAGE_NOUNS - {"campaign", "administration", "team", "strategists"}


# --- sentences: abbreviations that end with a period --------------------------------------
# From general English and news style.
# Words that end with a period without ending a sentence ("Maj. Gen. Jan Novak").
ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen maj lt col sgt capt adm cmdr sen rep gov pres st jr sr prof rev
    u.s u.n u.k e.u jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc co corp
    ltd dept est approx a.m p.m fig al""".split()
)


# --- figures: number words, scales and fractions ------------------------------------------
# From the English names of numbers.
UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}  # fmt: skip
# Abbreviated scales written after a number ("$27.5bn", "£3m", "€40k").
SUFFIXES: dict[str, float] = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9,
    "bn": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12, "tr": 1e12,
}  # fmt: skip
# Denominators of fractions in words, singular and plural ("a third", "two-thirds").
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10,
}  # fmt: skip
# Plural scale words used alone say "many", not how many ("hundreds of workers").
VAGUE_SCALES: frozenset[str] = frozenset(
    "dozens scores hundreds thousands millions billions trillions tens".split()
)


# --- figures: the words that bound or soften a figure -------------------------------------
# From general news English.
QUALIFIERS_BEFORE = (
    "at least", "at most", "no more than", "no fewer than", "no less than", "not more than",
    "not less than", "more than", "less than", "fewer than", "upwards of", "in excess of",
    "as many as", "as much as", "as few as", "as little as", "as high as", "as low as",
    "close to", "up to", "an estimated", "a total of", "a mere", "nearly", "almost", "over",
    "under", "about", "around", "approximately", "roughly", "some", "only", "just", "barely",
    "exactly", "precisely", "near", "below", "above", "estimated", "maybe", "perhaps",
    "possibly",
)  # fmt: skip


# --- figures: nouns that measure rather than name what is counted -------------------------
# Nouns that measure instead of naming what is measured: "57 percent of the delegates"
# counts delegates, "five years" counts years.
MEASURE_NOUNS = frozenset(
    """percent percentage cent % dozen dozens hundreds thousands millions
    billions trillions tens scores half third thirds quarter quarters fifth fifths share
    fraction total number""".split()
)


# --- figures: units, dollars by nation and spans of time ----------------------------------
# From SI and customary units, and the ISO 4217 codes of currencies.
# Units written onto digits ("9mm", "5km"): a scale only when money says so ("$5m").
ABBREVIATED_UNITS = frozenset(
    "mm cm km m kg mg g lb lbs mph kph ft mi ha mw gw kw kwh gb mb tb hp ml l".split()
)
DOLLAR_NATIONS = {"canadian": "CAD", "australian": "AUD", "hong kong": "HKD",
                   "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD"}  # fmt: skip
# A span of time named by one word: "a decade", "the next decade", "a year", "a
# quarter-century". Whether "a year" is a figure depends on the words around it (senses.py).
TIME_SPANS = {"decade": 1.0, "century": 1.0, "year": 1.0, "month": 1.0, "week": 1.0,
               "day": 1.0, "hour": 1.0, "minute": 1.0}  # fmt: skip


# --- figures: units of measure and of time, and what a number word sizes ------------------
# Units of measure and of time: "one year", "a four-year deal", "one percent".
MEASURES = frozenset(
    """year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries mile miles kilometer kilometers kilometre kilometres
    km meter meters metre metres foot feet inch inches yard yards acre acres ton tons tonne
    tonnes pound pounds ounce ounces gallon gallons liter liters litre litres barrel barrels
    page pages member members seat seats point points vote votes percent term terms game
    games round rounds count counts mm cm kg lb lbs mph person people floor floors""".split()
)
# What a hyphenated number word counts when it sizes a group: "a seven-man debate".
GROUP_SIZE_NOUNS = frozenset("man woman person judge nation country player team state".split())


# --- figures: the words of a tally of votes or a result, as regex forms -------------------
# From general news English.
# Words that make "52-48" or "5 to 4" a tally of votes or a result, not a range.
VOTE_WORD_FORMS = r"votes?|vot(?:ed|ing)|decision|ruling|verdict|majority|split|margin|tally"
RESULT_WORD_FORMS = (
    r"wins?|won|victory|loss|lost|lose|defeat(?:ed)?|beat|lead|led|draw|tie|tied|score"
)


# --- figures: the names of months, full and abbreviated -------------------------------------
# From the English calendar, with the abbreviations news style uses ("Sept.").
MONTH_NAMES: tuple[str, ...] = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip


# --- figures: nouns a number labels, and words that open a sentence before one ------------
# Nouns that a bare number after them labels instead of counting: "page 5", "gate 12".
LABEL_NOUNS = frozenset(
    """page pages chapter section article paragraph clause room gate platform channel line
    route highway interstate flight exhibit item lot row number no level grade category phase
    stage game round district ward precinct terminal pier unit suite apartment building
    amendment proposition prop title rule version season episode volume part step type class
    division zone region area sector block figure table model""".split()
)
# Words that may open a sentence before a number without making it part of a name.
NOT_NAME_WORDS = frozenset(
    """The A An About Around Almost Nearly Over Under Some Only Just More Less Fewer At Up
    Roughly Approximately Another All Those These Its His Her Their Our My Your Of In On By For
    To From With Between And Or But Than That Which Who When While After Before Since Until
    Each Every No Most Many Exactly Precisely Barely Close Well Estimated
    Total""".split()
)


# --- the brief's speakers: role words, as regex forms -------------------------------------
# From general news English.
ROLE_WORD_FORMS = (
    r"spokes(?:man|woman|person)|minister|president|secretary|ambassador|analyst|editor|"
    r"chief|director|commander|envoy|official|premier|chancellor|leader|adviser|advisor"
)


# Words before a role that make it a past one: a former minister speaks for no ministry.
PAST_ROLE_WORDS = frozenset("former ex onetime erstwhile retired then".split())
# Ranks and honorifics that open a speaker's name, abbreviated or not ("Maj. Gen. Jo Doe").
LEADING_RANKS: tuple[str, ...] = (
    "maj", "gen", "lt", "col", "capt", "adm", "sgt", "mr", "mrs", "ms", "dr", "prof", "major",
    "lieutenant", "colonel", "general",
)  # fmt: skip
# Plural nouns of speakers that are armed or organised groups ("rebels", "security forces").
GROUP_SPEAKER_WORDS: tuple[str, ...] = (
    "activists", "rebels", "fighters", "sources", "forces", "militants", "army",
)  # fmt: skip


# --- the brief's figures: function words that cannot end a thing's name -------------------
# From closed-class English words, as any English grammar lists them.
DANGLING_WORDS = frozenset("a an the of in on at to by for from with and or".split())


# --- the dossier's ledger: words too common to tell statements apart ----------------------
# From function words and reporting verbs.
STOPWORDS = frozenset(
    """
    the and for that this with from have has had was were are is been be not but its
    his her their they them there than then also said says say told according would could
    will can may might should about after before into over under more most some any all
    which who whom what when where while our out one two very just such only own same
    other these those being did does done
    """.split()
)


# --- the dossier's names: spellings that differ between outlets, and words an acronym skips ---
# Spellings that differ between outlets, not between entities.
SPELLINGS = {"defence": "defense", "organisation": "organization", "u s": "us"}
ACRONYM_SMALL_WORDS = frozenset({"of", "for", "the", "and", "in", "on"})


def alternatives(words: tuple[str, ...] | frozenset[str]) -> str:
    """The words as one regular-expression group of alternatives."""
    return "(?:" + "|".join(sorted(words) if isinstance(words, frozenset) else words) + ")"
