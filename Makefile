# SPDX-License-Identifier: GPL-2.0
# The pvqspinlock project: see README.md.
#   make run     build the series' pv guest, boot it, locktorture, summary
#   make check   the test suite (what .ci/run runs)
SHELL := /bin/bash
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: all run check deps base tree series guest boot model clean distclean help harness bench bench-guest soak

all: help
help:
	@sed -n '2,4p' Makefile | sed 's/^# *//'
	@echo "  make tree    build/linux = base + series/ (one commit per patch)"
	@echo "  make series  export build/linux (base..HEAD) to series/"

deps:
	@scripts/install-deps
base: deps
	@scripts/make-base
tree: deps
	@scripts/make-tree
series:
	@scripts/export-series
run: deps
	@scripts/run
check: deps
	@scripts/check
model: deps
	@scripts/run-model
harness:
	@scripts/run-harness
bench: deps
	@scripts/run-bench
bench-guest: deps
	@scripts/bench-guest
soak: deps
	@scripts/soak-debug
clean:
	rm -rf build/obj-* build/check build/*.log build/initramfs.cpio.gz
distclean:
	rm -rf build
