# Octavo — build, test, demo and benchmark. `make demo` and `make test` work on a fresh machine.
SHELL := /bin/bash
PREFIX ?= /usr/local
SWIFT ?= swift
# Debian packages the build and the tests need. `deps` installs only the missing ones.
DEB_PACKAGES := pkg-config libxml2-dev libzip-dev libvips-dev libcurl4-openssl-dev libcmark-gfm-dev \
                libcmark-gfm-extensions-dev libxml2-utils fonts-dejavu-core epubcheck default-jre-headless jq python3 cmark-gfm
BENCH_PACKAGES := pandoc cmark-gfm python3

.PHONY: all deps build release test plugin-check swift-package-check test-asan fuzz demo samples bench conformance install clean

all: build

deps:
	@scripts/apt-ensure.sh $(DEB_PACKAGES)

build: deps
	$(SWIFT) build

# The release build links the Swift runtime and Foundation in (`--static-swift-stdlib`): the
# binary runs where Swift is not installed, and starts in about half the time (dynamic loading
# was most of a short run's start-up).
RELEASE := -c release --static-swift-stdlib --product octavo

release: deps
	$(SWIFT) build $(RELEASE)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory plugin-check
	@$(MAKE) --no-print-directory swift-package-check

# The SwiftPM command plugin, run as a Swift project would (after the tests: same .build).
plugin-check:
	@SWIFT="$(SWIFT)" scripts/plugin-check.sh

# The example plug-in package (Samples/plugins/swift-package) built by `swift build` as a user
# would, then listed and used by octavo (its build is kept in .build/swift-package-sample).
swift-package-check:
	@SWIFT="$(SWIFT)" scripts/swift-package-check.sh

# The hostile-input suite and the fuzz corpus regressions under AddressSanitizer (docs/security.md).
test-asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
		$(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan --filter HostileInputTests

# Every libFuzzer target in Fuzz/ for FUZZ_SECONDS each (docs/security.md).
FUZZ_SECONDS ?= 60
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) SWIFT=$(SWIFT) scripts/fuzz.sh

demo: deps
	$(SWIFT) build
	@scripts/demo.sh "$$($(SWIFT) build --show-bin-path)/octavo"

# Refreshes Samples/converted/ (the outputs a test compares byte for byte) after a deliberate change.
samples: deps
	$(SWIFT) build
	@scripts/demo.sh "$$($(SWIFT) build --show-bin-path)/octavo" Samples/converted

# `make bench ONLY="transcript batch"` runs some cases only (keys in scripts/bench.py --help).
bench: deps
	@scripts/apt-ensure.sh $(BENCH_PACKAGES)
	$(SWIFT) build $(RELEASE)
	@python3 scripts/bench.py "$$($(SWIFT) build $(RELEASE) --show-bin-path)/octavo" $(if $(ONLY),--only $(ONLY))

# CommonMark / GFM fidelity of Markdown → model → HTML (Tests/OctavoHTMLTests/Conformance), then
# main-content extraction on both dev folders of ../shared/corpus (readability/, extraction/) with the
# shared scorer, ../shared/tools/eval_readability.py (token precision, recall and F1 per folder).
conformance: deps
	$(SWIFT) build --build-tests
	@set -o pipefail; $(SWIFT) test --skip-build --filter ScoreMeetsTheTarget 2>&1 | grep -E '^conformance:|✘'
	@set -o pipefail; $(SWIFT) test --skip-build --filter ReadabilityConformance 2>&1 | grep -vE '^(◇|✔|􀟈|􁁛|Test Suite|Test Case|\[)' 
	@scripts/extraction-score.sh "$$($(SWIFT) build --show-bin-path)/octavo"

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 "$$($(SWIFT) build $(RELEASE) --show-bin-path)/octavo" $(DESTDIR)$(PREFIX)/bin/octavo

clean:
	rm -rf .build .build-asan .build-fuzz demo-out bench-out
