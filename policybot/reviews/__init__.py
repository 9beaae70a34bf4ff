"""Policy review reminders (plain Python).

- :mod:`reviews.facts`: each policy's effective review facts (document metadata plus
  the dates owners set since);
- :mod:`reviews.schedule`: milestones and status (ok / due soon / overdue);
- :mod:`reviews.subscriptions` and :mod:`reviews.people`: who is reminded, who may change;
- :mod:`reviews.scheduler`: enqueues each due reminder exactly once into the outbox;
- :mod:`reviews.cli`: ``policybot policies`` and ``policybot reminders run-once``.
"""
