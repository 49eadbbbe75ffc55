#!/usr/bin/env bash
# pinned4.sh [ROUNDS]: the 4-tasks-pinned-to-one-CPU row alone, upstream
# and ours interleaved (order alternating each round), 5M pairs per task,
# the median of 3 runs each, build/harness/qspinlock_bench of the series
# as posted; prints each round's ns/acq and ratio, then their median.
top=$(cd "$(dirname "$0")/../.." && pwd)
b=$top/build/harness/qspinlock_bench
rounds=${1:-12}
t=$(mktemp); trap 'rm -f "$t"' EXIT
for r in $(seq 1 "$rounds"); do
	if [ $((r % 2)) -eq 1 ]; then order=upstream,ours; else order=ours,upstream; fi
	"$b" bench --lock "$order" --pinned 4 --tasks 1 --loops 5000000 --runs 3 --no-queue 2>&1 |
		awk -v r="$r" -v o="$order" '/^# (upstream|ours) +tasks +4 pinned/ { v[$2] = $6 }
			END { printf "round %2d (%s): upstream %s ours %s ratio %.3f\n", r, o, v["upstream"], v["ours"], v["ours"] / v["upstream"] }'
done | tee "$t"
awk '{ print $NF }' "$t" | sort -n | awk '{ a[NR] = $1 } END { printf "median ratio %.3f over %d rounds (min %.3f, max %.3f)\n", (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2), NR, a[1], a[NR] }'
