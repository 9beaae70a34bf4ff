"""The screening engine as a specification: what counts, what doesn't, and where."""

from __future__ import annotations

import time
from dataclasses import replace

import numpy as np
import pytest

from policybot.screening import CATEGORIES, MAX_CHARS, Screener, ScreenerOptions
from policybot.screening.conduct import find_conduct
from policybot.screening.engine import RULE_SUPPORT_FLOOR
from policybot.screening.markings import find_markings
from policybot.screening.normalise import Normalised


@pytest.fixture(scope="module")
def screener():
    return Screener()


def known_miss(*values, reason: str):
    """A row the engine gets wrong, for ``reason``: strict, so that it says when it passes."""
    return pytest.param(*values, marks=pytest.mark.xfail(reason=reason, strict=True))


def set_aside_by_the_rule_floor(text: str, read: str, expected=True):
    """A row a phrase rule finds and the conduct models read as plainly not that conduct
    (``engine.RULE_SUPPORT_FLOOR``): a known miss. ``expected`` is the row's second
    value, as its test's parameters have it."""
    reason = f"the rule's finding is set aside: the conduct models read {read} (RULE_SUPPORT_FLOOR)"
    return known_miss(text, expected, reason=reason)


def categories(screener, text):
    return screener.screen(text).categories


def found(screener, text, category):
    """The stretches of ``text`` found for ``category``."""
    return [text[f.span[0] : f.span[1]] for f in screener.screen(text).findings if f.category == category]


@pytest.mark.parametrize(
    "text",
    [
        "OFFICIAL-SENSITIVE: PERSONAL DATA\nAddress of the victim follows",
        "Official Sensitive - interview plan for tomorrow",
        "SECRET\nDeployment times follow",
        "TOP SECRET - threat assessment",
        "RESTRICTED\nGold group minutes",
        "Notes from the meeting attached - CONFIDENTIAL",
        "PROTECT - PERSONAL: sickness record",
        "Classification: restricted - staff rota",
        "This is SECRET so don't forward it",
        "UK EYES ONLY - partner briefing extract",
        "OFFICIAL-SENSITIVE LOCSEN - the refuge address",
    ],
)
def test_protective_markings_stop(screener, text):
    result = screener.screen(text)
    assert result.verdict == "stop" and result.nudge
    assert "protective-marking" in result.categories


@pytest.mark.parametrize(
    "text, detail",
    [
        ("SECRET - nominal: Dean FROST, PNC 99/123456X, thought to be carrying", "99/123456X"),
        (
            "OFFICIAL-SENSITIVE - our source says the cash moves from the Mill Road garage on Friday at 2200",
            "our source says",
        ),
        ("RESTRICTED\nIntel graded 2/B/P on the storage unit", "2/B/P"),
    ],
)
def test_a_marked_message_also_shows_the_sensitive_detail_it_carries(screener, text, detail):
    result = screener.screen(text)
    assert result.verdict == "stop"
    assert {"protective-marking", "sensitive-content"} <= set(result.categories)
    assert any(detail in span for span in found(screener, text, "sensitive-content"))


@pytest.mark.parametrize(
    "text",
    [
        "RESTRICTED - minutes of the estates meeting",
        "[OFFICIAL-SENSITIVE] summary of the week for the SMT",
        "CONFIDENTIAL / notes from the chief officer away day",
    ],
)
def test_a_marking_alone_is_not_also_sensitive_content(screener, text):
    assert categories(screener, text) == ["protective-marking"]


@pytest.mark.parametrize(
    "text",
    [
        "ОFFICIАL-SЕNSITIVЕ: details below",  # Cyrillic О, А, Е
        "Ο\u200bFFICIAL-SENSITIVE report",  # Greek Omicron and a zero-width space
        "o.f.f.i.c.i.a.l s.e.n.s.i.t.i.v.e: witness list",
        "S E C R E T\nconvoy route for Tuesday",
        "S_E_C_R_E_T: convoy route",
        "0FF1C14L-S3NS1T1V3 // the plan",
        "OFFICIAL\u2013SENSITIVE",  # en dash
        "OFFFICIAL-SENSITIVE: interview plan",
        "offical sensitve - address below",
        "ＯＦＦＩＣＩＡＬ－ＳＥＮＳＩＴＩＶＥ",  # full width
        "T O P  S E C R E T\nnames of the covert team",
        "OFF!C!AL-SENS!T!VE briefing for tonight",  # "!" for i
    ],
)
def test_evasions_are_seen_through(screener, text):
    assert "protective-marking" in categories(screener, text)


def test_which_one_i_mean_is_not_talk_about_what_a_marking_means(screener):
    text = "here's the cover page, just so you can see which plan I mean: 'OFFICIAL-SENSITIVE. Custody contingency plan v2'"
    assert "protective-marking" in categories(screener, text)
    assert categories(screener, "OFFICIAL-SENSITIVE doesn't mean it can never be shared, it means think first") == []


@pytest.mark.parametrize(
    "text",
    [
        "<b>RESTRIC</b>TED\nroute card for the escort",
        "<p><em>Official</em>-<em>Sensitive</em></p><p>door times for the warrant</p>",
        "OFF<span style='color:red'>ICIAL-SENS</span>ITIVE: the witness's new address",
    ],
)
def test_formatting_tags_inside_a_marking_are_read_through(screener, text):
    assert "protective-marking" in categories(screener, text)


def test_a_tag_inside_a_word_is_not_a_disguise():
    plain, bold = Normalised("restricted"), Normalised("re<b>strict</b>ed")
    assert bold.words == plain.words == "restricted"
    assert [w.disguised for w in bold.word_list] == [False]


@pytest.mark.parametrize("text", ["love you guys <3 see you at 5", "<victim name> goes in this box on the form"])
def test_angle_brackets_that_are_no_html_tag_stay_text(text):
    assert Normalised(text).text == text.lower()


@pytest.mark.parametrize(
    "text",
    [
        "SECRET 🤣 only the biscuit tin's hiding place",
        "Marking: RESTRICTED lol jk, it's the darts league table",
        "OFFICIAL-SENSITIVE haha not really, just the quiz answers",
        "This memo is CONFIDENTIAL-ish, it's who brings cake on Friday",
        "TOP SECRET jk, here's the darts rota",  # taken back in words, with a document
    ],
)
def test_a_marking_borrowed_for_a_joke_and_taken_back_is_not_one(screener, text):
    assert screener.screen(text).categories == []


@pytest.mark.parametrize(
    "text",
    [
        "Levels for the exam: OFFICIAL / OFFICIAL-SENSITIVE / SECRET / TOP SECRET",
        "put the OFFICIAL-SENSITIVE marking in the header of the letter, not just the footer",
    ],
)
def test_a_list_of_levels_or_a_marking_named_as_a_thing_marks_nothing(screener, text):
    assert screener.screen(text).categories == []


def test_a_list_of_levels_is_no_cover_for_sensitive_content(screener):
    text = "OFFICIAL-SENSITIVE / SECRET / RESTRICTED: suspect Wade PARRY DOB 03/02/1991 lives at 6 Kell Close"
    assert {"protective-marking", "sensitive-content"} <= set(screener.screen(text).categories)


@pytest.mark.parametrize(
    "text",
    [
        # Denied: the joke is that it isn't one.
        "SECRET (not joking) - ops order for Thursday's warrants",
        # Laughing at the filter, with the detail the marking was for.
        "OFFICIAL-SENSITIVE lol let's see the bot spot this - suspect Wade PARRY DOB 03/02/1991 at 6 Kell Close",
        # The laughter is about something else, well after the marking.
        "RESTRICTED so keep it in the team please, the rest of the day was a laugh 😂",
        # Laughing, but asking that it go no further: the marking is meant.
        "CONFIDENTIAL lmao but honestly don't forward it, the list of who's on the raid is in the files tab",
        "the floor plan is marked SECRET 😂 so please don't screenshot it",
        # Laughing at how it was typed, with the document handed over.
        "T O P  S E C R E T haha new laptop, the obs log is attached",
        "0fficial-sensitive 🤣 try and catch that one bot, here's the tasking doc",
        # One marking taken back in brackets to give the real one.
        "CONFIDENTIAL!! (ok not really, but it is OFFICIAL-SENSITIVE) - the Thursday deployment sheet is below",
    ],
)
def test_a_marking_is_not_taken_back_by_laughter_about_something_else(screener, text):
    assert "protective-marking" in screener.screen(text).categories


@pytest.mark.parametrize(
    "text",
    [
        "Who is doing secret santa this year?",
        "My top secret tip for the quiz: read the question twice",
        "TOP SECRET TIP FOR THE PUB QUIZ",
        "Official announcement: the canteen closes at 2",
        "Has everyone signed the Official Secrets Act form from induction?",
        "This message and any attachments are confidential and may be privileged.",
        "Restricted access to the back stairs during the refurb",
        "THE ARMOURY IS RESTRICTED TO AUTHORISED FIREARMS OFFICERS",
        "We protect the public, that's the job",
        "Is it OK to put OFFICIAL-SENSITIVE stuff in this chat?",
        "What does RESTRICTED mean?",
        "Remember not to post anything OFFICIAL-SENSITIVE here",
        "This isn't RESTRICTED, share away",
        "Anyone know when RESTRICTED stopped being used as a marking?",
        "NOT PROTECTIVELY MARKED - newsletter",
        "OFFICIAL - canteen menu",
        "it's no SECRET that nights are a killer",
        # Saying it can't or won't go on here is talk about handling it.
        "Can't post that in the chat, it's OFFICIAL-SENSITIVE",
        "We won't be posting it on here, it's RESTRICTED",
    ],
)
def test_ordinary_english_is_not_a_marking(screener, text):
    result = screener.screen(text)
    assert result.categories == [] and result.verdict == "ok" and not result.nudge


def test_spans_point_into_the_original_text(screener):
    text = "Heads up: Ο\u200bFFICIAL-SENSITIVE: PERSONAL DATA\nthe rest"
    [span] = [f.span for f in screener.screen(text).findings]
    assert text[span[0] : span[1]] == "Ο\u200bFFICIAL-SENSITIVE: PERSONAL DATA"


def test_marking_span_is_end_exclusive(screener):
    [finding] = screener.screen("Notes - RESTRICTED").findings
    assert finding.span == (8, 18) and finding.marking == "RESTRICTED" and finding.refs == ("4.3",)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Intel graded 1/A/P: subject dealing from the flat", "1/A/P"),
        ("Log graded 2 B C, male seen at the gates", "2 B C"),
        ("New intel graded B24 re the Transit", "B24"),
        ("Tell the CHIS the meet is off", "CHIS"),
        # A known miss until the written corpus's sixth round (sources' reporting with no
        # identifier): the operational model now reads it 0.51, over the 0.5 a covert term needs.
        ("Can the informant ring me back", "informant"),
        ("Directed surveillance on the address starts at 6", "Directed surveillance"),
        pytest.param(
            "The RIPA authorisation expires Friday",
            "RIPA authorisation",
            # A covert term now needs a sentence the operational model reads as specific
            # (issue #11: topic words alone are not a finding); this one scores under 0.5.
            marks=pytest.mark.xfail(reason="term without a detail the operational model knows", strict=True),
        ),
        ("She is in witness protection now", "witness protection"),
        ("NI number JT482193B for the DWP check", "JT482193B"),
        ("PNC ID 98/14702W on the custody record", "98/14702W"),
        ("CRO 123456/95K on file", "123456/95K"),
        ("QQ 55 66 77 A belongs to the witness, that's her NI on the form", "QQ 55 66 77 A"),
        # A code to a place, its digits spaced or the word "code" left out.
        ("front office alarm entry code is 5 7 1 3", "alarm entry code is 5 7 1 3"),
        ("the key safe by the garages at Wymondham is now 8842", "key safe by the garages at Wymondham is now 8842"),
        ("the armoury code's 6620 now", "armoury code's 6620"),
        ("three Gorleston PCs served with reg 17s over the pursuit", "served with reg 17s"),
    ],
)
def test_sensitive_content_is_caution(screener, text, expected):
    result = screener.screen(text)
    assert result.verdict == "caution" and result.nudge
    assert found(screener, text, "sensitive-content") == [expected]
    assert result.findings[0].refs == ("4.3", "4.4")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Intel graded 1./.A./.P: male seen at the yard", "1./.A./.P"),
        ("Graded 1 / A / P, came in overnight", "1 / A / P"),
        ("Source report 2-B-C on the Fiesta", "2-B-C"),
        ("Log 3.E.C says she moved out", "3.E.C"),
        ("new log, 1 . a . p, re the lock-up", "1 . a . p"),
        ("Grading 2_c_p from the dedicated unit", "2_c_p"),
        ("Evaluated B.2.4 on the old system", "B.2.4"),
        ("graded C 3 1 back in 2015", "C 3 1"),
        ("Old intel E \\ 4 \\ 4 about the garage", "E \\ 4 \\ 4"),
    ],
)
def test_gradings_are_read_through_any_separators(screener, text, expected):
    assert found(screener, text, "sensitive-content") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Room 1-A-C is booked for the debrief",
        "Your locker is 2.B.C now",
        "See section A.1.2 of the manual",
        "Refer to A.1.1 before you start",
        "Briefing moved to 1/2/24 at ten",
        "We won 2-1, a cracking game",
        "Version 1.2.3 of the app is out",
        "Question 1 a c was the tricky one",
        "Ref 12.1/A/P on the spreadsheet is a typo",
        "Plan A, 1 2 3 go",
    ],
)
def test_separated_look_alikes_are_not_gradings(screener, text):
    assert "sensitive-content" not in categories(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "Slow traffic on the A47 near Acle",
        "RTC on the A143 by Harleston",
        "B1077 closed for resurfacing",
        "Briefing moved to room B24 upstairs",
        "Your locker is C12",
        "NI rates change in the spring budget",
        "PNC ID 98/14702T looks wrong",  # the check letter for 98/14702 is W
        "Flat 12/3A has a broken buzzer",
        "The dog unit finishes at 2 today",
        "IPA or lager for the leaving do?",
        "Is Teams OK for talking about CHIS handling in general?",
        "RIPA training is on Tuesday",
    ],
)
def test_look_alikes_are_not_sensitive(screener, text):
    assert categories(screener, text) == []


@pytest.mark.parametrize(
    "text, category",
    [
        ("My dog walking business has slots on Saturday", "personal-business"),
        ("Forward this to 10 people or bad luck follows", "personal-business"),
        ("I'll forward the case file to my personal email tonight", "external-forwarding"),
        ("Sending the log to jo.bloggs@gmail.com", "external-forwarding"),
        # The operational model reads it 0.73 as operational detail; the sensitivity head
        # reads it under engine.SENSITIVITY_FLOOR, so that reading is set aside.
        ("Showed the CCTV stills to my neighbour, he thinks he knows the lad", "external-forwarding"),
        ("Emailed the suspect's details to my ex colleague who left for Essex", "external-forwarding"),
        ("Check out this porn clip", "indecent"),
        ("You're a useless idiot", "offensive"),
        ("What a fucking shambles this rota is, you lot in planning are useless", "offensive"),
        ("My password is Summer2024 if you need it", "unauthorised-access"),
        # A system's name of several words, and a system named before the login.
        ("the password for the shared training laptop in room four is Robin99", "unauthorised-access"),
        ("could you text me your Storm login, mine has timed out", "unauthorised-access"),
        ("Everyone in the team should vote Green on Thursday", "personal-views"),
        ("Selling my bike, £250 ono", "commercial"),
        ("40% off solar panels for staff this month", "commercial"),
        # Selling tickets oneself is personal business, as the written corpus's fifth round
        # labels it (commercial is advertising for a company); both stop.
        pytest.param(
            "Raffle tickets £2 each, see me",
            "personal-business",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (issue #11): since the written corpus's round 20, whose writers treat collections as no business, it reads 0.45 against 0.5",
            ),
        ),
        ("Got a cracked copy of Office with a keygen if anyone wants it", "malware"),
        ("Someone left a memory stick on the train, I'll plug it into my work PC to find the owner", "malware"),
        # Software from nowhere, by what it is and where it came from, whatever follows.
        ("grabbed a free video editor from some dodgy site, dunno who makes it", "malware"),
        # Since the written corpus's rounds 24-26, which pair apps ICT installs with apps from nowhere.
        set_aside_by_the_rule_floor(
            "get this calendar add on from github, it syncs your shifts straight to your phone",
            "0.02 malware",
            "malware",
        ),
        ("ran a little spreadsheet macro off a forum to tidy the rota, had to say yes to a warning", "malware"),
        ("forward this poem to everyone you know or your luck runs out", "personal-business"),
    ],
)
def test_unacceptable_use_stops(screener, text, category):
    result = screener.screen(text)
    assert category in result.categories and result.verdict == "stop" and not result.nudge
    finding = next(f for f in result.findings if f.category == category)
    assert finding.refs[0].startswith("5(")


@pytest.mark.parametrize(
    "text",
    [
        "Password resets are done through the IT service desk now",
        "Passwords must be at least 12 characters from next month",
        "The malware awareness module is due this month",
        "The hard drive seized from the flat is booked in as exhibit JB/3",
        # The operational model reads a live case's forensic result as operational detail
        # (0.75); the sensitivity head reads nothing sensitive, so it is set aside.
        "Phone examination found indecent images, case passed to the CSE team",
        "Could you forward me the overtime sheet?",
        # A chain message called a hoax to warn people off it, and abuse the writer was given.
        "the chain letter doing the rounds on Facebook is a hoax, just delete it",
        "some lad at the bus station swore at me and said f*** off pig, charming start to the shift",
        "I'll forward the custody record to the CPS",
        "Sending a text to my wife to say I'm late",
        "The new duty planning guidance is on the intranet",
        "The Labour party conference is next week, we're policing it",
        "ICT have put the approved screen recorder on the training laptops",
    ],
)
def test_work_talk_is_not_unacceptable_use(screener, text):
    assert categories(screener, text) == []


@pytest.mark.parametrize(
    "text, used",
    [
        ("Marie lent me her Storm logon while mine gets reset", True),
        ("been signing in to the firearms portal with Craig's details all week", True),
        ("I'll sign in as Marta and sign off the duty change, she won't mind", True),
        ("working on Dev's login today till the service desk sorts mine", True),
        ("he'd not locked his screen and I sent a message from his Teams to the whole relief", True),
        ("the inspector's smart card sat on the desk all night, so I used it to finish the file", True),
        ("signed in as the relief sergeant to approve my leave request", True),
        # A person's details in casework are no credentials, and one's own are one's own.
        ("used her details to fill in the referral form for the victim", False),
        ("logged in as normal and the system crashed again", False),
        ("she replied from her own email to the victim, all fine", False),
        ("I gave her my number in case the suspect comes back", False),
        ("nobody should use Craig's login, get your own from the service desk", False),
    ],
)
def test_someone_else_s_credentials_used_in_either_order_are_unauthorised_access(rules, text, used):
    """Whose they are, what they are, and a use of them, read as slots, not one wording."""
    assert ("unauthorised-access" in rules.screen(text).categories) is used


def test_a_statement_opening_with_can_t_is_not_a_question_about_the_rules(screener):
    # "can't" opens with "can", but says what was done, not whether it may be.
    told = [
        "can't remember my own password again, been using Dave's login all shift",
        "Can't be bothered waiting for IT, I'm using the sergeant's login on the front desk PC",
    ]
    asked = "can't I just switch the antivirus off while the upload runs?"
    assert all("unauthorised-access" in categories(screener, text) for text in told)
    assert "malware" not in categories(screener, asked)


@pytest.mark.parametrize(
    "text",
    [
        "could I just use Bev's login for now?",
        "my Origin login has lapsed, could I borrow yours till Friday?",
        "Storm won't take my password, could anybody lend me theirs till four?",
    ],
)
def test_asking_to_use_someone_else_s_login_asks_them_to_share_it(rules, text):
    """Asking leave is not doing, except here: the question asks for the sharing that
    5(e) forbids, and every writer of the dev sets labels it so."""
    assert "unauthorised-access" in rules.screen(text).categories


def test_percent_and_pound_signs_are_words_phrases_can_name():
    norm = Normalised("40% off, £2 each")
    assert norm.words == "40 percent off pounds 2 each"
    assert [norm.original_of(word) for word in norm.word_list] == ["40", "%", "off", "£", "2", "each"]
    assert not any(word.disguised for word in norm.word_list)


@pytest.mark.parametrize(
    "text", ["Sending round a porn video, proper filth", "Filthy XXX vid in the group, proper porno"]
)
def test_indecent_words_alone_are_not_also_offensive(text):
    screener = Screener(ScreenerOptions(use_conduct_model=False))
    assert screener.screen(text).categories == ["indecent"]


def test_indecent_material_aimed_at_someone_is_also_offensive():
    screener = Screener(ScreenerOptions(use_conduct_model=False))
    assert screener.screen("Here's porn of your missus, you filthy slag").categories == ["indecent", "offensive"]


@pytest.mark.slow  # loads a model or starts a process
def test_lowest_marking_setting_raises_the_bar():
    secret_only = Screener(lowest_marking="SECRET")
    assert secret_only.screen("RESTRICTED\nminutes").categories == []
    assert secret_only.screen("SECRET\nminutes").categories == ["protective-marking"]
    with pytest.raises(ValueError, match="lowest marking"):
        Screener(lowest_marking="PURPLE")


@pytest.mark.slow  # loads a model or starts a process
def test_the_offensive_model_adds_what_phrases_miss():
    text = "that sergeant is a lazy tosser"
    rules = ScreenerOptions(use_conduct_model=False)
    assert "offensive" in Screener(rules).screen(text).categories
    assert Screener(replace(rules, use_offensive_model=False)).screen(text).categories == []
    assert "offensive" in Screener().screen(text).categories


@pytest.mark.slow  # the conduct classifier reads with MiniLM
def test_a_phrase_rule_stands_only_where_the_conduct_models_read_its_category(screener):
    text = "OFFICIAL-SENSITIVE rota attached, I've emailed it to my hotmail so I can check it at home"
    norm = Normalised(text)
    found = find_markings(norm) + find_conduct(norm, None)
    assert [f.category for f in found] == ["protective-marking", "external-forwarding"]
    reading = screener.conduct_classifier.read(norm)

    def read_as(probability):
        # The models' probabilities set by hand: the rule, not what today's weights give.
        scores = np.full_like(reading.scores, probability)
        return replace(reading, scores=scores, word_scores=scores)

    assert Screener._supported(found, read_as(RULE_SUPPORT_FLOOR)) == found
    # A marking is no conduct, so the conduct models' reading leaves it as it was.
    assert [f.category for f in Screener._supported(found, read_as(0.0))] == ["protective-marking"]


@pytest.mark.slow  # the conduct classifier reads with MiniLM
@pytest.mark.parametrize(
    "text",
    [
        "fucking hell the printer has jammed again, third time today",
        "bloody printer is knackered again, what a load of crap",
        "shit, left my flask on top of the car again at Scole",
    ],
)
def test_swearing_at_no_one_is_not_offensive(text):
    # The profanity model knows the words, not whether anyone is on the end of them:
    # with no one in the sentence to aim at, neither it nor the classifier finds offence.
    assert Screener(ScreenerOptions(use_conduct_model=False)).screen(text).categories == []
    assert Screener().screen(text).categories == []


@pytest.mark.parametrize(
    "text",
    [
        "Bloody hell, the fog has come in thick over the bridge, drive carefully",
        "fuck me the wind off the estuary is brutal tonight",
    ],
)
def test_swearing_takes_someone_to_aim_at_even_to_the_profanity_model(text):
    # The conduct classifier is not asked, so this holds whatever it reads.
    rules = Screener(ScreenerOptions(use_conduct_model=False))
    assert rules.screen(text).categories == []
    assert "offensive" in rules.screen("what the hell is wrong with you, you are bloody hopeless").categories
    assert "offensive" in rules.screen("whoever keeps nicking the chargers off nights is a fucking tosser").categories


@pytest.mark.parametrize(
    "text", ["", "\x00\x01\ufffe", "\ud800 lone surrogate", "🙂" * 500, "a" * 50_000, "\u200b" * 100]
)
def test_odd_input_is_screened_without_error(screener, text):
    assert screener.screen(text).verdict in ("ok", "caution", "stop")


def test_bad_input_gets_a_clear_error(screener):
    with pytest.raises(ValueError, match="at most"):
        screener.screen("x" * (MAX_CHARS + 1))
    with pytest.raises(TypeError, match="string"):
        screener.screen(None)


def test_every_category_has_refs():
    from policybot.screening import CATEGORY_REFS

    assert set(CATEGORY_REFS) == set(CATEGORIES) and all(CATEGORY_REFS.values())


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "CONFIDENTIAL op order – I'll email it over after parade",
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss of the screening engine (issue #11): the 'content will go another way' rule outranks the document header",
            ),
        ),
        "RESTRICTED briefing notes - circulate to B relief only",
        "CONFIDENTIAL intel report: male seen at the address twice",
        "PROTECT file: sickness records for the team",
        # A document noun right after the marking makes it the document's marking, even
        # when the sentence runs on; a joke written so is nudged, and costs one click.
        "SECRET briefing for the gold commander, don't print it",
        "TOP SECRET handling notes from the agency attached",
        "CONFIDENTIAL report on the canteen: the tea is bad",
    ],
)
def test_a_legacy_marking_heading_a_document_is_a_marking(screener, text):
    assert "protective-marking" in screener.screen(text, conduct=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "SECRET santa list - names in the hat by Friday",
        "TOP SECRET recipe - don't tell the canteen",
        "RESTRICTED access to the file store from Monday",
    ],
)
def test_capitals_before_other_words_are_not_a_header(screener, text):
    assert screener.screen(text, conduct=False).categories == []


@pytest.mark.parametrize(
    "text",
    [
        "what actually is a CHIS? heard it on the course",
        "whats an undercover deployment, never come across one",
        "what is directed surveillance exactly?",
    ],
)
def test_asking_what_a_covert_term_means_is_not_sensitive(screener, text):
    assert not screener.screen(text, conduct=False).nudge


@pytest.mark.parametrize(
    "text",
    [
        "is the CHIS meet still on for 3?",
        "who is the informant on the Hall job?",
        "our informant says the drop is Friday",
    ],
)
def test_asking_about_a_covert_operation_is_still_sensitive(screener, text):
    assert "sensitive-content" in screener.screen(text, conduct=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "Do not mention it at briefing but the tracker went on the target's Golf last night, it's parked at his mum's in Thetford",
        "Do not send anyone to the Elm Court flats tonight, the surveillance team are plotted up on the third floor till 0200",
    ],
)
def test_an_order_opening_with_do_not_asks_nothing(screener, text):
    """An order opening "Do not" asks nothing; "do you ...?" may ask whether a thing may be said."""
    assert "sensitive-content" in screener.screen(text, conduct=False).categories


@pytest.mark.parametrize(
    "text",
    [
        "I can't discuss the MAPPA nominal on here, call me",
        "not typing the undercover deployment details in this chat - I'll brief you in person",
        "can't talk about the MARAC referral on this chat, I'll email you securely",
        "DI says never post source reporting in the group chat, use the proper system",
        "we were told not to go into the covert kit in this chat - put it on a tasking form",
        "don't discuss the surveillance job on here, any questions to the DS",
    ],
)
def test_declining_to_put_it_on_this_channel_is_not_sensitive(screener, text):
    # Where a thing may be said, not what it is: full engine and passive path alike.
    assert not screener.screen(text).nudge and not screener.screen(text, conduct=False).nudge


@pytest.mark.parametrize(
    "text",
    [
        "won't put the CHIS stuff on here, but he says the drop is Friday at the quay 2200",
        "not posting her address on here - it's 22 Marsh Lane IP4 2AB",
        "the informant reckons we shouldn't talk about it on teams, the handover's sunday 0100 at the marina",
    ],
)
def test_what_is_told_after_declining_is_still_sensitive(screener, text):
    assert "sensitive-content" in screener.screen(text, conduct=False).categories


def test_the_passive_path_leaves_out_conduct(screener):
    text = "selling my old bike, £50, DM me - RESTRICTED"
    assert screener.screen(text, conduct=False).categories == ["protective-marking"]
    assert "commercial" in screener.screen(text).categories


# -- every detector reads the same de-obfuscated text ------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("fwd'd the duty rota 2 my h0tmail", "forwarded the duty rota to my hotmail"),
        ("can u 4ward it b4 lunch pls", "can you forward it before lunch please"),
        ("txt'd sum1 the addy", "texted someone the address"),
        ("Room 2 is free, 4 chairs", "room 2 is free 4 chairs"),  # numbers stay numbers
    ],
)
def test_text_speak_is_spelt_out(text, words):
    assert Normalised(text).words == words


def test_the_reading_keeps_punctuation_and_maps_words_back():
    norm = Normalised("d0n't s.h.a.r.e it?")
    assert norm.reading == "don't share it?"
    share = norm.word_list.index(next(w for w in norm.word_list if w.text == "share"))
    start, end = norm.reading_span(share, share)
    assert norm.reading[start:end] == "share"
    assert norm.original_of(norm.word_list[share]) == "s.h.a.r.e"


@pytest.mark.parametrize(
    "text",
    [
        "S.E.C.R.E.T S.A.N.T.A names go in the tin",
        "T0P S3CR3T recipe for the cheese scones",
        "s3cret s4nta draw on friday",
        "R.E.S.T.R.I.C.T.E.D parking by the back gate",
        "c4n I s3nd 0FF1C1AL-S3NS1T1V3 on here?",
    ],
)
def test_ordinary_english_in_disguise_is_not_a_marking(screener, text):
    assert "protective-marking" not in categories(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "S3CR3T: op timings",
        "[R3STR1CT3D] gold group notes",
        "the plan is s.e.c.r.e.t",
        "ꜱᴇᴄʀᴇᴛ: the gold group's minutes",  # small capitals, as "fancy text" sites type them
        "C0NF|DENT|AL - staffing review notes",  # a bar for the I
    ],
)
def test_disguised_markings_still_count(screener, text):
    assert "protective-marking" in categories(screener, text)


# -- section-5 rules read described misconduct, not just named files and phrases -------


@pytest.fixture(scope="module")
def rules():
    """The phrase rules and offensive model alone, without the MiniLM classifier."""
    return Screener(ScreenerOptions(use_conduct_model=False))


@pytest.mark.parametrize(
    "text, category",
    [
        ("gonna fwd the interview notes 2 my gmx account", "external-forwarding"),
        ("copying the disclosure schedule onto my home drive", "external-forwarding"),
        ("popping the op order in my wetransfer so I can get it later", "external-forwarding"),
        ("sending my case files to my new employer's inbox before I leave", "external-forwarding"),
        ("can u 4ward the briefing to my yah00 account", "external-forwarding"),
        ("random usb stick was in the bin, just popped it in the briefing room PC", "malware"),
        ("this macro replicates itself into every workbook on the share", "malware"),
        ("there's a worm in this attachment, forward it to the night shift", "malware"),
        ("uploading a live m@lw@re sample to the S drive", "malware"),
        ("the lads keep making jokes about Jake being gay on the team chat", "offensive"),
        ("whoever did this rota is an utter m0r0n", "offensive"),
        ("traffic are a bunch of useless idiots", "offensive"),
        ("he's a waste of oxygen", "offensive"),
        ("everyone needs to hear this: immigration is ruining this country", "personal-views"),
        ("PSA to the whole team - the royals are parasites", "personal-views"),
        ("she showed me a way round the county's firewall", "unauthorised-access"),
        ("been snooping through the DI's inbox while he's off", "unauthorised-access"),
        ("quote for the decking we built for your neighbour is attached", "personal-business"),
        ("sign up under me, great commission", "personal-business"),
        ("sign up under me, great commission", "commercial"),
        # Direct selling is a side business and advertising at once.
        ("my Scentsy catalogue is on the canteen table, orders to me by the 12th", "personal-business"),
        ("my Scentsy catalogue is on the canteen table, orders to me by the 12th", "commercial"),
        ("now an independent Arbonne consultant, can do samples on nights", "commercial"),
        ("pw for the exhibits PC is Exhibit99 if you get stuck", "unauthorised-access"),
        ("lend us your smart card for the afternoon, mine's in the car", "unauthorised-access"),
        ("been on Tom's Storm all morning clearing his incident logs", "unauthorised-access"),
        ("stopped the antivirus so my game would install", "malware"),
        ("download AnyDesk and my nephew will dial in and fix your email", "malware"),
        ("opened payslip.js from the email and now Outlook's acting weird", "malware"),
        ("someone's posted an upskirt clip from the bus in the shift chat", "indecent"),
        ("bung that filthy clip from the Christmas do in the group chat", "indecent"),
        ("Radio Norfolk were after the pursuit footage so I emailed it over myself", "external-forwarding"),
        ("my flatmate is a magistrate, so I emailed him the remand list for his view", "external-forwarding"),
        (
            "quick check for a mate, can you run this Astra through PNC, it keeps parking on his drive",
            "unauthorised-access",
        ),
        ("who's still got that clip from the showers at the gym? the lads want it", "indecent"),
        ("emailed the Op Harbour plan to Ken, who retired in March but likes to keep up", "external-forwarding"),
        # A colleague who has left, said so either side of what is sent them.
        ("Bev (retired now) was asking about the Thorpe job, I'll forward her the update", "external-forwarding"),
        ("cc'ing my old sarge on the closing report, he's retired but he started this one", "external-forwarding"),
        # Told there and then to someone outside who asked.
        ("the tenant's landlord rang, I told him she was charged last night", "external-forwarding"),
        ("told the neighbour what we found in the loft, she'd been asking all week", "external-forwarding"),
        ("new pin up calendar arrived for the garage, pop it up by the kettle", "indecent"),
        ("chuck my lodger's girlfriend on PNC for me, something's off about her", "unauthorised-access"),
        ("pnc my sister's new bloke will you, she won't tell me a thing about him", "unauthorised-access"),
        ("ran Niche for the lad who dented my van at the tip", "unauthorised-access"),
        ("Mo's left his Athena logged in so I'm cracking on with my logs under his", "unauthorised-access"),
        ("checked my new landlord up on the intelligence system out of interest", "unauthorised-access"),
        ("copy this poem, add your name and send to 10 people by Sunday", "personal-business"),
        ("the reporter who rang about the crash, I forwarded her the collision report", "external-forwarding"),
        ("got into the contractor's camera system using the default password", "unauthorised-access"),
        ("share that blessing to 7 friends tonight or your luck runs out", "personal-business"),
        ("pay in £20, sign up four mates and you make 300 by Friday", "commercial"),
        ("this new coin is set to moon, I've put my overtime in", "commercial"),
        ("Sophos was blocking my music app so I switched it off", "malware"),
        ("use my login on the training database and book my refresher", "unauthorised-access"),
        ("passed the custody log to my mate at the Gazette", "external-forwarding"),
        # Another's login asked for or one's own handed over, their card or session used.
        ("share your Athena logon with me for the weekend? mine's still pending", "unauthorised-access"),
        ("I'll text you my council portal password so you can do the returns for me", "unauthorised-access"),
        ("sign in as me on the front desk PC and answer my emails while I'm off", "unauthorised-access"),
        ("put your smartcard in my laptop and I'll finish the file for you", "unauthorised-access"),
        ("I'm in Dev's mailbox while he's on leave, sending his replies from there", "unauthorised-access"),
        # A knack for getting past a control.
        (
            "the HR folder is locked to managers but if you use the old shortcut you can still open it",
            "unauthorised-access",
        ),
        (
            "if you log in through the back door link the system doesn't ask for a reason for the search",
            "unauthorised-access",
        ),
        ("forwarded the rota to my accountant so she can work out my overtime", "external-forwarding"),
        ("too many of them in the town now, deport them all back", "offensive"),
    ],
)
def test_described_misconduct_is_found_by_the_rules(rules, text, category):
    assert category in rules.screen(text).categories


@pytest.mark.parametrize(
    "text", ["popping out the back for a fag, two mins", "who's got a lighter? gasping after that, fag break"]
)
def test_a_cigarette_called_a_fag_is_no_slur(screener, text):
    assert "offensive" not in screener.screen(text).categories


@pytest.mark.parametrize(
    "text", ["quit being such a fag about the cold", "the probie's a right fag", "the new sergeant's a dyke apparently"]
)
def test_fag_said_of_someone_is_a_slur(rules, text):
    assert "offensive" in rules.screen(text).categories


@pytest.mark.parametrize(
    "text, offensive",
    [
        # A slur is offensive whatever the conduct models make of the rest of the sentence.
        ("the spastic on the front desk lost my property form again", True),
        ("get the mong in finance to redo the claim", True),
        # A ditch in the Fens; a slur mentioned in quotation marks, not used.
        ("landrover slid into the dyke on the drove road, recovery en route", False),
        ("please stop calling the site residents 'gyppos' over the radio, complaints have come in", False),
    ],
)
def test_a_slur_needs_no_model_to_back_it(screener, text, offensive):
    assert ("offensive" in screener.screen(text).categories) is offensive


@pytest.mark.parametrize(
    "text",
    [
        "can you send the PNC printout to the DS please",
        "I'll fwd you the rota when it's out",
        "u on lates tmrw?",
        "ICT say there's a virus going round, don't open it",
        "the ransomware attack on the council was on the news",
        "found a USB stick in the suspect's car, booked in as an exhibit",
        "everyone: can you update your availability by Friday",
        "the team mailbox has three new referrals",
        "I read through the inspector's email about overtime, looks fine",
        "the council's firewall rules block our ANPR feed, ICT are on it",
        "what's on the rota for the memory stick audit?",
        # The force's own press office is where a reporter's call belongs.
        "the Mercury want a quote on the flooding, I've sent them to the press office",
        "someone's left a tupperware of curry in the fridge since Monday",
        "Avon and Somerset have asked for mutual aid on Saturday",
        "the new fleet brochure is out, the vans look smart",
        "I'm on Dev's PC today, mine's being reimaged",
        "ICT will use TeamViewer on a call if your laptop needs fixing",
        "we need to recruit 5 more specials to get the rota covered",
        "kick them out of the briefing room at 2, it's booked",
        # Given, or owned: "her" is no one sent anything.
        "my neighbour rang it in and gave her name and number to the call taker",
        "my wife's doing cakes now, I'll pin her menu on the board",
    ],
)
def test_everyday_chat_near_those_rules_is_ok(rules, text):
    assert rules.screen(text).categories == []


@pytest.mark.parametrize("text", ["B1150 is shut", "road is shut", "hell of a shift", "Shut the door pls"])
def test_a_short_message_needs_a_strong_word_for_the_offensive_model(rules, text):
    assert rules.screen(text).categories == []


@pytest.mark.parametrize("text", ["fuck off", "you're shit"])
def test_a_short_message_with_a_strong_word_is_still_offensive(rules, text):
    assert rules.screen(text).categories == ["offensive"]


@pytest.mark.parametrize(
    "text, marking",
    [
        ("attached the SECRET ops plan", "SECRET"),
        ("the RESTRICTED custody list is attached", "RESTRICTED"),
        ("OFF-SEN", "OFFICIAL-SENSITIVE"),
        ("O/S", "OFFICIAL-SENSITIVE"),
        ("it's marked OS", "OFFICIAL-SENSITIVE"),
        ("[OS] interview strategy below", "OFFICIAL-SENSITIVE"),
        ("OFFSEN briefing pack for the weekend", "OFFICIAL-SENSITIVE"),
        ("Offic. Sens. - door list for Thursday's early starts", "OFFICIAL-SENSITIVE"),
        ("ofcl-sens: rota for the raids", "OFFICIAL-SENSITIVE"),
        ("offical sensative - custody notes below", "OFFICIAL-SENSITIVE"),
        ("SENSITIVE - OFFICIAL: tasking for the weekend", "OFFICIAL-SENSITIVE"),
        ("OFFICIAL-SENSlTIVE - witness rota", "OFFICIAL-SENSITIVE"),
        ("CONFI DENTIAL - vetting outcomes for the new starters", "CONFIDENTIAL"),
        ("OFFICIAL-SENSITIVE    tutor notes on the new intake", "OFFICIAL-SENSITIVE"),
        # Both words shortened into one, whatever word follows it.
        ("Offsens plan for Saturday's match, have a read", "OFFICIAL-SENSITIVE"),
        # Before a noun, in a sentence handing content over: the thing sent is marked.
        ("Sending over the SECRET threat picture from the regional unit now", "SECRET"),
        ("the CONFIDENTIAL bits from the review are on their way to you", "CONFIDENTIAL"),
        ("just uploaded the o/s version of the press plan to the files tab", "OFFICIAL-SENSITIVE"),
        # In small letters, a document of that marking said to be here.
        ("secret handover doc attached, shout if it doesn't open", "SECRET"),
        # Asked about, but the document is here whatever the answer.
        ("have a look at the attachment, it's CONFIDENTIAL so not on the big screen", "CONFIDENTIAL"),
        (
            "sent you the custody plan in here as email is down, it's marked OS, that's ok isn't it?",
            "OFFICIAL-SENSITIVE",
        ),
        # Set apart mid-line and closed by how to handle it.
        ("the rota for the raids is below - OS so please don't forward", "OFFICIAL-SENSITIVE"),
        # A label after someone addressed, as a line opens.
        ("Boss, O/S: the arrest plan for Tuesday is in the files tab", "OFFICIAL-SENSITIVE"),
        ("CONF: notes from the restructure meeting", "CONFIDENTIAL"),
        # Signed off in capitals under a document handed over.
        ("Interview plan for the Friday job attached. OS.", "OFFICIAL-SENSITIVE"),
        # A document put here is not "outstanding", the abbreviation's other sense.
        ("the witness list that I posted in here is o/s", "OFFICIAL-SENSITIVE"),
        # Where and how it is printed on a document handed over.
        ("the report has SECRET in bold on the front page, sending it now anyway", "SECRET"),
        ("o/s pls: vehicle list for the Friday warrants", "OFFICIAL-SENSITIVE"),
        ("o/s personal. exit interview notes for the two leavers", "OFFICIAL-SENSITIVE"),
        ("GPMS protect - custody staffing figures for the review", "PROTECT"),
        ("that one's SECRET. Tasking for the weekend from the regional unit.", "SECRET"),
        ("here's the restricted bit of the pursuit plan", "RESTRICTED"),
        ("Confidential briefing: the new lock-up on Marsh Lane is being watched", "CONFIDENTIAL"),
        ("o/sensitive: door list for the Tuesday warrant", "OFFICIAL-SENSITIVE"),
        # "have" opening a sentence with no subject after it asks nothing.
        ("have dropped the SECRET annex into the channel files", "SECRET"),
        # Right before the document, in a sentence handing it over.
        ("here's the wording of that restricted memo on the custody rota", "RESTRICTED"),
        ("the driver training guide I've attached is PROTECT so don't forward it", "PROTECT"),
        ("putting the tasking log here as the email server's down. it's SECRET, hope that's ok?", "SECRET"),
        # Asked about, then handed over below all the same.
        ("does anyone still use RESTRICTED? the old form's below anyway", "RESTRICTED"),
        # Guidance is a document too, though a word of talk about the rules.
        ("the CONFIDENTIAL guidance on source payments is attached", "CONFIDENTIAL"),
        # Said to be printed on the document, whose words follow a colon or a dash.
        ("the draft says RESTRICTED in the footer - rota options for the custody block, two of them", "RESTRICTED"),
        ("it has OFFICIAL-SENSITIVE on the cover: review of overnight cover in the control room", "OFFICIAL-SENSITIVE"),
        # ...or said the other way round, or named as the print itself.
        ("here you go, the header on it says RESTRICTED but it's only the duty list", "RESTRICTED"),
        ("screenshot of the front slide below, it's got the O.S. banner on it", "OFFICIAL-SENSITIVE"),
        # Set out in formatting of its own at the start of a line: a label, even on a
        # document about a course (which alone reads as talk about training).
        ("<b>RESTRICTED</b> Rota for the spring refresher course, draft for comment", "RESTRICTED"),
        (
            "<p><em>OFFICIAL-SENSITIVE</em></p><p>Lesson plan for the module on stop and search</p>",
            "OFFICIAL-SENSITIVE",
        ),
        # In the document's own name: a part of its file name, or the first words of its
        # quoted title in a sentence handing it over.
        ("Briefing_Pack_OS.docx for tomorrow's parade", "OFFICIAL-SENSITIVE"),
        ("Tasking_Summary_wk9_OS.xlsx for the morning meeting", "OFFICIAL-SENSITIVE"),
        ("Kennel_rota_OS_Jan.xlsx in the files tab", "OFFICIAL-SENSITIVE"),
        # A document named in the singular or the plural.
        ("here's the OS slide from the gold briefing", "OFFICIAL-SENSITIVE"),
        ("sending the o/s handouts for the firearms refresher", "OFFICIAL-SENSITIVE"),
        ("dropped the 'RESTRICTED - STAFF' file into the channel for the panel", "RESTRICTED"),
        ("sending you the \u201cSECRET \u2013 gold strategy\u201d paper now", "SECRET"),
    ],
)
def test_markings_count_anywhere_and_abbreviated(screener, text, marking):
    result = screener.screen(text)
    assert result.verdict == "stop" and [f.marking for f in result.findings if f.marking] == [marking]


@pytest.mark.parametrize(
    "text",
    [
        "don't put SECRET stuff on here",
        "never post <b>SECRET</b> material in this channel",
        "I'll email the OS doc instead",
        "I emailed that O/S summary to the PCSOs earlier, check your inbox",
        "meet me o/s the Co-op in five",
        "grab an OS map from the car",
        "the SECRET santa list is up in the kitchen",
        "I'll ring you with the OS details rather than post them here",
        "ofc sensitive stuff goes by email, not on here",
        "we switched off sensitive alerts on the dashboard",
        "is PROTECT even a marking now?",
        "my tutor always used RESTRICTED, old habits",
        "you pick OFFICIAL-SENSITIVE from the list in Outlook",
        "never sure when OFFICIAL-SENSITIVE applies tbh",
        "OFFICIAL-SENSITIVE documents must go in the locked drawer overnight",
        "what's the difference between PROTECT and RESTRICTED?",
        "CONFIDENTIAL!! Karen's retirement do is at the Swan (not really confidential, tell everyone)",
        "the classification label in Outlook keeps defaulting to OFFICIAL-SENSITIVE on every email I send",
        # An idiom handed over is still the idiom.
        "sending the SECRET santa names round after lunch",
        "don't forward the SECRET stuff to anyone outside the unit",
        "press conf moved to 3, the conf room's booked",
        "the form I sent you is still o/s, no rush",
        "new guidance for SECRET material is pasted below",
        "she's in the restricted section of the library again",
        "Top secret briefing: the new coffee machine arrives on Monday",
        # A file name's abbreviation before a word giving it another meaning, an ordinary
        # word not in capitals, an idiom; a quoted marking alone, or a quoted title
        # talked about rather than handed over.
        "OS_map_Wymondham_footpaths.pdf for the search team",
        "rota's at https://nsc.sharepoint.com/sites/team_os_docs/Rota.pdf",
        "Restricted_parking_bays_HQ.pdf is on the intranet",
        "SECRET_SANTA_names.xlsx is in the social club folder",
        "please don't type 'SECRET' on a Teams post",
        "the 'RESTRICTED - STAFF' file from 2015 belongs in the archive, not on here",
        # Another route, however the writer says they won't use this one; markings compared.
        "the O/S annex is going by secure mail, I won't be typing any of it in here",
        "not popping the OFFICIAL-SENSITIVE version on here, it's in the team's secure folder",
        "slides on the differences between SECRET and TOP SECRET for the vetting input",
        # The marking given as the reason a thing is kept off here.
        "never stick the gold group minutes on teams as they're OFFICIAL SENSITIVE",
        "do not paste the tasking sheet in this chat, it's OFFICIAL-SENSITIVE",
    ],
)
def test_talk_about_markings_and_everyday_abbreviations_are_not_markings(screener, text):
    assert "protective-marking" not in screener.screen(text).categories


def test_registry_is_the_one_vocabulary():
    from policybot.reporting.categories import CATEGORIES as REPORT_CATEGORIES
    from policybot.screening import CATEGORY_REFS
    from policybot.screening.registry import BY_NAME, SECTION_5

    assert [c.ref for c in SECTION_5] == [f"5({letter})" for letter in "abcdefghi"]
    assert [(c.name, c.ref) for c in REPORT_CATEGORIES][:-1] == [(c.name, c.ref) for c in SECTION_5]
    assert all(BY_NAME[name].refs == refs and BY_NAME[name].advice for name, refs in CATEGORY_REFS.items())


@pytest.mark.parametrize(
    "text, marked",
    [
        ("the custody review is attached and it's Restricted so keep it off the group chat", "Restricted"),
        ("Protect!! sickness figures for the department, please don't forward", "Protect"),
        ("fwd from the supt, treat it as Confidential: the new shift pattern starts in May", "Confidential"),
        ("this one is O/S btw, don't pass it on to the other teams", "O/S"),
        ("posting this as OS for now: the vacancy list for the hub", "OS"),
        ("rota for the bank holiday which is restricted, so do not circulate beyond the section", "restricted"),
        ("the audit notes are here, this is PrOtEcT by the way", "PrOtEcT"),
    ],
)
def test_a_marking_applied_in_running_text_is_a_marking(screener, text, marked):
    """How people apply a marking in a sentence: a copula or "treat/send as" before it,
    the phrase closing after it, and capitals or a handling instruction to show it is meant."""
    assert found(screener, text, "protective-marking") == [marked]


@pytest.mark.parametrize(
    "text",
    [
        "the yard behind the nick is restricted to response cars",
        "it's restricted parking after 6 so move your car",
        "she's o/s the chip shop waiting for you",
        "access is restricted so raise a ticket with IT",
        "it's confidential I think, ask HR",
        "this is secret so don't tell the skipper about his leaving card",
        "CONFIDENTIAL and PROTECT have not been used since the new scheme came in",
        "is this restricted or can I share it?",
    ],
)
def test_ordinary_words_in_running_text_are_not_applied_markings(screener, text):
    assert "protective-marking" not in categories(screener, text)


def test_the_reading_of_letters_typed_apart_does_not_depend_on_hashing():
    """ "it's O.S." has one space and one dot between single letters: the dot is the gap
    inside the abbreviation, whatever order a set of gaps iterates in."""
    assert Normalised("it's O.S. today").words == "it s os today"


def test_a_message_about_the_marking_scheme_marks_nothing(screener):
    text = (
        "Went on the records course about the Government Security Classifications. "
        "Turns out we just use OFFICIAL and OFFICIAL-SENSITIVE for nearly everything now"
    )
    assert "protective-marking" not in categories(screener, text)


@pytest.mark.parametrize(
    "text, category",
    [
        # Read by the classifier since the written corpus's round 12 (from its second
        # round until then it read 0.43, under 0.5, and no rule names a scanner switched off).
        ("the virus scanner kept freezing my outlook so I switched it off", "malware"),
        ("the text said my pension would lapse unless I entered my login details on the site, done it now", "malware"),
        ("typical of the Lithuanians in that street, crooks the lot of them", "offensive"),
        ("refugees in that block are all scroungers if you ask me", "offensive"),
        ("he only got his stripes because he ticked the ethnic minority box", "offensive"),
        ("that DC only got in because of diversity quotas", "offensive"),
        ("asylum seekers are the reason nobody can get a GP appointment round here", "offensive"),
        ("Romanians shouldn't be working in the control room, nobody can follow them", "offensive"),
        ("the mock-up of PC Danby in a bikini is doing the rounds, proper filthy pic 😂", "offensive"),
        ("someone stuck the new sergeant's face onto a topless model and sent it round", "offensive"),
        ("the photos from the christmas do are x-rated lol, check DMs", "indecent"),
        ("has anybody got that porn video from the leaving do? want to send it round", "indecent"),
        ("copied the porn off the suspect's laptop onto my desktop, you've got to see it", "indecent"),
    ],
)
def test_conduct_shown_by_what_is_done_or_said_to_a_group_is_found(screener, text, category):
    assert category in categories(screener, text)


@pytest.mark.parametrize(
    "text",
    [
        "my antivirus flagged a file so I deleted the file",
        "IT say never put your password into a link from an email",
        # A known miss since the regression reads MiniLM's last layers trained again
        # (conduct_model.TOP): 0.82 by that reading, 0.08 by the word model, and a sentence
        # naming a group needs 0.35. On every dev message from screening_blind100-216 that
        # names a group (1,166), wrong offence findings went 20 -> 19 with it.
        pytest.param(
            "eastern europeans make up a big part of the seasonal workforce round here",
            marks=pytest.mark.xfail(reason="the trained reading: 0.82 offensive", strict=True),
        ),
        "the suspect had porn on his laptop, exhibit booked in",
        "has anyone got the training room booking for friday?",
    ],
)
def test_talk_near_those_conducts_is_not_conduct(screener, text):
    assert categories(screener, text) == []


def test_a_word_with_starred_out_letters_is_read_as_the_word_it_hides():
    unmask = {"d*ckhead": "dickhead"}.get
    assert Normalised("what a d*ckhead", unmask=unmask).words == "what a dickhead"
    # Stars between single letters are letters typed apart; a masked word no one can
    # name is read in the pieces it was typed in, as without the reader.
    assert Normalised("S*E*C*R*E*T plan", unmask=unmask).words == "secret plan"
    assert Normalised("OFFICIAL*SENSITIVE", unmask=unmask).words == "official sensitive"


@pytest.mark.parametrize(
    "text",
    [
        "the new lad on B shift is a total w*nker, nobody wants to crew with him",
        "tell that useless c*** from the control room to answer his radio",
    ],
)
def test_an_insult_with_its_letters_starred_out_is_still_offensive(screener, text):
    assert "offensive" in categories(screener, text)


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("heads up, Kai Doran in the intel cell has failed his re-vetting, moving him off the desk tomorrow", True),
        ("vetting for the new call handler came back refused, HR are telling her Friday", True),
        ("vetting turned down the new detention officer, HR are telling him today", True),
        ("the vetting refusal letter for the new volunteer is on my desk", True),
        ("Carl in the archive failed his re-vet last week, don't mention it", True),
        # A result told as what came back, or a clearance granted on terms or taken away.
        ("the new dog handler's vetting came back as a failure, keep it zipped", True),
        ("Mo's vetting came back with concerns about a cousin, so no MIT for him", True),
        ("her security clearance was revoked after the audit", True),
        ("the cadet leader only has conditional vetting because of his brother", True),
        ("does conditional clearance stop you doing custody overtime?", False),
        ("what if my vetting comes back with a flag, can I appeal?", False),
        ("Hannah's PSD interview got moved to Friday, she's dreading it", True),
        ("post mortem on the Attleborough male: two stab wounds to the back, not self inflicted", True),
        ("pathologist rang, the baby has fractures of different ages", True),
        # Vetting and post-mortems as topics.
        ("vetting forms for the new intake are on the intranet", False),
        ("what happens if you fail vetting?", False),
        ("how long does vetting take if it gets knocked back and you appeal?", False),
        ("PM me if you want the injuries on duty form", False),
        ("the course on post mortem procedure covers ligature marks and stab wounds", False),
    ],
)
def test_a_vetting_outcome_or_post_mortem_findings_are_sensitive_by_themselves(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        # A colleague's private matter told to others, on the passive path (no MiniLM).
        ("Jo's fiance has moved out, she's staying with her sister, be gentle with her on lates", True),
        ("fyi Rob in the property store is having chemo from next week, he hasn't told the team", True),
        ("Ellie from the front counter is pregnant, not announced yet so mum's the word", True),
        ("PS Grant has been suspended, no idea why, keep it quiet", True),
        ("Aisha's dad passed away on Sunday, she won't be in till after the funeral", True),
        ("Liam is off sick with depression, that's why the rota's changed", True),
        ("Wes failed the bleep test for the third time, he's gutted", True),
        ("don't say anything but Kim's mid IVF, that's why she's off lates", True),
        ("Jo on the front desk, her brother got arrested at the weekend, go easy on her", True),
        ("PS Okafor is off long term with his mental health, go easy on his team", True),
        # Oneself, things that are no one, jibes, likenesses and plans are not it.
        ("my missus walked out on me years ago, best thing that happened", False),
        ("the 42 bus service is suspended after the crash", False),
        ("control expecting a busy night with the fireworks", False),
        ("he got a 12 month suspended sentence at Norwich Crown Court in 2019", False),
        ("no wonder his wife left him, he never stops moaning", False),
        ("that new haircut makes it look like he's on chemo", False),
        ("Dan is off sick today, can someone cover his 1400 meeting", False),
        ("he's on Op Kestrel all week so won't make the training", False),
    ],
)
def test_a_colleagues_private_circumstances_told_to_others_are_sensitive(screener, text, sensitive):
    assert screener.screen(text, conduct=False).nudge is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        # Material said to hold people's details is personal data, typed out or not.
        ("the door-to-door sheet with their phone numbers is on my home laptop now", True),
        ("hostel residents list, names and dates of birth all on there, in the channel files", True),
        ("the evacuee database with everyone's home addresses is on my own laptop for tonight", True),
        ("gave the security firm the names and regs from the shoplifting log", True),
        # Details asked for, made up for an exercise, or kept off this chat.
        ("please add your name and number to the sheet for the five-a-side", False),
        ("the tabletop exercise has made up names and dates of birth throughout", False),
        ("please put names and numbers of everyone for the curry night on the form", False),
    ],
)
def test_material_said_to_hold_peoples_details_is_sensitive(screener, text, sensitive):
    assert (screener.screen(text, conduct=False).nudge) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("DFU have finished the Holt tablet: 17 graded Cat B, 2 Cat A", True),
        ("can you second-check the category C images on the Holt job before Friday", True),
        ("the IIOC grading course explains what Cat A covers", False),
    ],
)
def test_indecent_images_as_graded_in_a_case_are_sensitive(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, marked",
    [
        # Abbreviations typed with dots, slashes or a zero for the O, set apart as labels are.
        ("Custody handover notes (O.S.) are in the channel files", "O.S"),
        ("0.S. - interview plan for the Hadleigh job", "0.S"),
        ("— o.s. — contingency plan for the derby match on Saturday", "o.s"),
        ("#OS# press lines for the inquest", "OS"),
        ("O/S please do not forward: rest day changes for the surge team", "O/S"),
        ("this rota is O.S. so keep it in the team", "O.S"),
        # A capitalised marking before the document it marks, a few words on.
        ("sent you the RESTRICTED staff survey results", "RESTRICTED"),
        ("the TOP SECRET appendix goes to gold only", "TOP SECRET"),
        # Asking someone to act on a marked document asks about the document.
        ("could you proofread the CONFIDENTIAL minutes before Monday?", "CONFIDENTIAL"),
        # A label set apart mid-line, or opening its sentence with header words.
        ("IT is down again so: OFF-SEN / rota for the raid team attached", "OFF-SEN"),
        ("Briefing pack attached. Security classification: RESTRICTED. Read it before 6", "RESTRICTED"),
        ("sending the O.S. search strategy for tomorrow", "O.S"),
        # In brackets after the document it marks, whatever the sentence goes on to say.
        ("Custody handover notes (RESTRICTED): two on level 2 obs overnight", "RESTRICTED"),
        ("Custody update, marked Official-Sensitive: two detained overnight", "Official-Sensitive"),
        # Replacing a file is not the scheme replacing a marking.
        ("I've replaced the map with a newer copy (OFFICIAL-SENSITIVE)", "OFFICIAL-SENSITIVE"),
    ],
)
def test_markings_written_as_people_write_them(screener, text, marked):
    assert found(screener, text, "protective-marking") == [marked]


@pytest.mark.parametrize(
    "text",
    [
        "the laptop OS update is tonight, leave it plugged in",
        "THIS MESSAGE IS CONFIDENTIAL AND MAY BE PRIVILEGED. IF YOU ARE NOT THE RECIPIENT PLEASE DELETE IT",
        "RESTRICTED was replaced by OFFICIAL-SENSITIVE years ago",
        "can you explain what CONFIDENTIAL means these days?",
        "the OS map of Thetford forest is in the van",
        "never put anything marked RESTRICTED: use the secure email",
    ],
)
def test_near_markings_in_everyday_writing_are_not_markings(screener, text):
    assert "protective-marking" not in categories(screener, text)


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("the gyppo in cell 2 wants his solicitor again", True),
        ("suspect in the Thetford burglary is a right slag by all accounts", True),
        ("the suspect called the door staff 'pikeys' so it's a section 5", False),
        ('victim says he shouted "you poof" at her son, logged as a hate incident', False),
    ],
)
def test_a_slur_in_casework_counts_unless_it_is_reported(screener, text, offensive):
    """Police work quotes abuse as evidence; a writer's own slur for a detainee or a
    victim is abuse all the same."""
    assert ("offensive" in categories(screener, text)) is offensive


@pytest.mark.parametrize(
    "text, looked_up",
    [
        ("did a PNC check on my sister's fella before the wedding, all clear", True),
        ("ran the reg on my landlord's van, it's not even taxed", True),
        ("had a nose on Niche for my ex, she's moved to Diss", True),
        # No system named first: the writer's own people, then what was turned up.
        set_aside_by_the_rule_floor(
            "checking whether my tenant has any convictions before I renew", "0.02 unauthorised access"
        ),
        ("ran my sister-in-law's plate when she parked across my drive again", True),
        ("ran my mum to the hospital then went back on patrol", False),
        # Someone named by what they did to the writer, and a nose round a record.
        ("ran the lad who scratched my van last week, he's got form", True),
        ("checked the plate of the BMW that tailgated me on the A12", True),
        ("having a snoop through the custody records for the lad from my gym", True),
        ("could you run the woman who rang in about my report? no number left", False),
        ("check my neighbour's bins have been collected while I'm away", False),
        pytest.param(
            "my mate in the control room ran the plate for me when I was single crewed",
            False,
            marks=pytest.mark.xfail(
                strict=True,
                reason="known false alarm (issue #11): since the written corpus's round 7 the conduct classifier reads a plate run for someone else as unauthorised access (0.94)",
            ),
        ),
        # Read as unauthorised access from round 20 (0.61) until round 22 (0.55; beside
        # the message's other finding a further category needs 0.6), and again since the
        # regression reads MiniLM's last layers trained again (conduct_model.TOP: 0.94,
        # the word model 0.86), though on screening_blind100-216 its wrong findings of
        # unauthorised access went 58 -> 56.
        pytest.param(
            "checked PNC for the owner of the car that hit my neighbour's fence, it's on a job",
            False,
            marks=pytest.mark.xfail(reason="the trained reading: 0.94 unauthorised access", strict=True),
        ),
    ],
)
def test_a_look_up_on_someone_of_ones_own_is_unauthorised(screener, text, looked_up):
    """Looking up the people of one's own life on a police system has no policing purpose."""
    assert ("unauthorised-access" in categories(screener, text)) is looked_up


@pytest.mark.parametrize(
    "text, category, found",
    [
        ("a PCSO at Diss is under investigation over running her landlord through PNC", "unauthorised-access", False),
        (
            "Professional Standards gave PC Kemp a final warning over forwarding the raid plan to his personal gmail",
            "external-forwarding",
            False,
        ),
        # The writer fearing what it would cost them is still doing it.
        (
            "I'll get sacked for sharing this but my Niche password is Kestrel2024! if anyone needs to finish my tasks",
            "unauthorised-access",
            True,
        ),
        # What someone could be disciplined for, then what the writer does.
        (
            "we could all get disciplined for forwarding stuff like this, but sending the Op Heron briefing to my gmail anyway",
            "external-forwarding",
            True,
        ),
    ],
)
def test_conduct_told_as_what_someone_is_disciplined_for_is_not_done_here(screener, text, category, found):
    """A message reporting what a colleague is investigated or disciplined for tells of an
    allegation (sensitive content when it names them); nobody does the conduct here."""
    assert (category in categories(screener, text)) is found


@pytest.mark.parametrize(
    "unit",
    [
        "Notes - OFFICIAL-SENSITIVE - so: off-sen / RESTRICTED: x (O.S.) SECRET report 12/04/1985 07700 900123 ",
        "O/S" * 30,
        "07700900123 AB12CDE 21/884213L " * 3,
        # No sentence ever ends: each marking's sentence is read only so far either side.
        "OFFICIAL-SENSITIVE ",
        "off sen ",
        # One word as long as the post: no spelling correction tries every letter dropped.
        "of",
    ],
)
def test_screening_stays_linear_in_length_whatever_a_post_holds(screener, unit):
    """A post four times as long costs about four times as much, not sixteen, however
    many markings, numbers or unbroken characters it holds (a ratio, so the machine's
    speed doesn't matter; the best of several runs, so a busy moment doesn't either)."""

    def cost(size: int) -> float:
        text = (unit * (size // len(unit) + 1))[:size]
        screener.screen(text, conduct=False)
        runs = []
        for run in range(5):
            # Each run's last word differs, so no cache of words already read hides their cost.
            variant = text[:-1] + "xyzwv"[run]
            started = time.perf_counter()
            screener.screen(variant, conduct=False)
            runs.append(time.perf_counter() - started)
        return min(runs)

    assert cost(28_000) / cost(7_000) < 8


@pytest.mark.parametrize(
    "text, graded",
    [
        ("source has come back, calling it C3, he's moving gear on Thursdays", True),
        ("intel log update: A2 - the Transit is kept behind the tyre place", True),
        ("print the intel report on A4 paper please", False),
        ("intel briefing is in room B1 at 10", False),
        ("the A1 is shut northbound after the intel briefing", False),
    ],
)
def test_the_older_4x4_grading_counts_only_beside_talk_of_intelligence(screener, text, graded):
    assert ("sensitive-content" in categories(screener, text)) is graded


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("the UC is meeting the dealer behind the Co-op at 8 tonight", True),
        ("test purchase at the corner shop in Diss tomorrow 1600, the volunteer is 14", True),
        ("surveillance clocked him at the services on the A14 at 2am", True),
        # Universal Credit, not undercover: it reads 0.71, under the model's threshold of 0.75.
        ("she's on UC and can't afford the fine", False),
        ("test purchase training is next Tuesday in the main hall", False),
        ("our UC has been asked to the wedding do, need backup sorted", True),
        ("covert car KX68 PLD is on plot outside the address on Mill Road", True),
        ("the covert team's christmas do is at the Swan on the 18th", False),
    ],
)
def test_covert_tactics_named_in_shorthand_are_read_with_their_detail(screener, text, sensitive):
    """A shorthand for a covert tactic is a topic; the operational model decides whether
    the sentence is specific about it."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        # Whatever is covert, a tracker on whatever it follows, a vehicle watched for on
        # ANPR, a phone's data, watching from hiding: read on the passive path.
        ("covert mic is in the back office at the garage now, recording from 6", True),
        ("trackers are on both quads in the Harleston yard, alerts go to the rural phone", True),
        ("ANPR marker is on the grey Navara now, ring me if it pings near Eye", True),
        ("cell site has the handset at the Beccles address every night this week", True),
        ("obs van goes onto Station Road at 0600 Tues, park nothing marked nearby", True),
        ("the action tracker on SharePoint needs updating before Friday", False),
        ("ANPR cameras on the A140 are down for maintenance all week", False),
        ("what does cell site analysis actually show, is it exact?", False),
        ("the covert policing awareness module is on the learning portal", False),
        # An arrest or an entry still to come, with no clock time given.
        ("plan is to lift him at his mum's in Bungay on Thursday", True),
        ("we're arresting more people for shoplifting this year than ever, stats attached", False),
        # What intelligence tells, its source unnamed.
        ("intel says the Bramley lot will move the quad bikes out of the lock-up on Sunday night", True),
        ("the dog handler says Bruno needs a rest day after the search", False),
        ("got word from the handler, the Fenn brothers are storing the gear at their nan's", True),
        # Undercover officers counted, test buys, and a camera the police hid or put up.
        ("two UCs in the Swan on Quay Street all evening, don't acknowledge them", True),
        ("the TP team are doing the off licences on the High St with the under 16 volunteer", True),
        ("the camera we fitted in the church porch is catching everyone at the back door", True),
        ("hidden cam at the fly-tip spot on Marsh Lane is full, swapping the card later", True),
        ("how many UC claims is the council dealing with at the moment?", False),
        # Going undercover somewhere, a sting, an arrest team lying in wait, a line headed "int".
        ("we've got a DC going undercover at the car boot on Sunday as a buyer", True),
        ("the drugs team are doing a sting on the flat above the bookies Thursday night", True),
        ("arrest team will be waiting at the depot when he turns up for the van", True),
        ("int: the Barker lads are storing the bikes in the lock-up behind the garage", True),
        ("the Bury cameras are flagged for the silver Golf, ring me if it goes past", True),
        ("watched a documentary about a cop going undercover in the 80s, brilliant", False),
        ("intel briefing at 0900 in the parade room, bring notebooks", False),
        ("the new camera we ordered for the front office still hasn't come", False),
    ],
)
def test_covert_tactics_are_named_by_what_they_do_not_by_a_list_of_kit(screener, text, sensitive):
    assert screener.screen(text, conduct=False).nudge is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("the protected witness from the Norwich trial has moved to the new place, don't log it", True),
        ("DS authority granted by the superintendent, we deploy on him from 6", True),
        ("PSD served a reg 17 notice on the sergeant from C block this morning", True),
        ("the new starter on B shift failed her vetting so she's off the training course", True),
        ("got my new ID card today, the photo is awful", False),
        ("the misconduct training course is on Teams next week", False),
    ],
)
def test_protected_people_authorities_and_misconduct_are_read(screener, text, sensitive):
    """A protected witness, a surveillance authority and a misconduct notice are topics
    the operational model reads for detail; a vetting outcome is detail in itself, even
    in a sentence that mentions a course."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("the RSO on the Larkman has a new lodger with a teenage son, offender manager going round later", True),
        ("RSOs living near the leisure centre need a visit before the gala", True),
        ("MAPPA meeting tomorrow is looking at the Gaywood lad again, he's out on the 14th", True),
        ("our sex offender in Downham has stopped signing on", True),
        ("who updates ViSOR when an RSO moves house? asking for the front counter", False),
        ("the sex offender management unit is recruiting a DC", False),
        ("MAPPA awareness input is on the learning portal", False),
        ("sex offenders in the community: a talk from the probation service on Friday", False),
    ],
)
def test_a_particular_sex_offender_or_mappa_subject_is_sensitive(screener, text, sensitive):
    """A registered sex offender or MAPPA/MARAC subject the sentence points at is a
    person to protect the public from, and about; the schemes themselves are not."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        pytest.param(
            "lamping patrol on the Weeting estate Friday 2200-0200, don't mention it on the open channel",
            True,
            marks=pytest.mark.xfail(
                reason="since the corpus's round 16 the rest reads 0.20 against 0.25 (dev is flat from 0.25 to 0.15)",
                strict=True,
            ),
        ),
        ("lamping patrol on the Weeting estate Friday 2200-0200", False),
        pytest.param(
            "van 3 doing the Thetford Forest car parks Saturday night 2300, keep it off the radio",
            True,
            marks=pytest.mark.xfail(
                reason="the three-layer sensitivity head reads it under engine.SENSITIVITY_FLOOR (0.5), so the"
                " operational model's reading is set aside; sparing readings asked to be kept close from the"
                " floor would restore 5 dev findings, 2 right and 3 false alarms",
                strict=True,
            ),
        ),
        ("van 3 doing the Thetford Forest car parks Saturday night 2300", False),
        ("the cameras on the Wroxham road are ours for the burglary op, never ever mention them to anyone", True),
        ("surprise do for Tina on Friday at the Plough, don't tell her!", False),
        # Saying it is not public yet is the same word.
        ("the firearm recovered from the garage on Friday was loaded, we're keeping that from the press for now", True),
        ("the firearm recovered from the garage on Friday was loaded", False),
        ("the new shift pattern isn't public yet, the Fed are still looking at it", False),
        ("two of us in the loft opposite the Cross Keys from 2100 Friday, don't let the landlord know", True),
        ("two of us in the loft opposite the Cross Keys from 2100 Friday", False),
        ("don't put anything marked on here please, secure email only", False),
    ],
)
def test_a_writer_asking_for_it_to_be_kept_close_counts_as_evidence(screener, text, sensitive):
    """Writers ask for the operational detail they post to be kept close ("don't mention
    it on the open channel"): that lowers what the operational model must read in the
    rest of the message, but a surprise party or a reminder about the channel holds no
    detail."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, sensitive",
    [
        (
            "Scenario day for the cohort at 2pm: the 'suspect' Dale Mercer is a role player from L&D,"
            " so don't run him on PNC",
            False,
        ),
        # Some of it said to be real: the real names are still there.
        ("the mock interview pack still has the real names in, Dale Mercer 14/02/1990, swap them before Tuesday", True),
    ],
)
def test_a_message_that_says_its_people_are_invented_holds_no_operational_detail(screener, text, sensitive):
    """A role play or a training scenario names a 'suspect', a time and a place on
    purpose; neither the operational model nor the sensitivity head reads a message
    that says they are invented."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


def test_a_word_about_training_does_not_unsay_operational_detail(screener):
    """ "Course" or "training" in a sentence is no sign that it talks about the rules
    when the rest of it gives an operation's where and when."""
    text = "the search training team will be at 14 Ash Road tomorrow 0600 for the drugs warrant, ARV on standby"
    assert "sensitive-content" in categories(screener, text)


@pytest.mark.parametrize(
    "text, marked",
    [
        (
            "is the tasking sheet really OFFICIAL-SENSITIVE? pasting the bit you need: Alpha 2 to the lay-by at 0300",
            True,
        ),
        (
            "someone's put OFFICIAL-SENSITIVE on the canteen menu 😂 here it is anyway: lasagne, chips, jam roly-poly",
            True,
        ),
        ("is the tasking sheet really OFFICIAL-SENSITIVE? I'll ask the DS before I post anything", False),
    ],
)
def test_content_shared_after_all_is_marked_whatever_was_asked_about_the_marking(screener, text, marked):
    """A question or a joke about the marking is set aside, unless the message goes on
    to paste the marked content anyway."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("does anyone know why I can't print the attached RESTRICTED tasking sheet? keeps jamming", True),
        ("it's marked OFFICIAL-SENSITIVE but surely that's over the top? uploaded it to the files tab anyway", True),
        ("is the tasking sheet really OFFICIAL-SENSITIVE? I'll attach it to an email for you instead", False),
        ("can I put anything marked SECRET on here? I've got the plan on my desktop", False),
        ("why can't I post the OFFICIAL-SENSITIVE risk assessment on teams?", False),
        # Saying it can't or won't be put here is not putting it here.
        ("the OS risk assessment is on the S drive, I won't put it on here", False),
        ("sending you the O/S custody review by email, can't post it in the chat", False),
        ("you can't post the SECRET ops order in a chat message, so I've uploaded it to the files tab", True),
        # Asking for it by email is another route, as offering it by email is.
        ("could you email me the OFFICIAL-SENSITIVE draft of the tasking doc? want to read it tonight", False),
    ],
)
def test_a_marked_document_attached_here_is_marked_whatever_was_asked(screener, text, marked):
    """Attached, uploaded or put in this chat, the marked document is here, whatever
    the message asks about its marking; a plan to attach it elsewhere, or a refusal
    to put it here, is not."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        # OFFICIAL-SENSITIVE's abbreviation heading the message, with no separator.
        ("os cell block handover: two on level 2 obs, one for interview at 10", True),
        ("O/S DASH review for the Thorpe case, see the risk section", True),
        # ...unless the next word makes it a map, a system, "outside" or "outstanding".
        ("o/s the custody suite in 10 if you want a lift", False),
        ("o/s enquiries for the Diss job: CCTV and the neighbour", False),
        ("OS update has broken the laptops again", False),
        ("conf room upstairs is booked till 3", False),
        # A marking as a sentence of its own after another, heading what follows or
        # signing off what went before; not answering a question.
        ("can you give this a read before 4? OS. Draft reply to the inspectorate", True),
        ("van seen casing the churches at Kersey, 3 males. OS", True),
        ("RESTRICTED docs from the old file share, can they go on here?", False),
    ],
)
def test_a_marking_heads_a_message_or_a_sentence_of_its_own(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("🚨 O/S 🚨 revised talkgroup plan for Saturday attached", True),
        ("⚠️ OS ⚠️ door list for the Gorleston job below", True),
        ("we'll meet o/s the chippy 👍 after", False),
    ],
)
def test_emoji_set_a_label_apart_as_punctuation_does(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, forwarded",
    [
        ("screenshotted the door list and stuck it in the Rugby Club WhatsApp so the lads know", True),
        ("copying the burglary series map into the Parish Watch Facebook group, more eyes the better", True),
        ("my mate at the Diss Express rang about the crash, told him the driver was local", True),
        ("gave the stats from the shoplifting profile over to a journo on the Lynn News", True),
        ("cc'd my husband at the borough council in on the estates review email, he's curious", True),
        set_aside_by_the_rule_floor(
            "the minutes of the restructure meeting have gone to Ollie at the Ipswich Star", "0.01 forwarding"
        ),
        ("tipped off my contact at the Lynn News about which councillor it was", True),
        ("the draft statement has gone to the press office for sign off", False),
        ("please share the appeal from the force Facebook page, it's going out at 4", False),
    ],
)
def test_force_material_put_into_outside_groups_or_told_to_the_press_is_forwarding(screener, text, forwarded):
    """Group chats and pages outside the force's systems are outside it, as is a
    journalist a member of staff tells things to; sharing the force's own public page is not."""
    assert ("external-forwarding" in categories(screener, text)) is forwarded


UA, MALWARE, BUSINESS, OFFENSIVE = "unauthorised-access", "malware", "personal-business", "offensive"


@pytest.mark.parametrize(
    "text, category, found",
    [
        # Saying a password, not saying how it is.
        ("the shared login is ferret99 if you're stuck", UA, True),
        ("my password's Kestrel2025 if you need to get in", UA, True),
        ("my password's expired again and it won't take a new one", UA, False),
        ("your password is due a change next week, do it before leave", UA, False),
        # Someone else's login, in every tense and by name or rank; one's own is not.
        ("logged on as the inspector to sign off my own overtime", UA, True),
        ("logging in with Priya's details till mine is reset", UA, True),
        ("does anyone remember Gav's Storm password, he's on leave", UA, True),
        ("borrowed Nadia's smartcard for the custody terminal", UA, True),
        ("used Nadia's smartcard for the custody terminal", UA, True),
        ("logged in as me on the spare laptop, mine's in for repair", UA, False),
        ("I used my smartcard at the custody terminal", UA, False),
        ("what's your password policy on the new system?", UA, False),
        # A chain letter passes a named thing to a number of people, or pays for each one.
        ("pass the lucky horseshoe on to 10 friends before Sunday or no luck", BUSINESS, True),
        ("Teams will pay you £3 for every person you forward this to", BUSINESS, True),
        ("pass the updated rota to the 3 new starters please", BUSINESS, False),
        ("share with everyone and don't break the chain 🙏", BUSINESS, True),
        # Nudity in a picture of any kind.
        ("the topless calendar is back up in the locker room", "indecent", True),
        ("nude selfie doing the rounds on the shift chat", "indecent", True),
        ("the explicit language in the interview transcript needs redacting", "indecent", False),
        # Into a named system on someone else's login; handing one's own over.
        ("been logging onto the rostering portal using Mo's login all week", UA, True),
        ("logged into the rostering portal with my own card", UA, False),
        ("here's my Storm login for the weekend: kpatel / Otter!77", UA, True),
        ("here's my login page bookmark, saves you hunting for it", UA, False),
        # Someone else's, when one's own is lost, named only by its owner.
        ("forgot my card again so I'm on Priya's till lunch", UA, True),
        ("forgot my card again so I'm on the spare terminal till lunch", UA, False),
        ("whats ur smartcard pin, mine's locked", UA, True),
        # Insults of who someone is, and exclaimed, not asked ("what a ...").
        ("what a spaz, the new lad's locked himself out of the van twice", "offensive", True),
        ("what a slag that one is, ignore her", "offensive", True),
        ("jam tart in the kitchen for whoever wants it", "offensive", False),
        ("is the new DS on the blob or something, she bit my head off", "offensive", True),
        ("she's off today with period pains, back tomorrow", "offensive", False),
        ("the ugly queer from the night club called again", "offensive", True),
        ("someone did an impression of Gary's lisp at briefing 😂", "offensive", True),
        ("his stammer is much better since the speech therapy", "offensive", False),
        # "Why" asks a reason, not leave to post ("why have they put him ...").
        ("why have they put Dave on the custody desk again, he's a total muppet", "offensive", True),
        ("left my smart card in the van, can I borrow yours for ten minutes?", UA, True),
        ("left my smartcard at home so I'm on a temporary one from the helpdesk", UA, False),
        # Lending one's own to someone, not handing it back or in.
        ("gave Priya my login so she could clear my tasks while I'm off", UA, True),
        ("gave him my smartcard back after the course", UA, False),
        ("dm me ur login and I'll clear your queue", UA, True),
        # Posted onto an outside group or page, by the writer; what someone else posted is reported.
        ("posted the duty rota on the Dereham dads facebook group lol", "external-forwarding", True),
        (
            "someone's posted on the Thetford community facebook group that we're closing the front desk",
            "external-forwarding",
            False,
        ),
        # A mate at the region's own broadcaster is the press.
        ("gave the crash photos to my mate at Radio Norfolk for the bulletin", "external-forwarding", True),
        # ...but asking someone to send it is the writer's own doing.
        ("can somebody send the handover notes to my gmail, the vpn's down", "external-forwarding", True),
        # Calling a woman a cow; a cow is not always an insult.
        ("she's a miserable cow on earlies", OFFENSIVE, True),
        ("the farmer reckons she's a dairy cow that got out", OFFENSIVE, False),
        # Marked as for adults only, by emoji or by an attachment's label.
        ("friday treat for the van 🔞 open at your own risk", "indecent", True),
        ("[video: explicit] the stag do highlights lads", "indecent", True),
        ("[image: scan of the new duty rota]", "indecent", False),
        # Macros turned on, in any tense.
        ("opened the invoice zip from that random address and enabled macros", MALWARE, True),
        # A stereotype of one of a group, or the group as an adjective.
        ("typical Romanian mob, they'll be back for the catalytic converters", OFFENSIVE, True),
        ("the Romanian embassy rang about the RTC", OFFENSIVE, False),
        # Protection turned off, the particle after it or a base form after it is named.
        ("switched Sophos off on the MDT so the mapping loads", MALWARE, True),
        ("the virus scanner kept freezing so I just uninstall it each morning", MALWARE, True),
        ("ICT are switching the old firewall off on Sunday for the new one", MALWARE, False),
        ("never turn the antivirus off, even when it's slow", MALWARE, False),
        # "level" is talk about the rules only as a marking's level, not a tide's or an access level.
        ("the tide level app kept crashing so I switched Defender off on the MDT", MALWARE, True),
        # A verb is a whole word ("postcode" posts nothing), in any of its forms.
        ("HR need the postcode for my home address updated on the system, I've moved", "external-forwarding", False),
        ("backing up the interview recordings onto my icloud before the laptop goes back", "external-forwarding", True),
        # Selling through a marketplace of one's own; a suspect's account is casework.
        ("printing the postage labels for my Vinted orders on the custody printer", BUSINESS, True),
        ("the Depop buyers keep messaging me on shift, will reply at refs", BUSINESS, True),
        ("suspect's eBay account shows 40 phones sold in March", BUSINESS, False),
        ("bought a kettle for the parade room off eBay", BUSINESS, False),
    ],
)
def test_the_phrase_rules_read_what_is_done_in_the_words_people_use(text, category, found):
    """The rules alone, without the models: the forms people write a conduct in, and
    the near misses that say something else."""
    assert any(f.category == category for f in find_conduct(Normalised(text), None)) is found


@pytest.mark.parametrize(
    "text, marked",
    [
        ("Top secret: the good biscuits are in the second drawer, tell no one", False),
        ("top secret: ARV crews move to the north gate at 0600 Saturday for the arrest phase", True),
        ("TOP SECRET: ARV crews move to the north gate at 0600", True),  # capitals are how markings are typed
        ("Classification: top secret. The tasking note for Op Kite is below", True),  # introduced as a marking
    ],
)
def test_top_secret_as_a_sentence_writes_it_needs_work_material_to_mark(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("how the new parade room kettle works is officially TOP SECRET, only Dave understands it", False),
        ("this last slice of birthday cake is classified SECRET, hands off 🍰", False),
        ("the report I put in the channel earlier is SECRET, can someone take it down", True),  # a document
        ("it's SECRET, the op starts Monday", True),  # "it" may be a document
        ("the parking rota is RESTRICTED: ARV crews hit 14 Elm Road at 0600 Saturday", True),  # work material
    ],
)
def test_a_marking_said_of_a_thing_that_is_no_document_is_a_figure_of_speech(screener, text, marked):
    """Markings are put on documents; "the cake is classified SECRET" says nothing is
    marked, unless what follows reads as work material."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("no clue why it came to us lol, it's got SECRET on the header. attached", True),
        ("Here's the surveillance log, I put OFFICIAL-SENSITIVE in the footer as asked", True),
        ("the briefing has OS on every page, see below", True),
        # Where the marking goes, said of no document handed over, is talk about marking.
        ("I always put OFFICIAL-SENSITIVE in the header of my emails before sending them by egress", False),
        ("remember SECRET goes at the top and bottom of every page", False),
    ],
)
def test_a_marking_printed_on_a_document_handed_over_is_its_marking(screener, text, marked):
    """Said to be printed on a document ("has SECRET on the front page", "OS in the
    footer") that the message hands over, the marking is that document's."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("TS threat assessment below, gold group only", True),
        ("this one is marked T/S, bronze commanders only", True),
        ("(TS) exercise scenario for the CT table-top attached", True),
        # TS is Trading Standards too: their reports, intel and visits are everyday talk.
        ("TS: joint visit to the vape shop on Friday, can anyone come?", False),
        ("Trading Standards (TS) want a hand with the fake perfume seizure", False),
        ("TS report on the counterfeit vapes came back, good result at court", False),
        ("TS intel says the shop restocks on Fridays", False),
        ("TS meeting moved to 11, same link", False),
    ],
)
def test_ts_is_top_secret_only_where_introduced_or_a_document_is_handed_over(screener, text, marked):
    """ "TS" is TOP SECRET where introduced as a marking ("marked T/S"); otherwise, as
    Trading Standards is "TS" too, only where the message hands a document over."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("Morning: OS Personal – occupational health referral for you to sign", True),
        ("Attached: OS PERSONAL DATA welfare plan", True),
        ("Attached: OS personal stuff for you", False),
        ("OS-Personal as it's an OH referral, sending it your way now", True),
    ],
)
def test_a_label_s_descriptor_may_be_capitalised_and_closed_by_a_separator(screener, text, marked):
    """A descriptor after a label is written in capitals ("OS PERSONAL DATA") or
    capitalised and set apart ("OS Personal –") or joined on ("OS-Personal"), as a
    marking is."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("CONFIDENTIAL Good afternoon all, the restructure list for Monday is below", True),
        ("SECRET Hi team, the tasking for the Thetford warrant is in the files tab", True),
        ("Morning all, is RESTRICTED still a thing or is it all OFFICIAL now?", False),
    ],
)
def test_a_marking_before_the_greeting_heads_the_message(screener, text, marked):
    """As an email opens: its marking, then "Good morning"."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("custody suite keypad code is now 8831 after the audit", True),
        ("welfare check at the bungalow, key safe code 2290, she's expecting us", True),
        ("the alarm code for the front office changed again, ask the station sergeant for it", False),
        ("who changed the door code? mine isn't working", False),
        ("combination for the evidence store safe is 90210 from Monday", True),
        ("her phone passcode is 2468, got it from the family", True),
        ("what's the code for the armoury? I'll ask the skipper", False),
        ("my phone pin is 1234 lol dont tell anyone", False),
        # However far the digits are from the code's name, where the sentence says they are it.
        ("entry code for the side door of the 3rd floor archive has changed to 5521", True),
        # A time is no code.
        ("the door entry code refresher is at 1400 in room 2.11", False),
        # Whatever locks, its code unnamed, four digits or more; not a quantity.
        ("the yard gate behind the workshop is now 7205, tell the night cleaners", True),
        ("new locker for the riot kit, code is 8812", True),
        ("the new property store is 1500 square feet", False),
        ("the gate is 200 yards on from the church", False),
    ],
)
def test_a_code_that_opens_a_door_alarm_or_key_safe_is_sensitive(screener, text, sensitive):
    """The digits that open a door, gate, alarm, key safe or someone's phone let whoever
    reads them in."""
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, marked",
    [
        # Put here "via Teams" or "on this chat" is put here.
        ("egress is broken so sending via Teams, it's marked Official-Sensitive, shout if that's a problem", True),
        # A marking signed off as a sentence of its own under what it marks.
        ("Please find attached. Restricted.", True),
        ("How did the panel go? Confidential.", False),
        # A version of a document is a document, whatever "OS version" means elsewhere.
        ("here's the OS version of the briefing note, don't share", True),
        ("the OS version on the new laptops is out of date", False),
        # Templates spoken of in general carry no marking.
        ("heard the SECRET headers on the old templates are being changed, any date yet?", False),
        # Applied, then named for its scheme.
        ("this attachment is PROTECT under the old scheme, still valid though", True),
    ],
)
def test_a_marked_document_handed_over_in_more_words(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        # An abbreviation straight before the word that hands it over.
        ("O/S enclosed for Monday's meeting", True),
        ("my OS attached itself to the wrong network again", False),
        # Applied with "they".
        ("took the minutes this morning, they're OS so don't forward", True),
        ("the files from Gold, they are Restricted so keep them in the team", True),
        ("they're restricted to the training room, sorry", False),
        # A paperclip is an attachment.
        ("it says Restricted at the top, fine for here? 📎", True),
        # Lower case before a document, in a sentence handing it over.
        ("putting the os briefing in here as egress is down", True),
        ("the os update broke my printer", False),
        # A part said to be of a document.
        ("copying the OS section of the risk assessment below", True),
        ("which section of the OS handbook covers it?", False),
        # With its descriptor joined on, or joined to "marked".
        ("here's the extract from the O/S-PERSONAL welfare file", True),
        ("sharing the confidential-marked audit report with you now", True),
        ("anything confidential-marked stays off Teams", False),
        # TS with a handling instruction beside it.
        ("TS - keep it in the team: the target moves tonight", True),
        ("TS: joint visit Friday with the council", False),
        # The attachment as the subject; a document the writer has just put here.
        ("attachment is O/S, keep it in the team", True),
        ("can't open the pdf I just popped in, it's the RESTRICTED search manual", True),
        ("the report I put in last week was marked RESTRICTED, is that still right?", False),
        # Both words whole, run together.
        ("this is officialsensitive so keep it to the team", True),
        # Followed by its own name.
        ("RESTRICTED marking on this: custody staffing review", True),
        ("what does the RESTRICTED marking mean these days?", False),
        # Applied with two words on the way.
        ("don't panic, it's really only OS so keep it in the team", True),
        # A document as the subject, in a message that hands it over.
        ("the tasking summary for Friday's op is O/S, uploaded it to the files tab", True),
        ("the ops order for Saturday is OS so it stays on the secure drive", False),
        ("that file is OS so I emailed it instead of putting it on here", False),
        # A label with an aside in brackets after it.
        ("Confidential (a real one this time) - staffing options paper attached", True),
        # TS with the content pasted after it.
        ("TS - pasting the key bit: the subject flies out of Stansted on Monday", True),
        # Said of what the message gives, at the end of its clause; said of "this", of the
        # message itself. Not of work outstanding, nor of what is kept off here.
        ("sending the night turn rota over now, it's O/S btw", True),
        ("the rest day list, OS, is in the files tab", True),
        ("sharing the overtime return as O.S. – figures only", True),
        ("this is o/s but the dog van will be at the back gate from ten", True),
        ("two warrants are o/s, can someone pick them up tonight", False),
        ("can't put the gold plan on here, it's OS - I'll email it over", False),
    ],
)
def test_a_marking_read_in_the_grammar_of_handing_a_document_over_applying_or_naming_it(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("press office - hold off on the appeal until Monday, suspect is Karl Webb, 36, of Diss", True),
        ("appeal: have you seen Karl Webb, 36, of Diss? call 101 quoting the log number", False),
        ("Karl Webb, 36, of Diss went missing Sunday, it's not an appeal until the DCI approves one", True),
    ],
)
def test_an_appeal_held_back_is_not_public(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, found",
    [
        ("locked out of Storm again, could I borrow your login till the service desk opens?", True),
        ("Athena's locked me out, can I just use yours for the next hour?", True),
        ("can I use your desk while you're on leave?", False),
    ],
)
def test_asking_the_owner_for_theirs_is_a_request_not_a_question_about_the_rules(screener, text, found):
    """ "Can I use yours?" asks its owner to hand it over; it is not asking whether a thing is allowed."""
    assert ("unauthorised-access" in categories(screener, text)) is found


@pytest.mark.parametrize(
    "text, found",
    [
        pytest.param(
            "got the uncut stag do clips on my phone, want me to post them in here? 😏",
            True,
            marks=pytest.mark.xfail(
                strict=True,
                reason="known miss (issue #11): since round 20 the offer reads 0.41 against indecency's 0.45",
            ),
        ),
        ("is it ok to post the stag do photos in here? they're all clean", False),
    ],
)
def test_offering_to_send_material_is_not_asking_whether_it_may_be_sent(screener, text, found):
    """ "Want me to post them in here?" offers the material round; asking whether it may be posted does not."""
    assert ("indecent" in categories(screener, text)) is found


@pytest.mark.parametrize(
    "text, indecent",
    [
        # Offered round: a question opening with "who" asks no permission.
        ("who wants to see the nudes my ex sent me? 👀", True),
        # Shared for a laugh, whatever casework word is near.
        ("here's the link to the onlyfans of the new girl in the custody office 👀", True),
        ("anyone wanna see the porn the suspect had on his phone lol", True),
        # Case material looked at for its own sake is shared round all the same.
        ("the suspect's porn stash sits in the team folder, have a laugh at that lot after briefing", True),
        # Casework, not shared round.
        ("the suspect in custody ran an onlyfans account, DFU have the details", False),
    ],
)
def test_indecent_material_offered_round_counts(screener, text, indecent):
    assert ("indecent" in categories(screener, text)) is indecent


@pytest.mark.parametrize(
    "text, indecent",
    [
        # A sexual word, a picture or link, and showing it: all three.
        ("the tyre firm's calendar came today, Miss October is something else, photo attached", True),
        ("look what someone drew on the dusty van door 😂 cock and balls, pic below", True),
        ("here's a gif for the lates 🍑💦 enjoy", True),
        # Any one alone is ordinary.
        # Read as indecent from round 20 (0.54) until round 22 (0.38).
        ("sending the pics of the damage to the church wall now", False),
        ("can see it with the naked eye from the control room", False),
        # Casework is work.
        ("suspect had topless photos of the victim on his phone, sending to the OIC", False),
    ],
)
def test_sexual_material_said_in_everyday_words_counts_when_shown(screener, text, indecent):
    """Pictures and clips are passed round under euphemisms ("Miss October", an emoji)
    that no name for pornography catches."""
    assert ("indecent" in categories(screener, text)) is indecent


@pytest.mark.parametrize(
    "text, indecent",
    [
        ("who wants the dodgy stream for the rugby on saturday", True),
        ("got the latest series off a torrent, on a stick if anyone wants it", True),
        ("anyone want some illegal tablets for the gym, mate gets them cheap", True),
        ("fake designer handbags if anyone's after a Christmas present, £30 each", True),
        ("rolling tobacco from the ferry, no duty paid, £12 a pouch", True),
        ("free stream for the darts final, sending the link round at 7", True),
        ("my firestick's got every Sky Sports channel on it now, bring yours in and I'll do it", True),
        ("a website with the latest releases, all free, works on the MDT", True),
        ("torrented the whole box set on my day off", True),
        ("fake sunglasses off the market, a fiver each, want some?", True),
        ("anyone got an epub of the latest Jack Reacher? want it for free", True),
        # Police work on it, and lawful streaming or offers, are not.
        ("the bootleg films seized in the Thetford warrant are with the exhibits officer", False),
        ("is the rugby streaming on the iPlayer this weekend?", False),
        ("the match stream on the intranet keeps buffering", False),
        ("the new films at the Odeon are free for blue light card holders on Tuesdays", False),
        ("pdf of the new rota attached, free to swap shifts", False),
        # Pay television said to cost nothing, a film on a dodgy box.
        ("site with every TNT Sports game on it for nothing, link in the chat after briefing", True),
        ("got the new Bond on a dodgy box if anyone wants it copied", True),
        ("the Sky Sports News van is parked at HQ, free coffee for anyone who talks to them", False),
        # What the force holds, taken for oneself or handed round; and handled as it should be.
        ("the confiscated vapes are in the cupboard, help yourselves before they get destroyed", True),
        ("took a box of the seized fireworks home for bonfire night, nobody counts them", True),
        ("anyone want a couple of the seized steroids for the gym? never made the book", True),
        ("seized vapes are in the property store, booked in and logged", False),
        ("who wants some of the cake? it's in the property store kitchen", False),
        ("the seized cigarettes go to trading standards before they get destroyed", False),
        # Drugs offered round, and drugs as the job.
        ("anyone after some skunk for the weekend? my cousin grows it", True),
        ("got a bit of green left from the festival if anyone wants it", True),
        ("the cannabis factory on Elm Rd: anyone want overtime on the scene guard?", False),
    ],
)
def test_pirated_or_illegal_material_passed_on_is_indecent(screener, text, indecent):
    """5(c) names illegal material beside indecent: pirated films and streams, drugs."""
    assert ("indecent" in categories(screener, text)) is indecent


@pytest.mark.parametrize(
    "text, marked",
    [
        ("TOP SECRET: the good biscuits are in the second drawer", False),
        ("Classification: top secret. The biscuits are in the second drawer", False),
        ("keep it SECRET 🤫 surprise party for Sam's 40th, Friday in the canteen", False),
        ("TOP SECRET intel: there's cake in the parade room", False),
        ("TOP SECRET cake order form attached, Sam's leaving do", True),  # a document handed over
        ("OFFICIAL-SENSITIVE - third party material from the bank below", True),  # a third party is no party
    ],
)
def test_a_marking_borrowed_for_a_treat_or_a_celebration_marks_nothing(screener, text, marked):
    """Offices announce cake and parties under a marking for fun; handing a document over
    still marks it."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("posted the TOP SECRET threat assessment in here by accident 🙈 could an owner remove it?", True),
        ("would it be ok to post the TOP SECRET threat assessment in here?", False),
    ],
)
def test_an_emoji_ends_a_sentence_as_a_full_stop_does(screener, text, marked):
    """In chat an emoji often stands where a full stop would: the question after it
    asks nothing about what came before."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("sending the risk assessment now, its o/s personal so dont forward", True),
        ("the excel file I sent this morning is official sensitive, should have said", True),
        ("could you send me the off-sen threat assessment for Saturday", True),
        ("this one's O.S. so not for the wider team chat", True),
    ],
)
def test_markings_applied_in_running_text_with_a_descriptor_handling_or_a_request(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, sensitive",
    [
        (
            "Misper: Ava Cole, 13, from Haverhill, last seen 1900 near the retail park. Her self-harm history"
            " is NOT to go in the appeal, so do not put that part on the appeal",
            True,
        ),
        ("Misper appeal: Ava Cole, 13, from Haverhill, last seen 1900 near the retail park, please share", False),
    ],
)
def test_asking_to_keep_part_of_an_appeal_back_makes_the_rest_not_public(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, forwarded",
    [
        ("can anyone lend me a phone charger, left mine at home", False),
        ("left the custody log at home on my own laptop, emailed it there last night", True),
        # Telling one's own the rules, or someone outside where to go, passes nothing on.
        ("her husband's ex-job, I told him the rules have changed since his day", False),
        ("the landlord rang again, told him to report it online like everyone else", False),
        ("the solicitor rang, I told him the interview's at 3", False),
        # Read aloud down the phone is passed on as surely as sent.
        (
            "her brief called my mobile at the weekend and I read her the interview summary, quicker than disclosure",
            True,
        ),
        ("her brief called my mobile at the weekend so I read the interview summary again before court", False),
    ],
)
def test_forwarding_needs_an_act_of_passing_something_on(screener, text, forwarded):
    assert ("external-forwarding" in categories(screener, text)) is forwarded


@pytest.mark.parametrize(
    "text, categories_found",
    [
        # Someone else's conduct told to whoever deals with it, or refused, is what 5.1 asks.
        ("noticed someone posting screenshots of the briefing on their Insta, I've told the sgt", set()),
        ("who do I report it to if I think somebody's been using the inspector's login?", set()),
        ("a neighbour asked me to run her lodger through PNC, told her no", set()),
        # The writer's own conduct, whoever is told of it, is still found.
        ("I've told the sgt I'm on Dave's login till mine's fixed", {"unauthorised-access"}),
    ],
)
def test_reporting_someone_elses_conduct_is_not_that_conduct(screener, text, categories_found):
    assert set(categories(screener, text)) == categories_found


@pytest.mark.parametrize(
    "text",
    [
        "the custody system is locked for maintenance tonight, if you need it urgently ring the service desk",
        "if you forget your password the portal doesn't ask for the old one, it just emails a reset link",
        "leave your laptop logged in overnight for the update, ICT say it needs to be on",
    ],
)
def test_how_a_system_works_is_no_way_round_it(rules, text):
    assert "unauthorised-access" not in rules.screen(text).categories


@pytest.mark.parametrize(
    "text, marked",
    [
        ("Restricted marking on this one, see attached", True),
        ("the restricted marking on the old template was taken off years ago", False),
        ("that ones Protect btw so dont share it", True),
    ],
)
def test_a_marking_said_of_the_thing_at_hand_in_any_case(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("the marking on this one is o-s so shout if it won't open", True),
        ("os sensitive, don't forward - duty sheet attached", True),
        ("egress is down so I'm posting the OFFICIAL-SENSITIVE tasking note here instead", True),
        ("I'll send the OFFICIAL-SENSITIVE tasking note by egress instead", False),
        ("SECRET//UK EYES ONLY ha no, but it IS OFFICIAL-SENSITIVE, staffing plan attached", True),
    ],
)
def test_a_marking_named_sent_here_instead_or_beside_a_caveat(screener, text, marked):
    """The marking named as the subject marks the thing; sending it here because another
    route failed is no other route; a caveat beside a level is no third level of a list."""
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, marked",
    [
        ("TOP SECRET haha... no seriously it's marked OFFICIAL-SENSITIVE, why am I on the copy list", True),
        ("no, it's not OFFICIAL-SENSITIVE, the rota's fine on here", False),
    ],
)
def test_no_that_takes_a_joke_back_denies_the_joke_not_the_marking(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("you are honestly the stupidest tutor I've had, how did you pass", True),
        ("the new scheduler is a gormless idiot, three rotas wrong this week", True),
        ("the duty planner is completely incompetent, ignore her emails", True),
        set_aside_by_the_rule_floor("Wes you utter numpty, the warrant was for Thursday", "0.002 offence"),
        ("our new DI is a complete desk bound halfwit", True),
        # Said of a thing or an idea, it is a complaint, not an insult.
        ("the new rota system is completely useless on a Monday", False),
        ("that is the stupidest idea for a car park I've seen", False),
    ],
)
def test_an_insult_said_of_a_person_is_offensive(screener, text, offensive):
    """Calling a colleague stupid in the second or third person, however the insult is
    dressed ("genuinely the thickest", "a spineless idiot")."""
    assert ("offensive" in categories(screener, text)) is offensive


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("can we post the gay lads to the rugby club job, they'll love eyeing up the front row", True),
        # Asking what may be said, or sent as evidence, says nothing offensive.
        ("am I allowed to say 'bloody' on here or is that too much", False),
        ("can I post the video of the racist abuse the victim received so the team can see it?", False),
    ],
)
def test_an_insult_put_as_a_question_is_said_all_the_same(screener, text, offensive):
    assert ("offensive" in categories(screener, text)) is offensive


@pytest.mark.parametrize(
    "text, malware",
    [
        ("Found a USB pen drive by the lifts. Gave it to the service desk, never plugged it in.", False),
        ("found a memory stick under the desk, plugged it in to see whose it was then handed it to IT", True),
        ("a memory stick was in the post tray, so I've put it in my desktop to check whose it is", True),
        ("the slides are on my nephew's stick, which I've plugged into the parade room laptop", True),
        ("there's a stray memory stick in the drying room, going to look what's on the thing later", True),
        ("the dongle's fine, pop it in the laptop bag and bring it back Monday", False),
        # Evidence is unknown media all the same once it goes into an ordinary machine.
        ("popping the seized SD card in my work laptop before the lab gets it", True),
        ("the seized SD card is booked in and off to the lab on Monday", False),
        ("a stick turned up in the canteen, it's gone to IT and nobody's plugged it in", False),
        # ICT's own work and route.
        ("ICT came and patched the custody laptops last night, all back up", False),
        ("the new mapping app is in Software Centre now, install it from there", False),
        ("IT have reimaged my PC, antivirus back on", False),
        ("downloaded the keygen off a forum, it's installed now", True),
    ],
)
def test_found_media_handed_to_ict_unplugged_or_ict_at_work_is_not_malware(screener, text, malware):
    """Whichever sentence says it, and whether the rules or the models read the find."""
    assert ("malware" in categories(screener, text)) is malware


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("the Romanian lad is on the scanner today, he'll need a dictionary for the MG11 lol", True),
        ("two old codgers on the front desk today, it'll be lunchtime before they find the kettle 😂", True),
        ("the deaf bloke from estates is on the ladder again lol, shout louder", True),
        # Any nationality said of people, a disability by its feature, a group cursed.
        ("the new analyst is Brazilian so good luck getting the report on time lol", True),
        ("the Turkish contractors are back on the roof 🙄 hide your tools", True),
        ("the call handler with the lisp is on the 999s again lol", True),
        ("the over 65s on the help desk should all be pensioned off", True),
        ("flaming foreigners have parked across the gates again", True),
        # Told that their age should end their working life, with no laughter needed.
        ("that old git in the front office ought to be in a nursing home, not on the tills", True),
        ("Gordon in fleet is far too old for it now, should have been pensioned off", True),
        ("Pete the old git on nights, shouldn't he be in an old folks home by now? 👴", True),
        ("the old dears at the bowls club can't drive, stick them all in a home", True),
        # Stock phrases of contempt: told to go home, told they made it up, sneered at for
        # who they might love or what their body does, called near death.
        ("the new halal butcher's moaning about the market, he knows where the ferry is", True),
        ("she'll only play the race card if we ask her about the lates", True),
        ("the new DC bats for the other team if you ask me 💅", True),
        ("don't ask Jan for anything today, she's clearly on her period", True),
        ("the day centre outing was all coffin dodgers, took an hour to get off the coach", True),
        ("the ferry to the Hook of Holland is where the airport shuttle drops us", False),
        ("she's on the period products rota for the custody suite this month", False),
        # ...or told to retire, said of someone by their age with no group named.
        ("old Maurice in the stores can't find a thing, time he retired", True),
        ("the oldies on the desk keep ringing ICT, they should all retire", True),
        ("I'm 58 and my knees are shot, I should just retire lol", False),
        ("the driver from the collision is too old to manage living alone, he ought to be in a nursing home", False),
        # Who someone is, said plainly, or the writer laughing at themselves, is no sneer.
        ("the Romanian interpreter is in reception for the 2pm interview", False),
        ("I'm past it for the fitness test now 😂 bleep test on Monday", False),
        ("my mum's Welsh so I'm obliged to cheer for them on Saturday 😂", False),
        ("Thai curry night at the social club lol, who's in", False),
        ("fairy lights strung over the custody desk lol, very festive", False),
        ("a remark about women officers went round the group chat, PSD have it now", False),
    ],
)
def test_sneering_at_who_someone_is_is_offensive_without_a_slur(rules, text, offensive):
    """A person or group named by nationality, faith, sex, age, disability or sexuality,
    in a message that laughs, rolls its eyes at or generalises about them."""
    assert ("offensive" in rules.screen(text).categories) is offensive


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("DS Farrow is a useless manager and a worse human being", True),
        ("honestly nobody in the custody team can stand her", True),
        ("that new analyst is a stupid cow, wrong extract again", True),
        ("the bloke on the front counter needs a slap", True),
        # Things, weather, and praise.
        ("the old printer is the worst printer in the building", False),
        ("the yard needs a good kicking of the leaves off the drains", False),
        ("she's genuinely the best tutor I've had", False),
    ],
)
def test_running_a_colleague_down_is_a_personal_attack(rules, text, offensive):
    assert ("offensive" in rules.screen(text).categories) is offensive


@pytest.mark.parametrize(
    "text, unauthorised",
    [
        ("got round the HR SharePoint permissions with an old link", True),
        ("tweak the ref in the link and the restricted logs open", True),
        ("ICT have changed the permissions on the HR SharePoint, ask them for access", False),
        ("any drone flight has to go through the CAA permissions first", False),
        # Whatever keeps a record or a folder shut; a look-up asked of whoever has the system.
        ("worked out how to get past the lock on the PSD folders, just open them from the old link", True),
        ("can anyone with Athena see if my sister's fella has anything on him? she's only known him a month", True),
        ("found a way round the road block on the A140 through Tasburgh", False),
        ("anyone know how to get round the block on installing apps on the work phone?", False),
    ],
)
def test_getting_round_access_controls_is_unauthorised(screener, text, unauthorised):
    """A way round a control, or a link edited to open what it should not."""
    assert ("unauthorised-access" in categories(screener, text)) is unauthorised


@pytest.mark.parametrize(
    "text, indecent",
    [
        # Sexual material named as sites name it, or one nude picture had or sent.
        ("anyone know an adult site the force wifi doesn't block?", True),
        ("who has the nude from that dating app match Lee was showing round? send it on", True),
        ("the link to that barely legal site please", True),
        # Not tights, nor adult social care.
        ("nude tights for the parade please, not black", False),
        ("adult social care site visit at 2, back by 4", False),
        ("the web filter has blocked the wildlife trust page as adult content, ticket raised", False),
    ],
)
def test_sexual_material_named_as_sites_name_it_is_indecent(rules, text, indecent):
    assert ("indecent" in rules.screen(text).categories) is indecent


@pytest.mark.parametrize(
    "text, commercial",
    [
        # A price a unit and the call to come and buy, either way round.
        ("got a crate of Quality Street from the wholesaler, £4 a box, find me in the kit store", True),
        ("dm me for the rest, £3 a jar, chilli or plum", True),
        ("three tickets for the darts on Friday going, face value, shout quick", True),
        # A price said with no offer, or selling for a good cause.
        ("canteen's got bacon rolls at £2 each today", False),
        ("raffle tickets £1 each, all for the air ambulance, pay me at briefing", False),
    ],
)
def test_a_price_a_unit_with_a_call_to_buy_is_advertising(rules, text, commercial):
    assert ("commercial" in rules.screen(text).categories) is commercial


@pytest.mark.parametrize(
    "text, forwarding",
    [
        ("can everybody share the force's appeal for the missing pensioner on your facebook", False),
        ("the press release about the Thetford arrests is out now, ok to share in the village FB group", False),
        ("I've shared the custody log on my facebook so the lads can see", True),
    ],
)
def test_sharing_what_the_force_made_public_is_not_forwarding(screener, text, forwarding):
    assert ("external-forwarding" in categories(screener, text)) is forwarding


@pytest.mark.parametrize(
    "text, views",
    [
        ("come along to the rally outside City Hall on Saturday, bring a banner", True),
        ("write to your MP about the pension changes before the vote on Tuesday", True),
        ("there's a petition to keep the Thorpe bus route running, everyone sign it", True),
        # The police's own work at a protest, a charity event, a month, the rule itself.
        ("join the protest liaison team briefing at 0900 in room 4", False),
        ("PSU briefing for the march on Saturday is at 0800, serials to the Forum", False),
        ("support the charity walk for the air ambulance this Sunday", False),
        ("records go back to March, the rest are archived", False),
        ("please don't sign petitions or share campaigns on force Teams", False),
        # Asked of everyone, a request is no question of whether it is allowed.
        ("can everybody sign this library petition, link below", True),
        # The cause first, then the call to turn up.
        ("vigil for the ferry workers at the quay Sunday 6pm, come along and show some support", True),
        set_aside_by_the_rule_floor(
            "pay protest outside Martineau Lane on Friday - we need numbers!!", "0.006 a personal view"
        ),
        ("protest at Castle Meadow at noon, we need numbers on the cordon from 1130", False),
        # Lobbying a local decision.
        set_aside_by_the_rule_floor(
            "pls object to the Thickthorn incinerator application, takes 2 mins online", "0.008 a personal view"
        ),
        # A contested cause dismissed or blamed.
        ("all this net zero business is a con, heater stays on", True),
        ("jabs are behind half the long covid in this nick if you ask me", True),
        ("net zero targets mean the fleet goes electric by 2030, charging points first", False),
        # "Can I just say" opens what is said; it asks no leave to say it.
        (
            "Can we just say the badger cull is barbaric and everyone on this team should write to their MP about it",
            True,
        ),
        ("can I just say thanks to whoever restocked the printer paper on nights", False),
    ],
)
def test_rallying_colleagues_to_a_cause_broadcasts_a_view(screener, text, views):
    assert ("personal-views" in categories(screener, text)) is views


@pytest.mark.parametrize(
    "text, business",
    [
        # Asking to use the force's kit or channels for one's business runs it there.
        ("is it ok to use the meeting room on Thursday for my yoga business? just 5 of us", True),
        ("can I take bookings for my mobile barber van on here?", True),
        # ...whichever reads it: here the models, naming no business the rules know.
        ("can I borrow the franking machine on Friday to post my candle orders to customers?", True),
        # Its customers or paperwork name the trade; "on the side" said of one.
        ("printing my ironing service invoices quickly, home printer's jammed", True),
        ("I do a bit of upholstery on the side if anyone has an old chair", True),
        # A trade named by its premises, its work or its tax; asking to do it on the kit named.
        set_aside_by_the_rule_floor(
            "the receipts for my holiday lets are on the second floor scanner, leave them there please",
            "0.03 personal business",
        ),
        ("sorting out VAT returns for my husband's roofing firm in between calls", True),
        ("is it alright if I update my pet sitting flyers on the office PC at lunch?", True),
        ("the one on the left is the salon we run, price list done on the force laptop at lunch", True),
        # Asking about the rules, or the side of a road, is not.
        ("am I allowed to have a business outside the job as a PCSO?", False),
        ("is a bit of dog walking at weekends something HR has to hear about?", False),
        ("grab a coffee in the training room before my morning round of the cells", False),
        ("the van is parked on the side of the road by the church", False),
    ],
)
def test_running_a_business_on_force_systems_counts_when_asked_about(screener, text, business):
    assert ("personal-business" in categories(screener, text)) is business


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("warrant on the maisonette behind the chip shop on Bridge St, 0530 Fri, need a method of entry team", True),
        ("strike day moved to Thursday, 0600, RV at the rugby club", True),
        # An armed deployment is a planned operation too.
        ("two ARVs staged at the retail park car park from 1900 Sat for the Sheringham job", True),
        ("firearms team to hold at the lay-by past the level crossing, 0430 tomorrow", True),
        # Authorised firearms officers, and a time written with a colon or a dot.
        ("AFOs posted at the east gate of the showground 14:15-16:00 Saturday", True),
        ("armed support at the barn off Mill Road for 05.45 Thursday", True),
        ("cake sale in the atrium Friday, slices £1.50, ARV lads welcome", False),
        ("ARV refresher is on the range at 0900 Tuesday, bring ear defenders", False),
        # So is a covert one: undercover officers, a surveillance team, unmarked cars.
        ("two UCs in the precinct 1300-1700 tomorrow, steer clear", True),
        ("unmarked cars at Long Stratton on the A140 from 2200 tonight for the racers", True),
        ("surveillance awareness course, 0930 Tues at HQ", False),
        ("new surveillance cameras being fitted over the car park Tuesday 9am", False),
        ("update the overtime tracker by 1600 Friday", False),
        # No time, or no day or place, or a warrant card, or a question about the rules.
        ("is anyone else on the warrant paperwork course on Friday?", False),
        ("bring your warrant card to the 0900 first aid course on Monday", False),
        ("what time do warrants normally go in, 6am? asking for the new starters", False),
        # A course the operation puts off, in a clause of its own, does not make it practice.
        ("raid on the Lakenham flat 0600 Weds so I can't do the first aid course, sorry", True),
        ("method of entry training at Wymondham, 0900 tmrw, bring gloves", False),
        # A part of a named day is a time, and a date or "Sat" before a time is a day.
        ("entry team on standby for the Gorleston flat Friday morning", True),
        ("warrant at the scrapyard on the 14th at 0600, roads and dogs to support", True),
        ("strike on the phone shop crew Sat 0500, briefing at Bury at 0400", True),
        ("I sat 1200 pages of revision for the exam, never again", False),
    ],
)
def test_a_planned_operation_or_covert_deployment_with_its_time_and_place_is_sensitive(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive


@pytest.mark.parametrize(
    "text, category, found",
    [
        # Done, then asked about: the question covers only its own clause.
        ("I've emailed the whole duty sheet to my gmail to read at home, that alright?", "external-forwarding", True),
        (
            "logged in as Pete on Athena while his card's away, hope that's alright?",
            "unauthorised-access",
            True,
        ),
        # Asked before it is done: leave asked to send it outside is an offer to, as the
        # dev sets' writers label it; leave asked to take what another sends is not.
        ("is it ok if I email the duty sheet to my gmail?", "external-forwarding", True),
        ("is it ok if the witness emails us her dashcam by WeTransfer?", "external-forwarding", False),
    ],
)
def test_an_action_told_before_a_question_tag_is_still_told(screener, text, category, found):
    """ "That ok?" after what the message says was done asks forgiveness, not permission."""
    assert (category in categories(screener, text)) is found


@pytest.mark.parametrize(
    "text, category, found",
    [
        # OPERATIONAL is a descriptor as PERSONAL is, and "pls" may stand before the separator.
        ("O/S OPERATIONAL: search team briefing for the Loddon address", "protective-marking", True),
        ("OS personal pls - return to work notes for Bev", "protective-marking", True),
        ("is the new OS operational on the MDTs yet?", "protective-marking", False),
        # A marking left applied by a word of talk after it.
        ("the tasking sheet below, it's OS tbh", "protective-marking", True),
        # A date of birth said to be one a few words on, beside a policing subject.
        ("DOB for the garage break-in suspect is 14/09/1990", "sensitive-content", True),
        # Looking people up for no policing purpose.
        ("had a snoop on Niche at the footballer's arrest, nothing much", "unauthorised-access", True),
        ("checked that TV presenter on PNC for a laugh, clean", "unauthorised-access", True),
        ("ran the plate on PNC, it's the stolen Transit from the builders' yard", "unauthorised-access", False),
        # A program by its extension; an English word is one only when called a file.
        ("double-click the setup.exe he emailed and it installs itself", "malware", True),
        ("someone's pinched the biscuit jar from the kitchen again", "malware", False),
        # A negation on the act or on where the thing goes says it is not done.
        (
            "send it to the defence via Egress, do not use your personal email",
            "external-forwarding",
            False,
        ),
        ("the defender update runs overnight so do not disable it", "malware", False),
        # One that describes the recipient or the sender tells of the act all the same.
        (
            "forwarded the shift pattern to my cousin so she can plan the wedding, she's not police",
            "external-forwarding",
            True,
        ),
        ("zip file from an address I don't recognise, opened it anyway to see what it was", "malware", True),
    ],
)
def test_markings_identifiers_and_conduct_read_as_people_write_them(screener, text, category, found):
    assert (category in categories(screener, text)) is found


@pytest.mark.parametrize(
    "text, commercial",
    [
        # Illegal goods offered at a price are on sale too.
        ("knock-off trainers, £25 a pair, sizes 7 to 11", True),
        ("fags straight off the boat, 200 for £45", True),
        # A price one would rather not pay is no offer.
        ("got a dodgy stream for the UFC? won't pay £30 for that", False),
    ],
)
def test_illegal_goods_offered_at_a_price_are_also_advertised(rules, text, commercial):
    assert ("commercial" in rules.screen(text).categories) is commercial


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("topless photo of the lass in the HR office doing the rounds", True),
        ("made a meme with the skipper's head on a porn star lol", True),
        ("who's subscribed to the onlyfans of the woman from the front desk?", True),
        ("naked photos of the new bird in comms, passing them round", True),
        # Sexual material about no one known is indecent only.
        ("porn site link in the chat, enjoy lads", False),
    ],
)
def test_sexual_material_about_someone_known_also_demeans_them(rules, text, offensive):
    found = rules.screen(text).categories
    assert "indecent" in found
    assert ("offensive" in found) is offensive


@pytest.mark.parametrize(
    "text, forwarding",
    [
        ("shared a photo of the pile-up on the A1066 to my facebook, 500 likes", True),
        ("posting the custody photo on my insta story lol", True),
        ("stuck the ACC's memo on overtime onto the police partners facebook group", True),
        ("airdropped the body worn still to a friend at the gym", True),
        ("emailed the strategy meeting notes to my brother's email", True),
        # The force's own page, the reader's, someone else's, or an act called off.
        ("Put the recruitment video on the Norfolk Police Facebook page", False),
        ("share the appeal about the missing teen on your socials", False),
        ("the residents group want to know if they can post our crime update on their facebook", False),
        ("was about to upload the crash images onto my Facebook but then changed my mind", False),
    ],
)
def test_force_material_posted_to_ones_own_social_media_is_forwarding(rules, text, forwarding):
    assert ("external-forwarding" in rules.screen(text).categories) is forwarding


@pytest.mark.parametrize(
    "text, business",
    [
        ("I keep my plastering jobs in a sheet on the H drive", True),
        ("set up a Teams chat to manage my pet photography bookings", True),
        ("can someone watch my desk, I've got a viewing at one of my rental houses at noon", True),
        ("busy Sunday with a garden job, my side thing", True),
        # ...or by what its custom leaves: bookings, tenants, fares, takings, marketplace parcels.
        ("if the front desk phone rings for Lush Lashes that's my lash bookings", True),
        ("two of my tenants at the Caister flats have rung the work mobile today", True),
        ("totting up my cab fares on the force laptop before the meeting", True),
        ("my depop parcels are going out with the station post today", True),
        # Police work booked and done is not a trade, nor is one's own holiday.
        ("my training bookings for next week are in the calendar", False),
        ("my shoplifting jobs from last week are all filed", False),
        ("my holiday bookings clash with the rota, can I swap?", False),
    ],
)
def test_a_trade_named_by_its_jobs_bookings_or_lets_is_a_personal_business(rules, text, business):
    assert ("personal-business" in rules.screen(text).categories) is business


@pytest.mark.parametrize(
    "text, unauthorised",
    [
        ("can someone with ViSOR access check whether my neighbour's new bloke is on there", True),
        ("not a work thing, but could someone check who owns the caravan by my plot on the system", True),
        ("looked the lad up on Niche for my pal, he's dating his daughter", True),
        ("can you run my cousin's landlord through PentiP, it is not a job but she's worried", True),
        ("my vetting won't let me open the HR case files, so share your screen and scroll through", True),
        # Systems by the names the forces and the CPS give them; curiosity is no purpose.
        ("pulled up the NFLMS record on my son in law's neighbour, he's got four rifles", True),
        ("ran the new lodger through PentiP out of curiosity, loads of tickets", True),
        ("could you open the custody file for my nephew's arrest, my sister's frantic", True),
        # A rota, and a screen shared with no access wanted.
        ("check if my partner is on there for Friday's shift", False),
        ("can you share your screen in the 10am, my access is fine now", False),
    ],
)
def test_a_look_up_or_a_view_with_no_policing_purpose_is_unauthorised(rules, text, unauthorised):
    assert ("unauthorised-access" in rules.screen(text).categories) is unauthorised


@pytest.mark.parametrize(
    "text, marked",
    [
        ("Top secret: it's Dave's 40th on Monday, collection envelope in my tray", False),
        ("Top secret: whip round for Kev's retirement, envelope's in my tray", False),
        # A date is no birthday.
        ("Top secret: the op starts on the 21st, warrant at 0600 for 12 Elm Rd", True),
    ],
)
def test_a_milestone_birthday_or_a_whip_round_under_top_secret_is_a_joke(screener, text, marked):
    assert ("protective-marking" in categories(screener, text)) is marked


@pytest.mark.parametrize(
    "text, category",
    [
        # Told not to do it, or told to use one's own login.
        ("nobody forward these briefing notes to a personal email please", "external-forwarding"),
        (
            "New tablets are on desks tomorrow; log in with your own network details and set up MFA.",
            "unauthorised-access",
        ),
    ],
)
def test_conduct_said_not_to_be_done_or_done_as_oneself_is_no_rule_finding(rules, text, category):
    assert category not in rules.screen(text).categories


@pytest.mark.parametrize(
    "text, views",
    [
        # Gaps between a rule's words may hold roads and times.
        ("there's a petition about the 20mph limit on the A1067, sign it today please", True),
        ("link to the petition is below, everyone sign it before Friday", True),
        ("the petition from the parish council about parking was signed by 300 residents", False),
    ],
)
def test_a_petition_to_sign_broadcasts_a_view(rules, text, views):
    assert ("personal-views" in rules.screen(text).categories) is views


def test_swearing_at_a_road_is_not_offensive(screener):
    """The profanity model's strongest word ("shut", 17.7) is offensive on its own only
    in "shut up"; with no one in the sentence to aim at, it is the traffic."""
    assert "offensive" not in categories(screener, "FFS the A47's shut again, going to be late, bloody roadworks")


@pytest.mark.parametrize(
    "text, unauthorised",
    [
        ("my account's frozen, pass me your login till it's fixed", True),
        ("texted the relief sergeant my login for the weekend", True),
        ("run AB70 CDE for me, no job, I just want to know who my new neighbour is", True),
        ("Mark's off sick so I'll hop on as him and clear his tray", True),
        ("could you borrow your admin account to grant me the drive? IT said no", True),
        ("jump on as the second crew if you're free", False),
        ("ran the plate, no job number yet, will create one", False),
        ("I sent the apprentice my password reset guide", False),
    ],
)
def test_logins_passed_on_and_look_ups_for_no_job_are_unauthorised(rules, text, unauthorised):
    assert ("unauthorised-access" in rules.screen(text).categories) is unauthorised


@pytest.mark.parametrize(
    "text, business",
    [
        # A relative's or a friend's firm passed on is advertised, not run.
        ("my uncle's company fits boilers, mention the force for a discount", False),
        ("my neighbour's firm valets cars, 20% off for blue lights", False),
        # With the writer's hand in it, it is theirs.
        ("me and my mum run a cleaning business, I'll take bookings on here", True),
    ],
)
def test_a_relatives_business_passed_on_is_advertising_not_ones_own(screener, text, business):
    assert ("personal-business" in categories(screener, text)) is business


@pytest.mark.parametrize(
    "text, business",
    [
        # Selling what one has, once, is an offer (5(g)), not a business (5(a)).
        ("selling my old mountain bike, 2 years old, £150 ono, DM me", False),
        ("selling 2 spare seats for the darts at the Corn Exchange, £25 each, DM me", False),
        # A trade beside it is a business all the same.
        ("selling my old kit, and I'm doing garden clearances at weekends, £20 an hour", True),
    ],
)
def test_selling_what_one_has_is_no_business(screener, text, business):
    assert "commercial" in categories(screener, text)
    assert ("personal-business" in categories(screener, text)) is business


@pytest.mark.parametrize(
    "text, warned",
    [
        # Telling people to throw a chain message away, or to let it stop here, warns them
        # off it: the warning passes nothing on.
        ("the 'share with 12 mates for a lucky year' post is going round the PCSOs, bin it", True),
        ("got the 'copy to 9 friends or else' one in my inbox too, please do not forward it on", True),
        # A business kept on force systems asks the opposite, and so does the chain.
        ("I keep the bookings for my two holiday lets on the S drive, nobody delete it please", False),
        ("the bookings for my holiday lets are in a spreadsheet on the S drive, just delete it when I leave", False),
        ("forward to 9 friends by midnight, if you don't pass it on your luck runs out", False),
    ],
)
def test_a_chain_message_warned_off_is_no_business(screener, text, warned):
    assert ("personal-business" in categories(screener, text)) is not warned


@pytest.mark.parametrize(
    "text, business",
    [
        # A trade's own work done on the force's kit is running it on force systems (5(a)).
        ("I keep the bookings for my two holiday lets in a spreadsheet on the S drive", True),
        ("sorted the invoices for my sister's shop on my work laptop during refs", True),
        ("my dog training clients ring me on the work mobile, easier that way", True),
        ("the diary for my cattery lives in my work Outlook now", True),
        ("holding my weekend yoga classes over the training room screens after hours", True),
        ("posting the parcels for my Vinted shop through the post room saves me a fortune", True),
        ("answering my Airbnb guests' questions from my work laptop", True),
        ("taking the enquiries for Greenway Gutters Ltd on the shared inbox till I get a phone", True),
        # The force's own accounts and orders are its work.
        ("the department's overtime accounts sit in the finance SharePoint", False),
        ("orders for the new team fleeces are in the SharePoint folder", False),
    ],
)
def test_a_trades_work_done_on_force_kit_is_a_personal_business(rules, text, business):
    assert ("personal-business" in rules.screen(text).categories) is business


@pytest.mark.parametrize(
    "text, indecent",
    [
        ("anyone want my old hardcore DVDs? free, collect from the locker room", True),
        ("lol look at the pair in the car park the drone caught 🍆 screenshot attached", True),
        ("drone footage of a pair at it behind the sports hall, posting it here", True),
        ("posting the pic of the best man in his undies from Saturday 😂", True),
        ("posting the clip of two students bonking behind the library 😂", True),
        ("any way of getting adult content through the firewall on nights?", True),
        ("who's got a shared xvideos account for the quiet hours?", True),
        # A screenshot shown with nothing sexual in it, and the filter's own category.
        ("screenshot attached of the error the drone software gives", False),
        ("the filter is blocking the parish council site as adult content, ticket raised", False),
    ],
)
def test_sexual_material_in_more_everyday_words(rules, text, indecent):
    assert ("indecent" in rules.screen(text).categories) is indecent


@pytest.mark.parametrize(
    "text, offensive",
    [
        ("the new female response driver should be in a kitchen, not behind the wheel of a BMW", True),
        ("the lot begging outside Tesco should be deported back where they came from", True),
        ("muslims shouldn't be given Friday afternoons off, end of", True),
        ("our new inspector is an idle waste of oxygen", True),
        # Kitchens and meetings as themselves.
        ("the new kettle should be in the kitchen by Monday", False),
        ("that meeting was a complete waste of time", False),
    ],
)
def test_sexism_racism_and_name_calling_in_their_everyday_phrases(rules, text, offensive):
    assert ("offensive" in rules.screen(text).categories) is offensive


def test_what_the_word_pair_model_alone_reads_is_set_aside_where_the_head_reads_nothing_sensitive(screener):
    """A welcome for a new colleague has a rank, a name and a day, which the operational
    model weighs; the sensitivity head reads what is said (``engine.SENSITIVITY_FLOOR``).
    The passive screen never runs MiniLM: its nudge is read again before it is sent."""
    text = "Welcome PC Tom Baxter from Lowestoft response, joining us Monday"
    passive = screener.screen(text, conduct=False)
    assert [f.reason.split(":")[0] for f in passive.findings] == [
        "Reads like operational detail (covert tactics, sources, intelligence or a live operation)"
    ]
    assert screener.screen(text).verdict == "ok"
    assert screener.read_again(text, passive).verdict == "ok"
    covert = "the tracker is on his car now"
    assert screener.read_again(covert, screener.screen(covert, conduct=False)).nudge


@pytest.mark.parametrize(
    "text, category, found",
    [
        # A course named after the act is only where someone will be...
        (
            "text me your Niche login and I'll clear your queue, you're on a course all week anyway",
            "unauthorised-access",
            True,
        ),
        # ...but a sentence that opens on one is about the rules.
        (
            "Information security training: sharing your password with anyone is a disciplinary matter",
            "unauthorised-access",
            False,
        ),
        ("ran the van that keeps parking in my spot through PNC, not a police job I know", "unauthorised-access", True),
        ("took a cheeky look on Niche at the bloke who bought my car", "unauthorised-access", True),
        ("I'm running my upholstery business off the office phone, does anyone mind?", "personal-business", True),
        (
            "my weekend yoga sessions are all booked through the department's Zoom licence now",
            "personal-business",
            True,
        ),
        ("time we put the old boys out to grass, they can't work a scanner", "offensive", True),
        ("a deaf officer in the control room would just hold the team back", "offensive", True),
        ("the deaf lad on the cordon has a radio earpiece that works with his hearing aid", "offensive", False),
        ("3 tickets for the darts at the Corn Exchange, can't make it now, £25 each", "commercial", True),
        ("getting rid of a cot and a pram, both boxed, £40 the pair", "commercial", True),
        ("team curry on the 12th, £15 each, pay Dawn by Friday", "commercial", False),
        (
            "hospice appeal 💜 copy paste it on to all your contacts, 5p goes to them each time",
            "personal-business",
            True,
        ),
        ("a memory stick came through the internal post unlabelled so I popped it in the laptop", "malware", True),
        ("weird email from nobody I know, a zip inside, I opened it anyway", "malware", True),
        ("the back gate was stiff, opened it anyway with a shoulder", "malware", False),
        (
            "grabbed a free audio cutter off mp3cut-now.xyz, clicked through the warnings to get it on",
            "malware",
            True,
        ),
        ("the new call taker is a right snowflake, went home early in tears", "offensive", True),
        ("snowflake decorations for the front office tree are in the cupboard", "offensive", False),
        ("the old boys in stores are hopeless on the tills, shove them in a nursing home", "offensive", True),
        ("I've emailed my MP about the hospital closure, you lot should do the same", "personal-views", True),
        ("my wedding cake orders are in the team calendar, ignore the 'cake' entries", "personal-business", True),
        ("if my dog walking client rings my Teams number, tell her Thursday is fine", "personal-business", True),
        ("my email client keeps crashing on the work laptop", "personal-business", False),
        ("share this with 12 friends by Sunday or the luck runs out", "personal-business", True),
        ("can someone run the silver Astra which keeps blocking my drive", "unauthorised-access", True),
        ("any chance someone could look up who owns that Audi which tailgated me home", "unauthorised-access", True),
        ("send me your duty portal login so I can book your leave", "unauthorised-access", True),
        ("I've got my sister's Netflix login if anyone wants it", "unauthorised-access", True),
        ("keep the women off the cordon, they only get in the way", "offensive", True),
        ("Pete is dyslexic, never let him near the minutes lol", "offensive", True),
        ("Pete is dyslexic so the minutes template has a bigger font now", "offensive", False),
        ("invoiced him for the garden clearance through Teams", "personal-business", True),
        ("an architect left a thumb drive of drawings, bunged it into the office laptop", "malware", True),
        (
            "explicit material turned up on a seized tablet, not part of any case, so I saved it onto my own stick",
            "indecent",
            True,
        ),
        ("there's a SECRET annex to the threat deck, won't be sharing any of it in here", "protective-marking", False),
        ("passed the witness's name, address and mobile to the parish council", "sensitive-content", True),
        ("we have trackers on both lorries, 0600 Friday they head to Felixstowe", "sensitive-content", True),
        # A seller's own words, a price for the lot, or offers invited.
        ("a set of alloys off my old Golf, plenty of tread left, £120 the lot", "commercial", True),
        ("spare pair of rugby tickets, best offer gets them", "commercial", True),
        ("the diesel was £1.60 a litre at the services, daylight robbery", "commercial", False),
        # A trade's payroll on force kit; a chain's call with its object left unsaid.
        ("sorting the payroll for my aunt's takeaway on the office PC", "personal-business", True),
        (
            "a message says pass on to all in your address book or the account is wiped",
            "personal-business",
            True,
        ),
        # Round the record of who looked, or round a system's locks; a look-up for nothing
        # but curiosity, or for the writer's own family.
        ("any trick to get past the audit log on Storm without it showing?", "unauthorised-access", True),
        ("anyone found a way around the Niche locks on the PSD files?", "unauthorised-access", True),
        ("any way around the A47 roadworks tonight?", "unauthorised-access", False),
        ("ran the camper van parked by my allotment on PNC out of pure nosiness", "unauthorised-access", True),
        ("searched my brother's new girlfriend out of curiosity, two cautions", "unauthorised-access", True),
        ("can someone open the custody file on my stepson from last night", "unauthorised-access", True),
        # A woman told her place; someone told to retire to make way.
        ("ladies, the HMI lunch is yours to plate up, it's all you're good for", "offensive", True),
        ("tell the old codger in stores to retire and give someone younger a go", "offensive", True),
        ("Sue leaves in May, we've all told her to retire to Spain", "offensive", False),
        # The press given the material, not the way to the press office.
        ("a reporter from Radio Anglia phoned, I emailed him the incident summary", "external-forwarding", True),
        ("the BBC called about the fire so I passed them the media team's number", "external-forwarding", False),
        ("sent the court list to Dave at the depot's personal email", "external-forwarding", True),
        ("copied the keeper details to my friend at Jones Haulage so he can chase it", "external-forwarding", True),
        ("emailed the statement to the PI the insurers hired", "external-forwarding", True),
        # A cause's calls that name no cause.
        ("please sign and share, we need 5,000 names to save the library", "personal-views", True),
        ("everyone please boycott the garage on the high street", "personal-views", True),
        # A caller let into the machine; a machine from outside on the network.
        ("a man rang saying my PC was hacked, so I gave him remote control", "malware", True),
        ("the electrician connected his personal laptop to the office LAN", "malware", True),
        ("the electrician connected the new printer to the office LAN", "malware", False),
        # Asking whether an old marking still counts.
        ("is CONFIDENTIAL still used for anything these days?", "protective-marking", False),
        # An operation's time in the next sentence, met in a training room; practice is not one.
        (
            "Test purchases round the Cromer off-licences on Friday. Volunteers go in from 6pm",
            "sensitive-content",
            True,
        ),
        ("the UCs gather at Bury training suite 7pm Tues before deploying", "sensitive-content", True),
        ("the UCs are training at HQ. 10am Tuesday in the gym", "sensitive-content", False),
        # Material holding people's details, whose they are said or the people named first.
        (
            "sent the stolen bike log across with the keepers' names and phone numbers",
            "sensitive-content",
            True,
        ),
        ("there's just names and mobiles on it", "sensitive-content", True),
        ("40 burglary victims with their phone numbers on the spreadsheet", "sensitive-content", True),
        # A misconduct outcome not yet published, and an appeal held, are not public.
        (
            "DC Amy Ross was given a final written over the tweets; it's not been published yet",
            "sensitive-content",
            True,
        ),
        (
            "can the press desk hold the Hoveton appeal, the victim is Amy Lord, 16, from Wroxham",
            "sensitive-content",
            True,
        ),
        # Round two: protection stopped in the task manager; an old post's access used
        # to read on; a login its owner handed over; a factory login tried.
        ("Sophos hogs the CPU so I end task on it first thing", "malware", True),
        (
            "I can still get into the old licensing inbox from my secondment, been reading their gossip",
            "unauthorised-access",
            True,
        ),
        ("I can still get into the old licensing inbox, can you remove me from it?", "unauthorised-access", False),
        ("logged in with the admin password Kev passed me to install the plugin", "unauthorised-access", True),
        ("tried the default password on the farmer's camera box and got straight in", "unauthorised-access", True),
        ("ICT say the meeting room screens still use the factory password", "unauthorised-access", False),
        ("could someone check up whether my landlady has any previous?", "unauthorised-access", True),
        # Work for one's own paying clients.
        ("typing up the valuation for a private client on my lunch, he pays well", "personal-business", True),
        (
            "a weekend decorating job for the lady next door, cash in hand, using the office van",
            "personal-business",
            True,
        ),
        ("who wants a brew? tea run in 5, taking orders", "personal-business", False),
        # Get-rich hype, and a trade passed on with the job as its password.
        ("this coin has doubled my money since May, get in now before it goes", "commercial", True),
        ("my uncle fits alarms, mention you are in the job when you ring", "commercial", True),
        # A group held a burden, a condition put in scare quotes with scorn; not HR's doubt.
        ("working mothers are dead weight on a response team", "offensive", True),
        ("Gaz has 'burnout' again this winter, yeah right", "offensive", True),
        ("Kev's been off with a 'bad back' but was seen at the gym twice, HR are looking at it", "offensive", False),
        # Webmail named further on; a OneDrive may be the force's.
        (
            "could you send the new version of the vetting form over to my gmail when you're free",
            "external-forwarding",
            True,
        ),
        # A pension appeal is no public one, and what the news has not had yet is private.
        ("ill health appeal for Jane Pike next week, her GP notes say chronic pain", "sensitive-content", True),
        (
            "PS Tom Reed has a debt relief order and his brother was convicted last week, it hasn't been in the news yet",
            "sensitive-content",
            True,
        ),
        # Someone outside asks for it, and the writer is about to oblige.
        (
            "the burglar's girlfriend's solicitor keeps ringing about the scene pictures, I'm going to ping them over",
            "external-forwarding",
            True,
        ),
        (
            "the solicitor asked for the custody record, I'll point him at the disclosure unit",
            "external-forwarding",
            False,
        ),
        ("the press office wants the burglary figures, I'm going to email them", "external-forwarding", False),
        # Asking leave to send it outside offers to; asking whether to take what others send does not.
        (
            "would anyone object if I forward the new rota template to my brother for his firm?",
            "external-forwarding",
            True,
        ),
        (
            "happy to stick the drone flight logs on my own laptop and send them to the lad from the model aircraft club?",
            "external-forwarding",
            True,
        ),
        ("when the public offer us footage by Dropbox can we take it?", "external-forwarding", False),
        # A person said to be on the register or under MAPPA; an armed unit on scene today.
        ("heads up, the man in the end flat is an RSO, go in pairs", "sensitive-content", True),
        ("how does someone get taken off the sex offenders register?", "sensitive-content", False),
        ("ARV on scene at the Tesco roundabout from 1900 today, avoid the area", "sensitive-content", True),
        ("the new PCSO hasn't passed her vetting, HR will tell her Monday", "sensitive-content", True),
        # A named colleague's money troubles; a given name the US census lacks.
        ("Gareth from the front office is in debt up to his eyes, be kind to him", "sensitive-content", True),
        # Found media opened to learn its owner; a login said with whose system it is.
        ("someone left a thumb drive in the gym, I'll plug it in and check who owns it", "malware", True),
        ("our team Niche login is team.one / Spring99 if you're stuck", "unauthorised-access", True),
        ("the Niche login is down again, ring the service desk", "unauthorised-access", False),
        ("the victim's phone pin is in the exhibit bag note", "unauthorised-access", False),
        # A link urged with a phishing lure's marks; a warning about one.
        ("click the link and type your work password in to get the bonus, it's legit", "malware", True),
        ("the bonus email swears it's legit, but do not click it: it's a scam", "malware", False),
        # Rallying colleagues: "we should all be ...", judging a party's voters, a slogan.
        ("we should all be supporting the nurses' strike on Friday", "personal-views", True),
        ("anyone who votes Green should have their head looked at", "personal-views", True),
        ("the tap water fluoride is a plot to dumb us down, do your own research", "personal-views", True),
        # Custom taken in here; protection overruled; a login lure.
        ("doing garden clearances at weekends, £60 a load, taking bookings via me on Teams", "personal-business", True),
        ("the antivirus didn't like the installer so I clicked allow", "malware", True),
        ("click the page and sign in with your force password to get the free parking permit", "malware", True),
        # A named colleague put on a warning; a marriage ending.
        ("Priya is under a final written since the audit, so check her returns", "sensitive-content", True),
        ("go gently with Sam this week, the wife has left him", "sensitive-content", True),
        # A given name with where the person works names a colleague as surely as a rank.
        ("Nell in the front office is under investigation over the till", "sensitive-content", True),
        known_miss(
            "Rory on C shift is on a written warning for the crash",
            "sensitive-content",
            True,
            reason="the operational model reads the sentence as ordinary (0.10, under SUBJECT_THRESHOLD)",
        ),
        ("Kay on B shift is on a final written warning, go easy", "sensitive-content", True),
        ("Rory on C shift is doing the misconduct training on Monday", "sensitive-content", False),
        ("PC Vance is being looked at over the seized cash, PSD have his pocket book", "sensitive-content", True),
        # A serious condition, or its treatment, said of a named colleague.
        ("Fern from the hub is being treated for leukaemia, she doesn't want a fuss", "sensitive-content", True),
        ("Sgt Abbott is being medically retired next month, not announced yet", "sensitive-content", True),
        known_miss(
            "the leukaemia charity bake sale is Friday, Fern is doing brownies",
            "sensitive-content",
            False,
            reason="a condition a charity is named for, beside a name in one sentence, reads as that person's health",
        ),
        # A health matter told in the sentence after its person is named; money troubles.
        ("Kev's not in till Thursday. His chemo has been moved again.", "sensitive-content", True),
        ("Kev's not in till Thursday. The cancer charity tin is by the kettle.", "sensitive-content", False),
        ("PC Lowe has CCJs and the bailiffs round his flat, go easy", "sensitive-content", True),
        ("Occupational health know Dani is in treatment for anorexia, go gently", "sensitive-content", True),
        ("charity quiz for the eating disorder helpline, tables of six, Friday", "sensitive-content", False),
        # An undercover officer lent by a unit; a source telling; plain clothes deployed.
        ("UC from the regional team buys off the Yarmouth dealer Thursday at 1500", "sensitive-content", True),
        ("our usual source reckons the lorry comes in through Felixstowe Tuesday night", "sensitive-content", True),
        (
            "plain clothes on the Ipswich late buses Friday and Saturday from 2300, two per bus",
            "sensitive-content",
            True,
        ),
        # A partial registration beside a suspect.
        ("the suspect left in a grey Kuga, partial reg KV17, towards Stowmarket", "sensitive-content", True),
        # Outsiders asking, and the writer obliging or about to; an outsider said so outright.
        (
            "the district council union rep is on at me about staffing figures, I'll email the lot over",
            "external-forwarding",
            True,
        ),
        (
            "a private investigator phoned wanting the address history, and I've emailed the printout across",
            "external-forwarding",
            True,
        ),
        (
            "a private investigator phoned wanting the address history, I said put it in writing to legal",
            "external-forwarding",
            False,
        ),
        (
            "my pal at the Beccles Journal is after a story, going to send him custody photos tonight",
            "external-forwarding",
            True,
        ),
        (
            "The Eastern Gazette rang about the fire. Told them it was a local man who started it",
            "external-forwarding",
            True,
        ),
        ("The Eastern Gazette rang about the fire. I told them to ring the press office", "external-forwarding", False),
        (
            "going to pass the training slides on to a pal who runs fraud talks at a bank, she isn't police",
            "external-forwarding",
            True,
        ),
        # What is sent may be the guidance itself; a sentence about the guidance is not.
        ("I'll forward the new guidance notes to my hotmail for the commute", "external-forwarding", True),
        ("the guidance says never forward work emails to your hotmail", "external-forwarding", False),
        # A force vehicle or workshop lent to a trade of one's own.
        ("taking the property store van Saturday for a removals job, a mate's paying cash", "personal-business", True),
        ("property store van's reserved for the Diss job on Saturday", "personal-business", False),
        # Found media put in a machine however long its finding takes to tell; macros obliged.
        (
            "a stray memory stick has sat in the post tray since Monday, unclaimed, popping it in the laptop",
            "malware",
            True,
        ),
        ("the invoice file wants macros on before it opens so I'm enabling them now", "malware", True),
        # Logged in as someone else for the writer; a neighbour looked up.
        (
            "could one of you sign into Niche on your account, then let me use it till mine's unlocked?",
            "unauthorised-access",
            True,
        ),
        (
            "ran the couple who took the house next door to me through the system, both have form",
            "unauthorised-access",
            True,
        ),
        ("typical Cromer slapper, she was kicking off at the desk again", "offensive", True),
        # Round a lockdown; a session left open and read; one's own people run after naming them.
        (
            "Nia's left herself logged into the HR inbox on the hot desk, let's have a nosey",
            "unauthorised-access",
            True,
        ),
        ("my nephew has bought a tatty old pickup with no plates, so I ran it on PNC", "unauthorised-access", True),
        ("doing the stores returns under Jo's login today, she doesn't mind", "unauthorised-access", True),
        ("Jo reset her login this morning, it works now", "unauthorised-access", False),
        # Protection switched off however named; an app from outside the stores.
        ("antivirus flags the installer every time, so you'll have to switch that off first", "malware", True),
        ("not on the play store yet so just grab the apk from their site", "malware", True),
        # A vote explained; colleagues called out to a march; a reward per referral.
        ("Here's my case for why I'm voting Green in May, bear with me", "personal-views", True),
        ("come on the march against the incinerator this Saturday, bring the kids", "personal-views", True),
        ("policing the march against the incinerator on Saturday, briefing at 0800", "personal-views", False),
        ("energy firm sign up link is below, I get paid £10 for every referral", "commercial", True),
        # Nudity with a word or two between; "explicit" takes none.
        ("swapped the canteen screensaver for topless beach girls, you're welcome", "indecent", True),
        ("we need her explicit consent before the photos go in the file", "indecent", False),
    ],
)
def test_what_the_rules_read_in_everyday_wordings(rules, text, category, found):
    assert (category in categories(rules, text)) is found


@pytest.mark.parametrize(
    "text, sensitive",
    [
        ("firearms deploying to the Riverside retail park at 2230 tonight, stay clear of it", True),
        ("firearms will be deploying to Hethersett range for requals at 0830 Thursday", False),
    ],
)
def test_a_firearms_unit_named_by_its_work_with_a_time_and_a_place_is_a_live_deployment(screener, text, sensitive):
    assert ("sensitive-content" in categories(screener, text)) is sensitive
