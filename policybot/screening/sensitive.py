"""Sensitive content that carries no marking but would need one (policy 4.3, 4.4):
intelligence gradings, covert sources and tactics, surveillance and RIPA/IPA
authorisations, witness protection, and identifiers of people.

Look-alikes are the hard part. A 5x5x5 grading ``B24`` looks like a road (A11, A140,
B1150), a room or a locker, so an unseparated one counts only where the sentence talks
about intelligence and not about roads or rooms. Identifiers must have the shape the
issuing scheme gives them, and a PNC ID must carry the check letter its number implies,
so "NI contributions" or a flat number never pass for one.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from policybot.screening.context import Context, requests_to_keep_it_close, sentence_bounds
from policybot.screening.findings import SENSITIVE_CONTENT, Finding
from policybot.screening.normalise import Normalised
from policybot.screening.personal import find_personal

_REFS = ("4.3", "4.4")

# Phrases, matched in Normalised.words (single-spaced, leetspeak and look-alikes read),
# each with its reason and whether it is specific by itself: a topic (a CHIS, a RIPA
# authorisation) needs the operational model to read the sentence as specific about it;
# an outcome or findings about someone (failed vetting, post-mortem injuries) are.
# What a code opens, and the code itself: three to six digits, spaced or not ("5 7 1 3").
_LOCKED = "door|doors|alarm|key ?safe|key ?box|box|gate|padlock|keypad|armoury|safe|cage|compound|store|airlock|locker|cabinet"
_CODE = r"\d(?: ?\d){2,5}\b"
# Between a code's name and its digits: a few words ("by the side entrance"), or more
# ending in what says the digits are it ("for the side door of the 3rd floor archive is").
_SAID_TO_BE = r"(?: [a-z]+){0,6}?|(?: [a-z0-9]+){0,10}? (?:is|s|now|to|are|was)"
# What makes a number a quantity, not a code: "1500 square feet", "2000 quid".
_UNIT = (
    r"(?:sq|square|feet|foot|ft|yards?|yds|metres?|meters?|m|km|miles?|pounds?|quid|k|years?|yrs|people|hours?|hrs"
    r"|minutes?|mins|items?|kg|kilos?|tonnes?|litres?|per ?cent|percent|calls|jobs|cases|officers|staff)\b"
)
# A time, not a code: "...training is at 1400".
_NOT_A_TIME = r"(?<! at)(?<! from)(?<! by)(?<! until)(?<! till)(?<! before)(?<! after)"
# Details that identify whoever they are given for, as people list them.
_IDENTIFYING_DETAILS = (
    r"(?:dobs?|dates? of birth|addresses|address|home addresses|phone numbers|numbers|mobiles|mobile numbers"
    r"|regs|pnc ids?|ages|crime numbers|crime refs|case numbers)"
)
# Whose names and details a list holds, by their part in police business or the public's:
# one or many ("the victim names", "the owners' addresses").
_PERSON_STEMS = "victim suspect offender nominal driver owner keeper subject patient farmer resident applicant holder"
_PEOPLE_PLURAL_ONLY = ["witnesses", "families", "kids", "children", "people"]
_WHOSE = "(?:" + "|".join([f"{stem}s?" for stem in _PERSON_STEMS.split()] + ["witness"] + _PEOPLE_PLURAL_ONLY) + ")"
# ...and the same people given with their details, as a list names them (looked behind
# for, so plural: "40 burglary victims with their phone numbers").
_PEOPLE_WITH_DETAILS = [f"{stem}s" for stem in _PERSON_STEMS.split()] + _PEOPLE_PLURAL_ONLY
_NAMES_AND_DETAILS = (
    r"(?<!made up )(?<!fake )(?<!dummy )(?<!fictional )names?(?:,| and| n| &)? (?:their |the )?" + _IDENTIFYING_DETAILS
)
# What such details are kept in.
_MATERIAL = (
    r"lists?|spreadsheets?|sheets?|logs?|records?|files?|referrals?|screenshots?|printouts?|documents?|docs?|tables?"
    r"|attachments?|forms?|returns|registers?|databases?|extracts?|exports?|schedules?"
)
# Someone other than the writer, as a private matter is told of them: "she", "Rob's",
# "PS Grant", or a colleague placed by team ("Ellie on the front counter", "Jo from
# payroll"). "It's", "that's", "there's" name no one.
_NOT_A_NAME = (
    r"(?!(?:it|that|what|there|here|who|where|how|let|i|we|you|this|everyone|everybody|nobody|one"
    r"|mine|yours|ours|theirs)\b)"
)
_RANK = r"(?:pc|ps|sgt|sarge|dc|ds|di|dci|pcso|insp|inspector|sergeant|supt|ch insp)"
_THIRD_PERSON = (
    r"(?:he|she|they|" + _NOT_A_NAME + r"[a-z]+ s|" + _RANK + r" [a-z]+(?: [a-z]+)?"
    r"|" + _NOT_A_NAME + r"[a-z]+ (?:on|from|in|at) (?:the )?[a-z]+(?: [a-z]+)?)"
)
_SOMEONE_ELSES = r"(?:his|her|their|" + _NOT_A_NAME + r"[a-z]+ s)"
_CLOSE_FAMILY = (
    r"husband|wife|missus|misses|partner|hubby|other half|boyfriend|girlfriend|fiance|fiancee"
    r"|mum|dad|mother|father|son|daughter|brother|sister|baby"
)
# Conditions of health whose naming alone tells a private matter.
_CONDITION = (
    r"cancer|chemo|chemotherapy|ptsd|depression|anxiety|a breakdown|breakdown|rehab|heart op|knee op|hip op"
    r"|surgery|antidepressants|happy pills|counselling|the drink"
)
# A pattern whose first words begin with few letters opens with a look-ahead for them:
# Python's re tries every alternative, and every look-behind, at each word of a message,
# and the look-ahead turns most words of a long post away at once.


class _Anchored:
    """A pattern searched for only around the words every match of it holds.

    The pattern for a colleague's private matter opens on whoever it is told of, which
    may be any word, so the regex engine would try all its alternatives at every word of
    a long post; the matter itself ("divorce", "pregnant", "suspended") is a short list.
    Each of its words found opens a window (``_ANCHOR_BEFORE`` characters before it,
    ``_ANCHOR_AFTER`` after) in which the pattern is looked for."""

    def __init__(self, anchor: str, pattern: str):
        self._anchor = re.compile(anchor)
        self._pattern = re.compile(pattern)

    def finditer(self, text: str):
        reached = -1
        for word in self._anchor.finditer(text):
            window = (max(0, word.start() - _ANCHOR_BEFORE), min(len(text), word.end() + _ANCHOR_AFTER))
            for match in self._pattern.finditer(text, *window):
                if match.start() >= reached:
                    reached = match.end()
                    yield match


_ANCHOR_BEFORE, _ANCHOR_AFTER = 90, 50
# The words of a private matter, one of which each match of its pattern holds.
_PRIVATE_MATTER_WORDS = (
    r"\b(?:walked out|left (?:him|her|them)|moved out|kicked|thrown|passed|died|marriage|relationship|divorce"
    r"|separation|miscarriage|pregnant|ivf|expecting|diagnosed|"
    + _CONDITION
    + r"|off (?:long|sick|work|with|because|due)"
    r"|drinking|suspended|written warning|capability|sacked|failed|nicked|arrested|charged|locked up)\b"
)
_PHRASES: list[tuple[re.Pattern | _Anchored, str, bool]] = [
    (
        re.compile(
            r"\b(?:chis|covert human intelligence sources?|informants?|informers?|grass(?:es)? on the inside"
            r"|(?:chis|source|covert) handlers?|dedicated source unit|participating informants?"
            r"|undercover (?:officers?|ops?|operations?|deployments?|cops?|work|team|operatives?|buy|purchase)"
            r"|ucos?|uc (?:officers?|deployments?|ops?|operatives?)|(?:our|the|their|a|an) (?:[a-z]+ )?ucs?(?! claim| payments?)"
            r"|(?:is|s|are|re|be) going undercover|(?:go|goes|going|went) undercover (?:into|at|to) (?:the|a|an|his|her|their)\b"
            # Lent by the unit that runs them ("a UC from ROCU is ..."); Universal
            # Credit comes from the DWP.
            r"|ucs? (?:from|off) (?:the |a )?(?:regional|rocu|nca|met|other|another|neighbouring|national|specialist)"
            # Counted ("two UCs in the club tonight"): Universal Credit is claimed, not counted out.
            r"|(?:\d+|two|three|four|five|six|a couple of|a pair of) ucs(?! claims?| payments?)"
            # Whatever is done or kept covertly: "the covert mic", "a covert profile on the
            # forum", "the car parks up covertly".
            r"|covert(?:ly)? [a-z]+"
            # Watching from hiding: "obs on the garage from 0600", "the obs van's out" (not where one is: "bored on obs").
            r"|(?:obs|observation) (?:on|vans?|points?|posts?|teams?|lot|cars?|ops?|operations?|deployments?)"
            r"|(?:static|mobile) obs"
            r"|(?:our|my|the|a) (?:new |regular |usual |main |other )?(?:source|informant)"
            r" (?:says|said|reports|reported|told|tells|states|stated|met|has|is giving|gave|reckons|claims|is saying)"
            r"|test purchase officers?|test purchases?(?: operations?| ops?| volunteers?)?"
            r"|test (?:buys?|buying)|tp (?:teams?|ops?|operations?|volunteers?|officers?|jobs?)"
            # A sting, a hide watched from, an arrest team lying in wait, bait with a tag in it.
            r"|(?:doing|do|run|running|planning|set up|setting up) a sting|sting (?:ops?|operations?)"
            r"|(?:hides?|obs points?|ops? posts?) (?:is |s |are )?(?:now )?(?:manned|staffed|occupied)"
            r"|arrest teams? (?:will be|are|is|s|re) (?:waiting|in|at|on|ready|plotted|standing|hidden)"
            r"|gps (?:tags?|markers?|trackers?)|surveillance (?:kit|equipment|devices?|gear)"
            # What intelligence says, as a message is headed: "Int: the Hendry lot are moving
            # cash Tuesdays", "intel from my contact at the yard: ...".
            r"|^int (?=[a-z])|^intel from (?:my|a|an|the|our) "
            # A camera hidden or put up by the police: "the camera we hid in the barn", "a hidden cam on the gate".
            r"|(?:hidden|concealed|pinhole) (?:cams?|cameras?)"
            r"|(?:cams?|cameras?) (?:we|i|tsu) (?:ve |have |had )?(?:put|hid|hidden|placed|fitted|installed|stuck|left|set up|rigged)"
            # What intelligence or a handler tells, however the source goes unnamed: "intel
            # says the bikes move Sunday", "word is they'll try the yard again".
            r"|(?:int|intel|intelligence|(?<!call )(?<!dog )handler) (?:is that|says|said|suggests|indicates|reckons|has it"
            r"|tells us|told us)|word (?:from|back from) (?:the |our |my )?(?:handler|source|dsu|informant)"
            r"|word is (?:that )?(?:they|he|she|the|a|an|his|her|their))\b"
        ),
        "Mentions a covert source or covert tactics (CHIS, informants, undercover deployments)",
        False,
    ),
    (
        re.compile(
            r"\b(?:(?:ripa|ipa|ds|dsa) (?:authorisations?|authorizations?|authority|authorities|applications?|warrants?"
            r"|approval|paperwork|forms?|requests?|(?:was|has been|is|got) (?:granted|authorised|approved|signed))"
            r"|(?:directed|intrusive|covert|mobile|static|foot|targeted) surveillance"
            r"|surveillance (?:authorisations?|authority|applications?|logs?|teams?|deployments?|ops?|operations?"
            r"|targets?|subjects?|plans?|is authorised|on (?:the|him|her|them|his|their)"
            r"|(?:lost|had|have|has|picked up|housed|followed|plotted|clocked|saw|spotted) (?:him|her|them|the))"
            r"|under surveillance|investigatory powers act"
            r"|(?:interception|intercept|equipment interference|ti) (?:warrants?"
            r"|product|authorisations?|applications?|requests?|results?|checks?|came back|shows?)"
            r"|tracking device (?:fitted|on)"
            # On whatever it follows: "tracker's on the grey Navara", "trackers fitted to both quads".
            r"|trackers? (?:(?:is|s|are|now|been|was|still|has been) )*(?:fitted|on|under) (?:to )?(?:the|his|her|their|a|an|both|all"
            r"|every|\d+)"
            r"|phone taps?|wire ?taps?|(?:line|phone)s? (?:is|are) (?:being )?(?:tapped|intercepted))\b"
        ),
        "Mentions surveillance or a RIPA/IPA authorisation or warrant",
        False,
    ),
    (
        re.compile(
            # A vehicle watched for on the cameras: "ANPR marker on the Navara", "it hit
            # ANPR at Scole", "ANPR just pinged the van".
            r"(?=[acfhp])\b(?:anpr (?:markers?|hits?|alerts?|flags?|pings?|activations?|hotlists?)"
            r"|anpr (?:has |had |just )?(?:pinged|picked|clocked|flagged|caught)"
            r"|(?:hit|hits|pinged|pings|flagged (?:on|by)|clocked (?:on|by)|picked up (?:on|by)) (?:the )?anpr"
            # ...the cameras named by where they stand: "the bridge cameras are flagged for the Shogun".
            r"|cameras? (?:are |is )?(?:now )?(?:flagged|set|primed) (?:up )?for (?:the|a|an|his|her|their))\b"
        ),
        "Mentions ANPR markers or hits on a vehicle",
        False,
    ),
    (
        re.compile(
            # An arrest, an entry or a raid still to come, by the police or by those the
            # intelligence is about: "we're lifting him Friday", "plan is to arrest her at
            # work", "they plan to hit the depot".
            r"(?=[wgp])\b(?:we re|we are|we ll|we will|going to|gonna|plan is to|plan is we|planning to|plan to)"
            r" (?:lift|lifting|nick|nicking|arrest|arresting|hit|hitting|go in|go into|going in|going into|raid"
            r"|raiding|do the door|doing the door)\b"
        ),
        "Tells of a planned arrest, entry or raid",
        False,
    ),
    (
        re.compile(
            # Whose phone was where and who it called: "cell site has the handset in
            # Beccles", "call records for the pub's landline", "subs back on the number".
            r"(?=[cst])\b(?:communications data|comms data|cell ?site|call (?:data )?records|call data"
            r"|subscriber (?:checks?|details|info)|subs (?:checks?|back|came back|requests?)"
            r"|telephony (?:back|results?|shows|puts|has))\b"
        ),
        "Mentions communications data (cell site, call records, subscriber checks)",
        False,
    ),
    (
        re.compile(
            r"(?=[wpunrs])\b(?:witness protection|protected persons? (?:service|scheme|unit)|ukpps"
            r"|protected (?:witness(?:es)?|wits?|persons?)|new (?:id|identity|identities)(?! (?:card|cards|badge|pass|number))"
            r"|witness (?:is|has been|was|being) (?:relocated|moved to a safe house|given a new identity)"
            r"|new identity for (?:the )?witness|relocated witness(?:es)?|safe house address)\b"
        ),
        "Mentions witness protection",
        False,
    ),
    (
        re.compile(
            # A particular registered sex offender or MAPPA/MARAC subject ("the RSO in
            # Pakefield", "RSOs in the ward", "MARAC tomorrow has the Thetford case"), not
            # the schemes themselves ("MAPPA training", "what's a MARAC referral?").
            r"\b(?:(?:the|this|that|our|his|her|their|these|those|two|three|several) (?:rsos?|registered sex offenders?"
            r"|sex offenders?|mappa (?:nominals?|subjects?|offenders?|cases?|level \d (?:nominals?|offenders?|cases?))"
            r"|marac (?:cases?|victims?|subjects?|referrals? (?:for|on|about)))"
            r"(?! (?:visits?|module|registers?|management|team|unit|role|training|policy|process|manager|scheme)\b)"
            r"|(?:rsos?|registered sex offenders?|sex offenders?) (?:in|on|at|living|who|from|near|round|around)"
            r"(?! (?:the )?(?:community|general|prison|custody|society|register|uk|england|country|gov)\b)"
            r"|(?:marac|mappa)(?: meeting)? (?:tomorrow|today|tonight|on (?:monday|tuesday|wednesday|thursday|friday))"
            r" (?:is|has|will|are|discussing|discussed|heard|looking)"
            # Someone said to be one: "the man at no. 9 is an RSO", "she s MAPPA 3".
            r"|(?:he|she|they|him|chap|bloke|man|lad|male|guy|fella|patient|neighbour|boyfriend|ex)"
            r" (?:is|s|are|re) (?:still |also |now |actually )?"
            r"(?:on the (?:sex offenders? )?register|an? (?:rso|registered sex offender)|(?:a )?mappa (?:level )?\d))\b"
        ),
        "Mentions a particular registered sex offender or MAPPA/MARAC subject",
        True,
    ),
    (
        re.compile(
            r"(?=[dfghklortvw])\b(?:(?:failed|fails|failing|refused|declined|rejected|revoked|withdrawn|lost|knocked back|turned down)"
            r" (?:(?:his|her|their|the|its|my|your) )?(?:re ?vetting|vetting|re ?vet|mv|npp?v ?\d?|sc|dv)"
            r"|(?:re ?vetting|vetting) (?:refusal|rejection|failure)"
            # "didn't clear vetting", "hasn't passed her vetting".
            r"|(?:didn t|didnt|did not|hasn t|hasnt|has not|won t|wont)"
            r" (?:get through|got through|pass|passed|clear|cleared) (?:(?:his|her|their) )?(?:re ?vetting|vetting)"
            # Not a case put ("does vetting ever get turned down if you appeal?").
            r"|(?:re ?vetting|vetting)(?: (?!if |when |whether |unless )\w+){0,8}? (?:failed|refused|declined|rejected|revoked|withdrawn"
            r"|knocked (?:\w+ )?back|turned (?:\w+ )?down|(?:didn t|didnt|did not|hasn t|has not|won t|will not)"
            r" (?:go through|pass|come back clear)"
            # A result told as what came back: "her vetting came back as a fail", "his
            # vetting came back with a flag on it".
            r"|came back (?:as )?(?:a )?(?:fail|failure|refusal|negative|adverse)"
            r"|came back with (?:a |an |some )?(?:flags?|markers?|issues?|problems?|concerns?))"
            r"|(?:his|her|their) (?:security )?clearance (?:was |has been |s been |got |is )?"
            r"(?:refused|withdrawn|revoked|suspended|pulled|denied)"
            # Said of someone who has it, not of the scheme ("does conditional clearance ...?").
            r"|(?:got|gets|has|had|given|granted|only|his|her|their) (?:a )?conditional (?:vetting|clearance))\b"
        ),
        "Gives the outcome of someone's vetting",
        True,
    ),
    (
        re.compile(
            r"\b(?:(?:reg|regulation) (?:15|16|17|30|31)s? (?:notices?|served)|served (?:a |with a |him with a |her with a |with )?"
            r"(?:reg|regulation) (?:15|16|17|30|31)s?|gross misconduct (?:notices?|hearings? (?:for|into|against|on))"
            r"|under investigation by psd|psd (?:are|is) investigating|misconduct (?:notices?|investigation) (?:into|on|against)"
            # Someone's own interview or hearing with Professional Standards: "Dan's PSD
            # interview is on Monday", "she's being interviewed by PSD".
            r"|[a-z]+ s psd (?:interview|hearing|investigation|meeting)|(?:his|her|their) psd (?:interview|hearing)"
            r"|(?:being |been |was |is )interviewed (?:by|under caution by) psd)\b"
        ),
        "Mentions a misconduct investigation into a member of staff",
        False,
    ),
    (
        _Anchored(
            _PRIVATE_MATTER_WORDS,
            # A private matter of someone else's told as news: a marriage ending, a
            # pregnancy or fertility treatment, a death in the family, an illness, a
            # suspension or a warning. Said of a third person ("her", "Jo's", "PS
            # Grant"), not of oneself. A jibe ("no wonder his wife left", "not surprised
            # her fella went") presumes it rather than telling it, and a likeness ("looks
            # like he's on chemo") tells nothing.
            r"(?<!no wonder )(?<!not surprised )(?<!like )\b(?:"
            + _SOMEONE_ELSES
            + r" (?:"
            + _CLOSE_FAMILY
            + r")(?: s| has| had| have)? (?:just |now |finally |gone and )?(?:walked out|left (?:him|her|them)"
            r"|moved out|kicked (?:him|her|them) out|thrown (?:him|her|them) out|passed away|passed|died)"
            # A relative of theirs arrested: "Mike on dispatch, his son got nicked last night".
            r"|"
            + _SOMEONE_ELSES
            + r" (?:"
            + _CLOSE_FAMILY
            + r") (?:has |s |was |got |has got |s got |has been |s been )"
            r"(?:nicked|arrested|charged|locked up)"
            r"|(?:his|her|their) (?:marriage|relationship) (?:has |is |s )?(?:gone to pot|broken down|breaking down"
            r"|falling apart|fallen apart|on the rocks|ended|over)"
            r"|(?:going through|going thru|in the middle of|getting) (?:a |an )?(?:[a-z]+ )?(?:divorce|separation)"
            r"|(?:his|her|their) (?:divorce|separation|miscarriage)"
            r"|" + _THIRD_PERSON + r" (?:is |s )?(?:pregnant|(?:having|on|mid|doing|going through|undergoing) ivf)"
            # "Expecting" is a pregnancy when nothing is expected: "Ellie's expecting but...".
            r"|" + _THIRD_PERSON + r" (?:is |s )?expecting(?= (?:but|and|again|twins|a baby|so|due|not|hasn t|hasnt"
            r"|has not|keep|don t|dont|please|pls)\b| ?$)"
            r"|(?:her|their) ivf|ivf (?:didn t|didnt|did not|hasn t|has not|failed)"
            r"|" + _THIRD_PERSON + r" (?:is |has |has been |s been |was |had )?(?:been )?(?:diagnosed with"
            r"|(?:in|back from|having|starting|started|starts|on|getting|got) (?:a |an |his |her |their )?)"
            r"(?:[a-z]+ )?(?:" + _CONDITION + r")\b"
            r"|" + _THIRD_PERSON + r" (?:is |has been |s been |was )?off (?:long term |sick |work )?(?:sick )?"
            r"(?:with|because of|due to) (?:a |an |his |her |their )?(?:[a-z]+ )?(?:"
            + _CONDITION
            + r"|stress|back|knee|hip|shoulder|nerves|mental health)\b"
            r"|" + _THIRD_PERSON + r" (?:is |has |has been |s been |was |got |getting |being )?(?:been )?"
            r"(?:drinking heavily|on the drink|suspended(?! sentence)|a (?:first |final )?written warning"
            r"|on a capability plan|sacked)"
            r"|failed (?:his|her|their|the) (?:fitness|bleep|beep|psych|psychological|d a|drugs?|medical) "
            r"(?:test|assessment)|failed (?:his|her|their) probation)\b",
        ),
        "Tells a colleague's private circumstances (family, health, pregnancy or discipline)",
        True,
    ),
    (
        re.compile(
            # A code that opens a door, gate, alarm, key safe or someone's phone, with its
            # digits: "door code 4417", "key safe code is 4172", "gate code at the back of
            # the nick, 0505", "combination for the evidence store safe is 90210", "her
            # phone passcode is 2468".
            # The digits may be spaced ("5 7 1 3"), and a key safe's code may go unnamed
            # ("the key safe at the kennels is now 3317").
            rf"(?=[abcdeghklmps])(?:\b(?<!my )(?:{_LOCKED}|entry|access|combination|phone|handset|mobile)"
            rf" (?:(?:set|unset|entry|exit) )?(?:codes?|combinations?|combo|pin|passcode)\b"
            rf"(?:{_SAID_TO_BE})?{_NOT_A_TIME} {_CODE}"
            rf"|\b(?:codes?|combination|pin) (?:for|to|on) (?:the )?(?:[a-z]+ ){{0,2}}?(?:{_LOCKED})\b"
            rf"(?:{_SAID_TO_BE})?{_NOT_A_TIME} {_CODE}"
            rf"|\b(?:key ?safe|padlock|keypad)\b(?: [a-z]+){{0,8}}? (?:is|s) (?:now |still )?{_CODE}"
            # Anything else that locks, with four digits or more and no unit after them:
            # "the yard gate behind the workshop is now 7205" (not "the gate is 200 yards on",
            # "the store is 1500 square feet").
            rf"|\b(?:{_LOCKED})\b(?: [a-z]+){{0,8}}? (?:is|s) (?:now |still )?\d(?: ?\d){{3,5}}\b(?! {_UNIT}))"
        ),
        "Gives an access code to a door, gate, alarm, key safe or phone",
        True,
    ),
    (
        re.compile(
            # "pm" is not a private message ("PM me") nor a time ("2 pm").
            r"(?=[ap])\b(?<!\d )(?:post ?mortem|pm(?! (?:me|you|him|her|them|us)\b)|autopsy|pathologist)(?: \w+){0,12}? "
            r"(?:wounds?|ligature|fractures?|stab(?:bed|bing)?|strangul\w*|asphyxi\w*|trauma|injur(?:y|ies)|bruis\w*"
            r"|cause of death|cod|toxicology|tox)\b"
        ),
        "Gives post-mortem findings",
        True,
    ),
    (
        re.compile(
            # Indecent images as graded in a case ("17 graded Cat B, 2 Cat A", "second-check
            # the category C images on the Holt job"). Images off a seized phone shared for a
            # laugh read as indecent, and most writers of the dev sets labelled them so alone.
            r"(?=[cg])\b(?:cat(?:egory)? [abc] (?:images?|pics?|photos?|videos?|material|imagery)"
            r"|graded (?:as )?cat(?:egory)? [abc])\b"
        ),
        "Gives indecent images as graded in a case",
        True,
    ),
    (
        re.compile(
            # Material said to hold people's details, whether or not they are typed out:
            # "the list with their DOBs", "the intel log (names + regs)", "names and
            # addresses all on there", "sent him the names and numbers". Whoever they
            # are, a list of them is personal data; made-up ones for an exercise are not.
            # (The look-ahead lets the engine skip words that can start none of it, so the
            # words said before the names are looked behind for.)
            r"\b(?=[lsrfdtapnegcw])(?:(?:"
            + _MATERIAL
            + r")(?: [a-z]+){0,4}? (?:(?:with|containing|including|listing|showing) (?:all )?"
            r"(?:the |their |his |her |full |everyone s |everybody s )?(?:"
            + _WHOSE
            + r" )?(?:names|"
            + _IDENTIFYING_DETAILS
            + r")|"
            + _NAMES_AND_DETAILS
            + r")"
            r"|" + _NAMES_AND_DETAILS + r" (?:are |is )?(?:all )?(?:on it|on there|in it|in there|included|attached)"
            r"|(?:sent|send|sending|forwarded|emailed|passed|gave|shared|posted|copied|screenshotted|whatsapped)"
            r"(?: [a-z]+){0,3}? (?:the|their|his|her) (?:[a-z]+ s )?"
            + _NAMES_AND_DETAILS
            # ...or said to be all there is: "just names and DOBs, nothing else".
            + r"|(?=names? )(?:(?<=\bonly )|(?<=\bjust )|(?<=\beveryone s )|(?<=\beverybody s ))"
            + _NAMES_AND_DETAILS
            # ...or given with the people: "40 burglary victims with their phone numbers".
            # (Not a thing said to carry names and addresses: as often the reason it is
            # kept off the channel as a description of what was sent.)
            + r"|(?=with )(?:"
            + "|".join(f"(?<=\\b{people} )" for people in _PEOPLE_WITH_DETAILS)
            + r")with (?:all )?(?:their|the) (?:full )?(?:names and )?"
            + _IDENTIFYING_DETAILS
            + r")\b"
        ),
        "Describes material holding people's names and details (addresses, dates of birth, numbers)",
        True,
    ),
]

# Gradings, matched in Normalised.text (digits and separators kept).
# Gradings are typed with any mix of separators between their characters: "1/A/P",
# "1 / A / P", "1-A-P", "1.A.P", "1./.A./.P". _ANY_SEP is such a run (spaces alone
# included: "2 B C"); _MARKED_SEP holds a slash or dash somewhere, as a 5x5x5 grading
# needs before it counts without a word saying it is one ("A.1.1" may be a section).
_ANY_SEP = r"[ ./\\\-_,|:;]{1,5}"
_MARKED_SEP = r"[ ._,|:;]{0,2}[/\\\-][ ./\\\-_,|:;]{0,2}"
# Not glued to a longer code or number on either side ("12.1/A/P", "1-A-C-4").
_CODE_START = r"(?<![a-z0-9])(?<![a-z0-9][./\\\-_])"
_CODE_END = r"(?![a-z0-9])(?![./\\\-_][a-z0-9])"


def _code(first: str, rest: str) -> re.Pattern:
    """A grading that begins with a character of class ``first``, not glued to a longer
    code. Every grading's second character is a separator or a digit, never a letter:
    that pair is looked for before the look-behinds, which would otherwise be tried at
    every character of a message."""
    return re.compile(f"(?={first}[^a-z])" + _CODE_START + first + rest + _CODE_END)


_GRADING_352 = _code(r"[1-3]", _ANY_SEP + r"[a-e]" + _ANY_SEP + r"[pc]")
_GRADING_352_PACKED = re.compile(
    r"(?=[gis3])\b(?:graded|grading|grade|intel|intelligence|3x5x2|sir)\W+(?:as\W+)?[1-3][a-e][pc]\b"
)
_GRADING_555_SEPARATED = _code(r"[a-e]", _MARKED_SEP + r"[1-5]" + _MARKED_SEP + r"[1-5]")
_GRADING_555 = _code(r"[a-e]", r"(?:" + _ANY_SEP + r")?[1-5](?:" + _ANY_SEP + r")?[1-5]")
# The older 4x4 grading (source A-D, intelligence 1-4: "it's B2") is everywhere in how
# staff talk about intelligence, and everywhere else too (the A1, a B1 form, A4 paper):
# it counts only near words about intelligence, and not as a paper size or on a road.
_GRADING_44 = _code(r"[a-d]", r"[1-4]")
_INTELLIGENCE_TALK = re.compile(
    r"\b(?:intel|intelligence|int|source|sources|handler|handlers|reporting|informant|chis|graded|grading|grade"
    r"|sir|log)\b"
)
_INTELLIGENCE_REACH = 120  # characters before a 4x4 grading (and a third of that after) that may say so
_PAPER = re.compile(r"\W+(?:paper|size|sheets?|envelopes?|format|printer|print|printed|copies|landscape|portrait)\b")
# A code right after one of these words is a place or a part of a document, not a grading.
_LABEL_BEFORE = re.compile(
    r"\b(?:room|rm|locker|flat|desk|bay|block|floor|unit|cell|suite|seat|row|plot|pitch|table|section|para"
    r"|paragraph|appendix|annex|clause|chapter|version|page|step|item|question|q|grid|ref|form)"
    r"\W*(?:(?:is|was|number|no|now)\W+)?$"
)
# A 5x5x5 grading written without separators is recognised only right after a word that says so.
_INTEL_CONTEXT = re.compile(r"\b(?:graded|grading|grade|evaluated|evaluation|5x5x5|sir)\W+(?:(?:as|at|of|is)\W+)?$")
_CONCEPT = re.compile(
    r"\b(?:team|unit|department|scheme|service|process|procedure|policy|course|training|rules|same as|difference"
    r"|mean|means|stand for|stands for|work|works)\b"
)
# "what is a", "what's an", "what actually are": the term asked about follows. Not "what
# is the CHIS saying" nor "who is the informant": those ask about an operation.
_WHAT_IS = re.compile(
    r"\bwhat(?:'s|s|\s+(?:actually|exactly|even|really|basically|precisely)?\s*(?:is|are))"
    r"\s+(?:(?:actually|exactly|even|really|basically)\s+)?(?:(?:a|an)\s+)?"
)
_PLACE_CONTEXT = re.compile(
    r"\b(?:road|rd|northbound|southbound|eastbound|westbound|junction|roundabout|traffic|rtc|carriageway|lane"
    r"|room|locker|desk|floor|bay|flat|block|building|bus|exit|office|cell|suite|route)\b"
)


# A warrant, strike, raid, armed or covert deployment given with its time and its day or
# place, in one sentence: the planned operation the policy keeps off IM ("warrant on the
# unit off Mill Rd, 0545 Thurs", "two UCs in the precinct 1300-1700 tomorrow", "the
# surveillance team plotted up by the yard from 0400 Sat"). A bridge strike is a lorry
# that hit a bridge. Read in Normalised.text; a warrant card, the warrant office and
# warrant returns to court are no warrant executed, a surveillance camera no deployment,
# and "UC" alone is as often Universal Credit.
_OPERATION = re.compile(
    r"\b(?:warrants?(?! (?:cards?|returns?|office)\b)|(?<!bridge )strike(?: day)?|raid|raids|arvs?"
    r"|armed (?:response|units?|officers?|crews?|deployments?|support)|firearms (?:deployments?|teams?|units?|officers?"
    r"|authori[sz]ed|authority|operation|op)|afos?"
    # The unit named by its work, doing it: "firearms deploying to the retail park", "a hard stop".
    r"|firearms (?:are |will be |re |will )?(?:doing|deploying|deployed|going in|attending|stopping|plotted up"
    r"|on scene|in position|standing by|staged)"
    r"|(?:hard|armed|tactical) (?:stops?|entry)"
    r"|surveillance(?! cameras?\b| cctv\b)|undercover|ucs|ucos?|uc (?:officers?|deployments?|operatives?)"
    r"|covert (?:teams?|cars?|vehicles?|vans?|officers?|units?|deployments?)|unmarked (?:cars?|units?|vehicles?|vans?)"
    # Officers out of uniform on purpose: "plain clothes in the market square from 1900 Sat".
    r"|plain ?clothes (?:officers?|deployments?|patrols?|ops?|on|in|at)"
    r"|test purchases?|trackers? (?:is |s |are |now )?on (?:the|his|her|their|a|both|all|every)"
    # The door gone through and the job planned ahead: "entry team booked for Weds 0500",
    # "firearms are on a pre-planned at the docks Thursday night".
    r"|entry teams?|method of entry|pre ?planned|deploying armed)\b"
)
# A time of day as the clock or the day reads it: "0545", "05:45", "5.45am", "dawn"; not a
# price ("£10.30") nor a decimal inside a longer number.
_CLOCK = re.compile(
    r"\b(?:(?:[01]\d|2[0-3])[0-5]\d(?:hrs|hr|h)?\b|\d{1,2}(?: [0-5]\d)? ?(?:am|pm)\b|dawn\b|first light\b"
    # A part of a named day: "Thurs night", "Saturday morning".
    r"|(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r" (?:night|morning|evening|afternoon)\b"
    r"|(?<![£$.,])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d.,]\d))"
)
# Practice is no operation: "ARV requal at the range, 0900 Tues".
# Nor is learning about one: "surveillance awareness course, 0930 Tues at HQ".
_PRACTICE = re.compile(
    r"\b(?:refreshers?|requals?|requalifications?|exercises?|drills?|range days?|course|courses|cpd"
    # (A training room is only where they meet: "UCs briefing in the training room, 7pm".)
    r"|training(?! (?:rooms?|centre|center|suite|block|building|venue))"
    r"|awareness|workshop|module|lecture|seminar|webinar|input)\b"
)
_DAY_OR_PLACE = re.compile(
    # "Sat" is a day before a time ("Sat 2200", "Sat night"); a date is one too ("on the 20th").
    r"\b(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|saturday|sunday"
    r"|sat(?= (?:\d|night|morning|evening|afternoon))|(?:the )?(?:[12]?\d|3[01])(?:st|nd|rd|th)"
    r"|tomorrow|tmrw|tmw|tomoz|2moro|tonight|tonite|road|rd|street|st|lane|ln|close|drive|avenue|ave|way|walk|crescent|cottages?|farm|estate"
    r"|flats?|house|unit \d+|car park|lay by|layby|today|roundabout|junction|entrance|services)\b"
)


def _planned_operation(norm: Normalised) -> list[Finding]:
    """The first sentence of ``norm`` naming a warrant, strike, raid, armed or covert
    deployment with its time and its day or place (see ``_OPERATION``), unless asked
    about, talked about as the rules, practised or taught. A briefing may give them in
    the sentences either side ("Test purchase op in Cromer Fri. The UCs go in at 3pm"),
    and one whose writer asks to keep it close needs no time ("UCs are changing in the
    old gym all week, don't let the contractors in")."""
    kept_close = cache(lambda: bool(requests_to_keep_it_close(norm.text)))
    for operation in _OPERATION.finditer(norm.text):
        context = Context(norm.text, operation.start(), operation.end())
        said, framing = context.sentence, _clause(norm.text, operation.start(), operation.end())
        if not (_CLOCK.search(said) and _DAY_OR_PLACE.search(said)):
            said = _beside(norm.text, context.first, context.last)
            if not ((_CLOCK.search(said) or kept_close()) and _DAY_OR_PLACE.search(said)):
                continue
            framing = said
        # Practice frames the operation in its own clause ("ARV requal at the range, 0900
        # Tues"); in another it is what the operation puts off ("raid on the flat 0600
        # Weds so I can't do the first aid course"). Where the time or place
        # came from the sentences either side, practice there frames it too.
        if _PRACTICE.search(framing):
            continue
        if context.is_permission_question() or context.is_about_the_rules():
            continue
        span = norm.original_span(context.first, context.last)
        return [
            Finding(
                SENSITIVE_CONTENT,
                span,
                "Gives the time and the day or place of a planned warrant, strike, raid, armed or covert deployment",
                _REFS,
            )
        ]
    return []


def _clause(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding [start, end): up to the punctuation or the joining
    word ("so", "but", "because") either side, within its sentence."""
    first, last, _ = sentence_bounds(text, start, end)
    opened = [m.end() for m in _CLAUSE_BREAK.finditer(text, first, start)]
    closed = _CLAUSE_BREAK.search(text, end, last)
    return text[opened[-1] if opened else first : closed.start() if closed else last]


_CLAUSE_BREAK = re.compile(r"[,;:!?()]| [-\u2013\u2014] | (?:so|but|because|cos|as|and then) ")


def _beside(text: str, first: int, last: int) -> str:
    """The sentence ``text[first:last]`` with the sentences before and after it."""
    before = sentence_bounds(text, first - 1, first - 1)[0] if first > 0 else first
    after = sentence_bounds(text, last + 1, last + 1)[1] if last < len(text) else last
    return text[before:after]


# How many matches of one phrase are read in a message. Each costs its sentence's
# checks and a reading by the operational model; a 28 KB post repeating a term on every
# line would otherwise take a second (measured: one term repeated 3,000 times, 1,030 ms),
# and a message nudges on one finding.
_MOST_READ_PER_PHRASE = 12


def find_sensitive(norm: Normalised, corroborated=lambda start, end: True) -> list[Finding]:
    """Covert and surveillance terms, witness protection, gradings and identifiers typed
    apart. A term is a topic, not yet a detail: ``corroborated(start, end)`` (the
    operational model's reading of the sentence around the term, in original offsets)
    decides whether the sentence says something specific about it — "the informant
    says the shipment lands Friday", not "the informant liaison officer is on leave"."""
    findings = []
    for pattern, reason, specific in _PHRASES:
        for match in islice(pattern.finditer(norm.words), _MOST_READ_PER_PHRASE):
            start, end = norm.words_span(match.start(), match.end())
            context = _context_in_text(norm, match)
            # An outcome (failed vetting, post-mortem findings) is specific however the
            # sentence goes on ("...pulled off the course tomorrow"), unless it was
            # framed as talk about training or procedure from the start.
            if context.is_permission_question() or _asks_about_a_concept(context) or context.withholds_it_here():
                continue
            if context.is_framed_as_meta() if specific else context.is_meta():
                continue
            if not specific and not corroborated(start, end):
                continue
            findings.append(Finding(SENSITIVE_CONTENT, (start, end), reason, _REFS))
    if not findings:
        findings += _planned_operation(norm)
    text = norm.text
    for start, end, reason in _identifiers(text):
        if not Context(text, start, end).is_permission_question():
            findings.append(Finding(SENSITIVE_CONTENT, norm.original_span(start, end), reason, _REFS))
    # An identifier typed apart ("Q.Q.1.2.3.4.5.6.C") is one word once joined up.
    for word in norm.word_list:
        if word.disguised and len(word.raw) >= 8 and any(c.isdigit() for c in word.raw):
            for finding in find_personal(word.raw):
                findings.append(
                    Finding(SENSITIVE_CONTENT, norm.original_span(word.start, word.end), finding.reason, _REFS)
                )
                break
    return findings


def _asks_about_a_concept(context: Context) -> bool:
    """ "Does the witness protection unit sit under public protection?" or "what actually is a
    CHIS?" asks what a thing is, where "is the CHIS meeting at 3?" asks about an
    operation."""
    if not context.is_question():
        return False
    asked = _WHAT_IS.search(context.text, context.first, context.start)
    return bool(_CONCEPT.search(context.sentence)) or (asked is not None and asked.end() == context.start)


def _context_in_text(norm: Normalised, match: re.Match) -> Context:
    first = norm.word_list[norm.word_index(match.start())]
    last = norm.word_list[norm.word_index(match.end() - 1)]
    return Context(norm.text, first.start, last.end)


def _identifiers(text: str):
    """Gradings in ``text``; PNC, CRO and NI numbers as typed are found by
    :mod:`screening.personal`, which this reads only for identifiers typed apart."""
    for pattern in (_GRADING_352, _GRADING_352_PACKED):
        for match in pattern.finditer(text):
            if not _labelled(text, match.start()):
                yield (
                    match.start(),
                    match.end(),
                    "Carries a 3x5x2 intelligence grading: graded intelligence is sensitive",
                )
    for match in _GRADING_555_SEPARATED.finditer(text):
        if not _labelled(text, match.start()) and not _about_places(text, match.start(), match.end()):
            yield match.start(), match.end(), "Carries a 5x5x5 intelligence grading: graded intelligence is sensitive"
    for match in _GRADING_44.finditer(text):
        start, end = match.start(), match.end()
        nearby = text[max(0, start - _INTELLIGENCE_REACH) : end + _INTELLIGENCE_REACH // 3]
        if (
            _INTELLIGENCE_TALK.search(nearby)
            and not _PAPER.match(text, end)
            and not _labelled(text, start)
            and not _about_places(text, start, end)
        ):
            yield start, end, "Carries a 4x4 intelligence grading (the older scheme): graded intelligence is sensitive"
    for match in _GRADING_555.finditer(text):
        before = text[max(0, match.start() - 30) : match.start()]
        if _INTEL_CONTEXT.search(before) and not _about_places(text, match.start(), match.end()):
            yield match.start(), match.end(), "Carries a 5x5x5 intelligence grading: graded intelligence is sensitive"


def _labelled(text: str, start: int) -> bool:
    """Whether the code at ``start`` follows a word that names it ("room 1-A-C")."""
    return bool(_LABEL_BEFORE.search(text, max(0, start - 30), start))


def _about_places(text: str, start: int, end: int) -> bool:
    return bool(_PLACE_CONTEXT.search(Context(text, start, end).sentence))
