/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-mode-late.pml: MUST FAIL mutual exclusion.
 *
 * The run-time switch (-DMODE_SWITCH) arms with pv_lock_mode set to
 * SWITCHING only after the grace period:
 *
 *	 	static_call_update(queued_spin_unlock, PV);
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	-	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	 	synchronize_rcu();
 *	+	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *
 * A vCPU whose section began during the grace period (after
 * synchronize_rcu() looked at its CPU) enters the transition slowpath,
 * reads the mode still NATIVE, leaves at once for the native slowpath and
 * runs it after the grace period, beside the PV slowpath: the mode must
 * name SWITCHING before the grace period begins (a vCPU that read the old
 * mode before that is waited for).
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-mode-late.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_ARM_DEFINED
inline pv_lock_arm()
{
	unlock_pv = 1;
	sp_call = SP_TAS;
	printf("switcher: arm: unlock PV, slowpath transition (mode not yet SWITCHING)\n");
	synchronize_rcu();
	pv_lock_mode = SP_TAS;			/* SWITCHING only now */
	pv_lock_mode = SP_PV;
	sp_call = SP_PV;
	printf("switcher: armed\n")
}
#endif
