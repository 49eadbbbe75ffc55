#!/usr/bin/env bash
# The Xen hang hunt, two nested guests at once (one per host CPU):
# KERNEL (ours|upstream|lockdep) as a Xen HVM guest, 8 vCPUs, N runs,
# L0 on host CPU L0CPU; runs named xen-hunt[TAG]-KERNEL-R.
# usage: xen-repro2.sh KERNEL N L0CPU [TAG]
cd "$(dirname "$0")/../.." || exit 1
k=$1 n=$2 cpu=$3 tag=${4:-}
case $k in
ours) img=build/obj-pv/arch/x86/boot/bzImage ;;
upstream) img=build/obj-base-pv/arch/x86/boot/bzImage ;;
lockdep) img=build/obj-pv-debug-trace-LOCK10/arch/x86/boot/bzImage ;;
esac
for r in $(seq 1 "$n"); do
	PVQ_L0_CPU=$cpu scripts/guest-run xen-hunt$tag-$k-$r "$img" --accel nested --xen --smp 8 --secs 30 --timeout 200 \
		>/dev/null 2>&1
	echo "$(date +%T) $k run $r: $(cat build/runs/xen-hunt$tag-$k-$r/status) $(grep -m1 -o 'acq_per_s=[0-9]*' build/runs/xen-hunt$tag-$k-$r/result)"
done
