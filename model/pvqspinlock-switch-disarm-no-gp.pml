/* SPDX-License-Identifier: GPL-2.0 */
/*
 * pvqspinlock-switch-disarm-no-gp.pml: MUST FAIL: the PV and the native
 * slowpath run at once.
 *
 * The run-time switch (-DMODE_SWITCH) disarms without waiting for the PV
 * slowpaths already running:
 *
 *	 	static_call_update(queued_spin_lock_slowpath, transition);
 *	 	WRITE_ONCE(pv_lock_mode, PV_LOCK_SWITCHING);
 *	-	synchronize_rcu();
 *	 	smp_store_release(&pv_lock_mode, PV_LOCK_NATIVE);
 *	 	static_call_update(queued_spin_unlock, native);
 *	 	static_call_update(queued_spin_lock_slowpath, native);
 *
 * PV waiters still in flight (stealers, heads that mark the lock, halted
 * waiters) meet native waiters and the native unlock.  The grace period is
 * needed in both directions.
 *
 * EXPECT: assertion violated|invalid end state
 */
#ifndef PVQSPINLOCK_PML
#define MODE_SWITCH
#define SWITCH_SEQ 1
#define MUTANT "pvqspinlock-switch-disarm-no-gp.pml"
#include "pvqspinlock.pml"
#else
#define PV_LOCK_DISARM_DEFINED
inline pv_lock_disarm()
{
	sp_call = SP_TAS;
	pv_lock_mode = SP_TAS;
	printf("switcher: disarm: slowpath transition\n");
						/* no synchronize_rcu() */
	pv_lock_mode = SP_NATIVE;
	unlock_pv = 0;
	sp_call = SP_NATIVE;
	printf("switcher: disarmed\n")
}
#endif
