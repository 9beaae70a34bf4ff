"""Who is responsible for a policy, and who may change its review facts.

Documents name owners and holders by role ("Director of ICT"); an administrator maps
those roles to Teams user ids in configuration (``POLICYBOT_REVIEW_OWNERS``). Those
people are reminded without subscribing, and they — with the administrators — may
mark the policy reviewed or move its date. Anyone may ask for the status.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from policybot.reviews.facts import ReviewFacts


def _role(name: str) -> str:
    return " ".join(name.casefold().split())


class Responsibilities:
    def __init__(self, owners: Mapping[str, Iterable[str]], admins: Iterable[str]):
        self._ids = {_role(role): tuple(ids) for role, ids in owners.items()}
        self._admins = frozenset(admins)

    def responsible_ids(self, facts: ReviewFacts) -> tuple[str, ...]:
        """The configured Teams user ids of the policy's owner and holder, without repeats."""
        ids: list[str] = []
        for role in (facts.owner, facts.holder):
            ids.extend(i for i in self._ids.get(_role(role), ()) if i not in ids)
        return tuple(ids)

    def may_change(self, facts: ReviewFacts, identities: Iterable[str]) -> bool:
        """``identities``: every id the person is known by (Azure AD object id, Teams id)."""
        allowed = self._admins | set(self.responsible_ids(facts))
        return any(identity in allowed for identity in identities if identity)
