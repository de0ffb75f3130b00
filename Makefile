# Two entry points: `make run` starts the app, `make test` runs the whole suite.
# Both build .venv themselves from the pinned set in requirements/constraints.txt.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test test-fast venv bench bench-scaling screenshots translations package package-test clean

$(PY):
	$(PYTHON) -m venv $(VENV) || { echo "Could not create a virtual environment. On Debian/Ubuntu: sudo apt-get install python3.11-venv"; exit 1; }

$(STAMP): $(PY) pyproject.toml requirements/constraints.txt
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

# PyInstaller and its hooks, only for `make package` (never needed to run or test the app).
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -c requirements/constraints.txt -e '.[test,package]'
	touch $(PACKAGE_STAMP)

run: $(STAMP)
	@$(PY) -m integration_journal $(ARGS) || { status=$$?; \
	  echo ""; \
	  echo "The app stopped with status $$status. If Qt said it could not load the 'xcb' platform plugin,"; \
	  echo "install the X11 libraries Qt needs (Debian/Ubuntu):"; \
	  echo "  sudo apt-get install libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 \\"; \
	  echo "       libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \\"; \
	  echo "       libxcb-xkb1 libegl1 libgl1 libfontconfig1 libdbus-1-3"; \
	  exit $$status; }

# The whole suite, as CI runs it (Hypothesis derandomised: the same examples every run).
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --hypothesis-profile=ci $(PYTEST_ARGS)

# The development loop: everything but the tests marked slow (crash-kill loops, long property runs,
# byte-flip sweeps); `make test` before every commit still runs them all.
test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest --hypothesis-profile=ci -m "not slow" $(PYTEST_ARGS)

bench: $(STAMP)
	$(PY) bench/run_bench.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/budgets.py --runs 5
	$(PY) bench/kdf_memory.py

# How unlock, decoding, memory, search and saving grow with years of use (issue #16; ~15-30 min:
# builds vaults of up to 100,000 entries and 50 x 2,000 shared items under bench/out/scaling/).
bench-scaling: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/scaling.py --runs 3 --gui --plot docs/performance-scaling.png

# Renders every main screen in light and dark into docs/screenshots/ (offscreen, a small demo journal).
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/screenshots.py

# Regenerates resources/translations/integration_journal_en.ts from every tr()/translate()
# call under ui/ and the texts the UI translates from data files and core/ (measures, prompts, crisis lines...),
# each under the context the code looks it up in (pyside6-lupdate, helped by the tool; source language English;
# translators start from a copy of the file). Run it after changing any user-visible text.
translations: $(STAMP)
	$(PY) tools/update_translations.py

# The frozen one-folder app (dist/integration-journal/, from packaging/integration-journal.spec), then on
# Linux its .deb and .tar.xz in dist/ (docs/packaging.md). Takes a few minutes.
package: $(PACKAGE_STAMP)
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/integration-journal.spec
	$(PY) packaging/linux_packages.py dist/integration-journal

# Builds the packages, then runs the frozen app from a clean environment (tests/packaging/test_frozen_app.py:
# the commands, and every page of both roles offscreen; `make test` runs them too when a bundle exists),
# and lints the release workflow (with the package extra's check-jsonschema).
package-test: package
	INTEGRATION_JOURNAL_BUNDLE=dist/integration-journal QT_QPA_PLATFORM=offscreen \
	    $(PY) -m pytest -q tests/packaging/test_frozen_app.py tests/packaging/test_release_workflow.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
