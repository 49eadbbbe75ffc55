#!/usr/bin/env bash
# pinned4-per-patch.sh [ROUNDS]: the 4-tasks-pinned row, ours/upstream,
# with the harness of the series up to patch N (N = 1, 2, 3, 5, 6 and
# 13, the whole series), each built from `git archive` of that commit's
# tools/testing/qspinlock, kernel/locking and headers into
# build/pinned-attr/pN/out (see NOTE.md for the build line); "ours" is
# that commit's qspinlock.c, "upstream" 7.3's.  Each round runs every
# binary once, upstream and ours in alternating order, 5M pairs per task,
# the median of 3 runs each.  Prints each ratio and, per patch, the median
# ratio over the rounds.
top=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-10}
t=$(mktemp); trap 'rm -f "$t"' EXIT
for r in $(seq 1 "$rounds"); do
	for n in 1 2 3 5 6 13; do
		if [ $(((r + n) % 2)) -eq 1 ]; then order=upstream,ours; else order=ours,upstream; fi
		"$top/build/pinned-attr/p$n/out/qspinlock_bench" bench --lock "$order" --pinned 4 --tasks 1 \
			--loops 5000000 --runs 3 --no-queue 2>&1 |
			awk -v r="$r" -v n="$n" -v o="$order" '/^# (upstream|ours) +tasks +4 pinned/ { v[$2] = $6 }
				END { printf "round %2d patch %2d (%s): upstream %s ours %s ratio %.3f\n", r, n, o, v["upstream"], v["ours"], v["ours"] / v["upstream"] }'
	done
done | tee "$t"
python3 -c '
import re, statistics, sys
r = {}
for l in sys.stdin:
    m = re.match(r"round +\d+ patch +(\d+) .* ratio ([0-9.]+)$", l.strip())
    if m:
        r.setdefault(int(m.group(1)), []).append(float(m.group(2)))
for p in sorted(r):
    a = r[p]
    print(f"patch {p:2d}: median ratio {statistics.median(a):.3f} over {len(a)} rounds (min {min(a):.3f}, max {max(a):.3f}), ours slower in {sum(x > 1 for x in a)}")
' < "$t"
