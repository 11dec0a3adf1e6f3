"""The long tail of attribution cues in news, by what they report (the vocabulary of the second-look frames).

Mined from PolNeAR's training split (cue lemmas by frequency, and how often the first pass missed each): beyond
say/tell/according to, news attributes with verbs of speech (added, wrote, argued, insisted …), of belief (believes,
thinks, fears …), of intention (wants to, plans to, pledged to, declined to …) and of evidence, whose subject is
a poll, a study or a record (shows, found, suggests …). Only the vocabulary lives here; stages/second_look.py reads it.
"""

from __future__ import annotations


def _forms(spec: str) -> dict[str, str]:
    """'say says said saying | tell …' -> {form: lemma} (the first form of each group is the lemma)."""
    out: dict[str, str] = {}
    for group in spec.replace("\n", "|").split("|"):
        words = group.split()
        for w in words:
            out[w] = words[0]
    return out


SPEECH = _forms("""
say says said saying | add adds added adding | write writes wrote writing | stated stating
claim claims claimed claiming | argue argues argued arguing | insist insists insisted insisting
explain explains explained explaining | noted noting | warn warns warned warning
report reports reported reporting | announce announces announced announcing | declare declares declared declaring
predict predicts predicted predicting | estimate estimates estimated estimating | acknowledge acknowledges acknowledged acknowledging
admit admits admitted admitting | concede concedes conceded conceding | confirm confirms confirmed confirming
deny denies denied denying | reveal reveals revealed revealing | disclose discloses disclosed disclosing
assert asserts asserted asserting | maintain maintains maintained maintaining | contend contends contended contending
reiterate reiterates reiterated reiterating | repeat repeats repeated repeating | recall recalls recalled recalling
remarked | reply replies replied replying | respond responds responded responding
answer answers answered answering | counter counters countered countering | complain complains complained complaining
boast boasts boasted boasting | brag brags bragged bragging | joke jokes joked joking | quip quips quipped quipping
tweet tweets tweeted tweeting | post posts posted posting | testify testifies testified testifying
allege alleges alleged alleging | speculate speculates speculated speculating
emphasize emphasizes emphasized emphasizing | emphasise emphasises emphasised emphasising | stress stresses stressed stressing
observe observes observed observing | mention mentions mentioned mentioning | caution cautions cautioned cautioning
conclude concludes concluded concluding | agree agrees agreed agreeing | suggest suggests suggested suggesting
indicate indicates indicated indicating | acknowledge | hint hints hinted hinting | signal signals signaled signalled signaling
proclaim proclaims proclaimed proclaiming | predict | promise promises promised promising | assure assures assured assuring
speak speaks spoke spoken speaking | tell tells told telling | inform informs informed informing
remind reminds reminded reminding | advise advises advised advising
exclaim exclaims exclaimed exclaiming | confess confesses confessed confessing
specify specifies specified specifying | stipulate stipulates stipulated stipulating
""")
"""Speech verbs whose content follows (with or without 'that')."""

NOUN_TOO = frozenset("""report reports claim claims note notes estimate estimates answer answers counter joke jokes post posts
    tweet tweets remark remarks reply replies respond promise promises pledge pledges vow vows warning hope hopes fear fears
    doubt doubts plan plans offer offers project projects figure figures signal signals hint hints figure want wants
    charge charges concern concerns finding findings aim aims bid bids calls attacks questions demands points talks pushes
    echoes challenges champions rails advocates""".split())
"""Cue forms that are also nouns ('a separate report', 'her plans'): a cue only after a subject that is no modifier."""

HEARER_FIRST = frozenset("tell tells told telling inform informs informed informing remind reminds reminded reminding assure "
                         "assures assured assuring advise advises advised advising warn warns warned warning promise promises "
                         "promised promising".split())
"""Cues whose first object is the hearer ('told reporters that C', 'assured voters C')."""
TELL = frozenset("tell tells told".split())
"""The finite forms of 'tell': a name after them is always the hearer ('“Q,” …, told Mongabay by phone'), never an inverted
source as after 'said'."""

CHANNEL_ONLY = frozenset("speak speaks spoke spoken speaking".split())
"""Cues that report only with a channel and a colon or comma before the words ('spoke on BBC Radio 4, “…”')."""

BELIEF = _forms("""
believe believes believed believing | think thinks thought thinking | feel feels felt feeling | fear fears feared fearing
worry worries worried worrying | hope hopes hoped hoping | expect expects expected expecting | suspect suspects suspected
doubt doubts doubted doubting | assume assumes assumed assuming | reckon reckons reckoned | figure figures figured
know knows knew knowing | realize realizes realized realizing | realise realises realised realising
understand understands understood | acknowledge | argue | insist | consider considers considered considering | wonder wonders wondered wondering
theorize theorizes theorized | theorise theorises theorised | hypothesize hypothesizes hypothesized | hypothesise hypothesises hypothesised
""")
"""Verbs of belief and knowledge: what someone holds true (PolNeAR's 'internal states')."""

INTENTION = _forms("""
want wants wanted wanting | plan plans planned planning | intend intends intended intending | hope
seek seeks sought seeking | aim aims aimed aiming | vow vows vowed vowing | pledge pledges pledged pledging
promise | threaten threatens threatened threatening | refuse refuses refused refusing | decline declines declined declining
agree | offer offers offered offering | propose proposes proposed proposing | expect
""")
"""Verbs of intention, followed by 'to' and the act intended ('wants to', 'declined to', 'pledged to')."""

PURPOSE_HEADS = frozenset("""flight flights mission missions project projects program programs programme programmes plan plans effort
    efforts initiative initiatives law laws bill bills legislation measure measures policy policies proposal proposals change changes
    system systems scheme schemes reform reforms strategy strategies agreement agreements deal deals treaty treaties amendment
    amendments regulation regulations rule rules order orders operation operations exercise exercises trial trials test tests
    study studies research technology technologies device devices tool tools vehicle vehicles aircraft spacecraft satellite
    satellites telescope telescopes instrument instruments fund funds grant grants budget budgets package packages""".split())
"""Heads of things made for a purpose: their 'aims to', 'seeks to' is what they are for, no one's intention ('The flights on
Mars aimed to support …', 'The bill seeks to …')."""

EVIDENCE = _forms("""
show shows showed shown showing | find finds found finding | suggest | indicate | reveal | conclude | estimate
project projects projected projecting | predict | confirm | establish establishes established | demonstrate demonstrates demonstrated
""")
"""Verbs whose subject may be a document, a poll or a study ('polls show', 'the study found')."""

EVIDENCE_SUBJECTS = frozenset("""poll polls survey surveys polling study studies research report reports analysis analyses data dataset datasets
    figures records record documents document emails email filing filings review audit investigation probe statistics numbers estimates
    projections results tally count census memo letter transcript ledger ledgers footage video videos photos evidence
    average averages slide slides transcripts chart charts graph recording recordings""".split())
"""Heads of subjects that can show or find (a study, a poll, documents)."""

FINDINGS = frozenset("poll polls polling survey surveys study studies research analysis analyses review audit average averages".split())
"""Heads that still find with a phrase after them ('Polls in New Hampshire show …'; not 'Photos and video from the blaze')."""

RELATED_TO = frozenset("""aide aides adviser advisers advisor advisors spokesman spokeswoman spokesperson lawyer lawyers attorney
    attorneys counsel ally allies strategist strategists confidant confidants consultant consultants close closest""".split())
"""Words after which 'to' stays inside a subject ('aides to Clinton', 'sources close to her campaign', 'an adviser to X')."""


AUXILIARIES = frozenset("""has have had having will would could should can cannot may might must shall do does did also not n't never
    then later previously repeatedly publicly privately recently earlier still already again often once now just even only first
    reportedly apparently allegedly initially subsequently ultimately originally further long flatly strongly firmly openly
    quickly immediately swiftly separately jointly both all since is are was were am be been being 's ’s 've ’ve 'd ’d 'll ’ll""".split())
"""Words that may stand between a subject and its cue ('has repeatedly said', 'are saying', 'has since apologized')."""

CHANNEL_NOUNS = frozenset("""statement interview speech tweet tweets post posts letter op-ed oped column email emails memo briefing
    conference rally debate hearing testimony broadcast program programme show podcast video appearance remarks address
    radio television tv message messages release filing blog website book""".split())
"""Nouns naming the channel a statement reached the article through ('in a statement', 'on CNN's State of the Union')."""

TIME_NOUNS = frozenset("""monday tuesday wednesday thursday friday saturday sunday week weekend month year morning afternoon
    evening night day today yesterday tonight january february march april may june july august september october november
    december spring summer autumn fall winter""".split())
"""Time words of a circumstance phrase between a subject and its cue ('Trump on Tuesday said')."""

POSITIONS = _forms("""
support supports supported | oppose opposes opposed | favor favors favored | favour favours favoured | prefer prefers preferred
approve approves approved | disapprove disapproves disapproved | back backs backed | reject rejects rejected | trust trusts trusted
""")
"""Positions a poll reports of a share of people ('a 69% majority of Republicans support deploying ground forces')."""

QUANTITY_SUBJECT = frozenset("""percent per cent majority plurality minority most half third thirds quarter quarters fifth fifths
    many few several""".split())
"""Words of a quantified subject ('two-thirds of voters', '45 percent of Democrats', 'most Republicans')."""

STANCE = {form: lemma for form, lemma in _forms("""
cite cites cited citing | attacked attacking | endorse endorses endorsed endorsing | praise praises praised praising
slam slams slammed slamming | blast blasts blasted blasting | criticize criticizes criticized criticizing
criticise criticises criticised criticising | mock mocks mocked mocking | denounce denounces denounced denouncing
defend defends defended defending | tout touts touted touting | question questions questioned questioning
echo echoes echoed echoing | lament laments lamented lamenting | accuse accuses accused accusing
describe describes described describing | call calls called calling | urge urges urged urging | blame blames blamed blaming
condemn condemns condemned condemning | hail hails hailed hailing | decry decries decried decrying | lambast lambasts lambasted
applaud applauds applauded applauding | champion champions championed championing | demand demands demanded demanding
dispute disputes disputed disputing | reject rejects rejected rejecting | challenge challenges challenged challenging
ridicule ridicules ridiculed ridiculing | assail assails assailed assailing | deride derides derided deriding
bemoan bemoans bemoaned bemoaning | invoke invokes invoked invoking | portray portrays portrayed portraying
characterize characterizes characterized characterizing | dub dubs dubbed dubbing | highlight highlights highlighted highlighting
point points pointed pointing | refers referred referring | talk talks talked talking | speak speaks spoke spoken speaking
discuss discusses discussed discussing | rail rails railed railing | push pushes pushed pushing | advocate advocates advocated advocating
""").items() if not form.endswith("ing")}
"""Speech acts and stances whose object is what was said or the position taken ('cited the medicinal benefits of cow
urine', 'attacked the impeachment investigation'): a report only in a finite form with a subject that is a person, a
body or a group. Kept out of ALL: a stance verb beside a quotation does not make its subject the quote's speaker."""

STANCE_PARTICLES = {"call": ("for", "on"), "point": ("to",), "refer": ("to",), "talk": ("about",), "speak": ("about", "of", "out against"),
                    "discuss": (), "rail": ("against",), "push": ("for",), "advocate": ("for",)}
"""Lemmas that report only with their particle ('called for an end to …', 'pointed to the record'), or take it:
the content follows the particle ('talked to reporters', 'pushed the door' are no reports; 'call' also takes an object)."""
STANCE_ACT_WORDS = ("off", "up", "back", "in", "out", "down", "away", "over", "by", "into", "it quits", "911")
"""Right after a stance verb, words that make it an act: 'called off', 'backed down', 'called it quits', 'called 911'."""
STANCE_ACT_OBJECTS = ("meeting", "election", "vote", "press conference", "news conference", "halt", "session", "strike", "recess",
                      "timeout", "ambulance", "door", "car", "title", "lead", "ball")
"""Objects that make a stance verb an act: 'called a meeting', 'called an election', 'defended his title'."""
PARTICLE_NEEDED = frozenset("point refer talk speak rail push".split())

PEOPLE = frozenset("""he she they we who campaign campaigns officials official leaders leader critics lawmakers members party parties
    government ministry spokesman spokeswoman spokesperson president minister senator governor mayor candidate candidates
    opposition protesters activists experts analysts voters residents group groups union unions democrats republicans
    administration committee council court judge agency company firm authorities supporters opponents allies aides advisers
    advocates conservatives liberals progressives delegates superdelegates nominee rival rivals chairman chairwoman director
    executive secretary speaker congressman congresswoman representative lawyer lawyers attorney attorneys ad ads statement
    letter report""".split())
"""Lower-case heads of a subject that can take a position (a capitalised head is a name and may)."""

ALL = {**SPEECH, **BELIEF, **INTENTION, **EVIDENCE, **POSITIONS}
"""Every second-look cue form -> its lemma."""

TRIGGERS = frozenset(ALL) | frozenset(STANCE)
"""The gate: a sentence with none of these words has no second-look frame."""
