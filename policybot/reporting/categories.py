"""What a report can be about: the unacceptable uses listed in section 5 of the
policy, lettered 5(a)–5(i) as the knowledge base letters them, plus "something else".

They are read from screening's registry of categories
(:mod:`policybot.screening.registry`), so a nudge and a report about the same message
speak the same language and each reference is written once.
"""

from __future__ import annotations

from dataclasses import dataclass

from policybot.screening.registry import SECTION_5


@dataclass(frozen=True)
class Category:
    name: str
    ref: str
    label: str


INDECENT = "indecent"
SOMETHING_ELSE = "something-else"

CATEGORIES: tuple[Category, ...] = tuple(Category(c.name, c.ref, c.report_label) for c in SECTION_5) + (
    Category(SOMETHING_ELSE, "", "Something else"),
)

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
