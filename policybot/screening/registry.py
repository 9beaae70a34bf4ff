"""Every category screening speaks of, written once: its name, the policy clauses it
rests on, a label for people, the reason a finding gives, and what to do instead.

The nudge and the "can I send this?" card (``bot/screening.py``), the findings'
references (:mod:`screening.findings`), the conduct classifier's reasons and the PSD
report categories (:mod:`policybot.reporting.categories`) are all read from here, so a
nudge and a report about the same message speak the same language.

Section 5 of the policy lists nine unacceptable uses; the knowledge base letters them
5(a)-5(i) in the policy's order. 5(h), deliberately wasting effort or network
resources, is not something a message's text can show: it is a report category but
not a screening one (``screened=False``).
"""

from __future__ import annotations

from dataclasses import dataclass

PROTECTIVE_MARKING = "protective-marking"
SENSITIVE_CONTENT = "sensitive-content"
# The policy's clause on what IM may carry (4.3) and on sensitive information (4.4).
MARKING_CLAUSE = "4.3"
SENSITIVE_CLAUSE = "4.4"


def section_5(letter: str) -> str:
    """The reference of section 5's bullet ``letter``: ``section_5("c") == "5(c)"``."""
    return f"5({letter})"


@dataclass(frozen=True)
class Category:
    name: str
    refs: tuple[str, ...]
    label: str  # as a heading on a card or in a list of report categories
    reason: str  # why a finding of this category was made, said of the message
    advice: str  # what to do instead
    report_label: str = ""  # how the PSD report form names it, when it is a section-5 use
    screened: bool = True

    @property
    def ref(self) -> str:
        """The one reference of a section-5 category (``"5(c)"``)."""
        return self.refs[0]


_REPORT_IT = "Don't send it. If you received something like this, report it to Professional Standards (4.2)."

REGISTRY: tuple[Category, ...] = (
    Category(
        PROTECTIVE_MARKING,
        (MARKING_CLAUSE,),
        "Protective marking",
        "Looks protectively marked: IM has no protective marking facility, so it can't carry this",
        "Don't send it on IM. Send it by the force's accredited secure email route, or talk it through in person.",
    ),
    Category(
        SENSITIVE_CONTENT,
        (MARKING_CLAUSE, SENSITIVE_CLAUSE),
        "Sensitive content",
        "Looks like sensitive police information that would need a protective marking",
        "Remove the details (names, identifiers, sources, tactics, times and places) or send it by the "
        "force's accredited secure email route.",
    ),
    Category(
        "personal-business",
        (section_5("a"),),
        "Personal business or chain letter",
        "Reads like running a personal business or passing on a chain letter",
        "Keep personal business and chain letters off force systems.",
        "Personal business or chain letters",
    ),
    Category(
        "external-forwarding",
        (section_5("b"),),
        "Sending force material outside",
        "Reads like sending force material outside the force",
        "Keep force material on force systems; partner agencies get it through the accredited secure email route.",
        "Confidential force messages forwarded outside",
    ),
    Category(
        "indecent",
        (section_5("c"),),
        "Indecent material",
        "Reads like sharing indecent, pornographic or obscene material",
        _REPORT_IT,
        "Indecent, pornographic, obscene or illegal material",
    ),
    Category(
        "offensive",
        (section_5("d"),),
        "Offensive or abusive content",
        "Reads as offensive, abusive or discriminatory",
        _REPORT_IT,
        "Discriminatory, offensive or abusive (personal attack, sexist, racist)",
    ),
    Category(
        "unauthorised-access",
        (section_5("e"),),
        "Someone else's password or login, or hacking",
        "Reads like sharing or using someone else's password or login, or getting into a system",
        "Never share or use someone else's password or login. If yours has been seen, change it and tell the "
        "ICT Service Desk.",
        "Breaking into systems or using someone else's password",
    ),
    Category(
        "personal-views",
        (section_5("f"),),
        "Unsolicited personal views",
        "Reads like broadcasting unsolicited political, religious or social views",
        "Keep personal political, religious and social views out of work chats.",
        "Unsolicited personal views (political, religious, social)",
    ),
    Category(
        "commercial",
        (section_5("g"),),
        "Advertising or commercial offers",
        "Reads like advertising, an unsolicited offer or a get-rich scheme",
        "Don't advertise or sell on force systems.",
        "Unsolicited commercial or advertising material",
    ),
    Category(
        "wasting-resources",
        (section_5("h"),),
        "Wasting effort or network resources",
        "",
        "",
        "Deliberately wasting staff effort or network resources",
        screened=False,
    ),
    Category(
        "malware",
        (section_5("i"),),
        "Malware, unknown software or USB media",
        "Reads like running unknown software, disabling protection or using unknown media",
        "Don't run it or plug it in; ask the ICT Service Desk.",
        "A computer virus or malware",
    ),
)

BY_NAME: dict[str, Category] = {category.name: category for category in REGISTRY}
SCREENED: tuple[Category, ...] = tuple(category for category in REGISTRY if category.screened)
SECTION_5: tuple[Category, ...] = tuple(category for category in REGISTRY if category.report_label)


def refs_of(name: str) -> tuple[str, ...]:
    return BY_NAME[name].refs
