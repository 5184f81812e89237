# Two entry points for a fresh clone: `make demo` and `make test`.
# Both create .venv with the Python named in .python-version when it is missing.

PYVER  := $(shell cat .python-version)
PYTHON ?= $(shell command -v python$(PYVER) 2>/dev/null || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
export HF_HUB_OFFLINE := 1

.PHONY: demo test lint bench clean

# -qq: pip 26 prints setuptools' notes on editable installs («Editable installation …»)
# even with --quiet; errors still print.
$(BIN)/python:
	@$(PYTHON) -c 'import sys; v = "%d.%d" % sys.version_info[:2]; \
	  sys.exit(0 if v == "$(PYVER)" else "need Python $(PYVER) (see .python-version), found " + v + " at $(PYTHON); install it or run make PYTHON=/path/to/python$(PYVER)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -qq --upgrade pip

$(VENV)/.demo-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq -e .
	@touch $@

$(VENV)/.test-installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -qq -e '.[test]'
	@touch $@ $(VENV)/.demo-installed

demo: $(VENV)/.demo-installed
	rm -rf out/demo-store
	$(BIN)/claimgraph ingest seeds --store out/demo-store
	$(BIN)/claimgraph query figures-changed --store out/demo-store
	$(BIN)/claimgraph export --store out/demo-store --format turtle -o out/claims.ttl

# pytest exits 5 when it collects no tests; that is not a failure here.
test: $(VENV)/.test-installed
	$(BIN)/python -m pytest -q; rc=$$?; [ $$rc -eq 5 ] && exit 0; exit $$rc

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .

bench: $(VENV)/.demo-installed
	$(BIN)/python bench/run.py

clean:
	rm -rf out build *.egg-info
