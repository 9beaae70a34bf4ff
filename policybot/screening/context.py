"""What the words around a match say about it: is it a question, negated, talk about
the rules rather than content, or said in passing?

"Can I send OFFICIAL-SENSITIVE on here?" names a marking but carries none; "this is
not RESTRICTED" denies one; "RESTRICTED was replaced by OFFICIAL-SENSITIVE" talks about
the scheme. Detectors ask these questions of the sentence around what they matched,
in the normalised text (``Normalised.text``), so disguises don't hide the context.
"""

from __future__ import annotations

import re
from itertools import chain

# In chat an emoji often ends a sentence where a full stop would: "dropped it in here by
# mistake 😳 can someone delete it?" asks only its second half. One followed by a space
# ends one; a run of them ("😂😂") ends one once.
_EMOJI = "\u2600-\u27bf\U0001f000-\U0001faff"
# A dot before a digit ends no sentence: "05.45", "12.04.85", "v3.2".
# Words in quotation marks; an apostrophe inside a word ("she'll") is none.
QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d]+[\"\u201d]|(?<!\w)['\u2018][^'\u2018\u2019]+['\u2019](?!\w)")
_SENTENCE_END = re.compile(r"[.](?!\d)|[!?\n]|[" + _EMOJI + r"][" + _EMOJI + r"\ufe0f\u200d]*(?=\s)")
# A question word opening the sentence; not one running on past an apostrophe: "can't
# find my smartcard so I'm on Bev's login" says what was done; nor "what a ...", which
# exclaims ("what a muppet, he's put the wrong postcode on the log").
_INTERROGATIVE = re.compile(
    # ...but "Do not move it" and "Did not expect that" tell or bid, and "can I just say"
    # opens what is said; a question ends with "?".
    r"\s*(?!(?:do|does|did|can|could|will|would|should|shall|may|might|is|are|am) not\b"
    r"|(?:can|could|may) (?:i|we) just (?:say|add|point out|mention|remind)\b)"
    r"(?:can|could|may|might|am|is|are|should|shall|would|will|do|does|did|what(?! an? )|what's|whats|how|which"
    r"|why|where|when|who|is it|isn't|are we"
    # "has"/"have" ask only before their subject: "have you sent it?", not "have sent it over".
    r"|(?:has|have)(?= (?:you|u|we|they|he|she|it|i|anyone|any ?one|anybody|someone|somebody|every ?one|everybody"
    r"|the|this|that|these|those|any|all|my|your|his|her|our|their)\b))\b(?!')"
)
# "Why" asks a reason ("why have they put him in charge?"), and leave only of what may
# or may not be done ("why can't I post it here?").
_WHY_FOR_A_REASON = re.compile(
    r"\s*why\b(?!\s+(?:can|can't|cant|cannot|could|couldn't|should|shouldn't|shouldnt|may|mustn't|must"
    r"|is it|isn't it|are we|aren't we|am i)\b)"
)
# Asking who, which, where or when asks no permission, whatever is sent in it: "who
# wants to see the pics she sent me?" offers them round.
_ASKS_WHO_OR_WHERE = re.compile(r"\s*(?:who|whos|who s|which|where|when)\b")
# Asking someone to do something, as opposed to asking whether it may be done.
_REQUEST = re.compile(
    r"\s*(?:(?:can|could|would|will|pls|please) (?:you|u|ya|someone|somebody|any ?one|every ?one|every ?body|all of you"
    r"|one of you)"
    r"|(?:has|have|does|do) (?:any ?one|any ?body|some ?one|you)(?: still)? (?:got|have|kept)"
    r"|(?:any ?one|any ?body|who s|whos|who has)(?: still)? got)\b"
)
# Asking the owner for theirs ("can I just use yours?", "could I borrow your login?") asks
# them to hand it over, and offering ("want me to drop it in here?") asks whether they
# want it: neither asks whether a thing is allowed.
_ASKS_OR_OFFERS_TO_HAND_OVER = re.compile(
    r"\b(?:can|could|may) (?:i|we) (?:just |quickly )?(?:use|borrow|have|log ?(?:in|on) (?:with|as|on))"
    r" (?:yours|your|ur)\b"
    r"|\b(?:do you |d you |you )?(?:want|wanna|fancy) me to\b"
    # "you need the custody photo sent as well?" offers it.
    r"|\b(?:do you|d you|you) (?:want|need) (?:the |them |it |those |these |his |her |their )?(?:[a-z]+ ){0,2}"
    r"(?:sending|sent|forwarding|forwarded|emailing|emailed)\b"
)
_SENDING = re.compile(
    r"\b(?:send|sending|sent|share|sharing|post|posting|put|putting|discuss|discussing|mention|mentioning|talk"
    r"|talking|use|using|say|write|type|forward|paste|message|im|teams|chat|here|on here"
    # Telling others, not telling me: "can I tell the team...?" asks leave; "can you tell me...?" asks for it.
    r"|(?:tell|telling) (?:the|everyone|everybody|people|others|colleagues|my|our)"
    # Leave asked, unless for some other act: "ok to approve the overtime?" asks about the
    # overtime, not about this post.
    r"|(?:allowed|ok|okay|permitted|fine)(?! to (?!send|share|post|put|mention|say|write|type|forward|paste|message"
    r"|discuss|talk|use|tell|screenshot|save|copy|back|email|upload|print|text|whatsapp|give|pass|show|attach|store"
    r"|keep|take|add|include|name|list|publish)))\b"
)
# A sentence that opens forbidding an act ("Don't forward...", "Please never plug..."),
# or with the writer refusing it ("I won't be sending the rota to my home email").
_FORBIDDING = re.compile(
    r"\s*(?:(?:pls|please|and|but|so|just)\s+)?(?:(?:don'?t|don’t|do not|never|must not|mustn'?t)\s+(?:ever\s+)?"
    r"(?:forward|send|email|e-mail|share|post|put|click|open|plug|download|install|pass|upload|screenshot|copy|print"
    r"|save|store|sell|advertise)\b"
    r"|(?:i'?m|i am|i|we'?re|we are|we|i'?ll|i will|we'?ll)\s+(?:not|never|won'?t|didn'?t|did not|haven'?t)\s+"
    r"(?:be\s+|going to\s+|gonna\s+|ever\s+)?(?:forward|send|sent|email|e-mail|share|post|click|open|plug|download"
    r"|install|pass|upload|screenshot|copy|copied|print|save|store|sell|sold|advertis)\w*)",
    re.IGNORECASE,
)
# Saying a thing will not, cannot or must not go on this channel ("can't get into that
# on here", "never post it over Teams"): where it may be said, not what it is.
_WITHHELD_HERE = re.compile(
    r"\b(?:not|never|no|don't|dont|do not|can't|cant|cannot|won't|wont|shouldn't|shouldnt|mustn't|mustnt)"
    r"(?: [\w'-]+){0,3}? (?P<verb>put|putting|post|posting|share|sharing|discuss|discussing|go into|going into"
    r"|get into|talk about|talking about|say|saying|type|typing|write|writing|mention|mentioning|send|sending"
    r"|stick|sticking|pop|popping|paste|pasting|drop|dropping|upload|uploading)\b"
    r".{0,80}?\b(?:on here|in here|on teams|in teams|over teams|via teams|on this (?:chat|channel|group|thread)"
    r"|in (?:this |the |a )?(?:chat|chats|channel|group chat|thread)|over (?:chat|im))\b",
    re.IGNORECASE,
)
# What is said to be so, straight after a withholding: "..., it's", "... as they're marked".
_AS_THE_REASON = re.compile(
    r"[\s,;:\-\u2013\u2014]*(?:as |cos |coz |because |since )?(?:it[' ]?s|it is|they[' ]?re|they are|that[' ]?s)"
    r"(?: marked| all| still)? ?"
)
# What may follow a sentence's withholding and leave it withheld: nothing, or where to
# get it instead ("..., ring me", "- use the secure system", "I'll email you"). Anything
# else may tell what was withheld ("not on here - it's the lay-by at 0430").
_REDIRECT = re.compile(
    r"[\s,;:.!()\-\u2013\u2014\ufe0f"
    + _EMOJI
    + r"]*(?:$|(?:please |pls )?(?:call|ring|phone|e-?mail|come|see|speak|talk to|use|ask"
    r"|message|dm|pm|pop|grab|catch|check|i'll|ill|i will|we'll|will|via|through|by|instead|thanks|cheers|ta"
    # Where it goes instead: "put it on a tasking form", "any questions to the DS".
    r"|put|submit|log|raise|any questions|questions)\b)",
    re.IGNORECASE,
)
# Conduct told as what someone is disciplined or investigated for ("a PCSO is under
# investigation over running her landlord through PNC", "a final warning over emailing
# the raid plan to a mate at his gym"): an allegation reported (sensitive
# content, where it names them), not the conduct done here. Not when the writer is the
# one it would fall on ("I'll get a warning for sending this"): that says the conduct
# is being done.
_DISCIPLINED_FOR = re.compile(
    r"\b(?:investigat(?:e|ed|es|ing|ion)|under investigation|served|suspended|sacked|dismissed|disciplined"
    r"|warning|accused|allegation|allegations|misconduct)\b"
    r"(?:\W+[\w'-]+){0,10}?\W+(?:for|of|over|about)\W+(?:[\w'-]+\W+){0,2}?[\w'-]+ing\b",
    re.IGNORECASE,
)
# Where what someone is said to have done ends: "... over emailing it to a mate, but ..."
_ALLEGATION_END = re.compile(r"[.,;:!?\n]| [-\u2013\u2014] | but ", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:i|i'?ll|i'?d|i'?m|we|we'?ll|we'?d|me|us|ill)\b", re.IGNORECASE)
_FIRST_PERSON_REACH = 4  # words before the discipline in which the writer may be its subject
# How far into a sentence its withholding may open ("Note for everyone on lates: never...").
_OPENING_WORDS = 6
# A verb saying something was done: "forwarded", "sent", "have put".
_DONE = re.compile(r"\b(?:[a-z]+ed|sent|put|got|gave|given|took|taken|left|made|done|stuck|been)\b")
# Asking how to do something, at the sentence's start: "how do I reset my password?",
# "what do I do if the USB's not mine?".
_HOW_TO = re.compile(r"\s*(?:how (?:do|can|should|would|d) (?:i|we|you)|what (?:do|should) (?:i|we) do)\b")
# "No" that takes a joke back ("no seriously it's OS", "no joke") denies the joke, not
# what follows.
_NEGATION = re.compile(
    r"\b(?:not|never|nobody|no(?! (?:seriously|really|joke|jokes|kidding|lie)\b)|don't|dont|doesn't|doesnt|isn't|isnt"
    r"|aren't|arent|wasn't|can't|cant|cannot|shouldn't|shouldnt|mustn't|mustnt|won't|wont|nothing|nor|avoid"
    r"|without|anything|stop)\b"
)
# Setting out to do a thing, and thinking better of it after: "was going to ... but
# didn't".
_SET_OUT = re.compile(
    r"\b(?:was|were|i was|i d|i had) (?:going to|gonna|about to|tempted to|planning to|thinking of)\b"
)
_TAKEN_BACK = re.compile(
    r"\b(?:but|then) (?:i )?(?:thought better|didn ?t|did not|decided (?:not|against)|changed my mind|stopped myself)"
)
# "Awareness" is training ("the CHIS awareness input"), but "for (your) awareness" is how a
# message passes something on, as "FYI" does.
_ABOUT_THE_RULES = re.compile(
    r"\b(?:gpms|gsc|classification scheme|security classifications?|protective markings?|protectively marked"
    r"|markings|marking scheme|policy|policies|guidance|e-?learning|(?<![Ff]or )(?<![Yy]our )(?<!team )(?<!and )(?<!raise )(?<!raising )awareness(?! only)|means"
    # Asking what a word means ("what does O/S mean?", "doesn't mean anything to me"), not
    # "being off doesn't mean Kim gets a pass", nor the idiom "mum's the word".
    r"|(?:does|do|did|doesn't|don't|didn't|not)(?: [\w'-]+){0,3} mean(?=\s*(?:$|[?.,!;:]|by\b|in\b|when\b|exactly\b|anything\b))"
    r"|meaning|stands for|definition|(?<!mum's )(?<!mum’s )(?<!mum s )(?<!mums )the word(?! docs?| documents?| files?| versions?)|the term|(?:what|which|marking|classification|security|protective|right|wrong|same) levels?|levels? of (?:marking|classification|security)|secrets act|handling"
    r" instructions|module|legislation|procedure|briefing on)\b"
)
# A course or training named: what it teaches is talk about a tactic, not a case ("places
# left on the surveillance course"). It says nothing of what someone did beside it, though:
# "while she's away on a course" is where a colleague will be, "firearms training" a department.
_TRAINING = re.compile(
    r"\b(?:training(?! (?:pc|pcs|laptop|laptops|computer|computers|system|systems|portal|database|account|records?"
    r"|rooms?|centre|center|suite|block|building|venue|clients?|customers?|business|company|sessions?|classes))"
    r"|course)\b"
)

# A message that says it is public already: an appeal, a press release, a court result.
# What it says about a person was published, so it is not content to mark (policy 4.3's
# marking is for what must be kept close); "previously convicted" in an intelligence
# note is not a court result, so only the words of one reported are read.
_PUBLIC = re.compile(
    # An appeal to the public, not a staff or legal one ("flexible working appeal",
    # "overturned on appeal", "the appeal hearing"). The look-aheads turn most places
    # away before the look-behinds below, which would otherwise be tried at every word:
    # this pattern was most of says_public's time, itself a twentieth of a long post's.
    r"(?=[acfghijmnoprs])\b(?:(?=appeal)(?<!working )(?<!misconduct )(?<!grievance )(?<!vetting )(?<!disciplinary )(?<!attendance )(?<!sickness )"
    # (Nor a pension, injury or promotion appeal: "the IHR appeal".)
    r"(?<!ihr )(?<!pension )(?<!injury )(?<!health )(?<!promotion )(?<!medical )"
    # (Whole words: "this appeal" and "missing person appeal" are the public's.)
    r"(?<!\bpay )(?<!\bon )(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\bmy )"
    r"(?:appeal|appeals)(?! (?:hearing|hearings|panel|panels|outcome|against|meeting|letter|decision|process))"
    r"|appealing|published|public record|publicly|reported in"
    r"|in the (?:papers?|news)|on the news|force website|have you seen|help us (?:find|trace|locate|identify)"
    r"|jailed|sentenced (?:to|at)|sentencing|pleaded guilty|pled guilty|found guilty at|court result|court results"
    # A press release says what the force chose to make public (a draft does not yet).
    r"|(?<!draft )(?:press|media|news) (?:release|statement)"
    # A sentence handed down: "got 12 weeks", "got 6 years".
    r"|got \d+ (?:weeks|months|years|yrs))\b"
)


# Saying that what the message tells is not public yet: "we're not confirming publicly",
# "it isn't public yet", "the outcome's not published yet", "family not informed yet".
# (Not "hasn't been named" or "not released": a press release or a news story says that
# of what it leaves out.)
_NOT_PUBLIC = re.compile(
    # (The look-ahead, every branch's first letters, turns most words away at once.)
    r"(?=[abdfhiknprstuw])(?:\b(?:not|isn['\u2019 ]?t|hasn['\u2019 ]?t|haven['\u2019 ]?t)(?: yet)?(?: been)?"
    r" (?:public|made public|published|confirm(?:ing|ed)? (?:it |this |that )?publicly)"
    r"|\b(?:family|families|next of kin|nok|relatives) (?:(?:have|has|had)(?: not|n['\u2019 ]?t) been|not|not yet|yet to be)"
    r"(?: yet)? (?:informed|told|notified)\b"
    # An appeal or release held back: "DON'T put the appeal out yet", "before the appeal goes out".
    r"|\b(?:don['\u2019 ]?t|do not|not|hold(?:ing)? (?:off|back)(?: on)?)(?: (?:put(?:ting)?|send(?:ing)?|releas(?:e|ing)"
    r"|publish(?:ing)?|issu(?:e|ing)|post(?:ing)?))?(?: out)? (?:the |that |this |any |an )?(?:appeal|press release|release"
    r"|statement)(?: out)? (?:yet|until|till|before)\b"
    # ...or held: "ask comms to hold the Cromer appeal for now".
    r"|\bhold(?:ing)? (?:off (?:on )?|back )?(?:the|that|this) (?:[a-z]+ )?(?:appeal|press release|statement)\b"
    r"|\b(?:before|until|till) (?:the |that |this )?(?:appeal|press release|release|statement)"
    r" (?:goes|has gone|is|gets|has been) (?:out|released|published|issued)\b"
    # Or said to be not out yet: "the statement has not gone out yet".
    r"|\b(?:appeal|press release|release|statement) (?:isn['\u2019 ]?t|is not|hasn['\u2019 ]?t|has not|won['\u2019 ]?t"
    r"|will not|not)(?: yet)? (?:out|gone out|be out|been (?:released|issued|published))\b"
    # Kept out of the papers, or not in them yet: "he won't want to be in the news", "keep
    # this out of the papers", "that hasn't been in the news yet".
    r"|\b(?:not|isn['\u2019 ]?t|hasn['\u2019 ]?t been|won['\u2019 ]?t be)(?: yet)? in the (?:papers?|news)\b"
    r"|\b(?:don['\u2019 ]?t|doesn['\u2019 ]?t|dont|doesnt|do not|does not|won['\u2019 ]?t|not)"
    r" (?:want|wanting|be|go|going|get|getting)(?: to be)? (?:it |this |that |them |him |her |anything )?in the"
    r" (?:papers?|news)\b"
    r"|\b(?:keep|keeping|kept) (?:it |this |that |them |him |her )?(?:out of|from) the (?:papers?|news|press|media)\b)"
)


# The writer asking for what they wrote to be kept close: "DON'T broadcast it", "keep it
# off the briefing board", "nobody is to say anything", "tell your teams face to face",
# "only Silver and ECR know". A reminder about the channel ("don't put anything OS on
# here") asks nothing of what the message itself says.
_KEEP_IT_CLOSE = re.compile(
    r"(?=[dfknop])\b(?:(?:do not|don['\u2019 ]?t|pls don['\u2019 ]?t|please don['\u2019 ]?t|never|nobody (?:is to|to|should)"
    r"|no one (?:is to|to|should)"
    r"|not to) (?:be |ever )?(?:broadcast|mention|mentioning|say|tell|discuss|share|repeat|circulate|alert|let on|blow"
    r"|publici[sz]e|forward|talk about|leave it|let (?:it|this|that) (?:go round|get out|out)"
    r"|put (?:it|them|him|her|(?:this|that)(?: [a-z]+)?) (?:anywhere|out|up|on (?:facebook|the))"
    r"|post (?:it|them|(?:this|that)(?: [a-z]+)?) (?:anywhere|publicly|on (?:facebook|the)))"
    r"|keep (?:it|this|that|them) (?:off|quiet|tight|under wraps|zipped|schtum|shtum|hush hush|under your hat"
    r"|on the down ?low|to yourselves|to yourself|between"
    r"|to (?:the )?[a-z]+ (?:team|unit|group|lot))"
    r"|off the (?:radio|briefing board|press log|open talkgroup)|face to face|only [a-z]+(?: and [a-z]+)? know"
    r"|need to know|not for (?:circulation|sharing|(?:the )?wider)"
    # "don't let the landlord know", "don't tip them off".
    r"|(?:don['\u2019 ]?t|do not|dont) (?:let (?:anyone|anybody|them|him|her|on|(?:the|his|her|their) [a-z]+) know"
    r"|tip (?:off|(?:them|him|her) off)))\b"
)


def requests_to_keep_it_close(text: str) -> list[tuple[int, int]]:
    """Where the message asks for what it says to be kept close (see ``_KEEP_IT_CLOSE``)
    or says it is not public yet (``_NOT_PUBLIC``: "we're keeping the haul from the press for
    now"), as spans of ``text`` (lower-cased, punctuation kept, as
    ``Normalised.text`` reads it): writers say so of the operational detail they post, so
    it is evidence that they have. A span runs on to the end of its clause ("don't
    mention it on the open channel")."""
    spans = []
    for match in chain(_KEEP_IT_CLOSE.finditer(text), _NOT_PUBLIC.finditer(text)):
        clause_end = _CLAUSE_END.search(text, match.end())
        spans.append((match.start(), clause_end.start() if clause_end else len(text)))
    return spans


_CLAUSE_END = re.compile(r"[.,;:!?\n]| [-\u2013\u2014] ")


def says_public(text: str) -> bool:
    """The message presents itself as public: an appeal, a press release, a court
    result. One that asks for what it says to be kept close ("keep it off the appeal")
    does not, whatever public thing it names."""
    lowered = text.lower()
    return bool(_PUBLIC.search(lowered)) and not (_KEEP_IT_CLOSE.search(lowered) or _NOT_PUBLIC.search(lowered))


# Someone else's conduct told to whoever deals with it, or a request for it refused:
# "saw someone share their password in the chat, I've told the DS", "who do I report
# that to?", "a parent asked me to look her son's mate up, told her no obviously".
_SOMEONE_ELSE = re.compile(
    r"\b(?:someone|somebody|some(?:one|body) else|a colleague|colleagues|a member of staff|one of (?:the|our|my)"
    r"|a parent|a neighbour|a member of the public)\b"
)
_TOLD_TO_WHOEVER_DEALS = re.compile(
    r"\b(?:(?:i['’ ]?ve|i have|i|have|i['’ ]?ll|i will) (?:told|reported|raised|flagged|passed|mentioned)(?: it| this| that)?"
    r" (?:to |with )?(?:the|my|our) (?:ds|di|sgt|sarge|sergeant|inspector|insp|supervisor|line manager|boss|skipper"
    r"|psd|professional standards|information security|infosec|ict security|service desk)"
    r"|raised it with (?:the|my|our)|who (?:do|should|would) i (?:report|tell|flag)"
    r"|told (?:him|her|them) no|said no|(?:refused|declined)\b(?! to give))"
)


def reports_anothers_conduct(text: str) -> bool:
    """The message tells of someone else's conduct reported to whoever deals with it,
    asks whom to report it to, or refuses someone else's request for it: the writer
    does none of it (see ``_TOLD_TO_WHOEVER_DEALS``)."""
    lowered = text.lower()
    return bool(_TOLD_TO_WHOEVER_DEALS.search(lowered)) and bool(_SOMEONE_ELSE.search(lowered))


# A message that says its people and details are invented: a role play, a training
# scenario, sandbox or dummy data ("the 'victim' is played by a role player from L&D").
_MADE_UP = re.compile(
    r"(?=[fmrdste])\b(?:fictional|fictitious|made[ -]up (?:names?|address|addresses|details|people|farm|job|case)|role[ -]?players?"
    r"|role[ -]?play only|dummy data|test data|sandbox data|training scenario|exercise scenario)\b"
)
# ...unless it says some of it is real ("the pack still has the actual names in").
_REAL = re.compile(
    r"(?=[ral])\b(?:real|actual|live) (?:case|names?|details|victims?|files?|job|address|addresses|nominals?|people|records)\b"
)


def says_made_up(text: str) -> bool:
    """The message says what it describes is invented (see ``_MADE_UP``), and nothing
    in it is said to be real."""
    lowered = text.lower()
    return bool(_MADE_UP.search(lowered)) and not _REAL.search(lowered)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int, str]:
    """(first, last, terminator) of the sentence of ``text`` holding [start, end), read
    no further than :data:`SENTENCE_REACH` characters either side: a post with no full
    stops is not one sentence, and reading all of it for each of its matches would make
    screening quadratic in its length."""
    stop = max(0, start - SENTENCE_REACH)
    first = stop
    for mark in _SENTENCE_END.finditer(text, stop, start):
        first = mark.end()
    match = _SENTENCE_END.search(text, end, end + SENTENCE_REACH)
    last = match.start() if match else min(len(text), end + SENTENCE_REACH)
    terminator = text[last] if match else ""
    return first, last, terminator


SENTENCE_REACH = 400


class Context:
    """The sentence around a match and the tests detectors apply to it."""

    __slots__ = ("text", "start", "end", "first", "last", "terminator")

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end = text, start, end
        self.first, self.last, self.terminator = sentence_bounds(text, start, end)

    @property
    def sentence(self) -> str:
        return self.text[self.first : self.last]

    def is_question(self) -> bool:
        """A question: ends with '?' or opens with a question word ("can I send ...")."""
        if self.terminator == "?":
            return True
        return bool(_INTERROGATIVE.match(self.text, self.first)) and self.last - self.first < 200

    def is_request(self) -> bool:
        """Asking someone to do something ("can you check...", "has anyone got...")."""
        return bool(_REQUEST.match(self.text, self.first))

    def is_permission_question(self) -> bool:
        """A question about whether something may be sent or said here; "can you send
        it to my gmail?" asks someone to do it, which is not asking whether it's allowed.

        A sentence that opens with a question word is a question throughout; one that
        only ends with "?" asks only in its last clause, so "victim care here – Mr X,
        73, ..., can an officer pop round?" asks nothing about posting here."""
        if self.is_request() or not self.is_question() or _ASKS_WHO_OR_WHERE.match(self.text, self.first):
            return False
        if _ASKS_OR_OFFERS_TO_HAND_OVER.search(self.sentence):
            return False
        if _INTERROGATIVE.match(self.text, self.first):
            return not _WHY_FOR_A_REASON.match(self.text, self.first) and bool(_SENDING.search(self.sentence))
        clause = self._last_clause_start()
        # "HR here - can you confirm his address so I can post the letter?" asks someone to do it.
        if _REQUEST.match(self.text, self.first + clause):
            return False
        # What an earlier clause says was done is told, not asked: "emailed the rota to my
        # gmail, alright?" has done what it asks about ("Mrs X, 81, of 4 Tern Road, ok to
        # put that on here?" has not).
        if self.start < self.first + clause and _DONE.search(self.sentence, 0, clause):
            return False
        return bool(_SENDING.search(self.sentence, clause))

    def withholds_it_here(self) -> bool:
        """The match is what the sentence declines to put on this channel ("won't get into
        the MAPPA review on this chat, phone me"): talk about where a thing may be said."""
        return any(found.end("verb") <= self.start and self.end <= found.end() for found in self._withholdings())

    def withholds_the_sentence_here(self) -> bool:
        """The sentence opens by declining to say its matter on this channel ("not typing
        the deployment in this thread, I'll brief you after parade")."""
        return any(
            len(self.text[self.first : found.start()].split()) <= _OPENING_WORDS for found in self._withholdings()
        )

    def says_why_it_is_withheld(self) -> bool:
        """The match is given as the reason the sentence keeps something off this
        channel ("don't put the minutes on Teams, they're OS"): talk about where a thing
        may go, not the thing."""
        return any(
            _AS_THE_REASON.fullmatch(self.text, found.end(), self.start)
            for found in _WITHHELD_HERE.finditer(self.text, self.first, self.start)
        )

    def _withholdings(self):
        """Each place the sentence declines to put something on this channel and tells
        nothing after it but where to get it instead ("..., but the drop is Friday" tells)."""
        for found in _WITHHELD_HERE.finditer(self.text, self.first, self.last):
            if _REDIRECT.match(self.text, found.end(), self.last):
                yield found

    def tells_it_as_alleged(self) -> bool:
        """The match is told as what someone is disciplined or investigated for ("given a
        final warning over searching a cousin on Niche"): it lies in the clause that says
        what they are said to have done."""
        for found in _DISCIPLINED_FOR.finditer(self.text, self.first, self.last):
            said_to_have_done = _ALLEGATION_END.search(self.text, found.end(), self.last)
            if (
                found.start() < self.end
                and self.start < (said_to_have_done.start() if said_to_have_done else self.last)
                and not _FIRST_PERSON.search(
                    " ".join(self.text[self.first : found.start()].split()[-_FIRST_PERSON_REACH:])
                )
            ):
                return True
        return False

    def asks_how_to(self) -> bool:
        """A question asking how to do something ("how do I unlock my login after too
        many tries?"): asking for the proper way is not doing the thing."""
        return self.is_question() and bool(_HOW_TO.match(self.text, self.first))

    def forbids_it(self) -> bool:
        """The sentence opens by forbidding an act ("Never save the briefing pack to a home
        laptop", "please don't send it outside") or refusing it ("I won't be sending the
        rota to my home email"): a rule told or kept, not a deed."""
        return bool(_FORBIDDING.match(self.text, self.first))

    def _last_clause_start(self) -> int:
        """Where the sentence's last clause begins, as an offset into :attr:`sentence`."""
        start = 0
        for match in _CLAUSE_END.finditer(self.sentence):
            start = match.end()
        return start

    def is_negated(self, window_words: int = 4) -> bool:
        """A negation among the few words before the match ("not RESTRICTED",
        "don't post anything OFFICIAL-SENSITIVE")."""
        before = self.text[self.first : self.start].split()[-window_words:]
        return bool(_NEGATION.search(" ".join(before)))

    def is_called_off(self) -> bool:
        """The match was meant and then not done ("I was about to email the rota to my
        gmail, then decided against it"): the sentence sets out to do it and takes it back
        after it."""
        return bool(
            _SET_OUT.search(self.text, self.first, self.start) and _TAKEN_BACK.search(self.text, self.end, self.last)
        )

    def is_meta(self) -> bool:
        """The sentence talks about the rules, the scheme or a course, not a piece of content."""
        return self.is_about_the_rules() or bool(_TRAINING.search(self.sentence))

    def is_about_the_rules(self) -> bool:
        """The sentence talks about the rules or the scheme. Unlike :meth:`is_meta`, a
        course or training named does not count: "Priya from fitness training is off with
        shingles" tells a colleague's health, which is not a tactic a course teaches."""
        return bool(_ABOUT_THE_RULES.search(self.sentence))

    def is_meta_beside_an_act(self) -> bool:
        """What :meth:`is_meta` is beside something someone did or is: the sentence talks
        about the rules, or opens on a course ("Data protection course: never share a
        login"); a course named after the act is only where someone is ("text me your
        login so I can cover your tasks, you're on a course all week"). The act's own
        words are left out: "forwarded the guidance to my gmail" sends the guidance, it
        does not talk about it."""
        return self.is_framed_as_meta() or bool(_ABOUT_THE_RULES.search(self.text, self.end, self.last))

    def is_framed_as_meta(self) -> bool:
        """The sentence sets out to talk about the rules, training or a procedure before
        it reaches the match ("the course on post mortem procedure covers..."), rather
        than mentioning one after it ("...failed her vetting, pulled off the course")."""
        return bool(
            _ABOUT_THE_RULES.search(self.text, self.first, self.start)
            or _TRAINING.search(self.text, self.first, self.start)
        )
