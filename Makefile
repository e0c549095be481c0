# Groundwork — the two commands that matter are `make demo` and `make test`.
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?=
# Test tooling installed into a project venv (on machines whose Python refuses pip) comes first.
export PATH := $(CURDIR)/.tools/venv/bin:$(PATH)

.PHONY: all deps build release test demo bench lint clean

all: build

deps:
	@bash scripts/install-deps.sh

build: deps
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

release: deps
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)

test: deps
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	$(SWIFT) test --skip-build $(SWIFT_BUILD_FLAGS)

demo: release
	@bash scripts/demo.sh

bench: release
	@bash Benchmarks/run-all.sh

lint:
	$(SWIFT) format lint --strict -r Sources Tests

clean:
	rm -rf .build .demo
