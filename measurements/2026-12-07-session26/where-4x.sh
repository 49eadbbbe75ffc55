#!/bin/bash
# Session 26: where target 3's time goes at 4x (8 tasks on 2 CPUs), a
# measurement record.  make bench's harness binary (build/harness), one
# lock per run, 5M pairs per task as make bench runs it: perf stat's
# software counters (no hardware counters on this machine) for ours,
# upstream, tas at 2 and 8 tasks (--no-queue: the queue benchmark, whose
# waiters spin before they halt, left out), then a cpu-clock profile (perf record,
# 4 kHz) of ours and upstream at 8 tasks, by symbol.
set -eu
cd "$(dirname "$0")/../.."
b=build/harness/qspinlock_bench
out=measurements/2026-12-07-session26/where-4x
mkdir -p "$out"
echo "# $(date -u +%FT%TZ) $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2-) harness $(sha256sum $b | cut -c1-16)"
build/bench/lockcost 2>/dev/null || true
for round in 1 2; do
	for tasks in 2 8; do
		for lock in ours upstream tas; do
			perf stat -x, -e task-clock,context-switches,cpu-migrations,page-faults \
				-o "$out/stat-$lock-$tasks-$round.txt" -- \
				$b bench --lock $lock --tasks $tasks --loops 5000000 --runs 1 --deadline 30 --no-queue \
				> "$out/bench-$lock-$tasks-$round.txt" 2>&1
			printf 'round %s %-8s tasks %s: %s | %s\n' $round $lock $tasks \
				"$(grep -m1 'ns/acq' "$out/bench-$lock-$tasks-$round.txt" | sed 's/^# *//')" \
				"$(grep -v '^#' "$out/stat-$lock-$tasks-$round.txt" | grep . | awk -F, '{printf "%s=%s ", $3, $1}')"
		done
	done
done
for lock in ours upstream; do
	perf record -q -e cpu-clock -F 4000 -o "$out/perf-$lock-8.data" -- \
		$b bench --lock $lock --tasks 8 --loops 5000000 --runs 1 --deadline 30 --no-queue > /dev/null 2>&1
	echo "== perf report, $lock, 8 tasks (cpu-clock samples by symbol, top 15)"
	perf report -i "$out/perf-$lock-8.data" --stdio --sort dso,symbol 2>/dev/null | grep -v '^#' | grep . | head -15
done
build/bench/lockcost 2>/dev/null || true
