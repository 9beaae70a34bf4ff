# The two commands of the README: `make run` and `make test`. Both set up .venv first.
VENV := .venv
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha1sum | cut -c1-12)

.PHONY: run test test-fast test-browser lint setup bench eval

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(VENV)/bin/python || python3 -m venv $(VENV)
	# torch first, pinned to the CPU build: a loose torch lets pip pull a multi-GB CUDA build.
	$(VENV)/bin/pip install --quiet torch==2.13.0
	$(VENV)/bin/pip install --quiet -e '.[test]'
	# What the tests need from registries, fetched now into a cache outside the tree.
	scripts/fetch_test_assets.sh
	rm -f $(VENV)/.installed-* && touch $@

run: $(STAMP)
	$(VENV)/bin/policybot serve

# The browser suite runs in a process of its own: Playwright's sync API keeps an event
# loop running in the main thread for the session, which the asyncio tests cannot share.
test: $(STAMP)
	$(VENV)/bin/pytest -q -m "not browser"
	$(VENV)/bin/pytest -q -rs -m browser tests/browser

# The browser suite alone: policybot in Microsoft's Agents Playground (the local Teams
# emulator) in headless Chromium. It needs Debian's chromium (apt-get install -y chromium);
# without it the tests skip, saying so. `make test` runs it too wherever Chromium is.
# Screenshots: tests/browser/screenshots/.
test-browser: $(STAMP)
	$(VENV)/bin/pytest -q -rs tests/browser

# ruff: lint rules and formatting are in pyproject.toml; `ruff format .` fixes the latter.
lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The fast lane: no model loads, no servers (tests marked slow are left out).
test-fast: $(STAMP)
	$(VENV)/bin/pytest -q -m "not slow and not browser"

bench: $(STAMP)
	$(VENV)/bin/python scripts/bench_turns.py

# The README's quality tables: every dev and test set with every retriever and engine
# (a few minutes: MiniLM on the CPU). Not part of make test.
eval: $(STAMP)
	$(VENV)/bin/python scripts/eval_report.py
