# Records Desk: the two commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
BUILD_STAMP := $(VENV)/.installed-build

.PHONY: run test lint build i18n bench clean

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
	$(VENV)/bin/records-desk

# poppler-utils (pdftotext, pdffonts, pdftoppm) is used by the printing tests.
test: $(TEST_STAMP)
	@command -v pdftotext >/dev/null 2>&1 || { command -v apt-get >/dev/null 2>&1 && \
	  (apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null) || \
	  echo "note: poppler-utils not installed; PDF checks that need it will be skipped"; }
	$(VENV)/bin/ruff check records_desk tests bench
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(TEST_STAMP)
	$(VENV)/bin/ruff check records_desk tests bench
	$(VENV)/bin/ruff format --check records_desk tests bench
	$(VENV)/bin/mypy

build: $(BUILD_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec

i18n: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find records_desk -name '*.py' | sort) -ts resources/i18n/records_desk_zh_TW.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/records_desk_zh_TW.ts -qm resources/i18n/records_desk_zh_TW.qm

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
