# SPDX-License-Identifier: GPL-2.0
# Shared helpers for the pipeline scripts: paths, messages, timed stages.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
# The base: Linux 7.3 (series/, the product) by default, or BASE=6.12
# (series-6.12/, the backport for the distributions that ship 6.12 LTS).
# Every path of a base's work follows from it unless set by hand: its
# series, tree, objects (OBJ-CONFIG), harness build and the base tree's
# checkout.  Exported, so that every script a script runs sees the same.
export BASE=${BASE:-7.3}
case $BASE in
7.3)	bsfx="" ;;
6.12)	bsfx=-6.12 ;;
*)	printf 'ERROR: BASE is 7.3 (the default) or 6.12, not "%s"\n' "$BASE" >&2; exit 1 ;;
esac
TREE=${TREE:-$BUILD/linux$bsfx}
SERIES=${SERIES:-$TOP/series$bsfx}
OBJ=${OBJ:-$BUILD/obj$bsfx}
BASE_TREE=${BASE_TREE:-$BUILD/linux-base$bsfx}
# ccache: the user's cache (ccache's own default directory and limits, as
# kernel developers run it), so a fresh clone on a machine that has built
# before starts warm; CCACHE_DIR=DIR overrides it (CCACHE_DIR=build/ccache
# for a cache of this checkout only).  An empty CCACHE_DIR means unset.
[ -n "${CCACHE_DIR:-}" ] || unset CCACHE_DIR
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$TOP}
# Depend mode: a miss compiles without ccache's own preprocessor run (it
# reads the dependencies from kbuild's -Wp,-MMD file), a hit is a direct
# hit as before, from the same entries.  Measured on this machine's
# 296 objects of kernel/, mm/ and fs/ (pv, empty cache, -j2): 203 s in
# ccache's default mode, 145 s and 162 s in depend mode, 142 s without
# ccache; warm 20 s and 21 s (session 16).  A default-mode hit that
# depend mode gives up: a header edit that leaves the preprocessed text
# the same, which no series edit here does (they move lines).  What depend
# mode cannot see is an .incbin (it never preprocesses): the kernel builds
# compile such sources uncached (scripts/cc-ccache), or a direct hit would
# give piggy.o the previous vmlinux (found by a helper's review, session 16).
# CCACHE_NODEPEND=1 in the environment keeps ccache's default mode.
[ -n "${CCACHE_NODEPEND:-}" ] || export CCACHE_DEPEND=${CCACHE_DEPEND:-1}

# Fixed identity and dates so that the same series always gives the same
# commits, the same hashes and a byte-identical export.
export GIT_AUTHOR_NAME_BASE="pvqspinlock base"
BASE_EMAIL="base@pvqspinlock.invalid"
BASE_DATE="2024-11-17T00:00:00 +0000"
TEAM_NAME="PV qspinlock developers"
TEAM_EMAIL="pvqspinlock-dev@lists.invalid"

t0_script=$(date +%s)

msg()  { printf '%s\n' "$*"; }
info() { printf '[%s +%ss] %s\n' "$(basename "$0")" "$(( $(date +%s) - t0_script ))" "$*"; }
die()  { printf 'ERROR: %s\n' "$*" >&2; exit 1; }
# image_obj BZIMAGE: the object directory build-guest built it in (its
# .config, System.map, modroot); for an image from elsewhere, its own
# directory (a .config or System.map beside it is read).
image_obj() {
	case "$1" in
	*/arch/x86/boot/bzImage) echo "${1%/arch/x86/boot/bzImage}" ;;
	*) dirname "$1" ;;
	esac
}

# static_busybox: the path of a statically linked busybox (both initramfs
# builders copy it alone, without libraries); dies saying what to install.
static_busybox() {
	local bb=/bin/busybox
	[ -x "$bb" ] || bb=$(command -v busybox) || die "busybox not found: apt-get install busybox-static"
	# A program interpreter is what a static binary lacks (ldd would call
	# a static-pie one dynamic, and is not always installed).
	command -v readelf >/dev/null || die "readelf not found: apt-get install binutils"
	readelf -l "$bb" 2>/dev/null | grep -q 'Requesting program interpreter' &&
		die "$bb is dynamically linked: apt-get install busybox-static"
	echo "$bb"
}

# pack_cpio DIR: DIR as a gzip'd newc cpio archive on stdout (every
# initramfs here; gzip -1: they are packed for each boot, and -6 saved
# little on a busybox and a few modules).
pack_cpio() {
	(set -o pipefail; cd "$1" && find . | cpio -o -H newc --quiet | gzip -1)
}

# stage NAME CMD...: run CMD with a start line, a heartbeat every 60 s
# and an end line with the wall time; returns CMD's status.
# A stage that cannot run on this machine (not a failure of what it
# tests) exits SKIP_RC after saying why (skip REASON); make check lists
# it as SKIP with that reason.
SKIP_RC=77
# The reason goes to a file named by the shell running stage() (the
# model's stages run in a subshell beside the others), inherited by the
# stage's command.
SKIP_REASON_FILE=${SKIP_REASON_FILE:-$BUILD/stage-skip-reason}

skip() {	# skip REASON: say why this stage cannot run here, and exit SKIP_RC
	info "SKIP: $*"
	printf '%s\n' "$*" > "$SKIP_REASON_FILE"
	exit "$SKIP_RC"
}

stage() {
	local name=$1; shift
	local t0 rc hb
	t0=$(date +%s)
	export SKIP_REASON_FILE="$BUILD/stage-skip-reason.$BASHPID"
	rm -f "$SKIP_REASON_FILE"
	printf '==> %s: started %s\n' "$name" "$(date +%H:%M:%S)"
	# The sleep must not hold our stdout: killed with its subshell gone, it
	# would keep a pipe (stage ... | tee) open for up to 60 s.  It ends
	# with the shell that started it ($$), also when that one is killed.
	# STAGE_PROGRESS="FILE...": each heartbeat also quotes the last line of
	# the newest of these files (a stage whose output goes there, such as
	# the bisect's kernel builds).
	( while sleep 60 >/dev/null 2>&1 </dev/null && kill -0 $$ 2>/dev/null; do
		# shellcheck disable=SC2086
		f=$( [ -z "${STAGE_PROGRESS:-}" ] || ls -t $STAGE_PROGRESS 2>/dev/null | head -1)
		printf '    ... %s still running (%ss)%s\n' "$name" "$(( $(date +%s) - t0 ))" \
			"$( [ -z "$f" ] || [ ! -s "$f" ] ||
			    printf '; %s ends: %s' "${f#"${BUILD:-}/"}" "$(tail -1 "$f" | tr -d '\r' | cut -c1-80)")"
	  done ) &
	hb=$!
	"$@"
	rc=$?
	kill "$hb" 2>/dev/null; wait "$hb" 2>/dev/null
	if [ $rc -eq 0 ]; then
		printf '<== %s: ok (%ss)\n' "$name" "$(( $(date +%s) - t0 ))"
	elif [ $rc -eq "$SKIP_RC" ]; then
		printf '<== %s: SKIPPED, not run (why: above) (%ss)\n' "$name" "$(( $(date +%s) - t0 ))"
	else
		printf '<== %s: FAILED rc=%s (%ss)\n' "$name" "$rc" "$(( $(date +%s) - t0 ))"
	fi
	[ -n "${STAGE_TIMES:-}" ] && printf '%s\t%s\t%s\n' "$name" "$(( $(date +%s) - t0 ))" "$rc" >> "$STAGE_TIMES"
	return $rc
}

series_patches() {
	ls "$SERIES"/[0-9][0-9][0-9][0-9]-*.patch 2>/dev/null | grep -v '/0000-cover-letter.patch$' || true
}

tree_ready() {
	[ -d "$TREE/.git" ] && git -C "$TREE" rev-parse -q --verify refs/tags/base >/dev/null
}

# tree_worktree DIR REV: DIR as a clean detached worktree of TREE at REV
# (a commit), made anew unless it already is one (base-tree's upstream
# tree, bench-guest's patchN trees).
tree_worktree() {
	local dir=$1 want
	# git -C TREE would take a relative DIR as relative to TREE.
	case "$dir" in /*) ;; *) dir=$PWD/$dir ;; esac
	want=$(git -C "$TREE" rev-parse -q --verify "$2^{commit}") || die "no commit $2 in $TREE"
	if [ "$(git -C "$dir" rev-parse HEAD 2>/dev/null)" = "$want" ] &&
	   [ -z "$(git -C "$dir" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
		return 0
	fi
	info "checking out $(git -C "$TREE" log -1 --format=%h "$want") in $dir" >&2
	rm -rf "$dir"
	git -C "$TREE" worktree prune
	git -C "$TREE" worktree add -q -f --detach "$dir" "$want" >&2 || die "git worktree add $dir failed"
}

# kernel_version [MAKEFILE]: VERSION.PATCHLEVEL.SUBLEVEL plus EXTRAVERSION
# of a kernel Makefile (a file, or - for standard input).
kernel_version() {
	awk -F' = ' '/^VERSION =/{v=$2} /^PATCHLEVEL =/{p=$2} /^SUBLEVEL =/{s=$2}
		     /^EXTRAVERSION =/{e=$2; exit} END{printf "%s.%s.%s%s", v, p, s, e}' "${1:--}"
}

# tree_base_matches: die unless TREE's base is Linux $BASE (a clone from
# before 7.3 became the default has 6.12 in build/linux).
tree_base_matches() {
	local have
	have=$(git -C "$TREE" show base:Makefile 2>/dev/null | kernel_version)
	case "$have" in
	"$BASE".*) ;;
	*) die "$TREE's base is Linux $have, not $BASE: for the 6.12 tree, mv $TREE $BUILD/linux-6.12 (BASE=6.12 is its place)" ;;
	esac
}

# ccache_dir: the directory ccache uses (for messages).
ccache_dir() {
	ccache -k cache_dir 2>/dev/null || echo "${CCACHE_DIR:-ccache default}"
}

# ccache_counts: "HITS MISSES FILES KIB" of the cache in use (0s if
# ccache cannot say), for a run's report of how cold its cache was.
ccache_counts() {
	ccache --print-stats 2>/dev/null | awk -F'\t' '
		$1 == "direct_cache_hit" || $1 == "preprocessed_cache_hit" { h += $2 }
		$1 == "cache_miss" { m = $2 }
		$1 == "files_in_cache" { f = $2 }
		$1 == "cache_size_kibibyte" { k = $2 }
		END { printf "%d %d %d %d\n", h, m, f, k }'
}
