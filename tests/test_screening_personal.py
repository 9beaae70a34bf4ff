"""Personal data of policing subjects: identifiers by their shape, and a finding only
when they belong to someone in a role in police business."""

from __future__ import annotations

import pytest

from policybot.screening.personal import find_entities, find_personal


def kinds(text):
    return {(e.kind, text[e.start : e.end]) for e in find_entities(text)}


def test_identifiers_are_found_by_their_shape():
    text = "Nominal Gareth Pimm DOB 03/11/1979 of 7 Linnet Close NR14 6QT, mobile 07911 204117, drives YK61 HRP"
    found = kinds(text)
    assert ("dob", "DOB 03/11/1979") in found
    assert ("address", "7 Linnet Close") in found
    assert ("postcode", "NR14 6QT") in found
    assert ("phone", "07911 204117") in found
    assert ("vrm", "YK61 HRP") in found
    assert ("name", "Gareth Pimm") in found


@pytest.mark.parametrize(
    "text",
    [
        "Misper Tilly Brack, 15, last seen near IP4 2JX",
        "victim is Oona Fenwick (41), contact 07723 118 904",
        "Mrs Dorcas Lyle born 4th June 1962 is the witness",
        "the male we nicked lives at 22 Sorrel Way with his brother",
        "registered keeper of WF19 KXA is Declan Rudd, address 3 Quay Street",
        "the caller was Keith Varney (62, the farm next to the quarry)",
        "pop an ANPR marker on RX19 TKL please, the van from the shed breaks",
        "wit from the bakery is on 07700 900876, days only",
    ],
)
def test_an_identifier_beside_a_role_or_name_is_personal_data(text):
    [finding] = find_personal(text)
    assert finding.category == "sensitive-content" and finding.refs == ("4.3", "4.4")


@pytest.mark.parametrize(
    "text",
    [
        "ring me on 07700 900456 when you're out",
        "my car is the blue one, DN68 WQA, move it if it's in the way",
        "the front desk number is 01603 276000",
        "the A140 is shut near Long Stratton after a crash",
        "meet in room 2.14 at 10:30",
        "I'll be 10 minutes, down the road now",
        "the suspect was bailed this morning",
    ],
)
def test_own_numbers_roads_and_roles_alone_are_not_personal_data(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    "text, age",
    [
        ("nominal is Colm TREVETT 34yrs of no fixed abode", "34yrs"),
        ("Ruby Anstey 16 yrs old reported missing from care", "16 yrs old"),
        ("Wendell Price aged 52 is the informant's handler's contact", "aged 52"),
        # A baby's age is said in weeks or months.
        ("Skye Pilling is 7 weeks old and went to A&E with a bruised cheek", "7 weeks old"),
        ("the 5-month-old at Orwell Court is back with mum, HV visiting", "5-month-old"),
    ],
)
def test_an_age_is_told_from_a_length_of_time(text, age):
    assert ("age", age) in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Marlon Keyes got 9 yrs at Ipswich Crown for the robberies",
        "Sgt Otway has done 25 yrs in the job, retiring Friday",
        "Barry Skeet sentenced to 3 yrs, it's on the BBC site",
        "I've worked with Nadia Cole for over 10 yrs",
        "Petra Lund is off for 6 weeks after her knee op",
    ],
)
def test_a_length_of_time_beside_a_name_is_not_an_age(text):
    assert not any(kind == "age" for kind, _ in kinds(text))


def test_a_level_of_risk_is_not_talk_about_the_rules():
    # "level" is a word of talk about markings ("what level is OFFICIAL?"); a MAPPA or
    # MARAC level with its number is a case.
    assert find_personal("MARAC level 3 case: Kelly ORMSBY, DOB 09/10/1990, moved to the refuge")
    assert find_personal("what level of marking does a custody record need?") == []


def test_only_the_asking_clause_of_a_question_can_ask_whether_to_post():
    # "front desk here" introduces the writer; the question is the request at the end.
    assert find_personal("front desk here, Mrs Edna Pryce, 81, of 4 Tern Road wants a call back, can CID ring her?")
    # Asked in the last clause, or from the first word, it is a question about posting.
    assert find_personal("Mrs Edna Pryce, 81, of 4 Tern Road, ok to put that on here?") == []
    assert find_personal("is it ok to put Mrs Edna Pryce, 81, of 4 Tern Road in this chat") == []
    # A last clause that asks someone to do something is a request, whatever it sends.
    assert find_personal(
        "payroll here - can you check the address for Sgt Ivo Maddern so I can post his misconduct notice?"
    )
    # One that offers to send something more asks nothing about what is already here.
    assert find_personal("CRO 2231/04W for the Diss shoplifter, you need his custody photo sent as well?")
    # Leave asked for some other act is no question about posting: the details are told.
    assert find_personal("witness Mr Ravi Dunn, 52, of 9 Kiln Road, his travel claim came in, ok to pay it?")


@pytest.mark.parametrize(
    "text",
    [
        "Professional Standards are interviewing Insp Corbould on Monday about the seized cash",
        "gross misconduct notice for DC 2231 Mirren Tate, hearing set for the spring",
        "the disciplinary for PC OKAFOR is postponed again",
        "Sgt Okoro's fairness at work complaint from the control room goes to a hearing next month",
    ],
)
def test_a_named_member_of_staff_in_a_misconduct_matter_is_personal_data(text):
    [finding] = find_personal(text)
    assert finding.reason == "A named member of staff beside a misconduct matter, grievance or complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Insp Corbould is running the misconduct awareness input on Monday",  # talk about the rules
        "ring Sgt Pike on 07700 900321 about the rota",  # a colleague's number
        "misconduct hearings are held in public these days",  # nobody named
        "how do I put in a grievance against my line manager?",  # nobody named
    ],
)
def test_staff_named_beside_no_misconduct_matter_are_not_personal_data(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Insp Varga got signed off with anxiety after the inquest, leave her be",
        "Tom in fleet starts chemo on Monday, he hasn't told the workshop",
        "attachment of earnings order in for Ray Kemble in stores, £200 a month",
        "DC Ferris is off for six weeks after a hysterectomy",  # named by its medical ending
        "Sue in the comms room had a heart attack at the weekend",
        "Nadia being pregnant doesn't mean she gets days only",
        "Priya on nights had a miscarriage last week so go easy on the rota",
        "PC Oduya is signed off for three weeks, a back op",
        "the complainant disclosed self-harm when she was 15, see the ABE notes",
        "Helen from the front office has a prolapsed disc and is on tramadol, go easy",
        "DC Ellis is diabetic so make sure he gets his break",
        # Named as colleagues shorten names: the start of a given name, or Gary's "Gaz".
        "Steph on the switchboard has been diagnosed with MS, go gently",
        "Gaz from fleet was diagnosed with gout, keep him off the stairs",
        "Mel on the enquiry desk lost the baby last week, go gently with her",
        "DS Moyo was sectioned on Saturday, nobody message him about the file",
        # An operation said of someone, and duties restricted after one (or over a complaint).
        "Ron Tebbit in the garage has surgery on his shoulder next month",
        "Sgt Ilford goes onto restricted duties from Monday, so not on the van",
        # "For your awareness" passes a matter on, as "FYI" does: no talk about training.
        "For your awareness, Tanya Birch in finance started chemo on Tuesday",
    ],
)
def test_a_named_persons_health_is_personal_data(text):
    [finding] = find_personal(text)
    assert finding.reason == "A named person's health or private life (theirs to tell)"


@pytest.mark.parametrize(
    "text",
    [
        "I've been signed off with my knee again, back in a fortnight",  # the writer's own
        "Gavin's off sick today, can someone take his 1400 appointments",  # an absence, no more
        "Supt Harrow signed off the ops order for Friday",  # signing a document
        "Val has finally got her diploma, drinks Friday",  # not a medical ending
        "anxiety and depression are the top two reasons for absence force-wide",  # nobody named
        "can I tell the team that Sgt Ames is pregnant?",  # asks leave
        "the diabetes awareness stand is in the foyer",  # nobody named
        "PCSO Hurst is holding a surgery at the village hall on Saturday",  # a drop-in
        "Insp Lowe, the cancer awareness talk for managers is on Monday",  # training, not her health
    ],
)
def test_health_words_without_a_named_persons_matter_are_not_personal_data(text):
    assert find_personal(text) == []


@pytest.mark.parametrize(
    "text, private",
    [
        ("DC Amos starts paternity leave in May, not announced yet so keep it quiet", True),
        ("PC Kemp has handed in his notice, keep it to yourself till he tells people", True),
        # Asked in another sentence of the message.
        ("Lou in stores has split up with her fella. Cover her Friday quietly, she's not herself", True),
        # Once told, the same matters are rota news.
        ("DC Amos's paternity cover starts Monday, Priti is acting up", False),
        ("Jo's on paternity leave from the 3rd", False),
    ],
)
def test_a_private_matter_said_to_be_not_yet_known_is_personal_data(text, private):
    assert bool(find_personal(text)) is private


@pytest.mark.parametrize(
    "text, found",
    [
        ("the refund for Mr Pell goes to 30-91-22 acc 55443322", True),
        ("the witness's account for the expenses claim is sort code 30-91-22, account 55443322", True),
        # The writer's own, or given to be paid into, as a seller gives them.
        ("my sort code is 09-01-28 acc 87654321 if you're paying me back", False),
        ("raffle tickets £2, payment to sort code 11-22-33 acc 12345678 please", False),
        ("sort code 11-22-33 is on the form", False),  # no account number
    ],
)
def test_bank_details_are_personal_data_unless_they_are_the_writers_own(text, found):
    assert bool(find_personal(text)) is found


def test_sus_is_police_shorthand_for_a_suspect():
    [finding] = find_personal("sus vehicle is AB12 CDE, seen on the ring road")
    assert "a role in police business" in finding.reason


def test_a_pnc_id_needs_its_check_letter():
    assert find_personal("PNC ID 98/1234567L on the nominal record")  # valid check letter
    assert find_personal("PNC ID 98/1234567A on the form") == []


def test_a_number_said_to_be_a_pnc_id_identifies_the_person_beside_it():
    # Typed from memory, a check letter may be wrong; said to be a PNC ID, it still
    # pieces a policing subject together with a role or a name.
    [finding] = find_personal("PNC ID 03/551234Z, nominal for the Diss burglary")
    assert "a PNC ID beside a role in police business" in finding.reason


def test_a_number_said_to_be_a_cro_number_anywhere_in_its_sentence_is_one():
    # Its check letter may be wrong; the sentence says what it is.
    assert find_personal("CRO on the custody record for the man from the garage job is 052417/21K")
    assert find_personal("CRO numbers are on the custody record. Ref 052417/21K") == []
    assert find_personal("ref 052417/21K on the form") == []


def test_a_finding_spans_the_evidence_and_names_it():
    text = "Update. Suspect Wilf Harker DOB 12/12/1990 is at his sister's."
    [finding] = find_personal(text)
    assert text[finding.span[0] : finding.span[1]] == "Suspect Wilf Harker DOB 12/12/1990"
    assert "date of birth" in finding.reason and "role" in finding.reason


@pytest.mark.parametrize(
    "text",
    [
        "Appeal: have you seen Nora Pettit, 81, of Wrentham? Last seen near the church",
        "Court result: Owen Thirkettle, 29, of Brandon, jailed for 3 years at Ipswich Crown Court",
        "Ross Mayhew (42) of Haddiscoe pleaded guilty to theft, it's been published on the website",
        "the media release can go at 4: 'A woman, 37, from Beccles has been charged with arson'",
        "Result from Lowestoft mags: Dale Pryor, 26, of Kirkley got 16 weeks for the shed burglaries",
        # "Person" and "this" end in "on" and "his", but the appeal is the public's.
        "missing person appeal for Lola Bright, 15, of Carlton Colville is up, share it from there",
        "please share this appeal: Ted Voss, 79, of Bungay, last seen near the market",
    ],
)
def test_what_a_message_says_is_public_is_not_personal_data_to_mark(text):
    # Policy 4.3's markings are for what must be kept close; an appeal or a court
    # result was published on purpose.
    assert find_personal(text) == []


def test_a_message_asking_to_be_kept_off_the_appeal_is_not_public():
    assert find_personal("the misper Ellie Brannan, 15, is with a man in a silver Astra, keep it off the appeal")
    assert find_personal("don't mention the address in the media statement: victim Rhys Dorling, 22, 8 Cole Lane")


def test_a_message_saying_it_is_not_public_yet_is_not_public():
    assert find_personal("it's not public yet, but the man in the river is Colin Aldous, 58, of Reedham")
    assert find_personal("court result tomorrow, family haven't been told: victim Lily Marr, 19, 2 Mere Lane")
    assert find_personal("witness Tom Ruddock, 61, 9 Sluice Rd, is scared and won't want to be in the news")
    assert find_personal("keep this out of the papers: the deceased is Ada Pell, 90, of 2 Orchard Way")
    assert find_personal("the statement isn't out till 5, so: victim is Rob Keel, 33, of 4 Fen Row")
    assert find_personal("keep it schtum, the appeal names him at 4: Dan Orrin, 17, of Beccles")


def test_a_staff_or_legal_appeal_is_not_a_public_one():
    assert find_personal("grievance appeal for PC Dunmore: adjustments after her ME diagnosis, panel Tuesday")
    assert find_personal("the appeal hearing is Monday: DC Ambrose, 41, of 3 Tern Close, back from long covid")
    assert find_personal("we've put out an appeal for Kit Dorran, 15, last seen in Brandon") == []


def test_a_press_release_saying_whom_it_does_not_name_is_still_public():
    assert find_personal("Press release: a man, 45, from Diss has been charged. The victim has not been named.") == []


def test_a_draft_for_the_press_is_not_yet_public():
    assert find_personal("draft for the press office: victim Dana Lusher, 19, of 4 Tye Lane, Hoxne")
    assert find_personal("the draft press release names the victim, Dana Lusher, 19, of 4 Tye Lane, Hoxne")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tom can you grab the spare radio", None),
        ("cheers Amy for covering my late", None),
        ("arrested Tom HOLLIS at the services", "Tom HOLLIS"),
        ("Amy Sandhu is the OIC", "Amy Sandhu"),
    ],
)
def test_a_surname_is_capitalised_not_the_next_word_of_the_sentence(text, name):
    names = {found for kind, found in kinds(text) if kind == "name"}
    assert names == ({name} if name else set())


@pytest.mark.parametrize(
    "text",
    [
        "Gavin Pettit 03/11/1979 arrested for the shed break, in cell 4",
        "the misper is Donna Keel, 15, last seen on the seafront",
        # Names given in England and Wales since the census lists (1990).
        "the misper is Freya Tolland, 14, last seen by the bandstand",
        "Kian Morley 22/06/2007 arrested for the moped theft",
    ],
)
def test_given_names_beyond_the_curated_list_are_read(text):
    """Given names come from the census's common first names as well as the curated
    list, so a name nobody here wrote down still pieces a person together."""
    assert any(e.kind == "name" for e in find_entities(text))
    assert find_personal(text)


@pytest.mark.parametrize(
    "text",
    [
        "Royal Mail are striking on Friday",
        "Major Crime want the room at 10",
        "WELL DONE KEVIN ON PASSING YOUR DRIVING COURSE, DRINKS ON YOU",
    ],
)
def test_words_that_are_also_names_name_nobody(text):
    assert not [e for e in find_entities(text) if e.kind == "name"]


@pytest.mark.parametrize(
    "text, found",
    [
        ("JT 48 21 93 B", True),  # a prefix HMRC issues counts by its shape
        ("can you get DWP to confirm her national insurance? it's QQ 98 76 54 B", True),
        ("ticket QQ 98 76 54 B is closed", False),  # QQ is never issued: only where the message says so
    ],
)
def test_a_national_insurance_number_is_read_by_its_prefix_or_where_it_is_said_to_be_one(text, found):
    assert any(e.kind == "ni" for e in find_entities(text)) is found


@pytest.mark.parametrize(
    "text, named",
    [
        ("the chief is visiting Lynn Tuesday afternoon", False),
        ("two of us at Lynn Thurs-Fri", False),
        ("the caller was Lynn Saunders from the farm shop", True),
    ],
)
def test_a_day_or_a_month_after_a_given_name_is_no_surname(text, named):
    assert any(entity.kind == "name" for entity in find_entities(text)) is named


@pytest.mark.parametrize(
    "text, found",
    [
        ("the misper's sister came into the front office upset. Her number is 07700 900314, ring her first", True),
        ("the misper's sister came into the front office upset. My number is 07700 900314 if you need me", False),
        ("Ring Sgt Hale about the rota. His number is 07700 900123.", False),  # a colleague
    ],
)
def test_an_identifier_given_as_the_person_of_the_sentence_before_is_theirs(text, found):
    assert bool(find_personal(text)) is found


@pytest.mark.parametrize(
    "text, age",
    [
        ("the lad found asleep in the bus shelter is Toby Marsh 15 from Beccles", "15"),
        ("the caller was Rosa Kemp, 62, wanting an update on her stolen bike", "62"),
        ("Tanya Reeve 3 doors down saw the van", None),  # a unit says what the number counts
        ("Pete Collins 20 mins late again", None),
        ("Sierra Oscar 21 is covering Diss until 6", None),  # a call sign, not a person
    ],
)
def test_a_number_straight_after_a_full_name_is_an_age(text, age):
    ages = [text[e.start : e.end] for e in find_entities(text) if e.kind == "age"]
    assert ages == ([age] if age else [])


@pytest.mark.parametrize(
    "text, found",
    [
        ("Nadia's gross misconduct hearing has been set for March", True),
        ("the misconduct papers on Colin went to the ACC this morning", True),
        ("misconduct hearing room is booked for Weds, Colin is doing the minutes", False),
        ("Hi Nadia, new misconduct tracker template attached", False),
    ],
)
def test_a_given_name_counts_in_a_misconduct_matter_only_where_the_matter_is_theirs(text, found):
    assert any("misconduct" in f.reason for f in find_personal(text)) is found


@pytest.mark.parametrize(
    "text, found",
    [
        ("Gavin from firearms training is off with anxiety again, his partner rang HR", True),
        ("the wellbeing course covers anxiety and how to spot it in your team", False),
        ("Tom from stores had a breakdown, he hasnt told his team", True),
        ("Amy's brother's death was suicide, it stays between us", True),
        ("Amy's brother's death was suicide, the funeral is on Friday", False),  # private, not asked to be kept
    ],
)
def test_a_colleagues_health_is_theirs_whatever_department_they_are_in_and_a_loss_kept_quiet_too(text, found):
    assert bool(find_personal(text)) is found


def test_a_case_said_to_be_invented_names_no_one():
    assert find_personal("made up case for the probationers: Kelly Dunn, 34, of 8 Mill Road, reports a burglary") == []
    assert find_personal("for the probationers: Kelly Dunn, 34, of 8 Mill Road, reports a burglary")


@pytest.mark.parametrize(
    "text, found",
    [
        ("informant Gary Pryce wants paying before he says more", True),
        ("places left on the informant handling course in May", False),
        ("the sex offender management unit has moved to the second floor", False),
    ],
)
def test_a_named_sex_offender_or_informant_needs_no_other_identifier(text, found):
    assert bool(find_personal(text)) is found
