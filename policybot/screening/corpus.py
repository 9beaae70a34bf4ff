"""Messages written to teach the screening models, by people who never saw the code.

Phrase lists and examples written beside the evaluation data learn the evaluation
data's wordings: on sets written by others they found half of what they found at home.
``data/written_corpus.jsonl`` is the other way to learn: messages written by seventy-nine
writers who saw only the policy and the category definitions (never the code, its
data or any evaluation set), each over a dozen or more scenario themes of their own
devising, about half of them hard negatives on the same topics as the positives. One
JSON object per line::

    {"text": "...", "categories": ["sensitive-content"], "theme": "CHIS meet", "writer": "b", "round": 1}

Round 1 (writers a-d) covers every category; round 2 (writers e-h) was written for the
section-5 conduct categories alone, showing conduct by what is done rather than by its
keywords; round 3 (writers i-j) for sensitive content and markings across every desk of
a force, a third of it everyday chat; round 4 (writers k-l) for the edges: sensitive
material named while it is sent outside ("the custody record to my gmail"), every
section-5 category against hard negatives on its topic, markings borrowed for a joke
and taken back, and routine chat full of times, places and call signs beside the same
desks' sensitive deployments; round 5 (writers m-n) for the section-5 categories
again, each on the line between a message that does the thing (sells, attacks, uses
a colleague's login, plugs the stick in) and one that only mentions it (a warning, a
report to a supervisor, a victim's report, a quoted spam); round 6 (writers o-p) for
sensitive content with no identifier at all (a deployment, a source's word, a
protected person's whereabouts, a live operation's phase, said in slang), each theme
paired with hard negatives that say nothing specific; round 7 (writers q-t, 2,254
messages) for four edges at once, half hard negatives each: sensitive content with no
identifier outside everyday station work (events, ports, CT liaison, child protection,
misconduct, covert kit), policing subjects' personal data written every way staff
write it beside colleagues' names and numbers, sending and looking up and installing
(external forwarding, unauthorised access, malware), and selling, abuse and
campaigning (personal business, commercial, offensive, personal views). The conduct
classifier (:mod:`screening.conduct_model`) reads rounds 1-5, 7, 9, 12, 20, 22 and 24-26 (and 19,
for one output), each message under every section-5 category it shows or as ``ok`` when it
shows none; the operational
model (:mod:`screening.operational_model`) reads rounds 1, 3-11, 14 and 16, each message as
``sensitive`` when it shows sensitive content and ``ok`` otherwise (with round 2's
conduct messages as ``ok`` it lost nudge recall on the dev sets: 0.948 -> 0.909 on
screening_blind7, 0.967 -> 0.934 on screening_blind8); round 4 took pooled nudge
P/R on screening_blind3-13 from 0.968/0.943 to 0.960/0.949 at its threshold of 0.7, and
round 5 on screening_blind3-15 from 0.964/0.954 to 0.968/0.954, and round 6 on
screening_blind3-17 from 0.971/0.941 to 0.966/0.951; round 7 on every dev set pooled
(passive path) from 0.969/0.944 to 0.970/0.947, and the conduct classifier's F1 on
screening_dev2, dev3 and blind3-21 pooled rose in seven categories of eight, none fell by
more than 0.001). Round 8 (writers u, v, y, z, A and B, 3,667 messages, half hard negatives)
is sensitive content again, each writer over thirty or more themes of one area: covert
and operational work said in everyday words, policing subjects' circumstances, the
front line's everyday traffic beside routine logistics full of times and call signs,
the investigation and intelligence office, specialist and event policing, and staff
as subjects (misconduct, vetting, threats to officers); round 9 (writers w-x, 1,008
messages) is the section-5 categories, conduct shown by what is done, each theme with
hard negatives that only mention it. Before either was read, the engine found 0.83 of
round 8's sensitive messages at 2.8% false alarms on its negatives (trained on rounds
1 and 3-7 only), and round 9 showed conduct F1 between 0.51 (personal business) and
0.80 (personal views): text by new writers is where the models fall short. Read, they
took pooled dev nudge P/R (passive path) from 0.976/0.956 to 0.973/0.959 and conduct
F1 up in seven categories of eight (personal business 0.854 -> 0.879, forwarding 0.883
-> 0.899, indecent 0.862 -> 0.877, unauthorised access 0.871 -> 0.882); with round 7
held out, the operational model trained on rounds 1 and 3-6 finds 0.796 of its
sensitive messages at 2.2% false alarms, and with rounds 8 and 9 beside them 0.829 at
2.1%: more writers is what makes it read new writers better. Round 10 (writers I-L,
2,006 messages, sensitive content only) is written in contrastive pairs: each
sensitive message beside a routine one from the same desk in the same voice that
shares its times, places, vehicles and numbers, the difference carried in many ways
(another purpose for the same car park at 0600, a colleague's number against a
target's, a process question against a named case). Before it was read the engine
found 0.84 of its sensitive messages at 6.9% false alarms on the routine halves. Round
11 (writers M-P, 2,000 messages, sensitive content only, in the same pairs) is the facts
of a live case about a person identified in any way (a surname alone, a first name, "the
Diss stalking victim"): forensic, post-mortem and toxicology results, what a download
showed, records and bail conditions, finances, movements on ANPR or telematics, health,
social care, a protected person's new address, what was said in interview, across
major crime, safeguarding, volume crime and custody. Before it was read the engine
found 0.69-0.82 of each writer's sensitive messages at 1.2-5.2% false alarms on the
routine halves. Round 12 (writers Q-T, 1,920 messages, the section-5 categories only) is
conduct in the same pairs: each message that shows a category (a side line slipped into
work chat, a colleague's login used "just for now", abuse dressed as banter, a sermon,
a tool installed to get round a block) beside a routine one of the same desk on the same
topic that shows none (a warning, a report to a supervisor, a victim's report taken as
work, a quoted spam, an approved scheme), over response and custody, the control room
and headquarters support, CID and the training school, and roads, rural and volunteer
policing. Before it was read the conduct classifier alone read each writer's messages
at micro F1 0.68-0.73; the operational model does not read it. Round 13 (writers C-F,
1,920 messages) is the same again in the voices of criminal justice, the staff networks,
public order and operational training, and the corporate centre; round 15 (writers U-V,
958 messages, offensive and personal views only) is abuse of each protected group and
sermons beside plain work talk naming the same group or topic. No model reads rounds 13
and 15 yet (see ``conduct_model.WRITTEN_ROUNDS`` for why). Round 14 (writers G-H,
959 messages, sensitive content only) is round 10's pairs over the economic-crime,
organised-crime and intelligence desks and the front line with its health, social-care
and coroner's partners, many sensitive halves a few words that name nobody ("trackers
on, keep off the radio"); before it was read the engine found 0.58 of the economic and
organised crime writer's sensitive messages and 0.81 of the front line's. Round 16
(writers W-X, 960 messages, for the operational model) is routine chat full of times,
places, call signs and vehicles: each sensitive message beside two routine ones of the
same desk that share its surface (a stage's curfew, a police dog's vet appointment, a
relief crew for the boat), over operational support and events, and a market-town
station and its investigation office; before it was read the engine raised false alarms
on 3.7-4.4% of each writer's routine messages. Round 17 (writers AA-AB, 480 messages, no
category) is ordinary work talk naming people by nationality, ethnicity, religion, sex,
sexual orientation, gender identity, disability, age or pregnancy (interpreters, faith
visits, Pride, seasonal workers, reasonable adjustments, risk assessments for pregnant
officers), written to weigh against the abuse of groups in rounds 1, 12, 13 and 15. No
model reads it yet (see ``conduct_model.WRITTEN_ROUNDS``). Round 18 (writers AC-AD, 480
messages, sensitive content only) is round 10's pairs again over the people side (health
and welfare disclosures, grievances, misconduct and vetting of colleagues) and the
security of places, systems and planned operations (door and armoury codes, where keys
and exhibits are kept, warrants and escorts); no model reads it yet (see
``operational_model.WRITTEN_ROUNDS``). Round 19 (writers AE-AF, 919 messages, indecent only)
is the rest of 5(c) beside its hard negatives: illegal material said in everyday words
(pirated films, sport streams and software, counterfeit clothes and watches, tobacco,
fuel and drink with no duty paid, stolen goods, drugs and prescription medicines
offered) and rude pictures, jokes and cards passed round, each theme beside the same
desk's casework, seizures, warnings and legitimate purchases on the same topic. Its
illegal messages (not the sexual ones) carry ``"illegal": true``. The conduct
classifier's illegal-material output alone reads it: those messages as what it finds,
the rest (sexual material, casework, warnings, lawful purchases) as what it does not
(see ``conduct_model.ILLEGAL_MATERIAL_ROUNDS``). Round 20 (writers AG-AH, 957 messages,
the section-5 categories only) is round 12's pairs again in new voices, police staff
(the contact centre, HR and payroll, finance, the service desk, analysts, comms,
estates) and officers between jobs, the conduct mostly shown without its keyword:
done in passing, asked for, offered, half-hidden in a longer message. Every conduct
output reads it; its illegal messages, tagged like round 19's, are read as illegal
material and not by the indecent output (see ``conduct_model._rows_read_by``). Three
of its lines were dropped before it was read: the leakage guard found each close to an
evaluation message another writer had written. Round 21 (writers AI-AJ, 960 messages)
is the same categories a third positive to two negatives, the negatives everyday chat
that shares the conduct's surface (money that is no business, harmless links and
files, IT niggles handled properly, banter that demeans nobody, groups named in plain
talk, a second job declared); no model reads it yet (see
``conduct_model.WRITTEN_ROUNDS``). Rounds 22 and 23 (writers AK-AL, 960 messages, one
brief) are pairs again, six themes a category, in the voices of custody, neighbourhood,
front-counter, fleet, facilities and stores staff and of detectives, roads and firearms
officers, trainers, the control room and headquarters staff: round 22 (720) is personal
business on work kit and in work time, commercial offers and selling schemes, and
indecent material sexual and illegal (its illegal messages tagged); round 23 (240) is
their offensive half, demeaning remarks mostly without slurs beside plain talk naming
the same groups. The conduct classifier reads round 22, not round 23 (see
``conduct_model.WRITTEN_ROUNDS``). Round 24 (writers AM-AN, 960 messages) is pairs of
unauthorised access, external forwarding, malware and personal views, each beside a
near negative from the same theme (records looked up for a purpose, material sent by
the approved route, software installed by ICT, politics talked about without
broadcasting a view); the conduct classifier reads it (see
``conduct_model.WRITTEN_ROUNDS``). Round 25 (writers AO-AR, 959 messages, the
section-5 categories only) is pairs once more, in
four corners of the forces (response and custody on nights, headquarters staff, CID
with analysts and the control room, neighbourhood, volunteer, roads and rural
officers), weighted to the categories new sets found hardest (offensive 24 a writer,
personal business 20, commercial, access and forwarding 16 each); its illegal messages
are tagged, the sexual ones read by hand. The conduct classifier reads it (see
``conduct_model.WRITTEN_ROUNDS``). Round 26 (writers AS-AV, 799 messages) is pairs of
the same act done with two things: force material, someone else's login, unknown
media or software, then the writer's own or personal things, what is already public,
the force's approved kit or what is done with authority (one's own payslip sent to a
personal email, a phone charger in a car's USB, a delegate the service desk set up).
Sending outside the force is 45 pairs a writer, access 25, plugging in and running
things 20, other section-5 acts 10, in Norwich response, headquarters support, Suffolk
CID and safeguarding, and West Norfolk custody and volunteers; the leakage guard dropped
one line near an evaluation message. Its indecent lines are all illegal material (read
by hand) and tagged so. The conduct classifier reads it (see
``conduct_model.WRITTEN_ROUNDS``).
Round 27 (writers AW-AZ, 960 messages, sensitive content only) is pairs on one matter:
first a detail that should not be on an open chat, then the same matter told with
nothing specific (the tactic talked of in general, a rota with no target, what is
already public, a colleague's own news told by them). Its sensitive halves are covert
tactics said in shift words (30 a writer), informal sources (20), planned arrests and
operations (15), colleagues' health, family, vetting and misconduct (25) and victims',
suspects' and live cases' details (30), in Great Yarmouth response and CID, a Suffolk
serious and organised crime unit, a west Norfolk neighbourhood team and a mixed Suffolk
station's managers and support staff. No model reads it (see
``operational_model.WRITTEN_ROUNDS``).
Round 28 (writers BA-BC, 600 messages, section 5 (a) and (g)) is pairs on one thing: a
trade of the writer's own run on force phones, email, printers, vans, premises or time
beside the same trade in the writer's own time (50 pairs a writer); a chain message
passed on beside one warned of or a real force cascade (15); the writer's own trade
beside force business that sounds like one, a force invoice, a room booked, a member
of the public called a customer (20); and selling to colleagues beside a thing given
away or a charity collection (15), in Norwich response and the control room, Suffolk
headquarters support staff, and rural neighbourhood teams. Its writers labelled 54
messages both personal business and commercial and 39 commercial alone. No model reads
it (see ``conduct_model.WRITTEN_ROUNDS``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from policybot.screening.findings import CATEGORY_REFS

WRITTEN = Path(__file__).parent / "data" / "written_corpus.jsonl"


class WrittenCorpusError(ValueError):
    """The corpus file is malformed; the message names the line."""


@dataclass(frozen=True)
class WrittenMessage:
    text: str
    categories: tuple[str, ...]
    theme: str
    writer: str
    round: int
    # Indecent as 5(c)'s "illegal" (pirated, counterfeit, untaxed, stolen, drugs), not as sexual.
    illegal: bool = False


def read_written(text: str, where: str = WRITTEN.name) -> list[WrittenMessage]:
    """The messages of a corpus file's ``text``; a malformed line is named."""
    messages = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            categories = record["categories"]
            if not isinstance(record["text"], str) or not record["text"].strip():
                raise ValueError('"text" must be a non-empty string')
            if not isinstance(categories, list) or any(c not in CATEGORY_REFS for c in categories):
                raise ValueError(f'"categories" must be a list of {", ".join(CATEGORY_REFS)}')
            illegal = record.get("illegal", False)
            if not isinstance(illegal, bool) or (illegal and "indecent" not in categories):
                raise ValueError('"illegal" must be true or false, and true only for an indecent message')
            messages.append(
                WrittenMessage(
                    record["text"],
                    tuple(categories),
                    str(record["theme"]),
                    str(record["writer"]),
                    int(record["round"]),
                    illegal,
                )
            )
        except (ValueError, KeyError, TypeError) as error:
            raise WrittenCorpusError(f"{where}:{number}: {error}") from None
    return messages


def written_messages() -> tuple[WrittenMessage, ...]:
    """The shipped corpus, read afresh on each call (0.14 s). Only training and the
    check that shipped weights were trained on it read it, at start; held for the life
    of the service, its messages kept about 12 MB of RSS."""
    return tuple(read_written(WRITTEN.read_text(encoding="utf-8")))


def labelled_for(categories: tuple[str, ...], messages, negative: str) -> list[tuple[str, str]]:
    """(label, text) pairs for a model that knows ``categories``: a message once under
    each of those it shows, or once as ``negative`` when it shows none of them."""
    pairs = []
    for message in messages:
        shown = [category for category in message.categories if category in categories]
        pairs += [(label, message.text) for label in shown or [negative]]
    return pairs
