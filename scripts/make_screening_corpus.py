"""Writes the training corpus of the operational-sensitivity model.

    .venv/bin/python scripts/make_screening_corpus.py [--per-template 14] [--seed 7]

Output: ``policybot/screening/data/operational_corpus.tsv``, lines
``label<TAB>theme<TAB>split<TAB>text``; label ``sensitive`` or ``ok``, split ``train``
or ``dev``. Messages are drawn from templates and vocabularies written here, from the
policy and ordinary knowledge of police work — never from any evaluation set. Every
theme of sensitive content has hard negatives beside it: training on the same topic,
briefings that say nothing specific, talk about how CHIS or surveillance work, public
appeals, court results already public, and everyday chat.

The dev split holds whole templates (every fourth of each theme), so a threshold chosen
on it is chosen on wordings the model never saw. The hand-written messages in
``operational_handwritten.txt`` are added by the model itself (all of them train).
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "policybot" / "screening" / "data" / "operational_corpus.tsv"
DEV_EVERY = 4  # every fourth template of a theme goes to the dev split

V: dict[str, list[str]] = {
    "first": """Aaron Abbie Adam Aiden Alfie Alice Amber Amelia Andrew Archie Ashley Ben Bethany Billy Bradley Brandon
        Callum Carl Casey Charlie Chelsea Chloe Connor Craig Daniel Darren Dean Demi Dylan Ellie Ethan Evie Faye Freddie
        Gavin George Grace Harvey Hayley Isaac Jack Jade Jake Jamie Jason Jayden Jodie Jordan Josh Kai Kayla Kelsey
        Kieran Kirsty Kyle Lacey Leah Leon Lewis Liam Logan Lucy Luke Macy Marcus Mason Megan Mia Mohammed Nathan
        Niamh Noah Oliver Paige Reece Rhys Riley Ryan Sasha Shannon Skye Stacey Tariq Tia Toby Tyler Wayne Zack Zara
        Piotr Andrei Ionut Marek Aleksandra Dritan Arben Kwame Tunde Imran Bilal Priya Sunita Ravi""".split(),
    "surname": """Adams Allen Archer Bailey Baker Barker Barnes Bell Bennett Brooks Brown Burton Carter Chapman Clarke
        Cole Collins Cook Cooper Cox Davies Dawson Day Dixon Edwards Ellis Evans Fisher Fletcher Ford Foster Fox Gibson
        Gray Green Griffiths Hall Harris Harrison Hart Hill Holmes Hughes Hunt Jackson James Johnson Jones Kelly King
        Knight Lane Lee Lewis Lloyd Marsh Marshall Mason Miller Mills Moore Morgan Morris Murphy Nelson Newman Osborne
        Owen Palmer Parker Payne Pearce Perry Phillips Porter Price Reed Reynolds Richards Robinson Rogers Russell
        Saunders Scott Shaw Simpson Smith Stevens Stone Taylor Thomas Turner Walker Ward Watson Webb Wells White
        Williams Wilson Wood Wright Young Nowak Kowalski Popescu Hoxha Berisha Okafor Mensah Khan Hussain Patel""".split(),
    "nick": """Smithy|Tommo|Jonno|Big Dave|Little Kev|Shaggy|Dobbo|Mad Jack|the Albanian|Scouse Gaz|Ricky B|Fitzy
        |Deano|Wilko|Tiny|Kaz|Skinny Dan|the Polish lad|his cousin|the older brother""".split("|"),
    "town": """Norwich|Ipswich|Lowestoft|Great Yarmouth|King's Lynn|Bury St Edmunds|Thetford|Dereham|Diss|Felixstowe
        |Sudbury|Stowmarket|Haverhill|Newmarket|Cromer|Wymondham|Attleborough|Swaffham|Beccles|Bungay|Woodbridge
        |Fakenham|Aylsham|Downham Market|Hunstanton|Mildenhall|Brandon|Leiston|Halesworth|Southwold""".split("|"),
    "street": """Elm Road|Mill Lane|Church Street|Station Road|Victoria Avenue|Oak Close|Beech Drive|Kings Way|Queens Road
        |Priory Walk|Riverside Road|Market Street|Heath Lane|Orchard Close|Cedar Grove|Park Lane|Stanley Avenue|Abbey Road
        |Gordon Terrace|Coronation Street|Windsor Crescent|Meadow Rise|Nelson Court|Springfield Road|Long Lane|Grove Road
        |Howard Street|Castle Mews|Fen Lane|Harbour Road|Marsh Lane|Hill Rise|Lime Tree Avenue|Rowan Way|Bishops Walk""".split(
        "|"
    ),
    "place": """the Tesco car park|the lay-by on the A11|the Co-op on the corner|the McDonald's drive-through|the retail park
        |the multi-storey by the station|the park off the high street|the petrol station at the roundabout|the Travelodge
        |the bus station|the back of the leisure centre|the industrial estate|the services on the A14|the Shell garage
        |the allotments|the cricket club car park|the Asda superstore|the train station|the canal towpath|the skate park
        |the Spar on the estate|the flats behind the chippy|the garages at the end of the close|the pub car park
        |the playing fields|the Lidl|the old airfield|the marina|the caravan park|the Premier Inn""".split("|"),
    "colour": "black silver white grey blue red dark blue dark grey green gold".split(" "),
    "make": """Ford Focus|VW Golf|BMW 3 Series|Audi A3|Vauxhall Corsa|Mercedes Sprinter|Transit van|Range Rover|Kia Sportage
        |Toyota Prius|Nissan Qashqai|Seat Leon|Mini Cooper|Honda Civic|Peugeot 208|Skoda Octavia|Land Rover Discovery
        |Vauxhall Astra|Audi A4|BMW X5""".split("|"),
    "time": "2200 0600 0500 0630 1400 2330 1900 0415 1700 0700 2100 1030 6am 5am 10pm 11pm 3pm 7pm 4:30 half 5 midnight 22:00 06:00 0300hrs 2200hrs".split(
        " "
    ),
    "day": "tomorrow|tonight|Friday|Saturday|Monday|Tuesday|Wednesday|Thursday|Sunday|this evening|first thing tomorrow|next Tuesday|on the 14th|at the weekend".split(
        "|"
    ),
    "op": "Op Falcon|Op Nightjar|Op Granite|Op Harrier|Op Sentinel|Operation Kestrel|Op Tundra|Op Larkspur|Op Cobalt|Op Viper|Op Marram|Operation Bittern|Op Sandpiper|Op Flint|Op Juniper".split(
        "|"
    ),
    "drug": "gear|crack|heroin|cocaine|coke|the package|the parcel|a nine bar|the weed|ket|spice|white|brown|the stuff|two kilos|the consignment".split(
        "|"
    ),
    "weapon": "a handgun|a sawn-off|a machete|a zombie knife|a firearm|a converted pistol|a shotgun|ammunition|a crossbow".split(
        "|"
    ),
    "staff": "PC|DC|PS|DS|PCSO|Sgt|Insp|DI|DCI".split("|"),
    "station": "Bethel Street|Martineau Lane|Wymondham HQ|Landmark House|Great Yarmouth nick|Lowestoft PIC|the Bury PIC|Aylsham|Ipswich PIC|King's Lynn PIC".split(
        "|"
    ),
    "weekday": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "food": "bacon rolls|cake|pizza|doughnuts|a curry|fish and chips|biscuits|a brew|sandwiches|the buffet".split("|"),
    "sport": "the footie|the darts|the cricket|the rugby|the Grand Prix|Match of the Day|the Canaries game|the Town match|the snooker|the boxing".split(
        "|"
    ),
    "course": "the surveillance awareness course|CHIS handling training|the advanced driving course|the PIP2 course|the firearms refresher|the public order refresher|the RIPA input|the covert methods module|the intelligence analysis course|the taser recert|the search training|the interview advisor course".split(
        "|"
    ),
    "kit": "radio|Airwave battery|body worn camera|stab vest|cuffs|baton|torch|notebook|laptop charger|Taser|pool car keys|fleece|hi-vis|boots|parking pass".split(
        "|"
    ),
    "crime": "burglary|robbery|stabbing|assault|drugs supply|arson|shoplifting|fraud|criminal damage|vehicle theft|GBH|domestic abuse|rape|murder|kidnap".split(
        "|"
    ),
    "court": "Norwich Crown Court|Ipswich Crown Court|King's Lynn Magistrates|Norwich Magistrates|Suffolk Magistrates|the Old Bailey".split(
        "|"
    ),
    "sentence": "six years|18 months|a suspended sentence|four and a half years|life with a minimum of 22 years|a community order|three years|two years' probation".split(
        "|"
    ),
    "role": "victim|witness|suspect|complainant|offender|defendant|informant|caller|injured party|detained person".split(
        "|"
    ),
    "month": "January February March April May June July August September October November December".split(),
}


V = {slot: [" ".join(word.split()) for word in words if word.strip()] for slot, words in V.items()}
# Openings and closings people put around a message, drawn for both labels alike.
OPENINGS = [
    "",
    "",
    "",
    "",
    "morning all, ",
    "quick one - ",
    "fyi ",
    "heads up: ",
    "all, ",
    "sarge, ",
    "update: ",
    "just so you know, ",
    "hi team, ",
    "evening, ",
    "lads, ",
    "guys ",
]
CLOSINGS = [
    "",
    "",
    "",
    "",
    " thanks",
    " cheers",
    " ta",
    ".",
    "!",
    " - any questions shout",
    " x",
    " will update later",
    " 👍",
    " asap",
    " pls",
]


def person(r: random.Random) -> str:
    return f"{r.choice(V['first'])} {r.choice(V['surname'])}"


def fill(template: str, r: random.Random) -> str:
    def slot(match: re.Match) -> str:
        name = match.group(1)
        if name == "name":
            return person(r)
        if name == "surname":
            return r.choice(V["surname"])
        if name == "age":
            return str(r.randint(13, 67))
        if name == "child_age":
            return str(r.randint(11, 17))
        if name == "dob":
            return f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.randint(1960, 2010)}"
        if name == "addr":
            return f"{r.randint(1, 140)} {r.choice(V['street'])}"
        if name == "postcode":
            area = r.choice(["NR", "IP", "PE", "CB"])
            return f"{area}{r.randint(1, 33)} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        if name == "phone":
            return f"07{r.randint(100, 999)} {r.randint(100000, 999999)}"
        if name == "vrm":
            letters = "ABCDEFGHJKLMNPRSTVWXY"
            return f"{r.choice(letters)}{r.choice(letters)}{r.randint(10, 73)} {''.join(r.choice(letters) for _ in range(3))}"
        if name == "car":
            return f"{r.choice(V['colour'])} {r.choice(V['make'])}"
        if name == "n":
            return str(r.randint(2, 12))
        if name == "money":
            return f"£{r.choice([20, 40, 50, 150, 300, 500, 1200, 2000, 5000])}"
        if name == "grade":
            return r.choice(["B2", "C3", "2/B/P", "1/A/C", "B24", "C1 3", "graded A2", "E5"])
        if name == "date":
            return f"{r.randint(1, 28)} {r.choice(V['month'])}"
        return r.choice(V[name])

    text = r.choice(OPENINGS) + re.sub(r"\{(\w+)\}", slot, template) + r.choice(CLOSINGS)
    return text[0].upper() + text[1:] if r.random() < 0.7 else text


# Theme -> templates. Sensitive: detail someone could act on (who, where, when, how).
SENSITIVE: dict[str, list[str]] = {
    "source reporting": [
        "the source tells us a delivery of {drug} is due {day}",
        "our source reckons {nick} is storing {drug} at his mum's on {street}",
        "CHIS reporting that {name} is collecting {drug} from {place} {day} at {time}",
        "handler update: the source met {nick} last night, he's got {weapon} in the loft",
        "informant says {name} has moved the stash to {addr}",
        "source is saying the job is going down {day}, they're using a {car}",
        "the CHIS has been asked to drive for them {day}, handler wants a meet",
        "latest from the source: {nick} owes {money} and is threatening to torch the house",
        "intel from a covert source that {name} is carrying {weapon} in the glovebox of the {car}",
        "our guy inside says they're moving {drug} through {place} every {weekday}",
        "the informant's been tasked to find out where {nick} keeps the {drug}",
        "handlers say source is compromised, {nick} has been asking who's talking",
        "CHIS tasking for {day}: get close to {name} and find out who supplies him",
        "source contact tonight confirmed the safe house is {addr}",
    ],
    "surveillance deployment": [
        "OP team moving into position on {street} from {time}, they're in a plain {car} {vrm}",
        "surveillance plotted up on {addr} from {time}, eyeball on the front door",
        "subject has left {addr} in the {car}, surveillance following towards {town}",
        "static OP in the flat opposite {addr} goes live {day}",
        "mobile surveillance on {name} from {time} {day}, briefing at {station}",
        "the surveillance team lost him at {place}, last seen heading north",
        "foot surveillance picking up the target at {place} at {time}",
        "directed surveillance authority granted for {name}, deployment starts {day}",
        "we've got eyes on {nick}'s address, he's just had a visitor in a {car}",
        "observation post is the top floor of the car park looking at {place}",
        "the team's housed the subject at {addr}, staying on him till {time}",
        "surveillance log: {time} subject meets unknown male at {place}, package handed over",
        "can someone relieve the OP on {street}? need a fresh pair of eyes from {time}",
        "DS {surname} wants the surveillance team on {name} again {day}",
        "obs point in the back bedroom of the house over the road from {nick}'s",
        "we've got him walking towards {place}, two on foot behind him",
        "the subject's gone into the cafe on {street}, the team are holding the exits",
        "he's clocked the blue car, swap it out and pick him up again at {place}",
        "van's parked up with a view of the garages, the crew are in it till {time}",
        "subject out of the house, in the {car}, heading for the ring road",
        "stay off the radio, he's got a scanner; use the phones for the obs",
    ],
    "covert technical": [
        "device went on the {car} about an hour ago, it's live",
        "tracking device fitted to the {car} last night, showing it parked at {place}",
        "tracker shows the van went to {town} and back at {time}",
        "covert camera is up in the street light opposite {addr}",
        "the probe in the flat picked up them talking about {weapon}",
        "tech team are fitting the device to the {car} {day} while it's at the garage",
        "audio from the car probe: they're meeting the supplier at {place} {day}",
        "battery on the tracker is low, need to swap it {day} night",
        "covert camera footage shows {nick} carrying bags into {addr}",
        "the hidden camera at {place} caught the handover at {time}",
        "we've got a device on {name}'s phone, download due {day}",
        "tracker data puts the {car} outside the victim's house at {time}",
        "we've got a tracker on {nick}'s van since {day}",
        "tracker's fitted, the {car} is parked up at {place}",
        "the lump is on his motor, it's showing him at {place}",
        "tracker went on the target car {day}, live feed is with the cell",
        "the device under his wheel arch is still transmitting",
        "keep an eye on the tracker, if the van moves tonight we go",
    ],
    "undercover and test purchase": [
        "UC is meeting {nick} at {place} {day} at {time} to buy {drug}",
        "test purchase done at {place}, {money} for two wraps, dealer is a lad in a grey hoodie",
        "undercover officer is in with the group now, next meet is {day}",
        "the UC's cover story is he's a mechanic from {town}, don't blow it",
        "test purchase officers going out {day}, targets are the line numbers ending 445 and 817",
        "UCO bought {drug} off {name} at {place}, all recorded",
        "the UC deployment has been moved to {day}, meet at {station} at {time} for kit",
        "our undercover has been offered {weapon} for {money}",
        "legend for the undercover is set, she starts at the salon on {street} {day}",
        "test purchase number three at {addr} went through, same supplier",
    ],
    "communications data": [
        "cell site puts his phone at {place} on the night of the {crime}",
        "comms data is back: {phone} called the victim 14 times before it happened",
        "billing shows {name} was in contact with the dealer line all week",
        "cell site analysis has the handset near {addr} at {time}",
        "the burner {phone} is attributed to {nick}",
        "subscriber check on {phone} comes back to {name} of {addr}",
        "call data shows the line was active at {place} at {time}",
        "phone download from the suspect shows messages arranging the drop at {place}",
        "the dealer line has moved to a new handset, cell site says it's in {town}",
        "comms data application approved for {name}'s number, results {day}",
    ],
    "anpr target": [
        "ANPR hit on the target vehicle {vrm} at {place} {time}",
        "the {car} {vrm} just pinged ANPR heading into {town}",
        "ANPR has the subject's car on the A47 at {time}, about 20 mins out",
        "marker on {vrm} flagged on ANPR outside {town}, the suspect is driving",
        "target vehicle went through the ANPR camera at {place} at {time} with two up",
        "ANPR puts {name}'s {car} in {town} the night of the {crime}",
        "{vrm} is on the hotlist for {op}, any sighting call it in",
        "ANPR shows the van doing the {town} to London run every {weekday}",
    ],
    "warrants and strike days": [
        "warrant at {addr} {day} {time}, briefing at {station} at {time}",
        "strike day {day}: doors go in at {time} on {n} addresses across {town}",
        "{op} strike is {day}, entry team at the rear of {addr}",
        "misuse of drugs warrant granted for {addr}, we're going in at {time}",
        "the raid on {addr} is brought forward to {day}, keep it tight",
        "early turn will be doing the warrant at {addr} first thing, dog unit booked",
        "arrest phase for {op}: {name} at {addr}, {name} at his girlfriend's in {town}",
        "search warrant for {addr} executes {day}, the target keeps {weapon} under the bed",
        "we're hitting {nick}'s place at {time}, method of entry team on standby",
        "door goes in at {addr} {day}, need two vans and a search-trained officer",
        "we're knocking him out of bed at {time}, his place is the end terrace on {street}",
        "early doors {day} for the {op} addresses, be at {station} for {time} briefing",
        "the big red key is in the van, we're through his front door at {time}",
    ],
    "firearms deployment": [
        "AFOs deploying to {addr} at {time}, subject believed armed with {weapon}",
        "firearms authority granted for {op}, ARVs to hold at {place}",
        "armed strike on {name} at {addr} {day}, tactical adviser says hard stop on the {car}",
        "ARV crews briefed, the hard stop on {vrm} is planned for {place} at {time}",
        "firearms team going in at {time} after the subject returns to {addr}",
        "Silver has authorised armed officers for the arrest of {name} {day}",
        "the SFO team is staging at {place} for {op} from {time}",
    ],
    "missing children": [
        "misper {name}, {child_age}, last seen {place} wearing a black puffer, believed with an older male",
        "missing from care: {name} ({child_age}), known to go to {addr}, high risk of CSE",
        "{name} {child_age} missing again, phone is {phone}, mum is at {addr}",
        "MFH {name} {child_age}yo, thought to be staying with {nick} at a flat on {street}",
        "missing child {name} seen getting into a {car} {vrm} at {place}",
        "high risk misper {name} DOB {dob}, possible county lines exploitation, last ping {town}",
        "the missing girl is with her boyfriend {name} {age}, we think at {addr}",
        "{name} has gone missing from the children's home again, he's linked to the {town} line",
    ],
    "refuge and protected witness": [
        "the refuge on {street} has taken her and the kids, don't put the address on the log",
        "she's been moved to the refuge at {addr}",
        "protected witness is now living in {town}, new name on the tenancy",
        "the witness for {op} has been relocated to {addr}",
        "safe house for the witness is {addr}, key is with DS {surname}",
        "victim is staying at the refuge in {town}, the perpetrator doesn't know",
        "witness protection have moved {name} and his family to {town}",
        "don't tell anyone where she's gone, it's the shelter out by {town}",
        "the women's aid house she's in is on {street}, keep it off the system",
        "he's after her new address, she's in emergency housing at {addr}",
        "the relocated family's new school is the primary in {town}, don't share",
        "her location is secret, she's with a refuge worker in {town} tonight",
    ],
    "offender management": [
        "RSO {name} has moved to {addr} without telling us",
        "registered sex offender {name} is living at {addr}, near the primary school",
        "MAPPA level 2 meeting {day} about {name}, he's due out of prison on the {date}",
        "MARAC {day}: {name} high risk DA victim, perpetrator {name} at {addr}",
        "the RSO on {street} has been seen talking to kids at {place}",
        "{name} is a MAPPA nominal, released to {addr} on licence",
        "MARAC referral for {name}, {age}, he strangled her on {weekday}",
        "ViSOR record for {name} updated, new address {addr} {postcode}",
        "sex offender {name} breached his SHPO, has a second phone",
    ],
    "graded intelligence": [
        "intel graded {grade}: {name} supplying {drug} from {addr}",
        "intelligence suggests {nick} is planning a robbery at {place} {day}",
        "{grade} intel that the {car} {vrm} is being used to run {drug} to {town}",
        "new intel log: {name} is carrying {weapon} and has threatened to use it",
        "intel says the OCG is paying {nick} {money} a week to hold the {drug}",
        "intel report: {name} associates with {name} and both frequent {place}",
        "5x5x5 submitted on {name}, says he's got a lock-up at {addr}",
        "intelligence from the prison: {name} ordering a hit on a witness",
        "the intel on {nick} is that he's stashing {weapon} at his nan's on {street}",
        "word is {nick} is holding for the {town} crew at the flat above the takeaway",
        "we're hearing he's driving for them every {weekday} in a hire car",
        "a little bird says the cash is kept in the loft at {addr}",
        "SIR just in: {vrm} seen dropping off at {addr} daily at {time}",
    ],
    "vetting outcomes": [
        "{name}'s vetting has been refused because of her brother's links to the OCG",
        "vetting failed for the new PCSO {name}, undeclared debts",
        "MV clearance for DC {surname} has been withdrawn pending the investigation",
        "{name} didn't get through vetting, his partner has convictions for supply",
        "vetting came back adverse on the applicant from {town}, family associations",
        "the new starter's vetting flagged a caution for assault, HR are pulling the offer",
    ],
    "misconduct naming staff": [
        "PC {surname} is under investigation by PSD for the custody incident",
        "gross misconduct notice served on DC {surname} {day}",
        "{staff} {name} has been suspended pending a PSD investigation into the relationship with a victim",
        "PSD are looking at {staff} {surname} for accessing records of his ex",
        "the IOPC has taken the referral on {staff} {surname}, criminal investigation",
        "{staff} {surname} is on restricted duties while PSD investigate the allegation",
        "misconduct meeting for {staff} {surname} is set for {day}, the allegation is about falsified notes",
    ],
    "post-mortem": [
        "PM results: {n} stab wounds, the fatal one to the chest, keep it tight until the family are told",
        "the pathologist says blunt force trauma to the back of the head, not a fall",
        "post-mortem on the {town} victim shows strangulation, we're treating it as murder",
        "PM findings: ligature marks on the neck, time of death between {time} and {time}",
        "the post mortem found defence wounds on both hands",
        "toxicology back on the body at {addr}: fentanyl and alcohol",
        "Home Office PM {day} at {time}, the victim has a fractured skull",
    ],
    "subject personal details": [
        "the suspect, {name}, born {dob}, has an address at {addr} in {town}",
        "victim {name} ({age}) of {addr}, mobile {phone}",
        "witness is {name}, {age}, contact number {phone}",
        "nominal {name}, {dob}, drives a {car} {vrm}",
        "IP is {name}, date of birth {dob}, staying at her sister's on {street}",
        "can you do a PNC check on {name} DOB {dob}? possibly wanted",
        "the male arrested is {name}, {age}, of {addr} {postcode}",
        "offender {name} lives at {addr} with his partner and two kids",
        "{name} born {dob} is the registered keeper of {vrm}",
        "details for the complainant: {name}, {phone}, {addr}",
        "suspect's girlfriend {name} {age} is at {addr}, she might be harbouring him",
        "the victim's mum is {name}, her number is {phone}",
        "subject {name}, {age}, {car} {vrm}, believed at {addr}",
    ],
    "live investigation detail": [
        "{name} went no comment, but the phone download shows messages to the victim",
        "forensics have matched {name}'s DNA to the knife from {place}",
        "we're holding back the detail about the {weapon} from the press, only the killer would know",
        "the suspect's alibi doesn't stand up, CCTV puts him at {place} at {time}",
        "{name} is about to be charged with the {crime}, CPS say it's a go",
        "the victim disclosed in the ABE that her uncle {name} abused her",
        "{name} has admitted the {crime} off the record, we need it on tape",
        "kidnap: the family have been told to pay {money} by {time}, negotiator en route",
        "Osman warning served on {name} at {addr}, credible threat to life",
        "the line is being run from {addr}, cuckooed flat, vulnerable tenant",
    ],
}

OK: dict[str, list[str]] = {
    "training on covert topics": [
        "anyone booked on {course} next month?",
        "{course} is on the LMS now, deadline end of {month}",
        "reminder: {course} is mandatory for everyone on the team this year",
        "the trainer on {course} said it's the best input they've done",
        "I've got {course} {day} so I'll be off the rota",
        "is {course} worth doing if you're not in a covert role?",
        "great session on CHIS handling today, really useful refresher",
        "surveillance course was hard work but I passed",
        "who's running the RIPA awareness input for the new sergeants?",
        "the covert policing module has been updated, have a look when you get a chance",
    ],
    "process questions about covert work": [
        "how do I apply for a directed surveillance authorisation? who signs it off?",
        "who's the DSU contact if I think someone wants to become a source?",
        "what's the difference between directed and intrusive surveillance?",
        "if a member of the public keeps giving us info should they be a CHIS? who do I ask?",
        "the RIPA stats are due to the inspectorate by {day}",
        "does a test purchase need an authorisation? can't find the guidance",
        "where's the template for a comms data application?",
        "the ANPR system is down for maintenance {day}, ICT are on it",
        "how long does a CHIS authorisation last before renewal?",
        "we don't discuss source stuff on Teams, use the secure route",
        "can someone explain how cell site analysis works for the new DCs?",
        "do we still need superintendent sign off for a tracker or is it an inspector now?",
    ],
    "briefings with nothing specific": [
        "briefing at {time} in the parade room",
        "morning briefing moved to {time}, bring your pocket books",
        "{op} debrief {day} at {time}, cake provided",
        "well done everyone on {op} last night, great team effort",
        "briefing {day} is in the big conference room at {station}",
        "the op went well, thanks all, full debrief next week",
        "strike day went smoothly, thanks to everyone who came in early",
        "can everyone on {op} get their statements done by {day}?",
        "the warrant went fine, nobody hurt, paperwork is on the shared drive",
        "operational order for the weekend is on the system, please read it before your shift",
        "firearms team did a cracking job {day}, well done",
        "if you're on the early for {op} please be at {station} for {time}",
    ],
    "public appeals": [
        "Police are appealing for witnesses after a {crime} in {town} on {weekday} night",
        "please share our appeal: have you seen this {car} in {town}? call 101",
        "we're asking the public for dashcam footage from the A47 near {town} yesterday",
        "our appeal about the {crime} in {town} has been shared 2,000 times already",
        "press office have put the {town} appeal on Facebook, please share it",
        "the missing person appeal from yesterday can come down, she's been found safe and well",
        "anyone with information about the {crime} on {street} can call 101 or Crimestoppers",
        "media appeal for the {town} burglaries goes out at {time}",
    ],
    "court results already public": [
        "{name} was jailed for {sentence} at {court} yesterday, great result for the team",
        "guilty verdict at {court} today in the {town} {crime} case, well done all",
        "sentencing was today, he got {sentence}, it's in the EDP",
        "the {town} {crime} case finished at {court}, {sentence}",
        "press release about the sentencing at {court} is on the website",
        "{name} got {sentence} for the {crime}, the family were pleased",
    ],
    "everyday chat": [
        "anyone want {food}? I'm doing a run at {time}",
        "who's got the {kit}? can't find it anywhere",
        "has anyone got a spare {kit}? mine has packed in",
        "catching up on {sport} on my phone in the canteen",
        "did anyone see {sport} last night? what a game",
        "there's a card going round for {name}, sign it before {day}",
        "my calendar keeps showing me as busy when I'm not, any ideas?",
        "nightmare journey in, the A47 was solid",
        "rota for next month is up on the board",
        "is the canteen at {station} open on a {weekday}?",
        "can someone swap an early on the {date} with me? I've got a hospital appointment",
        "the printer on the second floor is jammed again",
        "happy birthday {name}! there's cake in the kitchen",
        "I'm on leave from {day}, {name} is covering my emails",
        "the pool car needs fuel before it goes out",
        "the vans are all out, I'm walking to the job",
        "the bookies on the corner has shut down, it's a vape shop now",
        "anyone want to go halves on a takeaway? the Chinese on {street} is good",
        "I'm on the corner by {place}, where are you parked?",
        "the new refuge funding announcement was on the news, good to see",
        "the women's aid charity walk is {day}, sponsor me",
        "doing a shift at the food bank at the weekend with the kids",
        "the surveillance cameras at the custody suite need cleaning",
        "going through the old files in the archive room {day}",
        "heading to {place} for lunch, back by {time}",
        "anyone fancy a run after shift on {day}?",
        "my laptop keeps freezing, have raised a ticket with the service desk",
        "parking at {station} is a nightmare today",
        "who's doing the Christmas do this year?",
        "congratulations to {name} on passing the sergeants' exam",
        "the heating is broken in the parade room again",
        "the coffee machine has been fixed, hallelujah",
        "what time does the {course} start {day}?",
        "running late, stuck behind a tractor near {town}",
        "thanks for covering yesterday, I owe you a brew",
        "cheers for the lift {name}",
        "does anyone know a good garage in {town}? my car's making a noise",
        "new starters' welcome lunch is {day} at {time}",
        "who left their {kit} in the van?",
        "my number's changed, it's {phone} now if you need me",
        "ring me on {phone} when you're out of the meeting",
        "my car is the {car} {vrm} if anyone needs to move it",
        "the office number is {phone} if the switchboard is down",
        "meeting moved to {time} in room 2",
    ],
    "ordinary police work without specifics": [
        "busy night, three domestics and a sudden death",
        "custody is full so we're going to {station}",
        "can someone pick up a prisoner transfer at {time}?",
        "there's a lot of shoplifting in {town} town centre lately",
        "we've got an RTC on the A11, road closed for a while",
        "the burglary figures are down this quarter, well done",
        "need two officers for a scene guard, overtime available",
        "files need to go to CPS by {day}",
        "anyone know if the body worn footage uploads are working?",
        "the PNC was slow all morning",
        "neighbourhood meeting at the village hall {day}, anyone want to come?",
        "school talk at the primary in {town} went really well",
        "I'm on the cordon until {time}, can someone bring me a coffee?",
        "the new custody software training is {day}",
        "we're short on the late turn, any volunteers?",
        "county lines awareness week starts {day}, posters in the foyer",
        "a reminder that knife amnesty bins are at every front counter",
        "saw on the news about that {crime} in London, awful",
        "Silver command meeting at {time} about the festival policing plan",
    ],
    "colleagues by name": [
        "congratulations to {name} on the new job",
        "{staff} {surname} is acting sergeant from {day}",
        "{name} is leaving us on {day}, drinks at the Fat Cat from {time}",
        "welcome to {name} who joins the team {day}",
        "{name}'s retirement do is at the social club on the {date}, tickets {money}",
        "can someone cover {name}'s shift {day}? she's poorly",
        "thanks {name} for sorting the rota",
        "{staff} {surname} has the keys to the store room",
        "baby news! {name} had a little girl last night, both doing well",
        "{name} is the new training coordinator, ask her about course places",
        "{staff} {surname} will chair the meeting at {time} in room 3",
        "I've put {name} down for the first aid refresher {day}",
        "does anyone have {name}'s extension? he's not answering Teams",
        "{name} ran the half marathon in under two hours, sponsor page is on the noticeboard",
    ],
    "times and places of ordinary work": [
        "training day at {station} {day} from {time}",
        "the team meeting is at {place} {day}, they do a good breakfast",
        "I'll meet you at {place} at {time} for the handover of the pool car",
        "the pool car {vrm} is booked for {day}, keys on the hook",
        "the van {vrm} has a flat tyre, don't take it out",
        "community engagement stall at {place} {day} {time} till 2",
        "the school visit in {town} is {day} at {time}, need one more volunteer",
        "the road closure on {street} is for the carnival {day}",
        "the neighbourhood surgery is at the library in {town} every {weekday} at {time}",
        "the station open day is {day} at {station}, bring the family",
        "I'm at {station} until {time} then back to {town}",
        "lunch at {place} {day}? about {time}",
        "there's a charity football match at {place} {day} at {time}",
        "the fleet garage wants the {car} in for a service {day}",
        "parking at {place} is free after {time} if you're going to the do",
    ],
    "public appeals with names": [
        "press release is out: have you seen {name}, {child_age}, missing from {town}? please call 101",
        "the family of {name} have asked us to share this appeal, he was last seen in {town}",
        "we've been given permission to name the victim of the crash on the A11 as {name}, {age}, from {town}",
        "{name} from {town} has been found safe, thanks for sharing the appeal",
        "the appeal for {name} is on the force Facebook page, please share it far and wide",
        "{name}, {age}, of {town}, has been charged and will appear at {court} {day}, press release is out",
    ],
    "casework said in general": [
        "can someone take a statement at the front counter? the lady has been waiting a while",
        "the custody sergeant wants the prisoner's property bagged properly",
        "did anyone do the crime report for the {crime} at the shop yesterday?",
        "intel submissions are down this month, please keep putting them in",
        "the duty solicitor is on the way for the interview",
        "CPS have asked for more on the {crime} file before they'll make a decision",
        "all the witnesses have been warned for the trial, it's listed for {month}",
        "we've got {n} jobs outstanding on the queue, can the lates pick some up?",
        "safeguarding referral done, social care are aware",
        "victim updates are overdue on {n} of my jobs, I'll do them {day}",
        "the offender management team are recruiting, closing date end of {month}",
        "the suspect in my job has been NFA'd, closing it today",
        "who's the SPOC for hate crime now?",
        "statement forms are running low in the report writing room",
    ],
    "roles named in passing": [
        "the {role} has been kept updated, all fine",
        "{role} care unit have asked for the paperwork",
        "I've sent the {role} letter out, template is on the drive",
        "the {role} was really grateful for the help yesterday",
        "can someone explain the {role} code to the new starters?",
        "the {role} didn't turn up to court so the case was adjourned",
        "remember to ask the {role} about special measures",
        "the {role} liaison officer is on leave until {day}",
        "we need to get better at updating the {role} on time",
        "{role} statement templates have changed, use the new ones",
        "the {role} has withdrawn support, case closed",
        "the {role} was abusive on the phone but calmed down",
    ],
    "it admin and facilities": [
        "the lift at {station} is out of order again",
        "the wifi in the canteen isn't working, IT have been told",
        "my Outlook keeps crashing when I open attachments",
        "the new laptops are being rolled out in {month}",
        "the shared drive is being moved to SharePoint next week",
        "Teams is running really slow this morning",
        "someone has parked across the gate at {station}",
        "the vending machine has eaten my money again",
        "the toilets on the first floor are out of use",
        "the building will be closed on the bank holiday",
        "there's a water leak in the locker room",
        "the new phone system goes live on {weekday}",
        "the photocopier needs toner, who orders it?",
        "your Airwave radio needs a software update, take it to stores",
        "payroll say the overtime for {month} will be in next month's pay",
        "the gym at {station} has new opening hours from {day}",
        "MFA is being switched on for everyone in {month}, set up the app",
    ],
    "conduct problems that are not sensitive content": [
        "share this with ten people in your contacts or the luck runs out",
        "I'm doing eyelash extensions from home now, mates rates",
        "honestly you're the laziest person on this shift",
        "tell me your login and I'll finish the form for you",
        "plug in that memory stick you found in the car park and see what's on it",
        "my cousin sells knock-off perfume, anyone interested?",
        "everyone should join the march against the government on Saturday",
        "I'll whack the rota on my Dropbox so I can see it at home",
        "found a website with free films, works on the work laptop",
        "she's only on the team because she's a woman",
    ],
    "talk about markings and handling": [
        "don't put anything sensitive on here, use secure email",
        "I'll email the details instead of putting them on Teams",
        "I'll send it via the secure route, not on here",
        "the details are on the system, check there rather than here",
        "I've put the victim's details on Athena, not posting them here",
        "please don't share names or addresses in this chat",
        "can we take this offline? it's a bit sensitive for Teams",
        "ring me and I'll tell you, not putting it in writing here",
    ],
    "vetting and HR in general": [
        "how long does vetting take for a transferee?",
        "my vetting renewal form is due, where do I send it?",
        "PSD are running a workshop on professional boundaries {day}",
        "the misconduct regulations have changed, there's an update on the intranet",
        "HR want everyone's annual leave booked by the end of {month}",
        "wellbeing session {day} at {time}, all welcome",
    ],
}


def generate(per_template: int, seed: int) -> list[tuple[str, str, str, str]]:
    r = random.Random(seed)
    rows, seen = [], set()
    for label, themes in (("sensitive", SENSITIVE), ("ok", OK)):
        for theme, templates in themes.items():
            for index, template in enumerate(templates):
                split = "dev" if index % DEV_EVERY == DEV_EVERY - 1 else "train"
                count = per_template if "{" in template else max(1, per_template // 3)
                for _ in range(count * 3):
                    text = fill(template, r)
                    if text not in seen:
                        seen.add(text)
                        rows.append((label, theme, split, text))
                        count -= 1
                    if count <= 0:
                        break
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-template", type=int, default=14)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rows = generate(args.per_template, args.seed)
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write("# label\ttheme\tsplit\ttext — written by scripts/make_screening_corpus.py; do not edit by hand\n")
        for row in rows:
            handle.write("\t".join(field.replace("\t", " ").replace("\n", " ") for field in row) + "\n")
    by_label = {label: sum(1 for row in rows if row[0] == label) for label in ("sensitive", "ok")}
    print(f"wrote {len(rows)} messages to {OUT.relative_to(ROOT)}: {by_label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
