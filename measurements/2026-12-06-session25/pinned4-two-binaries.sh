#!/usr/bin/env bash
# pinned4-two-binaries.sh [ROUNDS]: the 4-tasks-pinned row, ours/upstream,
# from two builds of the same source (the series as posted): make bench's
# build/harness/qspinlock_bench (built in build/linux) and
# build/pinned-attr/p13/out/qspinlock_bench (built from `git archive` of
# the same commit, another path: another binary).  Each round runs both,
# upstream and ours in alternating order.
top=$(cd "$(dirname "$0")/../.." && pwd)
rounds=${1:-10}
t=$(mktemp); trap 'rm -f "$t"' EXIT
for r in $(seq 1 "$rounds"); do
	for b in harness pinned-attr/p13/out; do
		if [ $((r % 2)) -eq 1 ]; then order=upstream,ours; else order=ours,upstream; fi
		"$top/build/$b/qspinlock_bench" bench --lock "$order" --pinned 4 --tasks 1 \
			--loops 5000000 --runs 3 --no-queue 2>&1 |
			awk -v r="$r" -v b="$b" -v o="$order" '/^# (upstream|ours) +tasks +4 pinned/ { v[$2] = $6 }
				END { printf "round %2d %s (%s): upstream %s ours %s ratio %.3f\n", r, b, o, v["upstream"], v["ours"], v["ours"] / v["upstream"] }'
	done
done | tee "$t"
python3 -c '
import re, statistics, sys
r = {}
for l in sys.stdin:
    w = l.split()
    r.setdefault(w[2], []).append(float(w[-1]))
for b, a in r.items():
    print(f"{b}: median ratio {statistics.median(a):.3f} over {len(a)} rounds (min {min(a):.3f}, max {max(a):.3f}), ours slower in {sum(x > 1 for x in a)}")
' < "$t"
