"""Reporting inappropriate messages to Professional Standards (policy 4.2 and 5.1).

Plain Python, no botbuilder: the case store with its references and exactly-once
submission (:mod:`psd.store`), the PSD team's desk with its role check and audit
trail (:mod:`psd.desk`), report drafts that expire (:mod:`psd.drafts`), the UK date
parser the reporting dialog uses (:mod:`psd.dates`) and the operators' CLI
(:mod:`psd.cli`). The bot renders and delivers; everything it must never forget or
reveal is decided here.
"""
