# SPDX-License-Identifier: GPL-2.0
# The pvqspinlock project: see README.md.
#   make run     build the series' pv guest, boot it, locktorture, summary
#   make check   the test suite (what .ci/run runs)
SHELL := /bin/bash
export CCACHE_BASEDIR := $(CURDIR)

# The base is Linux 7.3 (series/).  BASE=6.12: the 6.12 LTS backport
# (series-6.12/) on its own base, tree, objects and harness build, for
# tree, series, run, harness, bench, bench-guest and soak (scripts/lib.sh).
# make check runs both itself.
ifdef MAINLINE
$(error MAINLINE=1 is gone: 7.3 is the default base now; BASE=6.12 selects the 6.12 backport)
endif
ifdef BASE
export BASE
endif

.PHONY: all run check deps base tree series guest boot model clean distclean help harness bench bench-guest soak rejudge

all: help
help:
	@sed -n '2,4p' Makefile | sed 's/^# *//'
	@echo "  make tree    build/linux = base (7.3.4) + series/ (one commit per patch)"
	@echo "  make series  export build/linux (base..HEAD) to series/"
	@echo "  BASE=6.12 make tree|series|run|...  the same for the 6.12 backport (series-6.12/, build/linux-6.12)"

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
	@if [ -n "$(BASE)" ]; then echo "ERROR: make check runs the 7.3 and the 6.12 stages itself: drop BASE=$(BASE)" >&2; exit 2; fi
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
# make rejudge [RUN=NAME]: judge saved guest runs (build/runs/) again.
rejudge:
	@scripts/rejudge $(RUN)
clean:
	rm -rf build/obj-* build/check build/*.log build/initramfs.cpio.gz build/runs build/runs-6.12
distclean:
	rm -rf build
