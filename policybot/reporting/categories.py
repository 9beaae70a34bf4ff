"""What a report can be about: the unacceptable uses listed in section 5 of the
policy, lettered 5(a)–5(i) as the knowledge base letters them, plus "something else".

Names are the ones the screening engine uses, so a nudge and a report about the same
message speak the same language.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Category:
    name: str
    ref: str
    label: str


CATEGORIES: tuple[Category, ...] = (
    Category("personal-business", "5(a)", "Personal business or chain letters"),
    Category("external-forwarding", "5(b)", "Confidential force messages forwarded outside"),
    Category("indecent", "5(c)", "Indecent, pornographic, obscene or illegal material"),
    Category("offensive", "5(d)", "Discriminatory, offensive or abusive (personal attack, sexist, racist)"),
    Category("unauthorised-access", "5(e)", "Breaking into systems or using someone else's password"),
    Category("personal-views", "5(f)", "Unsolicited personal views (political, religious, social)"),
    Category("commercial", "5(g)", "Unsolicited commercial or advertising material"),
    Category("wasting-resources", "5(h)", "Deliberately wasting staff effort or network resources"),
    Category("malware", "5(i)", "A computer virus or malware"),
    Category("something-else", "", "Something else"),
)

INDECENT = "indecent"
SOMETHING_ELSE = "something-else"

_BY_NAME = {category.name: category for category in CATEGORIES}


def category(name: str) -> Category:
    """The category called ``name``; KeyError if there is none."""
    return _BY_NAME[name]


def is_category(name: str) -> bool:
    return name in _BY_NAME


def describe(name: str) -> str:
    """``"Indecent, pornographic, obscene or illegal material (5(c))"``."""
    found = _BY_NAME[name]
    return f"{found.label} ({found.ref})" if found.ref else found.label
