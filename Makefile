# Records Desk: the two commands are `make run` and `make test`; each makes .venv when it is
# missing and installs the project into it (editable). See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BUILD_STAMP := $(VENV)/.installed-build
# Extra arguments for `make run`, e.g. make run ARGS="--db /tmp/try.db"
ARGS ?=
# make test runs every test across the cores; e.g. make test PYTEST_ARGS="-m 'not slow'"
# leaves out the ones that start processes, TEST_WORKERS=0 runs them in one process.
TEST_WORKERS ?= auto
PYTEST_ARGS ?=
# apt-get needs root; elsewhere try sudo without a password prompt (CI has no stdin).
SUDO := $(if $(filter 0,$(shell id -u 2>/dev/null)),,sudo -n)

.PHONY: run test lint build i18n qm bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP) $@

$(BUILD_STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[build]'
	touch $(STAMP) $@

run: $(STAMP)
	$(VENV)/bin/records-desk $(ARGS)

# poppler-utils (pdftotext, pdffonts, pdftoppm) is used by the printing tests; postgresql by the
# tests that run against a server (tests/pg.py starts a throwaway cluster of its own).
test: $(TEST_STAMP)
	@command -v pdftotext >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  ($(SUDO) apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq poppler-utils >/dev/null) || \
	  echo "note: poppler-utils not installed; PDF checks that need it will be skipped"; }
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1 || \
	  { command -v apt-get >/dev/null 2>&1 && \
	  ($(SUDO) apt-get update -qq && \
	   DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq postgresql >/dev/null) || \
	  echo "note: postgresql not installed; the PostgreSQL tests (-m postgres) will be skipped"; }
	$(VENV)/bin/ruff check records_desk tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n $(TEST_WORKERS) $(PYTEST_ARGS)

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check records_desk tests bench
	$(VENV)/bin/ruff format --check records_desk tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

# The bundle ships the compiled translations, so they are rebuilt from the .ts first.
build: $(BUILD_STAMP) qm
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

# tools/i18n.py: lupdate collects the translatable strings into one .ts per feature (and one
# for what they share), the master of every translation; lrelease merges them into the .qm.
i18n: $(STAMP)
	$(PY) tools/i18n.py update release

qm: $(STAMP)
	$(PY) tools/i18n.py release

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/printing.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
