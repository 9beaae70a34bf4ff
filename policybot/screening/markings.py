"""Protective markings: GSC OFFICIAL-SENSITIVE (with descriptors), SECRET, TOP SECRET,
national caveats, and the legacy GPMS PROTECT, RESTRICTED and CONFIDENTIAL (policy 4.3).

OFFICIAL-SENSITIVE, a caveat like UK EYES ONLY, and LOCSEN mean nothing else in English,
so they count wherever they stand. SECRET, RESTRICTED, CONFIDENTIAL and PROTECT are also
ordinary words ("secret santa", "restricted parking", "protect vulnerable people"), so
they count only when written the way a marking is written:

* as a label — alone on a line, at the start of one followed by ``:`` or ``-``, or at the
  end of one after a separator (``Notes attached - RESTRICTED``);
* in brackets (``[SECRET]``), or introduced (``classified SECRET``, ``marked restricted``);
* emphasised — in capitals in a message that isn't all capitals, and not used as an
  adjective before a noun (``TOP SECRET recipe``) — or disguised (letters apart,
  look-alikes, leetspeak, hidden characters), which nobody does by accident; either
  way not after an article (``no SECRET``), unless the sentence hands the thing it
  qualifies over (``Forwarding the RESTRICTED sitrep``);
* in small letters before a document said to be here (``restricted doc attached``).

OFFICIAL-SENSITIVE is also read shortened or misspelt ("Off Sens", "Ofc-Sens.",
"offical sensative"), the wrong way round, and a one-word marking typed in capitals as two
("REST RICTED").

Anything but a label is then discounted when it is in a question ("can I send
OFFICIAL-SENSITIVE on here?"), negated ("this isn't RESTRICTED") or part of talk about
the scheme ("RESTRICTED was replaced by OFFICIAL-SENSITIVE", "is Confidential still a
marking?", "mixing up RESTRICTED and OFFICIAL-SENSITIVE"), or when the marking is spoken
of as a thing put on content in general ("I put OFFICIAL-SENSITIVE on an email", "when
OFFICIAL-SENSITIVE applies"). An ordinary marking word said of a thing that is no
document ("the coffee machine is classified TOP SECRET") is a figure of speech unless
the message reads as work material (the engine asks the operational model).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, pairwise

from policybot.screening.context import QUOTED, Context, sentence_bounds
from policybot.screening.findings import PROTECTIVE_MARKING, Finding
from policybot.screening.normalise import Normalised

# Marking name -> rank; the setting "lowest marking level" names one of these.
MARKING_LEVELS: dict[str, int] = {
    "PROTECT": 1,
    "RESTRICTED": 2,
    "OFFICIAL-SENSITIVE": 2,
    "CONFIDENTIAL": 3,
    "SECRET": 4,
    "TOP SECRET": 5,
}
DEFAULT_LOWEST_MARKING = "PROTECT"

# Marking words read per message, in order (see find_markings).
MAX_CANDIDATES = 100
# How a word sequence must be written to count as a marking.
ANYWHERE = "anywhere"  # means nothing else in English: counts wherever it stands
AS_MARKING = "as a marking"  # an ordinary word too: must be written the way a marking is
STRICT = "strict"  # an abbreviation with everyday meanings ("o/s" is "outside", "OS map"):
# only as a label, in brackets, introduced ("marked OS") or heading a document ("the OS doc")
# Word sequences (as read in Normalised.words) -> (marking, how it must be written).
_PHRASES: dict[tuple[str, ...], tuple[str, str]] = {
    ("official", "sensitive"): ("OFFICIAL-SENSITIVE", ANYWHERE),
    ("officialsensitive",): ("OFFICIAL-SENSITIVE", ANYWHERE),
    ("locsen",): ("OFFICIAL-SENSITIVE", ANYWHERE),
    ("off", "sen"): ("OFFICIAL-SENSITIVE", ANYWHERE),
    ("offsen",): ("OFFICIAL-SENSITIVE", ANYWHERE),
    ("os", "sensitive"): ("OFFICIAL-SENSITIVE", ANYWHERE),  # "o/s sensitive", half abbreviated
    ("o", "sensitive"): ("OFFICIAL-SENSITIVE", ANYWHERE),  # "o/sensitive"
    ("os",): ("OFFICIAL-SENSITIVE", STRICT),
    ("ts",): ("TOP SECRET", STRICT),
    ("conf",): ("CONFIDENTIAL", STRICT),  # the conf room, a press conf
    ("top", "secret"): ("TOP SECRET", AS_MARKING),
    ("topsecret",): ("TOP SECRET", AS_MARKING),
    ("secret",): ("SECRET", AS_MARKING),
    ("confidential",): ("CONFIDENTIAL", AS_MARKING),
    ("restricted",): ("RESTRICTED", AS_MARKING),
    ("protect",): ("PROTECT", AS_MARKING),
}
# Words that make "SECRET <noun>" an idiom rather than a marked document.
_IDIOMS = frozenset(
    "santa squirrel garden recipe service agent admirer ingredient weapon sauce door passage society".split()
)
# Saying the content will go another way, or cannot go here, is talk about handling it,
# not marked content ("I'll email the OS doc instead", "can't put that on here, it's OS").
_ANOTHER_ROUTE = re.compile(
    r"\b(?:instead|secure e-?mail|secure mail|egress|cjsm|by email|via email|on email|email it|email you|e-mail you|email me|e-mail me|ring you"
    # The writer emailing the document: "will email those SECRET annexes to Gold".
    r"|(?:i ?'?ll|i will|i ?'?ve|i have|i|will) (?:just )?e-?mail(?:ed)? (?:the|this|that|these|those|over|across|round|out)"
    r"|call you|in person|face to face|not on here|not on teams|off teams|use email"
    r"|(?:not|rather than|instead of|won'?t|will not|shan'?t|can'?t|cannot|can not) (?:be )?(?:post|posting|put"
    r"|putting|stick|sticking|pop|popping|paste|pasting|type|typing|drop|dropping|upload|uploading"
    r"|send|sending|share|sharing)(?: (?:it|this|that|them|these|any of it|any of them|anything|any))?"
    r" (?:on|in|into|here))\b"
)
# Sending it here because the other route failed ("secure email's down so sending the
# OS briefing here instead") is no other route.
_HERE_INSTEAD = re.compile(r"\b(?:here|on here|in here|on teams|in this chat|in the chat) instead\b")
# Talk about the old GPMS markings having gone ("RESTRICTED was phased out"),
# or asking whether they still count ("is CONFIDENTIAL still in use?").
_RETIRED = re.compile(
    r"\b(?:(?:haven'?t|hasn'?t|have not|has not|no longer|not) (?:been )?used|phased out|obsolete|abolished"
    r"|scrapped|not used any ?more|retired in|went out in|replaced"
    r"|still mean anything|mean anything (?:now|nowadays|these days|any ?more)|still (?:a thing|in use|used))\b"
)
_LEGACY = re.compile(r"\b(?:gpms|protect|restricted|confidential)\b")
# Talk about the marking scheme, anywhere in a message: its names, "markings", "a
# marking" or "the marking" as a thing ("is Confidential still a marking?"), its
# descriptors and labels. A message that talks so about markings names them as things.
_SCHEME_TALK = re.compile(
    r"\b(?:gpms|government security classifications?|security classification scheme|classification scheme"
    r"|protective marking scheme|marking scheme|markings|classifications|descriptors?|(?:sensitivity|classification) labels?"
    r"|(?:a|the|right|wrong|correct|same|protective|security|what) marking(?! on (?:this|it|these|that)\b)"
    r"|marking (?:guidance|rules|system|levels?|labels?|descriptors?)"
    # Markings set side by side: "the difference between SECRET and TOP SECRET".
    r"|differences? between)\b"
)
# A marking borrowed for a joke is taken back at once: "TOP SECRET 😂 jk it's the tea
# rota", "CONFIDENTIAL-ish lol". Laughter or a retraction among the next few words on its
# line or a hedging "-ish" on the word itself say nobody is marking anything.
# Only a retraction, not laughter, takes it back from a document handed over.
_RETRACTING_WORDS = frozenset("jk jks jokes joking joke kidding kiddin".split())
_TAKEN_BACK_WORDS = _RETRACTING_WORDS | frozenset("lol lols lool lolz lmao lmfao rofl haha hahaha ha hehe".split())
_RETRACTING = r"not really|only joking|just joking|just kidding|only kidding"
_RETRACTING_PHRASES = re.compile(rf"\b(?:{_RETRACTING})\b")
_TAKEN_BACK_PHRASES = re.compile(rf"\b(?:{_RETRACTING}|(?:ha){{2,}}h?)\b")
# Or taken back in brackets anywhere in the message: "TOP SECRET ... (not really)",
# "CONFIDENTIAL. The Christmas menu is turkey. (ok not confidential)".
_TAKEN_BACK_IN_BRACKETS = re.compile(
    r"\([^()]{0,20}?\b(?:not really|only joking|just joking|just kidding|only kidding|i ?m joking|i ?m kidding"
    r"|jk|joking|kidding|not (?:actually |really )?(?:confidential|secret|restricted|sensitive|protected|a marking))\b"
    # "(ok not really, but it is OFFICIAL-SENSITIVE)" takes one marking back to give another.
    r"(?![^()]{0,3}\bbut\b)"
)
_LAUGHTER = frozenset("😂🤣😆😜😝🙃😹😅😁😛🤪")
_TAKEN_BACK_REACH = 4
_EMOJI_AFTER = 2  # characters past the last word read in which a laughing emoji still counts
# A marking put on things in general, as the object of a verb of applying it and closed by
# where it goes or the sentence's end: "I put OFFICIAL-SENSITIVE on an email", "my old
# boss always used CONFIDENTIAL", "pick OFFICIAL-SENSITIVE from the drop down".
_APPLYING = frozenset(
    "put puts putting stick sticks sticking slap slaps slapping use used uses using apply applies applying"
    " applied pick picks picking choose chose select selects selecting".split()
)
_WHERE_IT_GOES = frozenset("on onto at to from until till in everywhere".split())
# Words after a marking that say what it means or when it applies ("when OFFICIAL-SENSITIVE
# applies"), and nouns for the kind of content it covers followed by a rule for that
# content ("OFFICIAL-SENSITIVE material must be stored in the marked folders").
_DEFINED_BY = frozenset("applies apply means meant stands covers".split())
_KINDS_OF_CONTENT = frozenset(
    "material materials information info documents docs data stuff content items emails".split()
)
_RULE_WORDS = frozenset(
    "must mustn't mustnt should shouldn't shouldnt can cannot can't cant needs need has have".split()
)
_OWNING = frozenset("the this these those my our your his her their".split())
# Saying the content follows in the message itself, and how much must follow to be it.
_SHARED_HERE = re.compile(
    r"(?=[achips])\b(?:here it is|here you go|here (?:'?s|is) the|pasting|pasted|copying it here|copied (?:it )?(?:here|below)"
    r"|see below|(?:is|are) below|anyway)\b[^\n]{0,40}?[:\n]"
)
_SHARED_CONTENT_CHARS = 20
# Saying the marked document itself is attached or put in this chat: its content is
# here whatever the message asks or says of the marking ("can't open the attached
# SECRET ops plan", "it's marked OS, should be fine? uploaded it to the files tab").
# Not a plan to attach it ("I'll attach it"), nor an email's attachment.
_ATTACHED_HERE = re.compile(
    # (The look-ahead for the letters it begins with turns most words away before the
    # look-behinds, which would otherwise be tried at every word of the message.)
    r"(?=[adfijpstu])\b(?<!ll )(?<!will )(?<!be )(?<!of )(?<!than )(?<!to )(?<!not )(?<!n't )(?<!nt )(?<!cannot )(?<!never )(?:attached|attaching|uploaded|uploading|scanned it in"
    r"|attachment (?:is )?(?:below|above|here)|see attachment|(?:the|this) attachment"
    r"|(?:already|just) posted\b(?! (?:to|on|onto) (?!here|teams))"
    r"|(?:put|putting|posted|posting|dropped|dropping|pasted|pasting|popped|popping|stuck|sending|sent|saved|saving"
    r"|forwarding|forwarded)"
    r" (?:you |it |them |this |the (?:[a-z0-9.]+ ){1,4}){0,2}"
    r"(?:here|on here|in here|in (?:the |our )?(?:channel|files?|chat|files tab|channel files)"
    r"|(?:via|on|over|through) teams|(?:in|on|to) this (?:chat|channel|group))"
    # Where the document now is: "the tactics summary is in the files tab".
    r"|(?:is|s|are) (?:now |already )?in (?:the |our )?(?:files tab|channel files))\b(?![^.\n]{0,40}\b(?:to|in|into|on|onto|with|via|by) (?:the|an|my|your|his|her|their|this|that) e-?mail)"
)
# Teams and phones show an attachment as a paperclip, and people type one for it.
_PAPERCLIP = "\U0001f4ce"
# A sentence that hands content over: the marked thing in it is being sent, put or
# posted ("Forwarding the RESTRICTED sitrep from Gold", "The TOP SECRET stuff for the
# exercise is on its way over", "I've put the O-S version in the shared folder").
_CONVEYING = re.compile(
    r"\b(?:forward|forwarding|forwarded|fwd|fwding|attach|attaching|attached|send|sending|sent|upload|uploading"
    r"|uploaded|posting|posted|pasting|pasted|dropped|dropping|put|putting|saved|sharing|shared|circulating"
    r"|circulated|on (?:its|it'?s|their) way|coming over|coming your way|heading your way|here'?s|here is|below)\b"
)
# Words joining two different markings named side by side: the sentence compares levels
# of the scheme ("mixing up RESTRICTED and OFFICIAL-SENSITIVE", "CONFIDENTIAL vs SECRET").
_JOINING = frozenset("and or nor vs versus alongside than to from between".split())
_COMPARED_REACH = 4  # words between two markings compared
# Nouns that make "the OFFICIAL-SENSITIVE marking" a name for the marking, talked about.
_MARKING_NOUNS = frozenset("marking markings classification classifications label caveat descriptor level".split())
# Those that say what the word before them is ("PROTECT marking on this one"); a label, a
# descriptor or a level is part of the scheme, talked about ("the SECRET level").
_NAMES_OF_A_MARKING = frozenset("marking classification caveat grading".split())
# A message naming this many different markings lists the scheme rather than marking itself.
_A_LIST_OF_LEVELS = 3
# Asking not to, in the words (``Normalised.words``, "don t") or as typed ("don't").
_DONT = r"(?:do not|don['’ ]?t|dont|pls don['’ ]?t|please don['’ ]?t|not to)"
# Asked, after the marking, not to pass the thing on: whatever the laughter was about,
# the marking is meant ("TOP SECRET lol no seriously don't share", "marked
# official-sensitive so don't be screenshotting 😂").
_KEEP_THE_DOCUMENT = re.compile(
    rf"\b{_DONT} (?:be )?(?:share|sharing|forward|forwarding|fwd"
    r"|screenshot|screenshotting|circulate|circulating|print|printing|copy|copying|send|sending|pass it on"
    r"|pass (?:it|this|them) (?:round|around))\b"
)
_KEEP_REACH = 12  # words after the marking in which the request is read
# Treats and celebrations, which offices announce under a marking for fun ("TOP SECRET:
# doughnuts in the parade room", "keep it SECRET 🎅"). Not "party" or "surprise" alone:
# a third party, the element of surprise.
_A_TREAT = re.compile(
    r"\b(?:cakes?|doughnuts?|donuts?|biscuits?|sweets|chocolates?|pizzas?|bacon rolls?|birthday|secret santa|karaoke"
    r"|(?:surprise|leaving|christmas|xmas|retirement|engagement|summer) (?:party|do|drinks|bash)"
    r"|leaving (?:present|gift|collection)|guest list|quiz (?:team|night)"
    # A milestone birthday ("it's Dave's 40th") and the whip-round for it; a bare "the
    # 21st" is a date, so the day needs its owner.
    r"|s (?:18|21|30|40|50|60|65|70|80|90)(?:st|th)|collection (?:tin|envelope|pot|box)|whip ?round)\b"
)
_NOT_JOKING = re.compile(r"\b(?:not|no|isn ?t|isnt|seriously)\W+(?:a )?(?:joking|joke|kidding|jokes|lol)\b")
_COUNTRIES = {"uk", "gb", "us", "usa", "aus", "can", "nzl", "nz", "five", "fvey", "nato", "eu", "fr", "de"}
# Words that may follow a marking as descriptors, caveats or handling instructions.
DESCRIPTORS = frozenset(
    "personal data commercial operational locsen hr management recipients only uk eyes staff medical contracts"
    " investigation security policy appointments legal sensitive".split()
)
VOCABULARY = frozenset(
    {word for phrase in _PHRASES for word in phrase} | {"official", "sensitive", "eyes", "recipients"}
)
# Words a run of letters typed apart may be split into.
SEGMENTS = VOCABULARY | DESCRIPTORS | _COUNTRIES

# After a determiner or preposition the word is a noun or adjective in a sentence.
_DETERMINERS = frozenset("a an the no my your our his her their its in this that any some".split())
# Words that may follow a marking without making it an adjective before a noun.
_FUNCTION_WORDS = frozenset(
    """and or but so please pls do don't dont not until unless if as at by for from to with without
    is are was were be been being it its this that these those i we you he she they me us them
    only until till then now here there re thanks thx cheers ta via see per
    ok okay also still just too
    attached enclosed below above follows following herewith""".split()
)
# How a message or an email opens after its marking.
_GREETING = re.compile(r"(?:good )?(?:morning|afternoon|evening)\b|(?:hi|hello|dear|all|team|colleagues)\b")
_INTRODUCERS = frozenset("classified classification marked marking graded class caveat".split())
_HEADER_WORDS = frozenset(
    "classification marking protective security subject re fw fwd class caveat handling gpms".split()
)
# Nouns naming a document or message a marking may head, and how many words on one may stand;
# each in the singular and the plural, but for those with other meanings ("detail", "result").
_DOCUMENT_NOUNS = frozenset(
    """report reports order orders briefing brief minutes notes note file files document documents doc docs
    memo plan plans statement statements log intel intelligence assessment summary attachment letter paper
    papers pack slides update submission record records profile tasking package bundle extract email
    nominal nominals list lists sheet sheets spreadsheet material info information details data package
    packages pack file annex annexe appendix draft drafts copy copies version pdf folder printout screenshot
    transcript transcripts results review minutes agenda dossier register matrix form forms tracker proposal
    proposals strategy casefile timeline correspondence photos images footage recording manual manuals handbook
    guidance guide guides sop sops protocol procedure procedures presentation deck powerpoint ppt schedule handout
    agendas annexes appendices assessments attachments briefings bundles dossiers extracts folders handbooks handouts
    image letters logs memos packs pdfs photo presentations printouts profiles protocols recordings registers
    reviews schedules screenshots slide spreadsheets submissions summaries timelines trackers""".split()
)
# Any one of them, as a regex alternation.
_A_DOCUMENT_NOUN = "(?:" + "|".join(sorted(_DOCUMENT_NOUNS)) + ")"
# A document the writer has just put here: "the pdf I just dropped in", "the file I've put up".
_JUST_PUT = r" (?:i|i ve|i have|ive) just "
_DOCUMENT_PUT_HERE = re.compile(
    # The look-ahead (a word, then "I just") turns a word away before the hundred document
    # nouns are tried at it: read over a whole long post, they made this pattern 0.5 ms.
    r"\b(?=[a-z]+"
    + _JUST_PUT
    + ")"
    + _A_DOCUMENT_NOUN
    + _JUST_PUT
    + r"(?:dropped|posted|uploaded|popped|stuck) (?:in|up)\b(?! to)"
)
# Where on a document its marking is printed, right after the marking.
_PLACES_ON_A_DOCUMENT = (
    r"(?:header|headers|footer|footers|top|bottom|front|front page|first page|page|pages|cover|cover sheet|banner"
    r"|subject line|title page|watermark)"
)
_PLACE_ON_A_DOCUMENT = re.compile(
    # How it is printed may come first: "has secret in bold on the front page".
    r"(?:in (?:red|bold|big letters|capitals|caps|large letters|block capitals) )?"
    r"(?:on|in|at|across) (?:the |its |their |every )?" + _PLACES_ON_A_DOCUMENT + r"\b"
)
_PLACE_ON_A_DOCUMENT_WORDS = 7
# The same said the other way round, before the marking ("the footer says o/s", "header on
# that pdf reads OFFICIAL SENSITIVE"), or the marking named as the print itself ("it's got
# the o.s. banner across the top").
_PLACE_BEFORE_A_MARKING = re.compile(
    r"\b" + _PLACES_ON_A_DOCUMENT + r"(?: (?:on|of|in) (?:the|that|this|my|your|its|each|every) [a-z]+)?"
    r" (?:says|said|reads|read|has|had|shows|showed|is|s|was)$"
)
_PRINTED_AS = frozenset("banner header footer watermark stamp".split())  # one document's, not a kind's
# A document handed over without the word "attached": "here's the Tac Ad log", "the
# briefing pack is below".
_HERE_IS_THE_DOCUMENT = re.compile(
    r"\bhere (?:s|is|are) (?:the|my|our|your|a|an|this|that)(?: [a-z]+){0,2} " + _A_DOCUMENT_NOUN + r"\b|\bbelow\b"
    r"|^here (?:you|u|ya) go\b"
)
# Abbreviations that also name a team: "TS" is Trading Standards too ("TS: joint visit
# Friday", "the TS report on the vape shop"), so unless introduced as a marking ("marked
# TS") it marks something only where the message hands a document over.
_ALSO_A_TEAM = frozenset({"ts"})
# Words saying a thing is handed over, which an abbreviation right before them marks
# ("OS attached"), and words that may follow them in the same phrase ("...for Friday").
_HANDED_OVER_WORDS = frozenset("attached enclosed below attachment".split())
_AFTER_HANDED_OVER = frozenset("for re from".split())
# A part of a document names the document only when said to be of one: "the OS bit of
# the briefing", not "the OS bit is broken".
_PARTS_OF_A_DOCUMENT = frozenset("bit bits part parts section sections page pages paragraph paragraphs".split())
# What "OS" before a noun means when it is no marking: an operating system ("the laptop OS
# update") or the Ordnance Survey ("an OS map"); an abbreviation heads no such document.
_NOT_ABBREVIATED_DOCUMENTS = frozenset("update updates upgrade version versions map maps grid ref reference".split())
_OF_A_DOCUMENT = re.compile(r"of (?:the|this|that|my|our|your|a) (?:[a-z]+ )?" + _A_DOCUMENT_NOUN + r"\b")
_HEADER_SPAN = 3
_ADDRESS_WORDS = 2  # "sgt,", "morning all,", "ma'am," before a label
_HEADER_CHARS = 60  # how far back on its line a label's header words may start
_DOCUMENT_REACH = 3  # words after a marking in which the document it marks may be named
# Emoji and symbols set a label apart as punctuation does ("🚨 OS 🚨 comms plan attached").
_DECORATION = "\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2900-\u297f\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d"
_LABEL_BEFORE = re.compile(rf"[\s\[\(<{{*#>\"'|:\-–/.,;{_DECORATION}]*")
_POLITELY = re.compile(r"^[ \t]*(?:(?:so|and|but)[ \t]+)?(?:(?:please|pls|plz)[ \t]+)?")
# Before a marking set apart mid-line: a separator, or a word introducing it ("RDIT
# update, marked Official-Sensitive: data from the airbag module...") where nothing
# says the marking is not, or not here ("don't post anything marked SECRET: ...").
_SEPARATOR_BEFORE = re.compile(rf"[:|/\-{_DECORATION}][ \t]*$")
_INTRODUCED_BEFORE = re.compile(r"\b(?:marked|classified|graded)[ \t]*$")
_NOT_INTRODUCED = re.compile(r"\b(?:not|no|never|don ?t|dont|do not|anything|nothing|isn ?t|wasn ?t)\b")
# A gap of spaces sets a heading apart as a colon does ("OFFICIAL-SENSITIVE   AFO course timetable").
_WIDE_GAP = re.compile(r"[ \t]{2,}\S")
_COLON_AFTER = re.compile(r"[ \t]*[:\-]")


def _word_before_a_separator(words, separators: str, then=frozenset()) -> re.Pattern:
    """One of ``words`` opening a label's tail, a separator right after it or after one
    of ``then``."""
    optional = r"(?:[ \t]+(?:" + "|".join(sorted(then)) + "))?" if then else ""
    return re.compile(r"^[ \t]+(?:" + "|".join(sorted(words)) + ")" + optional + rf"(?=[ \t]*[{separators}])")


_PLEASE = frozenset({"pls", "please", "plz", "plse"})
_PLEASE_BEFORE_A_SEPARATOR = _word_before_a_separator(_PLEASE, r":\-|/")
# "o/s personal. exit interview notes", "O/S commercial pls: the tender scores"
_DESCRIPTOR_BEFORE_A_SEPARATOR = _word_before_a_separator(DESCRIPTORS, r":\-|/.", then=_PLEASE)
_DOCUMENT_BEFORE_A_SEPARATOR = _word_before_a_separator(_DOCUMENT_NOUNS, r":\-|")
_SEPARATOR_AFTER = re.compile(rf"[ \t]*[:\-|/\])}}>*.,;!{_DECORATION}]")
# Paired dashes and hashes set a marking apart as brackets do ("— o.s. —", "#OS#").
_OPEN_BRACKET = "[(<{*#-"
_CLOSE_BRACKET = "])>}*#-"


@dataclass(frozen=True)
class MarkingOptions:
    lowest: str = DEFAULT_LOWEST_MARKING

    def __post_init__(self):
        if self.lowest not in MARKING_LEVELS:
            raise ValueError(f"lowest marking must be one of {', '.join(MARKING_LEVELS)}, not {self.lowest!r}")


def find_markings(norm: Normalised, options: MarkingOptions = MarkingOptions()) -> list[Finding]:
    words = norm.word_list
    lowest = MARKING_LEVELS[options.lowest]
    # Read once per message, not once per candidate marking (a long post holds hundreds):
    # a message that names the scheme talks about markings in every sentence; whether
    # it says how to handle what it carries is looked for only if a marking needs it.
    scheme_talk = bool(_SCHEME_TALK.search(norm.reading))
    handling = cache(lambda: bool(_HANDLING.search(norm.words)))
    findings = []
    resume = 0  # past the last finding and the descriptors written with it
    # A budget, so that a post of Teams' largest size costs what a short one does: a wall
    # of marking words ("ofc sens ofc sens...") says nothing more after its first hundred.
    matches = list(islice(_matches(norm), MAX_CANDIDATES))
    compared = _compared(norm, matches)
    for i, (marking, length, form) in matches:
        if i < resume:
            continue
        first = words[i]
        printed = _printed_on_a_document_here(norm, i, i + length)
        # Signed off under a document handed over: "Statement attached. Restricted." An
        # abbreviation so signed is in capitals ("…the briefing's attached. O/S.").
        signed_off = (
            _a_sentence_of_its_own(norm, i, i + length)
            and (form != STRICT or _in_capitals(norm, i, i + length))
            and _handed_over(norm)
        )
        if form == AS_MARKING and not (
            _written_as_marking(norm, i, i + length)
            or _applied_to_content(norm, i, i + length, marking, handling, strict=False)
            # "restricted doc attached": a document of that marking, here in the chat.
            or (_names_a_document(norm, i + length) and _attached_here(norm.text))
            or printed
            or signed_off
            or _marked_before_a_document(norm, i + length)
            # "copying in that restricted memo now": right before the document, in a
            # sentence handing it over.
            or (_a_document_next(norm, i + length) and _conveyed(norm, i, i + length))
            or _names_a_document_here(norm, i, i + length, form)
        ):
            continue
        said_of_it = form != AS_MARKING and _said_of_what_is_given(norm, i, i + length, handling)
        if form == STRICT and not (
            said_of_it
            or _strictly_a_marking(norm, i, i + length, handling)
            or _applied_to_content(norm, i, i + length, marking, handling, strict=True)
            or printed
            or signed_off
            or _names_a_document_here(norm, i, i + length, form)
        ):
            continue
        if (
            not (_is_label(norm, i, i + length) or _bracketed_after_a_document(norm, i, i + length))
            and (
                scheme_talk
                or i in compared
                or _discounted(norm, i, i + length - 1, unmistakable=form == ANYWHERE, given=said_of_it)
                or _named_as_a_thing(norm, i, i + length)
                or _spoken_of_in_general(norm, i, i + length)
            )
            and not (
                _shared_after_all(norm, i + length)
                or _attached_here(norm.text)
                or printed
                # Handed over below or as "here's the…" after all, unless the sentence set
                # out to talk about the rules ("new guidance for SECRET material is pasted below").
                or (_handed_over(norm) and not _framed_as_talk(norm, i, i + length - 1))
            )
        ):
            continue
        end_word = _extend_descriptors(norm, i + length)
        if MARKING_LEVELS.get(marking, 2) >= lowest:
            start, end = norm.original_span(first.start, words[end_word - 1].end)
            findings.append(Finding(PROTECTIVE_MARKING, (start, end), _reason(marking), ("4.3",), marking=marking))
        resume = end_word
    return findings


def _matches(norm: Normalised):
    """(position, (marking, length, form)) of each word sequence that names a marking,
    in order, not overlapping."""
    texts = [word.text for word in norm.word_list]
    reach = 0  # the first word not yet inside a marking found
    # Only the words that may begin one are looked at closely (see _BEGINNINGS).
    for i in [i for i, text in enumerate(texts) if _may_begin_a_marking(text)]:
        if i < reach:
            continue
        matched = _match_at(texts, i) or _shortened_official_sensitive(norm, texts, i) or _typed_in_two(norm, texts, i)
        if matched is not None:
            yield i, matched
            reach = i + matched[1]


def _may_begin_a_marking(text: str) -> bool:
    """Whether a word may begin a marking as :func:`_matches` reads them: a phrase's
    first word, a country of an EYES ONLY caveat, the first piece of a marking typed in
    two, or what ``official`` shortens to (which begins "of")."""
    return text in _BEGINNINGS or text[:2] == _OFFICIAL[:2] or text.endswith("eyesonly")


def _match_at(texts: list[str], i: int) -> tuple[str, int, str] | None:
    word = texts[i]
    if word in _COUNTRIES and texts[i + 1 : i + 3] == ["eyes", "only"]:
        return (f"{word.upper()} EYES ONLY", 3, ANYWHERE)
    if word.endswith("eyesonly") and word[:-8] in _COUNTRIES:
        return (f"{word[:-8].upper()} EYES ONLY", 1, ANYWHERE)
    for size in (2, 1):
        phrase = tuple(texts[i : i + size])
        marking = _PHRASES.get(phrase) if len(phrase) == size else None
        if marking:
            return (marking[0], size, marking[1])
    return None


def _shortened_official_sensitive(norm: Normalised, texts: list[str], i: int) -> tuple[str, int, str] | None:
    """OFFICIAL-SENSITIVE shortened or misspelt in either word ("Off Sens", "Ofc-Sens.",
    "offical sensative", "offsens") or written the wrong way round ("SENSITIVE -
    OFFICIAL"). Either word shortened alone is English too often ("off sensitive
    ground", "ofc" for "of course", "sensitive official business"), so those must be
    written as a marking is; both shortened mean nothing else."""
    word = texts[i]
    following = texts[i + 1] if i + 1 < len(texts) and _joined_as_one(norm, i) else None
    if following is not None:
        if (word, following) == (_SENSITIVE, _OFFICIAL):
            return ("OFFICIAL-SENSITIVE", 2, AS_MARKING)
        first = word == _OFFICIAL or _shortens(word, _OFFICIAL)
        second = following == _SENSITIVE or _shortens(following, _SENSITIVE)
        if first and second and (word, following) != (_OFFICIAL, _SENSITIVE):
            both_shortened = word != _OFFICIAL and following != _SENSITIVE
            return ("OFFICIAL-SENSITIVE", 2, ANYWHERE if both_shortened or word == _OFFICIAL else AS_MARKING)
    # Both shortened in one word ("offsens draft of the tasking doc"): whatever follows.
    if len(word) > len(_OFFICIAL) + len(_SENSITIVE):
        return None
    for cut in range(3, len(word) - 2):
        first, second = word[:cut], word[cut:]
        if (first == _OFFICIAL or _shortens(first, _OFFICIAL)) and (
            second == _SENSITIVE or _shortens(second, _SENSITIVE)
        ):
            return ("OFFICIAL-SENSITIVE", 1, ANYWHERE)
    return None


def _typed_in_two(norm: Normalised, texts: list[str], i: int) -> tuple[str, int, str] | None:
    """A one-word marking typed in capitals as two words ("REST RICTED", "SEC RET"), as
    people do to slip it past a filter; both pieces must be in capitals, as they would
    be by accident only in a message all in capitals (which capitals then say nothing
    about)."""
    if i + 1 >= len(texts) or norm.text[norm.word_list[i].end : norm.word_list[i + 1].start] != " ":
        return None
    marking = _PHRASES.get((texts[i] + texts[i + 1],))
    if marking is None or marking[1] != AS_MARKING or not _in_capitals(norm, i, i + 2):
        return None
    return (marking[0], 2, AS_MARKING)


_OFFICIAL, _SENSITIVE = "official", "sensitive"
_BEGINNINGS = (
    {phrase[0] for phrase in _PHRASES}
    | _COUNTRIES
    | {_SENSITIVE}  # "SENSITIVE - OFFICIAL"
    | {
        words[0][:cut]
        for words, (_, how) in _PHRASES.items()
        if len(words) == 1 and how == AS_MARKING
        for cut in range(1, len(words[0]))
    }
)
# What may stand between the two words of one marking ("Off.Sens.", "ofc-sens", "off / sens").
_WITHIN_A_MARKING = re.compile(r"[ \t]{0,2}[-./_–:]?[ \t]{0,2}")


def _joined_as_one(norm: Normalised, i: int) -> bool:
    words = norm.word_list
    return bool(_WITHIN_A_MARKING.fullmatch(norm.text[words[i].end : words[i + 1].start]))


def _shortens(word: str, full: str) -> bool:
    """``word`` is ``full`` shortened — its first letters and some of the rest, in order
    ("off", "ofc", "sens", "snstv" is too few: it must start as ``full`` does) — or
    misspelt by two letters at most ("offical", "sensative"), and not ``full`` itself."""
    if word == full or len(word) < 3 or word[:2] != full[:2]:
        return False
    if full == _SENSITIVE and not word.startswith("sen"):
        return False
    letters = iter(full)
    if all(letter in letters for letter in word):
        return True
    return abs(len(word) - len(full)) <= 2 and _within_two_edits(word, full)


def _within_two_edits(a: str, b: str) -> bool:
    """Levenshtein distance of ``a`` and ``b`` is at most two."""
    previous = list(range(len(b) + 1))
    for x, letter in enumerate(a, 1):
        current = [x]
        for y, other in enumerate(b, 1):
            current.append(min(previous[y] + 1, current[y - 1] + 1, previous[y - 1] + (letter != other)))
        previous = current
    return previous[-1] <= 2


def _strictly_a_marking(norm: Normalised, i: int, j: int, handling: Callable[[], bool]) -> bool:
    """An abbreviation used as a marking: a label, in brackets, introduced, joined to a
    descriptor or to "marked", in capitals right before the document it marks or the
    word handing it over ("the OS doc", "O/S briefing", "OS attached"), or before a
    document in a sentence handing it over ("sending u the os doc"). ``handling()`` says
    whether the message says how to handle what it carries (read once per message)."""
    words = norm.word_list
    if any(w.text in _INTRODUCERS for w in words[max(0, i - 3) : i]):
        return True
    if words[i].text in _ALSO_A_TEAM and not (_handed_over(norm) or handling()):
        return False  # "TS: joint visit Friday", "Trading Standards (TS)" name the team
    if _is_label(norm, i, j) or _bracketed(norm, words[i].start, words[j - 1].end):
        return True
    if _with_its_descriptor(norm, j) or _marked_before_a_document(norm, j):
        return True
    disguised = all(w.disguised for w in words[i:j])
    if (disguised or _in_capitals(norm, i, j)) and (
        _names_a_document(norm, j, abbreviated=True)
        or _before_a_word_of_handing_over(norm, j)
        or _called_a_marking(norm, j)
    ):
        return True
    if _heads_the_message(norm, i, j):
        return True
    # In a sentence handing it over, before a document ("sending u the os doc"), or typed
    # with dots, dashes or slashes ("o.s.", "O-S"), which no operating system nor map is,
    # before a version of one, it marks what is handed over.
    return _names_a_document(norm, j, abbreviated=not disguised) and _conveyed(norm, i, j)


# Words after an abbreviation that make it something else: the Ordnance Survey or an
# operating system ("OS map", "OS update", "the OS is"), "outside" ("o/s the nick") or
# "outstanding" ("o/s jobs", "o/s 3 enquiries").
_ANOTHER_MEANING_AFTER = _NOT_ABBREVIATED_DOCUMENTS | frozenset(
    """is was s has needs keeps x the a an my your his her their our no number of jobs job enquiries enquiry enqs
    actions action tasks task warrants work calls incidents crimes queries items balance debt debts fines""".split()
)


def _heads_the_message(norm: Normalised, i: int, j: int) -> bool:
    """OFFICIAL-SENSITIVE's abbreviation opening the message, with more after it, heads
    it as a marking heads a document ("O/S DASH review for ...", "os cell block handover: ..."),
    unless the word after it gives it another meaning (``_ANOTHER_MEANING_AFTER``)."""
    words = norm.word_list
    # Only OFFICIAL-SENSITIVE's: a message opening "conf" is about a conference room or call.
    if i != 0 or j >= len(words) or "".join(w.text for w in words[i:j]) != "os":
        return False
    after = words[j].text
    return after not in _ANOTHER_MEANING_AFTER and not after[:1].isdigit()


def _with_its_descriptor(norm: Normalised, j: int) -> bool:
    """A descriptor joined to the marking by a hyphen, as only a marking carries one:
    "the OS-PERSONAL HR file"."""
    words = norm.word_list
    return (
        j < len(words)
        and words[j].text in DESCRIPTORS
        and norm.text[words[j - 1].end : words[j].start] in ("-", " - ")
        and _descriptor_written_as_one(norm, j)
    )


def _a_document_next(norm: Normalised, j: int) -> bool:
    """Word ``j`` is a document noun straight after the marking ("the secret briefing"),
    or a part said to be of one ("the secret part of the plan")."""
    words = norm.word_list
    if j >= len(words) or norm.text[words[j - 1].end : words[j].start] != " ":
        return False
    if words[j].text in _PARTS_OF_A_DOCUMENT:
        following = " ".join(w.text for w in words[j + 1 : j + 5])
        return bool(_OF_A_DOCUMENT.match(following))
    return words[j].text in _DOCUMENT_NOUNS


def _marked_before_a_document(norm: Normalised, j: int) -> bool:
    """The marking joined to "marked" before a document: "the secret-marked tasking note"."""
    words = norm.word_list
    return (
        j < len(words)
        and words[j].text == "marked"
        and norm.text[words[j - 1].end : words[j].start] == "-"
        and _names_a_document(norm, j + 1)
    )


def _called_a_marking(norm: Normalised, j: int) -> bool:
    """Word ``j`` names what the word before it is: "PROTECT marking on this one"."""
    words = norm.word_list
    return (
        j < len(words) and words[j].text in _NAMES_OF_A_MARKING and norm.text[words[j - 1].end : words[j].start] == " "
    )


def _on_this(norm: Normalised, k: int) -> bool:
    """Words ``k`` on say the thing is the one at hand: "on this", "on it", "on these"."""
    words = norm.word_list
    return k + 1 < len(words) and words[k].text == "on" and words[k + 1].text in ("this", "it", "these", "that")


def _before_a_word_of_handing_over(norm: Normalised, j: int) -> bool:
    """Word ``j`` says the thing is handed over, straight after the marking, and closes
    the phrase: "OS attached", "O/S below, pls read", "RESTRICTED attached for Friday";
    not "my OS attached itself to the wifi"."""
    words = norm.word_list
    return (
        j < len(words)
        and words[j].text in _HANDED_OVER_WORDS
        and norm.text[words[j - 1].end : words[j].start] in (" ", " - ", ": ")
        and (_closes_phrase(norm, j + 1) or words[j + 1].text in _AFTER_HANDED_OVER)
    )


def _said_of_what_is_given(norm: Normalised, i: int, j: int, handling: Callable[[], bool]) -> bool:
    """The abbreviation at words ``i:j`` is said of what the message gives, and ends its
    clause: "it's O/S btw", "the return is OS.", "sending it as O.S.", "the tracker, OS,
    is in the files tab". Said of "this" it marks the message itself ("this is o/s but
    the van's staged by the Co-op"); said of anything else, the message must hand it over,
    say how to handle it, or give its content after a colon or a dash. "Outstanding" is
    said the same way of work ("two warrants are o/s"), so not of work."""
    words, text = norm.word_list, norm.text
    if i == 0:
        return False
    before = words[i - 1].text
    after_comma = text[words[i - 1].end : words[i].start].strip() in (",", "(")
    if not (before in _SAID_TO_BE or after_comma) or not _closes_phrase(norm, j):
        return False
    subject = words[i - 2].text if i >= 2 else ""
    if before in _SAID_TO_BE and subject in _ANOTHER_MEANING_AFTER:
        return False
    if before in _SAID_TO_BE and subject == "this":
        return True
    end = words[j - 1].end
    return (
        _handed_over(norm)
        or _in_a_sentence_handing_over(norm, i, j)
        or handling()
        or bool(_CONTENT_AFTER.match(text, end))
    )


# Words before an abbreviation that say it of something: "it's OS", "sending it as O/S".
_SAID_TO_BE = frozenset("is s was are as".split())


def _conveyed(norm: Normalised, i: int, j: int) -> bool:
    """The marking at words ``i:j`` comes before a noun, not an idiom's ("SECRET
    santa"), in a sentence that hands content over (``_CONVEYING``): the marked thing
    is what is being sent."""
    words = norm.word_list
    # A dotted abbreviation keeps its last dot: "the o.s. version".
    if j >= len(words) or norm.text[words[j - 1].end : words[j].start] not in (" ", ". "):
        return False
    if words[j].text in _IDIOMS or words[j].text in _FUNCTION_WORDS:
        return False
    return _in_a_sentence_handing_over(norm, i, j)


def _in_a_sentence_handing_over(norm: Normalised, i: int, j: int) -> bool:
    words = norm.word_list
    start, end, _ = sentence_bounds(norm.text, words[i].start, words[j - 1].end)
    return bool(_CONVEYING.search(norm.text[start:end]))


# A document's file name as a message carries an attachment: parts joined by underscores,
# dashes or dots before a document's extension ("Tasking_wk14_OS.pdf"); in a link, the
# last part of its path only (a folder or a site named "os_team" is no marking).
_FILE_NAME = re.compile(
    r"[^\s'\"‘’“”()\[\]<>/\\:=?&]+\.(?:pdf|docx?|docm|xlsx?|xlsm|pptx?|msg|eml|txt|csv|rtf|odt|ods|odp|jpe?g|png|zip)\b"
)
_NAME_JOINERS = "_-."
# How far either side of a marking its file name is read: a long post of one "word" costs no more.
_FILE_NAME_CHARS = 100
_TITLE_CHARS = 80  # how far a quoted title may run


def _names_a_document_here(norm: Normalised, i: int, j: int, form: str) -> bool:
    """The marking is written where a document carries it, in the document's own name: a
    part of its file name ("Tasking_wk14_OS.pdf", "OS-briefing-v2.pptx"), or the first
    words of its quoted title in a sentence handing it over ("uploaded the 'SECRET -
    deployment notes' file"). A word that is also ordinary English counts only in
    capitals ("Restricted_parking_bays.pdf" is no marking), and an abbreviation not
    before a word giving it another meaning ("OS_map_Thetford.pdf")."""
    words = norm.word_list
    if form == AS_MARKING and not _in_capitals(norm, i, j):
        return False
    if j < len(words) and (
        words[j].text in _IDIOMS or (form == STRICT and words[j].text in _NOT_ABBREVIATED_DOCUMENTS)
    ):
        return False
    return _in_a_file_name(norm, i, j) or (
        _opens_a_quoted_title(norm, i, j) and _in_a_sentence_handing_over(norm, i, j)
    )


def _in_a_file_name(norm: Normalised, i: int, j: int) -> bool:
    text, words = norm.text, norm.word_list
    start, end = words[i].start, words[j - 1].end
    if end >= len(text) or text[end] not in _NAME_JOINERS:
        return False
    if start > 0 and not (text[start - 1] in _NAME_JOINERS or text[start - 1] in "'\"‘“" or text[start - 1].isspace()):
        return False
    left, right = start, end
    while left > max(0, start - _FILE_NAME_CHARS) and not text[left - 1].isspace():
        left -= 1
    while right < min(len(text), end + _FILE_NAME_CHARS) and not text[right].isspace():
        right += 1
    name = _FILE_NAME.search(text, left, right)
    return name is not None and name.start() <= start and name.end() > end


def _opens_a_quoted_title(norm: Normalised, i: int, j: int) -> bool:
    """A quotation opens right before the marking and holds more words after it, on one
    line: the marking quoted alone is a word talked about ("don't write 'SECRET' on it")."""
    words = norm.word_list
    start, end = norm.original_span(words[i].start, words[j - 1].end)
    original = norm.original
    quoted = QUOTED.match(original, start - 1, end + _TITLE_CHARS) if start else None
    if quoted is None:
        return False
    after = original[end : quoted.end() - 1]
    return "\n" not in after and any(c.isalpha() for c in after)


# Words between the copula and an applied marking: "it's actually just OS".
_ON_THE_WAY_TO_IT = "all|also|obviously|technically|still|now|definitely|basically|strictly|actually|really|only|just"
# How people apply a marking to what they are sending, in running text: "this is
# Restricted so...", "it's O/S obviously", "treat as Confidential", "sending this as OS".
# Read backwards from the marking over .words: an optional adverb, then a subject and a
# copula ("this is", "it's", "which is", "attached is") or a verb of handling and "as".
_APPLIED_BEFORE = re.compile(
    r"(?:\b(?:this|it|that|which|attached|attachment|everything|below|above|these|all of this|all this"
    r"|(?:this|that|these|those) [a-z]+)"
    r" (?:is|s|are|was|will be|should be|must be|needs to be)|\b(?:its|thats|whichs|this ones|that ones)"
    r"|\bthey (?:re|are|were))"
    rf"(?: (?:{_ON_THE_WAY_TO_IT}|classed|marked|classified)){{0,2}}"
    r" $"
    r"|\b(?:treat|treated|treating|handle|handled|handling|send|sending|sent|share|sharing|shared|class|classed"
    r"|post|posting|posted|count|counts|counted|regard|regarded|consider|considered|flag|flagged|mark|marked)"
    r"(?: (?:this|it|these|them|that|everything|all of (?:this|it)|the attached|the following))?"
    r"(?: (?:only|strictly|just))? as $"
)
# The marking itself named as the subject: "the marking on this one is o-s personal".
# Said so, an abbreviation needs neither capitals nor a handling instruction.
_THE_MARKING_OF_THIS_IS = re.compile(
    r"\b(?:marking|classification) (?:on|of) (?:this|it|these|that)(?: [a-z]+)? (?:is|s) $"
)
# A document named as the subject, in a message that hands it over: "the risk assessment
# for next week's drone ops is O-S, I've dropped it in this chat" (not "the ops order is
# OS so paper copies stay in the room").
_DOCUMENT_SUBJECT_WORDS = 11
_A_DOCUMENT_IS = re.compile(
    r"\b" + _A_DOCUMENT_NOUN + r"(?: [a-z0-9]+){0,7} (?:is|are|was|were|s)" + rf"(?: (?:{_ON_THE_WAY_TO_IT})){{0,2}} $"
)
# Words that may follow an applied marking and close its phrase ("this is Restricted so
# don't...", "it's O/S obviously", "this is Protect by the way").
_AFTER_APPLIED = frozenset(
    """so and but please pls do don't dont not until unless as then now thanks thx cheers ta ok okay also
    just too obviously btw fyi guys folks all everyone team mate lads though tho tbh remember mind i we you
    im i'm it's its this that under""".split()
)
_CLOSING_PHRASES = (("by", "the", "way"), ("for", "now"), ("just", "in", "case"), ("for", "info"))
# Handling instructions that say content is marked and must be kept close: where one
# stands in the message, an applied marking needs no capitals to be believed.
_HANDLING = re.compile(
    rf"\b(?:(?:{_DONT}|never|shouldn['’ ]?t|mustn['’ ]?t)"
    r" (?:be )?(?:share|shared|forward|forwarded|fwd|circulate|circulated|print|printed|send|sent|pass|passed|put|post"
    r"|posted|repeat|tell|discuss|leave|copy|screenshot|show|distribute|distributed)"
    r"|keep (?:it|this|them|that)? ?(?:in|within|to|between|inside|tight)|not for (?:circulation|sharing|onward"
    r"|distribution|(?:the )?wider)|need to know|embargoed|in confidence|no further|not beyond|within the team)\b"
)


def _applied_to_content(
    norm: Normalised, i: int, j: int, marking: str, handling: Callable[[], bool], strict: bool
) -> bool:
    """A marking applied to what is being sent, in running text: after "this is",
    "it's", "which is" or "treat as"/"sending this as", and closing its phrase (end of
    sentence, "so", "by the way"...), not an adjective before a noun ("it's restricted
    parking") nor a verb's participle ("it's restricted to supervisors"). Believed
    where written with a capital or disguised, or where the message also says how to
    handle it ("so don't share", "keep it in the team": ``handling()``, read once per
    message); an abbreviation ("O/S") needs that handling instruction or capitals, as
    "it's o/s" also means "outside"."""
    words = norm.word_list
    before = " ".join(w.text for w in words[max(0, i - 5) : i]) + " "
    named = bool(_THE_MARKING_OF_THIS_IS.search(before))

    def of_a_document_here() -> bool:
        subject = " ".join(w.text for w in words[max(0, i - _DOCUMENT_SUBJECT_WORDS) : i]) + " "
        return bool(_A_DOCUMENT_IS.search(subject)) and _handed_over(norm)

    if not (named or _APPLIED_BEFORE.search(before) or of_a_document_here()):
        return False
    # A descriptor may follow: "it's o/s personal so don't forward".
    described = j < len(words) and words[j].text in DESCRIPTORS and norm.text[words[j - 1].end : words[j].start] == " "
    if not _closes_phrase(norm, j + 1 if described else j):
        return False
    if named:
        return True
    source = "".join(norm.original_of(w) for w in words[i:j])
    capitals = any(c.isupper() for c in source)
    if strict:
        # A document handed over is not "outstanding", the abbreviation's other sense:
        # "the statement I've just put up is o/s" marks it in any case.
        return capitals and source.replace(".", "").replace("/", "").isupper() or handling() or of_a_document_here()
    if capitals and not _shouting(norm, i, j) or any(w.disguised for w in words[i:j]):
        # In a message all in capitals ("THIS EMAIL IS CONFIDENTIAL AND INTENDED ONLY FOR
        # THE ADDRESSEE") capitals mean nothing; a handling instruction still does.
        return True
    # "this is secret so don't tell the sarge" is everyday English: SECRET and above
    # are written as markings, not said in passing.
    return MARKING_LEVELS.get(marking, 0) < 4 and handling()


def _closes_phrase(norm: Normalised, j: int) -> bool:
    """Nothing but punctuation, the message's end or a closing word follows on the line."""
    words = norm.word_list
    if j >= len(words):
        return True
    gap = norm.text[words[j - 1].end : words[j].start]
    if gap.strip(" ") or "\n" in gap:
        return True
    following = [w.text for w in words[j : j + 3]]
    if any(following[: len(closer)] == list(closer) for closer in _CLOSING_PHRASES):
        return True
    return following[0] in _AFTER_APPLIED


def _names_a_document(norm: Normalised, j: int, abbreviated: bool = False) -> bool:
    """A document noun within three words after the marking, joined by single spaces on
    the same line with no function word between: "SECRET ops plan", "RESTRICTED custody
    list", "CONFIDENTIAL occ health report"; not an idiom ("SECRET santa list"). After an
    ``abbreviated`` marking ("OS") a noun it has other meanings before ("OS update", "OS
    map") names no document."""
    words = norm.word_list
    for k in range(j, min(j + _DOCUMENT_REACH, len(words))):
        word = words[k].text
        gap = norm.text[words[k - 1].end : words[k].start]
        # An abbreviation typed with dots keeps its last one: "the O.S. risk assessment".
        dotted = k == j and gap == ". " and words[j - 1].disguised
        if (gap != " " and not dotted) or word in _IDIOMS or word in _FUNCTION_WORDS:
            return False
        if (abbreviated and word in _NOT_ABBREVIATED_DOCUMENTS) or word in _PARTS_OF_A_DOCUMENT:
            # ...unless it is said to be one of a document: "the OS version of the tasking doc".
            return _OF_A_DOCUMENT.match(" ".join(w.text for w in words[k + 1 : k + 5])) is not None
        if word in _DOCUMENT_NOUNS:
            return True
    return False


def _reason(marking: str) -> str:
    if marking in ("SECRET", "TOP SECRET"):
        return f"Looks marked {marking}: IM can only carry content that is not protectively marked"
    if marking.endswith("EYES ONLY"):
        return f"Carries the national caveat {marking}, which only goes with protectively marked material"
    return f"Looks marked {marking}: IM has no protective marking facility, so it can't carry this"


def _written_as_marking(norm: Normalised, i: int, j: int) -> bool:
    words = norm.word_list
    first, last = words[i], words[j - 1]
    if _is_label(norm, i, j) or _bracketed(norm, first.start, last.end):
        return True
    before = [w.text for w in words[max(0, i - 3) : i]]
    if any(word in _INTRODUCERS for word in before) and "not" not in before:
        return True
    if _called_a_marking(norm, j) and _on_this(norm, j + 1):
        return True  # "Protect marking on this one": said of this, in any case
    disguised = any(w.disguised for w in words[i:j])
    if not disguised and not (_in_capitals(norm, i, j) and not _shouting(norm, i, j)):
        return False
    if _heads_a_document(norm, i, j) or _heads_a_letter(norm, i, j) or (not disguised and _names_a_document(norm, j)):
        return True
    if _conveyed(norm, i, j) or _called_a_marking(norm, j):
        return True
    if i > 0 and words[i - 1].text in _DETERMINERS and _same_line(norm, words[i - 1].end, first.start):
        return False
    # Read through its disguise, "T0P S3CR3T recipe" is still an adjective before a noun.
    return not _adjective_before_noun(norm, j)


def _heads_a_letter(norm: Normalised, i: int, j: int) -> bool:
    """Opening the message before its greeting, as an email's marking does: "SECRET Hi
    team, the tasking is in the files tab"."""
    return i == 0 and bool(_GREETING.match(" ".join(w.text for w in norm.word_list[j : j + 2])))


def _heads_a_document(norm: Normalised, i: int, j: int) -> bool:
    """Opening its line as the header of a document it names: "CONFIDENTIAL op order –
    I'll email it", "RESTRICTED briefing notes: ...", "SECRET briefing for gold". A
    document noun right after the marking names it; one a few words on must close the
    phrase at a separator or the line's end. "SECRET santa list is up" or "TOP SECRET
    recipe for the bake sale" name no document."""
    words = norm.word_list
    text = norm.text
    line_start = text.rfind("\n", 0, words[i].start) + 1
    if not _LABEL_BEFORE.fullmatch(text[line_start : words[i].start]):
        return False
    for k in range(j, min(j + _HEADER_SPAN, len(words))):
        if "\n" in text[words[k - 1].end : words[k].start]:
            return False
        if words[k].text in _DOCUMENT_NOUNS:
            if k <= j + 1:
                # Right after the marking ("SECRET briefing for gold commander", "TOP
                # SECRET handling notes from the NCA"): the marking is the document's.
                return True
            while (
                k + 1 < len(words)
                and words[k + 1].text in _DOCUMENT_NOUNS
                and text[words[k].end : words[k + 1].start] == " "
            ):
                k += 1  # "briefing notes", "intel report"
            after = text[words[k].end :]
            return not after.strip(" ") or bool(re.match(r"[ \t]*(?:[:\-|\n]|$)", after))
    return False


_ASIDE = re.compile(r"^[ \t]*\([^()\n]{1,80}\)")


# A marking in formatting of its own (bold, italics, a heading) that opens its line is
# set out as a label: "<b>RESTRICTED</b> Course rota for tutors". Formatting mid-sentence
# only emphasises ("don't put anything <b>SECRET</b> on here").
_OPENING_TAG = re.compile(
    r"(?:^|\n)[ \t]*(?:<(?:p|div|span)(?:\s[^>]*)?>[ \t]*)*(?:<(?:b|strong|i|em|u|mark|h[1-6])(?:\s[^>]*)?>[ \t]*)+$",
    re.IGNORECASE,
)
_CLOSING_TAG = re.compile(r"[ \t]*</(?:b|strong|i|em|u|mark|h[1-6])\s*>", re.IGNORECASE)
_TAGS_BACK = 200  # how far back the opening tags are looked for, so a long post stays linear


def _set_out_by_formatting(norm: Normalised, i: int, j: int) -> bool:
    words = norm.word_list
    if j < len(words) and words[j].text in _IDIOMS:
        return False  # "<b>SECRET</b> santa draw on Friday"
    begin, finish = norm.original_span(words[i].start, words[j - 1].end)
    original = norm.original
    lead = original[max(0, begin - _TAGS_BACK) : begin]
    if begin > _TAGS_BACK and "\n" not in lead:
        return False
    return bool(_OPENING_TAG.search(lead) and _CLOSING_TAG.match(original, finish))


def _is_label(norm: Normalised, i: int, j: int) -> bool:
    """Alone on its line, opening one and followed by a separator, or closing one after
    one, or set out in formatting of its own at the start of a line."""
    text = norm.text
    words = norm.word_list
    start, end = words[i].start, words[j - 1].end
    if _set_out_by_formatting(norm, i, j):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # An aside in brackets right after it leaves a label a label: "Secret (the proper
    # kind, not the santa kind) - briefing note attached".
    tail = _ASIDE.sub("", text[end:line_end], count=1)
    # A please before the separator is said to the reader ("o/s pls - door list for Monday"), and
    # a descriptor belongs to the label ("o/s personal. exit interview notes").
    tail = _PLEASE_BEFORE_A_SEPARATOR.sub("", tail, count=1)
    tail = _DESCRIPTOR_BEFORE_A_SEPARATOR.sub("", tail, count=1)
    # So does the document it heads ("Restricted intel: the van is back at the yard"), but
    # "Top secret intel: cake in the kitchen" is the everyday phrase.
    if not (" ".join(w.text for w in words[i:j]) in EVERYDAY_WORDS and not _in_capitals(norm, i, j)):
        tail = _DOCUMENT_BEFORE_A_SEPARATOR.sub("", tail, count=1)
    lead = text[line_start:start]
    # Only the end of the lead is read, so a long line with many markings costs no more
    # per marking than a short one (screening stays linear in a message's length).
    near = lead[-_HEADER_CHARS:]
    more_follows = bool(re.search(r"[a-z]", tail[:_HEADER_CHARS]))
    if _SEPARATOR_BEFORE.search(near) and more_follows and (_SEPARATOR_AFTER.match(tail) or _closed_by_handling(tail)):
        # Set apart mid-line between separators, with more to follow: "the email's
        # down so: off-sen / Sunday's warrant moved to 0530"; or after one and closed by
        # how to handle it: "sending the schedule now - o/s so don't forward it".
        return True
    if _INTRODUCED_BEFORE.search(near) and _COLON_AFTER.match(tail) and more_follows:
        return not _NOT_INTRODUCED.search(near)
    if not _LABEL_BEFORE.fullmatch(lead):
        # Header words opening the line or its sentence: "Protective marking: SECRET".
        boundary = max(near.rfind(". "), near.rfind("? "), near.rfind("! "))
        opening = near[boundary + 1 :] if boundary >= 0 or lead == near else ""
        lead_words = re.findall(r"[a-z]+", opening)
        # Set apart before the marking or after it: "Protective marking: SECRET", "GPMS
        # protect – figures".
        headed = (
            lead_words
            and all(w in _HEADER_WORDS for w in lead_words)
            and (re.search(r"[:\-]\s*$", near) or _SEPARATOR_AFTER.match(tail))
        )
        # Or someone addressed first, as a line opens: "Sgt, OS: staffing plan...".
        addressed = 0 < len(lead_words) <= _ADDRESS_WORDS and re.search(r"[,:]\s*$", near)
        # Or a sentence of its own after another: heading what follows ("can you give this
        # a read? OS. Draft reply to..."), or signing off what went before ("...briefing
        # at 0900. O.S."); after a question it answers it ("How did the panel go?
        # Confidential.") and marks nothing.
        own_sentence = boundary >= 0 and not lead_words and (more_follows or near[boundary] == ".")
        if not (headed or addressed or own_sentence):
            lead = None
    ends_line = not re.search(r"[a-z0-9?]", tail)
    if lead is not None:
        if ends_line or _SEPARATOR_AFTER.match(tail) or _WIDE_GAP.match(tail) or _closed_by_handling(tail):
            # "O/S pls don't share outside the team": a handling instruction closes a label as a colon would
            return True
        return j < len(words) and words[j].text in DESCRIPTORS and _descriptor_written_as_one(norm, j)
    # Closing a line: "Notes attached - RESTRICTED"
    return (
        ends_line
        and bool(re.search(r"[\-|:(\[/]\s*$", lead_text := text[line_start:start]))
        and bool(lead_text.strip())
    )


def _descriptor_written_as_one(norm: Normalised, j: int) -> bool:
    """The descriptor at word ``j`` is written as a marking's is: in capitals ("OS
    PERSONAL"), or capitalised and either closed by a separator ("OS Personal - welfare
    form") or joined to the marking with no space ("OS-Personal as it's an OH referral")."""
    if _in_capitals(norm, j, j + 1):
        return True
    word = norm.word_list[j]
    joined = norm.text[norm.word_list[j - 1].end : word.start] == "-"
    return norm.original_of(word).istitle() and (joined or bool(_SEPARATOR_AFTER.match(norm.text, word.end)))


def _closed_by_handling(tail: str) -> bool:
    """What follows a marking on its line opens with how to handle it ("O/S pls don't
    share outside the team", "- o/s so don't forward it")."""
    return bool(_HANDLING.match(_POLITELY.sub("", tail[:_HEADER_CHARS])))


def _bracketed_after_a_document(norm: Normalised, i: int, j: int) -> bool:
    """In brackets right after the document it marks, as a header is written: "Gold
    briefing notes (SECRET): threat level raised..."."""
    words = norm.word_list
    return (
        i > 0
        and words[i - 1].text in _DOCUMENT_NOUNS
        and norm.text[words[i - 1].end : words[i].start].strip(" ") in _OPEN_BRACKET
        and _bracketed(norm, words[i].start, words[j - 1].end)
    )


def _bracketed(norm: Normalised, start: int, end: int) -> bool:
    text = norm.text
    before = text[:start].rstrip(" ")
    after = text[end:].lstrip(" .")  # "(O.S.)": the abbreviation's own last dot
    return bool(before) and before[-1] in _OPEN_BRACKET and bool(after) and after[0] in _CLOSE_BRACKET


def _discounted(norm: Normalised, first: int, last: int, unmistakable: bool = False, given: bool = False) -> bool:
    """Asked about, negated or talked about, as read through any disguise ("c4n I s3nd ...?").

    A request to act on a document the marking heads ("can you check the CONFIDENTIAL
    report I've dropped in the files tab", "can u send me the off-sens risk assessment")
    asks about the document, not the marking: it is still marked. The marking must be in
    capitals unless it is ``unmistakable`` (a form that means nothing else in English).

    A marking ``given`` as what the message gives is content though its sentence talks
    of rules ("sending over the new procedure, it's OS").

    Talk of a marking being replaced or dropped is about the old GPMS markings; where
    the sentence names none, "replaced it with the right one (OFFICIAL-SENSITIVE, v4)"
    is about a file."""
    context = Context(norm.reading, *norm.reading_span(first, last))
    if context.is_question() and not (
        context.is_request()
        and (unmistakable or _in_capitals(norm, first, last + 1))
        and _names_a_document(norm, last + 1)
    ):
        return True
    if context.is_negated():
        return True
    # A marked document handed over is content, though its name is a word of talk about
    # the rules ("the CONFIDENTIAL guidance is attached"); talk that sets out from the
    # rules stays talk ("new guidance for RESTRICTED material is pasted below").
    if context.is_framed_as_meta() or (
        context.is_meta()
        and not given
        and not ((_names_a_document(norm, last + 1) or _a_document_next(norm, last + 1)) and _handed_over(norm))
    ):
        return True
    if _ANOTHER_ROUTE.search(context.sentence) and not _HERE_INSTEAD.search(context.sentence):
        return True
    if context.says_why_it_is_withheld():
        return True
    return bool(_RETIRED.search(context.sentence) and _LEGACY.search(context.sentence))


def _framed_as_talk(norm: Normalised, first: int, last: int) -> bool:
    """The sentence sets out to talk about the rules before it reaches the marking."""
    return Context(norm.reading, *norm.reading_span(first, last)).is_framed_as_meta()


def not_meant(norm: Normalised, findings: list[Finding]) -> list[Finding]:
    """The marking findings that mark nothing, by what the message does with them:

    * borrowed for a joke and taken back at once (see ``_TAKEN_BACK_WORDS``), label or
      not: "Classification: TOP SECRET 😂 jk";
    * listed among the scheme's levels: "OFFICIAL, OFFICIAL-SENSITIVE, SECRET, TOP
      SECRET — revise for the quiz" (a marked message carries one of them);
    * borrowed to make a treat or a celebration sound grand, in a message that hands no
      document over: "TOP SECRET intel: there's cake in the kitchen" (see ``_A_TREAT``).

    The engine sets them aside only where the message carries nothing sensitive:
    "OFFICIAL-SENSITIVE lol so the bot doesn't pick it up – door list for tmrw..."
    laughs at the filter, not at the marking, and a list of levels is no cover for a
    suspect's address."""
    markings = [finding for finding in findings if finding.category == PROTECTIVE_MARKING]
    if not markings:
        return []
    if len(_levels_in_capitals(norm)) >= _A_LIST_OF_LEVELS or _taken_back_in_brackets(norm):
        return markings
    if _A_TREAT.search(norm.words) and not _handed_over(norm):
        return markings
    words = norm.word_list
    last_word_ending = {norm.original_span(w.start, w.end)[1]: k for k, w in enumerate(words)}
    jokes = []
    for finding in markings:
        k = last_word_ending.get(finding.span[1])
        if (
            k is not None
            and _joke_follows(norm, k + 1)
            and not _shared_after_all(norm, k + 1)
            and not _KEEP_THE_DOCUMENT.search(" ".join(w.text for w in words[k + 1 : k + 1 + _KEEP_REACH]))
            # Laughing at how a marking was typed, with the document handed over ("T O P
            # S E C R E T haha new laptop, the obs log is attached"): still marked.
            and not (_handed_over(norm) and not _retracted(norm, k + 1))
        ):
            jokes.append(finding)
    return jokes


# A marking that is an everyday phrase too ("top secret: the new coffee machine"): written
# as a sentence writes it, neither in capitals nor disguised nor introduced as a marking,
# it needs the message to read as work material (the engine asks the operational model).
# Only TOP SECRET: staff write a real "confidential" or "secret" in small letters too
# ("confidential - for sgts only, don't share"), and on the 41 dev sets holding those
# words to it lost six real markings for five jokes.
EVERYDAY_WORDS = frozenset({"top secret"})


def in_everyday_use(norm: Normalised, finding: Finding) -> bool:
    """``finding`` is a marking that is also an everyday word, written in lower or title
    case and not disguised ("Top secret:", not "TOP SECRET" nor "tOp sEcReT"), or any
    marking word said of a thing that is no document (see :func:`_said_of_a_thing`)."""
    if finding.category != PROTECTIVE_MARKING:
        return False
    start, end = finding.span

    def begins(word):
        return norm.original_span(word.start, word.end)[0]

    # Words are in order, so a binary search finds the finding's: a post of a hundred
    # markings would otherwise read every word for each.
    i = bisect_left(norm.word_list, start, key=begins)
    j = bisect_left(norm.word_list, end, lo=i, key=begins)
    if i == j:
        return False
    words = norm.word_list[i:j]
    if any(w.disguised for w in words) or _attached_here(norm.text):
        # A document said to be attached here is marked, not joked about.
        return False
    if _said_of_a_thing(norm, i, j):
        return True
    if " ".join(w.text for w in words) not in EVERYDAY_WORDS:
        return False
    if any(w.text in _INTRODUCERS for w in norm.word_list[max(0, i - 3) : i]):
        return False
    # A capital after a small letter inside a word is a disguise of its own ("sEcReT").
    mixed = any(a.islower() and b.isupper() for w in words for a, b in pairwise(norm.original_of(w)))
    return not mixed and not _in_capitals(norm, i, j)


# A marking is put on documents; said of anything else it is a figure of speech ("the
# coffee machine is classified TOP SECRET", "this last sausage roll is SECRET"). Read so:
# an ordinary marking word, in any case, as the complement of "is"/"are"/"'s" in a sentence
# that names no document before it and whose subject is no pointer to one ("it",
# "this", "the attached"); the engine then still asks the operational model whether the
# message reads as work material.
_BEING = frozenset("is are was were s be been become becomes".split())
_ON_THE_WAY = frozenset(
    "now basically officially classified totally strictly definitely hereby still also very so".split()
)
_POINTING = frozenset(
    "it this that these those which what attached below above enclosed following everything all here there they".split()
)
_SUBJECT_REACH = 3  # adverbs allowed between the verb and the marking
# How far back the subject's words are read, within the sentence ("the report I put in
# the channel earlier is SECRET" names a document).
_SUBJECT_WORDS = 12
_AS_MARKING_WORDS = frozenset(" ".join(words) for words, (_, how) in _PHRASES.items() if how == AS_MARKING)


def _said_of_a_thing(norm: Normalised, i: int, j: int) -> bool:
    """The marking at words ``i:j`` is an ordinary word and the complement of "is"/"are"
    after words that name no document."""
    words = norm.word_list
    if " ".join(w.text for w in words[i:j]) not in _AS_MARKING_WORDS:
        return False
    k = i - 1
    while k >= 0 and i - k <= _SUBJECT_REACH and words[k].text in _ON_THE_WAY:
        k -= 1
    if k < 1 or words[k].text not in _BEING:
        return False
    if words[k - 1].text in _POINTING or (words[k - 1].text == "one" and k >= 2 and words[k - 2].text in _POINTING):
        return False  # "that one's SECRET" points at what is at hand
    sentence_start = sentence_bounds(norm.text, words[k].start, words[k].end)[0]
    subject = [w for w in words[max(0, k - _SUBJECT_WORDS) : k] if w.start >= sentence_start]
    return not any(w.text in _DOCUMENT_NOUNS for w in subject)


def _handed_over(norm: Normalised) -> bool:
    """The message hands a document over: attached or put here (``_ATTACHED_HERE``),
    below, introduced as "here's the <document>", or pasted in ("pasted the summary:
    CTP intel indicates...")."""
    return _attached_here(norm.text) or _document_here(norm.words) or _pasted_here(norm.text)


def _a_sentence_of_its_own(norm: Normalised, i: int, j: int) -> bool:
    """Words ``i:j`` are a sentence by themselves, capitalised, as a marking is signed
    off under what it marks: "Pls see attached. Protect." """
    words, text = norm.word_list, norm.text
    # Only the characters next to it are read, so a post full of markings stays linear.
    before = text[max(0, words[i].start - _HEADER_CHARS) : words[i].start].rstrip()
    after = text[words[j - 1].end : words[j - 1].end + _HEADER_CHARS].lstrip()
    return (
        (not before or before[-1] in ".!?:\n")
        and (not after or after[0] in ".!?\n")
        and norm.original_of(words[i])[:1].isupper()
    )


def _printed_on_a_document_here(norm: Normalised, i: int, j: int) -> bool:
    """The marking at words ``i:j`` is said to be printed on a document ("got SECRET on
    the header", "says OFFICIAL-SENSITIVE at the top", "the footer says o/s", "the O.S.
    banner") that the message hands over (:func:`_handed_over`) or gives after a colon or
    a dash ("it has CONFIDENTIAL in the footer - ..."): it is that document's marking."""
    words = norm.word_list
    following = " ".join(w.text for w in words[j : j + _PLACE_ON_A_DOCUMENT_WORDS])
    preceding = " ".join(w.text for w in words[max(0, i - _PLACE_ON_A_DOCUMENT_WORDS) : i])
    if not (
        _PLACE_ON_A_DOCUMENT.match(following)
        or _PLACE_BEFORE_A_MARKING.search(preceding)
        or (j < len(words) and words[j].text in _PRINTED_AS)
    ):
        return False
    end = words[j - 1].end
    return _handed_over(norm) or bool(_CONTENT_AFTER.search(norm.text[end : end + _CONTENT_AFTER_REACH]))


# A colon or a dash with the content after it, close after a marking said to be printed
# on a document: what the document says, given here.
_CONTENT_AFTER = re.compile(r"(?::|\s[-\u2013\u2014]\s)\s*[^\n]{20}")
_CONTENT_AFTER_REACH = 120


@lru_cache(maxsize=1)
def _attached_here(text: str) -> bool:
    """Something attached or put here (``_ATTACHED_HERE``, ``_DOCUMENT_PUT_HERE``, a
    paperclip), read once per message, however many markings ask (the last message
    only: nothing a message says is kept past its screening)."""
    return _PAPERCLIP in text or bool(_ATTACHED_HERE.search(text) or _DOCUMENT_PUT_HERE.search(text))


@lru_cache(maxsize=1)
def _pasted_here(text: str) -> bool:
    """Content shared anywhere in the message, read once per message as :func:`_attached_here`."""
    return _content_shared_from(text, 0)


@lru_cache(maxsize=1)
def _document_here(words: str) -> bool:
    """``_HERE_IS_THE_DOCUMENT`` read once per message, as :func:`_attached_here`."""
    return bool(_HERE_IS_THE_DOCUMENT.search(words))


def _taken_back_in_brackets(norm: Normalised) -> bool:
    """A retraction in brackets anywhere in the message, not itself denied ("(not
    joking, that's genuinely the marking on it)")."""
    return any(not _NOT_JOKING.search(m.group()) for m in _TAKEN_BACK_IN_BRACKETS.finditer(norm.reading))


def _levels_in_capitals(norm: Normalised) -> set[str]:
    """The different markings the message writes in capitals, found or discounted; an
    EYES ONLY caveat goes with a level ("SECRET//UK EYES ONLY") and is none itself.
    Among the first ``MAX_CANDIDATES``, as :func:`find_markings` reads them."""
    return {
        marking
        for i, (marking, length, _) in islice(_matches(norm), MAX_CANDIDATES)
        if _in_capitals(norm, i, i + length) and not marking.endswith("EYES ONLY")
    }


def _joke_follows(norm: Normalised, j: int) -> bool:
    """Laughter or a retraction among the few words after word ``j - 1`` on its line,
    not itself denied ("not joking"), or a hedging "-ish" on it."""
    words = norm.word_list
    text = norm.text
    line_end = text.find("\n", words[j - 1].end)
    line_end = len(text) if line_end < 0 else line_end
    following = [w for w in words[j : j + _TAKEN_BACK_REACH] if w.start < line_end]
    if following and following[0].text == "ish" and text[words[j - 1].end : following[0].start] == "-":
        return True
    said = " ".join(w.text for w in following)
    if _NOT_JOKING.search(said):
        return False
    if any(w.text in _TAKEN_BACK_WORDS for w in following) or _TAKEN_BACK_PHRASES.search(said):
        return True
    reach = following[-1].end if following else words[j - 1].end
    start, end = norm.original_span(words[j - 1].end, reach)
    # An emoji is no word: after the last word read it still counts ("SECRET jk 😂").
    return any(c in _LAUGHTER for c in norm.original[start : end + _EMOJI_AFTER])


def _retracted(norm: Normalised, j: int) -> bool:
    """Taken back in words, not only laughed at, among the few words after word ``j - 1``:
    "SECRET jk, here's the rota"."""
    following = norm.word_list[j : j + _TAKEN_BACK_REACH]
    said = " ".join(w.text for w in following)
    retracting = any(w.text in _RETRACTING_WORDS for w in following) or _RETRACTING_PHRASES.search(said)
    return bool(retracting) and not _NOT_JOKING.search(said)


def _shared_after_all(norm: Normalised, j: int) -> bool:
    """After the marking, the message goes on to share the content anyway ("...is that
    ok on here? anyway, pasting the timings from it: 'Briefing 0700...'", "whoever
    marked it OFFICIAL-SENSITIVE 😂 here it is anyway: 14 phones..."): whatever was
    asked or joked about the marking, the marked content is now in the message."""
    return j < len(norm.word_list) and _content_shared_from(norm.text, norm.word_list[j - 1].end)


def _content_shared_from(text: str, start: int) -> bool:
    """``_SHARED_HERE`` at or after ``start`` with content after it."""
    shared = _SHARED_HERE.search(text, start)
    return shared is not None and len(text) - shared.end() >= _SHARED_CONTENT_CHARS


def _compared(norm: Normalised, matches: list[tuple[int, tuple[str, int, str]]]) -> set[int]:
    """Positions of markings named beside a different one, a joining word between them
    on one line ("I keep mixing up RESTRICTED and OFFICIAL-SENSITIVE")."""
    words = norm.word_list
    found = set()
    for (i, (first, length, _)), (k, (second, _, _)) in zip(matches, matches[1:]):
        between = words[i + length : k]
        if (
            first != second
            and len(between) <= _COMPARED_REACH
            and any(w.text in _JOINING for w in between)
            and _same_line(norm, words[i].start, words[k].start)
        ):
            found.update((i, k))
    return found


def _spoken_of_in_general(norm: Normalised, i: int, j: int) -> bool:
    """The marking spoken of as a thing put on content in general, not marking this
    content: applied to things ("I put OFFICIAL-SENSITIVE on an email"), defined ("when
    OFFICIAL-SENSITIVE applies"), or the kind of content under a rule
    ("OFFICIAL-SENSITIVE material must be stored...")."""
    words = norm.word_list
    following = [w.text for w in words[j : j + 2] if _same_sentence(norm, words[j - 1].end, w.start)]
    if i > 0 and words[i - 1].text in _APPLYING and _same_sentence(norm, words[i - 1].end, words[i].start):
        # "...at the top of my statement draft: 'I attended...'" goes on to the content.
        content_follows = _COLON_ON_THE_LINE.match(norm.text, words[j - 1].end) is not None
        closed = not following or _CLAUSE_CLOSED.match(norm.text, words[j - 1].end) is not None
        if (closed or following[0] in _WHERE_IT_GOES) and not content_follows:
            return True
    if following and following[0] in _DEFINED_BY:
        return True
    before = words[i - 1].text if i > 0 and _same_sentence(norm, words[i - 1].end, words[i].start) else None
    return (
        len(following) == 2
        and following[0] in _KINDS_OF_CONTENT
        and following[1] in _RULE_WORDS
        and before not in _OWNING
    )


_COLON_ON_THE_LINE = re.compile(r"[^\n:]*:")
_CLAUSE_CLOSED = re.compile(r"\s*[,;]")


def _same_sentence(norm: Normalised, a: int, b: int) -> bool:
    """No line break nor sentence end between offsets ``a`` and ``b`` of ``norm.text``."""
    gap = norm.text[a:b]
    return "\n" not in gap and not re.search(r"[.!?](?:\s|$)", gap)


def _named_as_a_thing(norm: Normalised, i: int, j: int) -> bool:
    """ "the OFFICIAL-SENSITIVE marking goes in the subject line": after "the" and before
    a noun for markings, the marking is a thing talked about, not applied."""
    words = norm.word_list
    return (
        i > 0
        and words[i - 1].text == "the"
        and j < len(words)
        and words[j].text in _MARKING_NOUNS
        and _same_line(norm, words[i - 1].end, words[j].start)
    )


def _in_capitals(norm: Normalised, i: int, j: int) -> bool:
    source = "".join(norm.original_of(w) for w in norm.word_list[i:j])
    letters = [c for c in source if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _shouting(norm: Normalised, i: int, j: int) -> bool:
    """The rest of the message is mostly capitals too, so capitals mean nothing."""
    start, end = norm.original_span(norm.word_list[i].start, norm.word_list[j - 1].end)
    letters, capitals = _case_counts(norm.original)
    own_letters, own_capitals = _case_counts(norm.original[start:end])
    letters, capitals = letters - own_letters, capitals - own_capitals
    return letters >= 6 and capitals > 0.6 * letters


@lru_cache(maxsize=64)
def _case_counts(text: str) -> tuple[int, int]:
    """(letters, capital letters) in ``text``; kept per message, as every candidate
    marking in a long post asks about the same text."""
    letters = [c for c in text if c.isalpha()]
    return len(letters), sum(c.isupper() for c in letters)


def _same_line(norm: Normalised, a: int, b: int) -> bool:
    return "\n" not in norm.text[a:b]


def _adjective_before_noun(norm: Normalised, j: int) -> bool:
    """The next word on the line follows with only a space and is a content word."""
    words = norm.word_list
    if j >= len(words):
        return False
    gap = norm.text[words[j - 1].end : words[j].start]
    following = words[j].text
    if gap.strip(" ") or following in _FUNCTION_WORDS or following in DESCRIPTORS or following in _TAKEN_BACK_WORDS:
        # Laughter is no noun: "TOP SECRET lol" is a marking, taken back or not (see not_meant).
        return False
    return not following.isdigit()


def _extend_descriptors(norm: Normalised, j: int) -> int:
    """Take descriptors written with the marking into its span (``OFFICIAL-SENSITIVE:
    PERSONAL DATA``, ``SECRET UK EYES ONLY``)."""
    words = norm.word_list
    while j < len(words):
        gap = norm.text[words[j - 1].end : words[j].start]
        if (
            words[j].text in DESCRIPTORS
            and re.fullmatch(r"[\s:\-/\[\]()|]{0,4}", gap)
            and "\n" not in gap
            and (_in_capitals(norm, j, j + 1) or words[j].disguised)
        ):
            j += 1
        else:
            break
    return j
