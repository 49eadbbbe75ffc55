#!/usr/bin/env bash
# The Xen hang, again: ours and upstream (7.3's PV lock) as Xen HVM guests,
# 8 vCPUs, interleaved, N rounds; a stuck guest is dumped at L1's limit
# (--timeout 200) with each vCPU's stack (guest/l1-init).  Prints each
# run's verdict line.   usage: xen-repro.sh N [FIRST]
cd "$(dirname "$0")/../.." || exit 1
n=${1:-4} first=${2:-1}
for r in $(seq "$first" $((first + n - 1))); do
	for k in ours upstream; do
		img=build/obj-pv/arch/x86/boot/bzImage
		[ $k = upstream ] && img=build/obj-base-pv/arch/x86/boot/bzImage
		scripts/guest-run xen-repro-$k-$r "$img" --accel nested --xen --smp 8 --secs 30 --timeout 200 \
			>/dev/null 2>&1
		echo "$(date +%T) $k round $r: $(cat build/runs/xen-repro-$k-$r/status) $(grep -m1 -o 'acq_per_s=[0-9]*' build/runs/xen-repro-$k-$r/result)"
	done
done
