#!/usr/bin/env bash
# Issue 17's A/B under stress: the series' lockdep guest, nested, 4 vCPUs,
# 240 s of locktorture, with L1 running tools/l1-timer-stress (20 us
# sleeps: L1's APIC timer fires many times more often, and each expiry is
# a POLL request that L0's iothread posts) and L1_STALL=60 (a nested host
# silent for 60 s ends the run at once, judged as its stop).
# Usage (from the top dir): run.sh ARM N [FIRST]
#   ARM: pinned-CPU (L0 on that host CPU) or unpinned (PVQ_L0_CPU=all)
set -u
arm=$1 n=$2 first=${3:-1}
out=$(dirname "$0")
st=build/l1-timer-stress
gcc -static -O2 -Wall -o "$st" tools/l1-timer-stress.c || exit 1
case "$arm" in
pinned-*) l0=${arm#pinned-} ;;
unpinned) l0=all ;;
*) echo "ARM is pinned-CPU or unpinned" >&2; exit 2 ;;
esac
for i in $(seq "$first" $((first + n - 1))); do
	name=stress-$arm-$i
	PVQ_L0_CPU=$l0 PVQ_L1_STRESS="$st 20000" L1_STALL=60 L1_TIMEOUT=420 \
		scripts/guest-run "$name" build/obj-pv-debug/arch/x86/boot/bzImage \
		--accel nested --smp 4 --secs 240 --timeout 420 >/dev/null 2>&1
	d=build/runs/$name
	echo "$(date +%T) $name $(grep -o 'verdict=[A-Z]* stop=[a-z0-9]* secs=[0-9.]* total=[0-9]*' "$d/result") $(grep -m1 -o 'TIMEOUT.*' "$d/console.log")"
	cp "$d/console.log" "$out/$name.log"; cp "$d/verdict.txt" "$out/$name.verdict"
done
