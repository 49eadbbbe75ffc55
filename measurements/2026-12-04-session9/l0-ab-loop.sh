#!/bin/bash
# A/B: the 7.3 series' lockdep guest (pv+debug, 4 vCPUs, 30 s) with L0 =
# Debian 12's QEMU 7.2 (old) and bookworm-backports' QEMU 10.0.2 (new),
# alternating, one guest at a time.
cd /work/main
N=${N:-60}
out=/work/wip/l0ab/runs; mkdir -p $out
for i in $(seq 1 $N); do
  for arm in old new; do
    [ -f /work/wip/l0ab/STOP ] && exit 0
    log=$out/$arm-$i.log
    t0=$(date +%s)
    if [ $arm = new ]; then P=/work/wip/l0ab/bin:$PATH; else P=$PATH; fi
    PATH=$P scripts/boot-guest --accel nested --smp 4 --secs 30 /work/wip/l0ab/obj/arch/x86/boot/bzImage $log >/dev/null 2>&1
    t1=$(date +%s)
    v=$(scripts/judge-console $log --require-pv --nested --secs 30 2>&1)
    r=$(echo "$v" | grep '^result ' | tail -1)
    l1=$(echo "$v" | grep -c "nested KVM host (L1) stopped")
    echo "$arm $i wall=$((t1-t0)) l1stop=$l1 $r" >> $out/results.txt
  done
done
