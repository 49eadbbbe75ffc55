#!/bin/bash
# Long nested runs (300 s of locktorture, L1's own limit 400 s), L0 = QEMU 7.2
# (old) and QEMU 10.0.2 (new) side by side, ROUNDS rounds.
cd /work/main
img=build/obj-pv/arch/x86/boot/bzImage
out=/work/wip/s10/ab
for i in $(seq ${START:-1} $(( ${START:-1} + ${ROUNDS:-1} - 1 ))); do
  for arm in old new; do
    (
      log=$out/$arm-$i.log
      if [ $arm = new ]; then P=/work/wip/l0ab/bin:$PATH; else P=$PATH; fi
      t0=$(date +%s)
      PATH=$P L1_TIMEOUT=400 scripts/boot-guest --accel nested --smp 4 --secs 300 --timeout 400 $img $log >/dev/null 2>&1
      t1=$(date +%s)
      v=$(scripts/judge-console $log --secs 300 2>&1)
      echo "$arm $i wall=$((t1-t0)) $(echo "$v" | grep -c 'nested KVM host (L1) stopped') $(echo "$v" | grep '^result ' | cut -c1-120)" >> $out/results.txt
    ) &
  done
  wait
done
