"""policybot's SQLite file: the connection, its transactions, and the tables every feature shares
(the key-value store behind bot state, and the outbox of proactive messages)."""
