"""Writes scripts/bench_questions.txt: distinct policy questions for scripts/bench_turns.py.

The questions are built from the Instant Messaging Policy's headings and the topics its
clauses cover (written here by hand, not taken from any evaluation set), crossed with
ways of asking, who asks and where, then shuffled with a fixed seed. Every line is
different, so a benchmark that sends each once can never be helped by caching answers.

    .venv/bin/python scripts/make_bench_questions.py [--count 6000]
"""

from __future__ import annotations

import argparse
import itertools
import random
from pathlib import Path

OUT = Path(__file__).with_name("bench_questions.txt")

# Headings of the policy and the topics under them, in plain words.
TOPICS = {
    "Introduction": ["using Skype for Business for work", "video conferencing with colleagues", "voice calls over IM"],
    "Background": ["using chat instead of email", "sharing corporate information over chat", "replacing email with IM"],
    "Monitoring": [
        "personal chats on the work system",
        "whether my messages are logged",
        "searching old chat logs",
        "my presence status",
        "being measured by my green dot",
        "who audits the IM systems",
    ],
    "User responsibility": [
        "chat messages being disclosed at court",
        "a Freedom of Information request for my chats",
        "a data protection request covering messages",
        "messages used in misconduct proceedings",
        "reporting an inappropriate message I received",
        "sending protectively marked content",
        "talking about an investigation where others can hear",
        "showing as offline when I am at my desk",
        "setting my status to busy all day",
        "contacting partner agencies by IM",
        "messaging officers in another force",
    ],
    "Unacceptable use": [
        "running a side business over chat",
        "passing on a chain letter",
        "forwarding force messages to my home address",
        "sharing rude pictures in a group chat",
        "posting jokes that could offend someone",
        "logging in as a colleague",
        "lending my password to a temp",
        "sharing my opinions on an election",
        "advertising my car for sale",
        "spamming the whole team",
        "plugging in a memory stick I was given",
        "installing software I downloaded",
    ],
    "Breach of policy": [
        "what happens if I break the rules",
        "disciplinary action for misuse",
        "who enforces the rules",
    ],
}
FRAMES = [
    "as {role}, can I {topic} {place}?",
    "am I allowed {topic} {place} if I'm {role}?",
    "what does the policy say to {role} about {topic} {place}?",
    "is {topic} {place} ok for {role}?",
    "does the IM policy cover {topic} {place} for {role}?",
    "quick question from {role} about {topic} {place}",
    "what are the rules for {role} on {topic} {place}?",
    "would {topic} {place} get {role} in trouble?",
    "as {role}, what should I know about {topic} {place}?",
    "is there guidance for {role} on {topic} {place}?",
]
ROLES = [
    "a PCSO",
    "a special constable",
    "police staff",
    "a volunteer",
    "a detective",
    "a call handler",
    "a sergeant",
    "a contractor",
]
PLACES = [
    "at home",
    "on my phone",
    "in a team channel",
    "in a group chat",
    "on a train",
    "during a meeting",
    "at court",
]


def questions(count: int, seed: int = 14) -> list[str]:
    topics = [topic for group in TOPICS.values() for topic in group]
    made = {
        frame.format(topic=topic, role=role, place=place)
        for frame, topic, role, place in itertools.product(FRAMES, topics, ROLES, PLACES)
    }
    ordered = sorted(made)
    random.Random(seed).shuffle(ordered)
    if len(ordered) < count:
        raise SystemExit(f"only {len(ordered)} distinct questions can be made")
    return ordered[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=6000)
    args = parser.parse_args()
    OUT.write_text("\n".join(questions(args.count)) + "\n", encoding="utf-8")
    print(f"wrote {args.count} questions to {OUT}")


if __name__ == "__main__":
    main()
