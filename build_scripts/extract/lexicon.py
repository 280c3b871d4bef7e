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
                  "requested anonymity", "who asked not to be identified", "refused to identify",
                  "want to be named", "wish to be named", "be quoted by name", "not be named", "not to be named",
                  "speaking on background", "on background")

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

# Sources. Verbs whose subject is where a claim comes from: "officials said", "the agency confirmed".
# (a question or a demand is not a claim: "call for", "asked whether")
REPORTING_VERBS = (SPEECH_VERBS - {"call", "ask", "wonder", "demand", "urge", "plead"}) | frozenset("""
report indicate concur clarify disclose reveal believe estimate
""".split())
# People a report relies on without naming them: "a senior official", "two people familiar with".
INFORMANT_NOUNS = frozenset("""
person people official source diplomat aide spokesman spokeswoman spokesperson insider executive
member adviser advisor officer employee staffer analyst negotiator senator lawmaker legislator
congressman congresswoman prosecutor investigator agent participant witness resident expert
strategist operative attendee general
""".split())
# Words of a document a report leans on, cited as "in a letter", "the filing shows".
CITED_DOCUMENT_NOUNS = frozenset("""
letter filing memo memorandum affidavit complaint lawsuit indictment transcript email emails
document documents
""".split())
# ... of them, those that hold figures: "the rating in the Harbour News poll" cites the poll
# (not "in the Berg investigation", a process).
FIGURE_DOCUMENT_NOUNS = frozenset("poll survey study census index data figures statistics tally count analysis audit".split())
# Verbs by which a document says something: "the audit found", "the filing shows".
FINDING_VERBS = frozenset("""
find conclude show say suggest reveal indicate report detail cite recommend note state describe warn
estimate document confirm put project predict list make call urge blame criticise criticize accuse
highlight identify outline forecast count
""".split())
# Nouns after an outlet's name that make it a news organisation: "a Harbour Wire reporter",
# "Radio Tamsin's evening programme" (not "panel": "a House panel" is a committee).
MEDIA_ROLE_NOUNS = frozenset("""
reporter reporters anchor host correspondent interviewer program programme show
broadcast broadcasts podcast newscast documentary segment columnist poll
""".split())
# ... and after an outlet's name in the possessive only: "the Courier's story" ("a Berg story"
# is a story about Berg).
MEDIA_WORK_NOUNS = frozenset("story article count tally headline editorial column affiliate".split())
# Roles in an author's note ("Ola Berg is a columnist for the Courier"): the outlet is not a source.
BIO_ROLE_NOUNS = frozenset("""
editor writer columnist contributor author member correspondent fellow director professor blogger
host producer reporter
""".split())
# Social networks: a post on one is a statement by whoever posted it.
SOCIAL_PLATFORMS = frozenset("twitter facebook instagram youtube tiktok telegram".split())
# Modifiers that do not tell one document from another ("a new report", "initial estimates").
GENERIC_DOCUMENT_MODIFIERS = frozenset("""
new initial subsequent latest recent other previous earlier first second last such same
""".split())
