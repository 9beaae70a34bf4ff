"""policybot.pass_gate: at most so many passes at once, from any threads; callers who
wait for one and read alike share it."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from policybot.pass_gate import PassGate


class Model:
    """Counts passes and how many run at once; each result names its text."""

    def __init__(self, seconds: float = 0.0, error: Exception | None = None):
        self.seconds, self.error = seconds, error
        self.calls: list[list[str]] = []
        self.running = self.most = 0
        self._lock = threading.Lock()

    def __call__(self, texts: list[str]) -> list[str]:
        with self._lock:
            self.calls.append(list(texts))
            self.running += 1
            self.most = max(self.most, self.running)
        time.sleep(self.seconds)
        with self._lock:
            self.running -= 1
        if self.error is not None:
            raise self.error
        return [f"read {text}" for text in texts]


def test_a_caller_who_finds_a_slot_free_computes_at_once_and_alone():
    gate, model = PassGate(slots=2), Model()
    assert gate.run("question", ["a", "b"], model) == ["read a", "read b"]
    assert model.calls == [["a", "b"]]


def test_no_more_passes_run_at_once_than_there_are_slots_and_every_caller_gets_its_own_rows():
    gate, model = PassGate(slots=2), Model(seconds=0.02)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda n: gate.run("draft", [f"t{n}", f"u{n}"], model), range(24)))
    assert model.most == 2
    assert answers == [[f"read t{n}", f"read u{n}"] for n in range(24)]
    assert len(model.calls) < 24  # callers who waited went together


def test_callers_who_wait_share_a_pass_only_with_their_own_kind():
    gate, model = PassGate(slots=1), Model(seconds=0.05)
    with ThreadPoolExecutor(5) as pool:
        first = pool.submit(gate.run, "question", ["q0"], model)
        time.sleep(0.01)  # the first pass is under way; these four wait for it
        waiting = [
            pool.submit(gate.run, kind, [text], model)
            for kind, text in [("question", "q1"), ("draft", "d1"), ("question", "q2"), ("draft", "d2")]
        ]
        results = [first.result()] + [future.result() for future in waiting]
    assert results == [["read q0"], ["read q1"], ["read d1"], ["read q2"], ["read d2"]]
    assert model.calls == [["q0"], ["q1", "q2"], ["d1", "d2"]]


def test_a_pass_takes_at_most_max_texts():
    gate, model = PassGate(slots=1, max_texts=3), Model(seconds=0.05)
    with ThreadPoolExecutor(5) as pool:
        first = pool.submit(gate.run, "k", ["x"], model)
        time.sleep(0.01)
        waiting = [pool.submit(gate.run, "k", [f"{n}a", f"{n}b"], model) for n in range(3)]
        first.result(), [future.result() for future in waiting]
    assert all(len(call) <= 3 for call in model.calls) and len(model.calls) == 4


def test_a_failed_pass_fails_every_caller_in_it_and_the_next_pass_works():
    gate, model = PassGate(slots=1), Model(seconds=0.05, error=RuntimeError("model failed"))
    with ThreadPoolExecutor(3) as pool:
        first = pool.submit(gate.run, "k", ["x"], model)
        time.sleep(0.01)
        waiting = [pool.submit(gate.run, "k", [text], model) for text in ("y", "z")]
        for future in [first, *waiting]:
            with pytest.raises(RuntimeError, match="model failed"):
                future.result()
    model.error = None
    assert gate.run("k", ["w"], model) == ["read w"]
    assert gate.slots == 1
