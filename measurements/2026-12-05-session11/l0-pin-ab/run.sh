#!/usr/bin/env bash
# L0 pinned to one host CPU (boot-guest's default) against unpinned
# (PVQ_L0_CPU=all), interleaved: the series' lockdep guest, nested, 4 vCPUs,
# 30 s of locktorture spin_lock.  Usage: run.sh ROUNDS (from the top dir).
set -u
out=$(dirname "$0")
img=build/obj-pv-debug/arch/x86/boot/bzImage
for r in $(seq "${1:-3}"); do
	for arm in pinned all; do
		log=$out/r$r-$arm.log
		if [ $arm = pinned ]; then
			scripts/boot-guest --accel nested --smp 4 --secs 30 "$img" "$log" >/dev/null 2>&1
		else
			PVQ_L0_CPU=all scripts/boot-guest --accel nested --smp 4 --secs 30 "$img" "$log" >/dev/null 2>&1
		fi
		scripts/judge-console "$log" > "$log.verdict" 2>&1
		echo "r$r $arm $(head -1 "$log.verdict" | grep -o 'verdict=[A-Z]* stop=[a-z0-9]* secs=[0-9.]* total=[0-9]* acq_per_s=[0-9.]*')"
	done
done
