#!/usr/bin/env bash
# The Xen hang hunt, serial (one nested guest at a time: two at once
# starved L1's clock calibration and hung two boots): rounds of three
# runs of ours and one of upstream, 8 vCPUs, runs xen-hunts[TAG]-KERNEL-N.
# usage: xen-hunt-serial.sh ROUNDS [TAG]
cd "$(dirname "$0")/../.." || exit 1
n=0 tag=${2:-}
for r in $(seq 1 "${1:-4}"); do
	for k in ours ours ours upstream; do
		n=$((n + 1))
		img=build/obj-pv/arch/x86/boot/bzImage
		[ $k = upstream ] && img=build/obj-base-pv/arch/x86/boot/bzImage
		scripts/guest-run xen-hunts$tag-$k-$n "$img" --accel nested --xen --smp 8 --secs 30 --timeout 200 >/dev/null 2>&1
		d=build/runs/xen-hunts$tag-$k-$n
		echo "$(date +%T) $k run $n: $(cat $d/status) $(grep -m1 -o 'acq_per_s=[0-9]*' $d/result) $(grep -m1 '  reason' $d/verdict.txt | cut -c1-100)"
	done
done
