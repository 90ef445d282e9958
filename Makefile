# Secret Speech: every set-up step is here, so a fresh machine needs only
# `make serve` or `make test`. Each install step checks first and is skipped
# when the right version is already present.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must equal the crate version in Cargo.lock exactly.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
CHROMIUM := /usr/bin/chromium
CHROMEDRIVER := /usr/bin/chromedriver
E2E_PORT ?= 4173

export PATH := $(HOME)/.cargo/bin:$(CURDIR)/tools/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMIUM_PATH := $(CHROMIUM)
# Playwright uses Debian's Chromium; it must never fetch a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: help serve dist package test check-content schema lint test-native test-components test-e2e tools print-tools \
	rust-tools browser node-tools package-tools screenshots bench bench-tools clean

help:
	@echo "make serve   install what is missing, build, serve on http://127.0.0.1:8080"
	@echo "make test    install what is missing, run every test tier"
	@echo "make dist    release build into dist/"
	@echo "make package SCORM 1.2 and 2004 zips of the release build into dist-packages/"
	@echo "make schema  regenerate assets/exhibit/schema.json from the Rust types"
	@echo "make bench   sizes, Lighthouse and interaction timings of the release build (BASE=<rev> to compare)"

## ---- installs (idempotent) ----

tools: rust-tools browser node-tools package-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
		|| cargo install trunk --version $(TRUNK_VERSION) --locked
	@test -n "$(WASM_BINDGEN_VERSION)" || { echo "no wasm-bindgen version in Cargo.lock"; exit 1; }
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@cargo fetch --quiet

browser:
	@test -x $(CHROMIUM) && test -x $(CHROMEDRIVER) || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; }

# The packager (tools/package.py) and the LMS tests run Python 3; the tests
# validate each package's manifest with xmllint (Debian's libxml2-utils).
package-tools:
	@command -v python3 >/dev/null && command -v xmllint >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 libxml2-utils; }

# The print tests read Chromium's PDFs as text and as pictures (Debian's
# poppler-utils: pdftotext, pdftoppm, pdfinfo).
print-tools:
	@command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null || { \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils; }

# npm installs are keyed on the lock file: re-run only when it changes.
node-tools: tools/node_modules/.installed tests/node_modules/.installed

tools/node_modules/.installed: tools/package.json tools/package-lock.json
	cd tools && npm ci --no-audit --no-fund
	touch $@

tests/node_modules/.installed: tests/package.json tests/package-lock.json
	cd tests && npm ci --no-audit --no-fund
	touch $@

## ---- build and serve ----

dist: rust-tools node-tools
	trunk build --release

# The release build, as a visitor gets it: every view prerendered, served by
# the tests' static server (plain Node, like any static host). `trunk serve`
# still works for quick edits of the app, but draws every page in the browser
# and has no prerendered pages.
SERVE_PORT ?= 8080
serve: tools dist
	cd tests && exec node e2e/serve.mjs --root ../dist --port $(SERVE_PORT) --base /

# SCORM 1.2 and 2004 zips of the release build, for an LMS (tools/package.py).
package: dist package-tools
	python3 tools/package.py dist dist-packages

## ---- content ----

# Every content file (one per language); the schema beside them is not content.
CONTENT := $(filter-out assets/exhibit/schema.json,$(wildcard assets/exhibit/*.json))

check-content:
	cargo run --quiet --bin exhibit-check -- $(CONTENT)

schema:
	cargo run --quiet --bin exhibit-check -- --schema > assets/exhibit/schema.json

## ---- tests, in order, stopping at the first failure ----

test: tools lint test-native check-content test-components test-e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --target wasm32-unknown-unknown -- -D warnings

test-native:
	cargo test

test-components:
	CHROMEDRIVER=$(CHROMEDRIVER) WASM_BINDGEN_TEST_TIMEOUT=120 \
		cargo test --target wasm32-unknown-unknown --test components

test-e2e: dist package-tools print-tools
	cd tests && E2E_PORT=$(E2E_PORT) npx playwright test

# Numbers, not verdicts: not part of `make test` (tests/bench/run.mjs: bytes,
# Lighthouse, interaction to next paint, slider drag). `make bench BASE=<rev>`
# also builds <rev> in a git worktree under /tmp and prints both, with ratios.
BENCH_PORT ?= 4480
# The size profiler the benchmark prints the wasm's largest items with.
TWIGGY_VERSION := 0.8.0
bench-tools:
	@twiggy --version 2>/dev/null | grep -q " $(TWIGGY_VERSION)$$" \
		|| cargo install twiggy --version $(TWIGGY_VERSION) --locked

bench: dist browser node-tools bench-tools
	cd tests && node bench/run.mjs --dist ../dist --port $(BENCH_PORT) $(if $(BASE),--base-rev $(BASE))

# Every view at phone and desktop widths, for a person to look at. The server
# is exec'd so that $! is its own pid and the trap stops it.
screenshots: dist browser node-tools
	(cd tests && exec node e2e/serve.mjs --root ../dist --port $(E2E_PORT) --base /) & server=$$!; \
		trap "kill $$server" EXIT; sleep 1; \
		cd tests && node screenshots.mjs http://127.0.0.1:$(E2E_PORT)/ ../screenshots

clean:
	rm -rf dist target tools/node_modules tests/node_modules
