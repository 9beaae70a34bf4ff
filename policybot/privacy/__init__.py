"""What policybot holds about people, for how long, and who looked.

* :mod:`~policybot.privacy.audit` — the one append-only audit trail;
* :mod:`~policybot.privacy.footprint` — every place a person appears, the one map
  that subject access, erasure and retention all read;
* :mod:`~policybot.privacy.access` — subject access requests (JSON and Markdown);
* :mod:`~policybot.privacy.retention` — how long each kind of record is kept, and the purge;
* :mod:`~policybot.privacy.erasure` — erasure, with what is kept and why (legal holds, open cases);
* :mod:`~policybot.privacy.holds` — legal holds on a person or a case;
* :mod:`~policybot.privacy.cli` — ``policybot subject-access | erase | retention | hold | audit``.
"""
