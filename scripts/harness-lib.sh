# SPDX-License-Identifier: GPL-2.0
# Build the userspace qspinlock harness of a tree into build/harness, for
# run-harness and run-bench.  Upstream's PV qspinlock (hash) comes from
# the tree's tag base: git show into build/upstream-src.  The harness is
# in tools/testing/qspinlock (the series, on 7.3 and 6.12) or in
# tools/testing/selftests/locking (the series' earlier 6.12 version).  HARNESS_ARCH=i386
# builds it 32-bit (tools/testing/qspinlock only; needs libc6-dev-i386 and
# lib32gcc-12-dev, see i386_cflags).

HARNESS_OUT=${HARNESS_OUT:-$BUILD/harness$bsfx}
UPSTREAM_SRC=${UPSTREAM_SRC:-$BUILD/upstream-src$bsfx}
UPSTREAM_FILES="qspinlock.c qspinlock_paravirt.h qspinlock_stat.h lock_events.h
		lock_events_list.h mcs_spinlock.h"

# harness_dir TREE: the harness's directory in TREE, or nothing
harness_dir() {
	local d
	for d in tools/testing/qspinlock tools/testing/selftests/locking; do
		[ -f "$1/$d/qspinlock_harness.c" ] && { echo "$1/$d"; return 0; }
	done
	return 1
}

# i386_cflags: the CFLAGS a -m32 build of the harness needs here.  The
# C library's headers include <asm/errno.h> and friends; on Debian amd64
# they are in /usr/include/x86_64-linux-gnu/asm (valid for -m32 too: they
# test __i386__), which gcc -m32 does not search.  gcc-multilib would add
# a /usr/include/asm link, but Debian 12's cross compilers conflict with
# it, so the link is made under build/ and searched last (-idirafter).
i386_cflags() {
	local inc=$BUILD/i386-include asm=/usr/include/x86_64-linux-gnu/asm
	if echo '#include <asm/errno.h>' | gcc -m32 -E -xc - >/dev/null 2>&1; then
		return 0
	fi
	[ -d "$asm" ] || { info "no $asm: install linux-libc-dev" >&2; return 1; }
	mkdir -p "$inc" && ln -sfn "$asm" "$inc/asm" || return 1
	echo '#include <asm/errno.h>' | gcc -m32 -idirafter "$inc" -E -xc - >/dev/null 2>&1 ||
		{ info "gcc -m32 cannot find <asm/errno.h> even with $inc: install libc6-dev-i386" >&2; return 1; }
	echo "-idirafter $inc"
}

# build_harness TREE
build_harness() {
	local tree=$1 f up="" dir files=$UPSTREAM_FILES
	dir=$(harness_dir "$tree") || { info "no harness in $tree"; return 1; }
	mkdir -p "$HARNESS_OUT" "$UPSTREAM_SRC"
	if git -C "$tree" rev-parse -q --verify refs/tags/base >/dev/null; then
		# 7.3 split qspinlock.c's helpers out into qspinlock.h.
		git -C "$tree" cat-file -e base:kernel/locking/qspinlock.h 2>/dev/null &&
			files="$files qspinlock.h"
		for f in $files; do
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
	local cflags=""
	if [ "${HARNESS_ARCH:-}" = i386 ]; then
		cflags=$(i386_cflags) || return 1
	fi
	info "building the harness of $tree into $HARNESS_OUT${HARNESS_ARCH:+ (ARCH=$HARNESS_ARCH${cflags:+, CFLAGS=$cflags})}"
	# shellcheck disable=SC2086
	nice -n 19 make -s -C "$dir" \
		OUTPUT="$HARNESS_OUT" CC="ccache gcc" $up ${HARNESS_ARCH:+ARCH=$HARNESS_ARCH} \
		${cflags:+CFLAGS="$cflags"} \
		"$HARNESS_OUT/qspinlock_stress" "$HARNESS_OUT/qspinlock_bench"
}
