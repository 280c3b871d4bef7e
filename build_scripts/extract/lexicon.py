"""Closed word lists of English news style. Generic vocabulary only: no names, no events."""

SPEECH_VERBS = frozenset("""
say tell add write state explain insist warn argue ask declare note claim describe call accuse
announce confirm deny reply respond answer continue conclude acknowledge admit stress emphasise
emphasize urge recall remark observe suggest predict promise vow pledge tweet post quip concede
complain maintain contend assert reiterate caution read testify recount joke muse point put
proclaim counter retort shout whisper scoff lament boast brag plead demand threaten repeat
fume snap exclaim blurt gush marvel wonder testify recount chide thunder rail sneer hail
""".split())

# Verbs that report a stance: the clause after them is a party's position or demand.
POSITION_VERBS = frozenset("""
demand insist want urge call refuse reject stress emphasise emphasize oppose support seek agree
vow pledge threaten propose require need accuse warn offer dismiss condemn welcome back
""".split())

PRONOUNS_PERSON = frozenset({"he", "she", "him", "her"})
PRONOUNS_GROUP = frozenset({"they", "it", "them", "we"})

# Nouns that name a document or message rather than who issued it ("the statement read:").
DOCUMENT_NOUNS = frozenset("""
statement letter communique communiqué release notice post message declaration text note memo
announcement filing submission report ruling decision order judgment judgement
""".split())

# A colon after one of these introduces paraphrased points, not a verbatim statement.
LIST_NOUNS = frozenset("""
point points highlight highlights takeaway takeaways detail details item items element elements
position positions demand demands priority priorities condition conditions term terms
""".split())
LIST_VERBS = frozenset("share outline list summarise summarize set detail lay enumerate".split())

# Words that mark a quoted span as a label rather than speech: so-called "X", dubbed "X".
LABEL_CUES = frozenset("""
so-called dubbed nicknamed titled entitled named called termed labelled labeled branded known
coined
""".split())

# Outlets and agencies: words in the name of a news organisation.
OUTLET_WORDS = frozenset("""
news times post press radio tv television journal herald gazette tribune daily broadcasting
network channel telegraph guardian observer chronicle dispatch ledger courier bulletin wire
magazine review standard express mirror star sun mail today weekly monitor reporter show
""".split())
AGENCY_WORDS = frozenset("agency agence wire presse".split())
REPORT_WORDS = frozenset("""
report study survey project data figures analysis poll research index census filing document
review audit estimate estimates statistics paper assessment investigation inquiry database
tally count
""".split())

# Nouns that refer back to an organisation or group already named ("the union", "the group").
GROUP_NOUNS = frozenset("""
group movement organisation organization union company party faction militants government
ministry council commission regulator trust service agency office board firm court tribunal
delegation administration department committee authority coalition alliance rebels front
campaign inquiry panel network association federation bank fund club team army military
""".split())
GROUP_KIND_WORDS = frozenset("""
brigade brigades front movement army militia jihad liberation rebels faction group militants
forces guard guards resistance community
""".split())

ANONYMITY_CUES = ("condition of anonymity", "anonymously", "not authorized to", "not authorised to",
                  "declined to be named", "asked not to be named", "not to be identified",
                  "requested anonymity", "who asked not to be identified", "refused to identify")

# Words after a name that make a group or an office of it: "the fishing community", "the
# ministry's inspector general" ("IG" as news copy abbreviates it).
BODY_SUFFIXES = (("community",), ("inspector", "general"), ("ig",), ("ombudsman",), ("watchdog",))

# Prepositions after which a name is a place or a channel, not an actor: "in Tarvonia", "on a forum".
LOCATIVE_PREPOSITIONS = frozenset("in on at inside within near across throughout via into onto outside".split())
# ... and, for a place, where something goes or comes from: "fighters going to Tarvonia".
DIRECTION_PREPOSITIONS = frozenset("to from toward towards".split())

STOP_TITLE_WORDS = frozenset("the a an of and for in on at to".split())

# Nouns that refer back to a news organisation ("the daily wrote").
OUTLET_NOUNS = frozenset("""
daily newspaper paper magazine broadcaster network channel outlet publication tabloid website site
station programme program show weekly
""".split())

# People who speak for an organisation: "a spokesman for X said" is X speaking.
SPOKES_NOUNS = frozenset("""
spokesman spokeswoman spokesperson representative statement
""".split())

# Words that give a person's gender when the text uses them of that person.
FEMALE_WORDS = frozenset("""
mrs ms miss madam dame lady congresswoman spokeswoman chairwoman businesswoman councilwoman
mother wife daughter sister grandmother queen princess duchess actress widow girl woman
""".split())
MALE_WORDS = frozenset("""
mr sir lord congressman spokesman chairman businessman councilman father husband son brother
grandfather king prince duke actor widower boy man
""".split())
