#!/bin/bash
# The switch's transition-installation hold-up, before and after the fix
# (SWITCHING written after the transition is installed): the lockdep
# guest (pv+debug+trace+LOCK10, spin_lock_irq), switch forced every
# 500 ms, under kvm_pvspin=auto (disarmed: test-and-set) and under the
# default always (disarmed: the fair native queue), kernels interleaved.
cd /work/main
H=build/holdup
APP="trace_event=lock:contended_release locktorture.torture_type=spin_lock_irq"
run() {	# NAME KERNEL MODEAPPEND
	local name=$1 img=$2 extra=$3
	BASE=7.3 scripts/guest-run --judge --trace-release --judge --switch "holdup-$name" "$img" \
		--accel nested --smp 4 --secs 30 --ksft 0 --append "pvq.switch=500 $extra" --append "$APP" \
		> "$H/$name.out" 2>&1
	local d=build/runs/holdup-$name
	printf '%-22s %s | %s\n' "$name" \
		"$(tr ' ' '\n' < $d/result | grep -E '^(verdict|acq_per_s|lost1|lost2|longest)=' | tr '\n' ' ')" \
		"$(grep -o 'arms=.*' $d/console.log | tail -1)"
}
for i in ${ROUNDS:-1 2}; do
	for mode in always auto; do
		extra=""; [ $mode = auto ] && extra="kvm_pvspin=auto"
		run "$mode-before-$i" build/holdup/obj-pv-debug-trace-LOCK10/arch/x86/boot/bzImage "$extra"
		run "$mode-after-$i" build/obj-pv-debug-trace-LOCK10/arch/x86/boot/bzImage "$extra"
	done
done
