#!/usr/bin/env bash
# A guest stalled for real (issue 15): a TCG native guest on host CPU 0,
# 30 s of locktorture; 20 s after its console shows the torture start,
# its QEMU is stopped (SIGSTOP) for STOP seconds, then continued.  The
# guest's clock runs on through the stop, so one statistics interval
# sees (almost) no acquisitions: the judge must fail it per interval.
# A second run without the stop is the control.  Usage (from the top
# dir): run.sh [STOP]   (default 12)
set -u
out=$(dirname "$0")
stop=${1:-12}
img=build/obj-native/arch/x86/boot/bzImage
for arm in stalled control; do
	taskset -c 0 scripts/guest-run "slowed-$arm" "$img" --accel tcg --smp 2 --secs 30 >/dev/null 2>&1 &
	gr=$!
	if [ $arm = stalled ]; then
		log=build/runs/slowed-$arm/console.log
		for _ in $(seq 120); do grep -q 'torture_type=spin_lock' "$log" 2>/dev/null && grep -q 'Writes:' "$log" 2>/dev/null && break; sleep 1; done
		sleep 8
		pid=$(pgrep -f "qemu-system-x86_64 .*slowed-$arm/console.log.mon" | head -1)
		echo "stopping QEMU $pid for $stop s at $(date +%T)"
		kill -STOP "$pid"; sleep "$stop"; kill -CONT "$pid"
	fi
	wait $gr
	echo "== $arm"
	grep -E '^(result|VERDICT|  reason)' "build/runs/slowed-$arm/verdict.txt" | cut -c1-240
	cp "build/runs/slowed-$arm/console.log" "$out/$arm.log"
	cp "build/runs/slowed-$arm/verdict.txt" "$out/$arm.verdict"
done
