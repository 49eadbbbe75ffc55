# SPDX-License-Identifier: GPL-2.0
# The pvqspinlock project: see README.md.
#   make run     build the series' pv guest, boot it, locktorture, summary
#   make check   the test suite (what .ci/run runs)
SHELL := /bin/bash
export CCACHE_BASEDIR := $(CURDIR)

# MAINLINE=1: the mainline series (series-7.3/, work in progress) on its
# own base, tree, objects and harness build, for tree, series, run,
# harness, bench and soak.  (make check always runs both.)
ifdef MAINLINE
export SERIES := $(CURDIR)/series-7.3
export TREE := $(CURDIR)/build/linux-7.3
export BASE := 7.3
export OBJ := $(CURDIR)/build/obj73
export HARNESS_OUT := $(CURDIR)/build/harness73
export UPSTREAM_SRC := $(CURDIR)/build/upstream-src73
endif

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
	@if [ -n "$(MAINLINE)" ]; then echo "make check runs the 6.12 and the mainline stages itself: drop MAINLINE=1" >&2; exit 2; fi
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
