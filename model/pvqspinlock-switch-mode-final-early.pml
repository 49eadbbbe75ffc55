/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-mode-final-early.pml: MUST FAIL mutual exclusion.
 *
 * The run-time switch (-DMODE_SWITCH) arms with the final mode written
 * before the grace period instead of right after it:
 *
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	 	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	+	smp_store_release(&pv_lock_mode, PV_LOCK_PV);
 *	 	synchronize_rcu();
 *	-	smp_store_release(&pv_lock_mode, PV_LOCK_PV);
 *	 	static_call_update(queued_spin_lock_slowpath, PV);
 *
 * A transition waiter then leaves for the PV slowpath while a native
 * slowpath that began before the switch is still running: the final mode
 * may come before the new slowpath, not before the grace period.
 *
 * EXPECT: assertion violated
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 2
#define MUTANT "pvqspinlock-switch-mode-final-early.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_ARM_DEFINED
inline pv_lock_arm()
{
	unlock_pv = 1;
	sp_call = SP_TAS;
	pv_lock_mode = SP_TAS;
	printf("switcher: arm: unlock PV, slowpath transition\n");
	pv_lock_mode = SP_PV;			/* the final mode before the grace period */
	synchronize_rcu();
	sp_call = SP_PV;
	printf("switcher: armed\n")
}
#endif
