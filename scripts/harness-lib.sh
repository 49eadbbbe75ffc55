# SPDX-License-Identifier: GPL-2.0
# Build the userspace qspinlock harness of a tree into build/harness, for
# run-harness and run-bench.  Upstream's PV qspinlock (hash) comes from
# the tree's tag base: git show into build/upstream-src.

HARNESS_OUT=$BUILD/harness
UPSTREAM_SRC=$BUILD/upstream-src
UPSTREAM_FILES="qspinlock.c qspinlock_paravirt.h qspinlock_stat.h lock_events.h
		lock_events_list.h mcs_spinlock.h"

# build_harness TREE
build_harness() {
	local tree=$1 f up=""
	mkdir -p "$HARNESS_OUT" "$UPSTREAM_SRC"
	if git -C "$tree" rev-parse -q --verify refs/tags/base >/dev/null; then
		for f in $UPSTREAM_FILES; do
			git -C "$tree" show "base:kernel/locking/$f" > "$UPSTREAM_SRC/$f.new" ||
				return 1
			# Keep the timestamp when unchanged: make stays incremental.
			cmp -s "$UPSTREAM_SRC/$f.new" "$UPSTREAM_SRC/$f" &&
				rm "$UPSTREAM_SRC/$f.new" || mv "$UPSTREAM_SRC/$f.new" "$UPSTREAM_SRC/$f"
		done
		up="UPSTREAM_SRC=$UPSTREAM_SRC"
	else
		info "no tag base in $tree: upstream PV qspinlock skipped"
	fi
	info "building the harness of $tree into $HARNESS_OUT"
	# shellcheck disable=SC2086
	nice -n 19 make -s -C "$tree/tools/testing/selftests/locking" \
		OUTPUT="$HARNESS_OUT" CC="ccache gcc" $up \
		"$HARNESS_OUT/qspinlock_stress" "$HARNESS_OUT/qspinlock_bench"
}
