/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-arm-unlock-late.pml: MUST FAIL: a native unlock meets
 * a slow mark.
 *
 * The run-time switch (-DMODE_SWITCH) arms the PV slowpath first and
 * patches the PV unlock in last:
 *
 *	-	static_call_update(queued_spin_unlock, PV);
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	 	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	 	synchronize_rcu();
 *	 	smp_store_release(&pv_lock_mode, PV_LOCK_PV);
 *	 	static_call_update(queued_spin_lock_slowpath, PV);
 *	+	static_call_update(queued_spin_unlock, PV);
 *
 * A vCPU that took the lock before the last update unlocks with the plain
 * store while a PV head has already marked the lock and halted.  The PV
 * unlock has to be in place, and every native unlock done, before the
 * first PV slowpath can run: the unlock is updated before the grace period.
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-arm-unlock-late.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_ARM_DEFINED
inline pv_lock_arm()
{
	sp_call = SP_TAS;
	pv_lock_mode = SP_TAS;
	printf("switcher: arm: slowpath transition\n");
	synchronize_rcu();
	pv_lock_mode = SP_PV;
	sp_call = SP_PV;
	unlock_pv = 1;				/* the PV unlock last */
	printf("switcher: armed, unlock PV\n")
}
#endif
